package citation

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// trusted reports whether the citation is certain enough to report look-alike and bare
// labels and missing numbers: a declared citation, or prose that names a repository.
func (st *state) trusted() bool {
	return st.mode == fieldMode || st.repo != nil
}

// scanLabels finds the labelled components of the chosen grammar (and the common ones).
func (st *state) scanLabels() {
	idx, suf := st.p.commonLabels, labelIndex(nil)
	if st.grammar != nil {
		idx, suf = st.p.labels[st.grammar], st.p.suffixes[st.grammar]
	}
	var key []byte
	st.eachWordStart(func(i int) int {
		w := letters(st.s, i)
		if w == i {
			return scanWhile(st.s, i, isWordRune)
		}
		key = foldKey(key[:0], st.s[i:w])
		if end, ok := st.prefixLabel(idx[string(key)], i); ok {
			return end
		}
		if end, ok := st.suffixLabel(suf[string(key)], i); ok {
			return end
		}
		return w
	})
}

// prefixLabel reads a label written before its value, at byte i. A label matched as
// declared is preferred to one matched bare or with look-alike letters ("a.e." is a label of
// its own, not a look-alike of "а.е.").
func (st *state) prefixLabel(entries []labelEntry, i int) (int, bool) {
	for _, lm := range orderMatches(st.s, i, entries) {
		e, m := lm.entry, lm.labelMatch
		if (m.bare || m.lookAlike) && !st.trusted() {
			continue
		}
		c := e.comp
		f := found{span: span{i, m.end}, comp: c, label: st.s[i:m.end]}
		if c.Marker {
			if m.bare || m.lookAlike {
				continue
			}
			f.value = span{m.end, m.end}
			st.addComponent(f)
			return m.end, true
		}
		v := st.readValue(c, m.end, st.regionEnd(i))
		switch {
		case v.ok || v.loose:
			f.span.end, f.value = v.end, span{v.start, v.end}
			f.from, f.to = v.from, v.to
			if m.bare {
				st.addProblem(MalformedAbbreviation, span{i, m.end},
					fmt.Sprintf("%q lacks its period: the abbreviation is %q", st.s[i:m.end], e.label), e.label)
			} else if m.lookAlike {
				st.addProblem(MalformedAbbreviation, span{i, m.end},
					fmt.Sprintf("%q is written with look-alike letters: the abbreviation is %q", st.s[i:m.end], e.label), e.label)
			}
			st.addComponent(f)
			return v.end, true
		case m.bare || m.lookAlike:
			continue
		case v.missing:
			st.labelled[c] = true
			if st.trusted() {
				st.addProblem(MissingNumber, span{i, m.end},
					fmt.Sprintf("%q has no number after it", st.s[i:m.end]), "")
			}
			st.use(span{i, m.end})
			return m.end, true
		}
	}
	return 0, false
}

// suffixLabel reads a label written after its value ("54. doboz"), at byte i.
func (st *state) suffixLabel(entries []labelEntry, i int) (int, bool) {
	for _, e := range entries {
		m, ok := matchLabel(st.s, i, e.label)
		if !ok || m.bare || m.lookAlike {
			continue
		}
		segStart := st.segmentStart(i)
		vs, ve := trimSpan(st.s, segStart, i, "")
		c := e.comp
		if vs == ve {
			st.labelled[c] = true
			if st.trusted() {
				st.addProblem(MissingNumber, span{i, m.end},
					fmt.Sprintf("%q has no number before it", st.s[i:m.end]), "")
			}
			st.use(span{i, m.end})
			return m.end, true
		}
		if !c.valueFull.MatchString(st.s[vs:ve]) {
			continue
		}
		v := st.s[vs:ve]
		st.addComponent(found{span: span{vs, m.end}, comp: c, label: st.s[i:m.end],
			value: span{vs, ve}, from: v, to: v})
		return m.end, true
	}
	return 0, false
}

// segmentStart returns where the comma-separated segment holding byte i begins.
func (st *state) segmentStart(i int) int {
	start := 0
	for _, r := range st.regions {
		if i >= r.start && i <= r.end {
			start = r.start
		}
	}
	if u := st.lastUsedBefore(i); u > start {
		start = u
	}
	for j := i - 1; j >= start; j-- {
		if c := st.s[j]; c == ',' || c == ';' {
			return j + 1
		}
	}
	return start
}

func (st *state) lastUsedBefore(i int) int {
	end := 0
	for _, u := range st.used {
		if u.end <= i && u.end > end {
			end = u.end
		}
	}
	return end
}

func (st *state) addComponent(f found) {
	st.comps = append(st.comps, f)
	st.use(f.span)
}

// A valueRead is what follows a label.
type valueRead struct {
	ok      bool // a well-formed value
	loose   bool // a value of the component's rough shape only (already reported)
	missing bool // nothing but punctuation or the end follows the label
	start   int
	end     int
	from    string
	to      string
}

var (
	// rangeDash joins the ends of a range: a hyphen or an en dash. An em dash more often
	// starts a new clause ("p. 377—13 febbraio").
	rangeDash = regexp.MustCompile(`^[ \t\x{a0}]*[-–][ \t\x{a0}]*`)
	listComma = regexp.MustCompile(`^[ \t\x{a0}]*,[ \t\x{a0}]*`)
)

// readValue reads the value of c after a label ending at pos.
func (st *state) readValue(c *ComponentSpec, pos, limit int) valueRead {
	s := st.s
	start := pos
	if g := c.gapAt.FindStringIndex(s[pos:limit]); g != nil {
		start = pos + g[1]
	}
	v := valueRead{start: start}
	it, ok := st.readItem(c, start, limit)
	if !ok {
		if c.looseFull != nil {
			segEnd := start + strings.IndexAny(s[start:limit]+",", ",;")
			ls, le := trimSpan(s, start, segEnd, ".")
			if le > ls && c.looseFull.MatchString(s[ls:le]) {
				st.addProblem(MalformedValue, span{ls, le},
					fmt.Sprintf("%q is not a well-formed %s", s[ls:le], c.title()), "")
				v.loose, v.end, v.from, v.to = true, le, s[ls:le], s[ls:le]
				return v
			}
		}
		v.missing = nothingAfter(s, pos, limit)
		v.end = pos
		return v
	}
	v.ok, v.end, v.from, v.to = true, it.end, it.from, it.to
	if !c.Range {
		return v
	}
	for {
		m := listComma.FindStringIndex(s[v.end:limit])
		if m == nil {
			break
		}
		next, ok := st.readItem(c, v.end+m[1], limit)
		if !ok || !itemEnds(s, next.end, limit) {
			break
		}
		v.end, v.to = next.end, next.to
	}
	return v
}

// nothingAfter reports whether a label ending at pos stands without a value: at the end of
// the citation, or before punctuation, after a blank ("d. ,", "RG ,") or straight after a
// period ("d.,"). A word followed at once by a comma ("Central Files, POL 27") is not a label
// missing its number.
func nothingAfter(s string, pos, limit int) bool {
	k := skipSpaces(s, pos)
	if k >= limit {
		return true
	}
	if strings.IndexByte(",;.)]", s[k]) < 0 {
		return false
	}
	return k > pos || (pos > 0 && s[pos-1] == '.')
}

// orderMatches returns the entries whose labels match at byte i: those matched as declared
// first, then bare or look-alike ones; longer labels first within each.
func orderMatches(s string, i int, entries []labelEntry) []entryMatch {
	var exact, other []entryMatch
	for _, e := range entries {
		m, ok := matchLabel(s, i, e.label)
		switch {
		case !ok:
		case m.bare || m.lookAlike:
			other = append(other, entryMatch{e, m})
		default:
			exact = append(exact, entryMatch{e, m})
		}
	}
	return append(exact, other...)
}

type entryMatch struct {
	entry labelEntry
	labelMatch
}

// itemEnds reports whether a list item ending at i is followed by punctuation or the end, so
// that "ll. 5, 7" is a list but "ll. 5, 1958 report" is not.
func itemEnds(s string, i, limit int) bool {
	k := skipSpaces(s, i)
	return k >= limit || strings.IndexByte(",;.)]", s[k]) >= 0
}

type item struct {
	end      int
	from, to string
}

// readItem reads one value, or one range of values, at pos; it reports a reversed or
// dangling range.
func (st *state) readItem(c *ComponentSpec, pos, limit int) (item, bool) {
	s := st.s
	fromEnd := matchEnd(c.valueAt, s, pos, limit)
	if fromEnd < 0 {
		return item{}, false
	}
	it := item{end: st.versoEnd(c, fromEnd, limit), from: s[pos:fromEnd]}
	it.to = it.from
	if !c.Range {
		return it, true
	}
	d := rangeDash.FindStringIndex(s[it.end:limit])
	if d == nil {
		return it, true
	}
	toStart := it.end + d[1]
	toEnd := matchEnd(c.valueAt, s, toStart, limit)
	if toEnd < 0 {
		if k := it.end + d[1]; k >= limit || isSpace(rune(s[k])) || strings.IndexByte(",;.)]", s[k]) >= 0 {
			st.addProblem(MalformedRange, span{pos, it.end + d[1]},
				fmt.Sprintf("the range %q has no end", strings.TrimSpace(s[pos:it.end+d[1]])), "")
			it.end = it.end + d[1]
		}
		return it, true
	}
	it.to = s[toStart:toEnd]
	st.checkRange(c, span{pos, fromEnd}, span{toStart, toEnd})
	it.end = st.versoEnd(c, toEnd, limit)
	return it, true
}

// matchEnd returns the end of a non-empty match of re at s[pos:limit], or -1.
func matchEnd(re *regexp.Regexp, s string, pos, limit int) int {
	m := re.FindStringIndex(s[pos:limit])
	if m == nil || m[1] == 0 {
		return -1
	}
	return pos + m[1]
}

func (st *state) versoEnd(c *ComponentSpec, i, limit int) int {
	if c.versoAt == nil {
		return i
	}
	if m := c.versoAt.FindStringIndex(st.s[i:limit]); m != nil {
		if r, _ := utf8.DecodeRuneInString(st.s[i+m[1] : limit]); !unicode.IsLetter(r) {
			return i + m[1] // "12v", "5 ob.", but not the "v" of "12 via"
		}
	}
	return i
}

// checkRange reports a range whose end comes before its start.
func (st *state) checkRange(c *ComponentSpec, from, to span) {
	a, b := st.s[from.start:from.end], st.s[to.start:to.end]
	da, db := leadingDigits(a), leadingDigits(b)
	if da == "" || db == "" || len(da) > 9 || len(db) > 9 {
		return
	}
	x, _ := strconv.Atoi(da)
	y, _ := strconv.Atoi(db)
	if y >= x {
		return
	}
	if c.Elided && len(db) < len(da) {
		if full, _ := strconv.Atoi(da[:len(da)-len(db)] + db); full >= x {
			return
		}
	}
	whole := span{from.start, to.end}
	st.addProblem(ReversedRange, whole,
		fmt.Sprintf("the range %s runs backwards", st.s[whole.start:whole.end]),
		b+st.s[from.end:to.start]+a)
}

// leadingDigits returns the first run of digits in s, after any prefix ("R-1235" gives "1235").
func leadingDigits(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return ""
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return s[i:j]
}

// scanPositional recognises unlabelled components by their shape, one comma-separated
// segment at a time.
func (st *state) scanPositional() {
	var comps []*ComponentSpec
	if st.grammar != nil {
		comps = positionalOf(st.grammar, comps)
	}
	for _, g := range st.p.common {
		comps = positionalOf(g, comps)
	}
	if len(comps) == 0 {
		return
	}
	done := map[*ComponentSpec]bool{}
	for _, seg := range st.segments() {
		t := st.s[seg.start:seg.end]
		for _, c := range comps {
			if done[c] {
				continue
			}
			strict := c.valueFull.MatchString(t)
			if !strict && (c.looseFull == nil || !c.looseFull.MatchString(t)) {
				continue
			}
			if !strict {
				st.addProblem(MalformedValue, seg, fmt.Sprintf("%q is not a well-formed %s", t, c.title()), "")
			}
			done[c] = true
			st.addComponent(found{span: seg, comp: c, value: seg, from: t, to: t})
			break
		}
	}
}

func positionalOf(g *Grammar, out []*ComponentSpec) []*ComponentSpec {
	for _, c := range g.Components {
		if c.positional() {
			out = append(out, c)
		}
	}
	return out
}

// segments splits what is left of the regions, outside mentions and components, at commas,
// semicolons, and a colon or full stop before a blank; each is trimmed of blanks, stops and
// brackets.
func (st *state) segments() []span {
	var out []span
	emit := func(a, b int) {
		a, b = trimSpan(st.s, a, b, ".()[]\"“”„«»")
		if b > a {
			out = append(out, span{a, b})
		}
	}
	for _, r := range st.regions {
		start := r.start
		for i := r.start; i < r.end; {
			if u, ok := st.usedAt(i); ok {
				emit(start, i)
				i, start = u.end, u.end
				continue
			}
			c := st.s[i]
			cut := c == ',' || c == ';'
			if (c == ':' || c == '.') && (i+1 >= r.end || isSpace(rune(st.s[i+1]))) {
				cut = true
			}
			if cut {
				emit(start, i)
				start = i + 1
			}
			i++
		}
		emit(start, r.end)
	}
	return out
}

// checkStructure reports required components that are missing and components out of order.
// It speaks only of detailed citations that are certain: a repository named alone is a
// mention, and labels in prose without one may be anything ("S. 23 W. and N. 12 W.").
func (st *state) checkStructure() {
	g := st.grammar
	if g == nil || !st.trusted() {
		return
	}
	has := map[*ComponentSpec]bool{}
	for _, f := range st.comps {
		has[f.comp] = true
	}
	if len(has) == 0 && len(st.labelled) == 0 {
		return
	}
	at := st.regions[0]
	name := ""
	if len(st.mentions) > 0 {
		m := st.mentions[0]
		at, name = m.span, m.entry.repo.Name
	}
	if st.repo != nil {
		for _, c := range g.Components {
			required := c.Required || slices.Contains(st.repo.Require, c.Name)
			if required && !has[c] && !st.labelled[c] && skipped(g, c, has) {
				st.addProblem(MissingComponent, at, fmt.Sprintf("the %s citation lacks the %s", name, c.title()), "")
			}
		}
	}
	for _, f := range st.comps {
		for _, n := range f.comp.Requires {
			if c := f.comp.grammar.component(n); c != nil && !has[c] && !st.labelled[c] {
				st.addProblem(MissingComponent, f.span,
					fmt.Sprintf("the %s is cited without the %s it goes with", f.comp.title(), c.title()), "")
			}
		}
	}
	st.checkOrder(g)
}

// skipped reports whether a missing component c is a level skipped rather than a citation
// that stops early: in an ordered grammar, a component after c is present ("f. 5, op. 49,
// ll. 193" skips the delo; "Ф. 17. Оп. 113" cites a whole opis). In a grammar without an
// order every required component counts.
func skipped(g *Grammar, c *ComponentSpec, has map[*ComponentSpec]bool) bool {
	at := slices.Index(g.Order, c.Name)
	if at < 0 {
		return true
	}
	for _, later := range g.Order[at+1:] {
		if has[g.component(later)] {
			return true
		}
	}
	return false
}

// checkOrder reports a component written after one the grammar's order puts behind it.
func (st *state) checkOrder(g *Grammar) {
	if len(g.Order) == 0 {
		return
	}
	rank := map[*ComponentSpec]int{}
	for i, n := range g.Order {
		if c := g.component(n); c != nil {
			rank[c] = i
		}
	}
	var last *found
	for i := range st.comps {
		f := &st.comps[i]
		r, ok := rank[f.comp]
		if !ok {
			continue
		}
		if last != nil && r < rank[last.comp] {
			st.addProblem(OutOfOrder, f.span, fmt.Sprintf("%q is written after %q, but the %s comes before the %s",
				st.s[f.start:f.end], st.s[last.start:last.end], f.comp.title(), last.comp.title()), "")
			continue
		}
		last = f
	}
}

// checkBrackets reports brackets and quotation marks in s[r] that do not pair up.
func (st *state) checkBrackets(r span) {
	type open struct {
		r  rune
		at int
	}
	var brackets, quotes []open
	closes := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for i, ch := range st.s[r.start:r.end] {
		at := r.start + i
		switch ch {
		case '(', '[', '{':
			brackets = append(brackets, open{ch, at})
		case ')', ']', '}':
			want := closes[ch]
			k := len(brackets) - 1
			for k >= 0 && brackets[k].r != want {
				k--
			}
			if k < 0 {
				st.addProblem(UnbalancedBracket, span{at, at + 1}, fmt.Sprintf("%q closes a bracket that was never opened", ch), "")
				continue
			}
			for _, o := range brackets[k+1:] {
				st.addProblem(UnbalancedBracket, st.openerSpan(o.at), fmt.Sprintf("%q is never closed", o.r), "")
			}
			brackets = brackets[:k]
		case '„', '«':
			quotes = append(quotes, open{ch, at})
		case '“':
			if n := len(quotes); n > 0 && quotes[n-1].r == '„' {
				quotes = quotes[:n-1]
			} else {
				quotes = append(quotes, open{ch, at})
			}
		case '”', '»', '"':
			n := len(quotes)
			switch {
			case n > 0 && (quotes[n-1].r == '“' || quotes[n-1].r == '„') && ch == '”',
				n > 0 && quotes[n-1].r == '«' && ch == '»',
				n > 0 && quotes[n-1].r == '"' && ch == '"':
				quotes = quotes[:n-1]
			case ch == '"':
				quotes = append(quotes, open{ch, at})
			default:
				st.addProblem(UnbalancedQuote, span{at, at + utf8.RuneLen(ch)}, fmt.Sprintf("%q closes a quotation that was never opened", ch), "")
			}
		}
	}
	for _, o := range brackets {
		st.addProblem(UnbalancedBracket, st.openerSpan(o.at), fmt.Sprintf("%q is never closed", o.r), "")
	}
	for _, o := range quotes {
		st.addProblem(UnbalancedQuote, span{o.at, o.at + utf8.RuneLen(o.r)}, fmt.Sprintf("%q is never closed", o.r), "")
	}
}

// openerSpan covers an unclosed bracket and the word after it ("[ll.", "(NARA"), which says
// more in a report than the bracket alone.
func (st *state) openerSpan(at int) span {
	end := at + 1
	for end < len(st.s) && end-at < maxAcronym {
		r, n := utf8.DecodeRuneInString(st.s[end:])
		if isSpace(r) || r == ',' || r == ';' || r == ')' || r == ']' {
			break
		}
		end += n
	}
	return span{at, end}
}

// creditStart finds the credit after a citation in s[start:end] ("Contributed by ... and
// translated by ...", "Obtained and translated for CWIHP by ..."). It returns end when there
// is none. glued reports a credit that follows a number or bracket without a full stop; a
// capitalised participle after an ordinary word is a title ("Records Maintained by"), not a
// credit.
func creditStart(s string, start, end int) (at int, glued bool) {
	for i := start; i < end; i++ {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) || !wordStart(s, i) || !isCredit(s[i:end]) {
			continue
		}
		before := strings.TrimRightFunc(s[start:i], isSpace)
		if before == "" {
			return i, false
		}
		prev, _ := utf8.DecodeLastRuneInString(before)
		switch {
		case prev == '.' || prev == ';' || prev == ':':
			return i, false
		case unicode.IsDigit(prev) || prev == ')' || prev == ']':
			return i, true
		}
	}
	return end, false
}

// maxCreditHead bounds the text read for a credit phrase: its verbs and "by" come early.
const maxCreditHead = 160

// isCredit reports whether s opens with a credit phrase: a capitalised participle, perhaps
// joined to others ("Obtained and translated"), perhaps a short phrase ("for CWIHP", "from
// Russian"), then "by"; or "Courtesy of".
func isCredit(s string) bool {
	if len(s) > maxCreditHead {
		cut := maxCreditHead
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	words := strings.FieldsFunc(firstSentence(s), func(r rune) bool { return isSpace(r) || r == ',' })
	if len(words) < 2 {
		return false
	}
	w := words[0]
	if w == "Courtesy" {
		return words[1] == "of"
	}
	if !strings.HasSuffix(w, "ed") && w != "Translation" && w != "Transcription" {
		return false
	}
	k := 1
	for k+1 < len(words) && (words[k] == "and" || words[k] == "&") && strings.HasSuffix(words[k+1], "ed") {
		k += 2
	}
	for k < len(words) && strings.HasSuffix(words[k], "ed") && words[k] != "by" && unicode.IsLower(rune(words[k][0])) {
		k++ // "Obtained, translated and annotated": a comma-separated participle
	}
	switch {
	case k < len(words) && words[k] == "by":
		return true
	case k < len(words) && isPreposition(words[k]):
		for j := k + 1; j < len(words) && j <= k+6; j++ {
			if words[j] == "by" {
				return true
			}
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "for", "from", "into", "in", "with", "to", "at":
		return true
	}
	return false
}

// firstSentence cuts s at the first full stop followed by a blank.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && isSpace(rune(s[i+1])) {
			return s[:i]
		}
	}
	return s
}
