package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestOnlyBlanks agrees with trimming spaces and tabs, which it replaces.
func TestOnlyBlanks(t *testing.T) {
	for _, s := range []string{"", " ", "  \t ", "\t\t", " \n ", "  x", "\u00a0 ", "\r\n"} {
		require.Equal(t, strings.Trim(s, " \t") == "", onlyBlanks([]byte(s)), "%q", s)
	}
}
