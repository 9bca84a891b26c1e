package migrate_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/runwaydb/migrate"
	"github.com/stretchr/testify/require"
)

// get serves one GET request with h and decodes the JSON body into v.
func get(t *testing.T, h http.Handler, v any) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	require.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), v), rec.Body.String())
	return rec
}

func TestGateReadiness(t *testing.T) {
	t.Parallel()
	b := setup(t)
	m, err := migrate.New(b.config(migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
		"V1_0__create.sql": {Data: []byte("CREATE TABLE places (id int);")},
		"V1_1__slow.sql":   {Data: []byte("SELECT pg_sleep(1);")},
	}}))
	require.NoError(t, err)
	gate := migrate.NewGate(m)

	var st migrate.GateStatus
	rec := get(t, gate, &st)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code)
	require.Equal(t, migrate.GateStarting, st.State)
	require.False(t, gate.Ready())

	done := make(chan error, 1)
	go func() {
		_, err := gate.Migrate(t.Context())
		done <- err
	}()
	// While the slow migration runs, the probe gets 503 with the plan.
	require.Eventually(t, func() bool { return gate.Status().Plan != nil }, 5*time.Second, 5*time.Millisecond)
	st = migrate.GateStatus{}
	rec = get(t, gate, &st)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code, rec.Body.String())
	require.Equal(t, migrate.GateMigrating, st.State)
	require.Contains(t, rec.Body.String(), `"State": "migrating"`)
	require.Len(t, st.Plan.Modules, 1)
	require.Len(t, st.Plan.Modules[0].Pending, 2)
	require.Equal(t, "V1_1__slow.sql", st.Plan.Modules[0].Pending[1].Script)
	require.True(t, st.Plan.Modules[0].Pending[1].Transactional)
	require.Nil(t, st.Result)
	require.False(t, st.Started.IsZero())

	require.NoError(t, <-done)
	st = migrate.GateStatus{}
	rec = get(t, gate, &st)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Equal(t, migrate.GateReady, st.State)
	require.True(t, gate.Ready())
	require.Nil(t, st.Plan) // the result says what was done
	require.Equal(t, 2, st.Result.Applied())
	require.Equal(t, "1.1", st.Result.Modules[0].Version)
	require.GreaterOrEqual(t, st.Result.Modules[0].Applied[1].Duration, time.Second)
	require.False(t, st.Finished.Before(st.Started))

	// Ready is final: Migrate again returns the recorded result.
	res, err := gate.Migrate(t.Context())
	require.NoError(t, err)
	require.Same(t, gate.Status().Result, res)

	// Only reads are allowed.
	rec = httptest.NewRecorder()
	gate.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	require.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	require.Equal(t, "GET, HEAD", rec.Header().Get("Allow"))
}

func TestGateFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	m, err := migrate.New(b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__ok.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__bad.sql": {Data: []byte("CREATE TABLE b (id int);\nCREATE tabel c (id int);")}}},
	))
	require.NoError(t, err)
	gate := migrate.NewGate(m)
	_, err = gate.Migrate(t.Context())
	require.Error(t, err)

	var st migrate.GateStatus
	rec := get(t, gate, &st)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code)
	require.Equal(t, migrate.GateFailed, st.State)
	require.Equal(t, err.Error(), st.Error)
	require.Contains(t, st.Error, `myplaces: V1__bad.sql:2:8: ERROR: syntax error at or near "tabel"`)
	require.NotContains(t, rec.Body.String(), b.url)
	require.Len(t, st.Plan.Modules, 2) // what was to be done
	// The modules done before the failure are in the result.
	require.Len(t, st.Result.Modules, 2)
	require.Len(t, st.Result.Modules[0].Applied, 1)
	require.Empty(t, st.Result.Modules[1].Applied)
	require.False(t, gate.Ready())

	// A retry fails the same way and stays failed.
	_, err = gate.Migrate(t.Context())
	require.Error(t, err)
	require.Equal(t, migrate.GateFailed, gate.Status().State)
}

func TestGateIgnoredFailure(t *testing.T) {
	t.Parallel()
	b := setup(t)
	cfg := b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__ok.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{"V1__bad.sql": {Data: []byte("SELECT 1/0;")}}},
	)
	cfg.IgnoreMigrationFailures = true
	m, err := migrate.New(cfg)
	require.NoError(t, err)
	gate := migrate.NewGate(m)
	_, err = gate.Migrate(t.Context())
	require.NoError(t, err)

	var st migrate.GateStatus
	rec := get(t, gate, &st)
	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, migrate.GateReady, st.State)
	require.Len(t, st.Ignored, 1)
	require.Contains(t, st.Ignored[0], "myplaces: V1__bad.sql:1:1: ERROR: division by zero")
}

func TestInfoHandler(t *testing.T) {
	t.Parallel()
	b := setup(t)
	m, err := migrate.New(b.config(
		migrate.Module{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("CREATE TABLE a (id int);")}}},
		migrate.Module{Name: "myplaces", Scripts: fstest.MapFS{
			"V1_0__b.sql": {Data: []byte("CREATE TABLE b (id int);")},
			"R__view.sql": {Data: []byte("CREATE OR REPLACE VIEW v AS SELECT 1 AS one;")},
		}},
	))
	require.NoError(t, err)
	_, err = m.Migrate(t.Context())
	require.NoError(t, err)

	srv := httptest.NewServer(migrate.InfoHandler(m))
	t.Cleanup(srv.Close)
	resp, err := http.Get(srv.URL)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var status []migrate.ModuleStatus
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&status))

	var got []string
	for _, ms := range status {
		for _, mi := range ms.Migrations {
			got = append(got, ms.Module+" "+string(mi.Category)+" "+mi.Version+" "+mi.Script+" "+string(mi.State))
			require.False(t, mi.InstalledOn.IsZero())
		}
	}
	require.Equal(t, []string{
		"core Versioned 1 V1__a.sql Success",
		"myplaces Versioned 1.0 V1_0__b.sql Success",
		"myplaces Repeatable  R__view.sql Success",
	}, got)
	require.Equal(t, `"public"."oskari_status_myplaces"`, status[1].StatusTable)
	require.NotNil(t, status[1].Migrations[1].Checksum)
}

func TestInfoHandlerUnreachable(t *testing.T) {
	t.Parallel()
	m, err := migrate.New(migrate.Config{
		DatabaseURL: "postgres://runway:s3cret@127.0.0.1:1/nowhere?connect_timeout=2&sslmode=disable",
		Modules:     []migrate.Module{{Name: "core", Scripts: fstest.MapFS{"V1__a.sql": {Data: []byte("SELECT 1;")}}}},
	})
	require.NoError(t, err)
	var body struct{ Error string }
	rec := get(t, migrate.InfoHandler(m), &body)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code)
	require.NotEmpty(t, body.Error)
	require.False(t, strings.Contains(rec.Body.String(), "s3cret"), rec.Body.String())
}
