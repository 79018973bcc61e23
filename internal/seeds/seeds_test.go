package seeds

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFilesReadsSectionsAndPlainFiles(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "a"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "a", "x.txtar"),
		[]byte("comment\n-- doc.txt --\nhello\n-- want --\nnothing\n-- doc.txt.fixed --\nhello.\n-- page.md --\n# t\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "b.xml"), []byte("<TEI/>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "c.go"), []byte("package c"), 0o644))

	got, err := Documents(root)
	require.NoError(t, err)
	var names []string
	for _, f := range got {
		names = append(names, f.Name)
	}
	assert.Equal(t, []string{"doc.txt", "page.md", "b.xml"}, names)
	assert.Equal(t, "hello\n", string(got[0].Data))
	assert.Equal(t, "<TEI/>", string(got[2].Data))

	none, err := Documents(filepath.Join(root, "missing"))
	assert.NoError(t, err, "a missing root is no error")
	assert.Empty(t, none)
}

func TestTheRepositoryHasSeeds(t *testing.T) {
	docs, err := Documents("../../testdata")
	require.NoError(t, err)
	assert.Greater(t, len(docs), 50)
	configs, err := Files("../../testdata", ".hcl")
	require.NoError(t, err)
	assert.Greater(t, len(configs), 20)
}
