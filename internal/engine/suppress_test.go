package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSuppressionComments(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // rules of the findings left, in order
	}{
		{"none", "---\ntitle: x\n---\nteh one\n\nXX\n", []string{"t.teh", "t.marker"}},
		{"next line", "---\ntitle: x\n---\n<!-- archivelint-disable-next-line t.teh -- quoted as printed -->\nteh one\n\nteh two\n",
			[]string{"t.teh"}},
		{"next line, glob and list", "---\ntitle: x\n---\n<!-- archivelint-disable-next-line t.*, other.rule -- as printed -->\nteh XX\n",
			nil},
		{"range", "---\ntitle: x\n---\n<!-- archivelint-disable t.teh -- a quotation -->\nteh one\n\nteh two\n<!-- archivelint-enable t.teh -->\nteh three\n",
			[]string{"t.teh"}},
		{"file", "---\ntitle: x\n---\n<!-- archivelint-disable-file t.teh -- the letter's own spelling -->\nteh\n\nteh\n\nXX\n",
			[]string{"t.marker"}},
		{"unused", "---\ntitle: x\n---\n<!-- archivelint-disable-next-line t.marker -- stale -->\nteh\n",
			[]string{"suppression.unused", "t.teh"}},
		{"no reason", "---\ntitle: x\n---\n<!-- archivelint-disable-next-line t.teh -->\nteh\n",
			[]string{"suppression.invalid", "t.teh"}},
		{"misspelt verb", "---\ntitle: x\n---\n<!-- archivelint-disabel t.teh -- x -->\nteh\n",
			[]string{"suppression.invalid", "t.teh"}},
		{"enable without disable", "---\ntitle: x\n---\n<!-- archivelint-enable t.teh -->\n",
			[]string{"suppression.invalid"}},
		{"not ignorable", "---\ntitle: x\n---\n<!-- archivelint-disable-next-line t.locked -- please -->\nLOCKED\n",
			[]string{"suppression.invalid", "t.locked"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, results := lintDir(t, testRules, map[string]string{"a.md": tt.doc})
			require.Len(t, results, 1)
			got := NewSuppressor(e.Config).Apply(results[0])
			assert.Equal(t, tt.want, ruleNames(got))
		})
	}
}

// TestSuppressionCommentsInTEI builds the findings by hand: XML comments are found in the
// source whatever the TEI reader makes of the rest.
func TestSuppressionCommentsInTEI(t *testing.T) {
	for _, comment := range []string{
		"<!-- archivelint-disable-next-line t.teh -- as printed -->",
		"<!-- archivelint-disable-next-line t.teh: as printed -->", // the well-formed XML form
	} {
		suppressInTEI(t, comment)
	}
}

func suppressInTEI(t *testing.T, comment string) {
	doc := "<TEI><text><body>" + comment + "\n<p>teh</p>\n<p>teh</p></body></text></TEI>\n"
	e, dir, _ := lintDir(t, testRules, map[string]string{"a.xml": doc})
	src := checks.NewSource("a.xml", []byte(doc))
	at := func(off int) checks.Finding {
		return checks.Finding{Rule: "t.teh", Source: src, Start: off, End: off + 3, Match: "teh"}
	}
	first := strings.Index(doc, "teh</p>")
	second := strings.LastIndex(doc, "teh</p>")
	r := FileResult{Target: Target{Path: filepath.Join(dir, "a.xml"), Display: "a.xml"}, Source: src,
		Findings: []checks.Finding{at(first), at(second)}}
	got := NewSuppressor(e.Config).Apply(r)
	require.Len(t, got.Findings, 1)
	assert.Equal(t, second, got.Findings[0].Start)
}

func TestCommentsInPlainTextAreText(t *testing.T) {
	e, _, results := lintDir(t, testRules, map[string]string{"a.txt": "Title\n\n<!-- archivelint-disable-next-line t.marker -- x -->\nXX\n"})
	got := NewSuppressor(e.Config).Apply(results[0])
	assert.Equal(t, []string{"t.marker"}, ruleNames(got))
}

func TestIgnoreBlocks(t *testing.T) {
	config := testRules + `
ignore {
  rules  = ["t.teh"]
  files  = ["letters/**"]
  reason = "the letters keep their spelling"
}
ignore {
  match  = "^XX$"
  lines  = ["1-3"]
  reason = "a marker the editor placed"
}
ignore {
  rules  = ["t.locked"]
  reason = "cannot work"
}
ignore {
  files  = ["nowhere/**"]
  reason = "silences nothing"
}`
	e, _, results := lintDir(t, config, map[string]string{
		"letters/a.txt": "Title\n\nteh\n\nXX\n\nLOCKED\n",
		"b.txt":         "Title\nXX\n\nteh\n\nXX\n",
	})
	s := NewSuppressor(e.Config)
	require.Len(t, results, 2)
	// b.txt, then letters/a.txt
	assert.Equal(t, []string{"t.teh", "t.marker"}, ruleNames(s.Apply(results[0])))
	assert.Equal(t, []string{"t.marker", "t.locked"}, ruleNames(s.Apply(results[1])))
	unused := s.UnusedIgnores()
	require.Len(t, unused, 2)
	assert.Equal(t, "cannot work", unused[0].Reason)
	assert.Equal(t, "silences nothing", unused[1].Reason)
}
