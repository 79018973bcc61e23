package spacing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/bench"
	"github.com/archivelint/archivelint/checks/lexicon"
	"github.com/stretchr/testify/require"
)

// countTexts are texts whose decisions hang on corpus counts: names that recur, joins that
// recur, names glued to function words, camel joins, rejected words; then generated prose and,
// when the shared corpus is beside the repository, the development transcriptions.
func countTexts(t *testing.T) []string {
	texts := []string{
		"The ship Hopeisle arrived. The paymentsof tonnage were made. Hopeisle left; Hopeisle returned.",
		"The paymentsof the year; paymentsof duty; the Paymentsof clause.",
		"a reserve near Tiszavarand Debrecen was kept; Tiszavar is small. Szolnokand Cegled; Szolnok, Szolnok.",
		"the schooner theAnna Beck was seized; Anna and Anna again; theBeck; Beck; Beck.",
		"The Soviet note said the Sovietauthorities would reply. Soviet Soviet Soviet.",
		"He left forthwith, therein and thereof; it is therein; Forthwith they went.",
		"Khrushchev met Tsedenbal; Habomai and Shikotan were discussed. Tsedenbaland Khrushchev.",
		"The second letteris dated the fourth of May; letteris letteris letteris.",
		"Ibelieve the proposal is sound. Wecannot accept. Hungaryin strength; Hungary in spring.",
	}
	dir := t.TempDir()
	files, err := bench.Generate(dir, 256<<10)
	require.NoError(t, err)
	dev, _ := filepath.Glob(filepath.Join(bench.SharedDir(), "corpus", "dev", "s*", "*.*"))
	for _, f := range append(files, dev...) {
		if strings.HasSuffix(f, ".jsonl") {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	return texts
}

// TestCountUnknownOnlyFindsTheSame learns the same texts into a vocabulary that counts every
// word and one that counts only what the lexicon does not know: Find must give the same
// candidates with either, at every recurrence.
func TestCountUnknownOnlyFindsTheSame(t *testing.T) {
	texts := countTexts(t)
	every, unknown := NewVocabulary(), NewVocabulary()
	unknown.CountUnknownOnly(lexicon.Default())
	for _, v := range []*Vocabulary{every, unknown} {
		v.Reject("therein", "forthwith", "Anna")
		v.Learn(texts...)
	}
	require.Zero(t, unknown.Count("the"), "known words are not counted")
	require.NotZero(t, unknown.Count("forthwith"), "rejected words are")
	require.Equal(t, every.Count("Hopeisle"), unknown.Count("Hopeisle"))
	countsMatter := false
	for _, recurrence := range []int{1, 2, 3, 5} {
		for i, text := range texts {
			want := Find(text, Options{Vocabulary: every, Recurrence: recurrence})
			got := Find(text, Options{Vocabulary: unknown, Recurrence: recurrence})
			require.Equal(t, want, got, "text %d, recurrence %d", i, recurrence)
			noCounts := NewVocabulary()
			noCounts.Reject("therein", "forthwith", "Anna")
			if len(Find(text, Options{Vocabulary: noCounts, Recurrence: recurrence})) != len(want) {
				countsMatter = true
			}
		}
	}
	require.True(t, countsMatter, "the texts exercise decisions that depend on the counts")
}
