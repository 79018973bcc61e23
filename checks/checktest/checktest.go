// Package checktest runs fixture scenarios: txtar archives holding a configuration, one or
// more documents, the findings wanted (in the compact format) and, optionally, each document
// as `archivelint fix` should leave it. It is the analysistest of archivelint.
//
//	# what the scenario shows
//	-- rule.hcl --
//	rule "pattern" "t" { category = "artifact"  literals = ["XX"] }
//	-- doc.txt --
//	Title
//	XX
//	-- want --
//	doc.txt:2:1: warning: "XX" matches t (t)
//	-- doc.txt.fixed --
//	...
//
// A scenario's configuration is its `.archivelint.hcl` section if it has one; otherwise its
// `rule.hcl` section with no built-in pack; otherwise the built-in pack named after the
// directory the scenario is in (testdata/rules/<pack>/). Run with -update to rewrite the
// want and .fixed sections from what the code does now.
package checktest

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/internal/report"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want and .fixed sections of fixtures")

// Now is the clock every scenario sees, so "in the future" is reproducible.
var Now = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

// Run runs every *.txtar under dir (recursively) as a subtest.
func Run(t *testing.T, dir string) {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txtar") {
			files = append(files, p)
		}
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, files, "no fixtures under %s", dir)
	sort.Strings(files)
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(f), filepath.ToSlash(dir)+"/"), ".txtar")
		t.Run(name, func(t *testing.T) { RunFile(t, f) })
	}
}

// RunFile runs one scenario.
func RunFile(t *testing.T, file string) {
	t.Helper()
	file, err := filepath.Abs(file) // the scenario runs in its own directory
	require.NoError(t, err)
	ar, err := txtar.ParseFile(file)
	require.NoError(t, err)
	dir := t.TempDir()
	var config []byte
	var docs []string
	sections := map[string][]byte{}
	for _, f := range ar.Files {
		sections[f.Name] = f.Data
	}
	switch {
	case sections[rules.FileName] != nil:
		config = sections[rules.FileName]
	case sections["rule.hcl"] != nil:
		config = append([]byte("archivelint {\n  packs = []\n}\n"), sections["rule.hcl"]...)
	default:
		pack := filepath.Base(filepath.Dir(file))
		config = []byte("archivelint {\n  packs = [\"" + pack + "\"]\n}\n")
	}
	for _, f := range ar.Files {
		if read.Format(f.Name) == "" || f.Name == "want" {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, f.Data, 0o644))
		docs = append(docs, f.Name)
	}
	require.NotEmpty(t, docs, "%s: no document section (.txt, .md, .xml)", file)

	cfgPath := filepath.Join(dir, rules.FileName)
	require.NoError(t, os.WriteFile(cfgPath, config, 0o644))
	cfg, diags := rules.Load(rules.Options{ConfigPath: cfgPath, Dir: dir, Now: func() time.Time { return Now }})
	if diags.HasErrors() {
		var b bytes.Buffer
		_ = rules.WriteDiagnostics(&b, diags, cfg.Files)
		t.Fatalf("%s: configuration:\n%s", file, b.String())
	}

	got, fixed := lint(t, cfg, dir, docs)
	if *update {
		changed := setSection(ar, "want", got)
		for _, d := range docs {
			if fixed[d] != string(sections[d]) {
				changed = setSection(ar, d+".fixed", fixed[d]) || changed
			} else {
				changed = dropSection(ar, d+".fixed") || changed
			}
		}
		if changed {
			require.NoError(t, os.WriteFile(file, txtar.Format(ar), 0o644))
		}
		return
	}
	assert.Equal(t, string(sections["want"]), got, "%s: findings (go test -update rewrites them)", file)
	for _, d := range docs {
		if want, ok := sections[d+".fixed"]; ok {
			assert.Equal(t, string(want), fixed[d], "%s: %s after fix", file, d)
		} else {
			assert.Equal(t, string(sections[d]), fixed[d], "%s: fix changed %s, which has no %s.fixed section", file, d, d)
		}
	}
}

// lint runs the real engine over the scenario's documents: once to collect findings, once
// with fix, returning the compact report and each document's content after fixing.
func lint(t *testing.T, cfg *rules.Config, dir string, docs []string) (string, map[string]string) {
	t.Helper()
	t.Chdir(dir) // findings name files relative to the working directory

	var targets []engine.Target
	for _, d := range docs {
		targets = append(targets, engine.Target{Path: filepath.FromSlash(d), Display: d})
	}
	sort.Slice(targets, func(i, j int) bool { return targets[i].Display < targets[j].Display })
	eng := &engine.Engine{Config: cfg, Log: zerolog.New(zerolog.NewTestWriter(t)), Workers: 2}
	var out bytes.Buffer
	rep := report.Formats["compact"].New(&out, report.Options{})
	eng.Run(context.Background(), targets, func(r engine.FileResult) { _ = rep.File(r) })

	var st engine.FixStats
	eng.Run(context.Background(), targets, func(r engine.FileResult) { eng.Fix(r, false, &st) })
	require.Empty(t, st.Errors)
	fixed := map[string]string{}
	for _, d := range docs {
		b, err := os.ReadFile(filepath.FromSlash(d))
		require.NoError(t, err)
		fixed[d] = string(b)
	}
	return out.String(), fixed
}

func dropSection(ar *txtar.Archive, name string) bool {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files = append(ar.Files[:i], ar.Files[i+1:]...)
			return true
		}
	}
	return false
}

func setSection(ar *txtar.Archive, name, content string) bool {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			if string(ar.Files[i].Data) == content {
				return false
			}
			ar.Files[i].Data = []byte(content)
			return true
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(content)})
	return true
}
