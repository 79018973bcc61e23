package lexicon

import (
	_ "embed"
	"math"
	"strings"
	"sync"

	"github.com/archivelint/archivelint/checks/lexicon/internal/table"
)

//go:embed lexicon.bin
var embedded string

// SplitLevel is the highest SCOWL level at which a word may be a part of a split word. SCOWL's
// levels 80 and 95 hold joined junk ("aswell", "allis") beside rare real words, so words seen only
// there are known (never flagged) but never offered as parts.
const SplitLevel = 70

// unknownCost is the cost given to words the lexicon lacks: rarer than anything it holds.
const unknownCost = 26.0

// Entry is what the lexicon knows about a word.
type Entry struct {
	// LowerLevel is the SCOWL level (10 very common ... 80 rare) of the all-lower-case form, 0 if
	// the word is only written with capitals.
	LowerLevel int
	// CapLevel is the SCOWL level of a form with capitals (a name, an acronym), 0 if none.
	CapLevel int
	// Cost is -ln of the word's probability in official English prose.
	Cost  float64
	flags uint8
}

// Level is the lowest (most common) SCOWL level of any form, 0 for a word known only from the
// frequency corpus.
func (e Entry) Level() int {
	switch {
	case e.LowerLevel == 0:
		return e.CapLevel
	case e.CapLevel == 0:
		return e.LowerLevel
	}
	return min(e.LowerLevel, e.CapLevel)
}

// Splittable reports whether the word is common enough to be a part of a run-together word.
func (e Entry) Splittable() bool { l := e.Level(); return l != 0 && l <= SplitLevel }

// Function reports whether the word is an English closed-class word (the, of, is, would...).
func (e Entry) Function() bool { return e.Class() != Content }

// Class is the grammatical class of a function word, Content for any other word.
func (e Entry) Class() Class { return Class(e.flags & table.ClassMask >> table.ClassShift) }

// Class is a grammatical class of English function words.
type Class uint8

// The classes. A word has one: "that" is a Determiner, "there" a Subject.
const (
	Content     Class = table.ClassNone
	Determiner  Class = table.ClassDeterminer  // a, the, his, this
	Modifier    Class = table.ClassModifier    // all, such, no, also, then
	Subject     Class = table.ClassSubject     // I, we, it, there, who
	Object      Class = table.ClassObject      // me, them, us
	Preposition Class = table.ClassPreposition // of, to, in, till
	Auxiliary   Class = table.ClassAuxiliary   // is, has, would, cannot, not
	Conjunction Class = table.ClassConjunction // and, or, as, which, when
)

// Abbreviation reports whether SCOWL lists the word as an abbreviation (Mr, etc, Amb).
func (e Entry) Abbreviation() bool { return e.flags&table.FlagAbbreviation != 0 }

// MixedCase reports whether a form of the word has capitals after its first letter (NATO,
// McNamara).
func (e Entry) MixedCase() bool { return e.flags&table.FlagMixedCase != 0 }

// Roman reports whether the word is a roman numeral.
func (e Entry) Roman() bool { return e.flags&table.FlagRoman != 0 }

// CorpusOnly reports whether the word is absent from SCOWL and known only from the frequency
// corpus.
func (e Entry) CorpusOnly() bool { return e.flags&table.FlagCorpusOnly != 0 }

// Lexicon is an English word list with frequencies. A Lexicon is immutable and safe for
// concurrent use; WithWords returns a new one.
type Lexicon struct {
	words table.Table
	extra map[string]Entry // overlay, keyed by lower-case word
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon (SCOWL up to level 80 with State of the Union word
// counts). It is built once, on first use, and shared: it is immutable.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		lex, err := Parse(embedded)
		if err != nil {
			panic("lexicon: embedded data: " + err.Error())
		}
		defaultLex = lex
	})
	return defaultLex
}

// Parse opens lexicon data in the format of lexicon.bin, reading it in place.
func Parse(data string) (*Lexicon, error) {
	t, err := table.Open(data)
	if err != nil {
		return nil, err
	}
	return &Lexicon{words: t}, nil
}

// Len is the number of words in the lexicon, the overlay included.
func (l *Lexicon) Len() int { return l.words.Len() + len(l.extra) }

// Lookup finds a word, ignoring the case of ASCII letters.
func (l *Lexicon) Lookup(word string) (Entry, bool) {
	if rec, ok := l.words.Find(word); ok {
		return Entry{LowerLevel: int(rec.LowerLevel), CapLevel: int(rec.CapLevel), Cost: float64(rec.Cost) / 10, flags: rec.Flags}, true
	}
	if l.extra != nil {
		e, ok := l.extra[strings.ToLower(word)]
		return e, ok
	}
	return Entry{}, false
}

// Known reports whether the word is in the lexicon at any level.
func (l *Lexicon) Known(word string) bool {
	if l.words.Has(word) {
		return true
	}
	_, ok := l.Lookup(word)
	return ok
}

// LogProb is the natural log of the word's probability; words the lexicon lacks get a floor
// below every known word.
func (l *Lexicon) LogProb(word string) float64 {
	if e, ok := l.Lookup(word); ok {
		return -e.Cost
	}
	return -unknownCost
}

// WithWords returns a lexicon that also knows words (a project's vocabulary), leaving l
// unchanged. Added words count as common enough to be parts of a split, with the frequency of a
// rare word.
func (l *Lexicon) WithWords(words ...string) *Lexicon {
	extra := make(map[string]Entry, len(l.extra)+len(words))
	for k, v := range l.extra {
		extra[k] = v
	}
	for _, w := range words {
		if w = strings.TrimSpace(w); w == "" || l.Known(w) {
			continue
		}
		e := Entry{LowerLevel: SplitLevel, Cost: math.Round(unknownCost*0.75*10) / 10}
		if strings.ToLower(w) != w {
			e = Entry{CapLevel: SplitLevel, Cost: e.Cost}
		}
		extra[strings.ToLower(w)] = e
	}
	return &Lexicon{words: l.words, extra: extra}
}
