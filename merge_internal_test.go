package migrate

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
)

// The merge is pure: files and rows in, Flyway states, the current version
// and the pending order out.
func TestMerge(t *testing.T) {
	t.Parallel()
	files := fstest.MapFS{
		"V1__a.sql":    {Data: []byte("SELECT 1;")},
		"V2__b.sql":    {Data: []byte("SELECT 2;")},
		"V3__c.sql":    {Data: []byte("SELECT 3;")},
		"R__view.sql":  {Data: []byte("SELECT 'view';")},
		"U3__undo.sql": {Data: []byte("SELECT -3;")},
	}
	sum := func(name string) string {
		if f := files[name]; f != nil {
			return strconv.Itoa(int(checksumBytes(f.Data)))
		}
		return "77" // a file this release does not have
	}
	ok := func(rank int, version, script string) string {
		return strconv.Itoa(rank) + "|" + version + "|SQL|" + script + "|" + sum(script) + "|t"
	}
	tests := []struct {
		name       string
		rows       []string // rank|version|type|script|checksum|success; "" version is NULL
		target     string
		outOfOrder bool
		want       []string // version:state, in order
		current    string
		pending    []string
		heldBack   []string
	}{
		{name: "nothing applied",
			want:    []string{"1:Pending", "2:Pending", "3:Pending", ":Pending"},
			pending: []string{"V1__a.sql", "V2__b.sql", "V3__c.sql", "R__view.sql"}},
		{name: "all applied",
			rows:    []string{ok(1, "1", "V1__a.sql"), ok(2, "2", "V2__b.sql"), ok(3, "3", "V3__c.sql"), ok(4, "", "R__view.sql")},
			want:    []string{"1:Success", "2:Success", "3:Success", ":Success"},
			current: "3"},
		{name: "failed",
			rows:    []string{ok(1, "1", "V1__a.sql"), "2|2|SQL|V2__b.sql|" + sum("V2__b.sql") + "|f"},
			want:    []string{"1:Success", "2:Failed", "3:Pending", ":Pending"},
			current: "2", pending: []string{"V3__c.sql", "R__view.sql"}},
		{name: "missing and future",
			rows:    []string{ok(1, "1", "V1__a.sql"), ok(2, "2.5", "V2_5__gone.sql"), ok(3, "9", "V9__new.sql")},
			want:    []string{"1:Success", "2.5:Missing", "9:Future", "2:Ignored", "3:Ignored", ":Pending"},
			current: "9", pending: []string{"R__view.sql"}},
		{name: "ignored",
			rows:    []string{ok(1, "1", "V1__a.sql"), ok(2, "3", "V3__c.sql")},
			want:    []string{"1:Success", "3:Success", "2:Ignored", ":Pending"},
			current: "3", pending: []string{"R__view.sql"}},
		{name: "out of order allowed", outOfOrder: true,
			rows:    []string{ok(1, "1", "V1__a.sql"), ok(2, "3", "V3__c.sql")},
			want:    []string{"1:Success", "3:Success", "2:Pending", ":Pending"},
			current: "3", pending: []string{"V2__b.sql", "R__view.sql"}},
		{name: "baseline",
			rows:    []string{"1|2|BASELINE|<< Flyway Baseline >>||t"},
			want:    []string{"1:Below Baseline", "2:Ignored (Baseline)", "2:Baseline", "3:Pending", ":Pending"},
			current: "2", pending: []string{"V3__c.sql", "R__view.sql"}},
		{name: "target", target: "2",
			want:    []string{"1:Pending", "2:Pending", "3:Above Target", ":Pending"},
			pending: []string{"V1__a.sql", "V2__b.sql", "R__view.sql"}},
		{name: "outdated repeatable",
			rows:    []string{ok(1, "1", "V1__a.sql"), ok(2, "2", "V2__b.sql"), ok(3, "3", "V3__c.sql"), "4||SQL|R__view.sql|123|t"},
			want:    []string{"1:Success", "2:Success", "3:Success", ":Outdated", ":Pending"},
			current: "3", pending: []string{"R__view.sql"}},
		{name: "outdated repeatable while a newer release is applied",
			rows: []string{ok(1, "1", "V1__a.sql"), ok(2, "2", "V2__b.sql"), ok(3, "3", "V3__c.sql"),
				"4||SQL|R__view.sql|123|t", ok(5, "4", "V4__newer.sql")},
			want:     []string{"1:Success", "2:Success", "3:Success", ":Outdated", "4:Future"},
			current:  "4",
			heldBack: []string{"R__view.sql"}},
		{name: "deleted and undone",
			rows: []string{ok(1, "1", "V1__a.sql"), ok(2, "2", "V2__b.sql"), ok(3, "3", "V3__c.sql"),
				"4|2|DELETE|V2__b.sql||t", "5|3|UNDO_SQL|U3__undo.sql||t"},
			want:    []string{"1:Success", "2:Deleted", "3:Undone", "3:Success", "2:Pending", "3:Pending", ":Pending"},
			current: "1", pending: []string{"V2__b.sql", "V3__c.sql", "R__view.sql"}},
	}
	src, err := resolve(&Module{Name: "core", Scripts: files})
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := mergeInput{src: src, target: tt.target, outOfOrder: tt.outOfOrder, checksum: func(m *migration) *int32 {
				if m.script == nil {
					return nil
				}
				return &m.script.checksum
			}}
			mi, err := merge(in, parseRows(t, tt.rows))
			require.NoError(t, err)
			var got, pending, held []string
			for _, e := range mi.entries {
				got = append(got, e.info.Version+":"+string(e.info.State))
			}
			for _, e := range mi.pending() {
				pending = append(pending, e.res.name)
			}
			for _, e := range mi.heldBack {
				held = append(held, e.res.name)
			}
			require.Equal(t, tt.want, got)
			require.Equal(t, tt.current, mi.current.String())
			require.Equal(t, tt.pending, pending)
			require.Equal(t, tt.heldBack, held)
		})
	}
}

// parseRows turns "rank|version|type|script|checksum|success" lines into
// status rows.
func parseRows(t *testing.T, lines []string) []appliedRow {
	var rows []appliedRow
	for _, l := range lines {
		f := strings.Split(l, "|")
		require.Len(t, f, 6, l)
		r := appliedRow{description: "d", typ: MigrationType(f[2]), script: f[3], success: f[5] == "t"}
		r.rank, _ = strconv.Atoi(f[0])
		if f[1] != "" {
			r.version = &f[1]
		}
		if f[2] == "BASELINE" || f[2] == "DELETE" || f[2] == "UNDO_SQL" || f[1] == "" {
			r.description = f[3]
		}
		if f[3] == "R__view.sql" {
			r.description = "view"
		}
		if f[4] != "" {
			n, err := strconv.Atoi(f[4])
			require.NoError(t, err)
			sum := int32(n)
			r.checksum = &sum
		}
		rows = append(rows, r)
	}
	return rows
}

func TestVersionKey(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"1": "1", "1.0": "1", "01.0.0": "1", "0": "0", "0.0": "0", "1_2": "1.2",
		"1.02.0": "1.2", "1.0.2": "1.0.2", "10.100": "10.100", "000": "0", "20130115113556": "20130115113556"} {
		v, err := ParseVersion(in)
		require.NoError(t, err)
		require.Equal(t, want, v.key(), in)
	}
}
