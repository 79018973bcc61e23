package spacing

import (
	"strings"

	"github.com/archivelint/archivelint/checks/lexicon"
)

// Parts of a split longer than this many letters may be any splittable word; shorter ones must
// be function words or common words (3 letters).
const (
	maxThreeLetterCost = 13.0 // -ln p: "act", "war", "new" pass; "ado", "ort" do not
	minNameLen         = 4
	// maxPrefixTailCost bounds the word after a prefix-like head: "as possible", "an increase"
	// pass; "in application", "as sentiment" (inapplication, assentiment) do not.
	maxPrefixTailCost = 8.6
	// maxLatinHeadCost bounds the word before a glued "is": "letter is" passes, "flagrant is"
	// does not.
	maxLatinHeadCost = 10.5
)

// compoundParticles are heads that form closed compounds with the word after them
// (overfulfilment, underestimate, outnumber, beforementioned).
var compoundParticles = setOf("over", "under", "out", "up", "down", "off", "after", "back", "by",
	"fore", "before", "through", "with", "for", "there", "where", "here", "herein", "therein",
	"hereto", "thereto", "whereof", "thereof", "when", "what", "who", "how", "which", "some", "any",
	"every", "no", "none")

// compoundTails make compounds after a content word (wornout, breakdown, resultless).
var compoundTails = setOf("out", "up", "down", "off", "over", "less", "most", "in", "on", "by",
	"about", "below", "above")

// referenceHeads form compounds with a preposition after them (thereout, herefrom, whereunder).
var referenceHeads = setOf("there", "where", "here")

// prefixHeads are function words that are also common English prefixes (inforced, become,
// attempt): after them only a common word is a plausible second half.
var prefixHeads = setOf("a", "an", "in", "be", "at", "as", "am", "on", "to")

// shortTails are the two-letter function words that end a join after a content word; others
// ("us", "as", "or", "an") mostly end Latin, Romance or misspelt words (transitus, steamor).
var shortTails = setOf("of", "to", "in", "on", "is", "at", "by", "be", "it")

// nameParticles start surnames written solid with a capital after them (deGaulle, vonBraun).
var nameParticles = setOf("de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "del",
	"della", "dos", "das", "mc", "mac", "al", "el", "ibn", "bin", "ben", "ter", "ten", "zu", "fitz")

// capitalTails are function words that may follow a known word or name glued to them
// ("Hungaryin", "Indiahas", "Kissingerbe"); tails that often end names (-by, -is, -on, -to)
// are left out.
var capitalTails = setOf("and", "the", "of", "in", "has", "had", "was", "were", "will", "would",
	"be", "that", "which", "with", "for", "from", "are", "not", "but")

// nameTails are those that may follow an unknown name ("Szolnokand") given evidence.
var nameTails = setOf("and", "the", "of", "has", "had", "was", "were", "will", "would", "that",
	"which", "with", "from")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// split is a way to cut a word in two.
type split struct {
	at         int
	head, tail lexicon.Entry
	cost       float64
}

// runTogether judges a stand-alone ASCII letter run text[ws:we] of 4 letters or more.
func (d *detector) runTogether(ws, we int) {
	w := d.text[ws:we]
	shape, camelAt := shapeOf(w)
	if shape == shapeOther {
		return
	}
	if d.lex.Known(w) {
		if d.vocab == nil || !d.vocab.Rejected(w) {
			return
		}
	} else if d.vocab != nil && d.vocab.Accepted(w) {
		return
	}
	switch shape {
	case shapeLower:
		d.lowerJoin(ws, we)
	case shapeCapital:
		d.capitalJoin(ws, we)
	case shapeCamel:
		d.camelJoin(ws, we, camelAt)
	}
}

// part looks up one side of a split and says whether it may be one.
func (d *detector) part(s string, head bool) (lexicon.Entry, bool) {
	switch len(s) {
	case 1:
		// Only "a" and "I" are words of one letter, and only at the front of a join.
		if head && (s == "a" || s == "I") {
			e, ok := d.lex.Lookup(s)
			return e, ok
		}
		return lexicon.Entry{}, false
	}
	e, ok := d.lex.Lookup(s)
	if !ok {
		if d.vocab.Accepted(s) {
			return lexicon.Entry{LowerLevel: lexicon.SplitLevel, Cost: 20}, true
		}
		return e, false
	}
	if !e.Splittable() || e.Roman() {
		return e, false
	}
	switch {
	case len(s) == 2:
		return e, e.Function()
	case len(s) == 3:
		return e, e.Function() || e.Cost <= maxThreeLetterCost && e.LowerLevel != 0
	}
	return e, true
}

// bestSplit is the most probable cut of w into two allowed parts.
func (d *detector) bestSplit(w string, minHead int) (split, bool) {
	var best split
	found := false
	for at := max(minHead, 1); at < len(w)-1; at++ {
		head, ok := d.part(w[:at], true)
		if !ok {
			continue
		}
		tail, ok := d.part(w[at:], false)
		if !ok {
			continue
		}
		if c := head.Cost + tail.Cost; !found || c < best.cost {
			best, found = split{at: at, head: head, tail: tail, cost: c}, true
		}
	}
	return best, found
}

// pairFollows reports whether function word classes a, b can follow each other in English
// ("to the", "it is", "has been"; not "the less", "us us", "in during").
func pairFollows(a, b lexicon.Class, head string) bool {
	switch a {
	case lexicon.Determiner:
		return false
	case lexicon.Modifier:
		return b != lexicon.Modifier
	case lexicon.Subject:
		return b == lexicon.Auxiliary || b == lexicon.Preposition || b == lexicon.Modifier || b == lexicon.Conjunction
	case lexicon.Object:
		return b == lexicon.Preposition || b == lexicon.Conjunction || b == lexicon.Modifier
	case lexicon.Preposition:
		return b == lexicon.Determiner || b == lexicon.Subject || b == lexicon.Object ||
			b == lexicon.Modifier || (head == "to" && b == lexicon.Auxiliary)
	case lexicon.Auxiliary:
		return b != lexicon.Subject || len(head) > 2
	case lexicon.Conjunction:
		return b != lexicon.Conjunction
	}
	return false
}

// article reports whether "a"/"an" agrees with the first letter of the next word.
func article(head, tail string) bool {
	vowel := strings.IndexByte("aeiouAEIOU", tail[0]) >= 0
	switch head {
	case "a", "A":
		return !vowel
	case "an", "An":
		return vowel
	}
	return true
}

// lowerJoin: an unknown lower-case word that is a function word glued to another word
// ("letteris", "theiroperations", "andto"). Two content words glued are left alone: English
// writes new compounds solid.
func (d *detector) lowerJoin(ws, we int) {
	w := d.text[ws:we]
	s, ok := d.bestSplit(w, 1)
	if !ok {
		return
	}
	head, tail := w[:s.at], w[s.at:]
	hc, tc := s.head.Class(), s.tail.Class()
	confidence := 0.85
	switch {
	case hc != lexicon.Content && tc != lexicon.Content:
		if !pairFollows(hc, tc, head) || referenceHeads[head] && tc == lexicon.Preposition {
			return // "the less", "us us"; "thereout", "herefrom" are compounds
		}
		confidence = 0.95
	case hc != lexicon.Content:
		if compoundParticles[head] || !article(head, tail) || len(tail) < 4 || s.tail.Cost > 11.5 ||
			len(head) <= 2 && s.tail.Cost > 10.5 || prefixHeads[head] && s.tail.Cost > maxPrefixTailCost {
			return
		}
	case tc != lexicon.Content:
		if compoundTails[tail] || len(tail) == 2 && (len(head) < 5 || !shortTails[tail]) ||
			tail == "is" && s.head.Cost > maxLatinHeadCost {
			return // "mortis", "flagrantis" end in Latin -is
		}
	default:
		return
	}
	if confidence < 0.95 && d.recurs(w) || d.misspelt(w, s.cost) {
		return
	}
	d.await(waitingCandidate{start: ws, end: we, insert: ws + s.at, kind: RunTogether, confidence: confidence, foreignCheck: true})
}

// capitalJoin: an unknown capitalised word that is a word or name glued to the next
// ("Sovietauthorities", "Hungaryin", "Ibelieve", "Wecannot", "Szolnokand"). Capitalised
// unknown words are mostly names, so each shape needs its own evidence.
func (d *detector) capitalJoin(ws, we int) {
	w := d.text[ws:we]
	if d.recurs(w) {
		return
	}
	s, ok := d.bestSplit(w, 1)
	if !ok {
		d.nameJoin(ws, we)
		return
	}
	head, tail := w[:s.at], w[s.at:]
	hc, tc := s.head.Class(), s.tail.Class()
	nextCapital := nextWordCapitalised(d.text, we)
	c := waitingCandidate{start: ws, end: we, insert: ws + s.at, kind: RunTogetherCapital, foreignCheck: true}
	switch {
	case head == "I":
		// "Ibelieve"; not "Ilie Verdet" nor "Iseals".
		if tc == lexicon.Content && (len(tail) < 4 || s.tail.Cost > 10 || nextCapital) {
			return
		}
		c.confidence = 0.9
	case hc != lexicon.Content && tc != lexicon.Content:
		// "Wecannot", "Inthe"; names like "Orme", "Ando", "Meare" fail the grammar.
		if !pairFollows(hc, tc, strings.ToLower(head)) || len(head) == 2 && !(hc == lexicon.Subject && tc == lexicon.Auxiliary ||
			hc == lexicon.Preposition && tc == lexicon.Determiner) {
			return
		}
		c.confidence = 0.9
	case hc != lexicon.Content:
		// "Theiroperations"; names like "Helens", "Orban", "Everman" start with short
		// function words.
		if len(head) < 3 || hc != lexicon.Determiner && hc != lexicon.Preposition ||
			compoundParticles[strings.ToLower(head)] || !article(head, tail) ||
			len(tail) < 4 || s.tail.Cost > 12 || nextCapital {
			return
		}
		c.confidence = 0.85
	case tc != lexicon.Content:
		// "Hungaryin", "Committeesin", "Indiahas", "Kissingerbe": a known word or name and a
		// common function word. "Augustin", "Constantin" are names: before a capital, "in"
		// needs a head that is only ever a name.
		if !capitalTails[tail] || len(head) < 5 || len(tail) == 2 && len(head) < 6 ||
			tail == "in" && s.head.LowerLevel != 0 && !nextWordLower(d.text, we) {
			return
		}
		c.confidence = 0.8
	default:
		// "Sovietauthorities": a proper adjective or place glued to a very common word. Names
		// made of two words (Newcastle) are in the lexicon; ask the text for the head
		// standing alone.
		if s.head.CapLevel == 0 || s.head.CapLevel > 50 || s.head.LowerLevel != 0 && s.head.LowerLevel <= s.head.CapLevel ||
			len(head) < 4 || len(tail) < 4 || s.tail.LowerLevel == 0 || s.tail.LowerLevel > 20 || s.tail.Cost >= 10 {
			return
		}
		c.confidence = 0.75
		c.needHead = true
	}
	d.await(c)
}

// nameJoin: an unknown name glued to a common function word ("Szolnokand"). Flagged only with
// evidence: "X and Y" with a capitalised Y after a lower-case word, or the name standing alone
// elsewhere in the text or the corpus.
func (d *detector) nameJoin(ws, we int) {
	w := d.text[ws:we]
	for tl := 5; tl >= 2; tl-- {
		if len(w)-tl < minNameLen {
			continue
		}
		head, tail := w[:len(w)-tl], w[len(w)-tl:]
		if !nameTails[tail] || d.lex.Known(head) {
			continue
		}
		c := waitingCandidate{start: ws, end: we, insert: we - tl, kind: RunTogetherCapital, confidence: 0.7, foreignCheck: true}
		switch {
		case tail == "and" && nextWordCapitalised(d.text, we) && prevWordLower(d.text, ws):
		case d.vocab.Count(head) >= 1:
		default:
			c.needHead = true
		}
		d.await(c)
		return
	}
}

// camelJoin: a lower-case word glued to a capitalised one ("theAnna", often markup that
// rendered without its space).
func (d *detector) camelJoin(ws, we, at int) {
	w := d.text[ws:we]
	head, tail := w[:at], w[at:]
	if len(head) < 2 || len(tail) < 3 || nameParticles[head] || d.recurs(w) {
		return
	}
	if !d.lex.Known(tail) && d.vocab.Count(tail) < 2 {
		return // "beUigerent": a misread letter, not a join
	}
	e, ok := d.part(head, true)
	if !ok {
		return
	}
	confidence := 0.75
	if e.Function() {
		confidence = 0.9
	}
	d.await(waitingCandidate{start: ws, end: we, insert: ws + at, kind: CamelJoin, confidence: confidence})
}

// recurs reports whether the corpus holds the token often enough to be a real word.
func (d *detector) recurs(w string) bool {
	return d.vocab != nil && d.vocab.Count(w) >= d.recurrence
}

// prevWordLower reports whether the word before the space ending at i is lower-case, as
// in "vicinity of Szolnokand Cegléd" and unlike a name after a title ("Comrade Rolland Smith").
func prevWordLower(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	c := text[i-2]
	for j := i - 2; j >= 0 && text[j] != ' ' && text[j] != '\n'; j-- {
		c = text[j]
	}
	return c < 0x80 && asciiClass[c] == clsLower
}

// nextWordLower reports whether the word after the space following i starts with a lower-case
// ASCII letter.
func nextWordLower(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && asciiClass[text[i+1]&0x7f] == clsLower && text[i+1] < 0x80
}

// nextWordCapitalised reports whether the word after the space following i starts with a
// capital.
func nextWordCapitalised(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	i++
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c >= 0x80 {
		r, _, letter, _ := runeAt(text, i)
		return letter && strings.ToUpper(string(r)) == string(r)
	}
	return asciiClass[c] == clsUpper
}

// misspelt reports whether w is one letter away (a letter missing or wrong) from a word that is
// more probable than the split: "thoughout" is "throughout" misspelt, not "though out".
func (d *detector) misspelt(w string, splitCost float64) bool {
	if len(w) >= maxWordLen {
		return false
	}
	var buf [maxWordLen + 1]byte
	lower, _ := lowerInto(buf[:], w)
	probe := func(cand []byte) bool {
		e, ok := d.lex.Lookup(string(cand))
		return ok && e.Splittable() && e.Cost < splitCost
	}
	var edit [maxWordLen + 1]byte
	for i := 0; i <= len(lower); i++ {
		copy(edit[:i], lower[:i])
		copy(edit[i+1:], lower[i:])
		for c := byte('a'); c <= 'z'; c++ {
			edit[i] = c
			if probe(edit[:len(lower)+1]) {
				return true
			}
		}
	}
	for i := 0; i < len(lower); i++ {
		copy(edit[:], lower)
		for c := byte('a'); c <= 'z'; c++ {
			if c == lower[i] {
				continue
			}
			edit[i] = c
			if probe(edit[:len(lower)]) {
				return true
			}
		}
	}
	return false
}
