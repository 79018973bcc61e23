package checks

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSourceLines indexes lines on first use, from any accessor, the same way for every shape
// of line end.
func TestSourceLines(t *testing.T) {
	tests := []struct {
		text  string
		count int
		lines []string
	}{
		{"", 1, []string{""}},
		{"a", 1, []string{"a"}},
		{"a\n", 1, []string{"a"}},
		{"a\nb", 2, []string{"a", "b"}},
		{"a\r\nb\n\n", 3, []string{"a", "b", ""}},
		{"\n\nc", 3, []string{"", "", "c"}},
	}
	for _, tt := range tests {
		// Each accessor first, on a fresh source: each must index the lines itself.
		require.Equal(t, tt.count, NewSource("a.txt", []byte(tt.text)).LineCount(), "%q", tt.text)
		require.Equal(t, tt.lines[0], string(NewSource("a.txt", []byte(tt.text)).Line(1)), "%q", tt.text)
		require.Equal(t, 0, NewSource("a.txt", []byte(tt.text)).LineStart(1), "%q", tt.text)
		require.Equal(t, 1, NewSource("a.txt", []byte(tt.text)).Pos(0).Line, "%q", tt.text)
		src := NewSource("a.txt", []byte(tt.text))
		for i, want := range tt.lines {
			require.Equal(t, want, string(src.Line(i+1)), "%q line %d", tt.text, i+1)
			start := src.LineStart(i + 1)
			require.Equal(t, Pos{Line: i + 1, Column: 1, Byte: start}, src.Pos(start), "%q line %d", tt.text, i+1)
		}
		require.Nil(t, src.Line(len(tt.lines)+2))
		require.Equal(t, len(tt.text), src.LineStart(len(tt.lines)+2))
	}
}
