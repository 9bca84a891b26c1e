// Command hellorunway is hellopgx with Runway's migrate.Run linked in: the
// size check compares the two binaries.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate"
)

func main() {
	ctx := context.Background()
	url := os.Getenv("DATABASE_URL")
	if _, err := migrate.Run(ctx, migrate.Config{DatabaseURL: url, Modules: []migrate.Module{{Name: "core", Scripts: os.DirFS("migrations")}}}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer conn.Close(ctx)
	var greeting string
	if err := conn.QueryRow(ctx, "SELECT 'hello'").Scan(&greeting); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(greeting)
}
