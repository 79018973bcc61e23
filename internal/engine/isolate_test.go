package engine

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// markerRule reports every "XX".
const markerRule = `
archivelint { packs = [] }
rule "pattern" "t.marker" {
  category = "artifact"
  literals = ["XX"]
}
`

// engineFor writes the files under a new directory and returns an engine configured with
// config, and the targets.
func engineFor(t *testing.T, config string, files map[string]string) (*Engine, []Target) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	cfg, diags := rules.LoadSource(filepath.Join(dir, rules.FileName), []byte(config), nil)
	require.False(t, diags.HasErrors(), diags.Error())
	targets, errs := Discover([]string{dir}, Selector{Base: cfg.Dir, Include: cfg.Include, Exclude: cfg.Exclude})
	require.Empty(t, errs)
	return &Engine{Config: cfg, Log: zerolog.Nop(), Workers: 2}, targets
}

func runAll(e *Engine, targets []Target) (map[string]FileResult, Summary) {
	out := map[string]FileResult{}
	sum := e.Run(context.Background(), targets, func(r FileResult) { out[filepath.Base(r.Target.Path)] = r })
	return out, sum
}

// boomRule panics on every document that holds "BOOM", after one finding.
func boomRule() *checks.Rule {
	r := &checks.Rule{Name: "t.boom", Kind: &checks.Kind{Name: "boom"}, Category: "artifact", Severity: checks.Error}
	r.Check = checks.CheckFunc(func(p *checks.Pass) {
		p.Units(func(u checks.Unit) {
			if i := strings.Index(u.Text.S, "BOOM"); i >= 0 {
				p.Report(checks.Report{Text: u.Text, Start: i, End: i + 4, Message: "found before the crash"})
				var m map[string]int
				m["crash"]++ // a nil map: the kind of bug a check ships with
			}
		})
	})
	return r
}

func TestACheckThatPanicsCostsOnlyItsOwnFindings(t *testing.T) {
	e, targets := engineFor(t, markerRule, map[string]string{
		"a.txt": "Title\n\nXX\n", "b.txt": "Title\n\nBOOM XX\n\nBOOM\n", "c.txt": "Title\n\nXX\n",
	})
	e.Config.Rules = append([]*checks.Rule{boomRule()}, e.Config.Rules...)
	res, sum := runAll(e, targets)
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		assert.Contains(t, ruleNames(res[name]), "t.marker", "%s: the other rule still reports", name)
	}
	assert.Empty(t, res["a.txt"].Crashes)
	require.Len(t, res["b.txt"].Crashes, 1)
	c := res["b.txt"].Crashes[0]
	assert.Equal(t, "t.boom", c.Rule)
	assert.Equal(t, 1, c.Documents)
	assert.Contains(t, c.Message(), "rule t.boom crashed on this file (assignment to entry in nil map)")
	assert.Contains(t, string(c.Stack), "isolate_test.go", "the stack says where")
	assert.Equal(t, 1, sum.Crashes)
}

func TestACrashIsReportedOncePerRuleAndFile(t *testing.T) {
	var divs strings.Builder
	for i := range 5 {
		fmt.Fprintf(&divs, `<div type="document" xml:id="d%d"><p>BOOM %d</p></div>`, i, i)
	}
	vol := `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>` + divs.String() + `</body></text></TEI>`
	e, targets := engineFor(t, markerRule, map[string]string{"vol.xml": vol})
	e.Config.Rules = append(e.Config.Rules, boomRule())
	res, sum := runAll(e, targets)
	require.Len(t, res["vol.xml"].Crashes, 1)
	c := res["vol.xml"].Crashes[0]
	assert.Equal(t, 5, c.Documents)
	assert.Equal(t, "rule t.boom crashed on 5 documents of this file, first on d0 (assignment to entry in nil map); its findings there are missing", c.Message())
	assert.Equal(t, 1, sum.Crashes)
}

func TestAReaderThatPanicsCostsOnlyItsFile(t *testing.T) {
	e, targets := engineFor(t, `archivelint { packs = ["spacing"] }`+markerRule[len("\narchivelint { packs = [] }"):], map[string]string{
		"a.txt": "Title\n\nXX\n", "b.txt": "Title\n\nXX\n",
	})
	e.Read = func(p string, b []byte, opts read.Options) []*checks.Document {
		if strings.HasSuffix(p, "b.txt") {
			panic("the reader met something it did not expect")
		}
		return read.Read(p, b, opts)
	}
	res, sum := runAll(e, targets) // the spacing pack learns: the corpus pass reads too
	assert.Contains(t, ruleNames(res["a.txt"]), "t.marker")
	b := res["b.txt"]
	assert.Empty(t, b.Findings)
	assert.True(t, b.Unparsed, "fix leaves the file alone")
	require.Len(t, b.Crashes, 1)
	assert.Equal(t, "the reader crashed on this file (the reader met something it did not expect); nothing in it was checked", b.Crashes[0].Message())
	assert.Equal(t, 1, sum.Crashes)

	e.Read = func(string, []byte, read.Options) []*checks.Document { return nil }
	res, _ = runAll(e, targets)
	require.Len(t, res["a.txt"].Crashes, 1, "a reader that returns nothing broke its contract")
	assert.Contains(t, res["a.txt"].Crashes[0].Message(), "no document read")
}

func TestFindingsPerRuleAndDocumentAreBounded(t *testing.T) {
	page := "Title\n\n" + strings.Repeat("XX ", 30) + "\n"
	e, targets := engineFor(t, markerRule, map[string]string{"a.txt": page})
	e.MaxFindings = 10
	res, sum := runAll(e, targets)
	fs := res["a.txt"].Findings
	require.Len(t, fs, 11)
	last := fs[10]
	assert.Equal(t, "t.marker", last.Rule)
	assert.Equal(t, "20 more findings of t.marker in this document are not shown, from here on (at most 10 per rule and document)", last.Message)
	assert.Equal(t, strings.Index(page, "XX")+10*3, last.Start, "it points at the first finding not shown")
	assert.Nil(t, last.Fix)
	assert.Equal(t, 11, sum.Findings)

	e.MaxFindings = -1
	res, _ = runAll(e, targets)
	assert.Len(t, res["a.txt"].Findings, 30, "no bound")
	e.MaxFindings = 0
	res, _ = runAll(e, targets)
	assert.Len(t, res["a.txt"].Findings, 30, "the default bound is far above")
}
