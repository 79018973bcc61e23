package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixRules are rules with known fixes: a safe one (the missing space after a full stop) and
// an unsafe one, beside the built-in packs.
const fixRules = `
archivelint { packs = [] }
rule "pattern" "local.stop-space" {
  category = "spacing"
  regex    = "[a-z](\\.)[A-Z]"
  group    = 1
  fix      = ". "
  safe_fix = true
}
rule "pattern" "local.colour" {
  category = "spacing"
  literals = ["colour"]
  fix      = "color"
}
`

// artifactsOnly keeps these tests to the artifact pack, whatever the other packs find.
const artifactsOnly = "archivelint {\n  packs = [\"artifact\"]\n}\n"

// markedPage has two artifact findings: the skip link on line 1, the marker on line 9.
const markedPage = "Skip to content\n\nA Note on the Treaty\n\n3 May 1921\n\nThe treaty was signed at noon.\n\nXX\n"

const plainPage = "A Note on the Treaty\n\n3 May 1921\n\nThe treaty was signed at noon.\n"

const fixPage = "A Note on the Treaty\n\n3 May 1921\n\nThe draft.But the colour was agreed.\n\nDocument Information\n\nSource\n\nFile 12.\n\nLanguage\n\nEnglish\n"

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return string(b)
}

func TestFixAppliesSafeFixesOnly(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": fixRules, "a.txt": fixPage})
	require.NoError(t, os.Chmod(filepath.Join(dir, "a.txt"), 0o640))
	code, _, stderr := runIn(t, dir, "fix", "--format", "compact", ".")
	assert.Equal(t, exitFindings, code, stderr) // the colour is left
	assert.Equal(t, strings.Replace(fixPage, "draft.But", "draft. But", 1), readFile(t, dir, "a.txt"), "only the safe fix's bytes change")
	st, err := os.Stat(filepath.Join(dir, "a.txt"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), st.Mode().Perm(), "the file keeps its permissions")
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 2, "no temporary file is left behind")

	code, _, stderr = runIn(t, dir, "fix", "--unsafe-fixes", "--format", "compact", ".")
	assert.Equal(t, exitClean, code, stderr)
	assert.Contains(t, readFile(t, dir, "a.txt"), "The draft. But the color was agreed.")
}

func TestFixDiffPreviewsAndWritesNothing(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": fixRules, "a.txt": fixPage})
	code, stdout, _ := runIn(t, dir, "fix", "--diff", ".")
	assert.Equal(t, exitFindings, code, "something to fix")
	assert.Equal(t, "--- a/a.txt\n+++ b/a.txt\n@@ -2,7 +2,7 @@\n \n 3 May 1921\n \n-The draft.But the colour was agreed.\n+The draft. But the colour was agreed.\n \n Document Information\n \n", stdout)
	assert.Equal(t, fixPage, readFile(t, dir, "a.txt"))

	_, stdout, _ = runIn(t, dir, "fix", "--diff", "--unsafe-fixes", ".")
	assert.Contains(t, stdout, "+The draft. But the color was agreed.\n")

	clean := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "a.txt": plainPage})
	code, stdout, _ = runIn(t, clean, "fix", "--diff", ".")
	assert.Equal(t, exitClean, code)
	assert.Empty(t, stdout)
}

func TestFixLeavesUnparsableFilesAlone(t *testing.T) {
	broken := "---\ntitle: [unclosed\n---\nSkip to content\n\nThe draft.But it stands.\n"
	invalid := "Skip to content\n\nThe draft.But \xff\xfe it stands.\n"
	dir := writeFiles(t, map[string]string{".archivelint.hcl": fixRules, "a.md": broken, "b.txt": invalid})
	_, stdout, _ := runIn(t, dir, "fix", "--diff", ".")
	assert.Empty(t, stdout)
	runIn(t, dir, "fix", "--format", "compact", ".")
	assert.Equal(t, broken, readFile(t, dir, "a.md"))
	assert.Equal(t, invalid, readFile(t, dir, "b.txt"))
}

func TestOutputsBesideStdout(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "a.txt": markedPage})
	code, stdout, stderr := runIn(t, dir, "lint", "--format", "compact",
		"--output", "sarif=out/report.sarif", "--output", "json=out/findings.jsonl", "--output", "junit=out/junit.xml", ".")
	assert.Equal(t, exitFindings, code, stderr)
	assert.Equal(t, 2, strings.Count(stdout, "\n"))
	assert.Equal(t, 2, strings.Count(readFile(t, dir, "out/findings.jsonl"), "\n"))
	var log struct {
		Runs []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, dir, "out/report.sarif")), &log))
	assert.Len(t, log.Runs[0].Results, 2)
	assert.Contains(t, readFile(t, dir, "out/junit.xml"), `failures="2"`)

	code, _, stderr = runIn(t, dir, "lint", "--output", "yaml=x", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "unknown format")
}

func TestGitHubFormatAnnotatesEachFinding(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "a.txt": markedPage})
	_, stdout, _ := runIn(t, dir, "lint", "--format", "github", ".")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, "::error file=a.txt,line=1,col=1,endLine=1,endColumn=16,title=artifact.skip-link::\"Skip to content\" is navigation text scraped with the page", lines[0])
}

func TestBaselineSurvivesLinesMoving(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "a.txt": markedPage})
	code, _, stderr := runIn(t, dir, "lint", "--format", "compact", "--write-baseline", "baseline.json", ".")
	assert.Equal(t, exitClean, code, "writing a baseline accepts the findings: %s", stderr)
	code, stdout, _ := runIn(t, dir, "lint", "--format", "compact", "--baseline", "baseline.json", ".")
	assert.Equal(t, exitClean, code)
	assert.Empty(t, stdout)

	moved := strings.Replace(markedPage, "A Note on the Treaty\n", "A Note on the Treaty\n\nAn introduction\nadded above.\n", 1)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(moved+"\nXX\n"), 0o644))
	code, stdout, _ = runIn(t, dir, "lint", "--format", "compact", "--baseline", "baseline.json", ".")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "a.txt:14:1: warning: \"XX\" is a stray marker line, not part of the document (artifact.stray-marker)\n", stdout,
		"the moved findings stay baselined; the new marker line is reported")

	code, _, stderr = runIn(t, dir, "lint", "--baseline", "nope.json", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "--baseline")
}

func TestSuppressionsEndToEnd(t *testing.T) {
	md := "---\ntitle: \"x\"\nlanguage: English\n---\n<!-- archivelint-disable-next-line artifact.skip-link -- the site's own words, quoted -->\nSkip to content\n\n<!-- archivelint-disable-next-line artifact.stray-marker -- stale -->\nText.\n"
	config := "ignore {\n  rules  = [\"metadata.*\", \"spacing.*\"]\n  reason = \"front matter is checked upstream\"\n}\n"
	dir := writeFiles(t, map[string]string{".archivelint.hcl": config, "a.md": md})
	code, stdout, stderr := runIn(t, dir, "lint", "--format", "compact", ".")
	assert.Equal(t, exitFindings, code, stderr)
	assert.Equal(t, "a.md:8:1: warning: this archivelint-disable-next-line silences no finding of artifact.stray-marker; remove it (suppression.unused)\n", stdout)
}

// TestShardsMergedEqualOneRun splits a run into n shards and merges their reports: the
// result is byte for byte the report of one run, in JSON and in SARIF.
func TestShardsMergedEqualOneRun(t *testing.T) {
	files := map[string]string{".archivelint.hcl": artifactsOnly}
	for i := 0; i < 24; i++ {
		files[fmt.Sprintf("vol%d/%02d.txt", i%3, i)] = markedPage
		files[fmt.Sprintf("vol%d/%02d.md", i%3, i)] = "---\ntitle: \"x\"\n---\nSkip to content\n"
	}
	files["vol0/clean.txt"] = plainPage
	dir := writeFiles(t, files)
	for _, format := range []string{"json", "sarif"} {
		_, one, _ := runIn(t, dir, "lint", "--format", format, ".")
		for _, n := range []int{1, 3, 5} {
			var reports []string
			for i := 0; i < n; i++ {
				p := filepath.Join(t.TempDir(), fmt.Sprintf("shard%d.%s", i, format))
				runIn(t, dir, "lint", "--format", "compact", "--output", format+"="+p, "--shard", fmt.Sprintf("%d/%d", i, n), ".")
				reports = append(reports, p)
			}
			code, merged, stderr := runIn(t, dir, append([]string{"merge"}, reports...)...)
			require.Equal(t, exitClean, code, stderr)
			assert.Equal(t, one, merged, "%s, %d shards", format, n)
		}
	}
	code, _, stderr := runIn(t, dir, "lint", "--shard", "3/3", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "--shard")
}

func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "old.txt": markedPage, "edited.txt": plainPage})
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "start")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "edited.txt"), []byte(plainPage+"\nXX\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "new.txt"), []byte(markedPage), 0o644))
	code, stdout, stderr := runIn(t, dir, "lint", "--format", "compact", "--changed-since", "HEAD", ".")
	assert.Equal(t, exitFindings, code, stderr)
	assert.NotContains(t, stdout, "old.txt")
	assert.Contains(t, stdout, "edited.txt:")
	assert.Contains(t, stdout, "new.txt:")

	code, _, stderr = runIn(t, dir, "lint", "--changed-since", "no-such-branch", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "no such revision")
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	code, stdout, _ := runIn(t, dir, "init")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, stdout, "wrote .archivelint.hcl")
	written := readFile(t, dir, ".archivelint.hcl")
	for _, pack := range rules.PackNames() {
		assert.Contains(t, written, `"`+pack+`"`, "the starter lists every built-in pack")
	}
	code, _, stderr := runIn(t, dir, "rules")
	assert.Equal(t, exitClean, code, "the starter configuration loads: %s", stderr)
	assert.Empty(t, stderr)

	code, _, stderr = runIn(t, dir, "init")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "exists already")
	assert.Equal(t, written, readFile(t, dir, ".archivelint.hcl"), "never overwritten")
}

func TestExplain(t *testing.T) {
	config := "override \"artifact.stray-marker\" {\n  severity = \"notice\"\n}\n" + strings.Replace(fixRules, "archivelint { packs = [] }", "", 1)
	dir := writeFiles(t, map[string]string{".archivelint.hcl": config})
	code, stdout, _ := runIn(t, dir, "explain", "artifact.stray-marker")
	assert.Equal(t, exitClean, code)
	for _, want := range []string{
		"artifact.stray-marker: a stray marker line", "category   artifact", "severity   notice",
		"kind       pattern: report text that matches", "pack       artifact (rules/artifact.hcl)",
		"The pattern kind:", "As written in rules/artifact.hcl:", `rule "pattern" "artifact.stray-marker" {`,
		"Changed in .archivelint.hcl:", `override "artifact.stray-marker" {`,
	} {
		assert.Contains(t, stdout, want)
	}
	code, stdout, _ = runIn(t, dir, "explain", "local.colour")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, stdout, "(local: .archivelint.hcl)")
	assert.Contains(t, stdout, `literals = ["colour"]`)

	code, _, stderr := runIn(t, dir, "explain", "artifact.stray-markr")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, `Did you mean "artifact.stray-marker"?`)

	off := writeFiles(t, map[string]string{".archivelint.hcl": "archivelint {\n  packs = [\"metadata\"]\n}\n"})
	code, stdout, _ = runIn(t, off, "explain", "artifact.stray-marker")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, stdout, "is switched off in this configuration")
	assert.Contains(t, stdout, `rule "pattern" "artifact.stray-marker" {`)
}

func TestNoProgressBarWithoutATerminal(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": artifactsOnly, "a.txt": plainPage})
	_, _, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Empty(t, stderr)
}
