package migrate

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// GateState is where a [Gate] is in its one run of [Migrator.Migrate].
type GateState string

// States of a Gate, in the order a boot goes through them.
const (
	GateStarting  GateState = "starting"  // Migrate not called yet
	GateMigrating GateState = "migrating" // Migrate is running
	GateReady     GateState = "ready"     // Migrate succeeded; final
	GateFailed    GateState = "failed"    // Migrate failed; calling it again retries
)

// GateStatus is what a [Gate] knows, as data: its readiness handler
// serves it as JSON, and [Gate.Status] returns it.
//
// The JSON is encoding/json's form of this struct and of the library's
// result types: field names are the Go names (State, Plan, Result,
// Modules, Pending, Version, …), durations are integer nanoseconds, times
// RFC 3339, and errors are messages only. Fields are added, never renamed.
type GateStatus struct {
	State GateState

	// Plan is what Migrate is going to do, computed by [Migrator.Plan]
	// when it starts; nil before, while it is being computed, and once
	// ready (Result says what was done).
	Plan *Plan `json:",omitempty"`

	// Result is what Migrate did: everything once ready, the modules
	// done before the failure once failed; nil until Migrate returns.
	Result *Result `json:",omitempty"`

	// Error is the failure's message, once failed.
	Error string `json:",omitempty"`

	// Ignored are the messages of module failures that
	// Config.IgnoreMigrationFailures let a ready Migrate pass over.
	Ignored []string `json:",omitempty"`

	Started  time.Time `json:",omitzero"` // when Migrate started
	Finished time.Time `json:",omitzero"` // when it returned
}

// Gate runs [Migrator.Migrate] once at boot and tells whether the
// database is ready, for an application that serves HTTP while it
// migrates. As an [http.Handler] it is a readiness endpoint (a Kubernetes
// readiness probe can wait on it):
//
//   - 503 Service Unavailable with {"State":"starting"} before Migrate is
//     called, and {"State":"migrating","Plan":{…}} while it runs,
//   - 503 with {"State":"failed","Error":"…"} once it failed,
//   - 200 OK with {"State":"ready","Result":{…}} once it succeeded.
//
// The body is a [GateStatus] as JSON. A Gate is safe for concurrent use:
// the probe reads it while Migrate runs. The values it returns and serves
// are shared: do not modify them.
type Gate struct {
	m   *Migrator
	run sync.Mutex // serializes Migrate

	mu     sync.Mutex // guards status
	status GateStatus
}

// NewGate returns a Gate, in state starting, that migrates with m.
func NewGate(m *Migrator) *Gate {
	return &Gate{m: m, status: GateStatus{State: GateStarting}}
}

// Migrate computes the plan (for the readiness handler to show), then
// runs [Migrator.Migrate] and records the outcome. It returns what
// Migrator.Migrate returns. A plan that cannot be computed is left out;
// Migrate decides the outcome.
//
// Ready is final: once Migrate succeeded, later calls return the recorded
// result without touching the database. After a failure, a call retries.
// Concurrent calls run one after the other.
func (g *Gate) Migrate(ctx context.Context) (*Result, error) {
	g.run.Lock()
	defer g.run.Unlock()
	if st := g.Status(); st.State == GateReady {
		return st.Result, nil
	}
	g.set(func(s *GateStatus) { *s = GateStatus{State: GateMigrating, Started: time.Now()} })
	if plan, err := g.m.Plan(ctx); err == nil {
		g.set(func(s *GateStatus) { s.Plan = plan })
	}
	res, err := g.m.Migrate(ctx)
	g.set(func(s *GateStatus) {
		s.Result, s.Finished = res, time.Now()
		if err != nil {
			s.State, s.Error = GateFailed, err.Error()
			return
		}
		s.State, s.Plan = GateReady, nil
		for _, mr := range res.Modules {
			if mr.Err != nil {
				s.Ignored = append(s.Ignored, mr.Err.Error())
			}
		}
	})
	return res, err
}

// set changes the status under the lock.
func (g *Gate) set(fn func(s *GateStatus)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	fn(&g.status)
}

// Status returns what the Gate knows now.
func (g *Gate) Status() GateStatus {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.status
}

// Ready reports whether Migrate has succeeded.
func (g *Gate) Ready() bool {
	return g.Status().State == GateReady
}

// ServeHTTP answers GET and HEAD with the status as JSON: 200 once ready,
// 503 otherwise.
func (g *Gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !allowRead(w, r) {
		return
	}
	st := g.Status()
	code := http.StatusServiceUnavailable
	if st.State == GateReady {
		code = http.StatusOK
	}
	writeJSON(w, code, st)
}

// InfoHandler returns an [http.Handler] that answers GET and HEAD with
// [Migrator.Info] as JSON: an array of [ModuleStatus], with the field
// names and encodings [GateStatus] describes. Each request reads the
// status tables (no lock is taken, nothing changes), so it may be served
// while a [Gate] migrates. When the database cannot be read it answers
// 503 with {"Error":"…"}.
func InfoHandler(m *Migrator) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowRead(w, r) {
			return
		}
		status, err := m.Info(r.Context())
		if err != nil {
			writeJSON(w, http.StatusServiceUnavailable, struct{ Error string }{err.Error()})
			return
		}
		if status == nil {
			status = []ModuleStatus{}
		}
		writeJSON(w, http.StatusOK, status)
	})
}

// allowRead answers methods other than GET and HEAD with 405 and reports
// whether the request may go on.
func allowRead(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

// writeJSON writes v as indented JSON with the status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "encoding the response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(append(body, '\n'))
}
