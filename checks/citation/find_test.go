package citation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFind(t *testing.T) {
	p := packParser(t)
	cases := []struct {
		name  string
		text  string
		cites []string // the citations' text
		want  []want
	}{
		{
			name:  "footnote with a reversed range",
			text:  "The deadline ran out in May; cf. SAPMO-BArch, DY 30/3711, Bl. 140-133.",
			cites: []string{"SAPMO-BArch, DY 30/3711, Bl. 140-133"},
			want:  []want{{ReversedRange, "140-133", "133-140"}},
		},
		{
			name:  "parenthesised citation",
			text:  "Mikoyan objected (RGANI, f. 3, op. 14, d. 71, ll. 5-9), but the decision stood.",
			cites: []string{"RGANI, f. 3, op. 14, d. 71, ll. 5-9"},
		},
		{
			name:  "ibid with a reversed range",
			text:  "Ibid., ll. 31-27.",
			cites: []string{"ll. 31-27"},
			want:  []want{{ReversedRange, "31-27", "27-31"}},
		},
		{
			name:  "two citations in one sentence",
			text:  "See GARF, f. 5446, op. 1, d. 9; and RGASPI, f. 17, op. 3, d. 1001.",
			cites: []string{"GARF, f. 5446, op. 1, d. 9", "RGASPI, f. 17, op. 3, d. 1001"},
		},
		{
			name:  "misspelled repository before its fond",
			text:  "The order survives (GRAF, f. 9401, op. 2, d. 64).",
			cites: []string{"GRAF, f. 9401, op. 2, d. 64"},
			want:  []want{{MisspelledRepository, "GRAF", "GARF"}},
		},
		{
			name:  "missing number where a repository is named",
			text:  "RGASPI, f. 17, op. 3, d. , l. 4 records the vote.",
			cites: []string{"RGASPI, f. 17, op. 3, d. , l. 4 records the vote"},
			want:  []want{{MissingNumber, "d.", ""}},
		},
		{
			name:  "bare label without a repository stays quiet",
			text:  "Folder f 5, op. 3 was consulted.",
			cites: []string{"op. 3 was consulted"},
		},
		{
			name:  "a page alone is no citation",
			text:  "As he wrote on p. 5 of the report, Maxwell D. Taylor agreed.",
			cites: nil,
		},
		{
			name:  "elided page range",
			text:  "Printed in Foreign Relations, 1864, vol. 2, pp. 473-4.",
			cites: []string{"vol. 2, pp. 473-4"},
		},
		{
			name:  "a repository named in passing",
			text:  "Documents from RGANI became available in 1992.",
			cites: []string{"RGANI became available in 1992"},
		},
		{
			name:  "prose brackets are not a citation's",
			text:  "(see TNA, FO 371/128990, ff. 3-9",
			cites: []string{"TNA, FO 371/128990, ff. 3-9"},
		},
		{
			name: "nothing to anchor on",
			text: "The conversation lasted one hour and forty minutes.",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			found := p.Find(tc.text)
			var texts []string
			var got []want
			for _, c := range found {
				texts = append(texts, c.Text)
				assert.Equal(t, c.Text, tc.text[c.Span.Start:c.Span.End])
				for _, pr := range c.Problems {
					assert.Equal(t, pr.Match, tc.text[pr.Span.Start:pr.Span.End])
				}
				got = append(got, problemsOf(c)...)
			}
			assert.Equal(t, tc.cites, texts)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFindSpansPointIntoText(t *testing.T) {
	p := packParser(t)
	text := "Привет. Это из архива: АВП РФ, ф. 059, оп. 36, п. 12, д. 7, лл. 45–41. Конец."
	found := p.Find(text)
	require.Len(t, found, 1)
	require.Len(t, found[0].Problems, 1)
	pr := found[0].Problems[0]
	assert.Equal(t, "45–41", text[pr.Span.Start:pr.Span.End])
	assert.Equal(t, "41–45", pr.Suggestion)
	assert.Equal(t, "AVP RF", found[0].Repository.Name)
	assert.Equal(t, "АВП РФ", text[found[0].Repository.Span.Start:found[0].Repository.Span.End])
}
