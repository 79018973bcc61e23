package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// nameKind says where a month name may stand.
type nameKind uint8

const (
	nameEnglish nameKind = iota + 1 // full English name: any date form, capitalised
	nameAbbrev                      // English abbreviation, optionally with a period
	nameForeign                     // other languages: after a day, or before a year
)

type monthName struct {
	month int
	kind  nameKind
}

// maxNameBytes bounds the words looked up; longer words are never names.
const maxNameBytes = 24

// monthNames maps lower-cased month names to months. It is built once and
// only read.
var monthNames = buildMonthNames()

func buildMonthNames() map[string]monthName {
	m := map[string]monthName{}
	add := func(kind nameKind, month int, names ...string) {
		for _, n := range names {
			if _, taken := m[n]; !taken {
				m[n] = monthName{month, kind}
			}
		}
	}
	english := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, n := range english {
		add(nameEnglish, i+1, n)
	}
	// Abbreviations, with the older "Jany."/"Septr." forms of 19th-century letters.
	abbrevs := [12][]string{
		{"jan", "jany"}, {"feb", "febr", "feby"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"},
		{"aug", "augt"}, {"sep", "sept", "septr"}, {"oct", "octr"}, {"nov", "novr"}, {"dec", "decr"},
	}
	for i, ns := range abbrevs {
		add(nameAbbrev, i+1, ns...)
	}
	foreign := [12][]string{
		{"januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "stycznia", "styczeń", "ledna", "leden",
			"január", "januari", "januára", "янв", "январь", "января", "январе", "январю"},
		{"februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "lutego", "luty", "února", "únor",
			"február", "februari", "februára", "фев", "февр", "февраль", "февраля", "феврале", "февралю"},
		{"märz", "maerz", "mars", "marzo", "março", "marca", "marzec", "března", "březen", "március",
			"maart", "mart", "marec", "мар", "март", "марта", "марте", "марту"},
		{"avril", "abril", "aprile", "kwietnia", "kwiecień", "dubna", "duben", "április", "apríla",
			"апр", "апрель", "апреля", "апреле", "апрелю"},
		{"mai", "mayo", "maggio", "maio", "maja", "maj", "května", "květen", "május", "mei", "mája",
			"май", "мая", "мае", "маю"},
		{"juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "června", "červen", "június",
			"júna", "июн", "июнь", "июня", "июне", "июню"},
		{"juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "července", "červenec", "július",
			"júla", "июл", "июль", "июля", "июле", "июлю"},
		{"août", "aout", "agosto", "sierpnia", "sierpień", "srpna", "srpen", "augusztus", "augustus",
			"avgust", "авг", "август", "августа", "августе", "августу"},
		{"septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "wrzesień", "září",
			"szeptember", "septembar", "septembra", "сен", "сент", "сентябрь", "сентября", "сентябре", "сентябрю"},
		{"oktober", "octobre", "octubre", "ottobre", "outubro", "października", "październik", "října",
			"říjen", "október", "oktobar", "októbra", "окт", "октябрь", "октября", "октябре", "октябрю"},
		{"novembre", "noviembre", "novembro", "listopada", "listopad", "listopadu", "novembar", "novembra",
			"ноя", "нояб", "ноябрь", "ноября", "ноябре", "ноябрю"},
		{"dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień",
			"prosince", "prosinec", "decembar", "decembra", "дек", "декабрь", "декабря", "декабре", "декабрю"},
	}
	for i, ns := range foreign {
		add(nameForeign, i+1, ns...)
	}
	return m
}

type weekdayName struct {
	day    time.Weekday
	abbrev bool // English abbreviation: counts only with a period ("Thurs.")
}

// weekdayNames maps lower-cased weekday names to weekdays. Built once, only read.
var weekdayNames = buildWeekdayNames()

func buildWeekdayNames() map[string]weekdayName {
	m := map[string]weekdayName{}
	full := [7][]string{
		{"sunday", "sonntag", "dimanche", "domingo", "domenica", "niedziela", "niedzielę", "neděle", "neděli",
			"vasárnap", "воскресенье"},
		{"monday", "montag", "lundi", "lunes", "lunedì", "poniedziałek", "pondělí", "hétfő", "понедельник"},
		{"tuesday", "dienstag", "mardi", "martes", "martedì", "wtorek", "úterý", "kedd", "вторник"},
		{"wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "środa", "środę", "středa", "středu",
			"szerda", "среда", "среду"},
		{"thursday", "donnerstag", "jeudi", "jueves", "giovedì", "czwartek", "čtvrtek", "csütörtök", "четверг"},
		{"friday", "freitag", "vendredi", "viernes", "venerdì", "piątek", "pátek", "péntek", "пятница", "пятницу"},
		{"saturday", "samstag", "sonnabend", "samedi", "sábado", "sabato", "sobota", "sobotę", "szombat",
			"суббота", "субботу"},
	}
	for d, ns := range full {
		for _, n := range ns {
			m[n] = weekdayName{day: time.Weekday(d)}
		}
	}
	abbrevs := [7][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}}
	for d, ns := range abbrevs {
		for _, n := range ns {
			m[n] = weekdayName{day: time.Weekday(d), abbrev: true}
		}
	}
	return m
}

// monthPrefixes marks the lower-cased ASCII letter triples that begin a month
// name (a bit for each third letter), so that capitalised words such as
// "Department", "Secretary" or "Minister" are passed over without a lookup.
// Names with a non-ASCII letter among their first three are always looked up.
var monthPrefixes = buildMonthPrefixes()

func buildMonthPrefixes() (t [26][26]uint32) {
	for n := range monthNames {
		if len(n) >= 3 && lowerASCII(n[0]) && lowerASCII(n[1]) && lowerASCII(n[2]) {
			t[n[0]-'a'][n[1]-'a'] |= 1 << (n[2] - 'a')
		}
	}
	return t
}

func lowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// mayBeMonth reports whether the word at i can begin a month name.
func mayBeMonth(s string, i int) bool {
	if i+2 >= len(s) {
		return true
	}
	c0, c1, c2 := s[i]|0x20, s[i+1]|0x20, s[i+2]|0x20
	if s[i] >= utf8.RuneSelf || s[i+1] >= utf8.RuneSelf || s[i+2] >= utf8.RuneSelf {
		return true // "März", "Únor": looked up
	}
	if !lowerASCII(c0) || !lowerASCII(c1) || !lowerASCII(c2) {
		return false // no month name has a digit or a stop among its first three letters
	}
	return monthPrefixes[c0-'a'][c1-'a']&(1<<(c2-'a')) != 0
}

// nameInitials marks the bytes a month name can begin with (both cases, and
// the lead bytes of non-ASCII initials), so the scanner can skip other words
// without looking them up.
var nameInitials = buildNameInitials()

func buildNameInitials() (t [256]bool) {
	for n := range monthNames {
		r, _ := utf8.DecodeRuneInString(n)
		for _, v := range []rune{r, unicode.ToUpper(r)} {
			var buf [utf8.UTFMax]byte
			utf8.EncodeRune(buf[:], v)
			t[buf[0]] = true
		}
	}
	return t
}

// readWord returns the end of the word of letters starting at i (ASCII
// letters, and non-ASCII runes that are letters or combining marks).
func readWord(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += size
	}
	return i
}

// lowerWord writes the lower-cased word into buf and returns that part of
// it; ok is false when the word is too long to be a name. Callers convert
// the bytes to a string only inside a map index or a switch, which does not
// allocate.
func lowerWord(buf *[maxNameBytes]byte, w string) ([]byte, bool) {
	if len(w) > maxNameBytes {
		return nil, false
	}
	n := 0
	for ; n < len(w) && w[n] < utf8.RuneSelf; n++ { // the common, ASCII case
		c := w[n]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	if n == len(w) {
		return buf[:n], true
	}
	for _, r := range w[n:] {
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > maxNameBytes {
			return nil, false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return buf[:n], true
}

// lookupMonth returns the month name the word w is.
func lookupMonth(w string) (monthName, bool) { return lookupName(monthNames, w) }

// lookupWeekday returns the weekday named by w.
func lookupWeekday(w string) (weekdayName, bool) { return lookupName(weekdayNames, w) }

// lookupName looks w up, lower-cased, in a name table without allocating.
func lookupName[T any](table map[string]T, w string) (T, bool) {
	var buf [maxNameBytes]byte
	lw, ok := lowerWord(&buf, w)
	if !ok {
		var zero T
		return zero, false
	}
	v, ok := table[string(lw)]
	return v, ok
}

// capitalised reports whether the word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// equalFold reports whether s starts with the ASCII word w, ignoring case.
func hasPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool       { return isDigit(c) || isASCIILetter(c) }

// spelledOrdinals are the ordinal words that name days of the month; the
// twenties and thirties are written "twenty-first" and the like.
var spelledOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// tensWords start the compound ordinals.
var tensWords = map[string]int{"twenty": 20, "thirty": 30}

// spelledOrdinalAt reads a spelled day ("sixteenth", "twenty-first") at j.
func spelledOrdinalAt(s string, j int) (day, end int, ok bool) {
	e := readWord(s, j)
	if tens, ok := lookupName(tensWords, s[j:e]); ok && e < len(s) && (s[e] == '-' || s[e] == ' ') {
		e2 := readWord(s, e+1)
		if unit, ok := lookupName(spelledOrdinals, s[e+1:e2]); ok && unit < 10 {
			return tens + unit, e2, tens+unit <= 31
		}
		return 0, 0, false
	}
	day, ok = lookupName(spelledOrdinals, s[j:e])
	return day, e, ok
}

// spelledOrdinalBefore reads a spelled day that ends at i (spaces skipped).
func spelledOrdinalBefore(s string, i int) (day, start int, ok bool) {
	w, ws, dot := wordBefore(s, i)
	if dot {
		return 0, 0, false
	}
	unit, ok := lookupName(spelledOrdinals, w)
	if !ok {
		return 0, 0, false
	}
	if ws > 0 && (s[ws-1] == '-' || s[ws-1] == ' ') && unit < 10 {
		if tw, ts, _ := wordBefore(s, ws-1); tw != "" {
			if tens, ok := lookupName(tensWords, tw); ok {
				return tens + unit, ts, tens+unit <= 31
			}
		}
	}
	return unit, ws, true
}
