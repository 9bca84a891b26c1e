package main

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// javaStep is a Go port of one of Oskari's Java migrations, named by the
// Java class Flyway recorded, so that it matches rows Java wrote.
type javaStep struct {
	module string
	class  string
	up     func(ctx context.Context, tx pgx.Tx) error
}

// goSteps are the Go migrations. Each interleaves with its module's SQL
// files by version.
func goSteps() []javaStep {
	return []javaStep{{
		module: "myplaces",
		class:  "flyway.myplaces.V1_0_2__Populate_default_categories",
		up:     populateDefaultCategories,
	}}
}

// populateDefaultCategories gives every user a default category for their
// places, named after them: data work that reads rows and decides in Go.
// It runs in the migration's transaction, between the SQL files 1.0.1 and
// 1.0.3.
func populateDefaultCategories(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT uuid, coalesce(first_name, ''), user_name FROM oskari_users
		WHERE uuid NOT IN (SELECT uuid FROM categories WHERE "default") ORDER BY id`)
	if err != nil {
		return err
	}
	type user struct{ uuid, first, login string }
	users, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (user, error) {
		var u user
		return u, r.Scan(&u.uuid, &u.first, &u.login)
	})
	if err != nil {
		return err
	}
	for _, u := range users {
		name := u.first
		if name == "" {
			name = u.login
		}
		_, err := tx.Exec(ctx, `INSERT INTO categories (uuid, category_name, "default", publisher_name) VALUES ($1, $2, true, $3)`,
			u.uuid, fmt.Sprintf("%s's places", name), name)
		if err != nil {
			return err
		}
	}
	return nil
}
