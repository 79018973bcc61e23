package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is what a test expects of one extracted date.
type want struct {
	text   string
	ymd    YMD
	prec   Precision
	format Format
	valid  bool
}

func day(text string, y, m, d int, f Format) want {
	return want{text, YMD{y, m, d}, PrecisionDay, f, true}
}

func invalid(text string, y, m, d int, f Format) want {
	return want{text, YMD{y, m, d}, PrecisionDay, f, false}
}

func got(ds []Date) []want {
	out := []want{}
	for _, d := range ds {
		out = append(out, want{d.Text, YMD{d.Year, d.Month, d.Day}, d.Precision, d.Format, d.Valid})
	}
	return out
}

// extractionCases are invented strings covering every format the extractor
// reads and the near misses it must leave alone. FuzzExtract seeds from them.
var extractionCases = []struct {
	name, in string
	want     []want
}{
	{"month day year", "Washington, October 18, 1956.", []want{day("October 18, 1956", 1956, 10, 18, FormatMonthDayYear)}},
	{"day month year", "on 18 October 1956 the", []want{day("18 October 1956", 1956, 10, 18, FormatDayMonthYear)}},
	{"abbreviated months", "Oct. 18, 1956 and Sept. 3, 1956",
		[]want{day("Oct. 18, 1956", 1956, 10, 18, FormatMonthDayYear), day("Sept. 3, 1956", 1956, 9, 3, FormatMonthDayYear)}},
	{"old abbreviation", "London, Decr. 4, 1861", []want{day("Decr. 4, 1861", 1861, 12, 4, FormatMonthDayYear)}},
	{"capitals", "ON DECEMBER 27, 1979 THE", []want{day("DECEMBER 27, 1979", 1979, 12, 27, FormatMonthDayYear)}},
	{"roman month", "sent on 18.X.1956 at", []want{day("18.X.1956", 1956, 10, 18, FormatRomanMonth)}},
	{"roman month, lower case, two-digit year", "Warsaw 3.xi.56", []want{day("3.xi.56", 1956, 11, 3, FormatRomanMonth)}},
	{"roman month between spaces", "Warszawa, 09 II 1981 r.", []want{day("09 II 1981 r.", 1981, 2, 9, FormatRomanMonth)}},
	{"numeric with dots", "dated 10.9.1979.", []want{day("10.9.1979", 1979, 9, 10, FormatNumericDMY)}},
	{"numeric with dots and spaces", "Praha 17. 10. 1968", []want{day("17. 10. 1968", 1968, 10, 17, FormatNumericDMY)}},
	{"slashes, day first by value", "on 18/10/1956.", []want{day("18/10/1956", 1956, 10, 18, FormatNumericDMY)}},
	{"slashes, month first by value", "Drafted: 10/18/56", []want{day("10/18/56", 1956, 10, 18, FormatNumericMDY)}},
	{"slashes, ambiguous", "Received: 05/11/1956, 14:05",
		[]want{{"05/11/1956", YMD{1956, 0, 0}, PrecisionYear, FormatNumeric, true}}},
	{"slashes, same day and month", "on 05/05/1956", []want{day("05/05/1956", 1956, 5, 5, FormatNumeric)}},
	{"slashes, the block settles the order", "18/10/1956 and 05/11/1956",
		[]want{day("18/10/1956", 1956, 10, 18, FormatNumericDMY), day("05/11/1956", 1956, 11, 5, FormatNumericDMY)}},
	{"iso", "uploaded: 2019-06-11", []want{day("2019-06-11", 2019, 6, 11, FormatISO)}},
	{"iso with time", "when 1956-10-18T14:00:00 it", []want{day("1956-10-18T14:00:00", 1956, 10, 18, FormatISO)}},
	{"the nth of month", "on the 18th of October, 1956,", []want{day("18th of October, 1956", 1956, 10, 18, FormatOrdinalOf)}},
	{"nth day of month", "this 12th day of October, 1891.", []want{day("12th day of October, 1891", 1891, 10, 12, FormatOrdinalOf)}},
	{"month nth", "on October 18th we", []want{day("October 18th", 0, 10, 18, FormatMonthDayYear)}},
	{"nth month comma year", "London, 18th October, 1956.", []want{day("18th October, 1956", 1956, 10, 18, FormatDayMonthYear)}},
	{"old ordinal d", "on the 2d May, 1864", []want{day("2d May, 1864", 1864, 5, 2, FormatDayMonthYear)}},
	{"spelled day before month", "since the thirteenth of August the",
		[]want{day("thirteenth of August", 0, 8, 13, FormatOrdinalOf)}},
	{"spelled compound day", "on the twenty-sixth day of May, 1930,",
		[]want{day("twenty-sixth day of May, 1930", 1930, 5, 26, FormatOrdinalOf)}},
	{"spelled day after month", "on December sixteenth, he", []want{day("December sixteenth", 0, 12, 16, FormatMonthDayYear)}},
	{"month the nth", "on January the 14th and", []want{day("January the 14th", 0, 1, 14, FormatMonthDayYear)}},
	{"dtg with month and year", "DTG 181600Z OCT 56", []want{day("181600Z OCT 56", 1956, 10, 18, FormatDTG)}},
	{"dtg alone", "effective at 051430Z (1000", []want{{"051430Z", YMD{0, 0, 5}, PrecisionDay, FormatDTG, true}}},
	{"dtg local zone letter", "since 291800H JAN 68.", []want{day("291800H JAN 68", 1968, 1, 29, FormatDTG)}},
	{"dtg spaced", "at 09 1630Z JUL 11", []want{day("09 1630Z JUL 11", 1911, 7, 9, FormatDTG)}},
	{"weekday month first", "Thursday, October 18, 1956", []want{day("Thursday, October 18, 1956", 1956, 10, 18, FormatMonthDayYear)}},
	{"weekday day first", "Havana, Sunday, 28 October 1962", []want{day("Sunday, 28 October 1962", 1962, 10, 28, FormatDayMonthYear)}},
	{"weekday abbreviated", "Thurs. 18 October 1956", []want{day("Thurs. 18 October 1956", 1956, 10, 18, FormatDayMonthYear)}},
	{"weekday with article", "Sonntag, den 28. Oktober 1962", []want{day("Sonntag, den 28. Oktober 1962", 1962, 10, 28, FormatDayMonthYear)}},
	{"weekday after", "on 3 February 1977 (Thursday) the", []want{day("3 February 1977 (Thursday)", 1977, 2, 3, FormatDayMonthYear)}},
	{"not a weekday after", "on 3 February 1977 (Smith) the", []want{day("3 February 1977", 1977, 2, 3, FormatDayMonthYear)}},
	{"received note", "(Received October 26.)", []want{day("October 26", 0, 10, 26, FormatMonthDayYear)}},
	{"received time only", "[Received 2:10 p.m.]", []want{{"2:10 p.m.", YMD{}, PrecisionNone, FormatTime, true}}},
	{"received roman", "Received in Moscow on 29.X.1956 at 18:05.", []want{day("29.X.1956", 1956, 10, 29, FormatRomanMonth)}},
	{"russian genitive", "Москва, 18 октября 1956 г.", []want{day("18 октября 1956 г.", 1956, 10, 18, FormatDayMonthYear)}},
	{"russian prepositional month and year", "в октябре 1956 года",
		[]want{{"октябре 1956 года", YMD{1956, 10, 0}, PrecisionMonth, FormatMonthYear, true}}},
	{"russian year", "в 1950 г. было", []want{{"1950 г.", YMD{1950, 0, 0}, PrecisionYear, FormatYear, true}}},
	{"german", "Berlin, den 22. August 1961", []want{day("22. August 1961", 1961, 8, 22, FormatDayMonthYear)}},
	{"german umlaut", "am 3. März 1957", []want{day("3. März 1957", 1957, 3, 3, FormatDayMonthYear)}},
	{"french", "Paris, le 12 mars 1871", []want{day("12 mars 1871", 1871, 3, 12, FormatDayMonthYear)}},
	{"french first", "le 1er mai 1871", []want{day("1er mai 1871", 1871, 5, 1, FormatDayMonthYear)}},
	{"spanish", "el 5 de mayo de 1914", []want{day("5 de mayo de 1914", 1914, 5, 5, FormatDayMonthYear)}},
	{"polish", "Warszawa, 18 października 1956 r.", []want{day("18 października 1956 r.", 1956, 10, 18, FormatDayMonthYear)}},
	{"czech", "dne 21. srpna 1968", []want{day("21. srpna 1968", 1968, 8, 21, FormatDayMonthYear)}},
	{"ocr day 2lst", "on the 2lst October", []want{day("2lst October", 0, 10, 21, FormatDayMonthYear)}},
	{"ocr day l0th", "on October l0th, 1956", []want{day("October l0th, 1956", 1956, 10, 10, FormatMonthDayYear)}},
	{"ocr day l6th", "the l6th October 1956", []want{day("l6th October 1956", 1956, 10, 16, FormatDayMonthYear)}},
	{"old style slash", "St. Petersburg, October 20/November 1, 1897.",
		[]want{day("October 20/November 1, 1897", 1897, 11, 1, FormatMonthDayYear)}},
	{"old style days", "July 8/20, 1897", []want{day("July 8/20, 1897", 1897, 7, 20, FormatMonthDayYear)}},
	{"old style parenthesised", "June 12 (24), 1893.", []want{day("June 12 (24), 1893", 1893, 6, 24, FormatMonthDayYear)}},
	{"old style across years", "December 20, 1897/January 1, 1898",
		[]want{day("December 20, 1897/January 1, 1898", 1898, 1, 1, FormatMonthDayYear)}},
	{"old style day first", "Petrograd, 1/14 January 1918", []want{day("1/14 January 1918", 1918, 1, 14, FormatDayMonthYear)}},
	{"old style day first across months", "19/1 February 1918", []want{day("19/1 February 1918", 1918, 2, 1, FormatDayMonthYear)}},
	{"new style first", "Signed May 4 (April 22), 1894.", []want{day("May 4 (April 22), 1894", 1894, 5, 4, FormatMonthDayYear)}},
	{"new style first, days only", "dated Apr. 18 (5), 1918,", []want{day("Apr. 18 (5), 1918", 1918, 4, 18, FormatMonthDayYear)}},
	{"two laws, not a double date", "the law of April 16, 1868/Feb. 23, 1872;",
		[]want{day("April 16, 1868", 1868, 4, 16, FormatMonthDayYear), day("Feb. 23, 1872", 1872, 2, 23, FormatMonthDayYear)}},
	{"two nights, not a double date", "on the night of 5/6 May", []want{day("5/6 May", 0, 5, 5, FormatDayMonthYear)}},
	{"two days, not a double date", "on May 5/6, 1956", []want{day("May 5/6, 1956", 1956, 5, 5, FormatMonthDayYear)}},
	{"dateline with time", "Washington, January 20, 1930—2 p.m.", []want{day("January 20, 1930", 1930, 1, 20, FormatMonthDayYear)}},
	{"range in month", "on June 3–4, 1961", []want{day("June 3–4, 1961", 1961, 6, 3, FormatMonthDayYear)}},
	{"range across months", "from May 20–June 1, 1864.", []want{day("May 20–June 1, 1864", 1864, 5, 20, FormatMonthDayYear)}},
	{"range day first", "the night of 28–29 October", []want{day("28–29 October", 0, 10, 28, FormatDayMonthYear)}},
	{"pair", "on September 22 and 23, 1883.", []want{day("September 22 and 23, 1883", 1883, 9, 22, FormatMonthDayYear)}},
	{"comma after month", "Dated February, 2, 1864.", []want{day("February, 2, 1864", 1864, 2, 2, FormatMonthDayYear)}},
	{"period before year", "Lima, May 14. 1870.", []want{day("May 14. 1870", 1870, 5, 14, FormatMonthDayYear)}},
	{"anno domini", "on August 30, A. D. 1870.", []want{day("August 30, A. D. 1870", 1870, 8, 30, FormatMonthDayYear)}},
	{"editorial doubt", "January 15 [14?], 1942", []want{day("January 15 [14?], 1942", 1942, 1, 15, FormatMonthDayYear)}},
	{"editorial sic", "June 19 [sic], 1930—9 p.m.", []want{day("June 19 [sic], 1930", 1930, 6, 19, FormatMonthDayYear)}},
	{"editorial brackets", "[January] 22, [1934]—6:30 p.m.", []want{day("January] 22, [1934]", 1934, 1, 22, FormatMonthDayYear)}},
	{"editorial day", "From Colonel House, December [4].", []want{day("December [4]", 0, 12, 4, FormatMonthDayYear)}},
	{"run together", "on October3, 1921 the", []want{day("October3, 1921", 1921, 10, 3, FormatMonthDayYear)}},
	{"missing space before year", "May 5,1914.", []want{day("May 5,1914", 1914, 5, 5, FormatMonthDayYear)}},
	{"blank day", "July —, 1870.", []want{{"July —, 1870", YMD{1870, 7, 0}, PrecisionMonth, FormatMonthYear, true}}},
	{"month and year", "in October 1956 the", []want{{"October 1956", YMD{1956, 10, 0}, PrecisionMonth, FormatMonthYear, true}}},
	{"month comma year", "in October, 1956,", []want{{"October, 1956", YMD{1956, 10, 0}, PrecisionMonth, FormatMonthYear, true}}},
	{"year after in", "in 1956 the Soviet", []want{{"1956", YMD{1956, 0, 0}, PrecisionYear, FormatYear, true}}},
	{"year before punctuation", "the Treaty of 1921.", []want{{"1921", YMD{1921, 0, 0}, PrecisionYear, FormatYear, true}}},
	{"day and month", "on 10 July and", []want{day("10 July", 0, 7, 10, FormatDayMonthYear)}},
	{"month and day", "by October 20, he", []want{day("October 20", 0, 10, 20, FormatMonthDayYear)}},
	{"lone ordinal", "your telegram of the 20th, which", []want{day("20th", 0, 0, 20, FormatOrdinalOf)}},
	{"lone ordinal instant", "my note of the 6th instant", []want{day("6th", 0, 0, 6, FormatOrdinalOf)}},
	{"february 30", "on February 30, 1956", []want{invalid("February 30, 1956", 1956, 2, 30, FormatMonthDayYear)}},
	{"february 29 in a common year", "Feb. 29, 1879", []want{invalid("Feb. 29, 1879", 1879, 2, 29, FormatMonthDayYear)}},
	{"february 29 in a leap year", "Feb. 29, 1956", []want{day("Feb. 29, 1956", 1956, 2, 29, FormatMonthDayYear)}},
	{"february 29 without a year", "on 29 February the", []want{day("29 February", 0, 2, 29, FormatDayMonthYear)}},
	{"june 31", "June 31, 1871", []want{invalid("June 31, 1871", 1871, 6, 31, FormatMonthDayYear)}},
	{"day 33", "May 33, 1881", []want{invalid("May 33, 1881", 1881, 5, 33, FormatMonthDayYear)}},
	{"day 81", "December 81, 1917", []want{invalid("December 81, 1917", 1917, 12, 81, FormatMonthDayYear)}},
	{"month 13", "on 18.13.1956", []want{invalid("18.13.1956", 1956, 13, 18, FormatNumericDMY)}},
	{"september 31 in roman", "on 31.IX.1956 at", []want{invalid("31.IX.1956", 1956, 9, 31, FormatRomanMonth)}},
	{"april 31", "Maputo, 31 April 1977", []want{invalid("31 April 1977", 1977, 4, 31, FormatDayMonthYear)}},
	{"five-digit year", "May 5, 19575.", []want{invalid("May 5, 19575", 19575, 5, 5, FormatMonthDayYear)}},
	{"dtg time is not a year", "May 19, 1982, 1629Z", []want{day("May 19, 1982", 1982, 5, 19, FormatMonthDayYear)}},
	{"zulu time after a day", "October 3, 1725Z", []want{day("October 3", 0, 10, 3, FormatMonthDayYear)}},

	// Near misses: things that look like dates and are not.
	{"decimal file number", "Department of State, Central Files, 611.61/3-1262.", nil},
	{"decimal file with letters", "File No. 500.A15a3/629", nil},
	{"file number with date suffix", "764.00/10-2556 and 764.00/10–2556", nil},
	{"record number with slashes", "Collection 001492/2/1969", nil},
	{"record group", "NARA, RG 17/2/146", nil},
	{"reference before numeric date", "No. 12/5/56 and ll. 10.3.1956", nil},
	{"page ranges", "pp. 41-48, ll. 61-66, ff. 84-87", nil},
	{"times", "started at 16:15 and ended at 4.20 a.m.", nil},
	{"money", "a loan of $1,500,000 and £1956", nil},
	{"decimals", "3.14 and 2.3.14 and 1.5", nil},
	{"record id", "Record ID 208807", nil},
	{"telegram number", "Tel. No. 1063, telegram 231906", nil},
	{"four-digit time zulu", "received 1142Z and 0533Z", nil},
	{"hours", "at 1400 hours and by 1600 hours", nil},
	{"count after preposition", "by 1956 votes, of 1500 men", nil},
	{"decades", "in the 1950s and in the 1950's", nil},
	{"year range", "in 1962-1964 and in 1967–69", nil},
	{"thousands after a month", "In May 1,500 people came", nil},
	{"month alone", "in May. In July we", nil},
	{"may as a verb", "May I ask? May 2 of them", []want{day("May 2", 0, 5, 2, FormatMonthDayYear)}},
	{"ordinal noun", "the 38th parallel, the 8th and 9th districts, the 20th Congress", nil},
	{"section numbers", "see 2.3.14 and 12.3.45", nil},
	{"day past 31 without year", "December 81 and March 45", nil},
	{"fraction", "1/2 and 3/4/5", nil},
	{"lowercase english month", "they march 18 miles", nil},
	{"roman numeral not a month", "Article 5 XIV 1956", nil},
}

func TestExtract(t *testing.T) {
	x := NewExtractor(Options{})
	for _, tc := range extractionCases {
		t.Run(tc.name, func(t *testing.T) {
			ds := x.Extract(tc.in)
			w := tc.want
			if w == nil {
				w = []want{}
			}
			assert.Equal(t, w, got(ds))
			for _, d := range ds {
				assert.Equal(t, tc.in[d.Start:d.End], d.Text)
			}
		})
	}
}

func TestExtractDetails(t *testing.T) {
	x := NewExtractor(Options{})
	tests := []struct {
		name  string
		in    string
		check func(t *testing.T, d Date)
	}{
		{"weekday span", "Havana, Sunday, 28 October 1962", func(t *testing.T, d Date) {
			assert.True(t, d.HasWeekday)
			assert.Equal(t, time.Sunday, d.Weekday)
			assert.Equal(t, "Sunday", "Havana, Sunday, 28 October 1962"[d.WeekdayStart:d.WeekdayEnd])
			assert.False(t, d.WeekdayMismatch())
		}},
		{"weekday mismatch", "Friday, 8 April 1965", func(t *testing.T, d Date) {
			assert.True(t, d.WeekdayMismatch(), "8 April 1965 was a Thursday")
		}},
		{"weekday after the date", "3 February 1977 (Sunday)", func(t *testing.T, d Date) {
			assert.Equal(t, "Sunday", "3 February 1977 (Sunday)"[d.WeekdayStart:d.WeekdayEnd])
			assert.True(t, d.WeekdayMismatch(), "3 February 1977 was a Thursday")
		}},
		{"weekday of an old style date", "Thursday, October 26, 1917", func(t *testing.T, d Date) {
			assert.True(t, d.WeekdayMismatch(), "October 26, 1917 (NS) was a Friday")
			assert.True(t, d.WeekdayMatchesJulian(), "October 26, 1917 (OS) was a Thursday")
		}},
		{"weekday in a place name", "Santo Domingo, November 5, 1896.", func(t *testing.T, d Date) {
			assert.False(t, d.HasWeekday)
			assert.Equal(t, "November 5, 1896", d.Text)
		}},
		{"dateline time", "Washington, January 20, 1930—2 p.m.", func(t *testing.T, d Date) {
			assert.True(t, d.HasTime)
			assert.Equal(t, []int{14, 0}, []int{d.Hour, d.Minute})
		}},
		{"time after comma", "Budapest, Thursday, 5 November 1956, 11:30", func(t *testing.T, d Date) {
			assert.Equal(t, []int{11, 30}, []int{d.Hour, d.Minute})
		}},
		{"noon", "June 15, 1864—noon", func(t *testing.T, d Date) {
			assert.Equal(t, []int{12, 0}, []int{d.Hour, d.Minute})
		}},
		{"midnight a. m.", "June 22—12 a. m.", func(t *testing.T, d Date) {
			assert.Equal(t, []int{0, 0}, []int{d.Hour, d.Minute})
			assert.True(t, d.HasTime)
		}},
		{"dotted time needs at", "on 29.X.1956 at 14.20.", func(t *testing.T, d Date) {
			assert.Equal(t, []int{14, 20}, []int{d.Hour, d.Minute})
		}},
		{"dtg time", "181600Z OCT 56", func(t *testing.T, d Date) {
			assert.Equal(t, []int{16, 0}, []int{d.Hour, d.Minute})
		}},
		{"old style half", "October 20/November 1, 1897", func(t *testing.T, d Date) {
			assert.Equal(t, YMD{1897, 10, 20}, d.OldStyle)
			assert.Equal(t, JulianToGregorian(d.OldStyle), YMD{d.Year, d.Month, d.Day}, "12 days apart in 1897")
		}},
		{"old style across the year", "December 20, 1897/January 1, 1898", func(t *testing.T, d Date) {
			assert.Equal(t, YMD{1897, 12, 20}, d.OldStyle)
		}},
		{"old style second", "May 4 (April 22), 1894", func(t *testing.T, d Date) {
			assert.Equal(t, YMD{1894, 4, 22}, d.OldStyle)
			assert.False(t, d.OldStyleMismatch())
		}},
		{"old style across months, days only", "May 25/6, 1897", func(t *testing.T, d Date) {
			assert.Equal(t, YMD{1897, 5, 25}, d.OldStyle)
			assert.Equal(t, YMD{1897, 6, 6}, YMD{d.Year, d.Month, d.Day})
		}},
		{"a pair of nights", "the night of 5/6 May", func(t *testing.T, d Date) {
			assert.True(t, d.OldStyle.IsZero())
			assert.Equal(t, 6, d.EndDay)
		}},
		{"range ends", "from May 20–June 1, 1864.", func(t *testing.T, d Date) {
			assert.Equal(t, []int{6, 1}, []int{d.EndMonth, d.EndDay})
		}},
		{"two-digit year", "10/18/56", func(t *testing.T, d Date) {
			assert.True(t, d.TwoDigitYear)
		}},
		{"ocr digits", "October l0th, 1956", func(t *testing.T, d Date) {
			assert.True(t, d.OCRDigits)
		}},
		{"jdn", "January 1, 2000", func(t *testing.T, d Date) {
			assert.Equal(t, 2451545, d.JDN)
		}},
		{"no jdn without a year", "October 20", func(t *testing.T, d Date) {
			assert.Zero(t, d.JDN)
		}},
		{"problem", "June 31, 1871", func(t *testing.T, d Date) {
			assert.Equal(t, "June 1871 has 30 days", d.Problem())
		}},
		{"problem of month 13", "18.13.1956", func(t *testing.T, d Date) {
			assert.Equal(t, "there is no month 13", d.Problem())
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := x.Extract(tc.in)
			require.NotEmpty(t, ds)
			tc.check(t, ds[0])
		})
	}
}

func TestExtractOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		in   string
		want YMD
	}{
		{"day first", Options{SlashOrder: OrderDayFirst}, "05/11/1956", YMD{1956, 11, 5}},
		{"month first", Options{SlashOrder: OrderMonthFirst}, "05/11/1956", YMD{1956, 5, 11}},
		{"unambiguous wins over the option", Options{SlashOrder: OrderMonthFirst}, "18/10/1956", YMD{1956, 10, 18}},
		{"century", Options{Century: 1800}, "10/18/56", YMD{1856, 10, 18}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := NewExtractor(tc.opts).Extract(tc.in)
			require.Len(t, ds, 1)
			assert.Equal(t, tc.want, YMD{ds[0].Year, ds[0].Month, ds[0].Day})
			assert.True(t, ds[0].Valid)
			assert.NotZero(t, ds[0].JDN)
		})
	}
}

func TestApplyOrder(t *testing.T) {
	d := NewExtractor(Options{}).Extract("05/11/1956")[0]
	require.True(t, d.Ambiguous())
	dayFirst, monthFirst := d.Readings()
	assert.Equal(t, YMD{1956, 11, 5}, dayFirst)
	assert.Equal(t, YMD{1956, 5, 11}, monthFirst)
	d.ApplyOrder(OrderMonthFirst)
	assert.False(t, d.Ambiguous())
	assert.Equal(t, YMD{1956, 5, 11}, YMD{d.Year, d.Month, d.Day})
	assert.Equal(t, FormatNumericMDY, d.Format)
	assert.Equal(t, JDN(1956, 5, 11), d.JDN)

	bad := NewExtractor(Options{}).Extract("31/31/1956")
	require.Len(t, bad, 1)
	assert.False(t, bad[0].Valid, "neither order makes 31/31 a date")
}

func TestAppendExtractReusesBuffer(t *testing.T) {
	x := NewExtractor(Options{})
	buf := make([]Date, 0, 8)
	buf = x.AppendExtract(buf, "October 18, 1956")
	buf = x.AppendExtract(buf, "and 18 October 1956")
	require.Len(t, buf, 2)
	assert.Equal(t, "October 18, 1956", buf[0].Text)
	assert.Equal(t, "18 October 1956", buf[1].Text)
	allocs := testing.AllocsPerRun(100, func() {
		buf = x.AppendExtract(buf[:0], "Sunday, 28 October 1962, at 14:20, and 29.X.1956")
	})
	assert.Zero(t, allocs)
}
