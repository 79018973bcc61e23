package citation

import (
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/bench"
	"github.com/stretchr/testify/require"
)

var (
	frusSourceNote = regexp.MustCompile(`(?s)<note\b[^>]*\btype="source"[^>]*>(.*?)</note>`)
	frusParagraph  = regexp.MustCompile(`(?s)<(p|note)\b[^>]*>(.*?)</(?:p|note)>`)
	blanks         = regexp.MustCompile(`\s+`)
)

// flatten renders TEI markup as text the crude way: tags dropped, entities decoded, blanks
// collapsed.
func flatten(s string) string {
	return strings.TrimSpace(blanks.ReplaceAllString(html.UnescapeString(xmlTag.ReplaceAllString(s, "")), " "))
}

func frusVolumes(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(bench.Shared(t), "corpus", "frus", "*.xml"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no FRUS volumes")
	}
	return files
}

// TestFRUSSourceNotes parses every FRUS source note and logs the problems, with a fixed
// random sample of them for reading by hand (go test -run FRUSSourceNotes -v).
func TestFRUSSourceNotes(t *testing.T) {
	p := packParser(t)
	type hit struct {
		volume, note string
		problem      Problem
	}
	var hits []hit
	notes := 0
	for _, f := range frusVolumes(t) {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range frusSourceNote.FindAllStringSubmatch(string(raw), -1) {
			notes++
			note := flatten(m[1])
			for _, pr := range p.Parse(note).Problems {
				if reportedByDefault(pr.Kind) {
					hits = append(hits, hit{filepath.Base(f), note, pr})
				}
			}
		}
	}
	kinds := map[Kind]int{}
	for _, h := range hits {
		kinds[h.problem.Kind]++
	}
	t.Logf("%d source notes, %d problems: %v", notes, len(hits), kinds)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(hits), func(i, j int) { hits[i], hits[j] = hits[j], hits[i] })
	for _, h := range hits[:min(30, len(hits))] {
		t.Logf("%s: %q: %s %q: %s", h.volume, h.note, h.problem.Kind, h.problem.Match, h.problem.Message)
	}
}

// TestFRUSBodyText runs Find over the paragraphs and notes of the FRUS volumes: real prose,
// where every problem reported deserves a look.
func TestFRUSBodyText(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 48 MB of FRUS prose")
	}
	p := packParser(t)
	citations, problems := 0, 0
	for _, f := range frusVolumes(t) {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range frusParagraph.FindAllStringSubmatch(string(raw), -1) {
			text := flatten(m[2])
			for _, c := range p.Find(text) {
				citations++
				for _, pr := range c.Problems {
					if reportedByDefault(pr.Kind) {
						problems++
						t.Logf("%s: %s %q in %q: %s", filepath.Base(f), pr.Kind, pr.Match, c.Text, pr.Message)
					}
				}
			}
		}
	}
	t.Logf("%d citations found in prose, %d problems", citations, problems)
}
