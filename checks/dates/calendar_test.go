package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestDaysInAndValidity(t *testing.T) {
	tests := []struct {
		year, month, days int
	}{
		{1956, 2, 29}, {1900, 2, 28}, {2000, 2, 29}, {1879, 2, 28}, {1956, 4, 30}, {1956, 12, 31}, {1956, 13, 0}, {1956, 0, 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.days, DaysIn(tc.year, tc.month), "%d-%02d", tc.year, tc.month)
	}
	assert.True(t, ValidDate(1956, 2, 29))
	assert.False(t, ValidDate(1957, 2, 29))
	assert.False(t, ValidDate(1956, 6, 31))
	assert.False(t, ValidDate(1956, 1, 0))
	assert.False(t, ValidDate(1956, 13, 1))
}

func TestWeekdayOf(t *testing.T) {
	tests := []struct {
		ymd  YMD
		want time.Weekday
	}{
		{YMD{1956, 10, 18}, time.Thursday},
		{YMD{1962, 10, 28}, time.Sunday},
		{YMD{1965, 4, 8}, time.Thursday},
		{YMD{1897, 12, 16}, time.Thursday}, // FRUS prints "Saturday, December 16, 1897"
		{YMD{1752, 9, 14}, time.Thursday},  // Britain's first Gregorian day
		{YMD{1, 1, 1}, time.Monday},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, WeekdayOf(tc.ymd.Year, tc.ymd.Month, tc.ymd.Day), "%v", tc.ymd)
	}
}

func TestJDN(t *testing.T) {
	assert.Equal(t, 2451545, JDN(2000, 1, 1))
	assert.Equal(t, 2440588, JDN(1970, 1, 1))
	assert.Equal(t, 2299161, JDN(1582, 10, 15), "the first Gregorian day")
	assert.Equal(t, YMD{1956, 10, 18}, FromJDN(JDN(1956, 10, 18)))
	assert.Equal(t, YMD{1, 1, 1}, FromJDN(JDN(1, 1, 1)))
	assert.Equal(t, 9, JDN(1965, 10, 18)-JDN(1965, 10, 9))
}

func TestJulianCalendar(t *testing.T) {
	tests := []struct {
		oldStyle, newStyle YMD
	}{
		{YMD{1582, 10, 4}, YMD{1582, 10, 14}}, // the last Julian day was followed by October 15
		{YMD{1897, 10, 20}, YMD{1897, 11, 1}}, // 12 days in the 19th century
		{YMD{1917, 10, 25}, YMD{1917, 11, 7}}, // 13 days in the 20th
		{YMD{1918, 1, 31}, YMD{1918, 2, 13}},  // Russia's last Julian day
		{YMD{1897, 12, 20}, YMD{1898, 1, 1}},  // across the year
		{YMD{1900, 2, 29}, YMD{1900, 3, 13}},  // a Julian leap day
	}
	for _, tc := range tests {
		assert.Equal(t, tc.newStyle, JulianToGregorian(tc.oldStyle), "%v", tc.oldStyle)
	}
	assert.Equal(t, time.Wednesday, JulianWeekdayOf(1917, 10, 25), "the October Revolution, OS")
}

func TestOldStyleMismatch(t *testing.T) {
	x := NewExtractor(Options{})
	tests := []struct {
		in   string
		want bool
	}{
		{"October 20/November 1, 1897", false},
		{"July 8/20, 1897", false},
		{"December 20, 1897/January 1, 1898", false},
		{"January 21 (February 8), 1899", true}, // January 21 (OS) was February 2
		{"October 20/November 2, 1897", true},
		{"October 20, 1897", false},
	}
	for _, tc := range tests {
		ds := x.Extract(tc.in)
		if assert.Len(t, ds, 1, tc.in) {
			assert.Equal(t, tc.want, ds[0].OldStyleMismatch(), tc.in)
		}
	}
}

func TestDaysBetween(t *testing.T) {
	x := NewExtractor(Options{})
	a, b := x.Extract("October 18, 1956")[0], x.Extract("18 October 1965")[0]
	n, ok := DaysBetween(a, b)
	assert.True(t, ok)
	assert.Equal(t, 3287, n)
	_, ok = DaysBetween(a, x.Extract("October 20")[0])
	assert.False(t, ok, "no year, no arithmetic")
}

func TestYearsTransposed(t *testing.T) {
	tests := []struct {
		a, b int
		want bool
	}{
		{1956, 1965, true}, {1962, 1926, true}, {1979, 1997, true}, {1960, 1906, true}, {1958, 1985, true},
		{1897, 1879, true}, {1956, 1659, true},
		{1956, 1956, false}, {1956, 1957, false}, {1956, 1946, false}, {1956, 1975, false}, {1956, 956, false},
		{1956, 6591, false}, {0, 0, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, YearsTransposed(tc.a, tc.b), "%d %d", tc.a, tc.b)
	}
}

func TestYearsOneDigitOff(t *testing.T) {
	tests := []struct {
		a, b int
		want bool
	}{
		{1956, 1957, true}, {1956, 1946, true}, {1864, 1884, true}, {1861, 1865, true}, {1870, 1670, true},
		{1956, 1956, false}, {1956, 1965, false}, {1956, 1967, false}, {1956, 19567, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, YearsOneDigitOff(tc.a, tc.b), "%d %d", tc.a, tc.b)
	}
}

func TestResolve(t *testing.T) {
	x := NewExtractor(Options{})
	ref := x.Extract("January 5, 1957")[0]
	tests := []struct {
		name, in string
		want     YMD
	}{
		{"same year", "(Received January 26.)", YMD{1957, 1, 26}},
		{"the year before is nearer", "on 28 December", YMD{1956, 12, 28}},
		{"the 25th in the month before", "your telegram of the 25th,", YMD{1956, 12, 25}},
		{"the 6th in the same month", "my note of the 6th instant", YMD{1957, 1, 6}},
		{"dtg day", "at 051430Z", YMD{1957, 1, 5}},
		{"february 29 skips common years", "on 29 February the", YMD{1956, 2, 29}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Resolve(x.Extract(tc.in)[0], ref)
			assert.Equal(t, tc.want, YMD{d.Year, d.Month, d.Day})
			assert.True(t, d.YearInferred)
			assert.NotZero(t, d.JDN)
		})
	}
	full := x.Extract("October 18, 1956")[0]
	assert.Equal(t, full, Resolve(full, ref), "a complete date is left alone")
	weekday := Resolve(x.Extract("Sunday, 7 December")[0], x.Extract("4 December 1958")[0])
	assert.False(t, weekday.WeekdayMismatch(), "7 December 1958 was a Sunday")
	wrong := Resolve(x.Extract("Monday, 7 December")[0], x.Extract("4 December 1958")[0])
	assert.True(t, wrong.WeekdayMismatch())
	century := Resolve(x.Extract("[Copy letter, 9/15/92.]")[0], x.Extract("March 1, 1893")[0])
	assert.Equal(t, YMD{1892, 9, 15}, YMD{century.Year, century.Month, century.Day})
	assert.True(t, century.YearInferred)
	modern := Resolve(x.Extract("5/20/77")[0], x.Extract("May 19, 1977")[0])
	assert.Equal(t, 1977, modern.Year)
	assert.False(t, modern.YearInferred)
	double := Resolve(x.Extract("July 8/20")[0], ref)
	assert.Equal(t, YMD{1956, 7, 20}, YMD{double.Year, double.Month, double.Day})
	assert.Equal(t, YMD{1956, 7, 8}, double.OldStyle)
}

func TestInferOrder(t *testing.T) {
	x := NewExtractor(Options{})
	dayFirst := append(x.Extract("18/10/1956"), x.Extract("05/11/1956")...)
	assert.Equal(t, OrderDayFirst, InferOrder(dayFirst))
	monthFirst := append(x.Extract("10/18/56"), x.Extract("05/11/1956")...)
	assert.Equal(t, OrderMonthFirst, InferOrder(monthFirst))
	assert.Equal(t, OrderUnknown, InferOrder(append(dayFirst, monthFirst...)))
	assert.Equal(t, OrderUnknown, InferOrder(x.Extract("05/11/1956 and October 18, 1956")))
}
