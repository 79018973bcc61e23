package checks

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// slowPos is Pos as the definition says it: the characters from the line start, counted.
func slowPos(s *Source, off int) Pos {
	off = clamp(off, 0, len(s.Bytes))
	start := 0
	for i := off - 1; i >= 0; i-- {
		if s.Bytes[i] == '\n' {
			start = i + 1
			break
		}
	}
	prefix := s.Bytes[start:off]
	if start == 0 && len(prefix) >= len(bom) && string(prefix[:len(bom)]) == string(bom) {
		prefix = prefix[len(bom):]
	}
	return Pos{Line: strings.Count(string(s.Bytes[:off]), "\n") + 1, Column: utf8.RuneCount(prefix) + 1, Byte: off}
}

// TestPosOnLongLines: on a line of megabytes, columns come from an index instead of
// counting from the line start each time, and must be the same.
func TestPosOnLongLines(t *testing.T) {
	mixed := strings.Repeat("abc é 日本 \xff\xfe \xe6\x97 x", 3000) // valid and broken UTF-8, cut sequences
	for name, text := range map[string]string{
		"ascii":        "short\n" + strings.Repeat("word ", 20000) + "\nend",
		"mixed":        mixed + "\n" + mixed,
		"bom":          "\xEF\xBB\xBF" + mixed,
		"no line feed": strings.Repeat("ü", 30000),
	} {
		t.Run(name, func(t *testing.T) {
			s := NewSource("x.txt", []byte(text))
			for _, off := range []int{-1, 0, 1, 2, 3, 5, 4095, 4096, 4097, 8191, 8192, 20000, 50001, 99998, len(text) - 1, len(text), len(text) + 5} {
				assert.Equal(t, slowPos(s, off), s.Pos(off), "offset %d", off)
			}
			for off := 0; off <= len(text); off += 997 {
				assert.Equal(t, slowPos(s, off), s.Pos(off), "offset %d", off)
			}
		})
	}
}

// BenchmarkPosOnALongLine: the column of a finding near the end of a 16 MB line.
func BenchmarkPosOnALongLine(b *testing.B) {
	s := NewSource("x.txt", []byte(strings.Repeat("word ", 16<<20/5)))
	for b.Loop() {
		s.Pos(len(s.Bytes) - 3)
	}
}

// TestReportKeepsSourceOffsetsInside: a check that reports source offsets outside the source
// (a reader's label past its end, as FuzzRead once found) yields a finding inside it, which
// every report format can slice.
func TestReportKeepsSourceOffsetsInside(t *testing.T) {
	src := NewSource("x.md", []byte("---\ntitle: x\n---\n"))
	d := &Document{Source: src}
	r := &Rule{Name: "t", Kind: &Kind{Name: "k"}}
	for _, span := range [][2]int{{10, 99}, {-5, 3}, {40, 2}, {7, 4}} {
		var got Finding
		NewPass(d, r, func(f Finding) { got = f }).Report(Report{Start: span[0], End: span[1]})
		assert.True(t, 0 <= got.Start && got.Start <= got.End && got.End <= len(src.Bytes), "%v -> [%d,%d)", span, got.Start, got.End)
		assert.Equal(t, string(src.Bytes[got.Start:got.End]), got.Match)
	}
}
