package checks

import (
	"fmt"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"golang.org/x/text/unicode/runenames"
)

// CharsKind reports characters that do not belong in a transcription: control characters,
// U+FFFD, invisible characters inside words.
var CharsKind = NewKind("chars", `report characters of a class: control characters, U+FFFD, invisible characters

Attributes: class (an RE2 character class: "[\\x00-\\x08\\x0B]", "\\p{Cc}"), except (a class
taken out of it), between (a class: report a run of the characters only when the characters
on both sides of it belong to this class, e.g. letters), fix (replacement text for the run;
"" deletes it), safe_fix. A run of adjacent characters of the class is one finding.
Message variables: codepoints ("U+0007 U+0007"), names (the Unicode names, "ZERO WIDTH
SPACE").`, buildChars)

func init() { CharsKind.Vars = []string{"codepoints", "names"} }

type charsConfig struct {
	Class        string    `hcl:"class"`
	ClassRange   hcl.Range `hcl:"class,attr_value_range"`
	Except       *string   `hcl:"except,optional"`
	ExceptRange  hcl.Range `hcl:"except,attr_value_range"`
	Between      *string   `hcl:"between,optional"`
	BetweenRange hcl.Range `hcl:"between,attr_value_range"`
	Fix          *string   `hcl:"fix,optional"`
	SafeFix      bool      `hcl:"safe_fix,optional"`
}

type charsCheck struct {
	class   *runeSet
	except  *runeSet // nil: none
	between *runeSet // nil: anywhere
	fix     *string
	safe    bool
}

func buildChars(c *charsConfig, b *Build) (Check, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	class, d := parseRuneSet(c.Class, c.ClassRange)
	diags = append(diags, d...)
	check := &charsCheck{class: class, fix: c.Fix, safe: c.SafeFix}
	if c.Except != nil {
		check.except, d = parseRuneSet(*c.Except, c.ExceptRange)
		diags = append(diags, d...)
	}
	if c.Between != nil {
		check.between, d = parseRuneSet(*c.Between, c.BetweenRange)
		diags = append(diags, d...)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return check, diags
}

func (c *charsCheck) member(r rune) bool {
	return c.class.contains(r) && (c.except == nil || !c.except.contains(r))
}

func (c *charsCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		s := u.Text.S
		for i := 0; i < len(s); {
			if c.class.nonASCII {
				if i = nextNonASCII(s, i); i == len(s) {
					break
				}
			}
			if !c.class.lead[s[i]] {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !c.member(r) {
				i += n
				continue
			}
			start, end := i, i+n
			for end < len(s) {
				r, n := utf8.DecodeRuneInString(s[end:])
				if !c.member(r) {
					break
				}
				end += n
			}
			i = end
			if c.between != nil && !c.flanked(s, start, end) {
				continue
			}
			c.report(p, u.Text, start, end)
		}
	})
}

// flanked reports whether the characters on both sides of s[start:end] are in the between class.
func (c *charsCheck) flanked(s string, start, end int) bool {
	if start == 0 || end == len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return c.between.contains(before) && c.between.contains(after)
}

func (c *charsCheck) report(p *Pass, t *Text, start, end int) {
	var codes, names []string
	for _, r := range t.S[start:end] {
		codes = append(codes, fmt.Sprintf("U+%04X", r))
		names = append(names, runeName(r))
	}
	r := Report{Text: t, Start: start, End: end,
		Message: fmt.Sprintf("%s (%s) does not belong in the text", strings.Join(codes, " "), strings.Join(names, ", ")),
		Vars: map[string]cty.Value{
			"codepoints": cty.StringVal(strings.Join(codes, " ")),
			"names":      cty.StringVal(strings.Join(names, ", ")),
		}}
	if c.fix != nil {
		r.Suggestion = *c.fix
		verb := fmt.Sprintf("replace with %q", *c.fix)
		if *c.fix == "" {
			verb = "delete it"
		}
		r.Fix = &TextFix{Message: verb, Safe: c.safe, Edits: []Edit{{start, end, *c.fix}}}
	}
	p.Report(r)
}

// runeName is the character's Unicode name; control characters have none.
func runeName(r rune) string {
	if n := runenames.Name(r); n != "" && n != "<control>" {
		return n
	}
	return "control character"
}

// runStart returns where the run of characters satisfying keep that ends at i begins.
func runStart(s string, i int, keep func(rune) bool) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !keep(r) {
			break
		}
		i -= n
	}
	return i
}

// runEnd returns where the run of characters satisfying keep that starts at i ends.
func runEnd(s string, i int, keep func(rune) bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !keep(r) {
			break
		}
		i += n
	}
	return i
}

// A runeSet is a character class ready for scanning: a table for ASCII, sorted ranges above,
// and the first bytes of the members' UTF-8 encodings, so that a scan skips the rest byte by byte.
type runeSet struct {
	ascii  [utf8.RuneSelf]bool
	lead   [256]bool
	ranges []rune // lo, hi pairs, ascending
	// nonASCII says the class has no ASCII member: a scan skips ASCII text eight bytes at a
	// time (U+FFFD, zero-width characters: transcriptions are mostly ASCII).
	nonASCII bool
}

// nextNonASCII returns the index of the first byte at or after i that is not ASCII, or len(s).
func nextNonASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// wordByte tells the ASCII letters and digits, the common case of wordRune.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordRune reports whether r belongs to a word: a letter, a digit or a combining mark.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && wordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// firstByte is the first byte of r's UTF-8 encoding.
func firstByte(r rune) byte {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	return buf[0]
}

func (s *runeSet) contains(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && s.ascii[r]
	}
	i := sort.Search(len(s.ranges)/2, func(i int) bool { return s.ranges[2*i+1] >= r })
	return i < len(s.ranges)/2 && s.ranges[2*i] <= r
}

// parseRuneSet compiles an RE2 character class ("[\\x00-\\x1F]", "\\p{Cf}", "[\\pL\\pN]").
func parseRuneSet(class string, rng hcl.Range) (*runeSet, hcl.Diagnostics) {
	re, err := syntax.Parse(class, syntax.Perl)
	if err != nil {
		return nil, hcl.Diagnostics{RegexDiagnostic(err, rng)}
	}
	re = re.Simplify()
	var ranges []rune
	switch {
	case re.Op == syntax.OpCharClass:
		ranges = re.Rune
	case re.Op == syntax.OpLiteral && len(re.Rune) == 1 && re.Flags&syntax.FoldCase == 0:
		ranges = []rune{re.Rune[0], re.Rune[0]}
	case re.Op == syntax.OpAnyCharNotNL || re.Op == syntax.OpAnyChar:
		ranges = []rune{0, utf8.MaxRune}
	default:
		return nil, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Not a character class",
			Detail:   fmt.Sprintf("%q is not one character class. Write a class such as \"[\\\\x00-\\\\x08]\" or \"\\\\p{Cf}\".", class),
			Subject:  rng.Ptr(),
		}}
	}
	s := &runeSet{nonASCII: len(ranges) > 0 && ranges[0] >= utf8.RuneSelf}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			s.ascii[r] = true
			s.lead[r] = true
		}
		if hi >= utf8.RuneSelf {
			lo = max(lo, utf8.RuneSelf)
			s.ranges = append(s.ranges, lo, hi)
			for b := int(firstByte(lo)); b <= int(firstByte(min(hi, utf8.MaxRune))); b++ {
				s.lead[b] = true // UTF-8 is ordered: every member between starts with such a byte
			}
		}
	}
	return s, nil
}
