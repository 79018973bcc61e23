package dates

import "unicode/utf8"

// Options configure an Extractor. The zero value is ready to use.
type Options struct {
	// SlashOrder reads all-numeric dates written with slashes whose day and
	// month are both 12 or less ("05/11/1956"). Unambiguous ones
	// ("18/10/1956", "10/18/56") are read correctly whatever it says. With
	// OrderUnknown the ambiguous ones keep only their year; see
	// Date.Ambiguous, Date.ApplyOrder and InferOrder.
	SlashOrder Order

	// Century is added to two-digit years ("10/18/56", "OCT 56", "3.xi.56");
	// 0 means 1900.
	Century int
}

// An Extractor finds dates in text blocks. It holds no state between calls
// and is safe for concurrent use.
type Extractor struct {
	opts Options
}

// NewExtractor returns an Extractor with the given options.
func NewExtractor(opts Options) *Extractor {
	if opts.Century == 0 {
		opts.Century = 1900
	}
	return &Extractor{opts: opts}
}

// Extract returns the dates in one text block, in order, with their roles
// classified (see Classify).
func (x *Extractor) Extract(block string) []Date {
	return x.AppendExtract(nil, block)
}

// AppendExtract appends the dates in block to dst and returns the extended
// slice; reusing dst across blocks avoids allocation.
func (x *Extractor) AppendExtract(dst []Date, block string) []Date {
	first := len(dst)
	sc := scanner{s: block, opts: &x.opts}
	for i := 0; i < len(block); {
		c := byteClasses[block[i]]
		kind := c & anchorMask
		if kind == anchorNone {
			i++
			if c&classAlnum != 0 {
				// Dates start at word starts only: pass the rest of the word.
				for i < len(block) && byteClasses[block[i]]&classAlnum != 0 {
					i++
				}
			}
			continue
		}
		if i > 0 && (byteClasses[block[i-1]]&classAlnum != 0 || block[i-1] >= utf8.RuneSelf && alnumBefore(block, i)) {
			i++
			continue
		}
		d, ok := sc.at(i, kind)
		if !ok {
			i = skipToken(block, i)
			continue
		}
		sc.decorate(&d)
		dst = append(dst, d)
		i = d.after
	}
	found := dst[first:]
	if x.opts.SlashOrder == OrderUnknown {
		// Another slashed date in the block may show the order.
		if o := InferOrder(found); o != OrderUnknown {
			for k := range found {
				found[k].ApplyOrder(o)
			}
		}
	}
	Classify(block, found)
	return dst
}

// Byte classes: the anchor kind where a date can begin, in the low bits,
// and whether the byte is an ASCII letter or digit.
const (
	anchorNone   = iota
	anchorDigit  // a number: days, years, numeric dates, DTGs
	anchorLetter // a word that may be a month name or "Received"
	anchorOCR    // l before a digit: an OCR-damaged day such as "l6th"

	anchorMask = 0x3
	classAlnum = 0x4
)

var byteClasses = buildByteClasses()

func buildByteClasses() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			t[c] = anchorDigit
		case nameInitials[c] && (c >= 'A' && c <= 'Z' || c >= 0xC0):
			t[c] = anchorLetter
		}
		if isAlnum(byte(c)) {
			t[c] |= classAlnum
		}
	}
	t['R'] |= anchorLetter
	t['l'] |= anchorOCR
	return t
}

// skipToken returns the offset after the word or number at i, so that the
// scan does not re-anchor inside it (the 2 of "001492/2/1969").
func skipToken(s string, i int) int {
	j := i + 1
	for j < len(s) {
		c := s[j]
		switch {
		case isAlnum(c):
			j++
		case c >= utf8.RuneSelf && letterAt(s, j):
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		case (c == '.' || c == '/' || c == '-') && j+1 < len(s) && isDigit(s[j+1]):
			j += 2
		default:
			return j
		}
	}
	return j
}

// scanner tries the date grammars at one anchor of a block.
type scanner struct {
	s    string
	opts *Options
}

func (sc *scanner) at(i int, kind uint8) (Date, bool) {
	switch kind {
	case anchorDigit:
		return sc.numberLed(i)
	case anchorOCR:
		if i+1 < len(sc.s) && isDigit(sc.s[i+1]) {
			return sc.dayLed(i)
		}
		return Date{}, false
	}
	if sc.s[i] == 'R' {
		return sc.receivedTime(i)
	}
	if !mayBeMonth(sc.s, i) {
		return Date{}, false
	}
	return sc.monthLed(i)
}

// newDate starts a Date spanning s[start:end].
func (sc *scanner) newDate(start, end int, format Format, prec Precision) Date {
	return Date{Start: start, End: end, after: end, Format: format, Precision: prec, Role: RoleReferenced}
}

// expandYear turns a two-digit year into a full one.
func (sc *scanner) expandYear(d *Date, year, digits int) {
	d.Year = year
	if digits == 2 {
		d.Year = sc.opts.Century + year
		d.TwoDigitYear = true
	}
}

// decorate adds what surrounds a parsed date: a weekday before it, a time
// after it, the text, and the derived fields.
func (sc *scanner) decorate(d *Date) {
	s := sc.s
	if d.Precision == PrecisionDay && d.Format != FormatDTG {
		sc.weekdayBefore(d)
		if !d.HasWeekday {
			sc.weekdayAfter(d)
		}
		if !d.HasTime {
			if h, m, end, ok := timeAfter(s, d.End); ok {
				d.Hour, d.Minute, d.HasTime, d.after = h, m, true, end
			}
		}
	}
	d.Text = s[d.Start:d.End]
	d.finish()
}

// weekdayBefore reads a weekday written before the date: "Thursday, October
// 18, 1956", "Thurs. 18 October", "Sonntag, den 28. Oktober 1962".
func (sc *scanner) weekdayBefore(d *Date) {
	s := sc.s
	to := d.Start
	w, start, dot := wordBefore(s, commaBefore(s, to))
	switch w {
	case "den", "le", "el", "the":
		if dot || !weekdayGap(s, start+len(w), to, false) {
			return
		}
		to = start
		w, start, dot = wordBefore(s, commaBefore(s, to))
	}
	if w == "" {
		return
	}
	wd, ok := lookupWeekday(w)
	if !ok || wd.abbrev && !dot || alnumBefore(s, start) || !weekdayGap(s, start+len(w), to, dot) || inPlaceName(s, start) {
		return
	}
	d.Weekday, d.HasWeekday = wd.day, true
	d.WeekdayStart, d.WeekdayEnd = start, start+len(w)
	if dot {
		d.WeekdayEnd++
	}
	d.Start = start
}

// weekdayAfter reads a weekday in parentheses after the date: "3 February
// 1977 (Thursday)".
func (sc *scanner) weekdayAfter(d *Date) {
	s := sc.s
	j := skipSpaces(s, d.End)
	if j >= len(s) || s[j] != '(' {
		return
	}
	we := readWord(s, j+1)
	e := we
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e >= len(s) || s[e] != ')' {
		return
	}
	wd, ok := lookupWeekday(s[j+1 : we])
	if !ok || wd.abbrev && e == we {
		return
	}
	d.Weekday, d.HasWeekday = wd.day, true
	d.WeekdayStart, d.WeekdayEnd = j+1, e
	d.End = e + 1
	d.after = max(d.after, d.End)
}

// inPlaceName reports whether the weekday word at i ends a name, as
// "Domingo" does in "Santo Domingo, November 5, 1896": a capitalised word
// other than a preposition or determiner stands right before it.
func inPlaceName(s string, i int) bool {
	w, _, dot := wordBefore(s, i)
	if w == "" || dot || !capitalised(w) || s[i-1] != ' ' {
		return false
	}
	var buf [maxNameBytes]byte
	lw, _ := lowerWord(&buf, w)
	switch string(lw) {
	case "on", "by", "since", "until", "till", "last", "next", "this", "before", "after", "from", "of",
		"to", "in", "and", "or", "that", "every", "dated", "date", "early", "late", "le", "am", "el":
		return false
	}
	return true
}

// commaBefore returns the offset of a comma that precedes i across spaces,
// or i.
func commaBefore(s string, i int) int {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && s[j-1] == ',' {
		return j - 1
	}
	return i
}

// weekdayGap reports whether only a comma and spaces separate a weekday
// (ending at from, before its period if dot) from the date at to.
func weekdayGap(s string, from, to int, dot bool) bool {
	if dot {
		from++
	}
	seen := false
	for i := from; i < to; {
		if s[i] == ',' && !seen {
			seen = true
			i++
			continue
		}
		w := spaceWidth(s, i)
		if w == 0 {
			return false
		}
		i += w
	}
	return true
}
