package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// DoubleSpaceKind reports two or more spaces between words. It reads the source, not only the
// rendering: a TEI reader collapses "the  treaty" to one space, yet the file holds two.
var DoubleSpaceKind = NewKind("double_space", `report two or more spaces between two words ("against  the")

The spaces are counted in the source, so that a run that XML rendering collapsed to one
space is still found; a run that holds a line break is layout, not a defect. Attributes:
between (an RE2 character class the characters on both sides of the run must belong to;
default letters and digits, so that two spaces after a full stop are left alone), safe_fix.
The fix leaves one space. Message variables: spaces (how many).`, buildDoubleSpace)

func init() {
	DoubleSpaceKind.Vars = []string{"spaces"}
	DoubleSpaceKind.DefaultIn = []string{"body"}
}

type doubleSpaceConfig struct {
	Between      *string   `hcl:"between,optional"`
	BetweenRange hcl.Range `hcl:"between,attr_value_range"`
	SafeFix      bool      `hcl:"safe_fix,optional"`
}

type doubleSpaceCheck struct {
	between *runeSet
	safe    bool
}

func buildDoubleSpace(c *doubleSpaceConfig, b *Build) (Check, hcl.Diagnostics) {
	class := `[\pL\pN]`
	if c.Between != nil {
		class = *c.Between
	}
	between, diags := parseRuneSet(class, c.BetweenRange)
	if diags.HasErrors() {
		return nil, diags
	}
	return &doubleSpaceCheck{between: between, safe: c.SafeFix}, nil
}

func (c *doubleSpaceCheck) Run(p *Pass) {
	src := p.Doc.Source.Bytes
	p.Units(func(u Unit) {
		t := u.Text
		for _, sp := range t.spans {
			if sp.exact {
				c.verbatimRuns(p, t, sp.text, sp.text+sp.textLen)
				continue
			}
			// A run the rendering collapsed: one space standing for two or more in the source.
			if sp.textLen == 1 && t.S[sp.text] == ' ' && sp.srcLen >= 2 && onlyBlanks(src[sp.src:sp.src+sp.srcLen]) {
				c.check(p, t, sp.text, sp.text+1, sp.src, sp.src+sp.srcLen)
			}
		}
	})
}

// onlyBlanks reports whether b is spaces and tabs only. (A TEI rendering collapses every line
// end and indentation of the source into a space: this is asked of nearly every line.)
func onlyBlanks(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// verbatimRuns finds runs of two or more spaces in t.S[from:to], which is the source as written.
func (c *doubleSpaceCheck) verbatimRuns(p *Pass, t *Text, from, to int) {
	s := t.S[:to]
	for i := from; ; {
		k := strings.Index(s[i:], "  ")
		if k < 0 {
			return
		}
		start := i + k
		end := start + 2
		for end < len(s) && (s[end] == ' ' || s[end] == '\t') {
			end++
		}
		a, b := t.SourceRange(start, end)
		c.check(p, t, start, end, a, b)
		i = end
	}
}

// check reports the run t.S[start:end] (source [srcStart, srcEnd)) when words flank it.
func (c *doubleSpaceCheck) check(p *Pass, t *Text, start, end, srcStart, srcEnd int) {
	s := t.S
	if start == 0 || end >= len(s) {
		return
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	if c.between.contains(before) && c.between.contains(after) {
		c.report(p, t, start, end, srcStart, srcEnd)
	}
}

// report quotes the two words around the spaces; offsets and the fix are in the source, where
// the spaces are.
func (c *doubleSpaceCheck) report(p *Pass, t *Text, start, end, srcStart, srcEnd int) {
	wordStart, _ := t.SourceRange(runStart(t.S, start, wordRune), start)
	_, wordEnd := t.SourceRange(end, runEnd(t.S, end, wordRune))
	n := srcEnd - srcStart
	p.Report(Report{Start: wordStart, End: wordEnd,
		Message:    fmt.Sprintf("%d spaces between words", n),
		Suggestion: " ",
		Vars:       map[string]cty.Value{"spaces": cty.NumberIntVal(int64(n))},
		Fix:        &TextFix{Message: "leave one space", Safe: c.safe, Edits: []Edit{{srcStart, srcEnd, " "}}},
	})
}
