package dates

import (
	"strings"
	"unicode/utf8"
)

// Classify sets the Role and Cue of each date in ds from the words around it
// in block, the text the dates were extracted from. Extract calls it; call it
// again only after changing dates by hand.
//
// Roles are read from the block alone. A caller that knows more (a TEI
// <dateline>, a front-matter "uploaded:" field) should set Role itself: a
// bare date block is classified RoleDocument whatever field it came from.
//
// The rules, in order:
//   - a note that starts with a cue: "Recorded by X on DATE", "Minutes taken
//     by X on DATE", "Received in Moscow on DATE", "(Received DATE.)", "Sent
//     from X on DATE", "Drafted by: X, DATE", "Rec’d: DATE", and the telegram
//     header letters "D." (despatched) and "R." (received) that open a block;
//   - a name followed by a recording verb: "A. Rozhetskin recorded [the
//     conversation] on DATE";
//   - inside brackets, a cue right before the date: "[… telegram, received
//     DATE, 1142Z; …]";
//   - a block that is only a place or a label and one date (with a weekday, a
//     time, and perhaps a bracketed note after it) is a dateline: RoleDocument.
func Classify(block string, ds []Date) {
	for i := range ds {
		d := &ds[i]
		d.Role, d.Cue = RoleReferenced, ""
		if role, cue, ok := noteCue(block, d.Start); ok {
			d.Role, d.Cue = role, cue
		}
	}
	if len(ds) > 0 && ds[0].Role == RoleReferenced && isDateline(block, ds[0]) {
		ds[0].Role, ds[0].Cue = RoleDocument, "dateline"
	}
}

// cue is what a cue word gives a date: its role, and the word itself as a
// static string for Date.Cue.
type cue struct {
	role Role
	word string
}

// cueWords maps lower-cased cue words to their cue. Built once, only read.
var cueWords = buildCueWords()

func buildCueWords() map[string]cue {
	m := map[string]cue{}
	for role, words := range cueWordLists {
		for _, w := range words {
			m[w] = cue{role, w}
		}
	}
	return m
}

var cueWordLists = map[Role][]string{
	RoleRecorded: {"recorded", "transcribed", "prepared", "compiled", "noted", "checked", "translated", "typed",
		"written", "drawn", "записал", "записала", "записали", "составил", "составила", "aufgezeichnet"},
	RoleReceived: {"received", "rec'd", "rec’d", "recd"},
	RoleSent:     {"sent", "despatched", "dispatched", "transmitted"},
	RoleDrafted:  {"drafted"},
	RoleUploaded: {"uploaded"},
}

// nounCues holds the two-word cues that open notes, "minutes taken",
// "protocol prepared", "record made": a record noun and a cue word, or one
// of the verbs too common to be cues alone.
var nounCues = buildNounCues()

func buildNounCues() map[string]cue {
	m := map[string]cue{}
	for noun := range recordNouns {
		for w, c := range cueWords {
			m[noun+" "+w] = cue{c.role, noun + " " + w}
		}
		for _, w := range []string{"taken", "made", "kept", "drawn"} {
			m[noun+" "+w] = cue{RoleRecorded, noun + " " + w}
		}
	}
	return m
}

// recordNouns may stand before a recording cue at the start of a note:
// "Minutes taken by", "Protocol prepared by", "Record made by".
var recordNouns = map[string]bool{
	"minutes": true, "notes": true, "note": true, "record": true, "protocol": true,
	"text": true, "conversation": true, "transcript": true, "transcription": true,
	"translation": true, "summary": true, "original": true,
}

// noteCue finds the cue that gives the date at pos its role.
func noteCue(s string, pos int) (Role, string, bool) {
	seg := segmentStart(s, pos)
	bracketed := seg < pos && (s[seg] == '[' || s[seg] == '(')
	lead := seg
	for lead < pos && strings.IndexByte(" \t[(*_\"'>#", s[lead]) >= 0 {
		lead++
	}
	note := s[lead:pos]
	atBlockStart := strings.TrimLeft(s[:lead], " \t[(*_\"'>#") == ""
	if role, cue, end, ok := leadingCue(note, atBlockStart, bracketed); ok {
		// A later cue nearer the date wins: "…, July 13; received July 23."
		if role2, cue2, ok := lastCue(note[end:]); ok {
			return role2, cue2, true
		}
		if len(note) > maxNoteReach {
			return "", "", false
		}
		return role, cue, true
	}
	if role, cue, ok := labelCue(note); ok {
		return role, cue, true
	}
	if role, cue, ok := namedRecorder(note); ok {
		return role, cue, true
	}
	if bracketed {
		return cueJustBefore(note)
	}
	return "", "", false
}

// maxNoteReach bounds how far a note's opening cue reaches: "Recorded by
// Wang Zhenyu, Department of Soviet and East European Affairs; text checked
// on DATE" is within it, a date deep in a long sentence is not.
const maxNoteReach = 120

// segmentStart returns where the note or sentence holding pos begins: after
// a sentence end, at a line break, or at an unclosed bracket.
func segmentStart(s string, pos int) int {
	lo := max(0, pos-240)
	square, round := 0, 0
	for j := pos - 1; j >= lo; j-- {
		if !segmentBytes[s[j]] {
			continue
		}
		switch s[j] {
		case '\n':
			return j + 1
		case ']':
			square++
		case ')':
			round++
		case '[':
			if square == 0 {
				return j
			}
			square--
		case '(':
			if round == 0 {
				return j
			}
			round--
		case '.', '!', '?', ';':
			if s[j] == ';' && square+round == 0 {
				continue // "Recorded by X; text checked on DATE" is one note
			}
			if sentenceEnd(s, j) {
				return j + 1
			}
		}
	}
	return lo
}

// segmentBytes are the bytes segmentStart stops at.
var segmentBytes = func() (t [256]bool) {
	for _, c := range []byte("\n[]().!?;") {
		t[c] = true
	}
	return t
}()

// abbreviations are words whose period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "lt": true, "col": true, "gen": true,
	"adm": true, "capt": true, "maj": true, "sgt": true, "cmdr": true, "lieut": true, "amb": true,
	"jr": true, "sr": true, "prof": true, "hon": true, "rev": true, "gov": true, "sen": true, "rep": true,
	"no": true, "nos": true, "vol": true, "pp": true, "ll": true, "op": true, "ff": true, "cf": true,
	"messrs": true, "esq": true, "tel": true, "viz": true, "ibid": true, "fol": true,
	"p": true, "f": true, "d": true, "l": true, "s": true, "ca": true, "c": true, "v": true,
}

// sentenceEnd reports whether the punctuation at j ends a sentence: a space
// and a capital follow, and a period does not close an initial or an
// abbreviation.
func sentenceEnd(s string, j int) bool {
	k := j + 1
	for k < len(s) && (s[k] == '"' || s[k] == ')' || s[k] == ']' || s[k] == '\'') {
		k++
	}
	n := skipSpaces(s, k)
	if n == k || n >= len(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); !(r >= 'A' && r <= 'Z' || r == '[' || r == '(' || r > 0x7F && capitalised(s[n:])) {
		return false
	}
	if s[j] != '.' {
		return true
	}
	w, _, _ := wordBefore(s, j+1)
	if utf8.RuneCountInString(w) == 1 && capitalised(w) {
		return false // an initial: "A. Rozhetskin"
	}
	var buf [maxNameBytes]byte
	lw, _ := lowerWord(&buf, w)
	return !abbreviations[string(lw)]
}

// leadingCue reads a cue that opens a note: "Recorded by", "Minutes taken
// by", "Received in Moscow on", "Rec’d:", and the telegram header letters
// "D." and "R." at the start of a block.
func leadingCue(note string, atBlockStart, bracketed bool) (role Role, word string, end int, ok bool) {
	w1, rest := firstWord(note)
	if !bracketed && !capitalised(w1) {
		return "", "", 0, false // a note opens with a capital; inside brackets it may not
	}
	if atBlockStart && (w1 == "D" || w1 == "R") && strings.HasPrefix(rest, ".") {
		if r := strings.TrimLeft(rest[1:], " "); r != "" && isDigit(r[0]) {
			if w1 == "D" {
				return RoleSent, "d.", 2, true
			}
			return RoleReceived, "r.", 2, true
		}
	}
	if c, ok := lookupName(cueWords, w1); ok && cueFollows(rest, c.role) {
		return c.role, c.word, len(note) - len(rest), true
	}
	if !capitalised(w1) {
		return "", "", 0, false
	}
	w2, rest2 := firstWord(rest)
	var b1, b2 [maxNameBytes]byte
	lw1, ok1 := lowerWord(&b1, w1)
	lw2, ok2 := lowerWord(&b2, w2)
	if !ok1 || !ok2 {
		return "", "", 0, false
	}
	var pair [2*maxNameBytes + 1]byte
	n := copy(pair[:], lw1)
	pair[n] = ' '
	n += 1 + copy(pair[n+1:], lw2)
	if c, ok := nounCues[string(pair[:n])]; ok && cueFollows(rest2, c.role) {
		return c.role, c.word, len(note) - len(rest2), true
	}
	return "", "", 0, false
}

// cueFollows reports whether what follows a cue word fits a note: "by",
// "on", a colon, nothing (the date), and for receipts and despatches a
// place ("in", "at", "from").
func cueFollows(rest string, role Role) bool {
	r := strings.TrimLeft(rest, " \t")
	if r == "" || r[0] == ':' || (r[0] == ',' && role != RoleRecorded) {
		return true
	}
	w, _ := firstWord(r)
	switch strings.ToLower(w) {
	case "by", "on", "down", "up":
		return true
	case "in", "at", "from", "via", "to":
		return role == RoleReceived || role == RoleSent
	case "date":
		return role == RoleUploaded
	}
	return isDigit(r[0]) || onlyNames(r)
}

// onlyNames reports whether s is one to five capitalised words or initials,
// as the name between "Записал" and the date.
func onlyNames(s string) bool {
	names := 0
	for {
		w, rest := firstWord(s)
		if w == "" {
			return names > 0 && strings.TrimSpace(s) == ""
		}
		if !capitalised(w) || names == 5 {
			return false
		}
		names++
		s = strings.TrimPrefix(rest, ".")
	}
}

// labelNouns name the event in a label: "Date of receipt:", "Upload date:".
var labelNouns = map[string]cue{
	"receipt": {RoleReceived, "receipt"}, "upload": {RoleUploaded, "upload"},
	"dispatch": {RoleSent, "dispatch"}, "despatch": {RoleSent, "despatch"},
	"recording": {RoleRecorded, "recording"}, "transcription": {RoleRecorded, "transcription"},
}

// labelCue reads a label of up to four words and a colon that names the
// event: "Date received:", "Date of receipt:", "Upload date:", "Date
// uploaded:", "Transcription date:".
func labelCue(note string) (Role, string, bool) {
	colon := strings.IndexByte(note, ':')
	if colon < 0 || colon > 40 {
		return "", "", false
	}
	rest := note[:colon]
	for words := 0; words < 4; words++ {
		w, r := firstWord(rest)
		if w == "" {
			break
		}
		if c, ok := lookupName(cueWords, w); ok {
			return c.role, c.word, true
		}
		if c, ok := lookupName(labelNouns, w); ok {
			return c.role, c.word, true
		}
		rest = r
	}
	return "", "", false
}

// namedRecorder reads "A. Rozhetskin recorded [the conversation] on": one
// to five capitalised words or initials, a recording verb, and a short
// remainder ending in "on" or a colon.
func namedRecorder(note string) (Role, string, bool) {
	rest := note
	names := 0
	for {
		w, r := firstWord(rest)
		if w == "" {
			return "", "", false
		}
		if capitalised(w) && names < 5 {
			names++
			rest = strings.TrimPrefix(r, ".")
			continue
		}
		if names == 0 {
			return "", "", false
		}
		switch w {
		case "recorded", "transcribed", "compiled", "noted", "translated", "prepared":
		default:
			return "", "", false
		}
		tail := strings.TrimSpace(r)
		if len(tail) > 60 || strings.ContainsAny(tail, ".;") {
			return "", "", false
		}
		if tail == "" || strings.HasSuffix(tail, ":") || tail == "on" || strings.HasSuffix(tail, " on") {
			return RoleRecorded, w, true
		}
		return "", "", false
	}
}

// cueJustBefore finds a cue among the last words before a date in a
// bracketed note, with only "on", "at", "in" and capitalised words between,
// and a comma, semicolon or colon (or nothing) before the cue: "[…
// telegram, received 28 December 1979, 1142Z]", but not "(… full powers
// were sent November 7.)".
func cueJustBefore(note string) (Role, string, bool) {
	end := len(note)
	for words := 0; words < 5; words++ {
		t := strings.TrimRight(note[:end], " \t,:")
		if t == "" {
			return "", "", false
		}
		w, start, _ := wordBefore(t, len(t))
		if w == "" {
			return "", "", false
		}
		if c, ok := lookupName(cueWords, w); ok {
			before := strings.TrimRight(note[:start], " \t")
			if before == "" || strings.ContainsRune(",;:", rune(before[len(before)-1])) {
				return c.role, c.word, true
			}
			return "", "", false
		}
		switch w {
		case "on", "at", "in":
		default:
			if !capitalised(w) {
				return "", "", false
			}
		}
		end = start
	}
	return "", "", false
}

// lastCue finds the cue word nearest the end of the rest of a note after
// its opening cue: "Recorded by X; text checked on", "Prepared by X and
// sent to Y on".
func lastCue(rest string) (Role, string, bool) {
	end := len(rest)
	for end > 0 {
		w, start, _ := wordBefore(rest, end)
		if c, ok := lookupName(cueWords, w); ok && w != "" {
			return c.role, c.word, true
		}
		if start == end {
			end--
			continue
		}
		end = start
	}
	return "", "", false
}

// firstWord splits off the first word of s (letters and apostrophes, after
// leading spaces); rest starts right after it.
func firstWord(s string) (word, rest string) {
	i := skipSpaces(s, 0)
	j := readWord(s, i)
	for j < len(s) && (s[j] == '\'' || strings.HasPrefix(s[j:], "’")) {
		k := j + 1
		if s[j] != '\'' {
			k = j + len("’")
		}
		e := readWord(s, k)
		if e == k {
			break
		}
		j = e
	}
	return s[i:j], s[j:]
}

// isDateline reports whether d is the only thing in the block besides a
// place or label before it and, after it, nothing or a bracketed note:
// "Berlin, 4 December 1958", "DATE: Friday, May 19, 1977", "Budapest,
// Thursday, 5 November 1956, 11:30", "July 18, 1870. (Received August 3.)".
func isDateline(s string, d Date) bool {
	if d.Precision < PrecisionMonth || !placeLike(s[:d.Start]) {
		return false
	}
	rest := strings.TrimLeft(s[d.after:], " \t.,:;")
	rest = strings.TrimLeft(rest, "\u00a0 \t\r\n")
	if rest == "" {
		return true
	}
	// A bracketed note may follow ("(Received August 3.)"), not a number
	// ("Nov. 13 (38)" is a row of a list of papers).
	return (rest[0] == '(' || rest[0] == '[') && len(rest) > 1 && (isASCIILetter(rest[1]) || letterAt(rest, 1))
}

// placeConnectors are the lower-case words a place name may hold.
var placeConnectors = map[string]bool{
	"of": true, "the": true, "de": true, "la": true, "le": true, "du": true, "des": true, "del": true,
	"di": true, "da": true, "am": true, "an": true, "der": true, "den": true, "upon": true, "on": true,
	"and": true, "y": true, "und": true, "et": true, "en": true, "sur": true, "bei": true, "d": true,
}

// placeLike reports whether s is empty or reads like a place or a label: up
// to eight capitalised words and connectors, with commas, colons and
// periods, and no digits.
func placeLike(s string) bool {
	if len(s) > 90 {
		return false
	}
	words := 0
	for i := 0; i < len(s); {
		if w := spaceWidth(s, i); w > 0 {
			i += w
			continue
		}
		if strings.IndexByte(",:.*_-'", s[i]) >= 0 {
			i++
			continue
		}
		if w := dashWidth(s, i); w > 0 {
			i += w
			continue
		}
		if strings.HasPrefix(s[i:], "’") {
			i += len("’")
			continue
		}
		e := readWord(s, i)
		if e == i {
			return false
		}
		w := s[i:e]
		var buf [maxNameBytes]byte
		lw, _ := lowerWord(&buf, w)
		if !capitalised(w) && !placeConnectors[string(lw)] {
			return false
		}
		if words++; words > 8 {
			return false
		}
		i = e
	}
	return true
}
