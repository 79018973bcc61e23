package dates

// clockKind says how a time of day was written, which decides where it is
// believed.
type clockKind uint8

const (
	clockMarked clockKind = iota + 1 // a.m./p.m., Z, hours, noon: certainly a time
	clockColon                       // 14:20
	clockDotted                      // 14.20 with no marker: a time only after "at"
)

// readClock reads a time of day at i: "2 p.m.", "7:29 p.m.", "1:30 a. m.",
// "14:20", "1142Z", "1400 hours", "noon".
func readClock(s string, i int) (hour, minute, end int, kind clockKind, ok bool) {
	for _, w := range [...]struct {
		word string
		hour int
	}{{"noon", 12}, {"midnight", 0}} {
		if hasWordFold(s, i, w.word) {
			return w.hour, 0, i + len(w.word), clockMarked, true
		}
	}
	v, e := readDigits(s, i)
	switch n := e - i; n {
	case 4: // 1142Z, 1400 hours
		hour, minute = v/100, v%100
		switch {
		case e < len(s) && zoneLetter(s[e]) && boundaryAfterNumber(s, e+1):
			end = e + 1
		case hasWordFold(s, skipSpaces(s, e), "hours") || hasWordFold(s, skipSpaces(s, e), "hrs"):
			end = readWord(s, skipSpaces(s, e))
		default:
			return 0, 0, 0, 0, false
		}
		kind = clockMarked
	case 1, 2:
		hour, end = v, e
		if e+2 < len(s) && (s[e] == ':' || s[e] == '.') {
			if m, me := readDigits(s, e+1); me-(e+1) == 2 {
				minute, end = m, me
				kind = clockColon
				if s[e] == '.' {
					kind = clockDotted
				}
			}
		}
		if pm, me, ok := meridiem(s, end); ok {
			if hour < 1 || hour > 12 {
				return 0, 0, 0, 0, false
			}
			hour %= 12
			if pm {
				hour += 12
			}
			end, kind = me, clockMarked
		} else if kind == 0 {
			return 0, 0, 0, 0, false
		}
		if end < len(s) && isAlnum(s[end]) {
			return 0, 0, 0, 0, false
		}
	default:
		return 0, 0, 0, 0, false
	}
	if hour > 24 || minute > 59 {
		return 0, 0, 0, 0, false
	}
	return hour, minute, end, kind, true
}

// meridiem reads "a.m.", "p. m.", "am", "P.M." after an optional space at i.
func meridiem(s string, i int) (pm bool, end int, ok bool) {
	j := skipSpaces(s, i)
	if j >= len(s) {
		return false, 0, false
	}
	switch s[j] | 0x20 {
	case 'a':
	case 'p':
		pm = true
	default:
		return false, 0, false
	}
	k := j + 1
	dotted := k < len(s) && s[k] == '.'
	if dotted {
		k = skipSpaces(s, k+1)
	}
	if k >= len(s) || s[k]|0x20 != 'm' {
		return false, 0, false
	}
	k++
	if dotted && k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && isAlnum(s[k]) {
		return false, 0, false
	}
	return pm, k, true
}

// timeAfter reads a time that follows a date ending at k, after a comma, a
// dash or "at": "January 20, 1930—2 p.m.", "5 November 1956, 11:30",
// "on 29.X.1956 at 14:20", "November 2, 1938—[5 p.m.?]".
func timeAfter(s string, k int) (hour, minute, end int, ok bool) {
	j, separated, at := k, false, false
	if j < len(s) && s[j] == ',' {
		j, separated = j+1, true
	}
	if jj := skipSpaces(s, j); jj > j {
		j, separated = jj, true
	}
	if w := dashWidth(s, j); w > 0 {
		j, separated = skipSpaces(s, j+w), true
	} else if hasWordFold(s, j, "at") {
		j, separated, at = skipSpaces(s, j+2), true, true
	}
	if !separated {
		return 0, 0, 0, false
	}
	if j < len(s) && s[j] == '[' {
		j++
	}
	hour, minute, end, kind, ok := readClock(s, j)
	if !ok || kind == clockDotted && !at {
		return 0, 0, 0, false
	}
	return hour, minute, end, true
}
