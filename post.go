package migrate

import (
	"context"
	"log/slog"
	"strconv"
)

// Post-deploy migrations: the contract changes of an upgrade (drops,
// renames) that must wait until no replica of the old version runs. They
// are P<version>__<description>.sql scripts next to a module's others, and
// steps with Step.Post set. They form a versioned sequence of their own,
// recorded in their own status table, <status table>_post, which Flyway
// does not know: Run never applies them (its result lists them as
// PendingPost), [Migrator.MigratePost] does.

// postSuffix names the status table of a module's post-deploy migrations.
const postSuffix = "_post"

// postName names the post-deploy set of a module in results and logs.
func postName(module string) string { return module + ":post" }

// postSource returns the source of src's post-deploy migrations, or nil if
// it has none: a module of its own, versioned only, with its own table.
func postSource(src *source) *source {
	if len(src.post) == 0 {
		return nil
	}
	p := &source{Module: src.Module, table: src.table + postSuffix, versioned: src.post,
		callbacks: map[Event][]*migration{}, hooks: src.hooks, known: src.known, noReplace: src.noReplace}
	p.Name, p.StatusTable, p.Target, p.Baseline, p.DependsOn = postName(src.Name), "", "", "", nil
	// Its table starts empty even in a managed schema: no baseline row
	// would stand for the post-deploy migrations below it.
	p.BaselineOnMigrate, p.BaselineVersion, p.BaselineDescription = false, "", ""
	p.isPost = true
	return p
}

// MigratePost applies every module's pending post-deploy migrations, as
// Migrate applies the others (its lock, one transaction per migration with
// its row, the same checks), core first. Run it once every replica runs the
// version that brought them: they may drop what the old version still
// uses. Their status tables are created when first needed.
func (m *Migrator) MigratePost(ctx context.Context) (*Result, error) {
	return m.migrateSet(ctx, nil, m.posts)
}

// pendingPost lists the versions of src's post-deploy migrations that the
// session's first read shows pending. Nothing is read again.
func (m *Migrator) pendingPost(r *runner, post *source) []string {
	if post == nil {
		return nil
	}
	pr, err := newRunner(post, &m.cfg, m.ignore, r.sess)
	if err != nil {
		return nil
	}
	mi, err := pr.merge(r.sess.history[post.table])
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range mi.pending() {
		out = append(out, e.res.version.String())
	}
	return out
}

// logPendingPost says that post-deploy migrations wait.
func (m *Migrator) logPendingPost(ctx context.Context, mr ModuleResult) {
	if len(mr.PendingPost) == 0 {
		return
	}
	m.cfg.Logger.LogAttrs(ctx, slog.LevelInfo, "["+mr.Module+"] "+strconv.Itoa(len(mr.PendingPost))+
		" post-deploy migration(s) pending: apply them with MigratePost (runway migrate -post) once no replica runs the old version",
		slog.String("module", mr.Module), slog.Any("versions", mr.PendingPost))
}
