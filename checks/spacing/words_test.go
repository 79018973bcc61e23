package spacing

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestForEachWord splits text into maximal runs of letters: ASCII and beyond, combining marks
// inside a word, digits and punctuation between words.
func TestForEachWord(t *testing.T) {
	tests := []struct {
		text  string
		words []string
	}{
		{"", nil},
		{"  ,. 12 ", nil},
		{"The letteris here.", []string{"The", "letteris", "here"}},
		{"Gödöllő's naïve café—Москва", []string{"Gödöllő", "s", "naïve", "café", "Москва"}},
		{"cafe\u0301 x2y", []string{"cafe\u0301", "x", "y"}},
		{"ÅÅ\u200bab", []string{"ÅÅ", "ab"}},
		{"end", []string{"end"}},
	}
	for _, tt := range tests {
		var got []string
		forEachWord(tt.text, func(w string) { got = append(got, w) })
		require.Equal(t, tt.words, got, "%q", tt.text)
	}
}
