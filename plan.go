package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Plan is what [Migrator.Migrate] would do now, module by module, as data:
// the CLI's dry run prints it and a readiness handler serves it.
type Plan struct {
	Modules []ModulePlan
}

// ModulePlan is what Migrate would do to one module.
type ModulePlan struct {
	Module        string
	StatusTable   string             // quoted, schema-qualified
	Version       string             // current version; "" if none
	NeedsLock     bool               // Migrate takes the module's lock (something to do, or to check under it)
	CreateTable   bool               // the status table is missing and would be created
	Baseline      string             // version of the baseline row the new table gets; "" if none
	UpgradeLegacy bool               // the table has Flyway 3's layout and would be upgraded
	Pending       []PlannedMigration // in the order they would run
	HeldBack      []MigrationInfo    // changed repeatables not re-run: the table holds newer versions
	Problems      []string           // validation findings that would stop Migrate
	Err           error              `json:"-"` // the findings as errors, for errors.Is
}

// PlannedMigration is a migration Migrate would apply.
type PlannedMigration struct {
	MigrationInfo
	Transactional bool // runs in one transaction with its status row; false: statement by statement
}

// UpToDate reports whether Migrate would apply nothing and find nothing
// wrong.
func (p *Plan) UpToDate() bool {
	for _, m := range p.Modules {
		if len(m.Pending) > 0 || m.CreateTable || len(m.Problems) > 0 {
			return false
		}
	}
	return true
}

// String prints the plan for people, one line per module and one per
// pending migration.
func (p *Plan) String() string {
	var b strings.Builder
	for _, m := range p.Modules {
		fmt.Fprintf(&b, "%s (%s): version %s, %d pending", m.Module, m.StatusTable, displayVersion(m.Version), len(m.Pending))
		if m.CreateTable {
			b.WriteString(", status table to create")
			if m.Baseline != "" {
				b.WriteString(" with baseline " + m.Baseline)
			}
		}
		if m.UpgradeLegacy {
			b.WriteString(", Flyway 3 table to upgrade")
		}
		b.WriteString("\n")
		for _, pm := range m.Pending {
			tx := "in a transaction"
			if !pm.Transactional {
				tx = "without a transaction"
			}
			fmt.Fprintf(&b, "  %-10s %-4s %s (%s)\n", pm.Version, pm.Type, pm.Script, tx)
		}
		for _, h := range m.HeldBack {
			fmt.Fprintf(&b, "  held back: %s (the table holds newer versions)\n", h.Script)
		}
		for _, pr := range m.Problems {
			fmt.Fprintf(&b, "  problem: %s\n", pr)
		}
	}
	return b.String()
}

// Plan reports what Migrate would do, without taking a lock or changing
// anything. Validation findings are in each module's Problems (and Err);
// the error is for failures to read the database.
func (m *Migrator) Plan(ctx context.Context) (*Plan, error) {
	return m.planOf(ctx, m.sources)
}

// PlanPost reports what [Migrator.MigratePost] would do, as Plan does.
func (m *Migrator) PlanPost(ctx context.Context) (*Plan, error) {
	return m.planOf(ctx, m.posts)
}

// planOf is the plan of sources.
func (m *Migrator) planOf(ctx context.Context, sources []*source) (*Plan, error) {
	p := &Plan{}
	err := m.eachOf(ctx, sources, func(ctx context.Context, r *runner) error {
		mp, err := r.plan(ctx)
		if err == nil {
			p.Modules = append(p.Modules, mp)
		}
		return err
	})
	return p, err
}

// plan works out the module's plan from the session's first read.
func (r *runner) plan(ctx context.Context) (ModulePlan, error) {
	st := r.sess.history[r.src.table]
	mp := ModulePlan{Module: r.src.Name, StatusTable: r.table.ident(), CreateTable: !st.exists}
	var baseline *baselineRow
	if !st.exists {
		b, err := r.baselineForNewTable(ctx)
		switch {
		case errors.Is(err, ErrNonEmptySchema):
			mp.Problems, mp.Err = append(mp.Problems, err.Error()), err
		case err != nil:
			return mp, err
		case b != nil:
			baseline, mp.Baseline = b, b.version.String()
		}
	}
	mi, err := r.mergeWith(st, baseline)
	if err != nil {
		return mp, err
	}
	mp.Version = mi.current.String()
	mp.NeedsLock = !r.upToDate(st, mi)
	if err := r.check(mi); err != nil {
		mp.Err = errors.Join(mp.Err, err)
		for _, e := range flatten(err) {
			mp.Problems = append(mp.Problems, e.Error())
		}
	}
	for _, e := range mi.heldBack {
		mp.HeldBack = append(mp.HeldBack, e.info)
	}
	for _, e := range mi.pending() {
		inTx, err := r.transactional(e.res)
		if err != nil {
			return mp, err
		}
		mp.Pending = append(mp.Pending, PlannedMigration{MigrationInfo: e.info, Transactional: inTx})
	}
	mp.UpgradeLegacy = st.legacy && len(mp.Pending) > 0 && len(mp.Problems) == 0
	return mp, nil
}

// flatten lists the errors a join holds.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
