package migrate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Config configures [Run]. Its zero value migrates nothing; set Modules.
type Config struct {
	// DatabaseURL is the database to migrate: a postgres:// URL or a
	// key=value DSN, as accepted by pgx. Default: when Pool is nil too,
	// the libpq environment variables (PGHOST, PGUSER, PGDATABASE, …) and
	// their defaults.
	DatabaseURL string

	// Pool, when set, is used instead of DatabaseURL: Run borrows one
	// connection from it for the whole run and returns it with its session
	// settings restored. Default: nil.
	Pool *pgxpool.Pool

	// Modules are migrated one at a time, in order, except that the module
	// named "core" always goes first. Default: none.
	Modules []Module

	// Schema holds the status tables. When set, migrations run with
	// search_path set to it, as Flyway does with its default schema.
	// Default: the connection's current schema (usually public), with
	// search_path left as it is.
	Schema string

	// StatusTablePrefix names the status tables: the prefix itself for
	// core, prefix_<module> for the others. Default: "oskari_status".
	StatusTablePrefix string

	// Logger receives progress and failures. Default: nil, which discards.
	Logger *slog.Logger

	// LockTimeout bounds the wait for a module's advisory lock when another
	// process is migrating it. Negative: wait until ctx ends. Default (0):
	// 5 minutes.
	LockTimeout time.Duration

	// InstalledBy is recorded in the status table's installed_by column.
	// Default: the database's current_user.
	InstalledBy string

	// OutOfOrder lets Run apply a pending migration whose version is lower
	// than the module's applied version (a branch merged late). Default:
	// false: such a migration is Ignored and an error ([ErrOutOfOrder]).
	OutOfOrder bool

	// Mixed lets a script mix statements that cannot run in a transaction
	// (CREATE INDEX CONCURRENTLY, VACUUM, …) with others; the whole script
	// then runs without a transaction, statement by statement. Default:
	// false, such a script is refused with [ErrMixedScript] before it runs.
	Mixed bool

	// SkipValidation turns off the checks Run makes before migrating
	// (checksum, type and description mismatches, missing migrations);
	// failed migrations still block. Default: false, Run validates as
	// Flyway's validateOnMigrate does.
	SkipValidation bool

	// IgnoreMigrationPatterns lists validation findings that are not errors,
	// as "type:state" with type versioned, repeatable or * and state
	// missing, pending, ignored, future or * ("versioned:missing"). Default
	// (nil): "*:future", Flyway's default. An empty, non-nil slice ignores
	// nothing.
	IgnoreMigrationPatterns []string

	// Placeholders are ${name} values replaced in every module's scripts
	// (names are case-insensitive). Built in: flyway:defaultSchema,
	// flyway:user, flyway:database, flyway:timestamp, flyway:filename and
	// flyway:table. Default: only the built-ins.
	Placeholders map[string]string

	// Hooks are Go callbacks run at the [Event]s of every module run, next
	// to the module's SQL callback files. Default: none.
	Hooks []Hook

	// LegacyTables says what Run, Repair and Baseline do with a status table
	// in Flyway 3's layout (with a version_rank column). Default
	// (LegacyUpgrade): upgrade it in place to the Flyway 4+ layout, in one
	// transaction under the module's lock, and rewrite Flyway 3 checksums,
	// as Flyway 4 does.
	LegacyTables LegacyPolicy
}

// LegacyPolicy is what to do with a Flyway 3 status table.
type LegacyPolicy int

const (
	// LegacyUpgrade upgrades Flyway 3 status tables in place.
	LegacyUpgrade LegacyPolicy = iota
	// LegacyRefuse fails with [ErrLegacyTable] instead.
	LegacyRefuse
)

// Defaults of Config fields.
const (
	DefaultStatusTablePrefix = "oskari_status"
	DefaultLockTimeout       = 5 * time.Minute
	coreModule               = "core"
)

// Result reports what Run did, module by module in the order run.
type Result struct {
	Modules []ModuleResult
}

// ModuleResult reports what Run did to one module.
type ModuleResult struct {
	Module      string             // module name
	StatusTable string             // quoted, schema-qualified status table
	Applied     []AppliedMigration // migrations applied by this run, in order
	Version     string             // module's current version after the run; "" if none
	Duration    time.Duration      // wall time spent on the module
}

// AppliedMigration describes one migration applied by Run.
type AppliedMigration struct {
	Version     string
	Description string
	Script      string        // script path relative to the module root, or a Go step's Script
	Type        string        // "SQL" for scripts, "JDBC" for Go steps (Flyway's type for code migrations)
	Checksum    *int32        // Flyway checksum; nil for Go steps
	Duration    time.Duration // execution time
}

// Applied returns the number of migrations applied across all modules.
func (r *Result) Applied() int {
	n := 0
	for _, m := range r.Modules {
		n += len(m.Applied)
	}
	return n
}

// String formats the result for people: one line per module, then one
// indented line per migration applied.
func (r *Result) String() string {
	var b strings.Builder
	for _, m := range r.Modules {
		fmt.Fprintf(&b, "%s: version %s, %d applied in %s\n", m.Module, cmp.Or(m.Version, "<none>"), len(m.Applied), m.Duration.Round(time.Millisecond))
		for _, a := range m.Applied {
			fmt.Fprintf(&b, "  %-10s %-4s %s (%s)\n", a.Version, a.Type, a.Script, a.Duration.Round(time.Millisecond))
		}
	}
	return b.String()
}

// Run brings every configured module up to date: for each module it reads
// the status table, and if anything is pending takes the module's advisory
// lock, creates the status table if needed, validates it against the
// module's migrations and applies the pending ones in order (versioned by
// version, then repeatables by description), each in its own transaction
// with its status row. A module that is up to date costs one query and
// takes no lock.
//
// Run stops at the first module that fails and returns the modules done so
// far with the error. Bad configuration and bad file names are reported
// before anything touches the database.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg = cfg.withDefaults()
	log := cfg.Logger
	mods, err := prepareModules(cfg)
	if err != nil {
		return &Result{}, err
	}
	log.Info("checking DB status", slog.Int("modules", len(mods)))
	conns := newConnector(cfg)
	defer conns.close(ctx)
	res := &Result{}
	for _, m := range mods {
		start := time.Now()
		mr := ModuleResult{Module: m.Name}
		err := m.connect(ctx, conns)
		if err == nil {
			mr, err = m.migrate(ctx)
		}
		mr.Duration = time.Since(start)
		res.Modules = append(res.Modules, mr)
		attrs := []any{
			slog.String("module", m.Name),
			slog.Int("applied", len(mr.Applied)),
			slog.String("version", mr.Version),
			slog.Int64("duration_ms", mr.Duration.Milliseconds()),
		}
		if err != nil {
			if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
				err = fmt.Errorf("%w (%w)", err, cerr) // the server's "canceling statement" is the context's doing
			}
			err = moduleErr(m.Name, err)
			log.Error("["+m.Name+"] DB migration failed!", append(attrs, slog.Any("error", err))...)
			return res, err
		}
		log.Info("["+m.Name+"] DB migrated successfully", attrs...)
	}
	return res, nil
}

// eachModule connects every module in turn and calls fn, collecting the
// errors of all modules.
func eachModule(ctx context.Context, cfg Config, fn func(ctx context.Context, m *moduleRun) error) error {
	cfg = cfg.withDefaults()
	mods, err := prepareModules(cfg)
	if err != nil {
		return err
	}
	conns := newConnector(cfg)
	defer conns.close(ctx)
	var errs []error
	for _, m := range mods {
		err := m.connect(ctx, conns)
		if err == nil {
			err = fn(ctx, m)
		}
		if err != nil {
			errs = append(errs, moduleErr(m.Name, err))
		}
	}
	return joinErrors(errs)
}

// findModule returns the prepared module named name.
func findModule(cfg Config, name string) (*moduleRun, error) {
	cfg = cfg.withDefaults()
	idx := slices.IndexFunc(cfg.Modules, func(m Module) bool { return m.Name == name })
	if idx < 0 {
		return nil, configErr("no module named %q", name)
	}
	cfg.Modules = cfg.Modules[idx : idx+1]
	mods, err := prepareModules(cfg)
	if err != nil {
		return nil, err
	}
	return mods[0], nil
}

// withDefaults returns cfg with its defaults filled in.
func (cfg Config) withDefaults() Config {
	cfg.StatusTablePrefix = cmp.Or(cfg.StatusTablePrefix, DefaultStatusTablePrefix)
	cfg.LockTimeout = cmp.Or(cfg.LockTimeout, DefaultLockTimeout)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// prepareModules checks the module list, orders core first and resolves
// every module's migrations, reporting all problems at once.
func prepareModules(cfg Config) ([]*moduleRun, error) {
	mods := slices.Clone(cfg.Modules)
	slices.SortStableFunc(mods, func(a, b Module) int {
		return cmpBool(b.Name == coreModule, a.Name == coreModule)
	})
	var errs []error
	ignore, err := parseIgnorePatterns(cfg.IgnoreMigrationPatterns)
	if err != nil {
		errs = append(errs, err)
	}
	if utf8.RuneCountInString(cfg.InstalledBy) > 100 {
		errs = append(errs, configErr("InstalledBy is longer than the 100 characters the status table holds"))
	}
	names := map[string]bool{}
	tables := map[string]string{}
	runs := make([]*moduleRun, 0, len(mods))
	for i := range mods {
		m := &mods[i]
		if !validModuleName(m.Name) {
			errs = append(errs, configErr("module name %q: use letters, digits, _ and - only", m.Name))
			continue
		}
		if names[m.Name] {
			errs = append(errs, configErr("module %q is listed twice", m.Name))
			continue
		}
		names[m.Name] = true
		table := m.StatusTable
		if table == "" {
			table = cfg.StatusTablePrefix
			if m.Name != coreModule {
				table += "_" + m.Name
			}
		}
		if len(table)+len("_s_idx") > 63 {
			errs = append(errs, configErr("module %q: status table name %q is too long: PostgreSQL names are limited to 63 bytes and the index %s_s_idx must fit", m.Name, table, table))
			continue
		}
		key := m.DatabaseURL + "\x00" + table
		if other, dup := tables[key]; dup {
			errs = append(errs, configErr("modules %q and %q use the same status table %q", other, m.Name, table))
			continue
		}
		tables[key] = m.Name
		var baseline *Version
		if m.Baseline != "" {
			v, err := ParseVersion(m.Baseline)
			if err != nil {
				errs = append(errs, configErr("module %q: baseline: %v", m.Name, err))
				continue
			}
			baseline = &v
		}
		if _, err := ParseVersion(cmp.Or(m.BaselineVersion, "1")); err != nil {
			errs = append(errs, configErr("module %q: baseline version: %v", m.Name, err))
			continue
		}
		resolved, err := m.resolve()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		runs = append(runs, &moduleRun{Module: m, cfg: cfg, table: table, baseline: baseline, resolved: resolved,
			ignore: ignore, log: cfg.Logger.With(slog.String("module", m.Name))})
	}
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return runs, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
