package engine_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFingerprintOfAFindingOnALongLineLooksNearby: on a line of megabytes, a fingerprint
// hashes the text near the finding, not the whole line; it still changes when that text does.
func TestFingerprintOfAFindingOnALongLineLooksNearby(t *testing.T) {
	filler := strings.Repeat("quiet words ", 100000)
	fp := func(line string) string {
		src := checks.NewSource("a.txt", []byte(line))
		at := strings.Index(line, "letteris")
		return engine.Fingerprint(&checks.Finding{Rule: "r", Match: "letteris", Source: src, Start: at, End: at + 8})
	}
	base := fp(filler + "the letteris here " + filler)
	assert.Equal(t, base, fp("changed far away "+filler+"the letteris here "+filler+" and here"))
	assert.NotEqual(t, base, fp(filler+"a letteris here "+filler), "the words next to it count")
	short := "the letteris here"
	assert.NotEqual(t, fp(short), fp("X"+short), "a short line counts whole")
}

// BenchmarkLongLine lints one line of scraped text with every pack and fingerprints every
// finding (what SARIF output and baselines do). MB/s that stays flat as the line grows says
// the work is linear in it.
func BenchmarkLongLine(b *testing.B) {
	cfg, diags := rules.LoadSource("x/"+rules.FileName, nil, nil)
	require.False(b, diags.HasErrors(), diags.Error())
	e := &engine.Engine{Config: cfg, Log: zerolog.Nop()}
	prose := "The minister said that the draft of the treaty was signed at noon in Paris on 3 May 1921, " +
		"and the consul informed the Foreign Office the same evening. The draft.But the letteris dated " +
		"31 Febuary 1921 (see RGANI, f. 5, op. 30, d. 1, l. 2) was the the one  he kept. "
	for _, mb := range []int{1, 4, 16} {
		page := []byte("Title\n\n" + strings.Repeat(prose, mb<<20/len(prose)) + "\n")
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				res := e.LintBytes(engine.Target{Path: "x/page.txt", Display: "page.txt"}, page)
				for i := range res.Findings {
					engine.Fingerprint(&res.Findings[i])
				}
			}
		})
	}
}
