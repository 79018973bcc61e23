package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// BalanceKind reports brackets and quotation marks that open and never close, or close what
// never opened, paragraph by paragraph.
var BalanceKind = NewKind("balance", `report unbalanced brackets and quotation marks in a paragraph

Attributes: brackets (pairs, opener then closer: ["()", "[]"]), quotes (quotation mark pairs:
["“”", "„“", "«»"]; a pair of one character twice, "\"\"", is a straight quote whose role is
read from the characters around it). A quotation that runs over several paragraphs may leave
each one open if the next paragraph (notes aside) opens again with a quotation mark;
and a bracket or a quotation left open may be closed by a later paragraph before it opens
any, over paragraphs without such marks. A closing bracket after a list label
("a)", "2.)", "iv)") is not a stray, and paragraphs of fewer than min_words words (default 3:
a label, "No. 8.]", a ditto mark) are not judged. Message variables: mark (the character), problem ("unclosed" or "unopened").`, buildBalance)

func init() {
	BalanceKind.Vars = []string{"mark", "problem"}
	BalanceKind.DefaultIn = []string{"body"}
}

type balanceConfig struct {
	Brackets      []string  `hcl:"brackets,optional"`
	BracketsRange hcl.Range `hcl:"brackets,attr_value_range"`
	Quotes        []string  `hcl:"quotes,optional"`
	QuotesRange   hcl.Range `hcl:"quotes,attr_value_range"`
	MinWords      *int      `hcl:"min_words,optional"`
}

// A markPair is an opening and a closing character; symmetric when they are the same.
type markPair struct{ open, close rune }

type balanceCheck struct {
	brackets, quotes []markPair
	minWords         int
	lead             [256]bool // first bytes of the marks' UTF-8 encodings
}

func buildBalance(c *balanceConfig, b *Build) (Check, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	check := &balanceCheck{minWords: 3}
	if c.MinWords != nil {
		check.minWords = *c.MinWords
	}
	check.brackets, diags = parsePairs(c.Brackets, c.BracketsRange, diags)
	check.quotes, diags = parsePairs(c.Quotes, c.QuotesRange, diags)
	for _, p := range check.brackets {
		if p.open == p.close {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid bracket pair",
				Detail:  fmt.Sprintf("%q opens and closes with the same character; put it in quotes instead.", string(p.open)),
				Subject: c.BracketsRange.Ptr()})
		}
	}
	if len(check.brackets)+len(check.quotes) == 0 {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Nothing to balance",
			Detail: `A "balance" rule needs brackets or quotes, e.g. brackets = ["()", "[]"].`, Subject: b.Rule.DefRange.Ptr()})
	}
	if diags.HasErrors() {
		return nil, diags
	}
	for _, p := range append(append([]markPair{}, check.brackets...), check.quotes...) {
		check.lead[firstByte(p.open)], check.lead[firstByte(p.close)] = true, true
	}
	return check, diags
}

func parsePairs(list []string, rng hcl.Range, diags hcl.Diagnostics) ([]markPair, hcl.Diagnostics) {
	var out []markPair
	for _, s := range list {
		rs := []rune(s)
		if len(rs) != 2 {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid pair",
				Detail: fmt.Sprintf("%q is not a pair: write the opening and the closing character, as \"()\".", s), Subject: rng.Ptr()})
			continue
		}
		out = append(out, markPair{rs[0], rs[1]})
	}
	return out, diags
}

// A mark is one bracket or quotation mark found in a paragraph.
type mark struct {
	pair int  // index into the check's brackets or quotes
	r    rune // the character
	at   int  // byte offset in the text
}

// A tally is what one paragraph leaves unbalanced of one family of marks (brackets, quotes).
type tally struct {
	seen        bool // the paragraph holds marks of the family
	firstCloses bool // the first of them closes something (opened in an earlier paragraph)
	unclosed    []mark
	unopened    []mark
}

// paragraphMarks is what one paragraph leaves unbalanced.
type paragraphMarks struct {
	text             *Text
	kind             string
	skip             bool // too short to judge: a label, a number, a ditto mark
	startsWithQuote  bool
	brackets, quotes tally
}

// carryLimit bounds how many paragraphs without marks an open bracket or quotation may run over.
const carryLimit = 12

func (c *balanceCheck) Run(p *Pass) {
	var paras []*paragraphMarks
	p.Units(func(u Unit) { paras = append(paras, c.scan(u)) })
	// Brackets may run on into the next paragraph only; quotations over paragraphs without
	// quotation marks too.
	carry := []int{1, carryLimit}
	family := []func(*paragraphMarks) *tally{
		func(m *paragraphMarks) *tally { return &m.brackets },
		func(m *paragraphMarks) *tally { return &m.quotes },
	}
	for i, m := range paras {
		if m.skip {
			continue
		}
		for f, of := range family {
			t := of(m)
			unopened := t.unopened
			if len(unopened) > 0 && t.firstCloses && closesEarlier(paras, i, of, carry[f]) {
				unopened = unopened[1:] // it closes what an earlier paragraph left open
			}
			for _, q := range unopened {
				c.report(p, m.text, q, "unopened")
			}
			if len(t.unclosed) == 0 || goesOn(paras, i, of, f == 1, carry[f]) {
				continue
			}
			for _, q := range t.unclosed {
				c.report(p, m.text, q, "unclosed")
			}
		}
	}
}

// goesOn reports whether what paragraph i leaves open goes on in a later paragraph of the same
// flow: the next one opens again with a quotation mark (the convention for a quotation of
// several paragraphs), or the first one with marks of the family, over paragraphs without
// any, closes before it opens.
func goesOn(paras []*paragraphMarks, i int, of func(*paragraphMarks) *tally, quotes bool, limit int) bool {
	first := true
	for j, n := i+1, 0; j < len(paras) && n < limit; j++ {
		m := paras[j]
		if m.kind != paras[i].kind {
			continue
		}
		if quotes && first && m.startsWithQuote {
			return true
		}
		first = false
		if t := of(m); t.seen {
			return t.firstCloses && len(t.unopened) > 0
		}
		n++
	}
	return false
}

// closesEarlier reports whether the paragraph before i of the same flow that has marks of the
// family, over paragraphs without any, left one open.
func closesEarlier(paras []*paragraphMarks, i int, of func(*paragraphMarks) *tally, limit int) bool {
	for j, n := i-1, 0; j >= 0 && n < limit; j-- {
		m := paras[j]
		if m.kind != paras[i].kind {
			continue
		}
		if t := of(m); t.seen {
			return len(t.unclosed) > 0
		}
		n++
	}
	return false
}

func (c *balanceCheck) scan(u Unit) *paragraphMarks {
	s := u.Text.S
	m := &paragraphMarks{text: u.Text, kind: flowOf(u.Name()), skip: !hasWords(s, c.minWords)}
	first := strings.TrimLeft(s, " \t\r\n*_>") // emphasis and block-quote marks may come first
	if r, _ := utf8.DecodeRuneInString(first); first != "" {
		m.startsWithQuote = c.quoteIndex(r) >= 0
	}
	var brackets [][]mark
	var quotes []mark // open quotations, innermost last
	for i := 0; i < len(s); {
		if !c.lead[s[i]] {
			i++
			continue
		}
		if brackets == nil {
			brackets = make([][]mark, len(c.brackets))
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if k, opens := c.bracketIndex(r); k >= 0 {
			// A closer pairs with an open bracket if there is one ("(see note 1)"); else it may
			// end a list label.
			label := !opens && len(brackets[k]) == 0 && listLabel(s, i)
			if !m.brackets.seen && !label {
				m.brackets.seen, m.brackets.firstCloses = true, !opens && len(brackets[k]) == 0
			}
			switch {
			case opens:
				brackets[k] = append(brackets[k], mark{k, r, i})
			case label:
			case len(brackets[k]) > 0:
				brackets[k] = brackets[k][:len(brackets[k])-1]
			default:
				m.brackets.unopened = append(m.brackets.unopened, mark{k, r, i})
			}
		}
		if k := c.quoteIndex(r); k >= 0 {
			role := c.quoteRole(s, i, n, r, quotes)
			if !m.quotes.seen {
				m.quotes.seen, m.quotes.firstCloses = true, role < 0
			}
			switch {
			case role < 0 && len(quotes) > 0:
				quotes = quotes[:len(quotes)-1]
			case role < 0:
				m.quotes.unopened = append(m.quotes.unopened, mark{k, r, i})
			default:
				quotes = append(quotes, mark{c.openingPair(r, k), r, i})
			}
		}
		i += n
	}
	for _, open := range brackets {
		m.brackets.unclosed = append(m.brackets.unclosed, open...)
	}
	m.quotes.unclosed = quotes
	return m
}

// flowOf groups block kinds into the flows a quotation can run through: the text (paragraphs,
// list items, quotes, closers...) and, apart, the notes beside it.
func flowOf(kind string) string {
	if kind == "note" || kind == "margin" {
		return "note"
	}
	return "text"
}

// hasWords reports whether s holds at least min runs of letters.
func hasWords(s string, min int) bool {
	n, in := 0, false
	for i := 0; i < len(s) && n < min; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		letter := r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= utf8.RuneSelf && unicode.IsLetter(r)
		if letter && !in {
			n++
		}
		in = letter
		i += size
	}
	return n >= min
}

// bracketIndex finds r among the brackets: its pair and whether it opens.
func (c *balanceCheck) bracketIndex(r rune) (int, bool) {
	for k, p := range c.brackets {
		switch r {
		case p.open:
			return k, true
		case p.close:
			return k, false
		}
	}
	return -1, false
}

// quoteIndex finds a pair r belongs to, or -1.
func (c *balanceCheck) quoteIndex(r rune) int {
	for k, p := range c.quotes {
		if r == p.open || r == p.close {
			return k
		}
	}
	return -1
}

// openingPair is the pair r opens ("“" opens "“”" though it also closes "„“").
func (c *balanceCheck) openingPair(r rune, fallback int) int {
	for k, p := range c.quotes {
		if r == p.open {
			return k
		}
	}
	return fallback
}

// quoteRole says whether the quotation mark r at s[i:i+n] opens (+1) or closes (-1) a
// quotation, given those open.
func (c *balanceCheck) quoteRole(s string, i, n int, r rune, open []mark) int {
	if len(open) > 0 && c.quotes[open[len(open)-1].pair].close == r {
		top := c.quotes[open[len(open)-1].pair]
		if top.open != top.close || !opensByContext(s, i, n) || closesByContext(s, i, n) {
			return -1
		}
	}
	opens, closes := false, false
	for _, p := range c.quotes {
		opens = opens || p.open == r
		closes = closes || p.close == r
	}
	if opens && closes { // a straight quote, or "“" in "„“" text: read the context
		switch {
		case opensByContext(s, i, n) && !closesByContext(s, i, n):
			return 1
		case closesByContext(s, i, n) && !opensByContext(s, i, n):
			return -1
		case len(open) > 0:
			return -1
		}
		return 1
	}
	if opens {
		return 1
	}
	return -1
}

// opensByContext: a mark after a space, a bracket or the start, before a non-space.
func opensByContext(s string, i, n int) bool {
	if i+n >= len(s) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	if unicode.IsSpace(after) {
		return false
	}
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(before) || unicode.Is(unicode.Ps, before) || unicode.Is(unicode.Pd, before) || before == '/'
}

// closesByContext: a mark after a non-space, before a space, punctuation or the end.
func closesByContext(s string, i, n int) bool {
	if i == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsSpace(before) {
		return false
	}
	if i+n >= len(s) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	return unicode.IsSpace(after) || unicode.IsPunct(after) || unicode.IsSymbol(after)
}

// listLabel reports whether the closing bracket at i ends a list label ("a)", "iv)", "2.)"):
// at the start of a line, after a comma, colon, semicolon or full stop, or, for a letter, a
// digit or a roman numeral, after any word ("done in 1) and 2)"); a longer number after a word
// is not a label ("FEB 68)").
func listLabel(s string, i int) bool {
	end := i
	if end > 0 && s[end-1] == '.' {
		end--
	}
	j := runStart(s, end, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	label := s[j:end]
	if label == "" || len(label) > 4 {
		return false
	}
	for j > 0 && strings.ContainsRune("“‘\"'", rune(s[j-1])) || j >= 3 && (s[j-3:j] == "“" || s[j-3:j] == "‘") {
		if s[j-1] < utf8.RuneSelf {
			j--
		} else {
			j -= 3
		}
	}
	if j > 0 && s[j-1] != ' ' && s[j-1] != '\t' && s[j-1] != '\n' {
		return false
	}
	k := j
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k == 0 || s[k-1] == '\n' || k < j && strings.IndexByte(",;:.", s[k-1]) >= 0 {
		return true
	}
	return utf8.RuneCountInString(label) == 1 || strings.Trim(label, "ivxIVX") == ""
}

// report quotes the mark with the word it touches: "(MPLA", "Deutschlandfunk)".
func (c *balanceCheck) report(p *Pass, t *Text, m mark, problem string) {
	s, r := t.S, m.r
	start, end := m.at, m.at+utf8.RuneLen(r)
	var msg string
	if problem == "unclosed" {
		end = runEnd(s, end, wordRune)
		msg = fmt.Sprintf("%q opens here and is never closed in this paragraph", string(r))
	} else {
		start = runStart(s, start, wordRune)
		msg = fmt.Sprintf("%q closes here but nothing in this paragraph opened it", string(r))
	}
	p.Report(Report{Text: t, Start: start, End: end, Message: msg,
		Vars: map[string]cty.Value{"mark": cty.StringVal(string(r)), "problem": cty.StringVal(problem)}})
}
