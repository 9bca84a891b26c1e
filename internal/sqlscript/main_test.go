package sqlscript_test

import (
	"testing"

	"github.com/runwaydb/migrate/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
