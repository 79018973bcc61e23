package spacing

// punctuation judges "L1<p>L2", a letter run L1 = text[ws:we] followed by sentence or clause
// punctuation and, with no space, another letter run L2.
func (d *detector) punctuation(cs, ce, ws, we int) {
	text := d.text
	p := text[we]
	l2s := we + 1
	l2e := l2s
	for l2e < ce {
		_, size, letter, _ := runeAt(text, l2e)
		if !letter {
			break
		}
		l2e += size
	}
	left, right := text[ws:we], text[l2s:l2e]
	if len(left) < 2 || len(right) < 2 || ws > cs && !openingBefore(text, cs, ws) {
		return // initials (N.S.), dotted abbreviations (U.S.A., e.g.), numbers (3.5, 180,000)
	}
	if l2e < ce && text[l2e] == '.' && isLetterAt(text, l2e+1) {
		return // the right side is itself a dotted abbreviation
	}
	leftShape, _ := shapeOf(left)
	rightShape, _ := shapeOf(right)
	switch p {
	case ',', ';':
		kind := AfterComma
		if p == ';' {
			kind = AfterSemicolon
		}
		// A letter, a comma and a letter with no space are never right in prose; the two sides
		// need only look like words of the same kind of text.
		if !d.wordLike(left, leftShape) || !d.wordLike(right, rightShape) || d.foreignAddress(left, right) {
			return
		}
		d.add(ws, l2e, l2s, kind, 0.9)
	case '.', '!', '?', ':':
		if rightShape != shapeCapital || !d.sentenceEnd(left, leftShape) {
			return
		}
		kind := AfterPeriod
		if p == ':' {
			kind = AfterColon
		}
		confidence := 0.9
		if !d.lex.Known(right) {
			confidence = 0.8 // a name after the stop: "airspace.Guevara"
		}
		d.add(ws, l2e, l2s, kind, confidence)
	}
}

// wordLike reports whether a side of a comma join is a word: lower-case, capitalised or all
// capitals, and either known or long enough to be a name.
func (d *detector) wordLike(w string, shape wordShape) bool {
	switch shape {
	case shapeLower, shapeCapital:
		return d.lex.Known(w) || len(w) >= 4
	case shapeOther:
		return isUpperWord(w) && (len(w) >= 3 || d.lex.Known(w))
	}
	return false
}

// foreignAddress keeps quiet on identifiers that use a comma as a separator, such as
// "lat,long" in data fields: both sides unknown to the lexicon and short.
func (d *detector) foreignAddress(left, right string) bool {
	return len(left)+len(right) < 8 && !d.lex.Known(left) && !d.lex.Known(right)
}

// sentenceEnd reports whether a word before a stop ends a sentence rather than being an
// abbreviation (Mr., Gen., Amb., op.): a known lower-case word, or a longer capitalised word
// that is not an abbreviation.
func (d *detector) sentenceEnd(w string, shape wordShape) bool {
	e, known := d.lex.Lookup(w)
	switch shape {
	case shapeLower:
		if known {
			return !e.Abbreviation() || (e.LowerLevel != 0 && e.LowerLevel <= 50 && len(w) >= 4)
		}
		return len(w) >= 4
	case shapeCapital:
		return len(w) >= 5 && !(known && e.Abbreviation())
	}
	return false
}

func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if asciiClass[w[i]&0x7f] != clsUpper || w[i] >= 0x80 {
			return false
		}
	}
	return true
}
