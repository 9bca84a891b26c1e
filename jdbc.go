package migrate

import (
	"cmp"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// connString turns a configured database URL into a connection string pgx
// parses: a JDBC URL (jdbc:postgresql://host:port/db?params) becomes a
// postgres:// URL; postgres:// URLs and key=value DSNs are kept. A
// non-empty user or password replaces the one the URL names. unsupported
// receives the names of JDBC parameters that have no pgx equivalent.
// Errors never quote the user information or a password.
func connString(raw, user, password string, unsupported func(param string)) (string, error) {
	raw = strings.TrimSpace(raw)
	switch {
	case strings.HasPrefix(raw, "jdbc:"):
		u, creds, err := jdbcURL(raw, unsupported)
		if err != nil {
			return "", err
		}
		setUser(u, cmp.Or(user, creds.user), cmp.Or(password, creds.password))
		return u.String(), nil
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		_, rest, _ := strings.Cut(raw, "://")
		if _, _, err := splitAuthority(rest); err != nil {
			return "", err
		}
		u, err := url.Parse(raw)
		if err != nil {
			return "", errors.New("not a valid URL (percent-encode special characters in the user and password)")
		}
		setUser(u, user, password)
		return u.String(), nil
	case strings.Contains(raw, "="):
		return dsnWithUser(raw, user, password)
	}
	return "", errors.New("expected a JDBC URL (jdbc:postgresql://host:port/database), a postgres:// URL or a key=value DSN")
}

// setUser sets the user and password of u where they are not empty.
func setUser(u *url.URL, user, password string) {
	if user == "" && password == "" {
		return
	}
	if user == "" && u.User != nil {
		user = u.User.Username()
	}
	if password == "" && u.User != nil {
		password, _ = u.User.Password()
	}
	if password == "" {
		u.User = url.User(user)
		return
	}
	u.User = url.UserPassword(user, password)
}

// jdbcCreds are the user and password a JDBC URL names.
type jdbcCreds struct{ user, password string }

// jdbcURL converts a PostgreSQL JDBC URL to a postgres:// URL: host and
// port as given (default localhost:5432, several hosts separated by
// commas, IPv6 addresses in brackets), the database, and the parameters
// pgx understands.
func jdbcURL(raw string, unsupported func(string)) (*url.URL, jdbcCreds, error) {
	rest, ok := strings.CutPrefix(raw, "jdbc:postgresql:")
	if !ok {
		return nil, jdbcCreds{}, errors.New("only PostgreSQL JDBC URLs (jdbc:postgresql:…) are supported")
	}
	u := &url.URL{Scheme: "postgres", Host: "localhost:5432"}
	var creds jdbcCreds
	rest, query, _ := strings.Cut(rest, "?")
	db := rest
	if after, ok := strings.CutPrefix(rest, "//"); ok {
		userinfo, hosts, err := splitAuthority(after)
		if err != nil {
			return nil, creds, err
		}
		if hosts != "" {
			u.Host = hosts
		}
		if userinfo != "" {
			info, err := url.Parse("postgres://" + userinfo + "@h")
			if err != nil {
				return nil, creds, errors.New("user information is not valid URL escaping")
			}
			creds.user = info.User.Username()
			creds.password, _ = info.User.Password()
		}
		_, db, _ = strings.Cut(after[strings.LastIndex(after, "@")+1:], "/")
	}
	name, err := url.PathUnescape(db)
	if err != nil {
		return nil, creds, fmt.Errorf("database name %q is not valid URL escaping", db)
	}
	u.Path = "/" + name
	q, err := jdbcParams(query, &creds, unsupported)
	if err != nil {
		return nil, creds, err
	}
	u.RawQuery = encodeQuery(q)
	return u, creds, nil
}

// encodeQuery is url.Values.Encode with spaces as %20: pgx, as libpq,
// reads "+" as itself.
func encodeQuery(q url.Values) string {
	return strings.ReplaceAll(q.Encode(), "+", "%20")
}

// splitAuthority splits what follows "//" in a URL into the user
// information and the hosts, each host checked and given a port (5432 when
// it has none).
func splitAuthority(rest string) (userinfo, hosts string, err error) {
	if q := strings.IndexAny(rest, "?#"); q >= 0 {
		rest = rest[:q]
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		userinfo, rest = rest[:at], rest[at+1:]
	}
	rest, _, _ = strings.Cut(rest, "/")
	if rest == "" {
		return userinfo, "", nil
	}
	var out []string
	for h := range strings.SplitSeq(rest, ",") {
		host, port, err := splitHostPort(h)
		if err != nil {
			return "", "", err
		}
		out = append(out, net.JoinHostPort(host, cmp.Or(port, "5432")))
	}
	return userinfo, strings.Join(out, ","), nil
}

// splitHostPort splits "host", "host:port", "[v6]" or "[v6]:port" and
// checks the port.
func splitHostPort(h string) (host, port string, err error) {
	if strings.HasPrefix(h, "[") {
		end := strings.IndexByte(h, ']')
		if end < 0 {
			return "", "", fmt.Errorf("host %q: IPv6 address without its closing ]", h)
		}
		host, rest := h[1:end], h[end+1:]
		if rest == "" {
			return host, "", nil
		}
		if rest[0] != ':' {
			return "", "", fmt.Errorf("host %q: expected :port after the IPv6 address", h)
		}
		return host, rest[1:], checkPort(rest[1:])
	}
	if strings.Count(h, ":") > 1 {
		return "", "", fmt.Errorf("host %q: write IPv6 addresses in brackets ([::1]:5432)", h)
	}
	host, port, hasPort := strings.Cut(h, ":")
	if host == "" {
		return "", "", fmt.Errorf("empty host in %q", h)
	}
	if hasPort {
		return host, port, checkPort(port)
	}
	return host, "", nil
}

// checkPort reports whether port is a TCP port number.
func checkPort(port string) error {
	n, err := strconv.Atoi(port)
	switch {
	case err != nil || strings.TrimLeft(port, "0123456789") != "":
		return fmt.Errorf("port %q is not a number", port)
	case n < 1 || n > 65535:
		return fmt.Errorf("port %d is out of range (1-65535)", n)
	}
	return nil
}

// jdbcParamNames maps pgJDBC connection parameters to libpq's (and pgx's).
var jdbcParamNames = map[string]string{
	"ApplicationName":  "application_name",
	"connectTimeout":   "connect_timeout",
	"currentSchema":    "search_path",
	"options":          "options",
	"sslmode":          "sslmode",
	"sslcert":          "sslcert",
	"sslkey":           "sslkey",
	"sslrootcert":      "sslrootcert",
	"sslpassword":      "sslpassword",
	"targetServerType": "target_session_attrs",
}

// jdbcTargets maps pgJDBC's targetServerType to target_session_attrs.
var jdbcTargets = map[string]string{
	"any": "any", "primary": "primary", "master": "primary",
	"secondary": "standby", "slave": "standby", "preferSecondary": "prefer-standby", "preferSlave": "prefer-standby",
}

// jdbcParams converts a JDBC URL's query: user and password go to creds,
// known parameters are renamed and checked, others are reported to
// unsupported. ssl=true asks for sslmode=verify-full, as pgJDBC does
// (require with the NonValidatingFactory), ssl=false for disable.
func jdbcParams(query string, creds *jdbcCreds, unsupported func(string)) (url.Values, error) {
	q := url.Values{}
	var ssl, factory, login string
	for p := range strings.SplitSeq(query, "&") {
		if p == "" {
			continue
		}
		k, v, _ := strings.Cut(p, "=")
		v, err := url.QueryUnescape(v)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: not valid URL escaping", k)
		}
		switch k {
		case "user":
			creds.user = v
		case "password":
			creds.password = v
		case "ssl":
			ssl = cmp.Or(strings.ToLower(v), "true")
		case "sslfactory":
			factory = v
		case "loginTimeout":
			login = v
		default:
			name, ok := jdbcParamNames[k]
			if !ok {
				unsupported(k)
				continue
			}
			if v, err = jdbcParamValue(k, v); err != nil {
				return nil, err
			}
			q.Set(name, v)
		}
	}
	if login != "" && !q.Has("connect_timeout") {
		v, err := jdbcParamValue("loginTimeout", login)
		if err != nil {
			return nil, err
		}
		q.Set("connect_timeout", v)
	}
	switch {
	case ssl != "" && ssl != "true" && ssl != "false":
		return nil, fmt.Errorf("parameter ssl: %q: expected true or false", ssl)
	case q.Has("sslmode"):
	case ssl == "true" && strings.HasSuffix(factory, "NonValidatingFactory"):
		q.Set("sslmode", "require")
	case ssl == "true":
		q.Set("sslmode", "verify-full")
	case ssl == "false":
		q.Set("sslmode", "disable")
	}
	return q, nil
}

// jdbcParamValue checks and converts the value of a known JDBC parameter.
func jdbcParamValue(k, v string) (string, error) {
	switch k {
	case "connectTimeout", "loginTimeout":
		if n, err := strconv.Atoi(v); err != nil || n < 0 {
			return "", fmt.Errorf("parameter %s: %q is not a number of seconds", k, v)
		}
	case "sslmode":
		switch v {
		case "disable", "allow", "prefer", "require", "verify-ca", "verify-full":
		default:
			return "", fmt.Errorf("parameter sslmode: %q: expected disable, allow, prefer, require, verify-ca or verify-full", v)
		}
	case "targetServerType":
		t, ok := jdbcTargets[v]
		if !ok {
			return "", fmt.Errorf("parameter targetServerType: %q: expected any, primary, secondary or preferSecondary", v)
		}
		return t, nil
	}
	return v, nil
}

// dsnWithUser checks a key=value DSN (its syntax and ports) and appends
// user and password where they are not empty; later keys win in pgx.
func dsnWithUser(dsn, user, password string) (string, error) {
	settings, err := parseDSN(dsn)
	if err != nil {
		return "", err
	}
	if port, ok := settings["port"]; ok {
		for p := range strings.SplitSeq(port, ",") {
			if err := checkPort(p); err != nil {
				return "", err
			}
		}
	}
	if user != "" {
		dsn += " user=" + quoteDSN(user)
	}
	if password != "" {
		dsn += " password=" + quoteDSN(password)
	}
	return dsn, nil
}

// parseDSN reads libpq's key=value syntax: values unquoted, with
// backslash escapes, or in single quotes.
func parseDSN(s string) (map[string]string, error) {
	out := map[string]string{}
	for {
		s = strings.TrimLeft(s, dsnSpace)
		if s == "" {
			return out, nil
		}
		eq := strings.IndexByte(s, '=')
		key := ""
		if eq >= 0 {
			key = strings.TrimSpace(s[:eq])
		}
		if key == "" || strings.ContainsAny(key, dsnSpace+"'\\") {
			return nil, errors.New("expected key=value pairs separated by spaces")
		}
		val, rest, err := dsnValue(strings.TrimLeft(s[eq+1:], dsnSpace))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		out[key], s = val, rest
	}
}

const dsnSpace = " \t\n\r\f\v"

// dsnValue reads one DSN value from the start of s.
func dsnValue(s string) (val, rest string, err error) {
	var b strings.Builder
	quoted := strings.HasPrefix(s, "'")
	if quoted {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case quoted && c == '\'':
			return b.String(), s[i+1:], nil
		case !quoted && strings.IndexByte(dsnSpace, c) >= 0:
			return b.String(), s[i:], nil
		default:
			b.WriteByte(c)
		}
	}
	if quoted {
		return "", "", errors.New("unterminated quoted value")
	}
	return b.String(), "", nil
}

// quoteDSN quotes a DSN value.
func quoteDSN(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}

var (
	urlPassword = regexp.MustCompile(`(?i)([?&](?:ssl)?password=)[^&#]*`)
	dsnPassword = regexp.MustCompile(`(?i)(\b(?:ssl)?password\s*=\s*)(?:'(?:[^'\\]|\\.)*'?|(?:[^\s\\]|\\.)*)`)
)

// redactConn returns a connection string fit for messages: URLs without
// their user information, and every password parameter "(redacted)".
func redactConn(s string) string {
	if i := strings.Index(s, "://"); i >= 0 {
		if at := strings.LastIndex(s[i+3:], "@"); at >= 0 {
			s = s[:i+3] + s[i+3+at+1:]
		}
	}
	if strings.Contains(s, "://") || strings.HasPrefix(s, "jdbc:") {
		return urlPassword.ReplaceAllString(s, "${1}(redacted)")
	}
	return dsnPassword.ReplaceAllString(s, "${1}(redacted)")
}
