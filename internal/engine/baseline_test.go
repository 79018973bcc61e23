package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const baselinePage = "Title\n\nteh first\n\nXX\n\nand teh second\n"

// writeBaseline lints dir's files and writes their findings as a baseline.
func writeBaseline(t *testing.T, base string, results []FileResult) string {
	t.Helper()
	w := NewBaselineWriter(base)
	for _, r := range results {
		w.Add(r)
	}
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "baseline.json")
	require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
	return p
}

func TestBaselineKeepsOnlyNewFindings(t *testing.T) {
	e, dir, results := lintDir(t, testRules, map[string]string{"a.txt": baselinePage})
	require.Equal(t, []string{"t.teh", "t.marker", "t.teh"}, ruleNames(results[0]))
	path := writeBaseline(t, e.Config.Dir, results)

	tests := []struct {
		name, content string
		want          []string
	}{
		{"unchanged", baselinePage, nil},
		{"lines inserted above", "Title\n\nA new paragraph\nover two lines.\n\n" + strings.TrimPrefix(baselinePage, "Title\n"), nil},
		{"lines deleted above", strings.Replace(baselinePage, "Title\n\n", "", 1), nil},
		{"a new finding", baselinePage + "\nXX\n", []string{"t.marker"}},
		{"the same finding once more on its own line", baselinePage + "\nteh first\n", []string{"t.teh"}},
		{"its line edited", strings.Replace(baselinePage, "teh first", "teh first and more", 1), []string{"t.teh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(tt.content), 0o644))
			r := e.lintFile(results[0].Target)
			bl, err := ReadBaseline(path, e.Config.Dir)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ruleNames(bl.Filter(r)))
		})
	}
}

func TestBaselineFileIsSortedAndReadable(t *testing.T) {
	e, _, results := lintDir(t, testRules, map[string]string{"b.txt": baselinePage, "a.txt": "T\n\nXX\n"})
	b, err := os.ReadFile(writeBaseline(t, e.Config.Dir, results))
	require.NoError(t, err)
	s := string(b)
	assert.Contains(t, s, `"version": 1`)
	assert.Less(t, strings.Index(s, `"file": "a.txt"`), strings.Index(s, `"file": "b.txt"`))
	assert.Equal(t, 4, strings.Count(s, `"fingerprint"`))
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("not json"), 0o644))
	old := filepath.Join(dir, "old.json")
	require.NoError(t, os.WriteFile(old, []byte(`{"version": 99, "findings": []}`), 0o644))
	for _, p := range []string{bad, old, filepath.Join(dir, "missing.json")} {
		_, err := ReadBaseline(p, dir)
		assert.Error(t, err, p)
	}
}
