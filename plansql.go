package migrate

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/runwaydb/migrate/internal/sqlscript"
)

// PlanSQL writes what Migrate would send, as one SQL script for psql:
// the status-table DDL where a table is missing (with its baseline row),
// the Flyway 3 upgrade where one is due, and every pending migration with
// its SQL callbacks and status-row insert, each in its own transaction
// unless it runs without one, preceded by the session reset Runway does
// between migrations. Running it with psql -v ON_ERROR_STOP=1 on a copy of
// the database gives the same history rows as Migrate would, apart from
// installed_on and execution_time. It reads the database, takes no lock
// and changes nothing; validation findings are an error, as they would
// stop Migrate.
//
// Go steps and Go hooks cannot be written as SQL: a Go step's status row
// is written with a comment and a psql \warn saying its effects are
// missing, so that the history still matches.
func (m *Migrator) PlanSQL(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "-- Runway migration plan, written %s.\n-- Run it with: psql -v ON_ERROR_STOP=1 -f <this file>\n\\set ON_ERROR_STOP 1\n",
		time.Now().UTC().Format(time.RFC3339))
	err := m.each(ctx, func(ctx context.Context, r *runner) error {
		if r.src.DatabaseURL != "" {
			fmt.Fprintf(bw, "\n-- Module %s uses its own database: run this part there.\n", r.src.Name)
		}
		return r.planSQL(ctx, bw)
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// planSQL writes one module's part of the plan script.
func (r *runner) planSQL(ctx context.Context, w *bufio.Writer) error {
	st := r.sess.history[r.src.table]
	var baseline *baselineRow
	if !st.exists {
		b, err := r.baselineForNewTable(ctx)
		if err != nil {
			return err
		}
		baseline = b
	}
	mi, err := r.mergeWith(st, baseline)
	if err != nil {
		return err
	}
	if err := r.check(mi); err != nil {
		return err
	}
	pending := mi.pending()
	fmt.Fprintf(w, "\n-- Module %s (%s): version %s, %d pending\n", r.src.Name, r.table.ident(), displayVersion(mi.current.String()), len(pending))
	if !st.exists {
		fmt.Fprintf(w, "-- the status table is missing: create it\n%s", createStatusTableSQL(r.table, baseline, r.cfg.InstalledBy))
	}
	if st.legacy && len(pending) > 0 {
		if r.cfg.LegacyTables == LegacyRefuse {
			return fmt.Errorf("%w: %s; set Config.LegacyTables to migrate.LegacyUpgrade to upgrade it", ErrLegacyTable, r.table.ident())
		}
		fmt.Fprintf(w, "-- the Flyway 3 table is upgraded (Flyway 3 can no longer use it)\n%s", legacyUpgradeSQL(r.table, legacyChecksumRows(mi)))
	}
	ex := r.executor()
	for _, e := range pending {
		if err := r.migrationSQL(ctx, w, ex, e); err != nil {
			return r.migrationError(e.res, err)
		}
	}
	return nil
}

// migrationSQL writes one migration of the plan script.
func (r *runner) migrationSQL(ctx context.Context, w *bufio.Writer, ex *executor, e *entry) error {
	mig := e.res
	fmt.Fprintf(w, "\n-- %s %s: %s\n", r.src.Name, cmp.Or(mig.version.String(), "(repeatable)"), mig.name)
	w.WriteString(r.resetSQL())
	row := ex.statusRow(mig, mig.version.String())
	if mig.step != nil {
		fmt.Fprintf(w, "\\warn 'Go step %s of module %s is recorded, but its effects cannot be written as SQL: run runway migrate for them'\n",
			strings.ReplaceAll(mig.name, "'", ""), r.src.Name)
		w.WriteString("BEGIN;\n" + insertStatusSQL(r.table, row) + ";\nCOMMIT;\n")
		return nil
	}
	p, err := r.src.parse(mig)
	if err == nil {
		err = ex.checkMetas(ctx, mig, p)
	}
	if err != nil {
		return err
	}
	sh := p.shape.forServer(r.sess.serverMajor)
	noTx := mig.script.conf.noTransaction || sh.noTx != nil
	if sh.noTx != nil && sh.plain != nil && !r.cfg.Mixed && !mig.script.conf.noTransaction {
		return sh.noTx.errorAtStart(fmt.Errorf("%w: this statement cannot run in a transaction, the one at line %d must", ErrMixedScript, sh.plain.line))
	}
	if !noTx {
		w.WriteString("BEGIN;\n")
	}
	for _, ev := range []Event{BeforeEachMigrate, "", AfterEachMigrate} {
		if err := r.scriptSQL(w, ex, mig, ev, !noTx); err != nil {
			return err
		}
	}
	if noTx {
		row.executionTime = 0
		w.WriteString(insertStatusSQL(r.table, row) + ";\n")
		return nil
	}
	w.WriteString(insertStatusSQL(r.table, row) + ";\nCOMMIT;\n")
	return nil
}

// scriptSQL writes the statements of mig (ev "") or of ev's SQL callbacks;
// inTx drops a script's own BEGIN and COMMIT, as Migrate does.
func (r *runner) scriptSQL(w *bufio.Writer, ex *executor, mig *migration, ev Event, inTx bool) error {
	migs := []*migration{mig}
	if ev != "" {
		migs = r.src.callbacks[ev]
		if len(r.src.hooks[ev]) > 0 {
			fmt.Fprintf(w, "-- %d Go hook(s) of %s are not part of this script\n", len(r.src.hooks[ev]), ev)
		}
	}
	for _, m := range migs {
		if _, err := r.src.parse(m); err != nil {
			return err
		}
		err := m.script.statements(ex.placeholders(m), func(s stmt) error {
			return writeStmt(w, s, inTx)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// writeStmt writes one statement (and its COPY data) for psql.
func writeStmt(w *bufio.Writer, s stmt, inTx bool) error {
	switch {
	case inTx && (s.kind == sqlscript.Begin || s.kind == sqlscript.Commit):
		return nil
	case inTx && s.kind == sqlscript.Rollback:
		return s.src.errorAtStart(fmt.Errorf("%w: ROLLBACK in a script that runs in the migration's transaction would undo it", ErrTransactionEnded))
	}
	text := strings.TrimRightFunc(s.text, isSpace)
	w.WriteString(text)
	if !strings.HasSuffix(text, ";") {
		w.WriteString("\n;")
	}
	w.WriteString("\n")
	if s.copy == nil {
		return nil
	}
	data, err := io.ReadAll(s.copy)
	if err != nil {
		return err
	}
	w.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		w.WriteString("\n")
	}
	w.WriteString("\\.\n")
	return nil
}

// resetSQL is the session reset Runway does before each migration, as
// psql can run it: back to the login role and the settings' defaults,
// with Config.Schema first in search_path.
func (r *runner) resetSQL() string {
	s := "SET SESSION AUTHORIZATION DEFAULT;\nRESET ROLE;\nRESET ALL;\n"
	if r.cfg.Schema != "" {
		s += "SELECT set_config('search_path', " + quoteLiteral(pgx.Identifier{r.cfg.Schema}.Sanitize()+", public") + ", false);\n"
	}
	return s
}
