//go:build unix

package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliEnv makes the test binary run as archivelint itself (see TestMain), so that a test can
// run the command in a process of its own and kill it.
const cliEnv = "ARCHIVELINT_TEST_RUN_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(cliEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// cli prepares archivelint with args as a process of its own, in dir.
func cli(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cliEnv+"=1")
	return cmd
}

// TestFixKilledAtAnyMomentLeavesEveryFileOldOrNew runs fix over many files in a process of
// its own and kills it (SIGKILL: no clean-up runs) at random moments, again and again. Each
// time, every file must be whole: as it was, or as fix makes it; and whatever temporary
// file the kill left must not be linted by the next run, which then fixes the rest.
func TestFixKilledAtAnyMomentLeavesEveryFileOldOrNew(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a fix a few times over some hundred files")
	}
	const files = 150
	old := map[string]string{}
	for i := range files {
		var b strings.Builder
		fmt.Fprintf(&b, "Despatch %d\n\n3 May 1921\n\n", i)
		for range 300 {
			b.WriteString("The draft.But the minister declined the note.Then he left.\n")
		}
		old[fmt.Sprintf("d%03d.txt", i)] = b.String()
	}
	dir := t.TempDir()
	reset := func() {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			require.NoError(t, os.RemoveAll(filepath.Join(dir, e.Name())))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, ".archivelint.hcl"), []byte(fixRules), 0o644))
		for name, content := range old {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
		}
	}

	// One run to the end: what fix makes of each file, and how long it takes.
	reset()
	started := time.Now()
	out, err := cli(dir, "fix", "--format", "compact", "-j", "2", ".").CombinedOutput()
	full := time.Since(started)
	require.NoError(t, err, "%s", out)
	fixed := map[string]string{}
	for name := range old {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		require.NotEqual(t, old[name], string(b), "fix changes %s", name)
		fixed[name] = string(b)
	}

	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	leftovers, killedMidway := 0, 0
	for round := range 6 {
		reset()
		cmd := cli(dir, "fix", "--format", "compact", "-j", "2", ".")
		require.NoError(t, cmd.Start())
		time.Sleep(time.Duration(rng.Int64N(int64(full))))
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		_ = cmd.Wait()

		done := 0
		for name := range old {
			b, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err, "round %d: %s is gone", round, name)
			switch string(b) {
			case fixed[name]:
				done++
			case old[name]:
			default:
				t.Fatalf("round %d: %s is neither as it was nor as fix makes it (%d bytes)", round, name, len(b))
			}
		}
		if done > 0 && done < files {
			killedMidway++
		}
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".archivelint-") {
				leftovers++
			}
		}

		// The next run sees none of the leftovers and finishes the work.
		code, stdout, stderr := runIn(t, dir, "fix", "--format", "compact", ".")
		require.Equal(t, exitClean, code, "round %d: %s%s", round, stdout, stderr)
		assert.NotContains(t, stdout+stderr, ".archivelint-", "round %d: a leftover was linted", round)
		for name := range old {
			require.Equal(t, fixed[name], readFile(t, dir, name), "round %d: %s after the next run", round, name)
		}
	}
	t.Logf("a full fix took %v; %d of 6 kills came midway; %d temporary files left behind, none linted", full, killedMidway, leftovers)
}
