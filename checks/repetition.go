package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// RepeatedWordKind reports a word written twice in a row ("the the").
var RepeatedWordKind = NewKind("repeated_word", `report a word written twice in a row ("the the", "of of")

Only white space may separate the two (a line break too); case is ignored, but two
capitalised words are a name ("Walla Walla", "Baden Baden") unless written in capitals.
Attributes: except (words that may legitimately repeat: "that", "had"), allow_after (a map
from a word to the words after which its repetition is grammatical: "referred to to the",
{ to = ["referred"] }), min_length (shorter words are skipped; default 2, so that "Exhibit
B B" passes), skip_numbers (default true), safe_fix. The fix deletes the
second word. Message variables: word.`, buildRepeatedWord)

func init() { RepeatedWordKind.Vars = []string{"word"} }

type repeatedWordConfig struct {
	Except      []string            `hcl:"except,optional"`
	AllowAfter  map[string][]string `hcl:"allow_after,optional"`
	MinLength   *int                `hcl:"min_length,optional"`
	SkipNumbers *bool               `hcl:"skip_numbers,optional"`
	SafeFix     bool                `hcl:"safe_fix,optional"`
}

type repeatedWordCheck struct {
	except      map[string]bool
	allowAfter  map[string]map[string]bool // word -> words after which it may repeat
	minLength   int
	skipNumbers bool
	safe        bool
}

func buildRepeatedWord(c *repeatedWordConfig, b *Build) (Check, hcl.Diagnostics) {
	check := &repeatedWordCheck{except: map[string]bool{}, allowAfter: map[string]map[string]bool{},
		minLength: 2, skipNumbers: true, safe: c.SafeFix}
	for _, w := range c.Except {
		check.except[strings.ToLower(strings.TrimSpace(w))] = true
	}
	for w, before := range c.AllowAfter {
		set := map[string]bool{}
		for _, b := range before {
			set[strings.ToLower(strings.TrimSpace(b))] = true
		}
		check.allowAfter[strings.ToLower(w)] = set
	}
	if c.MinLength != nil {
		check.minLength = *c.MinLength
	}
	if c.SkipNumbers != nil {
		check.skipNumbers = *c.SkipNumbers
	}
	return check, nil
}

func (c *repeatedWordCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		s := u.Text.S
		before, prevStart, prevEnd := "", -1, -1
		for i := 0; i < len(s); {
			start, end := nextWord(s, i)
			if start < 0 {
				return
			}
			if prevStart >= 0 && onlySpace(s[prevEnd:start]) && c.repeated(s[prevStart:prevEnd], s[start:end]) &&
				!c.allowAfter[strings.ToLower(s[start:end])][strings.ToLower(before)] {
				c.report(p, u.Text, prevStart, prevEnd, start, end)
			}
			if prevStart >= 0 {
				before = s[prevStart:prevEnd]
			}
			prevStart, prevEnd = start, end
			i = end
		}
	})
}

// repeated reports whether b repeats a, and is not one of the legitimate repetitions.
func (c *repeatedWordCheck) repeated(a, b string) bool {
	if a[0] < utf8.RuneSelf && b[0] < utf8.RuneSelf && a[0]|0x20 != b[0]|0x20 || !strings.EqualFold(a, b) || utf8.RuneCountInString(a) < c.minLength || c.except[strings.ToLower(a)] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(a)
	if c.skipNumbers && unicode.IsDigit(first) {
		return false
	}
	// "Walla Walla", "Baden Baden", "Pago Pago": a name, unless both are in capitals ("THE THE").
	second, _ := utf8.DecodeRuneInString(b)
	if unicode.IsUpper(first) && unicode.IsUpper(second) && a != strings.ToUpper(a) {
		return false
	}
	return true
}

func (c *repeatedWordCheck) report(p *Pass, t *Text, aStart, aEnd, bStart, bEnd int) {
	word := t.S[bStart:bEnd]
	p.Report(Report{Text: t, Start: aStart, End: bEnd,
		Message:    fmt.Sprintf("%q is written twice", word),
		Suggestion: t.S[aStart:aEnd],
		Vars:       map[string]cty.Value{"word": cty.StringVal(word)},
		Fix:        &TextFix{Message: "delete the second " + fmt.Sprintf("%q", word), Safe: c.safe, Edits: []Edit{{aEnd, bEnd, ""}}},
	})
}

// nextWord finds the next word at or after i: letters, digits and marks, with inner
// apostrophes and hyphens ("don't", "well-known"). It returns -1 when there is none.
func nextWord(s string, i int) (int, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if wordByte[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, -1
	}
	start := i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && wordByte[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			i += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' {
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && wordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return start, i
}

// onlySpace reports whether gap is white space, at least one character of it.
func onlySpace(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
