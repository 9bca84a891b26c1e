package migrate

import (
	"context"
)

// early is the first connection of a Run, opened while New reads the
// sources: at boot the connection and the first read of the status tables
// (a network round trip or several) then overlap the file work instead of
// following it.
type early struct {
	conns *connector
	done  chan struct{}
	err   error
}

// startEarly connects to the Config's database and reads the status tables
// of the modules on it, in the background. It returns nil when cfg cannot
// be used as it is (New will say why) or when migration is disabled.
func startEarly(ctx context.Context, cfg Config) *early {
	cfg = cfg.withDefaults()
	if len(cfg.check()) > 0 || cfg.Disabled {
		return nil
	}
	var tables []string
	for i := range cfg.Modules {
		m := &cfg.Modules[i]
		if !validModuleName(m.Name) {
			return nil
		}
		if m.DatabaseURL == "" {
			t := m.statusTableName(cfg.StatusTablePrefix)
			tables = append(tables, t, t+postSuffix)
		}
	}
	if len(tables) == 0 {
		return nil
	}
	e := &early{conns: newConnector(&cfg), done: make(chan struct{})}
	go func() {
		defer close(e.done)
		_, e.err = e.conns.get(ctx, "", tables)
	}()
	return e
}

// connector waits for the early connection and hands over its connector
// for m, or nil when there is none or m reads other tables.
func (e *early) connector(m *Migrator) *connector {
	if e == nil {
		return nil
	}
	<-e.done
	if e.err != nil && len(m.sources) > 0 && m.sources[0].DatabaseURL == "" {
		// Connecting again would fail the same way, or (ctx ended) with a
		// dial timeout that hides why: the first module gets this failure.
		c := newConnector(&m.cfg)
		c.failed = e.err
		return c
	}
	s := e.conns.sessions[""]
	if e.err != nil || s == nil || len(m.sources) == 0 || !sameTables(s.history, m.tablesOf(m.sources[0]), m.sources[0].DatabaseURL) {
		e.abandon()
		return nil
	}
	e.conns.cfg = &m.cfg
	return e.conns
}

// sameTables reports whether the early read covered the tables.
func sameTables(read map[string]statusRead, tables []string, url string) bool {
	if url != "" || len(read) != len(tables) {
		return false
	}
	for _, t := range tables {
		if _, ok := read[t]; !ok {
			return false
		}
	}
	return true
}

// abandon closes the early connection unused.
func (e *early) abandon() {
	if e == nil {
		return
	}
	<-e.done
	e.conns.close(context.Background())
}
