package checks

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// A Source is the bytes of one file and its line index. Every Document read from the file
// shares it, so a volume of a thousand documents indexes its lines once.
type Source struct {
	Path  string // as reported: slash-separated, relative to where the run started
	Bytes []byte

	lineStarts []int // byte offset of the first byte of each line
}

// NewSource indexes the lines of b. Lines end at "\n"; a "\r" before it belongs to the line end.
func NewSource(path string, b []byte) *Source {
	starts := make([]int, 1, 1+bytes.Count(b, []byte{'\n'}))
	for i, c := range b {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Source{Path: path, Bytes: b, lineStarts: starts}
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
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	start := s.lineStarts[i]
	prefix := s.Bytes[start:off]
	if i == 0 && bytes.HasPrefix(prefix, bom) {
		prefix = prefix[len(bom):] // a byte order mark is not a character of the first line
	}
	return Pos{Line: i + 1, Column: utf8.RuneCount(prefix) + 1, Byte: off}
}

// LineCount is the number of lines; a final line without "\n" counts, an empty tail does not.
func (s *Source) LineCount() int {
	n := len(s.lineStarts)
	if n > 1 && s.lineStarts[n-1] == len(s.Bytes) {
		n--
	}
	return n
}

// Line returns line n (1-based) without its line end, or nil when there is no such line.
func (s *Source) Line(n int) []byte {
	if n < 1 || n > len(s.lineStarts) {
		return nil
	}
	start := s.lineStarts[n-1]
	end := len(s.Bytes)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n] - 1
	}
	line := s.Bytes[start:end]
	return bytes.TrimSuffix(line, []byte{'\r'})
}

// LineStart returns the byte offset where line n (1-based) begins.
func (s *Source) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(s.lineStarts) {
		return len(s.Bytes)
	}
	return s.lineStarts[n-1]
}

var bom = []byte{0xEF, 0xBB, 0xBF}
