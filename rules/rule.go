package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/zclconf/go-cty/cty"
)

// buildRule validates the common attributes and hands the rest of the body to the kind.
func (c *Config) buildRule(pack string, head *ruleHead, eval *hcl.EvalContext) (*checks.Rule, hcl.Diagnostics) {
	kind := checks.Lookup(head.Kind)
	if kind == nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unknown check kind",
			Detail: fmt.Sprintf("There is no check kind named %q.%s The kinds are: %s.",
				head.Kind, checks.DidYouMean(head.Kind, checks.KindNames()), checks.QuotedList(checks.KindNames())),
			Subject: head.KindRange.Ptr()}}
	}
	var rb ruleBlock
	diags := gohcl.DecodeBody(head.Body, eval, &rb)
	if diags.HasErrors() {
		return nil, diags
	}
	r := &checks.Rule{
		Name: head.Name, Kind: kind, Pack: pack, Category: rb.Category, Severity: checks.Warning,
		Description: rb.Description, In: rb.In, Formats: rb.Formats, Files: rb.Files,
		Ignorable: true, DefRange: head.DefRange, Eval: eval,
	}
	if head.Name == "" || strings.ContainsAny(head.Name, " \t\n") {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid rule name",
			Detail: "A rule name is a non-empty word such as \"artifact.skip-link\" (category, dot, name).", Subject: head.NameRange.Ptr()})
	}
	if r.Description == "" {
		r.Description = kind.Title()
	}
	if rb.Category == "" || strings.ToLower(rb.Category) != rb.Category || strings.ContainsAny(rb.Category, " \t") {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid category",
			Detail:  fmt.Sprintf("A category is a lower-case word; the usual ones are %s.%s", checks.QuotedList(checks.Categories), checks.DidYouMean(rb.Category, checks.Categories)),
			Subject: rb.CategoryRange.Ptr()})
	}
	if rb.Severity != nil {
		sev, ok := checks.ParseSeverity(*rb.Severity)
		if !ok {
			diags = append(diags, severityDiag(*rb.Severity, rb.SeverityRange, true))
		}
		r.Severity = sev
	}
	if rb.Enabled != nil && !*rb.Enabled {
		r.Severity = checks.Off
	}
	if rb.Ignorable != nil {
		r.Ignorable = *rb.Ignorable
	}
	diags = append(diags, checkScopes(rb.In, rb.InRange)...)
	for _, f := range rb.Formats {
		formats := []string{checks.FormatText, checks.FormatMarkdown, checks.FormatTEI}
		if !slices.Contains(formats, f) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown format",
				Detail:  fmt.Sprintf("%q is not a document format.%s The formats are %s.", f, checks.DidYouMean(f, formats), checks.QuotedList(formats)),
				Subject: rb.FormatsRange.Ptr()})
		}
	}
	if when, d := whenCondition(rb.When); d.HasErrors() {
		diags = append(diags, d...)
	} else {
		r.When = when
	}
	if msg, d := messageTemplate(rb.Message, kind); d.HasErrors() {
		diags = append(diags, d...)
	} else {
		r.Message = msg
	}
	if diags.HasErrors() {
		return nil, diags
	}
	check, d := kind.Build(rb.Body, &checks.Build{Rule: r, Eval: eval, Env: c.Env})
	diags = append(diags, d...)
	if d.HasErrors() {
		return nil, diags
	}
	r.Check = check
	return r, diags
}

func severityDiag(given string, rng hcl.Range, allowOff bool) *hcl.Diagnostic {
	names := checks.SeverityNames()
	if !allowOff {
		names = names[1:]
	}
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown severity",
		Detail:  fmt.Sprintf("%q is not a severity.%s Use one of %s.", given, checks.DidYouMean(given, names), checks.QuotedList(names)),
		Subject: rng.Ptr()}
}

// messageTemplate keeps a message expression, after checking that it names only variables
// the kind provides.
func messageTemplate(expr hcl.Expression, kind *checks.Kind) (hcl.Expression, hcl.Diagnostics) {
	if expr == nil {
		return nil, nil
	}
	vars := expr.Variables()
	if len(vars) == 0 {
		v, d := expr.Value(NewEvalContext())
		if d.HasErrors() {
			return nil, d
		}
		if v.IsNull() {
			return nil, nil // not set
		}
		if v.Type() != cty.String {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid message",
				Detail: "A message is a string, e.g. \"\\\"${match}\\\" is navigation text\".", Subject: expr.Range().Ptr()}}
		}
	}
	allowed := append([]string{"match", "suggestion", "default_message"}, kind.Vars...)
	var diags hcl.Diagnostics
	for _, tr := range vars {
		name := tr.RootName()
		if !slices.Contains(allowed, name) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown variable",
				Detail: fmt.Sprintf("A %q rule's message cannot use %q.%s The variables are: %s.",
					kind.Name, name, checks.DidYouMean(name, allowed), checks.QuotedList(allowed)),
				Subject: tr.SourceRange().Ptr()})
		}
	}
	return expr, diags
}

// whenCondition keeps a `when` expression after checking its variables.
func whenCondition(expr hcl.Expression) (hcl.Expression, hcl.Diagnostics) {
	if expr == nil {
		return nil, nil
	}
	vars := expr.Variables()
	if len(vars) == 0 {
		v, d := expr.Value(NewEvalContext())
		if d.HasErrors() || v.IsNull() {
			return nil, d
		}
	}
	var diags hcl.Diagnostics
	for _, tr := range vars {
		if name := tr.RootName(); !slices.Contains(checks.WhenVars, name) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown variable",
				Detail: fmt.Sprintf("A rule's when cannot use %q.%s It sees %s: document.format, document.in_volume, "+
					"document.id, document.path, and field.NAME for each metadata field (e.g. field.language).",
					name, checks.DidYouMean(name, checks.WhenVars), checks.QuotedList(checks.WhenVars)),
				Subject: tr.SourceRange().Ptr()})
		}
	}
	return expr, diags
}

// checkScopes validates `in`.
func checkScopes(in []string, rng hcl.Range) hcl.Diagnostics {
	var diags hcl.Diagnostics
	known := append(append([]string{}, checks.Scopes...), checks.BlockKinds...)
	for _, s := range in {
		if slices.Contains(known, s) || strings.HasPrefix(s, "field:") && len(s) > len("field:") {
			continue
		}
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown scope",
			Detail: fmt.Sprintf("%q is not a place a rule can look.%s Use \"field:NAME\" for one metadata field, or one of %s.",
				s, checks.DidYouMean(s, known), checks.QuotedList(known)),
			Subject: rng.Ptr()})
	}
	return diags
}

// applyOverrides changes built-in rules' severity, files and ignorability.
func (c *Config) applyOverrides(overrides []*overrideBlock, byName map[string]*ruleHead) hcl.Diagnostics {
	var diags hcl.Diagnostics
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	for _, o := range overrides {
		if _, ok := byName[o.Name]; !ok {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown rule",
				Detail:  fmt.Sprintf("There is no rule named %q.%s `archivelint rules` lists them.", o.Name, checks.DidYouMean(o.Name, names)),
				Subject: o.NameRange.Ptr()})
			continue
		}
		for _, r := range c.Rules {
			if r.Name != o.Name {
				continue
			}
			if o.Severity != nil {
				sev, ok := checks.ParseSeverity(*o.Severity)
				if !ok {
					diags = append(diags, severityDiag(*o.Severity, o.SeverityRange, true))
					continue
				}
				r.Severity = sev
			}
			if o.Enabled != nil && !*o.Enabled {
				r.Severity = checks.Off
			}
			if o.Files != nil {
				r.Files = o.Files
			}
			if o.Ignorable != nil {
				r.Ignorable = *o.Ignorable
			}
		}
	}
	kept := c.Rules[:0]
	for _, r := range c.Rules {
		if r.Severity != checks.Off {
			kept = append(kept, r)
		}
	}
	c.Rules = kept
	return diags
}
