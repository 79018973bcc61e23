package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestCollectorStartsOnce checks the start-up hand-over main relies on: every command turns
// the collector back on exactly once, whether it loads a configuration or not, and before it
// reads a file.
func TestCollectorStartsOnce(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A page.\n"})
	for _, args := range [][]string{
		{"lint", "a.txt"}, {"a.txt"}, {"--format", "json", "a.txt"}, {"fix", "a.txt"}, {"rules"},
		{"rules", "--kinds"}, {"explain", "spacing.run-together"}, {"version"}, {"help"}, {"nonesuch"},
		{"merge"}, {"lint", "--nonesuch-flag"},
	} {
		t.Chdir(dir)
		calls := 0
		var stdout, stderr bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, now: time.Now,
			collect: func() { calls++ }}
		e.run(args)
		if args[0] == "lint" && args[1] == "--nonesuch-flag" || args[0] == "rules" && len(args) > 1 {
			// Failed flags and the kinds list load no configuration: the memory limit main
			// sets bounds what they allocate.
			require.LessOrEqual(t, calls, 1, "%v", args)
			continue
		}
		require.Equal(t, 1, calls, "%v", args)
	}
}
