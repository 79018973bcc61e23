package checks

import (
	"fmt"
	"strings"
	"unicode"

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
	seen := map[string]seenBlock{}
	unit := -1
	p.Units(func(u Unit) {
		unit++
		words := wordCount(u.Text.S)
		if words < c.minWords {
			return
		}
		key := strings.Join(strings.FieldsFunc(u.Text.S, unicode.IsSpace), " ")
		first, ok := seen[key]
		if !ok || first.unit != unit-1 && words < c.minWordsApart {
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
