package citation

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A slot is an abbreviation in a place where a citation names its repository.
type slot struct {
	span
	lead bool // the citation's first words, not an abbreviation in brackets
}

// checkAbbreviations looks where citations name their repository (their first words, an
// abbreviation in brackets after a full name) for an abbreviation that is not a known one.
// One edit (or a change of case) from a known abbreviation is a misspelling; the known one
// then decides the grammar. Elsewhere an unknown abbreviation is left alone.
func (st *state) checkAbbreviations() {
	for _, sl := range st.slots() {
		if st.mentionStartsAt(sl.start) {
			continue
		}
		text := st.s[sl.start:sl.end]
		best, tied := st.p.nearest(text, st.initialsBefore(sl))
		switch {
		case best != nil && best.text == text:
			continue // known, though not where a mention would start ("'AN")
		case best != nil && tied == nil:
			st.addProblem(MisspelledRepository, sl.span,
				fmt.Sprintf("%q is not a known repository; did you mean %q?", text, best.text), best.text)
		case best != nil:
			st.addProblem(MisspelledRepository, sl.span,
				fmt.Sprintf("%q is not a known repository; did you mean %q or %q?", text, best.text, tied.text), "")
		case sl.lead && st.mode == fieldMode && len(st.mentions) == 0 && st.leadsSegment(sl.end):
			st.addProblem(UnknownRepository, sl.span, fmt.Sprintf("%q is not a repository any archive grammar knows", text), "")
			continue
		default:
			continue
		}
		st.dropMentionsIn(sl.span)
		st.addMention(mention{span: sl.span, entry: *best})
	}
}

// slots returns the places where a repository abbreviation is expected: the start of the
// citation, and an abbreviation right inside an opening bracket or right before a closing
// one ("(AVP RF)", "(NARA", "BStU)").
func (st *state) slots() []slot {
	var out []slot
	for _, r := range st.regions {
		if r.end <= r.start {
			continue
		}
		i := r.start
		for i < r.end && strings.IndexByte("([\"", st.s[i]) >= 0 {
			i++
		}
		if e := acronymEnd(st.s[:r.end], i); e > i {
			out = append(out, slot{span{i, e}, true})
		}
		break
	}
	for _, r := range st.regions {
		for i := r.start; i < r.end; i++ {
			switch st.s[i] {
			case '(':
				a := skipSpaces(st.s, i+1)
				if e := acronymEnd(st.s[:r.end], a); e > a && closesSlot(st.s, e, r.end) {
					out = append(out, slot{span: span{a, e}})
				}
			case ')':
				if a := acronymBefore(st.s, r.start, i); a < i {
					out = append(out, slot{span: span{a, i}})
				}
			}
		}
	}
	return out
}

// closesSlot reports whether an abbreviation after "(" ending at e stands alone: a closing
// bracket, a comma or the end follows.
func closesSlot(s string, e, end int) bool {
	k := skipSpaces(s, e)
	return k >= end || strings.IndexByte("),;", s[k]) >= 0
}

// maxAcronym bounds the bytes of an abbreviation looked for before a closing bracket.
const maxAcronym = 48

// acronymBefore returns the start of an abbreviation that ends exactly at byte end, after a
// blank or an opening bracket; end when there is none.
func acronymBefore(s string, start, end int) int {
	for a := max(start, end-maxAcronym); a < end; a++ {
		if !wordStart(s, a) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsUpper(r) {
			continue
		}
		if acronymEnd(s[:end], a) == end {
			if a == start {
				return a
			}
			p, _ := utf8.DecodeLastRuneInString(s[:a])
			if isSpace(p) || p == '(' || p == ',' {
				return a
			}
		}
	}
	return end
}

// leadsSegment reports whether an abbreviation ending at e is the whole first segment of a
// citation, or is followed by a number ("PRC FMA 109-00928-03"): where a repository stands.
func (st *state) leadsSegment(e int) bool {
	k := skipSpaces(st.s, e)
	if k >= len(st.s) {
		return true
	}
	c := st.s[k]
	return c == ',' || c == '.' || c == ';' || c == '(' || (k > e && c >= '0' && c <= '9')
}

func (st *state) mentionStartsAt(i int) bool {
	k := sort.Search(len(st.mentions), func(k int) bool { return st.mentions[k].start >= i })
	return k < len(st.mentions) && st.mentions[k].start == i
}

// addMention inserts m, keeping mentions in order of their start.
func (st *state) addMention(m mention) {
	k := sort.Search(len(st.mentions), func(k int) bool { return st.mentions[k].start >= m.start })
	st.mentions = slices.Insert(st.mentions, k, m)
}

func (st *state) dropMentionsIn(sp span) {
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.end <= sp.start || m.start >= sp.end {
			kept = append(kept, m)
		}
	}
	st.mentions = kept
}

// maxName bounds the bytes of a full name read for its initials.
const maxName = 160

// initialsBefore returns the initials of the capitalised words before a bracketed slot
// ("Archiwum Ministerstwa Spraw Zagranicznych (" gives "AMSZ"), to choose between equally
// near abbreviations.
func (st *state) initialsBefore(sl slot) string {
	if sl.lead {
		return ""
	}
	end := strings.LastIndexByte(st.s[:sl.start], '(')
	if end < 0 {
		return ""
	}
	from := max(0, end-maxName)
	start := from + strings.LastIndexAny(st.s[from:end], ",;\n") + 1
	var b strings.Builder
	for _, w := range strings.Fields(st.s[start:end]) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nearest returns the known abbreviation nearest to text, if it is near enough to be a
// misspelling of it: the same letters in another case; or, for four letters or more, one
// edit away with the first letter kept; or, for shorter ones, two neighbours swapped. Of
// several equally near, a swap beats another edit, and one matching the initials of the
// name before the bracket beats the rest; tied is the runner-up when still undecided.
func (p *Parser) nearest(text, initials string) (best, tied *nameEntry) {
	type cand struct {
		e     *nameEntry
		score int
	}
	var cands []cand
	letters := strings.ReplaceAll(text, " ", "")
	n := utf8.RuneCountInString(letters)
	runes := utf8.RuneCountInString(text)
	for i := range p.abbreviations {
		e := &p.abbreviations[i]
		if diff := runes - e.runes; diff > 1 || diff < -1 {
			continue // more than one edit apart
		}
		d := editDistance(text, e.text)
		if d > 1 {
			continue
		}
		swap := sameLetters(text, e.text)
		switch {
		case d == 0:
		case n >= 4 && (firstLetterEqual(text, e.text) || swap):
		case n >= 2 && swap:
		default:
			continue
		}
		score := 4 * d
		if d == 1 && !swap {
			score += 2
		}
		if !firstLetterEqual(text, e.text) {
			score++
		}
		if initials != "" && strings.ReplaceAll(e.text, " ", "") == initials {
			score -= 2
		}
		cands = append(cands, cand{e, score})
	}
	if len(cands) == 0 {
		return nil, nil
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		// Between spellings of one repository, suggest its canonical abbreviation.
		return cands[i].e.text == cands[i].e.repo.Name && cands[j].e.text != cands[j].e.repo.Name
	})
	best = cands[0].e
	for _, c := range cands[1:] {
		if c.score == cands[0].score && c.e.repo != best.repo {
			return best, c.e
		}
	}
	return best, nil
}

func firstLetterEqual(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.ToUpper(ra) == unicode.ToUpper(rb)
}

// sameLetters reports whether a and b hold the same letters, without regard to order and case.
func sameLetters(a, b string) bool {
	ra := []rune(strings.ToUpper(strings.ReplaceAll(a, " ", "")))
	rb := []rune(strings.ToUpper(strings.ReplaceAll(b, " ", "")))
	if len(ra) != len(rb) {
		return false
	}
	sort.Slice(ra, func(i, j int) bool { return ra[i] < ra[j] })
	sort.Slice(rb, func(i, j int) bool { return rb[i] < rb[j] })
	return string(ra) == string(rb)
}
