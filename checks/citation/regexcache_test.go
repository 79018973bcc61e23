package citation

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRegexCache compiles an expression once and shares it; an invalid one is an error every
// time, never a cached nil.
func TestRegexCache(t *testing.T) {
	rc := regexCache{}
	a, err := rc.compile(`^(?:[0-9]+)`)
	require.NoError(t, err)
	b, err := rc.compile(`^(?:[0-9]+)`)
	require.NoError(t, err)
	require.Same(t, a, b)
	for range 2 {
		re, err := rc.compile(`^(?:[0-9+)`)
		require.Error(t, err)
		require.Nil(t, re)
	}
	require.Len(t, rc, 1)
	require.Panics(t, func() { rc.mustCompile(`(`) })
}
