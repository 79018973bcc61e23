package checks

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Pattern reports text matching a regular expression or one of a list of literal strings.
var Pattern = NewKind("pattern", `report text that matches a regular expression or a literal

Attributes: regex (RE2 syntax) or literals (a list of exact strings), ignore_case, except (a
list of regexes: a match that one of them matches entirely is not reported), group (report
only this capture group of the regex), suggest and fix (replacement text; $1 and ${name} expand
capture groups; "" deletes), safe_fix (apply the fix with "archivelint fix" without
--unsafe-fixes), delete_line (the fix removes the whole line and the blank line after it).
Message variables: match, suggestion, groups (the capture groups, a list).`, buildPattern)

func init() { Pattern.Vars = []string{"groups"} }

type patternConfig struct {
	Regex         *string   `hcl:"regex,optional"`
	RegexRange    hcl.Range `hcl:"regex,attr_value_range"`
	Literals      []string  `hcl:"literals,optional"`
	LiteralsRange hcl.Range `hcl:"literals,attr_value_range"`
	IgnoreCase    bool      `hcl:"ignore_case,optional"`
	Except        []string  `hcl:"except,optional"`
	ExceptRange   hcl.Range `hcl:"except,attr_value_range"`
	Group         int       `hcl:"group,optional"`
	Suggest       *string   `hcl:"suggest,optional"`
	Fix           *string   `hcl:"fix,optional"`
	SafeFix       bool      `hcl:"safe_fix,optional"`
	DeleteLine    bool      `hcl:"delete_line,optional"`
}

type patternCheck struct {
	re         *regexp.Regexp
	quick      quickReject
	except     []*regexp.Regexp
	group      int
	suggest    *string
	fix        *string
	safe       bool
	deleteLine bool
}

func buildPattern(c *patternConfig, b *Build) (Check, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	if (c.Regex == nil) == (len(c.Literals) == 0) {
		return nil, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Missing pattern",
			Detail:   `A "pattern" rule needs exactly one of "regex" (a regular expression) or "literals" (a list of strings).`,
			Subject:  b.Rule.DefRange.Ptr(),
		}}
	}
	var src string
	subject := c.RegexRange
	if c.Regex != nil {
		src = *c.Regex
	} else {
		quoted := make([]string, len(c.Literals))
		for i, l := range c.Literals {
			quoted[i] = regexp.QuoteMeta(l)
		}
		src = strings.Join(quoted, "|")
		subject = c.LiteralsRange
	}
	if c.IgnoreCase {
		src = "(?i)" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, append(diags, RegexDiagnostic(err, subject))
	}
	if c.Group < 0 || c.Group > re.NumSubexp() {
		return nil, append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "No such capture group",
			Detail:   fmt.Sprintf("The regex has %d capture groups; group must be between 0 and %d.", re.NumSubexp(), re.NumSubexp()),
			Subject:  b.Rule.DefRange.Ptr(),
		})
	}
	p := &patternCheck{re: re, quick: newQuickReject(re), group: c.Group, suggest: c.Suggest, fix: c.Fix, safe: c.SafeFix, deleteLine: c.DeleteLine}
	for _, e := range c.Except {
		x, err := regexp.Compile("^(?:" + e + ")$")
		if err != nil {
			diags = append(diags, RegexDiagnostic(err, c.ExceptRange))
			continue
		}
		p.except = append(p.except, x)
	}
	return p, diags
}

// RegexDiagnostic explains a regular expression that does not compile.
func RegexDiagnostic(err error, subject hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Invalid regular expression",
		Detail: fmt.Sprintf("%s. Patterns use Go's RE2 syntax (https://golang.org/s/re2syntax): no look-around "+
			"or back-references; in HCL strings a backslash is written twice, as in \"\\\\d+\".", err),
		Subject: subject.Ptr(),
	}
}

func (c *patternCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		s := u.Text.S
		if c.quick.rejects(s) {
			return
		}
		for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
			start, end := m[2*c.group], m[2*c.group+1]
			if start < 0 || c.excepted(s[start:end]) {
				continue
			}
			r := Report{Text: u.Text, Start: start, End: end,
				Message: fmt.Sprintf("%q matches %s", s[start:end], p.Rule.Name),
				Vars:    map[string]cty.Value{"groups": groupsOf(s, m)}}
			if c.suggest != nil {
				r.Suggestion = string(c.re.ExpandString(nil, *c.suggest, s, m))
			}
			if c.fix != nil {
				r.Fix = c.edit(u.Text, start, end, string(c.re.ExpandString(nil, *c.fix, s, m)))
				if r.Suggestion == "" && r.Fix != nil && len(r.Fix.Edits) == 1 {
					r.Suggestion = r.Fix.Edits[0].NewText
				}
			}
			p.Report(r)
		}
	})
}

func (c *patternCheck) excepted(match string) bool {
	for _, x := range c.except {
		if x.MatchString(match) {
			return true
		}
	}
	return false
}

// edit builds the fix: a replacement of the match, or the removal of its whole line.
func (c *patternCheck) edit(t *Text, start, end int, repl string) *TextFix {
	if !c.deleteLine {
		return &TextFix{Message: fmt.Sprintf("replace with %q", repl), Safe: c.safe, Edits: []Edit{{start, end, repl}}}
	}
	return &TextFix{Message: "delete the line", Safe: c.safe, Edits: []Edit{{start, end, ""}}, WholeLines: true}
}

func groupsOf(s string, m []int) cty.Value {
	if len(m) <= 2 {
		return cty.ListValEmpty(cty.String)
	}
	vals := make([]cty.Value, 0, len(m)/2-1)
	for i := 2; i < len(m); i += 2 {
		if m[i] < 0 {
			vals = append(vals, cty.StringVal(""))
			continue
		}
		vals = append(vals, cty.StringVal(s[m[i]:m[i+1]]))
	}
	return cty.ListVal(vals)
}
