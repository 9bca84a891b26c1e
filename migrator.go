package migrate

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"slices"
	"time"
)

// Migrator migrates, inspects and repairs the configured modules. [New]
// builds it once, checking the configuration and reading every module's
// scripts; its methods then share those sources and work on the database.
// A Migrator is safe for concurrent use and may be used any number of
// times: the CLI, an HTTP handler and the boot of an application can share
// one.
type Migrator struct {
	cfg     Config    // with defaults
	sources []*source // in run order: core first, dependencies before
	posts   []*source // the modules' post-deploy sets, in the same order
	postOf  map[string]*source
	deps    map[string][]dependency
	ignore  ignoreSet
}

// New checks cfg and resolves every module's migrations: each script is
// read once and its checksum computed; its statements are split when
// first needed. It reports every problem at once (no modules, a module
// without migrations, bad names, duplicate versions, both Pool and
// DatabaseURL set, …) and touches no database.
func New(cfg Config) (*Migrator, error) {
	cfg = cfg.withDefaults()
	cfg.Placeholders, cfg.Hooks = maps.Clone(cfg.Placeholders), slices.Clone(cfg.Hooks)
	cfg.IgnoreMigrationPatterns = slices.Clone(cfg.IgnoreMigrationPatterns)
	errs := cfg.check()
	ignore, err := parseIgnorePatterns(cfg.IgnoreMigrationPatterns)
	if err != nil {
		errs = append(errs, err)
	}
	m := &Migrator{cfg: cfg, ignore: ignore, postOf: map[string]*source{}}
	mods, deps, err := orderModules(cfg.Modules)
	if err != nil {
		errs = append(errs, err)
		mods = cfg.Modules
	}
	m.deps = deps
	names := map[string]bool{}
	tables := map[string]string{}
	for _, mod := range mods {
		switch {
		case !validModuleName(mod.Name):
			errs = append(errs, configErr("module name %q: use letters, digits, _ and - only", mod.Name))
			continue
		case names[mod.Name]:
			errs = append(errs, configErr("module %q is listed twice", mod.Name))
			continue
		}
		names[mod.Name] = true
		key := mod.DatabaseURL + "\x00" + mod.statusTableName(cfg.StatusTablePrefix)
		if other, dup := tables[key]; dup {
			errs = append(errs, configErr("modules %q and %q use the same status table %q", other, mod.Name, mod.statusTableName(cfg.StatusTablePrefix)))
			continue
		}
		tables[key] = mod.Name
		src, err := resolveModule(&m.cfg, mod)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		m.sources = append(m.sources, src)
		if post := postSource(src); post != nil {
			m.posts = append(m.posts, post)
			m.postOf[src.Name] = post
		}
	}
	errs = append(errs, m.checkPostTables(tables)...)
	if err := joinErrors(errs); err != nil {
		return nil, err
	}
	return m, nil
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

// Migrate brings every module up to date, one at a time, core first: for
// each module it reads the status table and, if anything is pending, takes
// the module's advisory lock, reads it again, creates it if needed,
// validates it against the module's migrations and applies the pending
// ones in order (versioned by version, then repeatables by description),
// each in its own transaction with its status row.
//
// Up to date, a boot costs one query for all the modules that share a
// database (their status tables and the session's identity read
// together), takes no lock and changes nothing.
//
// Migrate stops at the first module that fails and returns the modules
// done so far with a [*PartialError]; with Config.IgnoreMigrationFailures
// it logs the failure, records it in the module's result and goes on.
func (m *Migrator) Migrate(ctx context.Context) (*Result, error) {
	return m.migrate(ctx, nil)
}

// migrate is Migrate with, from Run, a connector already connected.
func (m *Migrator) migrate(ctx context.Context, conns *connector) (*Result, error) {
	return m.migrateSet(ctx, conns, m.sources)
}

// migrateSet migrates sources, the modules or their post-deploy sets.
func (m *Migrator) migrateSet(ctx context.Context, conns *connector, sources []*source) (*Result, error) {
	log := m.cfg.Logger
	res := &Result{}
	if m.cfg.Disabled {
		log.LogAttrs(ctx, slog.LevelWarn, "migration is disabled (db.flyway=false): the database is not checked")
		return res, nil
	}
	log.LogAttrs(ctx, slog.LevelInfo, "checking DB status", slog.Int("modules", len(sources)))
	if conns == nil {
		conns = newConnector(&m.cfg)
	}
	defer conns.close(ctx)
	if err := m.lintPending(ctx, conns, sources); err != nil {
		return res, err
	}
	done := map[string]*ModuleResult{}
	snaps := newSnapshots(&m.cfg)
	for _, src := range sources {
		mr, failed, err := m.migrateModule(ctx, conns, src, done, snaps)
		res.Modules = append(res.Modules, mr)
		done[src.Name] = &res.Modules[len(res.Modules)-1]
		if err != nil && !m.cfg.IgnoreMigrationFailures {
			return res, &PartialError{Applied: res.applied(), Module: src.Name, Failed: failed, Err: err}
		}
	}
	return res, nil
}

// migrateModule migrates one module and logs the outcome.
func (m *Migrator) migrateModule(ctx context.Context, conns *connector, src *source, done map[string]*ModuleResult, snaps *snapshots) (ModuleResult, *MigrationInfo, error) {
	start := time.Now()
	mr := ModuleResult{Module: src.Name}
	var failed *MigrationInfo
	err := checkDependencies(m.deps[src.Name], done)
	if err == nil {
		err = m.with(ctx, conns, src, m.tablesOf(src), func(ctx context.Context, r *runner) (err error) {
			r.snaps = snaps
			mr, err = r.migrate(ctx)
			failed = r.failed
			if err == nil {
				mr.PendingPost = m.pendingPost(r, m.postOf[src.Name])
			}
			return err
		})
	}
	mr.Duration = time.Since(start)
	attrs := []slog.Attr{
		slog.String("module", src.Name),
		slog.Int("applied", len(mr.Applied)),
		slog.String("version", mr.Version),
		slog.Int64("duration_ms", mr.Duration.Milliseconds()),
	}
	if err != nil {
		err = moduleErr(src.Name, err)
		mr.Err = err
		m.cfg.Logger.LogAttrs(ctx, slog.LevelError, "["+src.Name+"] DB migration failed!", append(attrs, slog.Any("error", err))...)
		return mr, failed, err
	}
	m.cfg.Logger.LogAttrs(ctx, slog.LevelInfo, "["+src.Name+"] DB migrated successfully", attrs...)
	m.logPendingPost(ctx, mr)
	return mr, nil, nil
}

// applied lists every migration applied, modules in run order.
func (r *Result) applied() []AppliedMigration {
	var out []AppliedMigration
	for _, m := range r.Modules {
		out = append(out, m.Applied...)
	}
	return out
}

// with connects src (sharing the session of the modules on the same
// database, whose status tables the first connection reads together) and
// calls fn with its runner, the session watched (see session.watch). The
// error wraps ctx's when ctx caused it.
func (m *Migrator) with(ctx context.Context, conns *connector, src *source, tables []string, fn func(context.Context, *runner) error) error {
	sess, err := conns.get(ctx, src.DatabaseURL, tables)
	if err != nil {
		return withCause(ctx, err)
	}
	r, err := newRunner(src, &m.cfg, m.ignore, sess)
	if err != nil {
		return err
	}
	stop := sess.watch(ctx)
	err = fn(ctx, r)
	stop()
	r.close(ctx)
	return withCause(ctx, err)
}

// tablesOf returns the status tables of the modules on src's database.
func (m *Migrator) tablesOf(src *source) []string {
	var out []string
	for _, s := range m.sources {
		if s.DatabaseURL == src.DatabaseURL {
			// The post-deploy table of every module, whether it has
			// post-deploy migrations or not, as the early read does.
			out = append(out, s.table, s.table+postSuffix)
		}
	}
	return out
}

// checkPostTables reports post-deploy tables that are another module's
// status table (tables: by database and name, as New fills it) or too long.
func (m *Migrator) checkPostTables(tables map[string]string) []error {
	var errs []error
	for _, p := range m.posts {
		if other, dup := tables[p.DatabaseURL+"\x00"+p.table]; dup {
			errs = append(errs, configErr("the post-deploy migrations of module %q would use the status table %q of module %q: rename one module or set its StatusTable", p.Name, p.table, other))
		}
		if len(p.table)+len("_s_idx") > 63 {
			errs = append(errs, configErr("post-deploy status table name %q is too long: PostgreSQL names are limited to 63 bytes and the index %s_s_idx must fit", p.table, p.table))
		}
	}
	return errs
}

// withPosts lists the modules and their post-deploy sets.
func (m *Migrator) withPosts() []*source { return append(slices.Clone(m.sources), m.posts...) }

// each runs fn for every module, collecting the errors of all.
func (m *Migrator) each(ctx context.Context, fn func(ctx context.Context, r *runner) error) error {
	return m.eachOf(ctx, m.sources, fn)
}

// eachOf runs fn for each of sources, collecting the errors of all.
func (m *Migrator) eachOf(ctx context.Context, sources []*source, fn func(ctx context.Context, r *runner) error) error {
	conns := newConnector(&m.cfg)
	defer conns.close(ctx)
	var errs []error
	for _, src := range sources {
		if err := m.with(ctx, conns, src, m.tablesOf(src), fn); err != nil {
			errs = append(errs, moduleErr(src.Name, err))
		}
	}
	return joinErrors(errs)
}

// one runs fn for the module named name, alone on its connection.
func (m *Migrator) one(ctx context.Context, name string, fn func(ctx context.Context, r *runner) error) error {
	all := m.withPosts()
	i := slices.IndexFunc(all, func(s *source) bool { return s.Name == name })
	if i < 0 {
		return configErr("no module named %q", name)
	}
	src := all[i]
	conns := newConnector(&m.cfg)
	defer conns.close(ctx)
	return moduleErr(name, m.with(ctx, conns, src, []string{src.table}, fn))
}

// Info reports every module's migrations and their states, as Flyway's
// info command does. It takes no lock and changes nothing.
func (m *Migrator) Info(ctx context.Context) ([]ModuleStatus, error) {
	var out []ModuleStatus
	err := m.eachOf(ctx, m.withPosts(), func(ctx context.Context, r *runner) error {
		st := r.sess.history[r.src.table]
		mi, err := r.merge(st)
		if err != nil {
			return err
		}
		out = append(out, mi.status(r.src.Name, r.table, st.exists))
		return nil
	})
	return out, err
}

// Validate checks every module's status table against its migrations, as
// Flyway's validate does: type, checksum and description mismatches of
// applied migrations above the baseline, failed migrations, applied
// migrations with no local migration (missing), pending migrations and
// pending migrations older than the applied version (ignored), each unless
// Config.IgnoreMigrationPatterns ignores it. It reports all problems of all
// modules at once, takes no lock and changes nothing.
func (m *Migrator) Validate(ctx context.Context) error {
	return m.eachOf(ctx, m.withPosts(), func(ctx context.Context, r *runner) error {
		mi, err := r.merge(r.sess.history[r.src.table])
		if err != nil {
			return err
		}
		v := validation{ignore: r.ignore}
		if r.src.isPost { // pending post-deploy migrations wait for MigratePost
			v.ignore = maps.Clone(r.ignore)
			v.ignore["versioned:pending"] = true
		}
		return validateInfo(r.src.Name, mi, v, r.checksum)
	})
}

// status returns the public form of mi.
func (mi *moduleInfo) status(module string, t statusTable, exists bool) ModuleStatus {
	s := ModuleStatus{Module: module, StatusTable: t.ident(), Exists: exists, Version: mi.current.String()}
	for _, e := range mi.entries {
		s.Migrations = append(s.Migrations, e.info)
	}
	return s
}

// ModuleSource lists what one module's sources hold, as resolved by [New].
type ModuleSource struct {
	Module      string
	StatusTable string          // table name, without schema (the schema is the connection's)
	Migrations  []MigrationInfo // versioned by version, then repeatables by description; State is empty
	Callbacks   []string        // SQL callback scripts
}

// Sources returns every module's resolved migrations, in run order, then
// the post-deploy sets ("<module>:post"). It
// needs no database; checksums of repeatables are those of the raw text
// (before placeholder replacement).
func (m *Migrator) Sources() []ModuleSource {
	out := make([]ModuleSource, 0, len(m.sources)+len(m.posts))
	for _, src := range m.withPosts() {
		ms := ModuleSource{Module: src.Name, StatusTable: src.table}
		for _, migs := range [][]*migration{src.versioned, src.repeatable} {
			for _, mig := range migs {
				info := MigrationInfo{Category: CategoryVersioned, Version: mig.version.String(), Description: mig.description,
					Type: mig.typ, Script: mig.name}
				if mig.repeatable() {
					info.Category = CategoryRepeatable
				}
				if mig.script != nil {
					sum := mig.script.checksum
					info.Checksum = &sum
				}
				ms.Migrations = append(ms.Migrations, info)
			}
		}
		for _, ev := range allEvents() {
			for _, cb := range src.callbacks[ev] {
				ms.Callbacks = append(ms.Callbacks, cb.name)
			}
		}
		out = append(out, ms)
	}
	return out
}

// moduleErr wraps err with the module's name unless it already carries a
// *MigrationError.
func moduleErr(module string, err error) error {
	if err == nil {
		return nil
	}
	var me *MigrationError
	if errors.As(err, &me) {
		return err
	}
	return &MigrationError{Module: module, Err: err}
}
