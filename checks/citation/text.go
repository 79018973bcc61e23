package citation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports the blanks transcriptions use between words, the no-break kinds included.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009', '\u2007':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordStart reports whether a label or name may begin at byte i of s: at the start, or after
// a rune that does not continue a word or an identifier ("KSČ-ÚV", "V/156", "7ob.").
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '-', '/', '_', '\'', '’', '.', '&':
		return false
	}
	return !isWordRune(r)
}

// wordEnd reports whether a name or label ending at byte i of s is not cut out of a longer
// word.
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

// scanWhile returns the end of the run of runes from byte i that keep accepts.
func scanWhile(s string, i int, keep func(rune) bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !keep(r) {
			break
		}
		i += n
	}
	return i
}

// letters returns the end of the run of letters starting at byte i.
func letters(s string, i int) int { return scanWhile(s, i, unicode.IsLetter) }

// skipSpaces returns the first byte at or after i that is not a blank.
func skipSpaces(s string, i int) int { return scanWhile(s, i, isSpace) }

// trimSpan narrows [start, end) of s past blanks and the given punctuation at both ends.
func trimSpan(s string, start, end int, cut string) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		end -= n
	}
	return start, end
}

// glyph maps a character to the one it is mistaken for, by OCR or by a keyboard in another
// script: "I" for "l", Cyrillic "о" for Latin "o".
func glyph(r rune) rune {
	switch r {
	case 'I', '|', 'ӏ':
		return 'l'
	case 'а':
		return 'a'
	case 'е':
		return 'e'
	case 'о':
		return 'o'
	case 'р':
		return 'p'
	case 'с':
		return 'c'
	case 'у':
		return 'y'
	case 'х':
		return 'x'
	case 'к':
		return 'k'
	case 'і':
		return 'i'
	case 'А':
		return 'A'
	case 'В':
		return 'B'
	case 'Е':
		return 'E'
	case 'К':
		return 'K'
	case 'М':
		return 'M'
	case 'Н':
		return 'H'
	case 'О':
		return 'O'
	case 'Р':
		return 'P'
	case 'С':
		return 'C'
	case 'Т':
		return 'T'
	case 'Х':
		return 'X'
	}
	return r
}

// foldKey is the index key of a word: look-alikes merged, lower case. It appends to buf so
// that a caller scanning text can reuse one buffer.
func foldKey(buf []byte, word string) []byte {
	for _, r := range word {
		buf = utf8.AppendRune(buf, unicode.ToLower(glyph(r)))
	}
	return buf
}

// Rune comparison outcomes for label matching.
const (
	runeDiffer    = iota
	runeSame      // as declared (the first letter's case aside)
	runeLookAlike // a look-alike: "I" for "l", Cyrillic for Latin
)

func compareRune(got, want rune, first bool) int {
	switch {
	case got == want:
		return runeSame
	case first && unicode.ToLower(got) == unicode.ToLower(want):
		return runeSame
	case glyph(got) == glyph(want):
		return runeLookAlike
	case first && unicode.ToLower(glyph(got)) == unicode.ToLower(glyph(want)):
		return runeLookAlike
	}
	return runeDiffer
}

// A labelMatch is a label found in text.
type labelMatch struct {
	end       int  // byte after the label
	lookAlike bool // some letter is a look-alike of the declared one
	bare      bool // the declared final period is missing
	recased   bool // the first letter's case differs from the declared one
}

// matchLabel matches label at byte i of s. A space in the label matches any run of blanks; a
// period followed by a letter may be followed by blanks or not ("a. j." and "a.j."). A label
// ending in a period also matches without it ("f 52") when a number follows and the letters
// are as declared, as bare ("P 43" in a decimal file is no page).
func matchLabel(s string, i int, label string) (labelMatch, bool) {
	var m labelMatch
	t := i
	letterCount := 0
	for li, lr := range label {
		if lr == ' ' {
			t = skipSpaces(s, t)
			continue
		}
		if t >= len(s) {
			return m, false
		}
		tr, n := utf8.DecodeRuneInString(s[t:])
		if lr == '.' {
			last := li == len(label)-1
			switch {
			case tr == '.':
				t += n
				if !last {
					t = skipSpaces(s, t)
				}
				continue
			case last && !m.lookAlike && !m.recased && isSpace(tr):
				d := skipSpaces(s, t)
				if d < len(s) && s[d] >= '0' && s[d] <= '9' {
					m.end, m.bare = t, true
					return m, true
				}
			}
			return m, false
		}
		switch compareRune(tr, lr, li == 0) {
		case runeDiffer:
			return m, false
		case runeLookAlike:
			m.lookAlike = true
		}
		m.recased = m.recased || tr != lr
		if unicode.IsLetter(lr) {
			letterCount++
		}
		t += n
	}
	if m.lookAlike && letterCount < 2 {
		return m, false // "I." for "l." is too often a Roman numeral
	}
	if !strings.HasSuffix(label, ".") && !wordEnd(s, t) {
		if r, _ := utf8.DecodeRuneInString(s[t:]); unicode.IsLetter(r) {
			return m, false
		}
	}
	m.end = t
	return m, true
}

// acronymEnd returns the end of the abbreviation-shaped run of words starting at byte i
// ("AVP RF", "PRC FMA", "SAPMO-BArch", "BStU"), or i when there is none. Words are letters
// joined by single spaces or hyphens; the run needs two capitals and no more than twice as
// many small letters as capitals.
func acronymEnd(s string, i int) int {
	end, upper, lower, runes := i, 0, 0, 0
	t := i
	for {
		w := letters(s, t)
		if w == t {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[t:])
		if !unicode.IsUpper(r) || !wordEnd(s, w) {
			break
		}
		u, l := 0, 0
		for _, r := range s[t:w] {
			if unicode.IsUpper(r) {
				u++
			} else {
				l++
			}
		}
		if l > 2*u {
			break // an ordinary capitalised word: "Records", "Kína"
		}
		upper, lower, runes = upper+u, lower+l, runes+u+l
		end = w
		if w+1 < len(s) && (s[w] == ' ' || s[w] == '-') {
			if r2, _ := utf8.DecodeRuneInString(s[w+1:]); unicode.IsUpper(r2) {
				t = w + 1
				continue
			}
		}
		break
	}
	if upper < 2 || lower > 2*upper || runes > 16 {
		return i
	}
	return end
}

// editDistance is the optimal-string-alignment distance between a and b, compared without
// regard to case: insertions, deletions, substitutions and transpositions of neighbours.
func editDistance(a, b string) int {
	ra := []rune(strings.ToUpper(a))
	rb := []rune(strings.ToUpper(b))
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
