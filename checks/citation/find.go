package citation

import (
	"unicode"
	"unicode/utf8"
)

// An anchor is a place in prose where a citation may be: a repository named, or a label with
// a number after it.
type anchor struct {
	span
	repo   bool
	strong bool // a repository, or a label that cannot be an ordinary word before a number
}

// anchorGap is how far apart two anchors may be and still belong to one citation.
const anchorGap = 64

// maxTail is how far a citation may run on after its last anchor.
const maxTail = 160

// Find returns the citations in running text, with spans into text. It anchors on repository
// names and on labels followed by a number, so prose without them costs one pass over its
// words. Each citation is read from its first anchor (or an abbreviation just before it) to
// the end of its clause. Found in prose, a citation reports look-alike or bare labels,
// missing numbers and missing components only when it names a repository, and leaves
// brackets and quotation marks to the punctuation checks.
func (p *Parser) Find(text string) []*Citation {
	anchors := p.anchors(text)
	var groups [][]anchor
	for i := 0; i < len(anchors); {
		j := i + 1
		for j < len(anchors) && anchors[j].start-anchors[j-1].end <= anchorGap && !clauseBreak(text, anchors[j-1].end, anchors[j].start) {
			j++
		}
		if groupCounts(anchors[i:j]) {
			groups = append(groups, anchors[i:j])
		}
		i = j
	}
	var out []*Citation
	prevEnd := 0
	for k, group := range groups {
		start := max(p.leadIn(text, group[0].start), prevEnd)
		end := clauseEnd(text, start, group[len(group)-1].end)
		if k+1 < len(groups) {
			end = min(end, groups[k+1][0].start) // the next citation begins
		}
		c := p.parse([]string{text[start:end]}, bodyMode)
		shift(c, start)
		out = append(out, c)
		prevEnd = end
	}
	return out
}

// groupCounts reports whether a group of anchors is worth reading: it names a repository, has
// a strong label, or has two labels together ("f. 5, op. 2").
func groupCounts(group []anchor) bool {
	if len(group) > 1 {
		return true
	}
	return group[0].strong
}

// anchors lists the anchors in text in order.
func (p *Parser) anchors(text string) []anchor {
	var out []anchor
	var key []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		w := asciiLetters(text, i)
		if w == i || (w < len(text) && text[w] >= utf8.RuneSelf) {
			w = letters(text, i) // a word with letters beyond ASCII
			if w == i {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
		} else if !p.anchorWords.may(text[i:w]) {
			i = w
			continue
		}
		if !wordStart(text, i) {
			i = w
			continue
		}
		key = foldKey(key[:0], text[i:w])
		if m, ok := p.nameAt(text, i, len(text), key); ok {
			out = append(out, anchor{span: m.span, repo: true, strong: true})
			i = m.end
			continue
		}
		if a, ok := p.labelAnchor(text, i, key); ok {
			out = append(out, a)
			i = a.end
			continue
		}
		i = w
	}
	return out
}

func isASCIILetter(c byte) bool {
	return (c|0x20)-'a' < 26
}

// asciiLetters returns the end of the run of ASCII letters from byte i.
func asciiLetters(s string, i int) int {
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

// maxFilterWord is the longest ASCII word a wordFilter remembers.
const maxFilterWord = 32

// A wordFilter is a one-hash Bloom filter of folded ASCII keys: a word whose hash bit is
// clear equals no key, and costs no map lookup. With a few hundred keys in 2^14 bits, about
// one word in fifty that is not a key gets through.
type wordFilter struct {
	bits [1 << 8]uint64
}

// foldASCII folds one ASCII letter as foldKey does: capital I is taken for l.
func foldASCII(c byte) byte {
	if c == 'I' {
		return 'l'
	}
	return c | 0x20
}

func filterHash(word string, fold bool) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		c := word[i]
		if fold {
			c = foldASCII(c)
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h >> 18 // 14 bits
}

// add remembers a folded key; keys beyond ASCII or maxFilterWord need no entry, since
// words with letters beyond ASCII do not go through the filter.
func (f *wordFilter) add(key string) {
	if len(key) == 0 || len(key) > maxFilterWord {
		return
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 'a' || key[i] > 'z' {
			return
		}
	}
	h := filterHash(key, false)
	f.bits[h>>6] |= 1 << (h & 63)
}

// may reports whether the ASCII word could fold to a remembered key.
func (f *wordFilter) may(word string) bool {
	if len(word) > maxFilterWord {
		return false
	}
	h := filterHash(word, true)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// labelAnchor matches a declared label followed by a number at byte i. A label of one letter
// ("f.", "l.") is strong only before a range; alone it may be an initial or a page.
func (p *Parser) labelAnchor(text string, i int, key []byte) (anchor, bool) {
	for _, e := range p.allLabels[string(key)] {
		m, ok := matchLabel(text, i, e.label)
		if !ok || m.bare || m.lookAlike {
			continue
		}
		v := skipSpaces(text, m.end)
		if v >= len(text) || text[v] < '0' || text[v] > '9' {
			continue
		}
		end := v
		for end < len(text) && text[end] >= '0' && text[end] <= '9' {
			end++
		}
		strong := letterCount(e.label) >= 2 || startsRange(text, end)
		return anchor{span: span{i, end}, strong: strong}, true
	}
	return anchor{}, false
}

// startsRange reports whether a dash and a digit follow byte i ("-66", " – 66").
func startsRange(text string, i int) bool {
	d := rangeDash.FindStringIndex(text[i:min(len(text), i+8)])
	return d != nil && i+d[1] < len(text) && text[i+d[1]] >= '0' && text[i+d[1]] <= '9'
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// clauseBreak reports whether text[a:b] ends one clause and starts another: a semicolon, a
// line break, a bracket, or a full stop after a word or number and before a capital.
func clauseBreak(text string, a, b int) bool {
	for i := a; i < b; i++ {
		switch text[i] {
		case ';', '\n', '(', ')', '[', ']':
			return true
		case '.':
			if sentenceEnd(text, a, i) {
				return true
			}
		}
	}
	return false
}

// sentenceEnd reports whether the full stop at i ends a sentence: a blank and a capital
// follow, and it ends a number or a word of three letters or more (not "f." or "Gen.").
func sentenceEnd(text string, start, i int) bool {
	k := skipSpaces(text, i+1)
	if k == i+1 || k >= len(text) {
		return k >= len(text)
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsUpper(r) {
		return false
	}
	w := i
	for w > start {
		p, n := utf8.DecodeLastRuneInString(text[:w])
		if !isWordRune(p) {
			break
		}
		w -= n
	}
	word := text[w:i]
	if word == "" {
		return false
	}
	if word[0] >= '0' && word[0] <= '9' {
		return true
	}
	first, _ := utf8.DecodeRuneInString(word)
	return utf8.RuneCountInString(word) >= 3 && unicode.IsLower(first)
}

// leadIn moves a citation's start back over an abbreviation written just before its first
// anchor ("RGNAI, f. 5"), so that a misspelled repository is read with it.
func (p *Parser) leadIn(text string, start int) int {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ',') {
		i--
	}
	if i == start {
		return start
	}
	if a := acronymBefore(text, max(0, i-24), i); a < i {
		return a
	}
	return start
}

// clauseEnd returns where a citation that starts at start and whose last anchor ends at from
// stops: at a semicolon, a line break, a closing bracket it did not open, the end of the
// sentence, or maxTail bytes on.
func clauseEnd(text string, start, from int) int {
	depth := 0
	for i := start; i < from; i++ {
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		}
	}
	limit := min(len(text), from+maxTail)
	for i := from; i < limit; i++ {
		switch text[i] {
		case ';', '\n':
			return i
		case '(', '[':
			depth++
		case ')', ']':
			if depth <= 0 {
				return i
			}
			depth--
		case '.':
			if sentenceEnd(text, start, i) {
				return i
			}
		}
	}
	for limit > from && limit < len(text) && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// shift moves a citation read from text[start:] to offsets in text.
func shift(c *Citation, start int) {
	move := func(s *Span) {
		s.Start += start
		s.End += start
	}
	move(&c.Span)
	if c.Repository != nil {
		move(&c.Repository.Span)
	}
	if c.Credit != nil {
		move(&c.Credit.Span)
	}
	for i := range c.Components {
		move(&c.Components[i].Span)
	}
	for i := range c.Problems {
		move(&c.Problems[i].Span)
	}
}
