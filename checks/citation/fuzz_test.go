package citation

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParse checks what must hold for any input: no panic; every span inside its part (on
// rune boundaries when the part is valid UTF-8), with Match the text it covers; a suggestion that changes something; the
// same answer twice; citations found in prose in order and apart.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"RGANI, f. 52, op. 1, d. 596, ll. 61-66. Translated by A. Example.",
		"Архив внешней политики Российской Федерации (АПВ РФ) | ф. 059, оп. 36, лл 41–45",
		"The National Archives of the UK (TNA, F0 371/1, ff 9-3",
		"MNL OL, XIX-J-1-j, Kína, 54. doboz, 1, 001492/2/1969",
		"NARA, RG , Central Foreign Policy Files, Electronic Telegrams, 1979KABUL01234",
		"„Zitat“ «цитата» \"quote [a (b] c)",
		"cf. SAPMO-BArch, DY 30/3386, Bl. 104-98; ibid., ll. 5-",
		"\xff\xfe f. \u00a0 5 -",
	} {
		f.Add(seed)
	}
	p := packParser(f)
	f.Fuzz(func(t *testing.T, text string) {
		parts := strings.Split(text, " | ")
		c := p.ParseParts(parts)
		checkCitation(t, parts, c)
		assert.Equal(t, c, p.ParseParts(parts), "parsing is deterministic")

		end := 0
		for _, fc := range p.Find(text) {
			checkCitation(t, []string{text}, fc)
			assert.GreaterOrEqual(t, fc.Span.Start, end, "citations found in order, apart")
			end = fc.Span.End
		}
	})
}

func checkCitation(t *testing.T, parts []string, c *Citation) {
	t.Helper()
	within := func(s Span) string {
		require.GreaterOrEqual(t, s.Part, 0)
		require.Less(t, s.Part, len(parts))
		part := parts[s.Part]
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(part), "span %+v in %q", s, part)
		if utf8.ValidString(part) { // readers report invalid UTF-8; it has no rune boundaries
			assert.True(t, s.Start == len(part) || utf8.RuneStart(part[s.Start]), "span starts inside a rune")
			assert.True(t, s.End == len(part) || utf8.RuneStart(part[s.End]), "span ends inside a rune")
		}
		return part[s.Start:s.End]
	}
	within(c.Span)
	if c.Repository != nil {
		within(c.Repository.Span)
	}
	if c.Credit != nil {
		assert.Equal(t, c.Credit.Text, within(c.Credit.Span))
	}
	for _, comp := range c.Components {
		within(comp.Span)
	}
	for _, pr := range c.Problems {
		assert.Equal(t, pr.Match, within(pr.Span))
		assert.NotEmpty(t, pr.Message)
		if pr.Suggestion != "" {
			assert.NotEqual(t, pr.Match, pr.Suggestion)
		}
	}
}
