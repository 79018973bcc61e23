package engine

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/archivelint/archivelint/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixable has one safe fix of testRules: the marker line goes.
const fixable = "Title\n\nXX\n\nThe end.\n"

func TestFixRefusesAFileThatChangedSinceItWasRead(t *testing.T) {
	e, dir, res := lintDir(t, testRules, map[string]string{"a.txt": fixable})
	require.Len(t, res, 1)
	p := filepath.Join(dir, "a.txt")
	edited := fixable + "A line the editor added meanwhile.\n"
	require.NoError(t, os.WriteFile(p, []byte(edited), 0o644))

	var st FixStats
	e.Fix(res[0], false, &st)
	require.Len(t, st.Errors, 1)
	assert.ErrorContains(t, st.Errors[0], "the file changed since it was read")
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, edited, string(b), "the editor's change stands")
}

func TestFixKeepsPermissionsAndLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	require.NoError(t, os.Mkdir(real, 0o755))
	target := filepath.Join(real, "a.txt")
	require.NoError(t, os.WriteFile(target, []byte(fixable), 0o600))
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink(filepath.Join("real", "a.txt"), link))

	cfg, diags := rules.LoadSource(filepath.Join(dir, rules.FileName), []byte(testRules), nil)
	require.False(t, diags.HasErrors(), diags.Error())
	targets, errs := Discover([]string{dir}, Selector{Base: cfg.Dir, Include: cfg.Include, Exclude: cfg.Exclude})
	require.Empty(t, errs)
	require.Len(t, targets, 1, "a file and a link to it are one file")
	e, _ := engineFor(t, testRules, nil)
	e.Config = cfg
	var st FixStats
	e.Fix(e.lintFile(targets[0]), false, &st)
	require.Empty(t, st.Errors)
	assert.Equal(t, 1, st.Files)

	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink, "the link is still a link")
	fi, err = os.Stat(target)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	b, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "Title\n\nThe end.\n", string(b), "the file the link points to is fixed")
	entries, err := os.ReadDir(real)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left beside it")
}

// TestLeftoversAreNotLinted: a fix killed between writing its temporary file and renaming it
// leaves ".NAME.archivelint-*" behind; editors leave lock files (".#NAME", often a link to
// nowhere) and backups. None of them is linted, and none fails the run.
func TestLeftoversAreNotLinted(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"a.txt": fixable, ".a.txt.archivelint-123456": fixable, ".a.txt.archivelint-9.txt": fixable,
		".notes.txt": fixable, ".hidden/b.txt": fixable,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	require.NoError(t, os.Symlink("user@host.4242:1700000000", filepath.Join(dir, ".#a.txt")))
	targets, errs := Discover([]string{dir}, Selector{Base: dir, Include: rules.DefaultInclude, Exclude: rules.DefaultExclude})
	assert.Empty(t, errs)
	require.Len(t, targets, 1)
	assert.Equal(t, "a.txt", filepath.Base(targets[0].Path))

	named, errs := Discover([]string{filepath.Join(dir, ".notes.txt")}, Selector{Base: dir, Include: rules.DefaultInclude, Exclude: rules.DefaultExclude})
	assert.Empty(t, errs)
	assert.Len(t, named, 1, "a hidden file named on the command line is linted")
}
