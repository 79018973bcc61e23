package engine

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/4", Shard{0, 4}, true},
		{"3/4", Shard{3, 4}, true},
		{"0/1", Shard{0, 1}, true},
		{"4/4", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
	}
	for _, tt := range tests {
		got, err := ParseShard(tt.in)
		assert.Equal(t, tt.ok, err == nil, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestShardsPartitionAndStayPut(t *testing.T) {
	base := t.TempDir()
	var targets []Target
	for i := 0; i < 200; i++ {
		p := filepath.Join(base, fmt.Sprintf("vol%d/doc%03d.xml", i%7, i))
		targets = append(targets, Target{Path: p, Display: p})
	}
	const n = 4
	where := map[string]int{}
	for i := 0; i < n; i++ {
		kept := Shard{i, n}.Keep(targets, base)
		assert.Greater(t, len(kept), 20, "shard %d is far too small", i)
		for _, tg := range kept {
			_, dup := where[tg.Path]
			assert.False(t, dup, "%s in two shards", tg.Path)
			where[tg.Path] = i
		}
	}
	assert.Len(t, where, len(targets), "every file in some shard")
	// Adding files moves none of the others.
	more := append(append([]Target{}, targets...), Target{Path: filepath.Join(base, "new.md")})
	for i := 0; i < n; i++ {
		for _, tg := range (Shard{i, n}).Keep(more, base) {
			if w, ok := where[tg.Path]; ok {
				assert.Equal(t, i, w)
			}
		}
	}
}

func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL=/dev/null")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
	}
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	run("init", "-q", "-b", "main")
	for _, n := range []string{"same.txt", "edited.txt", "staged.txt", "deleted.txt", "sub/committed.txt"} {
		write(n, "v1\n")
	}
	run("add", ".")
	run("commit", "-q", "-m", "one")
	write("sub/committed.txt", "v2\n")
	run("commit", "-q", "-am", "two")
	write("edited.txt", "v2\n")
	write("staged.txt", "v2\n")
	run("add", "staged.txt")
	require.NoError(t, os.Remove(filepath.Join(dir, "deleted.txt")))
	write("new.txt", "v1\n")
	write(".gitignore", "ignored.txt\n")
	write("ignored.txt", "v1\n")

	changed, err := ChangedSince(context.Background(), filepath.Join(dir, "sub"), "HEAD~1")
	require.NoError(t, err)
	var targets []Target
	for _, n := range []string{"same.txt", "edited.txt", "staged.txt", "new.txt", "ignored.txt", "sub/committed.txt"} {
		targets = append(targets, Target{Path: filepath.Join(dir, n), Display: n})
	}
	var got []string
	for _, tg := range KeepChanged(targets, changed) {
		got = append(got, tg.Display)
	}
	assert.Equal(t, []string{"edited.txt", "staged.txt", "new.txt", "sub/committed.txt"}, got)

	_, err = ChangedSince(context.Background(), dir, "no-such-rev")
	assert.ErrorContains(t, err, "no such revision")
	_, err = ChangedSince(context.Background(), t.TempDir(), "HEAD")
	assert.Error(t, err, "not a repository")
}
