package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/magiconair/properties"
	"github.com/runwaydb/migrate"
)

// Default configuration files, as Oskari reads them: the shipped settings,
// then the installation's overrides.
const (
	baseProperties = "oskari.properties"
	extProperties  = "oskari-ext.properties"
)

// defaultDirs are where the default files are looked for: the working
// directory, then the example's directory (for go run from the module root).
var defaultDirs = []string{".", filepath.Join("examples", "oskari-server")}

// configFiles returns the properties files to read: those given with
// -config, or else oskari.properties and, if present, oskari-ext.properties
// from the first default directory that holds oskari.properties.
func configFiles(given []string, log *slog.Logger) ([]string, error) {
	if len(given) > 0 {
		return given, nil
	}
	for _, dir := range defaultDirs {
		base := filepath.Join(dir, baseProperties)
		if _, err := os.Stat(base); err != nil {
			continue
		}
		files := []string{base}
		ext := filepath.Join(dir, extProperties)
		if _, err := os.Stat(ext); err == nil {
			files = append(files, ext)
		}
		return files, nil
	}
	log.Warn("no " + baseProperties + " in the working directory or examples/oskari-server: configured by the environment only (or pass -config)")
	return nil, nil
}

// databaseConfigured reports whether a database is configured: db.url or
// flyway.url in the files, or DB_URL or FLYWAY_URL in the environment.
// Without one, the server starts a throwaway PostgreSQL.
func databaseConfigured(files, environ []string) (bool, error) {
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		if (name == "DB_URL" || name == "FLYWAY_URL") && value != "" {
			return true, nil
		}
	}
	if len(files) == 0 {
		return false, nil
	}
	// Only looks for the keys; migrate.LoadConfig reads the files for real.
	p, err := (&properties.Loader{Encoding: properties.UTF8, DisableExpansion: true}).LoadAll(files)
	if err != nil {
		return false, err
	}
	return p.GetString("db.url", "") != "" || p.GetString("flyway.url", "") != "", nil
}

// newMigrator loads the configuration with Runway, adds the Go steps to
// their modules and builds the Migrator: bad properties, bad file names
// and duplicate versions are reported here, before the database is
// touched.
func newMigrator(files, environ []string, log *slog.Logger) (*migrate.Migrator, error) {
	cfg, err := migrate.LoadConfig(migrate.LoadOptions{
		Files:     files,
		Environ:   environ,
		Classpath: classpath,
		Logger:    log,
	})
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	cfg.Logger = log
	if err := addSteps(&cfg, log); err != nil {
		return nil, err
	}
	return migrate.New(cfg)
}

// addSteps adds the Go migrations to the modules that are configured; a
// module left out of db.additional.modules gets none.
func addSteps(cfg *migrate.Config, log *slog.Logger) error {
	var errs []error
	for _, s := range goSteps() {
		mod := cfg.ModuleByName(s.module)
		if mod == nil {
			log.Debug("module not configured: its Go step is not added", slog.String("module", s.module), slog.String("script", s.class))
			continue
		}
		step, err := migrate.JavaStep(s.class, s.up)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		mod.Steps = append(mod.Steps, step)
	}
	return errors.Join(errs...)
}
