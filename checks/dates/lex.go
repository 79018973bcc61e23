package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small lexical helpers shared by the grammars. Each takes the text and an
// offset and returns an end offset (or a width), never allocating.

// spaceWidth returns the byte width of a space character at i: ASCII blank or
// tab, or a no-break, thin or narrow no-break space; 0 if there is none.
func spaceWidth(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2: // U+00A0 NO-BREAK SPACE
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2: // U+2009 THIN SPACE, U+202F NARROW NO-BREAK SPACE
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF) {
			return 3
		}
	}
	return 0
}

// skipSpaces returns the offset after any run of spaces at i.
func skipSpaces(s string, i int) int {
	for {
		w := spaceWidth(s, i)
		if w == 0 {
			return i
		}
		i += w
	}
}

// dashWidth returns the byte width of a hyphen, en dash, em dash or figure
// dash at i; 0 if there is none.
func dashWidth(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x92 && s[i+2] <= 0x94 {
		return 3
	}
	return 0
}

// readDigits reads up to 9 ASCII digits at i and returns their value and end.
func readDigits(s string, i int) (value, end int) {
	end = i
	for end < len(s) && isDigit(s[end]) {
		if end-i < 9 {
			value = value*10 + int(s[end]-'0')
		}
		end++
	}
	return value, end
}

// digitRunLength returns how many ASCII digits start at i.
func digitRunLength(s string, i int) int {
	_, end := readDigits(s, i)
	return end - i
}

// ocrDigit maps letters that OCR commonly reads for digits (l and I for 1,
// O for 0) to their digit; ok is false for anything else.
func ocrDigit(c byte) (byte, bool) {
	switch c {
	case 'l', 'I':
		return 1, true
	case 'O':
		return 0, true
	}
	if isDigit(c) {
		return c - '0', true
	}
	return 0, false
}

// readDay reads a day of the month at i: one or two digits, where OCR letters
// may stand for digits ("l6", "2l") as long as one real digit is present,
// then an optional ordinal suffix (st, nd, rd, th, d). The day must end at a
// word boundary. suffixed reports an ordinal suffix, ocr a letter read as a
// digit.
func readDay(s string, i int) (day, end int, suffixed, ocr, ok bool) {
	j, digits := i, 0
	for j < len(s) && j-i < 3 {
		v, isD := ocrDigit(s[j])
		if !isD {
			break
		}
		if isDigit(s[j]) {
			digits++
		} else {
			ocr = true
		}
		day = day*10 + int(v)
		j++
	}
	if n := j - i; n == 0 || n > 2 || digits == 0 {
		return 0, 0, false, false, false
	}
	if e := ordinalSuffix(s, j); e > j {
		j, suffixed = e, true
	}
	if j < len(s) && (isAlnum(s[j]) || letterAt(s, j)) {
		return 0, 0, false, false, false
	}
	if ocr && s[i] != 'l' && !isDigit(s[i]) {
		// "I5", "O5": too easily a roman numeral or a letter; only l leads.
		return 0, 0, false, false, false
	}
	return day, j, suffixed, ocr, day >= 1
}

// ordinalSuffix returns the end of an English ordinal suffix at i (st, nd,
// rd, th, d, in either case, and the French "er" of "1er"), or i.
func ordinalSuffix(s string, i int) int {
	if i >= len(s) || strings.IndexByte("sSnNrRtTeEdD", s[i]) < 0 {
		return i
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th", "er", "d"} {
		if hasPrefixFold(s[i:], suf) {
			e := i + len(suf)
			if e >= len(s) || !isASCIILetter(s[e]) {
				return e
			}
		}
	}
	return i
}

// letterAt reports whether a non-ASCII letter starts at i.
func letterAt(s string, i int) bool {
	if i >= len(s) || s[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// alnumBefore reports whether the rune ending at i is a letter or digit.
func alnumBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasWordFold reports whether the ASCII word w starts at i, ignoring case,
// and ends at a word boundary.
func hasWordFold(s string, i int, w string) bool {
	if i > len(s) || !hasPrefixFold(s[i:], w) {
		return false
	}
	e := i + len(w)
	return e >= len(s) || !(isAlnum(s[e]) || letterAt(s, e))
}

// wordBefore returns the word that ends at i (after skipping spaces back from
// i), with its start. A trailing period is not part of the word; dot reports
// one.
func wordBefore(s string, i int) (w string, start int, dot bool) {
	j := i
	for j > 0 {
		if s[j-1] == ' ' || s[j-1] == '\t' {
			j--
			continue
		}
		if j >= 2 && s[j-2] == 0xC2 && s[j-1] == 0xA0 {
			j -= 2
			continue
		}
		break
	}
	if j > 0 && s[j-1] == '.' {
		dot = true
		j--
	}
	end := j
	for j > 0 {
		c := s[j-1]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	return s[j:end], j, dot
}

// boundaryAfterNumber reports whether a number ending at i stands alone: not
// followed by a letter, a digit, or a joiner (. / - , or an en dash) that
// continues it with a digit, as in the file number 611.61/3-1262.
func boundaryAfterNumber(s string, i int) bool { return numberEnds(s, i, true) }

// yearBoundary reports whether a year written after a month name ends at i:
// no letter or digit follows, nor a period or slash that continues a number.
// Dashes may follow ("December 2, 1940–January 15, 1941").
func yearBoundary(s string, i int) bool { return numberEnds(s, i, false) }

func numberEnds(s string, i int, strict bool) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	if isAlnum(c) || letterAt(s, i) {
		return false
	}
	if c == '.' || c == '/' || strict && (c == '-' || c == ',') {
		return i+1 >= len(s) || !isDigit(s[i+1])
	}
	if w := dashWidth(s, i); strict && w > 1 && s[i+2] != 0x94 { // an em dash introduces a time
		return i+w >= len(s) || !isDigit(s[i+w])
	}
	return true
}
