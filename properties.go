package migrate

import (
	"errors"
	"io/fs"
	"log/slog"
)

// LoadOptions says where [LoadConfig] reads from.
type LoadOptions struct {
	// Files are Java properties files read in order, later ones overriding
	// earlier ones (oskari.properties, then oskari-ext.properties).
	// A file that does not exist is an error. Default: none.
	Files []string

	// Environ is the environment, as os.Environ returns it; its variables
	// override the files. Default (nil): os.Environ().
	Environ []string

	// Classpath is where classpath: locations (and locations without a
	// prefix) are found: the application's embedded root, as a Java
	// server's classpath. Default: nil, classpath: locations are an error.
	Classpath fs.FS

	// Logger receives warnings (unknown keys, ignored keys). Default: nil,
	// which discards.
	Logger *slog.Logger
}

// LoadConfig reads the configuration of an Oskari-style server: Oskari's
// db.* properties, Flyway's own flyway.* keys and Runway's, from the
// properties files and then the environment (DB_URL for db.url,
// DB_MYPLACES_URL for db.myplaces.url, FLYWAY_URL for flyway.url, …), and
// returns the Config. Add Go steps to the modules it returns before
// calling [New] or [Run].
func LoadConfig(opts LoadOptions) (Config, error) {
	return Config{}, errors.New("LoadConfig: not implemented yet")
}

// ModuleByName returns the module named name, or nil, so that Go steps can
// be added to a loaded configuration.
func (cfg *Config) ModuleByName(name string) *Module {
	for i := range cfg.Modules {
		if cfg.Modules[i].Name == name {
			return &cfg.Modules[i]
		}
	}
	return nil
}
