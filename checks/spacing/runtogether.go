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
)

// compoundParticles are heads that form closed compounds with the word after them
// (overfulfilment, underestimate, outnumber, upturn): a split there is not trusted.
var compoundParticles = setOf("over", "under", "out", "up", "down", "off", "after", "back", "by",
	"fore", "through", "with", "counter", "self", "non", "anti", "super", "inter", "sub", "for")

// referenceHeads form compounds with a particle after them (therein, whereupon, herewith).
var referenceHeads = setOf("there", "where", "here", "when", "what", "who", "how", "how",
	"which", "some", "any", "every", "no", "none")

// particles are the tails of such compounds.
var particles = setOf("in", "on", "of", "to", "by", "at", "for", "with", "from", "upon", "after",
	"under", "unto", "over", "about", "before", "through", "out", "as", "within", "into", "soever",
	"ever", "one", "body", "thing", "where", "how", "what", "way", "ways", "time", "times", "so")

// nameParticles start surnames written solid with a capital after them (deGaulle, vonBraun).
var nameParticles = setOf("de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "del",
	"della", "dos", "das", "mc", "mac", "al", "el", "ibn", "bin", "ben", "ter", "ten", "zu", "fitz")

// nameTails are function words common enough that a name glued to one is worth flagging when
// there is evidence the name stands alone (Szolnokand, Kosygin is not Kosyg+in).
var nameTails = setOf("and", "the", "of", "in", "to", "is", "was", "has", "had", "be", "will",
	"would", "that", "which", "with", "for", "from", "by", "were", "are", "at", "or", "not", "but")

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
		if !d.vocab.Rejected(w) {
			return
		}
	} else if d.vocab.Accepted(w) {
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

// compound reports whether head+tail reads as a closed compound rather than a join.
func compound(head, tail string, tailEntry lexicon.Entry) bool {
	h, t := strings.ToLower(head), strings.ToLower(tail)
	switch {
	case compoundParticles[h] && !tailEntry.Function():
		return true
	case referenceHeads[h] && particles[t]:
		return true
	}
	return false
}

// lowerJoin: an unknown lower-case word that is a function word glued to a word
// ("letteris", "theiroperations", "andto"). Two content words glued are left alone: English
// writes new compounds solid.
func (d *detector) lowerJoin(ws, we int) {
	w := d.text[ws:we]
	s, ok := d.bestSplit(w, 1)
	if !ok || !(s.head.Function() || s.tail.Function()) || compound(w[:s.at], w[s.at:], s.tail) {
		return
	}
	bothFunction := s.head.Function() && s.tail.Function()
	if s.at == 1 && len(w)-1 < 4 {
		return // "a" glued to a short word is too often a real word ("aver", "ahem")
	}
	if !bothFunction && d.recurs(w) {
		return
	}
	confidence := 0.85
	if bothFunction {
		confidence = 0.95
	}
	d.await(waitingCandidate{start: ws, end: we, insert: ws + s.at, kind: RunTogether, confidence: confidence, foreignCheck: true})
}

// capitalJoin: an unknown capitalised word that is a word or name glued to the next
// ("Sovietauthorities", "Hungaryin", "Ibelieve", "Szolnokand").
func (d *detector) capitalJoin(ws, we int) {
	w := d.text[ws:we]
	if d.recurs(w) {
		return
	}
	s, ok := d.bestSplit(w, 1)
	if ok && !compound(w[:s.at], w[s.at:], s.tail) {
		head, tail := w[:s.at], w[s.at:]
		c := waitingCandidate{start: ws, end: we, insert: ws + s.at, kind: RunTogetherCapital, foreignCheck: true}
		switch {
		case s.head.Function():
			// "Ibelieve", "Wecannot", "Theiroperations"; not "Ilie Verdet", a name.
			if head == "I" && (len(tail) < 4 || nextWordCapitalised(d.text, we)) {
				break
			}
			c.confidence = 0.9
			d.await(c)
			return
		case s.tail.Function() && len(tail) >= 2 && len(head) >= 5 && nameTails[tail]:
			// "Hungaryin", "Committeesin", "Kissingerbe": a known word or name and a very
			// common function word.
			c.confidence = 0.8
			d.await(c)
			return
		case !s.tail.Function() && s.head.CapLevel != 0 && s.head.CapLevel <= 50 &&
			(s.head.LowerLevel == 0 || s.head.LowerLevel > s.head.CapLevel) &&
			len(head) >= 4 && len(tail) >= 4 && s.tail.LowerLevel != 0 && s.tail.LowerLevel <= 35:
			// "Sovietauthorities": a proper adjective or name glued to a common word; names
			// made of two words (Newcastle) are in the lexicon, so ask the text for the head
			// standing alone.
			c.confidence = 0.75
			c.needHead = true
			d.await(c)
			return
		}
	}
	d.nameJoin(ws, we)
}

// nameJoin: an unknown name glued to a common function word ("Szolnokand"). Flagged only with
// evidence: the next word continues the phrase (a capitalised word after "and"/"or", as in "X
// and Y"), or the name stands alone elsewhere in the text or the corpus.
func (d *detector) nameJoin(ws, we int) {
	w := d.text[ws:we]
	for tl := 3; tl >= 2; tl-- {
		head, tail := w[:len(w)-tl], w[len(w)-tl:]
		if len(head) < minNameLen || !nameTails[tail] {
			continue
		}
		c := waitingCandidate{start: ws, end: we, insert: we - tl, kind: RunTogetherCapital, confidence: 0.7, foreignCheck: true}
		if tail == "and" && nextWordCapitalised(d.text, we) && prevWordLower(d.text, ws) {
			d.await(c)
			return
		}
		if d.vocab.Count(head) >= 1 {
			d.await(c)
			return
		}
		c.needHead = true
		d.await(c)
		return
	}
}

// camelJoin: a lower-case word glued to a capitalised one ("theAnna", often markup that
// rendered without its space).
func (d *detector) camelJoin(ws, we, at int) {
	w := d.text[ws:we]
	head, tail := w[:at], w[at:]
	if len(head) < 2 || len(tail) < 2 || nameParticles[head] || d.recurs(w) {
		return
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
