package dates

// Double dates give one day in two calendars: Old Style (Julian) and New
// Style (Gregorian), as Russia and Greece wrote them until 1918 and 1923.
// They come as "October 20/November 1, 1897", "July 8/20, 1897", "June 12
// (24), 1893", "November 23 (December 5), 1883", "1/14 January 1918",
// "December 20, 1897/January 1, 1898", and now and then New Style first:
// "May 4 (April 22), 1894", "Apr. 18 (5), 1918". The Julian calendar ran 10
// days behind in the 1600s, 11 in the 1700s, 12 in the 1800s and 13 from
// 1900; settleDouble uses that gap to tell the halves apart and to tell a
// double date from a pair of days ("the night of 5/6 May").

// otherHalf reads the second half of a month-first double date before its
// year, at k: "/November 1", "/20", " (24)", " (December 5)". A second half
// with only a day may fall in the first's month or the next; both are
// offered. strict says whether the gap must be the calendars' (a bare day)
// or may be a typo away from it (a month and day).
func (sc *scanner) otherHalf(month, k int) (cands [2]YMD, n int, strict bool, end int, ok bool) {
	s := sc.s
	j := skipSpaces(s, k)
	if j >= len(s) || (s[j] != '/' && s[j] != '(') {
		return cands, 0, false, 0, false
	}
	paren := s[j] == '('
	j = skipSpaces(s, j+1)
	otherMonth := 0
	we := readWord(s, j)
	if mn, ok := lookupMonth(s[j:we]); ok && mn.kind != nameForeign && capitalised(s[j:we]) {
		otherMonth, j = mn.month, we
		if mn.kind == nameAbbrev && j < len(s) && s[j] == '.' {
			j++
		}
		j = skipSpaces(s, j)
	} else if we > j {
		return cands, 0, false, 0, false
	}
	day, e, _, _, ok := readDay(s, j)
	if !ok || day > 31 {
		return cands, 0, false, 0, false
	}
	if paren {
		if e = skipSpaces(s, e); e >= len(s) || s[e] != ')' {
			return cands, 0, false, 0, false
		}
		e++
		if _, _, ok := sc.yearAfter(e); !ok {
			return cands, 0, false, 0, false
		}
	}
	if otherMonth != 0 {
		return [2]YMD{{0, otherMonth, day}}, 1, false, e, true
	}
	return [2]YMD{{0, month, day}, {0, month%12 + 1, day}}, 2, true, e, true
}

// otherHalfAfterYear extends a month-first date that has its own year with
// a second half that has one too: "December 20, 1897/January 1, 1898",
// "June 30/July 11, 1894" having been read as far as "June 30".
func (sc *scanner) otherHalfAfterYear(d *Date) {
	s := sc.s
	j := skipSpaces(s, d.End)
	if j >= len(s) || s[j] != '/' {
		return
	}
	j = skipSpaces(s, j+1)
	we := readWord(s, j)
	mn, ok := lookupMonth(s[j:we])
	if !ok || mn.kind == nameForeign || !capitalised(s[j:we]) {
		return
	}
	k := we
	if mn.kind == nameAbbrev && k < len(s) && s[k] == '.' {
		k++
	}
	day, end, _, _, ok := readDay(s, skipSpaces(s, k))
	if !ok || day > 31 {
		return
	}
	other := YMD{0, mn.month, day}
	if y, e, ok := sc.yearAfter(end); ok {
		other.Year, end = y, e
	}
	settled := *d
	if settleDouble(&settled, [2]YMD{other}, 1, false) {
		settled.End = end
		*d = settled
	}
}

// settleDouble decides whether d (holding the first half as written) and
// one of the candidate second halves form a double date, and if so sets
// d's New Style day and OldStyle. Years missing on either side are taken
// from the other. With strict, the halves must be 9 to 14 days apart; else
// up to a month, so that a mistyped half is kept for OldStyleMismatch to
// report. It reports false, leaving d alone, when the halves are not a
// double date.
func settleDouble(d *Date, cands [2]YMD, n int, strict bool) bool {
	first := YMD{d.Year, d.Month, d.Day}
	for _, c := range cands[:n] {
		c, f := fillYears(c, first)
		gap := JDN(yearOr(c.Year), c.Month, c.Day) - JDN(yearOr(f.Year), f.Month, f.Day)
		if yearOr(c.Year) != yearOr(f.Year) {
			// a placeholder year was used on one side only: compare within it
			gap = JDN(2001+c.Year-f.Year, c.Month, c.Day) - JDN(2001, f.Month, f.Day)
		}
		lo, hi := 1, 31
		if strict {
			lo, hi = 9, 14
		}
		if abs(gap) < lo || abs(gap) > hi {
			continue
		}
		oldStyle, newStyle := f, c
		if gap < 0 {
			oldStyle, newStyle = c, f
		}
		d.OldStyle = oldStyle
		d.Year, d.Month, d.Day = newStyle.Year, newStyle.Month, newStyle.Day
		return true
	}
	return false
}

// fillYears gives each half the other's year where it has none, across a
// turn of the year when the months are far apart (December and January).
func fillYears(c, f YMD) (YMD, YMD) {
	switch {
	case c.Year == 0 && f.Year != 0:
		c.Year = f.Year + yearTurn(f.Month, c.Month)
	case f.Year == 0 && c.Year != 0:
		f.Year = c.Year - yearTurn(f.Month, c.Month)
	}
	return c, f
}

// yearTurn is 1 when month b follows month a across New Year, -1 when it
// precedes it, 0 otherwise.
func yearTurn(a, b int) int {
	switch {
	case a-b > 6:
		return 1
	case b-a > 6:
		return -1
	}
	return 0
}

// yearOr stands a common year in for an unknown one.
func yearOr(y int) int {
	if y == 0 {
		return 2001
	}
	return y
}
