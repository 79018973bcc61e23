package rules

import (
	"fmt"
	"strings"

	"github.com/agext/levenshtein"
)

// nearest returns the candidate closest to given, if it is close enough to be a likely typo.
func nearest(given string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		d := levenshtein.Distance(strings.ToLower(given), strings.ToLower(c), nil)
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist <= 2 || bestDist <= len(given)/3 {
		return best
	}
	return ""
}

// didYouMean is " Did you mean \"x\"?" or "".
func didYouMean(given string, candidates []string) string {
	if n := nearest(given, candidates); n != "" {
		return fmt.Sprintf(" Did you mean %q?", n)
	}
	return ""
}

// quotedList renders ["a", "b"] as `"a", "b"`.
func quotedList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
