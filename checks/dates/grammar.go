package dates

import "strings"

// The grammars below each start at an anchor and return a Date whose Start,
// End and after are set, or false. decorate fills in the rest.

// numberLed dispatches on the length of the number at i.
func (sc *scanner) numberLed(i int) (Date, bool) {
	s := sc.s
	v, j := readDigits(s, i)
	switch j - i {
	case 1, 2:
		if j < len(s) {
			switch s[j] {
			case '.':
				if d, ok := sc.dotted(i, v, j); ok {
					return d, true
				}
			case '/':
				if d, ok := sc.slashed(i, v, j); ok {
					return d, true
				}
			case ' ':
				if d, ok := sc.spacedDTG(i, v, j); ok {
					return d, true
				}
			}
		}
		return sc.dayLed(i)
	case 4:
		if j < len(s) && s[j] == '-' {
			if d, ok := sc.iso(i, v, j); ok {
				return d, true
			}
		}
		return sc.yearAlone(i, v, j)
	case 6:
		return sc.dtg(i, v, j)
	}
	return Date{}, false
}

// monthLed reads dates that start with a month name: "October 18, 1956",
// "Oct. 18", "October 18th", "October 20/November 1, 1897", "October 1956",
// "July —, 1870", "октябрь 1956 г.".
func (sc *scanner) monthLed(i int) (Date, bool) {
	s := sc.s
	we := readWord(s, i)
	w := s[i:we]
	mn, ok := lookupMonth(w)
	if !ok {
		return Date{}, false
	}
	cyrillic := s[i] == 0xD0 || s[i] == 0xD1 // Russian month names are not capitalised
	if !capitalised(w) && !cyrillic {
		return Date{}, false
	}
	k, dot := we, false
	if mn.kind != nameEnglish && k < len(s) && s[k] == '.' {
		k, dot = k+1, true
	}
	if mn.kind == nameForeign {
		return sc.monthYear(i, k, mn.month)
	}
	if k < len(s) && s[k] == ']' && i > 0 && s[i-1] == '[' {
		k++ // an editor's month: "[January] 22, [1934]"
	}
	if start, day, ok := sc.dayOfBefore(i); ok { // "the thirteenth of August"
		d := sc.newDate(start, k, FormatOrdinalOf, PrecisionDay)
		d.Month, d.Day = mn.month, day
		if y, e, ok := sc.yearAfter(k); ok {
			d.Year, d.End, d.after = y, e, e
		}
		return d, true
	}
	j := skipSpaces(s, k)
	commaDay := false
	if j == k && k < len(s) && s[k] == ',' {
		j, commaDay = skipSpaces(s, k+1), true // "February, 2, 1864"
	}
	if j > k && hasWordFold(s, j, "the") { // "January the 14th"
		if day, dEnd, suffixed, _, ok := readDay(s, skipSpaces(s, j+3)); ok && suffixed {
			return sc.monthDay(i, mn.month, day, dEnd, false)
		}
	}
	if j > k || dot || mn.kind == nameEnglish {
		day, dEnd, _, ocr, ok := readDay(s, j)
		if !ok && j < len(s) && s[j] == '[' { // an editor's day: "December [4]"
			if day, dEnd, _, ocr, ok = readDay(s, j+1); ok && (dEnd >= len(s) || s[dEnd] != ']') {
				ok = false
			}
			dEnd++
		}
		if !ok && j > k { // "December sixteenth"
			day, dEnd, ok = spelledOrdinalAt(s, j)
		}
		if ok {
			if d, ok := sc.monthDay(i, mn.month, day, dEnd, ocr); ok && (!commaDay || d.Year != 0) {
				return d, true
			}
		}
	}
	return sc.monthYear(i, k, mn.month)
}

// dayOfBefore reads a spelled day before the month name at i: "the
// thirteenth of August", "this twelfth day of March", "the twenty-sixth day
// of May". It returns where the day starts.
func (sc *scanner) dayOfBefore(i int) (start, day int, ok bool) {
	s := sc.s
	w, ws, _ := wordBefore(s, i)
	if !strings.EqualFold(w, "of") {
		return 0, 0, false
	}
	if w2, ws2, _ := wordBefore(s, ws); strings.EqualFold(w2, "day") {
		ws = ws2
	}
	day, start, ok = spelledOrdinalBefore(s, ws)
	return start, day, ok && day <= 31
}

// monthDay continues a month-first date after its day, which ends at k.
func (sc *scanner) monthDay(start, month, day, k int, ocr bool) (Date, bool) {
	s := sc.s
	if k < len(s) && s[k] == ',' && digitRunLength(s, k+1) == 3 {
		return Date{}, false // "May 1,500 people": a number, not a date
	}
	d := sc.newDate(start, k, FormatMonthDayYear, PrecisionDay)
	d.Month, d.Day, d.OCRDigits = month, day, ocr
	k = sc.secondDay(&d, k)
	k = skipDoubt(s, k)
	other, n, strict, e, double := sc.otherHalf(d.Month, k)
	if double {
		k = e
	}
	d.End = k
	if y, e, ok := sc.yearAfter(k); ok {
		d.Year, d.End = y, e
	} else if day > 31 {
		return Date{}, false // "December 81" with no year may be December 1981
	}
	if double && !settleDouble(&d, other, n, strict) {
		// "May 5/6, 1956": two days, not two calendars.
		if pair := other[0]; pair.Month != d.Month {
			d.EndMonth, d.EndDay = pair.Month, pair.Day
		} else {
			d.EndDay = pair.Day
		}
	}
	if !double {
		sc.otherHalfAfterYear(&d)
	}
	d.after = d.End
	return d, true
}

// secondDay reads what closes a range or a pair after a month-first day at
// k: "3–4", "May 20–June 1", "4 and 6", "14 & 26". Pairs need a year after
// them, so that "May 5 and 6 people" is not one.
func (sc *scanner) secondDay(d *Date, k int) int {
	s := sc.s
	if endDay, e, ok := rangeEnd(s, k, d.Day); ok {
		d.EndDay = endDay
		return e
	}
	if w := dashWidth(s, k); w > 0 {
		j := k + w
		we := readWord(s, j)
		if mn, ok := lookupMonth(s[j:we]); ok && mn.kind != nameForeign && capitalised(s[j:we]) && mn.month != d.Month {
			e := we
			if mn.kind == nameAbbrev && e < len(s) && s[e] == '.' {
				e++
			}
			if day, de, _, _, ok := readDay(s, skipSpaces(s, e)); ok && day <= 31 {
				d.EndMonth, d.EndDay = mn.month, day
				return de
			}
		}
		return k
	}
	j := skipSpaces(s, k)
	switch {
	case j > k && hasWordFold(s, j, "and"):
		j += 3
	case j < len(s) && s[j] == '&':
		j++
	default:
		return k
	}
	j = skipSpaces(s, j)
	v, e := readDigits(s, j)
	if n := e - j; n < 1 || n > 2 || v <= d.Day || v > 31 || !boundaryAfterNumber(s, e) {
		return k
	}
	if _, _, ok := sc.yearAfter(e); !ok {
		return k
	}
	d.EndDay = v
	return e
}

// monthYear reads the year after a month name that has no day: "October
// 1956", "October, 1956", "July —, 1870".
func (sc *scanner) monthYear(start, k, month int) (Date, bool) {
	s := sc.s
	if j := skipSpaces(s, k); dashWidth(s, j) > 0 {
		for dashWidth(s, j) > 0 {
			j += dashWidth(s, j)
		}
		if j < len(s) && s[j] == ',' {
			k = j
		}
	}
	y, e, ok := sc.yearAfter(k)
	if !ok || y > 9999 {
		return Date{}, false
	}
	d := sc.newDate(start, e, FormatMonthYear, PrecisionMonth)
	d.Month, d.Year = month, y
	return d, true
}

// yearAfter reads a four-digit year after a comma or space at k (five digits
// are read too, as the invalid years OCR makes of them: "19575"), with a
// trailing "г." or "r." as Russian and Polish write it. It also takes the
// forms old volumes print: "August 12. 1870", "August 30, A. D. 1870",
// "March 21, (?) 1897", "22, [1934]".
func (sc *scanner) yearAfter(k int) (year, end int, ok bool) {
	s := sc.s
	j, period := k, false
	if j < len(s) && (s[j] == ',' || s[j] == '.') {
		j, period = j+1, s[j] == '.'
	}
	jj := skipSpaces(s, j)
	if jj == k || period && jj == j { // "May 14.1870" is not a date
		return 0, 0, false
	}
	j = jj
	if hasWordFold(s, j, "de") { // "5 de mayo de 1914"
		j = skipSpaces(s, j+2)
	}
	for _, mark := range [...]string{"A. D.", "A.D.", "(?)", "[?]"} {
		if strings.HasPrefix(s[j:], mark) {
			j = skipSpaces(s, j+len(mark))
		}
	}
	bracket := j < len(s) && s[j] == '['
	if bracket {
		j++
	}
	v, e := readDigits(s, j)
	switch n := e - j; {
	case n == 4 && v >= 1000:
	case n == 5 && v >= 10000 && v < 30000:
	default:
		return 0, 0, false
	}
	if bracket {
		if e >= len(s) || s[e] != ']' {
			return 0, 0, false
		}
		e++
	}
	if !yearBoundary(s, e) {
		return 0, 0, false
	}
	return v, yearSuffix(s, e), true
}

// yearSuffix returns the end of a year marker after a year ending at e:
// Russian "г." (or "года", "году"), Polish "r."; e if there is none.
func yearSuffix(s string, e int) int {
	j := skipSpaces(s, e)
	if strings.HasPrefix(s[j:], "г") { // Cyrillic ge
		w := readWord(s, j)
		switch s[j:w] {
		case "г":
			if w < len(s) && s[w] == '.' {
				return w + 1
			}
			return w
		case "года", "году", "год":
			return w
		}
		return e
	}
	if j+1 < len(s) && s[j] == 'r' && s[j+1] == '.' {
		return j + 2
	}
	return e
}

// rangeEnd reads the second day of a range after a dash at k: "3–4", "20-22".
func rangeEnd(s string, k, day int) (endDay, end int, ok bool) {
	w := dashWidth(s, k)
	if w == 0 {
		return 0, 0, false
	}
	v, e := readDigits(s, k+w)
	if n := e - (k + w); n < 1 || n > 2 || v <= day || v > 31 || !boundaryAfterNumber(s, e) {
		return 0, 0, false
	}
	return v, e, true
}

// editorialMarks are the notes editors put after a day; a date reads past them.
var editorialMarks = [...]string{"[sic]", "(sic)", "[?]", "(?)", "(new style)", "(old style)", "(N.S.)", "(O.S.)", "(n. s.)", "(o. s.)"}

// skipDoubt skips an editor's doubt or note after a day: "?", "[14?]",
// "[sic]", "(new style)".
func skipDoubt(s string, k int) int {
	if k < len(s) && s[k] == '?' {
		return k + 1
	}
	j := skipSpaces(s, k)
	if j >= len(s) || s[j] != '[' && s[j] != '(' {
		return k
	}
	for _, mark := range editorialMarks {
		if hasPrefixFold(s[j:], mark) {
			return j + len(mark)
		}
	}
	if j < len(s) && s[j] == '[' {
		if e := strings.IndexByte(s[j:min(len(s), j+8)], ']'); e > 0 {
			inner := s[j+1 : j+e]
			if strings.HasSuffix(inner, "?") && digitRunLength(inner, 0) == len(inner)-1 {
				return j + e + 1
			}
		}
	}
	return k
}

// dayLed reads dates that start with a day: "18 October 1956", "18th
// October, 1956", "the 18th of October", "22. August 1961", "28–29 October",
// "18 октября 1956 г.", "5 de mayo de 1914", "1/14 January 1918", "09 II 1981",
// "l6th October", and the lone "the 20th".
func (sc *scanner) dayLed(i int) (Date, bool) {
	s := sc.s
	day, k, suffixed, ocr, ok := readDay(s, i)
	if !ok {
		return Date{}, false
	}
	dayEnd := k
	if !suffixed && k < len(s) && s[k] == '.' {
		k++ // German and Czech "22. August"
	}
	endDay, secondDay := 0, 0
	if !suffixed {
		if e2, e, ok := rangeEnd(s, k, day); ok {
			endDay, k = e2, e
		} else if k < len(s) && s[k] == '/' {
			// Old Style/New Style: "1/14 January 1918"
			if v, e := readDigits(s, k+1); e-(k+1) >= 1 && e-(k+1) <= 2 && v >= 1 && v <= 31 && spaceWidth(s, e) > 0 {
				secondDay, k = v, e
			}
		}
	}
	j := skipSpaces(s, k)
	if j == k {
		if suffixed && !ocr {
			return sc.ordinalAlone(i, day, dayEnd)
		}
		return Date{}, false
	}
	format := FormatDayMonthYear
	if suffixed && hasWordFold(s, j, "day") { // "the 14th day of May"
		if jj := skipSpaces(s, j+3); jj > j+3 && hasWordFold(s, jj, "of") {
			j = jj
		}
	}
	if suffixed && hasWordFold(s, j, "of") {
		if jj := skipSpaces(s, j+2); jj > j+2 {
			j, format = jj, FormatOrdinalOf
		}
	}
	if hasWordFold(s, j, "de") {
		j = skipSpaces(s, j+2)
	}
	we := readWord(s, j)
	if mn, ok := lookupMonth(s[j:we]); ok && (mn.kind == nameForeign || capitalised(s[j:we])) {
		e := we
		if mn.kind != nameEnglish && e < len(s) && s[e] == '.' {
			e++
		}
		d := sc.newDate(i, e, format, PrecisionDay)
		d.Month, d.Day, d.EndDay, d.OCRDigits = mn.month, day, endDay, ocr
		if y, ye, ok := sc.yearAfter(e); ok {
			d.Year, d.End = y, ye
		} else if day > 31 {
			return Date{}, false
		}
		if secondDay > 0 {
			// The month is written once, after the second day: in
			// "19/1 February" the first day is in the month before.
			second := YMD{d.Year, d.Month, secondDay}
			if day > secondDay {
				d.Month = (d.Month+10)%12 + 1
				if d.Month == 12 && d.Year != 0 {
					d.Year--
				}
			}
			if !settleDouble(&d, [2]YMD{second}, 1, true) {
				d.Month, d.Day, d.Year, d.EndDay = second.Month, min(day, secondDay), second.Year, max(day, secondDay)
			}
		}
		d.after = d.End
		return d, true
	}
	if suffixed && !ocr && endDay == 0 {
		return sc.ordinalAlone(i, day, dayEnd)
	}
	if !suffixed && !ocr && endDay == 0 && secondDay == 0 && s[k-1] != '.' {
		return sc.spacedRoman(i, day, j)
	}
	return Date{}, false
}

// ordinalAlone reads "the 20th" with no month, as letters write "your
// telegram of the 20th" or "the 20th instant": only when the ordinal is
// followed by punctuation or by instant/ultimo/proximo, so that "the 38th
// parallel" and "the 20th Congress" are not dates.
func (sc *scanner) ordinalAlone(i, day, end int) (Date, bool) {
	s := sc.s
	if day > 31 {
		return Date{}, false
	}
	if w, _, dot := wordBefore(s, i); dot || !strings.EqualFold(w, "the") {
		return Date{}, false
	}
	ok := end >= len(s)
	if !ok {
		switch s[end] {
		case ',', ';', ':', ')', ']':
			ok = true
		case '.':
			ok = end+1 >= len(s) || !isAlnum(s[end+1])
		}
	}
	if !ok {
		j := skipSpaces(s, end)
		for _, w := range [...]string{"inst", "instant", "ult", "ultimo", "ulto", "prox", "proximo"} {
			if j > end && hasWordFold(s, j, w) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return Date{}, false
	}
	d := sc.newDate(i, end, FormatOrdinalOf, PrecisionDay)
	d.Day = day
	return d, true
}

// spacedRoman reads the Polish "09 II 1981": day, Roman month, year, between
// spaces, with the month in capitals.
func (sc *scanner) spacedRoman(i, day, j int) (Date, bool) {
	s := sc.s
	month, e := romanMonth(s, j)
	if month == 0 || s[j] < 'A' || s[j] > 'Z' || spaceWidth(s, e) == 0 {
		return Date{}, false
	}
	k := skipSpaces(s, e)
	y, ye := readDigits(s, k)
	if ye-k != 4 || y < 1000 || !boundaryAfterNumber(s, ye) {
		return Date{}, false
	}
	d := sc.newDate(i, yearSuffix(s, ye), FormatRomanMonth, PrecisionDay)
	d.Day, d.Month, d.Year = day, month, y
	return d, true
}

// romanMonth reads a Roman numeral month (I to XII, all upper or all lower
// case) at i, returning 0 if there is none.
func romanMonth(s string, i int) (month, end int) {
	j := i
	for j < len(s) && j-i < 5 && strings.IndexByte("IVXivx", s[j]) >= 0 {
		j++
	}
	if j == i || (j < len(s) && (isAlnum(s[j]) || letterAt(s, j))) {
		return 0, i
	}
	w := s[i:j]
	if w != strings.ToUpper(w) && w != strings.ToLower(w) {
		return 0, i
	}
	for m, r := range [...]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"} {
		if strings.EqualFold(w, r) {
			return m + 1, j
		}
	}
	return 0, i
}

// dotted reads "10.9.1979", "14.01.1967", "18.X.1956", "3.xi.56", "18. X.
// 1956": day, month (Arabic or Roman), year. Arabic months need a four-digit
// year, so that section numbers such as 2.3.14 are not dates.
func (sc *scanner) dotted(i, day, j int) (Date, bool) {
	s := sc.s
	if day < 1 || day > 31 || codeBefore(s, i) {
		return Date{}, false
	}
	k := j + 1
	if spaceWidth(s, k) == 1 {
		k++
	}
	var month, e int
	roman := false
	if k < len(s) && isDigit(s[k]) {
		month, e = readDigits(s, k)
		if e-k > 2 || month < 1 || month > 19 {
			return Date{}, false
		}
	} else if month, e = romanMonth(s, k); month > 0 {
		roman = true
	} else {
		return Date{}, false
	}
	if e >= len(s) || s[e] != '.' {
		return Date{}, false
	}
	k = e + 1
	if spaceWidth(s, k) == 1 {
		k++
	}
	y, ye := readDigits(s, k)
	n := ye - k
	if !(n == 4 && y >= 1000 || n == 2 && roman) || !boundaryAfterNumber(s, ye) {
		return Date{}, false
	}
	format := FormatNumericDMY
	if roman {
		format = FormatRomanMonth
	}
	d := sc.newDate(i, ye, format, PrecisionDay)
	d.Day, d.Month = day, month
	sc.expandYear(&d, y, n)
	d.End = yearSuffix(s, ye)
	d.after = d.End
	return d, true
}

// slashed reads "18/10/1956", "10/18/56", "05/11/1956". The order comes from
// the numbers when one exceeds 12, else from Options.SlashOrder; with neither
// the date is kept ambiguous, with its year only.
func (sc *scanner) slashed(i, a, j int) (Date, bool) {
	s := sc.s
	if codeBefore(s, i) {
		return Date{}, false
	}
	b, be := readDigits(s, j+1)
	if n := be - (j + 1); n < 1 || n > 2 || be >= len(s) || s[be] != '/' {
		return Date{}, false
	}
	y, ye := readDigits(s, be+1)
	n := ye - (be + 1)
	if !(n == 4 && y >= 1000 || n == 2) || !boundaryAfterNumber(s, ye) {
		return Date{}, false
	}
	if a < 1 || b < 1 || a > 31 || b > 31 {
		return Date{}, false
	}
	d := sc.newDate(i, ye, FormatNumeric, PrecisionDay)
	sc.expandYear(&d, y, n)
	order := sc.opts.SlashOrder
	switch {
	case a == b:
		d.Day, d.Month = a, b
		return d, true
	case a > 12 && b <= 12:
		order = OrderDayFirst
	case b > 12 && a <= 12:
		order = OrderMonthFirst
	}
	d.numFirst, d.numSecond = a, b
	switch order {
	case OrderDayFirst:
		d.Day, d.Month, d.Format = a, b, FormatNumericDMY
	case OrderMonthFirst:
		d.Month, d.Day, d.Format = a, b, FormatNumericMDY
	default:
		d.Precision = PrecisionYear
	}
	return d, true
}

// codeBefore reports whether the number at i follows a word that makes it a
// reference, not a date: "No. 12/5/56", "ll. 10.3.1956", "RG 17/2/46".
func codeBefore(s string, i int) bool {
	w, _, _ := wordBefore(s, i)
	if w == "" || len(w) > 8 {
		return false
	}
	var buf [maxNameBytes]byte
	lw, _ := lowerWord(&buf, w)
	switch string(lw) {
	case "no", "nos", "nr", "f", "ff", "fol", "fols", "op", "d", "l", "ll", "p", "pp", "bl", "s",
		"vol", "box", "file", "folder", "lot", "rg", "doc", "item", "ref", "art", "sec", "para", "tel":
		return true
	}
	return false
}

// iso reads "1956-10-18", optionally with a time "T14:00:00".
func (sc *scanner) iso(i, y, j int) (Date, bool) {
	s := sc.s
	m, me := readDigits(s, j+1)
	if me-(j+1) != 2 || me >= len(s) || s[me] != '-' {
		return Date{}, false
	}
	day, de := readDigits(s, me+1)
	if de-(me+1) != 2 || y < 1000 || m < 1 || m > 12 || day < 1 || day > 31 {
		return Date{}, false
	}
	d := sc.newDate(i, de, FormatISO, PrecisionDay)
	d.Year, d.Month, d.Day = y, m, day
	if de < len(s) && s[de] == 'T' {
		h, he := readDigits(s, de+1)
		mi, mie := 0, he
		if he < len(s) && s[he] == ':' {
			mi, mie = readDigits(s, he+1)
		}
		if he-(de+1) != 2 || mie-he != 3 || h > 24 || mi > 59 {
			return Date{}, false
		}
		d.Hour, d.Minute, d.HasTime = h, mi, true
		for mie < len(s) && (isDigit(s[mie]) || strings.IndexByte(":.+-Z", s[mie]) >= 0) {
			mie++ // seconds and zone
		}
		d.End, d.after = mie, mie
	}
	if !boundaryAfterNumber(s, d.End) {
		return Date{}, false
	}
	return d, true
}

// dtg reads a military date-time group: "181600Z OCT 56", "051430Z",
// "291800H JAN 68": day, hour, minute, zone letter, and an optional month and
// year. A four-digit "1629Z" is a time, never a year.
func (sc *scanner) dtg(i, v, j int) (Date, bool) {
	s := sc.s
	if j >= len(s) || !zoneLetter(s[j]) || (j+1 < len(s) && (isAlnum(s[j+1]) || letterAt(s, j+1))) {
		return Date{}, false
	}
	day, hour, minute := v/10000, v/100%100, v%100
	if day < 1 || day > 31 || hour > 24 || minute > 59 {
		return Date{}, false
	}
	d := sc.newDate(i, j+1, FormatDTG, PrecisionDay)
	d.Day, d.Hour, d.Minute, d.HasTime = day, hour, minute, true
	sc.dtgMonthYear(&d)
	return d, true
}

// spacedDTG reads the spaced form "09 1630Z JUL 11", which needs its month.
func (sc *scanner) spacedDTG(i, day, j int) (Date, bool) {
	s := sc.s
	v, e := readDigits(s, j+1)
	if e-(j+1) != 4 || e >= len(s) || !zoneLetter(s[e]) || spaceWidth(s, e+1) == 0 {
		return Date{}, false
	}
	if day < 1 || day > 31 || v/100 > 24 || v%100 > 59 {
		return Date{}, false
	}
	d := sc.newDate(i, e+1, FormatDTG, PrecisionDay)
	d.Day, d.Hour, d.Minute, d.HasTime = day, v/100, v%100, true
	if sc.dtgMonthYear(&d); d.Month == 0 {
		return Date{}, false
	}
	return d, true
}

// dtgMonthYear extends a DTG with " OCT 56" or " Oct 1956".
func (sc *scanner) dtgMonthYear(d *Date) {
	s := sc.s
	k := skipSpaces(s, d.End)
	if k == d.End {
		return
	}
	we := readWord(s, k)
	mn, ok := lookupMonth(s[k:we])
	if !ok || mn.kind == nameForeign || we-k < 3 || we-k > 4 {
		return
	}
	d.Month, d.End, d.after = mn.month, we, we
	yk := skipSpaces(s, we)
	y, ye := readDigits(s, yk)
	if n := ye - yk; yk > we && (n == 2 || n == 4) && boundaryAfterNumber(s, ye) {
		sc.expandYear(d, y, n)
		d.End, d.after = ye, ye
	}
}

// zoneLetter reports whether c is a military time-zone letter (A-Z but J,
// which means local time and is not written in DTGs).
func zoneLetter(c byte) bool { return c >= 'A' && c <= 'Z' && c != 'J' }

// yearAlone reads a bare year where the words make it one: after "in",
// "since", "of", "spring"..., and not before a noun that makes it a count
// ("of 1500 men"); or with a Russian or Polish year marker ("1950 г.").
func (sc *scanner) yearAlone(i, y, j int) (Date, bool) {
	s := sc.s
	if e := yearSuffix(s, j); e > j && y >= 1000 && boundaryAfterNumber(s, j) {
		d := sc.newDate(i, e, FormatYear, PrecisionYear)
		d.Year = y
		return d, true
	}
	if y < 1500 || y > 2100 || !boundaryAfterNumber(s, j) || decadeSuffix(s, j) {
		return Date{}, false
	}
	w, _, dot := wordBefore(s, i)
	if !yearCue(w, dot) || !yearFollowerOK(s, j) {
		return Date{}, false
	}
	d := sc.newDate(i, j, FormatYear, PrecisionYear)
	d.Year = y
	return d, true
}

// decadeSuffix reports "1950s" or "1950's" at the end of a number.
func decadeSuffix(s string, j int) bool {
	return strings.HasPrefix(s[j:], "'s") || strings.HasPrefix(s[j:], "’s")
}

// yearCue reports whether the word before a bare number makes it a year.
func yearCue(w string, dot bool) bool {
	var buf [maxNameBytes]byte
	lw, ok := lowerWord(&buf, w)
	if !ok {
		return false
	}
	if dot {
		return string(lw) == "c" || string(lw) == "ca"
	}
	switch string(lw) {
	case "in", "since", "until", "till", "by", "during", "from", "of", "before", "after", "to", "through",
		"early", "late", "year", "spring", "summer", "autumn", "fall", "winter", "circa", "between",
		"в", "с", "до":
		return true
	}
	return false
}

// yearFollowerOK reports whether what follows a bare year lets it stand as a
// year: punctuation, the end, a capitalised word, or a function word.
func yearFollowerOK(s string, j int) bool {
	k := skipSpaces(s, j)
	if k >= len(s) {
		return true
	}
	if isDigit(s[k]) {
		return false
	}
	if !isASCIILetter(s[k]) && !letterAt(s, k) {
		return true
	}
	if k == j {
		return false
	}
	w := s[k:readWord(s, k)]
	if capitalised(w) {
		return true
	}
	switch w {
	case "and", "or", "the", "a", "an", "to", "when", "was", "were", "is", "are", "had", "has", "have",
		"he", "she", "they", "it", "we", "i", "you", "with", "by", "in", "on", "at", "for", "as", "that",
		"which", "but", "there", "this", "these", "his", "her", "their", "its", "after", "before", "until",
		"while", "where", "who", "during", "from", "not", "onwards", "onward", "through", "would", "will":
		return true
	}
	return false
}

// receivedTime reads the time-only receipt note "[Received 2:10 p.m.]",
// whose date is the document's. Receipt notes with a date are read by the
// date grammars and classified by Classify.
func (sc *scanner) receivedTime(i int) (Date, bool) {
	s := sc.s
	if i+1 >= len(s) || s[i+1]|0x20 != 'e' {
		return Date{}, false
	}
	we := readWord(s, i)
	k := we
	switch s[i:we] {
	case "Received", "RECEIVED":
	case "Recd":
		if k < len(s) && s[k] == '.' {
			k++
		}
	case "Rec":
		switch {
		case strings.HasPrefix(s[k:], "'d"):
			k += 2
		case strings.HasPrefix(s[k:], "’d"):
			k += len("’d")
		default:
			return Date{}, false
		}
	default:
		return Date{}, false
	}
	if k < len(s) && s[k] == ':' {
		k++
	}
	j := skipSpaces(s, k)
	if j == k {
		return Date{}, false
	}
	h, m, te, kind, ok := readClock(s, j)
	if !ok || kind == clockDotted {
		return Date{}, false
	}
	e := te
	if e < len(s) && s[e] == '.' && !strings.HasSuffix(s[j:te], ".") {
		e++
	}
	e = skipSpaces(s, e)
	if e < len(s) && s[e] != ']' && s[e] != ')' {
		return Date{}, false
	}
	d := sc.newDate(j, te, FormatTime, PrecisionNone)
	d.Hour, d.Minute, d.HasTime = h, m, true
	return d, true
}
