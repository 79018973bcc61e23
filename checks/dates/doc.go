// Package dates finds calendar dates in archival transcriptions and says what
// each one is for.
//
// An [Extractor] scans one text block (a paragraph, a header line, a metadata
// value) and returns every date it finds with its exact byte span, its parsed
// year, month and day (0 when the text does not say), its precision, its
// written [Format], whether the stated calendar date exists, a stated weekday
// with its own span, a time of day when one follows, and a [Role] read from the
// surrounding words: the document date (a dateline), the date a record was
// made, sent, received, drafted or uploaded, or merely a date the text refers
// to. The cue that decided the role is kept.
//
// Extraction is hand-written rather than built from regular expressions: the
// scanner skips ahead to cheap anchors (digits, capitalised words that may be
// month names, Cyrillic words) and only then tries the date grammars, so plain
// prose costs one table lookup a byte. Things that look like dates and are not
// (file numbers such as 611.61/3-1262, page ranges, times, money, decimals,
// record and telegram numbers, DTG times like 1629Z) are rejected by the
// grammars' boundary rules.
//
// The calendar helpers ([JDN], [WeekdayOf], [DaysIn], [JulianToGregorian],
// [YearsTransposed], [YearsOneDigitOff]) use the proleptic Gregorian calendar
// unless their name says Julian.
package dates
