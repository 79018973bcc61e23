package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
)

func TestUnifiedDiff(t *testing.T) {
	src := checks.NewSource("a.txt", []byte("1\n2\n3\n4 teh\n5\n6\n7\n8\n9\n10\n11\n12\n13 XX\n14"))
	tests := []struct {
		name  string
		edits []checks.Edit
		want  string
	}{
		{"one word", []checks.Edit{{Start: 8, End: 11, NewText: "the"}},
			"--- a/a.txt\n+++ b/a.txt\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4 teh\n+4 the\n 5\n 6\n 7\n"},
		{"a deleted line and the end without newline", []checks.Edit{{Start: 28, End: 31, NewText: ""}, {Start: 37, End: 39, NewText: "fourteen"}},
			"--- a/a.txt\n+++ b/a.txt\n@@ -9,6 +9,5 @@\n 9\n 10\n 11\n-12\n 13 XX\n-14\n\\ No newline at end of file\n+fourteen\n\\ No newline at end of file\n"},
		{"two hunks", []checks.Edit{{Start: 0, End: 1, NewText: "one"}, {Start: 37, End: 39, NewText: "x\ny"}},
			"--- a/a.txt\n+++ b/a.txt\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4 teh\n@@ -11,4 +11,5 @@\n 11\n 12\n 13 XX\n-14\n\\ No newline at end of file\n+x\n+y\n\\ No newline at end of file\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, UnifiedDiff("a.txt", src, tt.edits))
		})
	}
}

func TestFixDiffWritesNothing(t *testing.T) {
	_, dir, results := lintDir(t, testRules, map[string]string{"a.txt": "Title\n\nteh\n\nXX\n\nEnd\n"})
	diff, n := FixDiff(results[0], false)
	assert.Equal(t, 1, n, "only the safe fix")
	assert.Equal(t, "@@ -2,6 +2,4 @@\n \n teh\n \n-XX\n-\n End\n", diff[strings.Index(diff, "@@"):])
	b, _ := os.ReadFile(filepath.Join(dir, "a.txt"))
	assert.Equal(t, "Title\n\nteh\n\nXX\n\nEnd\n", string(b))
	diff, n = FixDiff(results[0], true)
	assert.Equal(t, 2, n)
	assert.Contains(t, diff, "-teh\n")
	assert.Contains(t, diff, "+the\n")
}
