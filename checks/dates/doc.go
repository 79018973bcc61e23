// Package dates finds calendar dates in archival transcriptions and says what
// each one is for.
//
// An [Extractor] scans one text block (a paragraph, a header line, a metadata
// value) and returns every date it finds with its exact byte span, its
// parsed year, month and day (0 when the text does not say), its [Precision],
// its written [Format], whether the stated calendar date exists ([Date.Valid],
// [Date.Problem]), a stated weekday with its own span, a time of day when one
// follows, a Julian Day Number for arithmetic, and a [Role] read from the
// surrounding words ([Classify]): the document date (a dateline), the date a
// record was made, sent, received, drafted or uploaded, or merely a date the
// text refers to. The cue that decided the role is kept in [Date.Cue].
//
// Some dates need the rest of the document: "October 20" and "the 20th" have
// no year, "051430Z" no month, "9/15/92" no century. [Resolve] fills them in
// from the document date. All-numeric dates with slashes whose day and month
// are both 12 or less ("05/11/1956") are not guessed: set [Options.SlashOrder]
// for the collection, or let [InferOrder] read the order from the document's
// unambiguous ones (18/10/1956) and settle the rest with [Date.ApplyOrder].
//
// Extraction is hand-written rather than built from regular expressions: the
// scanner passes over whole words to the few places a date can start (a
// number, a capitalised word whose first three letters begin a month name,
// a Cyrillic word) and only there tries the grammars, so plain prose costs
// about one table lookup a byte and nothing is allocated. Things that look
// like dates and are not (file numbers such as 611.61/3-1262, page ranges,
// times, money, decimals, record and telegram numbers, DTG times like 1629Z,
// "the 38th parallel") fail the grammars' boundary rules.
//
// The calendar helpers ([JDN], [WeekdayOf], [DaysIn], [ValidDate],
// [JulianToGregorian], [YearsTransposed], [YearsOneDigitOff]) use the
// proleptic Gregorian calendar unless their name says Julian. Old Style and
// New Style double dates ("October 20/November 1, 1897") keep both halves;
// [Date.OldStyleMismatch] reports halves that name different days.
package dates
