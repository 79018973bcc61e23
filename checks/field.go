package checks

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// FieldKind reports metadata fields that are missing, empty, or malformed.
var FieldKind = NewKind("field", `report metadata fields that are missing, empty or malformed

Attributes: fields (the canonical field names the rule covers: "title", "source", "language",
"record_id", "uploaded", "rights"...), required (the field must be present), non_empty (a
present field must have a value), format (a regex the whole trimmed value must match),
format_description (says what the format is, for the message).
Message variables: field (its name), label (as written), value, problem ("missing", "empty"
or "format").`, buildField)

func init() { FieldKind.Vars = []string{"field", "label", "value", "problem"} }

type fieldConfig struct {
	Fields            []string  `hcl:"fields"`
	Required          bool      `hcl:"required,optional"`
	NonEmpty          bool      `hcl:"non_empty,optional"`
	Format            *string   `hcl:"format,optional"`
	FormatRange       hcl.Range `hcl:"format,attr_value_range"`
	FormatDescription string    `hcl:"format_description,optional"`
}

type fieldCheck struct {
	cfg    *fieldConfig
	format *regexp.Regexp
}

func buildField(c *fieldConfig, b *Build) (Check, hcl.Diagnostics) {
	fc := &fieldCheck{cfg: c}
	if c.Format != nil {
		re, err := regexp.Compile(`^(?:` + *c.Format + `)$`)
		if err != nil {
			return nil, hcl.Diagnostics{RegexDiagnostic(err, c.FormatRange)}
		}
		fc.format = re
	}
	if !c.Required && !c.NonEmpty && c.Format == nil {
		return nil, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Nothing to check",
			Detail:   `A "field" rule needs at least one of required, non_empty or format.`,
			Subject:  b.Rule.DefRange.Ptr(),
		}}
	}
	return fc, nil
}

func (c *fieldCheck) Run(p *Pass) {
	for _, name := range c.cfg.Fields {
		found := false
		for _, f := range p.Doc.Fields {
			if f.Name != name {
				continue
			}
			found = true
			c.checkValue(p, f)
		}
		if !found && c.cfg.Required {
			p.Report(Report{Start: p.Doc.HeaderStart, End: p.Doc.HeaderStart, FileLevel: true,
				Message: fmt.Sprintf("the %s field is missing", name),
				Vars:    fieldVars(name, name, "", "missing")})
		}
	}
}

func (c *fieldCheck) checkValue(p *Pass, f *Field) {
	v := strings.TrimSpace(f.Value.S)
	if v == "" {
		if c.cfg.NonEmpty {
			p.Report(Report{Start: f.LabelStart, End: f.LabelEnd,
				Message: fmt.Sprintf("%s has no value", f.Label),
				Vars:    fieldVars(f.Name, f.Label, "", "empty")})
		}
		return
	}
	if c.format == nil || c.format.MatchString(v) {
		return
	}
	lead := len(f.Value.S) - len(strings.TrimLeft(f.Value.S, " \t\r\n"))
	what := c.cfg.FormatDescription
	if what == "" {
		what = "in the expected format"
	}
	p.Report(Report{Text: &f.Value, Start: lead, End: lead + len(v),
		Message: fmt.Sprintf("%s %q is not %s", f.Label, v, what),
		Vars:    fieldVars(f.Name, f.Label, v, "format")})
}

func fieldVars(name, label, value, problem string) map[string]cty.Value {
	return map[string]cty.Value{
		"field": cty.StringVal(name), "label": cty.StringVal(label),
		"value": cty.StringVal(value), "problem": cty.StringVal(problem),
	}
}
