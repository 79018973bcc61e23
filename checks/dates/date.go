package dates

import (
	"fmt"
	"time"
)

// Precision says how much of a date the text states.
type Precision uint8

// Precisions, ordered from least to most precise.
const (
	PrecisionNone  Precision = iota // only a time of day, e.g. "[Received 2:10 p.m.]"
	PrecisionYear                   // "in 1956", or "05/11/1956" with the day/month order unknown
	PrecisionMonth                  // "October 1956"
	PrecisionDay                    // "October 18, 1956", "October 18", "051430Z"
)

func (p Precision) String() string {
	return enumString([]string{"none", "year", "month", "day"}, uint8(p), "Precision")
}

// enumString names v from names, or falls back to "Type(v)".
func enumString(names []string, v uint8, typ string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

// Format names the way a date is written. The values are stable strings so
// that rule expressions can compare them.
type Format string

// Formats.
const (
	FormatMonthDayYear Format = "month-day-year" // October 18, 1956; Oct. 18; October 18th
	FormatDayMonthYear Format = "day-month-year" // 18 October 1956; 18th October; 18 октября 1956 г.
	FormatOrdinalOf    Format = "ordinal-of"     // the 18th of October; the 20th
	FormatMonthYear    Format = "month-year"     // October 1956
	FormatYear         Format = "year"           // in 1956; 1950 г.
	FormatNumericDMY   Format = "numeric-dmy"    // 10.9.1979; 18/10/1956
	FormatNumericMDY   Format = "numeric-mdy"    // 10/18/56
	FormatNumeric      Format = "numeric"        // 05/11/1956: day/month order not known
	FormatRomanMonth   Format = "roman-month"    // 18.X.1956; 3.xi.56; 09 II 1981
	FormatISO          Format = "iso"            // 1956-10-18
	FormatDTG          Format = "dtg"            // 181600Z OCT 56; 051430Z
	FormatTime         Format = "time"           // [Received 2:10 p.m.]
)

// Role says what a date is for in its document.
type Role string

// Roles. RoleReferenced is the default: a date the text merely mentions.
const (
	RoleReferenced Role = "referenced"
	RoleDocument   Role = "document" // a dateline or header date
	RoleRecorded   Role = "recorded" // recorded, transcribed, prepared, minutes taken, text checked
	RoleReceived   Role = "received"
	RoleSent       Role = "sent" // sent, despatched, transmitted
	RoleDrafted    Role = "drafted"
	RoleUploaded   Role = "uploaded" // uploaded, posted, published
)

// Order is the day/month order of all-numeric dates written with slashes.
type Order uint8

// Orders. OrderUnknown leaves ambiguous dates (both numbers <= 12) unresolved.
const (
	OrderUnknown    Order = iota
	OrderDayFirst         // 05/11/1956 is 5 November
	OrderMonthFirst       // 05/11/1956 is 11 May
)

func (o Order) String() string {
	return enumString([]string{"unknown", "day-first", "month-first"}, uint8(o), "Order")
}

// YMD is a calendar date; 0 in a field means the field is not known.
type YMD struct {
	Year, Month, Day int
}

// IsZero reports whether no field is known.
func (v YMD) IsZero() bool { return v == YMD{} }

// Date is one date found in a text block. Offsets are bytes into the block.
type Date struct {
	Start, End int    // the span, weekday included; Text == block[Start:End]
	Text       string // the date as written

	Year, Month, Day int // 0 = not stated
	Precision        Precision
	Format           Format

	// Valid is false when the stated date cannot exist: a day past the end of
	// its month (February 30, June 31, day 33, "December 81, 1917"), month 13,
	// a year that is not 4 digits (19575), or an ambiguous numeric date that
	// neither order makes real.
	Valid bool

	// JDN is the Julian Day Number of a valid date of day precision with a
	// known year (proleptic Gregorian), for arithmetic; 0 otherwise.
	JDN int

	// Weekday is the weekday the text states, if HasWeekday; its span is
	// WeekdayStart..WeekdayEnd.
	Weekday                  time.Weekday
	HasWeekday               bool
	WeekdayStart, WeekdayEnd int

	// Hour and Minute are a time of day written with the date
	// ("January 20, 1930—2 p.m.", "181600Z"), if HasTime.
	Hour, Minute int
	HasTime      bool

	// OldStyle is the Julian (Old Style) half of a double date such as
	// "October 20/November 1, 1897"; Year/Month/Day hold the New Style half.
	OldStyle YMD

	// EndDay and EndMonth close a range written in one phrase
	// ("June 3–4, 1961", "28–29 October"); 0 when the date is not a range.
	EndMonth, EndDay int

	TwoDigitYear bool // the year was written with two digits and expanded
	YearInferred bool // Resolve filled in the year (or month, or century)
	OCRDigits    bool // the day was written with letters for digits: "2lst", "l6th"

	Role Role   // what the date is for; see Classify
	Cue  string // the words that decided Role, lower-cased: "recorded", "minutes taken", "received", "dateline"

	// ambiguous numeric dates keep both numbers so ApplyOrder can settle them.
	numFirst, numSecond int
	// after is the end of the date with any time that follows it.
	after int
}

// Ambiguous reports whether the date is an all-numeric date whose day and
// month order the text does not settle ("05/11/1956").
func (d Date) Ambiguous() bool { return d.Format == FormatNumeric && d.Month == 0 }

// Readings returns the day-first and month-first readings of an ambiguous
// numeric date. For other dates both are the date itself.
func (d Date) Readings() (dayFirst, monthFirst YMD) {
	if !d.Ambiguous() {
		v := YMD{d.Year, d.Month, d.Day}
		return v, v
	}
	return YMD{d.Year, d.numSecond, d.numFirst}, YMD{d.Year, d.numFirst, d.numSecond}
}

// ApplyOrder settles an ambiguous numeric date with the given order. It does
// nothing to other dates or when o is OrderUnknown.
func (d *Date) ApplyOrder(o Order) {
	if !d.Ambiguous() || o == OrderUnknown {
		return
	}
	dayFirst, monthFirst := d.Readings()
	v, format := dayFirst, FormatNumericDMY
	if o == OrderMonthFirst {
		v, format = monthFirst, FormatNumericMDY
	}
	d.Month, d.Day, d.Format, d.Precision = v.Month, v.Day, format, PrecisionDay
	d.finish()
}

// ComputedWeekday returns the weekday the calendar gives for the date, if the
// date is complete and valid.
func (d Date) ComputedWeekday() (time.Weekday, bool) {
	if d.JDN == 0 {
		return 0, false
	}
	return weekdayOfJDN(d.JDN), true
}

// WeekdayMismatch reports whether the stated weekday differs from the
// calendar's. It is false when there is nothing to compare.
func (d Date) WeekdayMismatch() bool {
	w, ok := d.ComputedWeekday()
	return ok && d.HasWeekday && w != d.Weekday
}

// WeekdayMatchesJulian reports whether the stated weekday is right for the
// date read in the Julian calendar: a Russian document before February 1918
// may date "Thursday, October 26, 1917" Old Style without saying so. Rules
// can spare such dates a weekday mismatch.
func (d Date) WeekdayMatchesJulian() bool {
	if !d.HasWeekday || d.JDN == 0 {
		return false
	}
	return JulianWeekdayOf(d.Year, d.Month, d.Day) == d.Weekday
}

// OldStyleMismatch reports whether the two halves of an Old Style/New Style
// double date name different days: "January 21 (February 8), 1899" (Old
// Style January 21 was New Style February 2). It is false when there is
// nothing to compare.
func (d Date) OldStyleMismatch() bool {
	os := d.OldStyle
	if os.Year == 0 || d.JDN == 0 || !ValidDate(os.Year, os.Month, os.Day) {
		return false
	}
	return JulianJDN(os.Year, os.Month, os.Day) != d.JDN
}

// Problem says in a few words why the date is not Valid; "" when it is.
func (d Date) Problem() string {
	if d.Valid {
		return ""
	}
	switch {
	case d.Year != 0 && (d.Year < 1000 || d.Year > 9999):
		return fmt.Sprintf("year %d does not have four digits", d.Year)
	case d.Ambiguous():
		return fmt.Sprintf("neither %d/%d nor %d/%d is a day and month", d.numFirst, d.numSecond, d.numSecond, d.numFirst)
	case d.Month < 1 || d.Month > 12:
		return fmt.Sprintf("there is no month %d", d.Month)
	case d.Year == 0:
		return fmt.Sprintf("%s has at most %d days", time.Month(d.Month), DaysIn(2000, d.Month))
	default:
		return fmt.Sprintf("%s %d has %d days", time.Month(d.Month), d.Year, DaysIn(d.Year, d.Month))
	}
}

// finish sets Precision-dependent fields (Valid, JDN) from Year/Month/Day.
func (d *Date) finish() {
	d.Valid = true
	d.JDN = 0
	if d.Year != 0 && (d.Year < 1000 || d.Year > 9999) {
		d.Valid = false
	}
	if d.Ambiguous() {
		dayFirst, monthFirst := d.Readings()
		if !ValidDate(dayFirst.Year, dayFirst.Month, dayFirst.Day) && !ValidDate(monthFirst.Year, monthFirst.Month, monthFirst.Day) {
			d.Valid = false
		}
		return
	}
	if d.Month != 0 && d.Month > 12 {
		d.Valid = false
	}
	if d.Precision == PrecisionDay && d.Month != 0 {
		y := d.Year
		if y == 0 {
			y = 2000 // a leap year: February 29 without a year may exist
		}
		if !ValidDate(y, d.Month, d.Day) {
			d.Valid = false
		}
	}
	if d.Valid && d.Precision == PrecisionDay && d.Year != 0 && d.Month != 0 {
		d.JDN = JDN(d.Year, d.Month, d.Day)
	}
}
