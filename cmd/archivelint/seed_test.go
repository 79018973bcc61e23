package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedCopy copies the real scraped page of /work/shared/seed into a temporary directory, or
// skips when the shared data is not there (a fresh clone).
func seedCopy(t *testing.T) string {
	t.Helper()
	matches, _ := filepath.Glob("../../../shared/seed/*.txt")
	if len(matches) == 0 {
		t.Skip("the shared seed is not beside the repository")
	}
	files := map[string]string{}
	for _, m := range matches {
		b, err := os.ReadFile(m)
		require.NoError(t, err)
		files[filepath.Base(m)] = string(b)
	}
	return writeFiles(t, files)
}

// TestSeedWorkflows runs the CI workflows on the real seed page: one annotation per finding,
// a baseline that silences everything it recorded, and a fix of the run-together words that
// changes nothing else on their lines.
func TestSeedWorkflows(t *testing.T) {
	dir := seedCopy(t)
	_, jsonOut, _ := runIn(t, dir, "lint", "--format", "json", ".")
	_, github, _ := runIn(t, dir, "lint", "--format", "github", ".")
	findings := strings.Count(jsonOut, "\n")
	require.Greater(t, findings, 0)
	assert.Equal(t, findings, strings.Count(github, "\n::")+1, "one annotation per finding")

	code, _, _ := runIn(t, dir, "lint", "--format", "compact", "--write-baseline", "baseline.json", ".")
	assert.Equal(t, exitClean, code)
	code, stdout, _ := runIn(t, dir, "lint", "--format", "compact", "--baseline", "baseline.json", ".")
	assert.Equal(t, exitClean, code)
	assert.Empty(t, stdout)

	name := ""
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			name = e.Name()
		}
	}
	before := readFile(t, dir, name)
	if !strings.Contains(jsonOut, `"match":"letteris"`) {
		t.Skip("no spacing rule reports \"letteris\" in this build")
	}
	_, diff, _ := runIn(t, dir, "fix", "--diff", ".")
	runIn(t, dir, "fix", "--format", "compact", ".")
	after := readFile(t, dir, name)
	assert.Contains(t, after, "This letter is based")
	// Every line the fix changed is one the preview showed as changed.
	beforeLines := map[string]bool{}
	for _, l := range strings.Split(before, "\n") {
		beforeLines[l] = true
	}
	for _, l := range strings.Split(after, "\n") {
		if !beforeLines[l] {
			assert.Contains(t, diff, "+"+l+"\n", "a changed line the preview did not show")
		}
	}
}
