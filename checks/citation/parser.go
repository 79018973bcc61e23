package citation

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Parser reads citations with a fixed set of grammars. It holds no state between calls, so
// one Parser may serve many goroutines.
type Parser struct {
	grammars []*Grammar
	common   []*Grammar
	// names indexes every repository spelling by the folded first word (foldKey).
	names map[string][]nameEntry
	// abbreviations are the abbreviation-shaped spellings, for misspelling suggestions.
	abbreviations []nameEntry
	// labels indexes prefix labels by the folded first word: per family (with the common
	// components after the family's own), for the common grammars alone, and for all.
	labels       map[*Grammar]labelIndex
	commonLabels labelIndex
	allLabels    labelIndex
	// familyLabels holds every family's labels, a label shared by families once for each.
	familyLabels map[string][]labelEntry
	suffixes     map[*Grammar]labelIndex
	// anchorWords lets Find pass over most words of prose without hashing them.
	anchorWords wordFilter
}

type nameEntry struct {
	text    string
	runes   int // characters in text
	repo    *Repository
	grammar *Grammar
	full    bool // a full name: capitalised, then matched without regard to case, not inside a longer name
}

type labelEntry struct {
	label   string
	comp    *ComponentSpec
	grammar *Grammar
}

// labelIndex maps a folded first word to its labels, longest first.
type labelIndex map[string][]labelEntry

// NewParser indexes grammars for parsing, preparing their expressions (so grammars must not
// be handed to two NewParser calls at once). It reports a grammar built in Go that
// DecodeArchives would have rejected (a bad regular expression, an unknown component name).
// A spelling claimed by two repositories (DecodeArchives forbids it) goes to the earlier.
func NewParser(grammars []*Grammar) (*Parser, error) {
	p := &Parser{
		names:        map[string][]nameEntry{},
		labels:       map[*Grammar]labelIndex{},
		suffixes:     map[*Grammar]labelIndex{},
		commonLabels: labelIndex{},
		allLabels:    labelIndex{},
		familyLabels: map[string][]labelEntry{},
	}
	rc := regexCache{}
	for _, g := range grammars {
		if err := g.check(rc); err != nil {
			return nil, err
		}
		if g.Common {
			p.common = append(p.common, g)
		} else {
			p.grammars = append(p.grammars, g)
		}
	}
	for _, g := range p.common {
		p.commonLabels.add(g, g.Components, false)
	}
	for _, g := range p.grammars {
		idx, suf := labelIndex{}, labelIndex{}
		idx.add(g, g.Components, false)
		suf.add(g, g.Components, true)
		for _, cg := range p.common {
			idx.add(cg, cg.Components, false)
			suf.add(cg, cg.Components, true)
		}
		p.labels[g], p.suffixes[g] = idx, suf
		p.allLabels.add(g, g.Components, false)
		for key, es := range idx {
			for _, e := range es {
				if e.grammar == g {
					p.familyLabels[key] = append(p.familyLabels[key], e)
				}
			}
		}
		for _, r := range g.Repositories {
			p.addNames(g, r)
		}
	}
	for _, cg := range p.common {
		p.allLabels.add(cg, cg.Components, false)
	}
	for _, idx := range []labelIndex{p.commonLabels, p.allLabels} {
		idx.sort()
	}
	for g := range p.labels {
		p.labels[g].sort()
		p.suffixes[g].sort()
	}
	for k := range p.names {
		p.anchorWords.add(k)
	}
	for k := range p.allLabels {
		p.anchorWords.add(k)
	}
	for k := range p.names {
		es := p.names[k]
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].text) > len(es[j].text) })
	}
	return p, nil
}

func (p *Parser) addNames(g *Grammar, r *Repository) {
	add := func(text string, full bool) {
		key := string(foldKey(nil, text[:letters(text, 0)]))
		if key == "" {
			return
		}
		e := nameEntry{text: text, runes: utf8.RuneCountInString(text), repo: r, grammar: g, full: full}
		p.names[key] = append(p.names[key], e)
		if !full && acronymEnd(text, 0) == len(text) {
			p.abbreviations = append(p.abbreviations, e)
		}
	}
	add(r.Name, false)
	for _, a := range r.Aliases {
		add(a, false)
	}
	for _, n := range r.Names {
		add(n, true)
	}
}

// add indexes the labels (or, with suffix, the suffixes) of components; a label text already
// indexed keeps its first owner, so a family's own components shadow the common ones.
func (idx labelIndex) add(g *Grammar, comps []*ComponentSpec, suffix bool) {
	for _, c := range comps {
		labels := c.Labels
		if suffix {
			labels = c.Suffixes
		}
		for _, l := range labels {
			key := string(foldKey(nil, l[:letters(l, 0)]))
			if key == "" {
				continue
			}
			dup := false
			for _, e := range idx[key] {
				dup = dup || e.label == l
			}
			if !dup {
				idx[key] = append(idx[key], labelEntry{label: l, comp: c, grammar: g})
			}
		}
	}
}

func (idx labelIndex) sort() {
	for _, es := range idx {
		sort.SliceStable(es, func(i, j int) bool {
			return utf8.RuneCountInString(es[i].label) > utf8.RuneCountInString(es[j].label)
		})
	}
}

// Grammars returns the grammars the parser was built with, families first, then common ones.
func (p *Parser) Grammars() []*Grammar {
	return append(append([]*Grammar(nil), p.grammars...), p.common...)
}

// Parse reads text that is known to be one citation: a Source field, front matter `source`,
// a TEI bibl flattened to text. A leading "Source:" is skipped; a credit after the citation
// is set apart.
func (p *Parser) Parse(text string) *Citation {
	return p.parse([]string{text}, fieldMode)
}

// ParseParts reads one citation given in separate parts, such as a TEI msIdentifier's
// repository, collection and idno. The parts are read as if separated by commas; brackets
// must balance within each part. Problem spans say which part they are in.
func (p *Parser) ParseParts(parts []string) *Citation {
	return p.parse(parts, fieldMode)
}

type mode int

const (
	fieldMode mode = iota // the text is a citation
	bodyMode              // the text is a stretch of prose around anchors
)

// A state is one citation being parsed; offsets are into the joined parts.
type state struct {
	p       *Parser
	s       string
	parts   []span // each part in s
	regions []span // each part's citation, credit excluded
	mode    mode

	grammar  *Grammar
	repo     *Repository
	mentions []mention
	used     []span // repository mentions and components, sorted by start
	comps    []found
	labelled map[*ComponentSpec]bool // labels seen without a value
	problems []rawProblem
	credit   span
}

type span struct{ start, end int }

type mention struct {
	span
	entry nameEntry
}

// A found component: a label (or none) and its value. A label seen without a value is
// not one; state.labelled remembers it.
type found struct {
	span
	comp     *ComponentSpec
	label    string
	value    span
	from, to string
}

type rawProblem struct {
	kind       Kind
	at         span
	message    string
	suggestion string
}

func (p *Parser) parse(parts []string, m mode) *Citation {
	st := &state{p: p, mode: m, labelled: map[*ComponentSpec]bool{}}
	var b strings.Builder
	for i, part := range parts {
		if i > 0 {
			b.WriteByte('\n')
		}
		st.parts = append(st.parts, span{b.Len(), b.Len() + len(part)})
		b.WriteString(part)
	}
	st.s = b.String()
	st.run()
	return st.citation()
}

func (st *state) run() {
	st.findRegions()
	st.findMentions()
	st.checkAbbreviations()
	st.chooseGrammar()
	st.scanLabels()
	st.scanPositional()
	st.checkStructure()
	if len(st.mentions) == 0 && len(st.comps) == 0 {
		// A label alone ("F." heading an appendix) is no citation to find a number missing in.
		st.problems = slices.DeleteFunc(st.problems, func(p rawProblem) bool { return p.kind == MissingNumber })
	}
	// Brackets and quotes are a citation's business only in a declared citation that reads as
	// one or that opens with a bracket ("[Telegram.]"): "No. 175.]" heads a dispatch in old
	// volumes, and prose is the punctuation checks' field.
	if st.mode == fieldMode && (len(st.mentions) > 0 || len(st.comps) > 0 || len(st.labelled) > 0 || st.opensWithBracket()) {
		for _, r := range st.regions {
			st.checkBrackets(r)
		}
	}
}

func (st *state) opensWithBracket() bool {
	for _, r := range st.regions {
		if r.end > r.start {
			return st.s[r.start] == '[' || st.s[r.start] == '('
		}
	}
	return false
}

// findRegions sets each part's citation apart from a credit after it.
func (st *state) findRegions() {
	for i, pt := range st.parts {
		start, end := pt.start, pt.end
		if i == 0 && st.mode == fieldMode {
			start = skipSourceLabel(st.s, start, end)
		}
		if st.mode == fieldMode {
			if c, glued := creditStart(st.s, start, end); c < end {
				st.credit = span{c, end}
				if glued {
					st.addProblem(GluedCredit, span{c, c + len(firstWord(st.s[c:end]))},
						"the credit runs on from the citation without a full stop", "")
				}
				end = c
			}
		}
		start, end = trimSpan(st.s, start, end, "")
		st.regions = append(st.regions, span{start, end})
	}
}

// skipSourceLabel skips a leading "Source:" label.
func skipSourceLabel(s string, start, end int) int {
	i := skipSpaces(s, start)
	for _, l := range []string{"Sources:", "Source:"} {
		if end-i >= len(l) && strings.EqualFold(s[i:i+len(l)], l) {
			return i + len(l)
		}
	}
	return start
}

func firstWord(s string) string {
	return s[:letters(s, 0)]
}

// findMentions records every known repository spelling in the citation.
func (st *state) findMentions() {
	for _, r := range st.regions {
		st.mentions = append(st.mentions, st.p.mentionsIn(st.s, r.start, r.end)...)
	}
}

// mentionsIn finds repository spellings in s[start:end], longest first at each place.
func (p *Parser) mentionsIn(s string, start, end int) []mention {
	var out []mention
	var key []byte
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) || !wordStart(s, i) {
			i += n
			continue
		}
		w := letters(s, i)
		key = foldKey(key[:0], s[i:w])
		if m, ok := p.nameAt(s, i, end, key); ok {
			out = append(out, m)
			i = m.end
			continue
		}
		i = w
	}
	return out
}

// nameAt matches the longest repository spelling at byte i of s whose first word folds to key.
func (p *Parser) nameAt(s string, i, end int, key []byte) (mention, bool) {
	for _, e := range p.names[string(key)] {
		j := i + len(e.text)
		if j > end {
			continue
		}
		if e.full {
			// A name is capitalised; "the national archives" of prose names no repository.
			if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
				continue
			}
			if !strings.EqualFold(s[i:j], e.text) || continuesName(s, j, end) {
				continue
			}
		} else if s[i:j] != e.text {
			continue
		}
		if !wordEnd(s, j) {
			continue
		}
		return mention{span: span{i, j}, entry: e}, true
	}
	return mention{}, false
}

// continuesName reports whether a full name matched up to j is only the start of a longer,
// different name: "National Archives" in "National Archives of India", "Central State Archive"
// in "Central State Archive of the Republic of Kazakhstan", "National Archives Building".
func continuesName(s string, j, end int) bool {
	k := skipSpaces(s, j)
	if k == j || k >= end {
		return false
	}
	for n := 0; n < 3 && k < end; n++ {
		w := letters(s, k)
		if w == k {
			return false
		}
		word := s[k:w]
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			// A capitalised word goes on with the name; an abbreviation ("RG 59") does not.
			return n > 0 || (w-k > 1 && strings.ToUpper(word) != word)
		}
		if !isConnective(word) {
			return false
		}
		k = skipSpaces(s, w)
	}
	return false
}

// isConnective reports the small words that join the parts of an institution's name.
func isConnective(w string) bool {
	switch w {
	case "of", "for", "and", "the", "de", "des", "der", "die", "di", "du", "do", "da", "la", "le",
		"und", "i", "y", "e", "et":
		return true
	}
	return false
}

// chooseGrammar takes the grammar of the first repository named, or else the family whose
// labels the citation uses most.
func (st *state) chooseGrammar() {
	if len(st.mentions) > 0 {
		first := st.mentions[0]
		for _, m := range st.mentions[1:] {
			if m.start < first.start {
				first = m
			}
		}
		st.repo, st.grammar = first.entry.repo, first.entry.grammar
	}
	for _, m := range st.mentions {
		st.use(m.span)
	}
	if st.grammar != nil {
		return
	}
	st.grammar = st.inferGrammar()
}

// inferGrammar returns the family whose labels the citation writes most (as declared and
// followed by a value), the first declared of equals; nil when none. A common label ("p.",
// "ff.") says nothing of the family.
func (st *state) inferGrammar() *Grammar {
	seen := map[*ComponentSpec]bool{}
	score := map[*Grammar]int{}
	var key []byte
	st.eachWordStart(func(i int) int {
		w := letters(st.s, i)
		key = foldKey(key[:0], st.s[i:w])
		for _, e := range st.p.familyLabels[string(key)] {
			if seen[e.comp] || st.p.commonLabel(e.label) {
				continue
			}
			m, ok := matchLabel(st.s, i, e.label)
			if !ok || m.bare || m.lookAlike {
				continue
			}
			if v := skipSpaces(st.s, m.end); v < len(st.s) && e.comp.valueAt.MatchString(st.s[v:]) {
				seen[e.comp] = true
				score[e.grammar]++
			}
		}
		return w
	})
	var best *Grammar
	for _, g := range st.p.grammars {
		if score[g] > score[best] {
			best = g
		}
	}
	return best
}

// commonLabel reports whether a common grammar declares label.
func (p *Parser) commonLabel(label string) bool {
	for _, e := range p.commonLabels[string(foldKey(nil, label[:letters(label, 0)]))] {
		if e.label == label {
			return true
		}
	}
	return false
}

// eachWordStart calls f at every place in the regions, outside mentions, where a word
// starts; f returns where to continue.
func (st *state) eachWordStart(f func(i int) int) {
	for _, r := range st.regions {
		for i := r.start; i < r.end; {
			if u, ok := st.usedAt(i); ok {
				i = u.end
				continue
			}
			c, n := utf8.DecodeRuneInString(st.s[i:])
			if !isWordRune(c) || !wordStart(st.s, i) {
				i += n
				continue
			}
			next := f(i)
			if next <= i {
				next = i + n
			}
			i = next
		}
	}
}

// use marks s[sp] as read, keeping used sorted.
func (st *state) use(sp span) {
	i := sort.Search(len(st.used), func(i int) bool { return st.used[i].start >= sp.start })
	st.used = append(st.used, span{})
	copy(st.used[i+1:], st.used[i:])
	st.used[i] = sp
}

// usedAt returns the used span containing byte i.
func (st *state) usedAt(i int) (span, bool) {
	k := sort.Search(len(st.used), func(k int) bool { return st.used[k].end > i })
	if k < len(st.used) && st.used[k].start <= i {
		return st.used[k], true
	}
	return span{}, false
}

// regionEnd returns the end of the region holding byte i.
func (st *state) regionEnd(i int) int {
	for _, r := range st.regions {
		if i >= r.start && i <= r.end {
			return r.end
		}
	}
	return len(st.s)
}

func (st *state) addProblem(k Kind, at span, message, suggestion string) {
	st.problems = append(st.problems, rawProblem{kind: k, at: at, message: message, suggestion: suggestion})
}

// citation converts the state to the exported form, spans per part.
func (st *state) citation() *Citation {
	c := &Citation{}
	var texts []string
	first := true
	for _, r := range st.regions {
		if r.end <= r.start {
			continue
		}
		if first {
			c.Span = st.toSpan(r)
			first = false
		}
		texts = append(texts, st.s[r.start:r.end])
	}
	c.Text = strings.Join(texts, "; ")
	if st.grammar != nil {
		c.Archive = st.grammar.Name
	}
	if len(st.mentions) > 0 {
		m := st.mentions[0]
		for _, x := range st.mentions {
			if x.start < m.start {
				m = x
			}
		}
		c.Repository = &Mention{Name: m.entry.repo.Name, Text: st.s[m.start:m.end], Span: st.toSpan(m.span)}
	}
	if st.credit.end > st.credit.start {
		c.Credit = &Mention{Text: st.s[st.credit.start:st.credit.end], Span: st.toSpan(st.credit)}
	}
	sort.SliceStable(st.comps, func(i, j int) bool { return st.comps[i].start < st.comps[j].start })
	for _, f := range st.comps {
		c.Components = append(c.Components, Component{
			Name: f.comp.Name, Label: f.label, Value: st.s[f.value.start:f.value.end],
			From: f.from, To: f.to, Span: st.toSpan(f.span),
		})
	}
	sort.SliceStable(st.problems, func(i, j int) bool { return st.problems[i].at.start < st.problems[j].at.start })
	seen := map[rawProblem]bool{}
	for _, pr := range st.problems {
		if seen[pr] {
			continue
		}
		seen[pr] = true
		c.Problems = append(c.Problems, Problem{
			Kind: pr.kind, Span: st.toSpan(pr.at), Match: st.s[pr.at.start:pr.at.end],
			Message: pr.message, Suggestion: pr.suggestion,
		})
	}
	return c
}

// toSpan maps a span of the joined text to its part.
func (st *state) toSpan(sp span) Span {
	for i, pt := range st.parts {
		if sp.start >= pt.start && sp.start <= pt.end {
			return Span{Part: i, Start: sp.start - pt.start, End: min(sp.end, pt.end) - pt.start}
		}
	}
	return Span{Start: sp.start, End: sp.end}
}
