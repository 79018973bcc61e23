package eval

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/archivelint/archivelint/bench"
	"github.com/archivelint/archivelint/checks/spacing"
)

var dump = flag.String("dump", "", "write every FRUS candidate with its context to this file")

func TestDevSets(t *testing.T) {
	perKind := map[string]*[3]int{} // true positives, false positives, missed
	tally := func(kind string) *[3]int {
		if perKind[kind] == nil {
			perKind[kind] = new([3]int)
		}
		return perKind[kind]
	}
	var tp, fp, missed int
	for _, set := range []string{"s1", "s2", "s3"} {
		dir := bench.Shared(t, "corpus/dev", set)
		paths, err := Documents(dir)
		require.NoError(t, err)
		truth, err := ReadTruth(filepath.Join(dir, "truth.jsonl"))
		require.NoError(t, err)
		found, _, err := Run(paths)
		require.NoError(t, err)
		s := Compare(found, truth)
		for _, f := range s.TruePositives {
			tally(string(f.Kind))[0]++
		}
		for _, f := range s.FalsePositives {
			tally(string(f.Kind))[1]++
			t.Logf("%s false positive %s:%d %q -> %q (%s)", set, f.File, f.Line, f.Match, f.Suggestion, f.Kind)
		}
		for _, m := range s.Missed {
			tally(m.Kind)[2]++
			t.Logf("%s missed %s:%d %q (%s)", set, m.File, m.Line, m.Match, m.Kind)
		}
		tp, fp, missed = tp+len(s.TruePositives), fp+len(s.FalsePositives), missed+len(s.Missed)
	}
	for kind, n := range perKind {
		t.Logf("%-30s tp=%d fp=%d missed=%d", kind, n[0], n[1], n[2])
	}
	recall := float64(tp) / float64(tp+missed)
	precision := float64(tp) / float64(max(1, tp+fp))
	t.Logf("dev: recall %.3f (%d/%d), precision %.3f (%d/%d)", recall, tp, tp+missed, precision, tp, tp+fp)
	assert.GreaterOrEqual(t, recall, 0.95)
	assert.GreaterOrEqual(t, precision, 0.95)
}

func TestDevCleanIsQuiet(t *testing.T) {
	paths, err := Documents(bench.Shared(t, "corpus/dev/clean"))
	require.NoError(t, err)
	found, words, err := Run(paths)
	require.NoError(t, err)
	for _, f := range found {
		t.Logf("clean %s:%d %q -> %q (%s)", f.File, f.Line, f.Match, f.Suggestion, f.Kind)
	}
	t.Logf("clean: %d candidates in %d words", len(found), words)
	assert.Empty(t, found)
}

func TestSeed(t *testing.T) {
	paths, err := Documents(bench.Shared(t, "seed"))
	require.NoError(t, err)
	found, _, err := Run(paths)
	require.NoError(t, err)
	var got []string
	for _, f := range found {
		got = append(got, fmt.Sprintf("%d %s -> %s", f.Line, f.Match, f.Suggestion))
	}
	assert.Equal(t, []string{
		"33 draft.But -> draft. But",
		"51 Sovietauthorities -> Soviet authorities",
		"53 letteris -> letter is",
	}, got)
}

// TestFRUS measures the false-alarm rate on real FRUS volumes: at most one candidate per 10,000
// words. With -dump FILE it writes every candidate with context, and a random sample of 50, for
// reading by hand.
func TestFRUS(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 48 MB")
	}
	paths, err := Documents(bench.Shared(t, "corpus/frus"))
	require.NoError(t, err)
	found, words, err := Run(paths)
	require.NoError(t, err)
	rate := float64(len(found)) / float64(words) * 10000
	kinds := map[spacing.Kind]int{}
	for _, f := range found {
		kinds[f.Kind]++
	}
	t.Logf("FRUS: %d candidates in %d words: %.3f per 10,000 words; by kind %v", len(found), words, rate, kinds)
	if *dump != "" {
		require.NoError(t, writeDump(*dump, paths, found))
	}
	assert.LessOrEqual(t, rate, 1.0)
}

func writeDump(path string, paths []string, found []Found) error {
	texts := map[string]string{}
	for _, p := range paths {
		r, err := Render(p)
		if err != nil {
			return err
		}
		texts[filepath.Base(p)] = r.Text
	}
	// Context comes from re-rendering, so offsets are recomputed from the match's line.
	var b strings.Builder
	line := func(f Found) string {
		return fmt.Sprintf("%s:%d\t%s\t%q -> %q\t%.2f\n", f.File, f.Line, f.Kind, f.Match, f.Suggestion, f.Confidence)
	}
	for _, f := range found {
		b.WriteString(line(f))
		text := texts[f.File]
		from, to := max(0, f.Start-80), min(len(text), f.End+80)
		b.WriteString("\t" + strings.ReplaceAll(text[from:to], "\n", " ") + "\n")
	}
	b.WriteString("\n# random sample of 50\n")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, i := range rng.Perm(len(found))[:min(50, len(found))] {
		b.WriteString(line(found[i]))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// BenchmarkFindFRUS runs Find over the rendered text of one real FRUS volume, document by
// document.
func BenchmarkFindFRUS(b *testing.B) {
	r, err := Render(filepath.Join(bench.Shared(b, "corpus/frus"), "frus1870.xml"))
	require.NoError(b, err)
	segs := r.Segments()
	spacing.Find(r.Text[:1000], spacing.Options{})
	b.SetBytes(int64(len(r.Text)))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range segs {
			spacing.Find(r.Text[s[0]:s[1]], spacing.Options{})
		}
	}
}
