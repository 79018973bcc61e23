package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"
)

// ignoreBlock is an `ignore { ... }` block as written: it silences findings without
// touching the transcription, and must say why.
//
//	ignore {
//	  rules  = ["spacing.*"]
//	  files  = ["letters/1862/**"]
//	  lines  = [12, "40-45"]
//	  match  = "^Tsarskoe"
//	  reason = "period spelling, kept as in the original"
//	}
type ignoreBlock struct {
	Rules       []string  `hcl:"rules,optional"`
	RulesRange  hcl.Range `hcl:"rules,attr_value_range"`
	Files       []string  `hcl:"files,optional"`
	FilesRange  hcl.Range `hcl:"files,attr_value_range"`
	Lines       []string  `hcl:"lines,optional"`
	LinesRange  hcl.Range `hcl:"lines,attr_value_range"`
	Match       *string   `hcl:"match,optional"`
	MatchRange  hcl.Range `hcl:"match,attr_value_range"`
	Reason      string    `hcl:"reason"`
	ReasonRange hcl.Range `hcl:"reason,attr_value_range"`
	DefRange    hcl.Range `hcl:",def_range"`
}

// An Ignore silences the findings it covers: every condition it sets must hold. Only rules
// that are ignorable are silenced.
type Ignore struct {
	Rules []string // globs of rule names ("spacing.*"); empty: every rule
	Files []string // globs of files, relative to the configuration's directory; empty: every file
	Lines []LineRange
	Match *regexp.Regexp // searched in the finding's matched text
	// Reason is why the findings are right as they are; required.
	Reason   string
	DefRange hcl.Range
}

// A LineRange is lines From to To, inclusive, 1-based.
type LineRange struct{ From, To int }

// CoversLine reports whether one of the ranges holds line n; no ranges hold every line.
func (i *Ignore) CoversLine(n int) bool {
	if len(i.Lines) == 0 {
		return true
	}
	for _, r := range i.Lines {
		if n >= r.From && n <= r.To {
			return true
		}
	}
	return false
}

// CoversRule reports whether the rule name matches one of the globs.
func (i *Ignore) CoversRule(name string) bool { return MatchRule(i.Rules, name) }

// MatchRule reports whether name matches one of the rule globs; no globs match every rule.
func MatchRule(globs []string, name string) bool {
	if len(globs) == 0 {
		return true
	}
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, name); ok {
			return true
		}
	}
	return false
}

// loadIgnores validates the project's ignore blocks and keeps them in c.Ignores. known lists
// the rule names defined anywhere (packs and project), to catch a misspelt rule.
func (c *Config) loadIgnores(blocks []*ignoreBlock, known []string) hcl.Diagnostics {
	var diags hcl.Diagnostics
	for _, b := range blocks {
		ig := &Ignore{Rules: b.Rules, Files: b.Files, Reason: strings.TrimSpace(b.Reason), DefRange: b.DefRange}
		if ig.Reason == "" {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Missing reason",
				Detail:  "An ignore block says why the findings it silences are right as they are: reason = \"...\".",
				Subject: b.ReasonRange.Ptr()})
		}
		if len(b.Rules)+len(b.Files)+len(b.Lines) == 0 && b.Match == nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Ignore block ignores everything",
				Detail:  "Say what to ignore with at least one of rules, files, lines or match; to switch a rule off use override \"RULE\" { enabled = false }.",
				Subject: b.DefRange.Ptr()})
		}
		for _, g := range b.Rules {
			if !doublestar.ValidatePattern(g) {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid glob",
					Detail: fmt.Sprintf("%q is not a valid glob.", g), Subject: b.RulesRange.Ptr()})
				continue
			}
			if !anyRuleMatches(g, known) {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagWarning, Summary: "No such rule",
					Detail:  fmt.Sprintf("%q matches no rule, so this ignore block silences nothing.%s `archivelint rules` lists them.", g, checks.DidYouMean(g, known)),
					Subject: b.RulesRange.Ptr()})
			}
		}
		for _, g := range b.Files {
			if !doublestar.ValidatePattern(g) {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid glob",
					Detail: fmt.Sprintf("%q is not a valid glob.", g), Subject: b.FilesRange.Ptr()})
			}
		}
		for _, l := range b.Lines {
			r, ok := parseLineRange(l)
			if !ok {
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid line range",
					Detail:  fmt.Sprintf("%q is not a line or a range of lines; write 12 or \"40-45\".", l),
					Subject: b.LinesRange.Ptr()})
				continue
			}
			ig.Lines = append(ig.Lines, r)
		}
		if b.Match != nil {
			re, err := regexp.Compile(*b.Match)
			if err != nil {
				diags = append(diags, checks.RegexDiagnostic(err, b.MatchRange))
			}
			ig.Match = re
		}
		c.Ignores = append(c.Ignores, ig)
	}
	return diags
}

func anyRuleMatches(glob string, names []string) bool {
	for _, n := range names {
		if ok, _ := doublestar.Match(glob, n); ok {
			return true
		}
	}
	return strings.HasPrefix(glob, "suppression.") // the engine's own rules about suppressions
}

// parseLineRange reads "12" or "40-45".
func parseLineRange(s string) (LineRange, bool) {
	from, to, isRange := strings.Cut(strings.TrimSpace(s), "-")
	a, err := strconv.Atoi(strings.TrimSpace(from))
	if err != nil || a < 1 {
		return LineRange{}, false
	}
	if !isRange {
		return LineRange{a, a}, true
	}
	b, err := strconv.Atoi(strings.TrimSpace(to))
	if err != nil || b < a {
		return LineRange{}, false
	}
	return LineRange{a, b}, true
}
