package rules_test

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks/checktest"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPacksLoad keeps the built-in packs free of diagnostics.
func TestPacksLoad(t *testing.T) {
	cfg, diags := rules.LoadSource("", nil, nil)
	require.False(t, diags.HasErrors(), "%s", diags.Error())
	assert.Empty(t, diags)
	assert.NotEmpty(t, cfg.Rules)
	seen := map[string]bool{}
	for _, r := range cfg.Rules {
		assert.False(t, seen[r.Name], "rule %s defined twice", r.Name)
		seen[r.Name] = true
		assert.NotEmpty(t, r.Description, "rule %s has no description", r.Name)
	}
}

// TestPacks runs every built-in pack's fixtures.
func TestPacks(t *testing.T) { checktest.Run(t, "../testdata/rules") }

// TestEveryPackHasFixtures: a rule is one HCL block and one fixture. (A pack of archive
// grammars alone is tested through the rules that use it.)
func TestEveryPackHasFixtures(t *testing.T) {
	for _, p := range rules.Packs() {
		if !strings.Contains(string(p.Src), "\nrule ") && !strings.HasPrefix(string(p.Src), "rule ") {
			continue
		}
		matches, _ := filepathGlob("../testdata/rules/" + p.Name + "/*.txtar")
		assert.NotEmpty(t, matches, "pack %s has no fixtures under testdata/rules/%s/", p.Name, p.Name)
	}
}

// TestEveryReaderProblemHasARule: a problem no rule claims would be dropped silently.
func TestEveryReaderProblemHasARule(t *testing.T) {
	src := string(packSource(t, "reader"))
	for _, kind := range read.ProblemKinds() {
		assert.Contains(t, src, `"`+kind+`"`, "no rule in rules/reader.hcl reports the reader problem %q", kind)
	}
}

func packSource(t *testing.T, name string) []byte {
	for _, p := range rules.Packs() {
		if p.Name == name {
			return p.Src
		}
	}
	t.Fatalf("no pack %s", name)
	return nil
}
