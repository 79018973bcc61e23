package engine

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// A Shard is part Index of Count (0 <= Index < Count) of a run split across machines.
type Shard struct{ Index, Count int }

// ParseShard reads "i/n", 0-based: "0/4" to "3/4" are the four shards of a run.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(strings.TrimSpace(i))
	count, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || count < 1 || index < 0 || index >= count {
		return Shard{}, fmt.Errorf("%q is not a shard: write i/n with 0 <= i < n, e.g. 0/4 to 3/4 for four machines", s)
	}
	return Shard{index, count}, nil
}

// Keep returns the targets of this shard. A file's shard is a hash of its path relative to
// base (the configuration's directory), so it does not depend on the directory the run
// starts in, nor on the other files: adding files to the archive moves none of the others.
func (s Shard) Keep(targets []Target, base string) []Target {
	if s.Count <= 1 {
		return targets
	}
	var out []Target
	for _, t := range targets {
		h := fnv.New64a()
		h.Write([]byte(Selector{Base: base}.relative(t.Path)))
		if h.Sum64()%uint64(s.Count) == uint64(s.Index) {
			out = append(out, t)
		}
	}
	return out
}

// ChangedSince returns the absolute paths of the files git reports changed since rev in the
// repository holding dir: committed, staged or not, and new files git does not ignore.
// Deleted files are not listed: there is nothing to lint.
func ChangedSince(ctx context.Context, dir, rev string) (map[string]bool, error) {
	top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(string(top))
	if _, err := git(ctx, dir, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed-since %s: git knows no such revision", rev)
	}
	diff, err := git(ctx, root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", rev, "--")
	if err != nil {
		return nil, err
	}
	untracked, err := git(ctx, root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, list := range [][]byte{diff, untracked} {
		for _, name := range bytes.Split(list, []byte{0}) {
			if len(name) > 0 {
				out[canonicalPath(filepath.Join(root, filepath.FromSlash(string(name))))] = true
			}
		}
	}
	return out, nil
}

// KeepChanged returns the targets among changed (as ChangedSince returns them).
func KeepChanged(targets []Target, changed map[string]bool) []Target {
	var out []Target
	for _, t := range targets {
		if changed[canonicalPath(t.Path)] {
			out = append(out, t)
		}
	}
	return out
}

// canonicalPath is p absolute with symbolic links resolved, so that git's view and the
// walk's agree (a temporary directory behind a link, a checkout reached through one).
func canonicalPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return real
	}
	return p
}

func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}
