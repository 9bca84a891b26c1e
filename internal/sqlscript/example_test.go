package sqlscript_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/runwaydb/migrate/internal/sqlscript"
)

func ExampleSplit() {
	stmts, err := sqlscript.Split(`CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated := now(); -- not the end
  RETURN NEW;
END $$;
CREATE INDEX CONCURRENTLY t_name ON t (name);
SELECT 'a;b' AS "x;y"`)
	if err != nil {
		panic(err)
	}
	for _, st := range stmts {
		fmt.Printf("%d:%d %s %q\n", st.Line, st.Column, st.Kind, strings.Fields(st.Text[st.Start:])[0])
	}
	// Output:
	// 1:1 plain "CREATE"
	// 6:1 no-transaction "CREATE"
	// 7:1 plain "SELECT"
}

func ExampleScanner_CopyData() {
	script := "SELECT pg_catalog.set_config('search_path', '', false);\n" +
		"COPY public.t (a, b) FROM stdin;\n" +
		"1\tone\n" +
		"2\t\\N\n" +
		"\\.\n" +
		"SELECT pg_catalog.setval('public.t_a_seq', 2, true);\n"
	s := sqlscript.NewScanner(strings.NewReader(script))
	for s.Next() {
		st := s.Statement()
		fmt.Printf("line %d: %s\n", st.Line, strings.TrimSpace(st.Text))
		if st.Copy {
			data, err := io.ReadAll(s.CopyData()) // or pgconn's CopyFrom
			if err != nil {
				panic(err)
			}
			fmt.Printf("  data from line %d: %q\n", st.CopyLine, data)
		}
	}
	if err := s.Err(); err != nil {
		panic(err)
	}
	// Output:
	// line 1: SELECT pg_catalog.set_config('search_path', '', false);
	// line 2: COPY public.t (a, b) FROM stdin;
	//   data from line 3: "1\tone\n2\t\\N\n"
	// line 6: SELECT pg_catalog.setval('public.t_a_seq', 2, true);
}
