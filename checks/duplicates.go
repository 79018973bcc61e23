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

Paragraphs are compared with their white space collapsed; short ones ("Top Secret", a
signature) repeat legitimately and are skipped. Attributes: min_words (shorter paragraphs are
not compared; default 8). The fix, never safe, deletes the repeat. Message variables: line
(where the first copy starts).`, buildDuplicateBlock)

func init() {
	DuplicateBlockKind.Vars = []string{"line"}
	DuplicateBlockKind.DefaultIn = []string{"body"}
}

type duplicateBlockConfig struct {
	MinWords *int `hcl:"min_words,optional"`
}

type duplicateBlockCheck struct{ minWords int }

func buildDuplicateBlock(c *duplicateBlockConfig, b *Build) (Check, hcl.Diagnostics) {
	check := &duplicateBlockCheck{minWords: 8}
	if c.MinWords != nil {
		check.minWords = *c.MinWords
	}
	return check, nil
}

// excerptBytes bounds the part of a repeated paragraph that a finding quotes.
const excerptBytes = 60

func (c *duplicateBlockCheck) Run(p *Pass) {
	seen := map[string]*Text{}
	p.Units(func(u Unit) {
		fields := strings.FieldsFunc(u.Text.S, unicode.IsSpace)
		if len(fields) < c.minWords {
			return
		}
		key := strings.Join(fields, " ")
		first, ok := seen[key]
		if !ok {
			seen[key] = u.Text
			return
		}
		line := p.Doc.Source.Pos(first.SourceOffset(0)).Line
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
