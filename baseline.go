package migrate

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
)

// baselineRow is a BASELINE row to write.
type baselineRow struct {
	version     Version
	description string
}

// defaultBaselineVersion is Flyway's default baselineVersion.
const defaultBaselineVersion = "1"

// baselineForNewTable decides, under the lock, what baseline a module whose
// status table is missing gets:
//   - Module.Baseline, if set (Oskari baselines every module this way);
//   - else, if the schema holds objects, BaselineVersion when
//     BaselineOnMigrate is set (as in Flyway);
//   - else, if those objects come with no status table of any module (a
//     database that was never migrated), ErrNonEmptySchema;
//   - else none: an empty schema, or a schema other modules already
//     migrate (a module added to an existing installation starts at its
//     first migration).
func (r *runner) baselineForNewTable(ctx context.Context) (*baselineRow, error) {
	desc := cmp.Or(r.src.BaselineDescription, baselineMarker)
	if r.src.baseline != nil {
		return &baselineRow{version: *r.src.baseline, description: desc}, nil
	}
	objects, managed, err := inspectSchema(r.sess.q(ctx), r.sess.conn, r.sess.schema)
	if err != nil {
		return nil, r.sess.fail(err)
	}
	if objects == 0 || managed && !r.src.BaselineOnMigrate {
		return nil, nil
	}
	if !r.src.BaselineOnMigrate {
		return nil, fmt.Errorf("%w: schema %s holds %d objects and no status table; set Module.BaselineOnMigrate (and BaselineVersion) or Module.Baseline to adopt it",
			ErrNonEmptySchema, pgx.Identifier{r.sess.schema}.Sanitize(), objects)
	}
	v, err := ParseVersion(cmp.Or(r.src.BaselineVersion, defaultBaselineVersion))
	if err != nil {
		return nil, configErr("baseline version: %v", err)
	}
	return &baselineRow{version: v, description: desc}, nil
}

// inspectSchema counts the schema's own objects (tables, views, sequences,
// functions, types; not those of extensions, not status tables) and reports
// whether it holds a status table of any module (a table with Flyway's
// columns).
func inspectSchema(ctx context.Context, conn *pgx.Conn, schema string) (objects int, managed bool, err error) {
	const q = `
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = $1),
rel AS (
  SELECT c.oid,
         EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'installed_rank')
     AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'success') AS status
  FROM pg_class c
  WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')))
SELECT (SELECT count(*) FROM rel WHERE NOT status)
     + (SELECT count(*) FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))
     + (SELECT count(*) FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)
          AND t.typtype IN ('d', 'e', 'r', 'm')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')),
       EXISTS (SELECT FROM rel WHERE status)`
	err = conn.QueryRow(ctx, q, pgx.QueryExecModeSimpleProtocol, schema).Scan(&objects, &managed)
	if err != nil {
		return 0, false, fmt.Errorf("inspecting schema %s: %w", schema, err)
	}
	return objects, managed, nil
}

// BaselineOptions configures [Migrator.Baseline].
type BaselineOptions struct {
	// Version is the baseline version. Default: the module's
	// BaselineVersion, else "1" (Flyway's default).
	Version string
	// Description is the baseline row's description. Default: the
	// module's BaselineDescription, else "<< Flyway Baseline >>".
	Description string
}

// Baseline writes a BASELINE row for one module, as Flyway's baseline does:
// it creates the status table if missing, or fills an empty one. On a
// table that already holds the same baseline (version and description) it
// does nothing, whatever ran since; on one with another baseline, or with
// migrations and no baseline, it fails with [ErrBaselineExists].
func (m *Migrator) Baseline(ctx context.Context, module string, opts BaselineOptions) error {
	return m.one(ctx, module, func(ctx context.Context, r *runner) error {
		v, err := ParseVersion(cmp.Or(opts.Version, r.src.BaselineVersion, defaultBaselineVersion))
		if err != nil {
			return configErr("baseline version: %v", err)
		}
		b := &baselineRow{version: v, description: cmp.Or(opts.Description, r.src.BaselineDescription, baselineMarker)}
		unlock, err := r.lock(ctx)
		if err != nil {
			return err
		}
		return unlock(r.writeBaseline(ctx, b))
	})
}

// writeBaseline writes b under the lock.
func (r *runner) writeBaseline(ctx context.Context, b *baselineRow) error {
	st, err := r.sess.read(ctx, r.src.table)
	if err != nil {
		return err
	}
	if st.legacy {
		return fmt.Errorf("%w: Run or Repair upgrades it first (unless Config.LegacyTables is LegacyRefuse)", ErrLegacyTable)
	}
	if st.exists {
		if err := checkBaseline(r.table, st.rows, b); err != nil {
			return err
		}
	}
	r.log.LogAttrs(ctx, slog.LevelInfo, "writing baseline", slog.String("version", b.version.String()), slog.String("description", b.description))
	if !st.exists {
		return r.sess.createStatusTable(ctx, r.table, b, r.cfg.InstalledBy)
	}
	err = r.sess.run(ctx, bounded(r.sess.bound, insertStatusSQL(r.table, baselineInsert(b, r.cfg.InstalledBy))))
	return r.sess.statusBusy(ctx, err, needWrite, r.table.schema, r.table.name)
}

// checkBaseline applies Flyway's rules to baselining a table holding rows:
// the same baseline again is a no-op (errBaselineDone), whatever ran
// since; another baseline, or migrations without one, refuse.
func checkBaseline(t statusTable, rows []appliedRow, b *baselineRow) error {
	schemaRow, others := false, 0
	for _, r := range rows {
		switch {
		case r.typ == TypeSchema:
			schemaRow = true
		case isBaselineType(r.typ):
			v, err := ParseVersion(cmp.Or(derefOr(r.version), "0"))
			if err == nil && v.Equal(b.version) && r.description == b.description {
				return errNothingToDo
			}
			return fmt.Errorf("%w: %s is already baselined at %s (%s)", ErrBaselineExists, t.ident(), derefOr(r.version), r.description)
		default:
			others++
		}
	}
	if others > 0 {
		return fmt.Errorf("%w: cannot baseline %s, it has %d migrations", ErrBaselineExists, t.ident(), others)
	}
	if schemaRow && b.version.key() == "0" {
		return fmt.Errorf("%w: cannot baseline %s at version 0: it is the schema creation's", ErrBaselineExists, t.ident())
	}
	return nil
}

func derefOr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// baselineInsert is the status row of a baseline.
func baselineInsert(b *baselineRow, installedBy string) statusInsert {
	return statusInsert{version: b.version.String(), description: b.description, typ: TypeBaseline,
		script: b.description, installedBy: installedBy}
}
