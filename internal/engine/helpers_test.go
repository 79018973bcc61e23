package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// testRules are a local rule with a safe fix and one with an unsafe fix, on any format.
const testRules = `
archivelint { packs = [] }
rule "pattern" "t.marker" {
  category    = "artifact"
  regex       = "(?m)^XX$"
  fix         = ""
  delete_line = true
  safe_fix    = true
}
rule "pattern" "t.teh" {
  category = "spacing"
  literals = ["teh"]
  fix      = "the"
}
rule "pattern" "t.locked" {
  category  = "artifact"
  literals  = ["LOCKED"]
  ignorable = false
}
`

// lintDir writes the files under a new directory with the configuration and lints them all.
func lintDir(t *testing.T, config string, files map[string]string) (*Engine, string, []FileResult) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	cfgPath := filepath.Join(dir, rules.FileName)
	require.NoError(t, os.WriteFile(cfgPath, []byte(config), 0o644))
	cfg, diags := rules.Load(rules.Options{ConfigPath: cfgPath, Dir: dir})
	require.False(t, diags.HasErrors(), diags.Error())
	targets, errs := Discover([]string{dir}, Selector{Base: cfg.Dir, Include: cfg.Include, Exclude: cfg.Exclude})
	require.Empty(t, errs)
	e := &Engine{Config: cfg, Log: zerolog.Nop(), Workers: 2}
	var out []FileResult
	e.Run(context.Background(), targets, func(r FileResult) { out = append(out, r) })
	return e, dir, out
}

// ruleNames lists the findings' rules, in order.
func ruleNames(r FileResult) []string {
	var names []string
	for _, f := range r.Findings {
		names = append(names, f.Rule)
	}
	return names
}
