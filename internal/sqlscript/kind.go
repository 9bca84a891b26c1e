package sqlscript

// keyword identifies the few words the lexer and the classifier care about.
type keyword uint8

const (
	kwNone  keyword = iota // no token
	kwOther                // any other token
	kwGroup                // a parenthesised group, counted as one token
	kwAbort
	kwAll
	kwAlter
	kwBegin
	kwCase
	kwCluster
	kwCommit
	kwConcurrently
	kwCopy
	kwCreate
	kwDatabase
	kwDetach
	kwDiscard
	kwDrop
	kwEnd
	kwFrom
	kwFunction
	kwIndex
	kwOr
	kwPrepared
	kwProcedure
	kwReindex
	kwReplace
	kwReset
	kwRollback
	kwSchema
	kwSelect
	kwSet
	kwStart
	kwStdin
	kwStdout
	kwSubscription
	kwSystem
	kwTable
	kwTablespace
	kwTo
	kwTransaction
	kwUnique
	kwVacuum
	kwVerbose
	kwWork
)

// lookup returns the keyword spelled by w in any case, or kwOther.
func lookup(w []byte) keyword {
	if len(w) < 2 {
		return kwOther
	}
	switch w[0] | 0x20 {
	case 'a':
		switch {
		case is(w, "abort"):
			return kwAbort
		case is(w, "all"):
			return kwAll
		case is(w, "alter"):
			return kwAlter
		}
	case 'b':
		if is(w, "begin") {
			return kwBegin
		}
	case 'c':
		switch {
		case is(w, "case"):
			return kwCase
		case is(w, "cluster"):
			return kwCluster
		case is(w, "commit"):
			return kwCommit
		case is(w, "concurrently"):
			return kwConcurrently
		case is(w, "copy"):
			return kwCopy
		case is(w, "create"):
			return kwCreate
		}
	case 'd':
		switch {
		case is(w, "database"):
			return kwDatabase
		case is(w, "detach"):
			return kwDetach
		case is(w, "discard"):
			return kwDiscard
		case is(w, "drop"):
			return kwDrop
		}
	case 'e':
		if is(w, "end") {
			return kwEnd
		}
	case 'f':
		switch {
		case is(w, "from"):
			return kwFrom
		case is(w, "function"):
			return kwFunction
		}
	case 'i':
		if is(w, "index") {
			return kwIndex
		}
	case 'o':
		if is(w, "or") {
			return kwOr
		}
	case 'p':
		switch {
		case is(w, "prepared"):
			return kwPrepared
		case is(w, "procedure"):
			return kwProcedure
		}
	case 'r':
		switch {
		case is(w, "reindex"):
			return kwReindex
		case is(w, "replace"):
			return kwReplace
		case is(w, "reset"):
			return kwReset
		case is(w, "rollback"):
			return kwRollback
		}
	case 's':
		switch {
		case is(w, "schema"):
			return kwSchema
		case is(w, "select"):
			return kwSelect
		case is(w, "set"):
			return kwSet
		case is(w, "start"):
			return kwStart
		case is(w, "stdin"):
			return kwStdin
		case is(w, "stdout"):
			return kwStdout
		case is(w, "subscription"):
			return kwSubscription
		case is(w, "system"):
			return kwSystem
		}
	case 't':
		switch {
		case is(w, "table"):
			return kwTable
		case is(w, "tablespace"):
			return kwTablespace
		case is(w, "to"):
			return kwTo
		case is(w, "transaction"):
			return kwTransaction
		}
	case 'u':
		if is(w, "unique") {
			return kwUnique
		}
	case 'v':
		switch {
		case is(w, "vacuum"):
			return kwVacuum
		case is(w, "verbose"):
			return kwVerbose
		}
	case 'w':
		if is(w, "work") {
			return kwWork
		}
	}
	return kwOther
}

// is reports whether w spells the lower-case word kw in any case.
func is(w []byte, kw string) bool {
	if len(w) != len(kw) {
		return false
	}
	for i := range len(w) {
		if w[i]|0x20 != kw[i] { // kw has only letters
			return false
		}
	}
	return true
}

// state is what the lexer remembers about the statement being lexed.
type state struct {
	depth int // parenthesis depth

	// psql's heuristic for BEGIN ATOMIC bodies: in a statement starting
	// CREATE [OR REPLACE] FUNCTION|PROCEDURE, at parenthesis depth 0, BEGIN
	// opens a block, CASE opens one inside a block, and END closes one.
	atomic  int     // open blocks (psql's begin_depth)
	nident  int     // identifiers seen, up to len(lead)
	lead    [4]byte // first letters of the leading identifiers that are create, or, replace, function or procedure; 0 for others
	routine bool    // the statement is CREATE [OR REPLACE] FUNCTION|PROCEDURE

	// For classification.
	toks         [5]keyword // the first tokens at depth 0
	ntoks        int
	afterFrom    bool // the previous token was FROM at depth 0
	fromStdin    bool // FROM STDIN at depth 0
	concurrently bool // the word CONCURRENTLY anywhere (for REINDEX, ALTER TABLE)
	detach       bool // the word DETACH at depth 0 (for ALTER TABLE)
}

// other records a token that is not an identifier.
func (st *state) other() {
	if st.depth == 0 {
		st.push(kwOther)
	}
	st.afterFrom = false
}

func (st *state) open() {
	if st.depth == 0 {
		st.push(kwGroup)
	}
	st.depth++
	st.afterFrom = false
}

func (st *state) close() {
	if st.depth > 0 {
		st.depth--
	}
	st.afterFrom = false
}

func (st *state) push(k keyword) {
	if st.ntoks < len(st.toks) {
		st.toks[st.ntoks] = k
		st.ntoks++
	}
}

// word records an identifier or unquoted keyword.
func (st *state) word(w []byte) {
	k := kwOther
	if st.ntoks < len(st.toks) || st.nident < len(st.lead) || st.routine && st.depth == 0 ||
		st.toks[0] == kwReindex || (st.toks[0] == kwCopy || st.toks[0] == kwAlter) && st.depth == 0 {
		k = lookup(w)
	}
	if st.nident < len(st.lead) {
		switch k {
		case kwCreate, kwOr, kwReplace, kwFunction, kwProcedure:
			st.lead[st.nident] = w[0] | 0x20
		}
		st.nident++
		l := st.lead
		st.routine = l[0] == 'c' && (l[1] == 'f' || l[1] == 'p' ||
			l[1] == 'o' && l[2] == 'r' && (l[3] == 'f' || l[3] == 'p'))
	}
	if st.routine && st.depth == 0 {
		switch {
		case k == kwBegin:
			st.atomic++
		case k == kwCase && st.atomic > 0:
			st.atomic++
		case k == kwEnd && st.atomic > 0:
			st.atomic--
		}
	}
	if k == kwConcurrently {
		st.concurrently = true
	}
	if st.depth == 0 {
		st.push(k)
		st.detach = st.detach || k == kwDetach
		// COPY ... FROM STDOUT reads from the client like FROM STDIN.
		st.fromStdin = st.fromStdin || st.afterFrom && (k == kwStdin || k == kwStdout)
		st.afterFrom = k == kwFrom
	} else {
		st.afterFrom = false
	}
}

// classify returns the statement's kind and whether it is COPY ... FROM STDIN.
func (st *state) classify() (Kind, bool) {
	t := st.toks
	switch t[0] {
	case kwCopy:
		return Plain, st.fromStdin
	case kwCreate:
		i := 1
		if t[1] == kwUnique {
			i = 2
		}
		if t[i] == kwIndex && t[i+1] == kwConcurrently ||
			t[1] == kwDatabase || t[1] == kwTablespace || t[1] == kwSubscription {
			return NoTransaction, false
		}
	case kwDrop:
		if t[1] == kwIndex && t[2] == kwConcurrently ||
			t[1] == kwDatabase || t[1] == kwTablespace || t[1] == kwSubscription {
			return NoTransaction, false
		}
	case kwReindex:
		i := 1
		if t[1] == kwGroup { // REINDEX (options) ...
			i = 2
		}
		if st.concurrently || t[i] == kwSchema || t[i] == kwDatabase || t[i] == kwSystem {
			return NoTransaction, false
		}
	case kwAlter:
		if t[1] == kwSystem ||
			t[1] == kwTable && st.detach && st.concurrently || // DETACH PARTITION ... CONCURRENTLY
			t[1] == kwDatabase && t[3] == kwSet && t[4] == kwTablespace {
			return NoTransaction, false
		}
	case kwCluster:
		// CLUSTER without a table (all previously clustered tables):
		// CLUSTER, CLUSTER VERBOSE, CLUSTER (options).
		i := 1
		if t[1] == kwVerbose || t[1] == kwGroup {
			i = 2
		}
		if t[i] == kwNone {
			return NoTransaction, false
		}
	case kwVacuum:
		return NoTransaction, false
	case kwDiscard:
		if t[1] == kwAll {
			return NoTransaction, false
		}
	case kwBegin:
		return Begin, false
	case kwStart:
		if t[1] == kwTransaction {
			return Begin, false
		}
	case kwCommit, kwEnd:
		if t[1] == kwPrepared {
			if t[0] == kwCommit {
				return NoTransaction, false // COMMIT PREPARED
			}
			break
		}
		return Commit, false
	case kwRollback:
		i := 1
		if t[1] == kwWork || t[1] == kwTransaction {
			i = 2
		}
		if t[1] == kwPrepared {
			return NoTransaction, false // ROLLBACK PREPARED
		}
		if t[i] != kwTo {
			return Rollback, false
		}
	case kwAbort:
		return Rollback, false
	}
	return Plain, false
}
