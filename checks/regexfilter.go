package checks

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A quickReject says, without running the regex, that a text holds no match of it: the regex
// must begin with a literal the text lacks, or it is anchored at the start of the text and the
// text's first character cannot begin a match. Most units of a document match no pattern rule,
// and on short texts Go runs a backtracker that first clears a bitmap of the text's length
// times the program's: most of the cost of a regex that matches nowhere.
type quickReject struct {
	prefix string // every match begins with it
	// first, when set, are the instructions one of which must match the first character of
	// the text: the regex is anchored at the start and cannot match an empty string.
	first []*syntax.Inst
}

func newQuickReject(re *regexp.Regexp) quickReject {
	q := quickReject{}
	q.prefix, _ = re.LiteralPrefix()
	// The program regexp itself runs, from the same parse.
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return q
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return q
	}
	q.first, _ = firstInsts(prog)
	return q
}

// firstInsts follows the program from its start through what consumes no character (choices,
// captures, the start-of-text and start-of-line assertions, which hold at offset 0) to the
// instructions that read the first character. ok is false when that cannot be said: a match
// of nothing is possible, or another assertion stands on the way.
func firstInsts(prog *syntax.Prog) (first []*syntax.Inst, ok bool) {
	seen := map[uint32]bool{}
	var visit func(pc uint32) bool
	visit = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return visit(inst.Out) && visit(inst.Arg)
		case syntax.InstCapture, syntax.InstNop:
			return visit(inst.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(inst.Arg)&^(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 {
				return false
			}
			return visit(inst.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			first = append(first, inst)
			return true
		case syntax.InstFail:
			return true
		}
		return false // InstMatch: the empty string matches
	}
	if !visit(uint32(prog.Start)) {
		return nil, false
	}
	return first, true
}

// rejects reports that s holds no match.
func (q quickReject) rejects(s string) bool {
	if q.prefix != "" && !strings.Contains(s, q.prefix) {
		return true
	}
	if q.first == nil {
		return false
	}
	if s == "" {
		return true // an anchored regex that cannot match nothing
	}
	r, _ := utf8.DecodeRuneInString(s)
	for _, inst := range q.first {
		if inst.MatchRune(r) {
			return false
		}
	}
	return true
}
