package spacing

import (
	"unicode"
	"unicode/utf8"
)

// maxWordLen bounds the words the detector looks at; longer letter runs are not prose.
const maxWordLen = 64

// Byte classes of ASCII characters.
const (
	clsOther = iota
	clsSpace
	clsLower
	clsUpper
	clsDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := range 128 {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = clsSpace
		case 'a' <= c && c <= 'z':
			t[c] = clsLower
		case 'A' <= c && c <= 'Z':
			t[c] = clsUpper
		case '0' <= c && c <= '9':
			t[c] = clsDigit
		}
	}
	return t
}()

// runeAt decodes the character at i with its width, and whether it is a letter or a space.
func runeAt(text string, i int) (r rune, size int, letter, space bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		cls := asciiClass[c]
		return rune(c), 1, cls == clsLower || cls == clsUpper, cls == clsSpace
	}
	r, size = utf8.DecodeRuneInString(text[i:])
	return r, size, unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), unicode.IsSpace(r) || r == '\u200b'
}

// isLetterAt reports whether a letter starts at byte i (false at the end of text).
func isLetterAt(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	_, _, letter, _ := runeAt(text, i)
	return letter
}

// letterBefore reports whether the character ending just before byte i is a letter.
func letterBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// forEachWord calls fn with every maximal run of letters in text (so a possessive's "s" is a
// word of its own).
func forEachWord(text string, fn func(word string)) {
	// ASCII bytes are classified by table, as the detector's scan does: runeAt is a call.
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if cls := asciiClass[c]; cls != clsLower && cls != clsUpper {
				i++
				continue
			}
		} else if _, size, letter, _ := runeAt(text, i); !letter {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if cls := asciiClass[c]; cls != clsLower && cls != clsUpper {
					break
				}
				i++
				continue
			}
			_, size, letter, _ := runeAt(text, i)
			if !letter {
				break
			}
			i += size
		}
		fn(text[start:i])
	}
}

// lowerInto writes word with ASCII letters lower-cased into buf.
func lowerInto(buf []byte, word string) ([]byte, bool) {
	if len(word) > len(buf) || word == "" {
		return nil, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(word)], true
}

// wordShape classifies a letter run by its capitals.
type wordShape uint8

const (
	shapeOther   wordShape = iota // ALL CAPS, McNamara, non-ASCII: left alone
	shapeLower                    // letteris
	shapeCapital                  // Sovietauthorities
	shapeCamel                    // theAnna: lower-case letters, then one capitalised word
)

// shapeOf classifies an ASCII word; camelAt is the index of the capital of a camel join.
func shapeOf(word string) (shape wordShape, camelAt int) {
	upper := 0
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			return shapeOther, 0
		}
		switch asciiClass[word[i]] {
		case clsUpper:
			if upper == 0 {
				camelAt = i
			}
			upper++
		case clsLower:
		default:
			return shapeOther, 0
		}
	}
	switch {
	case upper == 0:
		return shapeLower, 0
	case upper == 1 && camelAt == 0:
		return shapeCapital, 0
	case upper == 1 && camelAt > 0 && camelAt < len(word)-1:
		return shapeCamel, camelAt
	}
	return shapeOther, 0
}
