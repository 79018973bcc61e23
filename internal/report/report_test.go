package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/hashicorp/hcl/v2"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/report/*.golden from what the formats write now")

var testKind = &checks.Kind{Name: "pattern", Doc: "report text that matches a regular expression\n\nDetails."}

// testRules are what the synthetic run is configured with.
var testRules = []*checks.Rule{
	{Name: "spacing.run-together", Kind: testKind, Category: "spacing", Severity: checks.Error,
		Description: "words run together", Ignorable: true, Pack: "spacing", DefRange: hcl.Range{}},
	{Name: "artifact.stray-marker", Kind: testKind, Category: "artifact", Severity: checks.Warning,
		Description: "a stray marker line", Ignorable: true, Pack: "artifact"},
	{Name: "metadata.style", Kind: testKind, Category: "metadata", Severity: checks.Notice,
		Description: "a style note", Ignorable: false},
}

// testRun is a small run: findings with safe and unsafe fixes, a column after non-ASCII
// text, a message full of characters that formats escape, and a file that could not be read.
func testRun() []engine.FileResult {
	a := checks.NewSource("letters/a b.md", []byte("---\ntitle: x\n---\nÉté: the letteris here.\n\nXX\n"))
	at := strings.Index(string(a.Bytes), "letteris")
	xx := strings.Index(string(a.Bytes), "XX")
	b := checks.NewSource("z.txt", []byte("Title\n\nA note, 50% done: <see> & \"more\"\nnext\n"))
	note := strings.Index(string(b.Bytes), "A note")
	return []engine.FileResult{
		{Target: engine.Target{Path: "letters/a b.md", Display: "letters/a b.md"}, Source: a, Documents: 1, Findings: []checks.Finding{
			{Rule: "spacing.run-together", Kind: "pattern", Category: "spacing", Severity: checks.Error,
				Message: `"letteris" runs two words together`, Match: "letteris", Suggestion: "letter is",
				Source: a, Start: at, End: at + 8,
				Fix: &checks.Fix{Message: "insert a space", Safe: true, Edits: []checks.Edit{{Start: at + 6, End: at + 6, NewText: " "}}}},
			{Rule: "artifact.stray-marker", Kind: "pattern", Category: "artifact", Severity: checks.Warning,
				Message: `"XX" is a stray marker line`, Match: "XX", Source: a, Start: xx, End: xx + 2,
				Fix: &checks.Fix{Message: "delete the line", Edits: []checks.Edit{{Start: xx, End: xx + 3}}}},
		}},
		{Target: engine.Target{Path: "missing.xml", Display: "missing.xml"}, Err: os.ErrPermission},
		{Target: engine.Target{Path: "z.txt", Display: "z.txt"}, Source: b, Documents: 1, Findings: []checks.Finding{
			{Rule: "metadata.style", Kind: "pattern", Category: "metadata", Severity: checks.Notice,
				Message: "a message, with: 50% <markup> & \"quotes\"\nover two lines", Match: "A note",
				Source: b, Start: note, End: note + 6, DocID: "d1"},
		}},
	}
}

func render(t *testing.T, format string, results []engine.FileResult) string {
	t.Helper()
	f, err := Lookup(format)
	require.NoError(t, err)
	var b bytes.Buffer
	rep := f.New(&b, Options{Rules: testRules, Version: "1.2.3"})
	sum := engine.Summary{BySeverity: map[checks.Severity]int{}}
	for _, r := range results {
		require.NoError(t, rep.File(r))
		sum.Files++
		if r.Err != nil {
			sum.Errors++
		}
		for _, f := range r.Findings {
			sum.Findings++
			sum.BySeverity[f.Severity]++
		}
	}
	require.NoError(t, rep.Finish(sum))
	return b.String()
}

// TestGolden compares each format's output on the test run with testdata/report/.
func TestGolden(t *testing.T) {
	for _, format := range FormatNames() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, testRun())
			golden := filepath.Join("..", "..", "testdata", "report", format+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./internal/report -update")
			assert.Equal(t, string(want), got)
		})
	}
}

// TestSARIFSchema validates the SARIF output against the official SARIF 2.1.0 schema
// (vendored under testdata/sarif, with its licence and the script that fetched it).
func TestSARIFSchema(t *testing.T) {
	schemaFile, err := os.Open("../../testdata/sarif/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer schemaFile.Close()
	doc, err := jsonschema.UnmarshalJSON(schemaFile)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)
	for name, results := range map[string][]engine.FileResult{"run": testRun(), "empty": nil} {
		out, err := jsonschema.UnmarshalJSON(strings.NewReader(render(t, "sarif", results)))
		require.NoError(t, err)
		assert.NoError(t, schema.Validate(out), name)
	}
	// The validator does catch a broken log.
	broken, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": []}]}`))
	assert.Error(t, schema.Validate(broken))
}

func TestGitHubEscapes(t *testing.T) {
	out := render(t, "github", testRun())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 4, "one annotation per finding and per unreadable file")
	assert.Equal(t, "::notice file=z.txt,line=3,col=1,endLine=3,endColumn=7,title=metadata.style::"+
		"a message, with: 50%25 <markup> & \"quotes\"%0Aover two lines", lines[3])
	assert.Contains(t, lines[0], "::error file=letters/a b.md,line=4,col=10,endLine=4,endColumn=18,title=spacing.run-together::")
}

// TestMergeEqualsOneRun splits the run into every possible pair of shards and merges them
// back: the result is the one run, byte for byte, in both formats.
func TestMergeEqualsOneRun(t *testing.T) {
	results := testRun()
	for _, format := range []string{MergeJSON, MergeSARIF} {
		one := render(t, format, results)
		for mask := 0; mask < 1<<len(results); mask++ {
			var parts [2][]engine.FileResult
			for i, r := range results {
				parts[mask>>i&1] = append(parts[mask>>i&1], r)
			}
			a, b := render(t, format, parts[0]), render(t, format, parts[1])
			// The shards arrive in any order, and a report given twice changes nothing.
			var merged bytes.Buffer
			require.NoError(t, Merge(&merged, format, [][]byte{[]byte(b), []byte(a), []byte(b)}))
			assert.Equal(t, one, merged.String(), "%s, shard mask %b", format, mask)
			merged.Reset()
			require.NoError(t, Merge(&merged, format, [][]byte{[]byte(render(t, format, results))}))
			assert.Equal(t, one, merged.String(), "%s, shard mask %b", format, mask)
			assert.Equal(t, format, DetectFormat([]byte(a)))
		}
	}
}
