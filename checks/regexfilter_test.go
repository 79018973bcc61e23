package checks

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestQuickRejectNeverHidesAMatch tries regexes with and without a literal prefix, anchored or
// not, able to match nothing or not, on texts with and without matches: where the filter rejects a text, the regex finds
// nothing in it, and the filter does reject texts for the built-in shapes.
func TestQuickRejectNeverHidesAMatch(t *testing.T) {
	tests := []struct {
		regex            string
		prefix           string
		anchored         bool
		matches, rejects []string
		others           []string // no match, and the filter may let them through
	}{
		{regex: `\[Page \d{1,4}\]`, prefix: "[Page ", matches: []string{"a [Page 12] b"}, rejects: []string{"a [page 12]", "Page 12"}},
		{regex: `&(?:[A-Za-z]{2,8});`, prefix: "&", matches: []string{"x &amp; y"}, rejects: []string{"x and y"}},
		{regex: `(?i)^[ \t]*(skip to content|back to top)[ \t]*(?:\r?\n|$)`, anchored: true,
			matches: []string{"Skip to content", "  BACK TO TOP\nmore"}, rejects: []string{"text\nSkip to content"},
			others: []string{"skip to contents"}},
		{regex: `^[ \t]*(X{2,})[ \t]*$`, anchored: true, matches: []string{"XX", " XXX "}, rejects: []string{"aXX", ""}, others: []string{"XX\n"}},
		{regex: `\Aabc`, prefix: "abc", anchored: true, matches: []string{"abcd"}, rejects: []string{"xabc"}},
		{regex: `(?m)^XX$`, matches: []string{"a\nXX\nb"}},
		{regex: `^a|b`, matches: []string{"xb", "ax"}},
		{regex: `(?i)teh`, matches: []string{"TEH"}},
		{regex: `^`, matches: []string{"", "x"}},
		{regex: `^\b[A-Z]`, matches: []string{"Abc"}},
		{regex: `^(?:a|b*)c`, anchored: true, matches: []string{"c", "bbc", "ac"}, rejects: []string{"dc", "", "\nc"}},
		{regex: `^.x`, anchored: true, matches: []string{"ax", "éx"}, rejects: []string{"\nx"}},
		{regex: `(?s)^.x`, anchored: true, matches: []string{"\nx"}, rejects: []string{""}},
		{regex: `(?i)^[ \t]*é`, anchored: true, matches: []string{"É", " é"}, rejects: []string{"e"}},
		{regex: `x*$`, matches: []string{"", "abc"}},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.regex)
		q := newQuickReject(re)
		require.Equal(t, tt.prefix, q.prefix, tt.regex)
		require.Equal(t, tt.anchored, q.first != nil, tt.regex)
		for _, s := range tt.matches {
			require.NotNil(t, re.FindAllStringSubmatchIndex(s, -1), "%s in %q", tt.regex, s)
			require.False(t, q.rejects(s), "%s rejects %q, which it matches", tt.regex, s)
		}
		for _, s := range tt.rejects {
			require.Nil(t, re.FindAllStringSubmatchIndex(s, -1), "%s in %q", tt.regex, s)
			require.True(t, q.rejects(s), "%s lets %q through", tt.regex, s)
		}
		// Whatever the text, a rejection means no match.
		for _, s := range append(append(tt.matches, tt.rejects...), tt.others...) {
			for _, text := range []string{s, s + "\n" + s, strings.ToUpper(s), " " + s} {
				if q.rejects(text) {
					require.Nil(t, re.FindAllStringSubmatchIndex(text, -1), "%s rejects %q", tt.regex, text)
				}
			}
		}
	}
}
