package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNextNonASCII finds the first byte that is not ASCII at every offset of the eight-byte
// steps, and none in ASCII text.
func TestNextNonASCII(t *testing.T) {
	for n := range 20 {
		s := strings.Repeat("a", n) + "\uFFFD" + "tail"
		for from := 0; from <= n; from++ {
			require.Equal(t, n, nextNonASCII(s, from), "n=%d from=%d", n, from)
		}
		require.Equal(t, n, nextNonASCII(strings.Repeat("b", n), 0))
	}
}

// TestCharsFindsAfterASCIIRuns reports a class of characters outside ASCII wherever it sits
// after ASCII text, as the scan that skips eight bytes at a time must.
func TestCharsFindsAfterASCIIRuns(t *testing.T) {
	check, diags := buildChars(&charsConfig{Class: `[\x{200B}\x{FFFD}]`}, &Build{Rule: &Rule{}})
	require.False(t, diags.HasErrors())
	require.True(t, check.(*charsCheck).class.nonASCII)
	for n := range 20 {
		text := strings.Repeat("x", n) + "\u200B" + strings.Repeat("y", n) + "é\uFFFD"
		doc := evalDocument("a.txt", evalUnit{block: "paragraph", text: text})
		var found []string
		check.Run(NewPass(doc, &Rule{Name: "t", Kind: CharsKind}, func(f Finding) { found = append(found, f.Match) }))
		require.Equal(t, []string{"\u200B", "\uFFFD"}, found, "n=%d", n)
	}
}
