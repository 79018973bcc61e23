package dates

import "time"

// unixEpochJDN is the Julian Day Number of 1970-01-01.
const unixEpochJDN = 2440588

// IsLeap reports whether year is a leap year in the proleptic Gregorian calendar.
func IsLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// DaysIn returns the number of days in month (1-12) of year, Gregorian; 0 for
// a month out of range.
func DaysIn(year, month int) int {
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if IsLeap(year) {
			return 29
		}
		return 28
	}
	return 0
}

// ValidDate reports whether year-month-day exists in the proleptic Gregorian
// calendar.
func ValidDate(year, month, day int) bool {
	return day >= 1 && day <= DaysIn(year, month)
}

// JDN returns the Julian Day Number of a proleptic Gregorian date. Invalid
// dates are normalised the way time.Date does (February 30 is March 1 or 2).
func JDN(year, month, day int) int {
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	return int(floorDiv(t.Unix(), 86400)) + unixEpochJDN
}

// FromJDN returns the proleptic Gregorian date of a Julian Day Number.
func FromJDN(jdn int) YMD {
	t := time.Unix(int64(jdn-unixEpochJDN)*86400, 0).UTC()
	return YMD{t.Year(), int(t.Month()), t.Day()}
}

// WeekdayOf returns the weekday of a proleptic Gregorian date.
func WeekdayOf(year, month, day int) time.Weekday {
	return weekdayOfJDN(JDN(year, month, day))
}

// JulianJDN returns the Julian Day Number of a date in the Julian calendar
// (Old Style, as in Russia before February 1918).
func JulianJDN(year, month, day int) int {
	// The standard conversion (Meeus, Astronomical Algorithms, ch. 7),
	// counted from March so that the leap day ends the year.
	a := (14 - month) / 12
	y := year + 4800 - a
	m := month + 12*a - 3
	return day + (153*m+2)/5 + 365*y + floorDivInt(y, 4) - 32083
}

// JulianToGregorian converts an Old Style date to New Style.
func JulianToGregorian(v YMD) YMD {
	return FromJDN(JulianJDN(v.Year, v.Month, v.Day))
}

// JulianWeekdayOf returns the weekday of a date given in the Julian calendar.
func JulianWeekdayOf(year, month, day int) time.Weekday {
	return weekdayOfJDN(JulianJDN(year, month, day))
}

// DaysBetween returns b minus a in days, if both dates are complete and valid.
func DaysBetween(a, b Date) (int, bool) {
	if a.JDN == 0 || b.JDN == 0 {
		return 0, false
	}
	return b.JDN - a.JDN, true
}

// YearsTransposed reports whether a and b have the same digits with exactly
// two of them swapped: 1956 and 1965, 1962 and 1926, 1979 and 1997.
func YearsTransposed(a, b int) bool {
	da, db, ok := yearDigits(a, b)
	if !ok {
		return false
	}
	first, second := -1, -1
	for i := range da {
		if da[i] == db[i] {
			continue
		}
		switch {
		case first < 0:
			first = i
		case second < 0:
			second = i
		default:
			return false
		}
	}
	return second >= 0 && da[first] == db[second] && da[second] == db[first]
}

// YearsOneDigitOff reports whether a and b differ in exactly one digit: 1956
// and 1957, 1956 and 1946, 1864 and 1884.
func YearsOneDigitOff(a, b int) bool {
	da, db, ok := yearDigits(a, b)
	if !ok {
		return false
	}
	diff := 0
	for i := range da {
		if da[i] != db[i] {
			diff++
		}
	}
	return diff == 1
}

// yearDigits returns the decimal digits of two positive years of the same
// length, most significant first.
func yearDigits(a, b int) (da, db []byte, ok bool) {
	if a <= 0 || b <= 0 {
		return nil, nil, false
	}
	var bufA, bufB [20]byte
	da, db = appendDigits(bufA[:0], a), appendDigits(bufB[:0], b)
	return da, db, len(da) == len(db)
}

func appendDigits(dst []byte, n int) []byte {
	start := len(dst)
	for ; n > 0; n /= 10 {
		dst = append(dst, byte(n%10))
	}
	for i, j := start, len(dst)-1; i < j; i, j = i+1, j-1 {
		dst[i], dst[j] = dst[j], dst[i]
	}
	return dst
}

func weekdayOfJDN(jdn int) time.Weekday {
	// JDN 0 was a Monday; time.Weekday counts from Sunday.
	return time.Weekday((jdn%7 + 7 + 1) % 7)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorDivInt(a, b int) int { return int(floorDiv(int64(a), int64(b))) }
