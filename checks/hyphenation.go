package checks

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks/lexicon"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// HyphenationKind reports a word that a line break or a stray space still splits after its
// hyphen: "nego-" at a line end with "tiations" on the next, "custom- house".
var HyphenationKind = NewKind("hyphenation", `report a word left hyphenated across a line break or a space ("nego- tiations")

A word, a hyphen, white space (at most one line break), then a word in lower case: reported
only when the two halves joined are a word of the lexicon, so that compounds ("Soviet-
bloc") and suspended hyphens ("pre- and post-war") are left alone. The suggestion and the
fix (safe with safe_fix) are the joined word. Attributes: safe_fix, min_part (the shortest
half considered, default 2). Message variables: joined.`, buildHyphenation)

func init() {
	HyphenationKind.Vars = []string{"joined"}
	HyphenationKind.DefaultIn = []string{"body"}
}

type hyphenationConfig struct {
	SafeFix bool `hcl:"safe_fix,optional"`
	MinPart *int `hcl:"min_part,optional"`
}

type hyphenationCheck struct {
	lex     *lexicon.Lexicon
	safe    bool
	minPart int
}

func buildHyphenation(c *hyphenationConfig, b *Build) (Check, hcl.Diagnostics) {
	check := &hyphenationCheck{lex: lexicon.Default(), safe: c.SafeFix, minPart: 2}
	if c.MinPart != nil {
		check.minPart = *c.MinPart
	}
	return check, nil
}

func (c *hyphenationCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		s := u.Text.S
		for i := 0; i < len(s); i++ {
			if s[i] != '-' {
				continue
			}
			leftStart := runStart(s, i, unicode.IsLetter)
			if i-leftStart < c.minPart || leftStart > 0 && !breaksWord(s, leftStart) {
				continue
			}
			rightStart, ok := afterBreak(s, i+1)
			if !ok {
				continue
			}
			rightEnd := runEnd(s, rightStart, unicode.IsLetter)
			if rightEnd-rightStart < c.minPart || !lowerAt(s, rightStart) || rightEnd < len(s) && continuesWord(s, rightEnd) {
				continue
			}
			joined := s[leftStart:i] + s[rightStart:rightEnd]
			if !c.lex.Known(joined) {
				continue
			}
			p.Report(Report{Text: u.Text, Start: leftStart, End: rightEnd,
				Message:    fmt.Sprintf("%q is split by a hyphenation break: %q", s[leftStart:i+1], joined),
				Suggestion: joined,
				Vars:       map[string]cty.Value{"joined": cty.StringVal(joined)},
				Fix:        &TextFix{Message: fmt.Sprintf("join the halves into %q", joined), Safe: c.safe, Edits: []Edit{{i, rightStart, ""}}},
			})
			i = rightEnd - 1
		}
	})
}

// breaksWord reports whether the letters at i start a word: not the second part of a compound
// ("Soviet-bloc mer-") nor glued to a digit or an apostrophe.
func breaksWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’'
}

// continuesWord reports whether the word at i goes on with a hyphen, a digit or an apostrophe.
func continuesWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '-' || r == '\'' || r == '’' || unicode.IsDigit(r)
}

// afterBreak skips the white space after a hyphen: at least one character of it, at most one
// line break, no blank line.
func afterBreak(s string, i int) (int, bool) {
	start, breaks := i, 0
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\r':
		case '\n':
			breaks++
		default:
			return i, i > start && breaks <= 1
		}
		i++
	}
	return i, false
}

func lowerAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}
