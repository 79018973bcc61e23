package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// DuplicateBlockKind reports a paragraph that repeats an earlier one of the same document, as
// a scraper or a careless paste leaves it.
var DuplicateBlockKind = NewKind("duplicate_block", `report a paragraph that repeats an earlier paragraph of the document

Paragraphs are compared with their white space collapsed. A repeat right after its original
counts from min_words words (default 8); one further away from min_words_apart (default 80),
since formulas recur in a long document ("I have the honor to be, sir, your obedient
servant", "Subscribed and sworn to before me"). Words are runs of letters: a line of
asterisks is none. The fix, never safe, deletes the repeat. Message variables: line (where
the first copy starts).`, buildDuplicateBlock)

func init() {
	DuplicateBlockKind.Vars = []string{"line"}
	DuplicateBlockKind.DefaultIn = []string{"body"}
}

type duplicateBlockConfig struct {
	MinWords      *int `hcl:"min_words,optional"`
	MinWordsApart *int `hcl:"min_words_apart,optional"`
}

type duplicateBlockCheck struct{ minWords, minWordsApart int }

func buildDuplicateBlock(c *duplicateBlockConfig, b *Build) (Check, hcl.Diagnostics) {
	check := &duplicateBlockCheck{minWords: 8, minWordsApart: 80}
	if c.MinWords != nil {
		check.minWords = *c.MinWords
	}
	if c.MinWordsApart != nil {
		check.minWordsApart = *c.MinWordsApart
	}
	return check, nil
}

// A seenBlock is the first copy of a paragraph: its text and its place among the units.
type seenBlock struct {
	text *Text
	unit int
}

// excerptBytes bounds the part of a repeated paragraph that a finding quotes.
const excerptBytes = 60

func (c *duplicateBlockCheck) Run(p *Pass) {
	seen := map[uint64]seenBlock{}
	unit := -1
	p.Units(func(u Unit) {
		unit++
		key, words := paragraphKey(u.Text.S)
		if words < c.minWords {
			return
		}
		first, ok := seen[key]
		if !ok || !sameWords(first.text.S, u.Text.S) || first.unit != unit-1 && words < c.minWordsApart {
			seen[key] = seenBlock{u.Text, unit}
			return
		}
		line := p.Doc.Source.Pos(first.text.SourceOffset(0)).Line
		s := u.Text.S
		start := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		end := excerptEnd(s, start)
		p.Report(Report{Text: u.Text, Start: start, End: end,
			Message: fmt.Sprintf("this paragraph repeats the one at line %d", line),
			Vars:    map[string]cty.Value{"line": cty.NumberIntVal(int64(line))},
			Fix:     &TextFix{Message: "delete the repeated paragraph", Edits: []Edit{{0, len(s), ""}}, WholeLines: true},
		})
	})
}

// paragraphKey hashes s with its white space collapsed (FNV-1a) and counts its words, runs of
// letters.
func paragraphKey(s string) (uint64, int) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	words, inWord, space := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space, inWord = true, false
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		h = (h ^ uint64(c)) * prime
		letter := c >= utf8.RuneSelf || c|0x20 >= 'a' && c|0x20 <= 'z' // non-ASCII bytes: letters, near enough
		if letter && !inWord {
			words++
		}
		inWord = letter
	}
	return h, words
}

// sameWords compares two paragraphs with their white space collapsed.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// excerptEnd ends an excerpt of s at a word boundary near excerptBytes, or at the line end.
func excerptEnd(s string, start int) int {
	end := len(s)
	if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
		end = start + i
	}
	if end-start <= excerptBytes {
		return end
	}
	if i := strings.LastIndexByte(s[start:start+excerptBytes], ' '); i > 0 {
		return start + i
	}
	return start + excerptBytes
}
