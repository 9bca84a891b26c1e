package migrate

import (
	"bytes"
	"context"
	"fmt"
	"hash/crc32"
	"log/slog"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// legacyChecksums returns the checksums Flyway 3 may have stored for a
// script: the CRC-32 of the raw bytes as packaged, and of the raw bytes with
// every lone LF turned into CRLF (projects built on Windows packaged CRLF
// line endings even when the repository held LF).
func legacyChecksums(b []byte) (raw, crlf int32) {
	raw = int32(crc32.ChecksumIEEE(b))
	var w bytes.Buffer
	w.Grow(len(b) + bytes.Count(b, []byte{'\n'}))
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			w.WriteByte('\r')
		}
		w.WriteByte(c)
	}
	return raw, int32(crc32.ChecksumIEEE(w.Bytes()))
}

// legacyChecksumMatches reports whether stored is a Flyway 3 checksum of
// m's file. It is only asked when the Flyway 4 checksum did not match.
func (m *migration) legacyChecksumMatches(stored int32) bool {
	if m.script == nil {
		return false
	}
	b, err := m.script.raw()
	if err != nil {
		return false
	}
	raw, crlf := legacyChecksums(b)
	return stored == raw || stored == crlf
}

// legacyChecksumRows returns the applied SQL rows whose stored checksum is
// a Flyway 3 one of their file.
func legacyChecksumRows(mi *moduleInfo) []*entry {
	var out []*entry
	for _, e := range mi.entries {
		if e.row == nil || e.res == nil || e.row.checksum == nil || e.res.script == nil || e.res.repeatable() {
			continue
		}
		if *e.row.checksum != e.res.script.checksum && e.res.legacyChecksumMatches(*e.row.checksum) {
			out = append(out, e)
		}
	}
	return out
}

// setChecksum is the UPDATE that stores sum in e's row.
func setChecksum(t statusTable, e *entry, sum int32) string {
	return `UPDATE ` + t.ident() + ` SET checksum = ` + strconv.Itoa(int(sum)) +
		` WHERE installed_rank = ` + strconv.Itoa(e.row.rank)
}

// upgradeLegacy upgrades a Flyway 3 status table to the Flyway 4+ layout in
// place, in one transaction, under the module's lock, as Flyway 4 does:
// drop version_rank and its indexes, move the primary key to
// installed_rank, make version nullable, rename INIT rows to BASELINE and
// rewrite Flyway 3 checksums. Unlike Flyway 4, which rewrote every
// differing checksum, only checksums that are a Flyway 3 checksum of the
// file are rewritten: a script edited since it ran stays a mismatch. The
// table is then no longer usable by Flyway 3.
func (r *runner) upgradeLegacy(ctx context.Context, mi *moduleInfo) error {
	if r.cfg.LegacyTables == LegacyRefuse {
		return fmt.Errorf("%w (a version_rank column): %s; set Config.LegacyTables to migrate.LegacyUpgrade to upgrade it in place (Flyway 3 can then no longer use it)", ErrLegacyTable, r.table.ident())
	}
	checksums := legacyChecksumRows(mi)
	t := r.table.ident()
	if _, err := r.sess.pg().Exec(r.sess.q(ctx), bounded(r.sess.bound, legacyUpgradeSQL(r.table, checksums))).ReadAll(); err != nil {
		err = r.sess.statusBusy(ctx, err, needAlter, r.table.schema, r.table.name)
		r.sess.rollback(ctx)
		return fmt.Errorf("upgrading Flyway 3 status table %s: %w", t, err)
	}
	r.log.LogAttrs(ctx, slog.LevelInfo, "upgraded Flyway 3 status table to the Flyway 4+ layout; Flyway 3 can no longer use it",
		slog.String("table", t), slog.Int("checksums_rewritten", len(checksums)))
	return nil
}

// legacyUpgradeSQL is the SQL of upgradeLegacy, as one transaction.
func legacyUpgradeSQL(table statusTable, checksums []*entry) string {
	t := table.ident()
	idx := func(suffix string) string { return pgx.Identifier{table.schema, table.name + suffix}.Sanitize() }
	stmts := []string{
		`BEGIN`,
		`DROP INDEX IF EXISTS ` + idx("_vr_idx"),
		`DROP INDEX IF EXISTS ` + idx("_ir_idx"),
		`ALTER TABLE ` + t + ` DROP COLUMN version_rank`,
		`ALTER TABLE ` + t + ` DROP CONSTRAINT ` + pgx.Identifier{table.name + "_pk"}.Sanitize(),
		`ALTER TABLE ` + t + ` ALTER COLUMN version DROP NOT NULL`,
		`ALTER TABLE ` + t + ` ADD CONSTRAINT ` + pgx.Identifier{table.name + "_pk"}.Sanitize() + ` PRIMARY KEY (installed_rank)`,
		`UPDATE ` + t + ` SET type = 'BASELINE' WHERE type = 'INIT'`,
	}
	for _, e := range checksums {
		stmts = append(stmts, setChecksum(table, e, e.res.script.checksum))
	}
	stmts = append(stmts, `COMMIT`)
	return strings.Join(stmts, ";\n") + ";\n"
}
