package checks

import (
	"bytes"
	"sort"
	"sync"
	"unicode/utf8"
)

// A Source is the bytes of one file and its line index. Every Document read from the file
// shares it, so a volume of a thousand documents indexes its lines once.
type Source struct {
	Path  string // as reported: slash-separated, relative to where the run started
	Bytes []byte

	// lineStarts are the byte offsets of the first byte of each line, indexed on first use:
	// the corpus pass reads every file and never asks a position.
	linesOnce  sync.Once
	lineStarts []int

	// runeMarks index the characters of a file with long lines (see Pos); built once, on the
	// first column asked far into a line.
	marksOnce sync.Once
	runeMarks []runeMark
}

// NewSource makes the source of b. Lines end at "\n"; a "\r" before it belongs to the line end.
func NewSource(path string, b []byte) *Source {
	return &Source{Path: path, Bytes: b}
}

// lines returns the line starts, indexing them on first use.
func (s *Source) lines() []int {
	s.linesOnce.Do(func() {
		b := s.Bytes
		starts := make([]int, 1, 1+bytes.Count(b, []byte{'\n'}))
		for i := 0; ; {
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
		}
		s.lineStarts = starts
	})
	return s.lineStarts
}

// A Pos is a place in a Source: 1-based line, 1-based column counted in characters (Unicode
// code points, as SARIF's "unicodeCodePoints"), and the 0-based byte offset.
type Pos struct {
	Line, Column, Byte int
}

// Pos returns the position of byte offset off, clamped to the source.
func (s *Source) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(s.Bytes) {
		off = len(s.Bytes)
	}
	lines := s.lines()
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	start := lines[i]
	if off-start > longLine {
		col := s.runesBefore(off) - s.runesBefore(start) + 1
		if i == 0 && bytes.HasPrefix(s.Bytes, bom) {
			col-- // a byte order mark is not a character of the first line
		}
		return Pos{Line: i + 1, Column: col, Byte: off}
	}
	prefix := s.Bytes[start:off]
	if i == 0 && bytes.HasPrefix(prefix, bom) {
		prefix = prefix[len(bom):] // a byte order mark is not a character of the first line
	}
	return Pos{Line: i + 1, Column: utf8.RuneCount(prefix) + 1, Byte: off}
}

// longLine is how far into a line Pos counts characters itself. Beyond it, counting from the
// line start for every finding would make a file of one 50 MB line take hours; the index
// makes each column cost at most markEvery bytes of counting.
const (
	longLine  = 4096
	markEvery = 4096
)

// A runeMark says that the character decoding of the source, from its start, has a
// character boundary at byte off, with runes characters before it.
type runeMark struct{ off, runes int }

// runesBefore counts the characters of Bytes[:off] as utf8.RuneCount does. Counting may
// resume at any mark and at any line start: both are boundaries of the decoding ("\n" is
// never part of a multi-byte sequence).
func (s *Source) runesBefore(off int) int {
	s.marksOnce.Do(func() {
		b := s.Bytes
		s.runeMarks = make([]runeMark, 0, len(b)/markEvery+1)
		runes := 0
		for i, next := 0, 0; i < len(b); runes++ {
			if i >= next {
				s.runeMarks = append(s.runeMarks, runeMark{i, runes})
				next = i + markEvery
			}
			if b[i] < utf8.RuneSelf {
				i++
				continue
			}
			_, n := utf8.DecodeRune(b[i:])
			i += n
		}
	})
	k := sort.Search(len(s.runeMarks), func(k int) bool { return s.runeMarks[k].off > off }) - 1
	if k < 0 {
		return utf8.RuneCount(s.Bytes[:off])
	}
	m := s.runeMarks[k]
	return m.runes + utf8.RuneCount(s.Bytes[m.off:off])
}

// LineCount is the number of lines; a final line without "\n" counts, an empty tail does not.
func (s *Source) LineCount() int {
	lines := s.lines()
	n := len(lines)
	if n > 1 && lines[n-1] == len(s.Bytes) {
		n--
	}
	return n
}

// Line returns line n (1-based) without its line end, or nil when there is no such line.
func (s *Source) Line(n int) []byte {
	lines := s.lines()
	if n < 1 || n > len(lines) {
		return nil
	}
	start := lines[n-1]
	end := len(s.Bytes)
	if n < len(lines) {
		end = lines[n] - 1
	}
	line := s.Bytes[start:end]
	return bytes.TrimSuffix(line, []byte{'\r'})
}

// LineStart returns the byte offset where line n (1-based) begins.
func (s *Source) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	lines := s.lines()
	if n > len(lines) {
		return len(s.Bytes)
	}
	return lines[n-1]
}

var bom = []byte{0xEF, 0xBB, 0xBF}
