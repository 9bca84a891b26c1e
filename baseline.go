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
func (m *moduleRun) baselineForNewTable(ctx context.Context) (*baselineRow, error) {
	desc := cmp.Or(m.BaselineDescription, baselineMarker)
	if m.baseline != nil {
		return &baselineRow{version: *m.baseline, description: desc}, nil
	}
	objects, managed, err := inspectSchema(ctx, m.sess.conn, m.sess.schema)
	if err != nil {
		return nil, err
	}
	if objects == 0 || managed && !m.BaselineOnMigrate {
		return nil, nil
	}
	if !m.BaselineOnMigrate {
		return nil, fmt.Errorf("%w: schema %s holds %d objects and no status table; set Module.BaselineOnMigrate (and BaselineVersion) or Module.Baseline to adopt it",
			ErrNonEmptySchema, pgx.Identifier{m.sess.schema}.Sanitize(), objects)
	}
	v, err := ParseVersion(cmp.Or(m.BaselineVersion, defaultBaselineVersion))
	if err != nil {
		return nil, configErr("baseline version: %v", err)
	}
	m.log.Info("baselining existing schema", slog.String("version", v.String()))
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

// Baseline writes a BASELINE row for one module, as Flyway's baseline does:
// it creates the status table if missing, or fills an empty one. On a table
// that already holds the same baseline (version and description) it does
// nothing, whatever ran since; on one with another baseline, or with
// migrations and no baseline, it fails with [ErrBaselineExists]. version "" means the module's
// BaselineVersion (default "1"), description "" means BaselineDescription
// (default "<< Flyway Baseline >>").
func Baseline(ctx context.Context, cfg Config, module, version, description string) error {
	m, err := findModule(cfg, module)
	if err != nil {
		return err
	}
	v, err := ParseVersion(cmp.Or(version, m.BaselineVersion, defaultBaselineVersion))
	if err != nil {
		return moduleErr(module, configErr("baseline version: %v", err))
	}
	b := &baselineRow{version: v, description: cmp.Or(description, m.BaselineDescription, baselineMarker)}
	conns := newConnector(m.cfg)
	defer conns.close(ctx)
	if err := m.connect(ctx, conns); err != nil {
		return moduleErr(module, err)
	}
	unlock, err := m.lock(ctx)
	if err != nil {
		return moduleErr(module, err)
	}
	err = m.writeBaseline(ctx, b)
	return moduleErr(module, unlock(err))
}

// writeBaseline writes b under the lock.
func (m *moduleRun) writeBaseline(ctx context.Context, b *baselineRow) error {
	st, err := readStatus(ctx, m.sess.conn, m.status)
	if err != nil {
		return err
	}
	if st.legacy {
		return fmt.Errorf("%w: Run or Repair upgrades it first (unless Config.LegacyTables is LegacyRefuse)", ErrLegacyTable)
	}
	if !st.exists {
		return createStatusTable(ctx, m.sess.conn, m.status, b, m.cfg.InstalledBy)
	}
	// As Flyway's baseline: the same baseline again is a no-op, whatever
	// ran since; another baseline, or migrations without one, refuse.
	schemaRow, others := false, 0
	for _, r := range st.rows {
		switch {
		case r.typ == typeSchema:
			schemaRow = true
		case isBaselineType(r.typ):
			v, err := ParseVersion(cmp.Or(derefOr(r.version), "0"))
			if err == nil && v.Equal(b.version) && r.description == b.description {
				return nil
			}
			return fmt.Errorf("%w: %s is already baselined at %s (%s)", ErrBaselineExists, m.status.ident(), derefOr(r.version), r.description)
		default:
			others++
		}
	}
	if others > 0 {
		return fmt.Errorf("%w: cannot baseline %s, it has %d migrations", ErrBaselineExists, m.status.ident(), others)
	}
	if schemaRow && b.version.key() == "0" {
		return fmt.Errorf("%w: cannot baseline %s at version 0: it is the schema creation's", ErrBaselineExists, m.status.ident())
	}
	_, err = m.sess.conn.Exec(ctx, insertStatusSQL(m.status, baselineInsert(b, m.cfg.InstalledBy)))
	return err
}

func derefOr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// baselineInsert is the status row of a baseline.
func baselineInsert(b *baselineRow, installedBy string) statusInsert {
	return statusInsert{version: b.version.String(), description: b.description, typ: typeBaseline,
		script: b.description, installedBy: installedBy}
}
