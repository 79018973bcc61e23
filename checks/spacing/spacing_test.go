package spacing

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindReportsJoins(t *testing.T) {
	tests := []struct {
		name, text, match, suggestion string
		kind                          Kind
	}{
		{"noun and verb", "The second letteris dated the fourth of May.", "letteris", "letter is", RunTogether},
		{"possessive and noun", "They described theiroperations along the coast.", "theiroperations", "their operations", RunTogether},
		{"participle and preposition", "The consul was informedof the seizure.", "informedof", "informed of", RunTogether},
		{"two function words", "He asked us to send itin the next pouch.", "itin", "it in", RunTogether},
		{"conjunction and preposition", "The note was sent to London andto Paris.", "andto", "and to", RunTogether},
		{"pronoun and auxiliary", "We were told that nothinghas changed.", "nothinghas", "nothing has", RunTogether},
		{"subject and auxiliary, capitalised", "Wecannot accept these terms.", "Wecannot", "We cannot", RunTogetherCapital},
		{"I and a verb", "Ibelieve the proposal is sound.", "Ibelieve", "I believe", RunTogetherCapital},
		{"place and preposition", "Troops were seen entering Hungaryin strength.", "Hungaryin", "Hungary in", RunTogetherCapital},
		{"proper adjective and noun", "The Soviet note said the Sovietauthorities would reply.", "Sovietauthorities", "Soviet authorities", RunTogetherCapital},
		{"unknown place and 'and'", "a reserve near Tiszavarand Debrecen was kept", "Tiszavarand", "Tiszavar and", RunTogetherCapital},
		{"word glued to a capital", "the schooner theAnna Beck was seized", "theAnna", "the Anna", CamelJoin},
		{"period", "He returned the draft.But the minister declined.", "draft.But", "draft. But", AfterPeriod},
		{"period before a name", "Nothing was found.Guevara then left.", "found.Guevara", "found. Guevara", AfterPeriod},
		{"comma", "He went to Moscow,and then to Kiev.", "Moscow,and", "Moscow, and", AfterComma},
		{"comma between capitals", "FIRING,INCLUDING ARTILLERY", "FIRING,INCLUDING", "FIRING, INCLUDING", AfterComma},
		{"semicolon", "The talks ended;the delegates left.", "ended;the", "ended; the", AfterSemicolon},
		{"colon", "Subject:Fisheries in the North Pacific", "Subject:Fisheries", "Subject: Fisheries", AfterColon},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, Options{})
			require.Len(t, got, 1, "%+v", got)
			c := got[0]
			assert.Equal(t, tt.match, c.Match)
			assert.Equal(t, tt.suggestion, c.Suggestion)
			assert.Equal(t, tt.kind, c.Kind)
			assert.Equal(t, tt.match, tt.text[c.Start:c.End])
			assert.Equal(t, c.Start+strings.Index(tt.suggestion, " "), c.Insert)
			assert.Greater(t, c.Confidence, 0.5)
		})
	}
}

func TestFindLeavesGoodTextAlone(t *testing.T) {
	tests := []struct{ name, text string }{
		{"transliterated names", "Khrushchev met Tsedenbal; Habomai and Shikotan were discussed."},
		{"foreign words", "The enterprise moved to khozraschet and the Sejm approved it."},
		{"closed compounds", "Notwithstanding the countermeasures, peacekeeping went on whereupon therein herewith."},
		{"unlisted compound with a particle", "The plan spoke of the overfulfilment and underfulfilment of quotas."},
		{"archaic spellings", "In connexion with the despatch he did shew the papers."},
		{"abbreviations and initials", "N.S. Khrushchev told the U.S. Amb. at 4 p.m., e.g. No. 5, i.e. Mr. Smith."},
		{"numbers and times", "At 16:15 some 180,000 men, 3.5 per cent, file 611.61/3-1262."},
		{"addresses", "Write to archive@example.org or see www.Example.org/Papers and https://Example.org/a.B"},
		{"citation abbreviations", "RGANI, f. 5, op. 49, d. 131, ll. 193-194."},
		{"hyphens and names", "Pak Hon-yong, McNamara, MacDonald, DeGaulle and Mac-Donald agreed."},
		{"camelCase brands", "He used an iPhone and eBay."},
		{"roman numerals and ordinals", "Volume XIV, the 21st and 2nd of March, 15.VII.1951."},
		{"possessives", "Kissinger's and Khrushchev’s letters."},
		{"a French passage", "Le gouvernement a décidé que les partis et les costas seraient dissous sans délai."},
		{"name before a surname", "Comrade Ilie Verdet spoke for Romania."},
		{"first name ending like a joined word", "Dr. Augustin Rivera and Constantin Stere attended."},
		{"misspelling, not a join", "The fighting went on thoughout the night."},
		{"two function words that cannot follow", "the usus and anno were Latin."},
		{"ellipsis", "He paused...Then he spoke."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, Find(tt.text, Options{}))
		})
	}
}

func TestFindOrdersAndPlacesCandidates(t *testing.T) {
	text := "First line.\nThe letteris here, andto there;and draft.But Sovietauthorities.\n"
	got := Find(text, Options{})
	var matches []string
	for i, c := range got {
		matches = append(matches, c.Match)
		if i > 0 {
			assert.Less(t, got[i-1].Start, c.Start)
		}
		assert.Equal(t, c.Match, text[c.Start:c.End])
		fixed := text[:c.Insert] + " " + text[c.Insert:]
		assert.Contains(t, fixed, c.Suggestion)
	}
	assert.Equal(t, []string{"letteris", "andto", "there;and", "draft.But"}, matches,
		"Sovietauthorities needs the head elsewhere in the text")
}

func TestVocabularySilencesRecurringTokens(t *testing.T) {
	text := "The ship Hopeisle arrived. The paymentsof tonnage were made."
	vocab := NewVocabulary()
	assert.NotEmpty(t, Find(text, Options{}), "without a corpus the join is flagged")
	for range 3 {
		vocab.Learn(text)
	}
	assert.Equal(t, 3, vocab.Count("PAYMENTSOF"))
	assert.Empty(t, Find(text, Options{Vocabulary: vocab}))
	// Two function words glued are never a term, however often they occur.
	for range 5 {
		vocab.Learn("tothe")
	}
	assert.NotEmpty(t, Find("he went tothe city", Options{Vocabulary: vocab}))
}

func TestVocabularyAcceptAndReject(t *testing.T) {
	vocab := NewVocabulary()
	assert.NotEmpty(t, Find("the letteris here", Options{}))
	vocab.Accept("Letteris")
	assert.True(t, vocab.Accepted("letteris"))
	assert.Empty(t, Find("the letteris here", Options{Vocabulary: vocab}))

	assert.Empty(t, Find("it is therein", Options{}))
	vocab.Reject("therein")
	assert.True(t, vocab.Rejected("THEREIN"))
	assert.Empty(t, Find("it is therein", Options{Vocabulary: vocab}),
		"a rejected word is flagged only where a split is grammatical; there+in is a compound")
	vocab.Reject("forthwith")
	got := Find("he left forthwith", Options{Vocabulary: vocab})
	require.Len(t, got, 1)
	assert.Equal(t, "forth with", got[0].Suggestion)
}

func TestVocabularyLearnsConcurrentlyAndMerges(t *testing.T) {
	vocab := NewVocabulary()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { vocab.Learn("Szolnok lies east of Budapest; Szolnok is a town.") })
	}
	wg.Wait()
	assert.Equal(t, 16, vocab.Count("szolnok"))
	other := NewVocabulary()
	other.Learn("Szolnok")
	other.Accept("Cegled")
	vocab.Merge(other)
	vocab.Merge(vocab)
	vocab.Merge(nil)
	assert.Equal(t, 17, vocab.Count("Szolnok"))
	assert.True(t, vocab.Accepted("cegled"))
	var nilVocab *Vocabulary
	assert.Zero(t, nilVocab.Count("x"))
}

func TestNameJoinNeedsEvidence(t *testing.T) {
	assert.Empty(t, Find("Then Tiszavarwas quiet.", Options{}), "no evidence that Tiszavar stands alone")
	got := Find("Tiszavar arrived. Then Tiszavarwas quiet.", Options{})
	require.Len(t, got, 1)
	assert.Equal(t, "Tiszavar was", got[0].Suggestion)
	vocab := NewVocabulary()
	vocab.Learn("Tiszavar spoke.")
	got = Find("Then Tiszavarwas quiet.", Options{Vocabulary: vocab})
	require.Len(t, got, 1, "the corpus knows the name")
}

func TestReadWordList(t *testing.T) {
	words, err := ReadWordList(strings.NewReader("# project words\nTsedenbal\n\n  khozraschet  \n[Ss]ejm\nTwo words\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"Tsedenbal", "khozraschet"}, words)
}

// prose is invented FRUS-like text with no joins, for the throughput benchmark.
const prose = `The Secretary of State to the Minister in France. Washington, October 12, 1870.
Sir: Your despatch No. 194, of the 20th ultimo, has been received. The President approves the
course which you have pursued in connexion with the protection of the persons and property of
citizens of the United States at Paris, and desires me to say that the Government has learned
with satisfaction of the measures taken by the provisional authorities. In reply to the
inquiry of M. Favre, you may state that this Government cannot interpose in the conflict
between the belligerents otherwise than by its good offices, which will be offered whenever
both parties shall signify a wish to receive them. Herewith you will find copies of the
correspondence with Baron Gerolt, 611.61/3-1262, and of the instructions to Mr. Bancroft at
Berlin, which are sent for your information. I am, sir, your obedient servant, Hamilton Fish.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(prose, 1<<20/len(prose))
	Find(text, Options{}) // load the lexicon before timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if got := Find(text, Options{}); len(got) != 0 {
			b.Fatalf("unexpected candidates: %+v", got[0])
		}
	}
}
