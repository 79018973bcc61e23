package checks

import (
	"fmt"
	"slices"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
)

// selection reads a rule's choice among a kind's fixed set of names (the kinds of missing
// space, of citation problem...): the names given, or those dflt picks when none are; a name
// outside the set is a diagnostic on rng.
func selection[T ~string](given []string, known []T, dflt func(T) bool, what string, rng hcl.Range) (map[T]bool, hcl.Diagnostics) {
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = string(k)
	}
	chosen := map[T]bool{}
	var diags hcl.Diagnostics
	for _, g := range given {
		if !slices.Contains(names, g) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown " + what,
				Detail: fmt.Sprintf("%q is not a %s.%s Use %s.", g, what, DidYouMean(g, names),
					QuotedList(names)),
				Subject: rng.Ptr()})
		}
		chosen[T(g)] = true
	}
	if len(given) == 0 {
		for _, k := range known {
			chosen[k] = dflt(k)
		}
	}
	return chosen, diags
}

// DidYouMean is " Did you mean \"x\"?" for the candidate nearest to given when it is close
// enough to be a likely typo (case aside), or "". Every "unknown name" diagnostic uses it.
func DidYouMean(given string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		if d := levenshtein.Distance(strings.ToLower(given), strings.ToLower(c), nil); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" || bestDist > 2 && bestDist > len(given)/3 {
		return ""
	}
	return fmt.Sprintf(" Did you mean %q?", best)
}

// QuotedList renders ["a", "b"] as `"a", "b"`.
func QuotedList(items []string) string { return strings.Join(quoteAll(items), ", ") }

func quoteAll(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}
