package migrate

import (
	"context"
	"errors"
	"io"
)

// PlanSQL writes what Migrate would send, as one SQL script: every
// statement of every pending migration, the status-table DDL and inserts
// included, so that running it with psql -v ON_ERROR_STOP=1 on a copy of
// the database gives the same history rows as Migrate would (apart from
// installed_on and execution_time). It reads the database and changes
// nothing.
func (m *Migrator) PlanSQL(ctx context.Context, w io.Writer) error {
	return errors.New("PlanSQL: not implemented yet")
}
