package spacing

import (
	"strings"

	"github.com/archivelint/archivelint/checks/lexicon"
)

// Kind names the way a space went missing.
type Kind string

// The kinds of missing space.
const (
	RunTogether        Kind = "run-together"         // letteris: two words glued
	RunTogetherCapital Kind = "run-together-capital" // Sovietauthorities, Szolnokand: a capitalised word glued to the next
	CamelJoin          Kind = "camel-join"           // theAnna: a word glued to a capitalised one (often across markup)
	AfterPeriod        Kind = "missing-space-after-period"
	AfterComma         Kind = "missing-space-after-comma"
	AfterSemicolon     Kind = "missing-space-after-semicolon"
	AfterColon         Kind = "missing-space-after-colon"
)

// Candidate is one place where a single space seems to be missing.
type Candidate struct {
	Start, End int    // byte offsets of Match in the text
	Match      string // the offending token: "letteris", "draft.But"
	Suggestion string // Match with the space inserted: "letter is", "draft. But"
	Insert     int    // byte offset in the text where the space belongs
	Kind       Kind
	Confidence float64 // 0..1
}

// Options carry what the detector knows beyond the text.
type Options struct {
	// Lexicon is the word list; nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Vocabulary holds project word lists and corpus counts; nil means none. For the
	// corpus counts to help, learn every document of the run first, this one included.
	Vocabulary *Vocabulary
	// Recurrence is how many times a token must occur in the Vocabulary to be taken for a real
	// word (a name, a term) rather than a join; 0 means 3.
	Recurrence int
}

// Find returns the places in text where a space seems to be missing, in text order. Give it a
// whole document's rendered text (or a paragraph with a Vocabulary that learned the document):
// some decisions weigh whether a word occurs elsewhere unglued.
func Find(text string, opts Options) []Candidate {
	d := detector{text: text, lex: opts.Lexicon, vocab: opts.Vocabulary, recurrence: opts.Recurrence}
	if d.lex == nil {
		d.lex = lexicon.Default()
	}
	if d.recurrence <= 0 {
		d.recurrence = 3
	}
	d.scan()
	d.settle()
	return d.found
}

type detector struct {
	text       string
	lex        *lexicon.Lexicon
	vocab      *Vocabulary
	recurrence int
	found      []Candidate
	// waiting are candidates that need to know how often words occur in the text; they are
	// decided in one more pass, and only if there are any.
	waiting []waitingCandidate
}

// scan walks the whitespace-separated chunks of the text.
func (d *detector) scan() {
	text := d.text
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			if asciiClass[c] == clsSpace {
				i++
				continue
			}
		} else if _, size, _, space := runeAt(text, i); space {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			c := text[i]
			if c < 0x80 {
				if asciiClass[c] == clsSpace {
					break
				}
				i++
				continue
			}
			_, size, _, space := runeAt(text, i)
			if space {
				break
			}
			i += size
		}
		if i-start >= 4 {
			d.chunk(start, i)
		}
	}
}

// chunk looks at the letter runs of one whitespace-free chunk.
func (d *detector) chunk(start, end int) {
	text := d.text
	c := text[start:end]
	if strings.IndexByte(c, '@') >= 0 || strings.Contains(c, "://") || hasPrefixFold(c, "www.") {
		return // an address: its dots and capitals are its own
	}
	for i := start; i < end; {
		if c := text[i]; c < 0x80 {
			if cls := asciiClass[c]; cls != clsLower && cls != clsUpper {
				i++
				continue
			}
		} else if _, size, letter, _ := runeAt(text, i); !letter {
			i += size
			continue
		}
		ws, ascii := i, true
		for i < end {
			if c := text[i]; c < 0x80 {
				if cls := asciiClass[c]; cls != clsLower && cls != clsUpper {
					break
				}
				i++
				continue
			}
			_, size, letter, _ := runeAt(text, i)
			if !letter {
				break
			}
			ascii = false
			i += size
		}
		d.word(start, end, ws, i, ascii)
	}
}

// word examines the letter run text[ws:we] inside the chunk text[cs:ce].
func (d *detector) word(cs, ce, ws, we int, ascii bool) {
	text := d.text
	if we+1 < ce && strings.IndexByte(".,;:!?", text[we]) >= 0 && isLetterAt(text, we+1) {
		d.punctuation(cs, ce, ws, we)
		return
	}
	if !ascii || we-ws < 4 || we-ws > maxWordLen || !openingBefore(text, cs, ws) || !closingAfter(text, ce, we) {
		return
	}
	d.runTogether(ws, we)
}

// openingBefore reports whether what precedes the word in its chunk lets it stand alone:
// nothing, or an opening bracket, quote or dash; not a digit, hyphen, slash or apostrophe.
func openingBefore(text string, cs, ws int) bool {
	if ws == cs {
		return true
	}
	if c := text[ws-1]; c < 0x80 {
		return strings.IndexByte("([{\"<*", c) >= 0
	}
	for _, p := range []string{"“", "‘", "«", "„", "—"} {
		if strings.HasSuffix(text[cs:ws], p) {
			return true
		}
	}
	return false
}

// closingAfter reports whether what follows the word in its chunk lets it stand alone:
// nothing, closing punctuation, a possessive, or a dash; not a digit, hyphen or a dotted
// abbreviation ("e.g").
func closingAfter(text string, ce, we int) bool {
	if we == ce {
		return true
	}
	c := text[we]
	if c < 0x80 {
		switch {
		case c == '\'':
			return possessive(text, ce, we+1)
		case strings.IndexByte(".,;:!?", c) >= 0:
			return !isLetterAt(text, we+1)
		}
		return strings.IndexByte(")]}\">*", c) >= 0
	}
	rest := text[we:ce]
	if strings.HasPrefix(rest, "’") {
		return possessive(text, ce, we+len("’"))
	}
	for _, p := range []string{"”", "’", "»", "—"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// possessive reports whether an "s" that is not followed by a letter starts at i.
func possessive(text string, ce, i int) bool {
	return i < ce && (text[i] == 's' || text[i] == 'S') && !isLetterAt(text, i+1)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// add records a candidate whose space goes at text offset insert.
func (d *detector) add(start, end, insert int, kind Kind, confidence float64) {
	m := d.text[start:end]
	k := insert - start
	d.found = append(d.found, Candidate{
		Start: start, End: end, Match: m, Suggestion: m[:k] + " " + m[k:],
		Insert: insert, Kind: kind, Confidence: confidence,
	})
}
