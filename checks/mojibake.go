package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"golang.org/x/text/encoding/charmap"
)

// MojibakeKind reports UTF-8 text that some tool decoded as Windows-1252 or Latin-1.
var MojibakeKind = NewKind("mojibake", `report UTF-8 text decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é")

Each word holding such sequences is one finding; the suggestion and the fix are the word
repaired (its characters encoded as Windows-1252 and decoded as UTF-8, again for text damaged
twice). A sequence counts only when it decodes to a character such text holds (a Latin,
Greek or Cyrillic letter, a sign, punctuation), so "Gomułka", "Ceaușescu" and Cyrillic are
never reported. Attributes: safe_fix. Message variables: repaired.`, buildMojibake)

func init() { MojibakeKind.Vars = []string{"repaired"} }

type mojibakeConfig struct {
	SafeFix bool `hcl:"safe_fix,optional"`
}

type mojibakeCheck struct{ safe bool }

func buildMojibake(c *mojibakeConfig, b *Build) (Check, hcl.Diagnostics) {
	return &mojibakeCheck{safe: c.SafeFix}, nil
}

// mojibakeLead is the first UTF-8 byte of every character that can open a sequence: U+00C2 to
// U+00F4 all encode as 0xC3 0x82..0xB4.
const mojibakeLead = 0xC3

func (c *mojibakeCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		s := u.Text.S
		for from := 0; ; {
			i := strings.IndexByte(s[from:], mojibakeLead)
			if i < 0 {
				return
			}
			i += from
			if _, ok := misdecodedAt(s, i); !ok {
				from = i + 1
				continue
			}
			start, end := wordAround(s, i)
			c.report(p, u.Text, start, end)
			from = end
		}
	})
}

func (c *mojibakeCheck) report(p *Pass, t *Text, start, end int) {
	word := t.S[start:end]
	fixed, ok := repairMojibake(word)
	r := Report{Text: t, Start: start, End: end, Vars: map[string]cty.Value{"repaired": cty.StringVal(fixed)}}
	if !ok {
		r.Message = fmt.Sprintf("%q holds UTF-8 text decoded as Windows-1252 (mojibake)", word)
		r.Vars["repaired"] = cty.StringVal("")
		p.Report(r)
		return
	}
	r.Message = fmt.Sprintf("%q is UTF-8 text decoded as Windows-1252 (mojibake): %q", word, fixed)
	r.Suggestion = fixed
	r.Fix = &TextFix{Message: fmt.Sprintf("replace with %q", fixed), Safe: c.safe, Edits: []Edit{{start, end, fixed}}}
	p.Report(r)
}

// wordAround widens the sequence at i to the word it is in: letters, digits, marks and
// further sequences.
func wordAround(s string, i int) (int, int) {
	start := runStart(s, i, wordRune)
	end := i
	for end < len(s) {
		if seq, ok := misdecodedAt(s, end); ok {
			end = seq.end
			continue
		}
		r, n := utf8.DecodeRuneInString(s[end:])
		if !wordRune(r) {
			break
		}
		end += n
	}
	return start, end
}

// A sequence is a run of characters that were one UTF-8 character before being misdecoded.
type sequence struct {
	end      int  // offset after it
	repaired rune // what it was, or -1 when too little of it survived to tell
}

// misdecodedAt reports whether a misdecoded character starts at s[i].
func misdecodedAt(s string, i int) (sequence, bool) {
	lead, n := utf8.DecodeRuneInString(s[i:])
	var need int
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		need = 1
	case lead >= 0xE0 && lead <= 0xEF:
		need = 2
	case lead >= 0xF0 && lead <= 0xF4:
		need = 3
	default:
		return sequence{}, false
	}
	buf := [4]byte{byte(lead)}
	end := i + n
	for k := 1; k <= need; k++ {
		r, n := utf8.DecodeRuneInString(s[end:])
		b, ok := misdecodedByte(r)
		if !ok || b < 0x80 || b > 0xBF {
			// "â€" whose third byte was lost (Windows-1252 has no character for 0x9D) is
			// still certainly damage, though what it was cannot be told.
			if lead == 'â' && k == 2 && buf[1] == 0x80 {
				return sequence{end: end, repaired: -1}, true
			}
			return sequence{}, false
		}
		buf[k] = b
		end += n
	}
	repaired, size := utf8.DecodeRune(buf[:need+1])
	if repaired == utf8.RuneError || size != need+1 {
		return sequence{}, false
	}
	if need == 1 && !plausibleTwoByte(s, i, end, repaired) {
		return sequence{}, false
	}
	return sequence{end: end, repaired: repaired}, true
}

// misdecodedByte is the byte that a Windows-1252 (or, for the C1 range, Latin-1) decoder
// turned into r.
func misdecodedByte(r rune) (byte, bool) {
	if r < utf8.RuneSelf {
		return byte(r), true
	}
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	if r <= 0xFF {
		return byte(r), true
	}
	return 0, false
}

// plausibleTwoByte weighs a two-character sequence, which correct text can hold by chance (an
// accented capital before a closing quote: "NACIÓ”"): what it decodes to must be a letter or
// sign that Latin, Greek or Cyrillic text uses, and the pair must not end a word in capitals.
func plausibleTwoByte(s string, start, end int, repaired rune) bool {
	switch {
	case repaired >= 0xA0 && repaired <= 0x17F, // Latin-1 Supplement, Latin Extended-A
		repaired >= 0x218 && repaired <= 0x21B, // Romanian ș ț
		repaired >= 0x384 && repaired <= 0x3CE, // Greek
		repaired >= 0x400 && repaired <= 0x45F: // Cyrillic
	default:
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	if start > 0 && unicode.IsUpper(before) && (end == len(s) || !unicode.IsLetter(after)) {
		return false
	}
	return true
}

// repairMojibake decodes every sequence in word, twice over for text that was damaged twice.
// ok is false when a sequence lost too much to be repaired.
func repairMojibake(word string) (string, bool) {
	for round := 0; round < 3; round++ {
		var b strings.Builder
		changed := false
		for i := 0; i < len(word); {
			if seq, ok := misdecodedAt(word, i); ok {
				if seq.repaired < 0 {
					return word, false
				}
				b.WriteRune(seq.repaired)
				i = seq.end
				changed = true
				continue
			}
			_, n := utf8.DecodeRuneInString(word[i:])
			b.WriteString(word[i : i+n])
			i += n
		}
		if !changed {
			break
		}
		word = b.String()
	}
	return word, true
}
