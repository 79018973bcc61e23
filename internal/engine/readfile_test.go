package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadFile reads files whole: one of known size, one whose size the system does not know
// in advance (a /proc file says 0), and one over the limit.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	content := strings.Repeat("The conference met at noon. ", 5000)
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	e := &Engine{}
	b, err := e.readFile(p)
	require.NoError(t, err)
	require.Equal(t, content, string(b))
	require.Equal(t, len(content)+1, cap(b), "one allocation of the file's size")

	if st, err := os.Stat("/proc/self/status"); err == nil && st.Mode().IsRegular() && st.Size() == 0 {
		b, err := e.readFile("/proc/self/status")
		require.NoError(t, err)
		require.Contains(t, string(b), "Name:")
	}

	small := &Engine{MaxFileSize: 1000}
	_, err = small.readFile(p)
	require.ErrorContains(t, err, "over the")
}
