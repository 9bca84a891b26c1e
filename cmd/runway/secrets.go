package main

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/runwaydb/migrate"
)

// oneLine turns msg into the one line runway prints on failure: several
// joined errors are separated by "; ", and every secret is masked.
func oneLine(msg string, secrets []string) string {
	var b strings.Builder
	for _, line := range strings.FieldsFunc(msg, func(r rune) bool { return r == '\n' || r == '\r' }) {
		line = strings.TrimSpace(line)
		switch s := b.String(); {
		case line == "":
			continue
		case strings.HasSuffix(s, ":"):
			b.WriteString(" ") // "failed to connect:" then the reason
		case s != "":
			b.WriteString("; ")
		}
		b.WriteString(line)
	}
	return mask(b.String(), secrets)
}

// mask replaces every secret in s with "xxxxx". Secrets shorter than 3
// characters are left alone: masking them would garble the message more
// than it protects.
func mask(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= 3 {
			s = strings.ReplaceAll(s, sec, "xxxxx")
		}
	}
	return s
}

// envSecrets returns the passwords the environment holds: variables named
// *PASSWORD* (DB_PASSWORD, FLYWAY_PASSWORD, PGPASSWORD, …) and the
// passwords in *_URL variables.
func envSecrets(environ []string) []string {
	var out []string
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		switch {
		case strings.Contains(strings.ToUpper(k), "PASSWORD"):
			out = append(out, withEscapes(v)...)
		case strings.HasSuffix(strings.ToUpper(k), "_URL"):
			out = append(out, urlSecrets(v)...)
		}
	}
	return out
}

// configSecrets returns the passwords in the configuration's URLs.
func configSecrets(cfg migrate.Config) []string {
	out := urlSecrets(cfg.DatabaseURL)
	for _, m := range cfg.Modules {
		out = append(out, urlSecrets(m.DatabaseURL)...)
	}
	return out
}

// dsnPassword finds password=… in a key=value DSN.
var dsnPassword = regexp.MustCompile(`password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)`)

// urlSecrets returns the password of a postgres:// or JDBC URL (user
// info or password parameter) or of a key=value DSN.
func urlSecrets(s string) []string {
	var out []string
	if u, err := url.Parse(strings.TrimPrefix(s, "jdbc:")); err == nil && u.Scheme != "" {
		if p, ok := u.User.Password(); ok {
			out = append(out, withEscapes(p)...)
		}
		for _, p := range u.Query()["password"] {
			out = append(out, withEscapes(p)...)
		}
		return out
	}
	for _, m := range dsnPassword.FindAllStringSubmatch(s, -1) {
		p := strings.Trim(m[1], "'")
		out = append(out, withEscapes(p)...)
	}
	return out
}

// withEscapes returns p as written and as URL-escaped.
func withEscapes(p string) []string {
	if p == "" {
		return nil
	}
	return []string{p, url.QueryEscape(p), url.PathEscape(p)}
}
