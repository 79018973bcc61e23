package checks

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/stretchr/testify/require"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// TestWhenHoldsAsHCLDecides evaluates `when` conditions on documents with and without fields,
// in and out of volumes, as HCL does (the whole expression) and as AppliesTo does (stopping at
// the first operand of && that is not true): the same answer every time.
func TestWhenHoldsAsHCLDecides(t *testing.T) {
	ctx := &hcl.EvalContext{Functions: map[string]function.Function{
		"can": tryfunc.CanFunc, "try": tryfunc.TryFunc, "contains": stdlib.ContainsFunc, "length": stdlib.LengthFunc,
	}}
	docs := []*Document{
		evalDocument("a.txt", evalUnit{field: "language", text: "Russian"}, evalUnit{field: "translator", text: "A. B."}),
		evalDocument("b.txt", evalUnit{field: "language", text: "English"}),
		evalDocument("c.txt", evalUnit{block: "paragraph", text: "No fields."}),
	}
	docs[1].InVolume = true
	docs[2].Format = FormatTEI
	conditions := []string{
		`!document.in_volume`, `document.in_volume`, `length(field) > 0`,
		`!document.in_volume && !contains(["", "English", "en"], try(field.language, ""))`,
		`!document.in_volume && !can(field.translator) && !can(field.editor)`,
		`can(field.source) || can(field.language) || can(field.record_id)`,
		`field.language == "Russian" && document.format == "text"`, // an error where there is no language
		`field.language == "Russian" || document.format == "tei"`,
		`(document.format == "text" && (can(field.language) && field.language != "English"))`,
		`"true" && document.in_volume`, `document.in_volume && "true"`, `"yes" && true`, `true && 1`,
		`"true"`, `1 == 1 && (true && !false)`, `document.format`, `document.nonesuch && true`,
		`true && document.nonesuch`, `false && document.nonesuch`,
	}
	for _, src := range conditions {
		e := parseExpr(t, src)
		for _, d := range docs {
			child := ctx.NewChild()
			child.Variables = d.Vars()
			v, diags := e.Value(child)
			want := !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().FriendlyName() == "bool" && v.True()
			require.Equal(t, want, whenHolds(e, ctx, d, false), "%s on %s", src, d.Source.Path)
		}
	}
}
