package engine_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pathologicalRules are patterns that take a backtracking engine (PCRE, Java, Python, .NET)
// exponential time on text that almost matches. Go's regexp is RE2: linear in the text.
var pathologicalRules = []struct{ regex, text string }{
	{`(a*)*b`, "a"},
	{`(x+x+)+y`, "x"},
	{`(a|aa)+$`, "a"},
	{`^(\\w+\\s?)*$`, "word "},
	{`(.*a){12}`, "a"},
}

// pathologicalEngine configures one local rule per pattern, and no pack.
func pathologicalEngine(t testing.TB) *engine.Engine {
	var b strings.Builder
	b.WriteString("archivelint {\n  packs = []\n}\n")
	for i, p := range pathologicalRules {
		fmt.Fprintf(&b, "rule \"pattern\" \"local.slow-%d\" {\n  category = \"artifact\"\n  regex = %q\n}\n", i, p.regex)
	}
	cfg, diags := rules.LoadSource("x/"+rules.FileName, []byte(b.String()), nil)
	require.False(t, diags.HasErrors(), diags.Error())
	return &engine.Engine{Config: cfg, Log: zerolog.Nop()}
}

// pathologicalPage is a page whose one paragraph almost matches every pattern: size bytes of
// each pattern's bait, then a "!" that none of them accepts.
func pathologicalPage(size int) []byte {
	var b strings.Builder
	b.WriteString("Title\n\n")
	for _, p := range pathologicalRules {
		b.WriteString(strings.Repeat(p.text, size/len(p.text)))
		b.WriteString("!")
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// TestPathologicalRegexesFinish: a backtracking engine would not finish (30 characters of
// bait already take it minutes); RE2 goes through 256 KB of each. The time is measured in
// BenchmarkPathologicalRegexes, not here.
func TestPathologicalRegexesFinish(t *testing.T) {
	e := pathologicalEngine(t)
	res := e.LintBytes(engine.Target{Path: "x/page.txt", Display: "page.txt"}, pathologicalPage(1<<18))
	assert.Empty(t, res.Crashes)
	for _, f := range res.Findings {
		assert.NotEqual(t, "local.slow-0", f.Rule, "(a*)*b never matches without a b")
	}
}

func BenchmarkPathologicalRegexes(b *testing.B) {
	e := pathologicalEngine(b)
	for _, size := range []int{1 << 16, 1 << 20} {
		page := pathologicalPage(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				e.LintBytes(engine.Target{Path: "x/page.txt", Display: "page.txt"}, page)
			}
		})
	}
}
