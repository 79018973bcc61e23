//go:build unix

package main

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpecialFilesAreNotRead: opening a named pipe blocks until something writes to it; a
// run must report it and go on, not wait forever.
func TestSpecialFilesAreNotRead(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": onlyArtifacts, "ok.txt": pageWithArtifacts})
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))

	code, stdout, _ := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitFindings, code, "a pipe found in a directory is not a transcription")
	assert.NotContains(t, stdout, "pipe.txt")

	code, stdout, _ = runIn(t, dir, "lint", "--format", "json", "pipe.txt", "ok.txt")
	assert.Equal(t, exitError, code)
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	pipe := recordsOf(recs, "pipe.txt")
	require.Len(t, pipe, 1)
	assert.Equal(t, "a named pipe, not a regular file: not read", pipe[0]["error"])
}
