// Command runway migrates the PostgreSQL database of an Oskari-style
// server from a shell, with the configuration the server reads: Oskari's
// db.* properties, Flyway's flyway.* keys and the environment (DB_URL,
// DB_MYPLACES_URL, FLYWAY_URL, …), as [migrate.LoadConfig] documents.
//
// Usage:
//
//	runway [-config FILE]... [-classpath DIR] [-v | -q] <command> [flags] [args]
//
// Commands:
//
//	info       print every module's migrations as Flyway's info table (-json: as JSON)
//	validate   check the status tables against the migrations; exit 1 on findings
//	lint       check the migrations for statements that stall a live database; no database needed
//	migrate    print the plan; apply it with -no-dry-run; -plan-sql FILE writes it as SQL
//	baseline   write a module's baseline row (dry run unless -no-dry-run)
//	repair     remove failed rows, realign checksums, recover interrupted CONCURRENTLY migrations (dry run unless -no-dry-run)
//	undo       undo a module's migrations above a version (dry run unless -no-dry-run)
//	restore    restore a snapshot taken before migrating (dry run unless -no-dry-run)
//	new        create a module's next V<version>__<description>.sql
//	version    print runway's version and the Go version it was built with
//
// Every command takes -h. Flags may be written with one dash or two.
//
// # Configuration
//
// -config names a properties file (oskari.properties); repeat it to
// override one with another (-config oskari.properties -config
// oskari-ext.properties): later files override earlier ones, and the
// environment overrides them all. Without -config only the environment
// is read.
//
// A Java server finds classpath: locations (and locations without a
// prefix, such as Oskari's default flyway/<module>) inside its jars. A
// command line tool has no embedded migrations: runway resolves them in
// the directory -classpath names, by default the working directory, so
// "classpath:flyway/myplaces" is ./flyway/myplaces. filesystem:
// locations are paths on disk, relative ones to the working directory.
//
// # Dry runs
//
// As in NextGIS Web, every command that would change the database is a
// dry run unless -no-dry-run is given: migrate prints the plan, baseline,
// repair and undo print what they would write, restore the pg_restore
// command and a summary of the snapshot. A dry run reads the status
// tables and takes no lock. migrate exits 1 when the plan has problems
// that would stop a real run.
//
// migrate -target VERSION stops every module at VERSION ("2.1", or "2.1?"
// when not every module has that version, "current", "next");
// -target MODULE=VERSION stops one module, and wins over a plain VERSION.
// The flag may be repeated.
//
// # Output and exit status
//
// Results go to standard output; log records (Info; -v for Debug, -q for
// Warn) go to standard error. On failure runway prints one line to
// standard error, "runway: " and why, and exits 1; usage errors exit 2.
// Connection strings and passwords are never printed: the library keeps
// them out of its errors and logs, and runway also masks the passwords
// found in the configuration and the environment.
package main
