package checks

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/checks/dates"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/require"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// evalUnit is one field or block of a test document; attrs are its companions (a TEI @when).
type evalUnit struct {
	field, block, text string
	attrs              map[string]string
}

// evalDocument lays the units out in one source and makes a document of them.
func evalDocument(name string, units ...evalUnit) *Document {
	var b strings.Builder
	type span struct{ start, end int }
	put := func(s string) span {
		start := b.Len()
		b.WriteString(s)
		b.WriteString("\n\n")
		return span{start, start + len(s)}
	}
	type laid struct {
		u     evalUnit
		text  span
		attrs map[string]span
	}
	var all []laid
	for _, u := range units {
		l := laid{u: u, text: put(u.text), attrs: map[string]span{}}
		for k, v := range u.attrs {
			l.attrs[k] = put(v)
		}
		all = append(all, l)
	}
	src := NewSource(name, []byte(b.String()))
	d := &Document{Source: src, Format: FormatText, End: len(src.Bytes)}
	for _, l := range all {
		var attrs []Attr
		for k, s := range l.attrs {
			attrs = append(attrs, Attr{Name: k, Value: Verbatim(src, s.start, s.end)})
		}
		text := Verbatim(src, l.text.start, l.text.end)
		if l.u.field != "" {
			d.Fields = append(d.Fields, &Field{Name: l.u.field, Label: l.u.field, Value: text, Attrs: attrs})
		} else {
			d.Blocks = append(d.Blocks, &Block{Kind: l.u.block, Text: text, Attrs: attrs})
		}
	}
	return d
}

// evalDocuments have dates of every role, format and defect the rules look at, and documents
// with no document date and with no date at all (where date.document is null).
func evalDocuments() []*Document {
	return []*Document{
		evalDocument("a.txt",
			evalUnit{field: "date", text: "1956-10-18"},
			evalUnit{field: "uploaded", text: "2019-06-11"},
			evalUnit{block: "dateline", text: "Moscow, Thursday, October 18, 1956"},
			evalUnit{block: "paragraph", text: "Received October 16, 1956. (Received October 20.) Recorded by A. B. on 18 October 1965."},
			evalUnit{block: "paragraph", text: "They met on February 30, 1956 and on Monday, October 18, 1956, then on 12/10/1956 and the 20th."},
			evalUnit{block: "paragraph", text: "The telegram 181600Z OCT 56 and the letter of October 19, 1957; in March 1956 and in 1961."},
			evalUnit{block: "paragraph", text: "Recorded by Ivanov on 3 January 1961. Sent 17 October 1956. Drafted on 2 November 1956."},
			evalUnit{block: "table", text: "October 18, 1965"},
			evalUnit{block: "paragraph", text: "Встреча 18 октября 1956 г. и 32 октября 1956 г."},
		),
		evalDocument("b.xml",
			evalUnit{field: "volume_date", text: "1911"},
			evalUnit{block: "dateline", text: "Strelsau, March 5, 1911.", attrs: map[string]string{"when": "1911-03-05", "date": "March 5, 1911"}},
			evalUnit{block: "dateline", text: "Strelsau, March 7, 1911.", attrs: map[string]string{"date_when": "1911-03-08"}},
			evalUnit{block: "paragraph", text: "[Received April 2.] Your despatch of the 3d instant, of February 29, 1911."},
		),
		evalDocument("c.md",
			evalUnit{field: "uploaded", text: "2099-01-01"},
			evalUnit{block: "paragraph", text: "Undated; it mentions 5 May 1945, Received May 4, 1945, and 1/2/1945."},
		),
		evalDocument("d.txt", evalUnit{block: "paragraph", text: "No dates here at all."}),
		evalDocument("e.md", evalUnit{field: "date", text: "1956-10-18"}, evalUnit{field: "uploaded", text: "1950-01-01"}),
	}
}

// evalContext has the library functions the dates pack calls beside the kind's own.
func evalContext() *hcl.EvalContext {
	ctx := (&hcl.EvalContext{Functions: map[string]function.Function{
		"abs": stdlib.AbsoluteFunc, "contains": stdlib.ContainsFunc, "replace": stdlib.ReplaceFunc,
		"tostring": stdlib.MakeToFunc(cty.String), "floor": stdlib.FloorFunc,
	}}).NewChild()
	ctx.Functions = DateFunctions()
	return ctx
}

// evalEnvs are a run with no collection range and one with a range and a slash order.
func evalEnvs() []*Env {
	now := func() time.Time { return time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC) }
	from, to := dates.JDN(1950, 1, 1), dates.JDN(1960, 12, 31)
	return []*Env{
		{Now: now, Extensions: map[string]any{}},
		{Now: now, Extensions: map[string]any{"dates.collection": DateCollection{From: from, To: to, SlashOrder: dates.OrderDayFirst}}},
	}
}

// packExpressions are the select and assert expressions of the built-in dates pack.
func packExpressions(t *testing.T) map[string]hcl.Expression {
	src, err := os.ReadFile("../rules/dates.hcl")
	require.NoError(t, err)
	f, diags := hclsyntax.ParseConfig(src, "dates.hcl", hcl.InitialPos)
	require.False(t, diags.HasErrors(), diags.Error())
	out := map[string]hcl.Expression{}
	for _, b := range f.Body.(*hclsyntax.Body).Blocks {
		for _, name := range []string{"select", "assert"} {
			if a, ok := b.Body.Attributes[name]; ok {
				out[b.Labels[1]+"."+name] = a.Expr
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}

func parseExpr(t *testing.T, s string) hcl.Expression {
	e, diags := hclsyntax.ParseExpression([]byte(s), "test.hcl", hcl.InitialPos)
	require.False(t, diags.HasErrors(), diags.Error())
	return e
}

// TestCompiledDateExprsAgreeWithHCL evaluates every expression both ways on every date of the
// test documents, with and without a collection: the compiled form must give what HCL gives,
// errors included.
func TestCompiledDateExprsAgreeWithHCL(t *testing.T) {
	exprs := packExpressions(t)
	for _, s := range []string{
		`this.days - date.document.days > 0`, `date.recorded == null`, `date.recorded != null && date.recorded.days > 0`,
		`this == date.document`, `this != null`, `date.document == date.uploaded`, `collection == null`,
		`collection != null && this.year >= collection.from_year && this.year <= collection.to_year`,
		`this.days >= collection.from && this.days <= collection.to`, `abs(this.year - 1956) * 2 < 10`,
		`contains(["referenced", "document"], this.role) || this.ambiguous`, `!this.valid || this.ocr`,
		`this.text == "October 18, 1956"`, `this.text == "18 октября 1956 г."`, `this.year == "1956"`, `1 == "1"`,
		`days_of(this.year, this.month, this.day) == this.days`, `days_of(this.year, 2, 30) == null`,
		`today > this.days`, `this.when_days == this.days`, `this.when != ""`, `-this.day < -15`,
		`transposed(this.year, date.document.year) || one_digit_off(this.year, date.document.year)`,
		`this.where == "table" && this.cue != ""`, `this.format == "iso" || this.precision == "month"`,
		`this.weekday == this.computed_weekday`, `this.index + 1 > 2`, `null == null`, `this.inferred == false`,
	} {
		exprs[s] = parseExpr(t, s)
	}
	base := evalContext()
	for _, env := range evalEnvs() {
		for _, doc := range evalDocuments() {
			p := NewPass(doc, &Rule{Kind: Dates, In: []string{"all"}}, func(Finding) {})
			dd := extractDates(p, env)
			for name, e := range exprs {
				fn := compileDateExpr(e, base, true)
				require.NotNil(t, fn, "%s does not compile", name)
				scope := &dateScope{dd: dd}
				for _, d := range dd.all {
					ctx := dd.context(base, []string{"date", "dates", "today", "collection"})
					ctx.Variables["this"] = dd.value(d)
					want, wantOK := evalBool(e, ctx)
					scope.this = d
					v, ok := fn(scope)
					gotOK := ok && v.kind == xBool
					require.Equal(t, wantOK, gotOK, "%s on %q in %s: evaluates", name, d.Text, doc.Source.Path)
					if wantOK {
						require.Equal(t, want, v.n == 1, "%s on %q in %s", name, d.Text, doc.Source.Path)
					}
				}
			}
		}
	}
}

// TestCompiledDateArithmeticAgreesWithHCL compares values, not just truth: numbers, nulls and
// errors of arithmetic and the date functions.
func TestCompiledDateArithmeticAgreesWithHCL(t *testing.T) {
	base := evalContext()
	env := evalEnvs()[1]
	for _, s := range []string{
		`this.days - date.document.days`, `abs(this.days - date.document.days)`, `this.year * 12 + this.month`,
		`days_of(date.document.year, this.month, this.day)`, `this.when_days`, `collection.to_year - this.year`,
		`date.received.days`, `-this.index`, `today - this.days`,
	} {
		e := parseExpr(t, s)
		fn := compileDateExpr(e, base, true)
		require.NotNil(t, fn, s)
		for _, doc := range evalDocuments() {
			dd := extractDates(NewPass(doc, &Rule{Kind: Dates, In: []string{"all"}}, func(Finding) {}), env)
			for _, d := range dd.all {
				ctx := dd.context(base, []string{"date", "dates", "today", "collection"})
				ctx.Variables["this"] = dd.value(d)
				want, diags := e.Value(ctx)
				got, ok := fn(&dateScope{dd: dd, this: d})
				require.Equal(t, !diags.HasErrors(), ok, "%s on %q: evaluates", s, d.Text)
				if ok {
					wantX, convertible := fromCty(want)
					require.True(t, convertible, "%s on %q gives %#v", s, d.Text, want)
					require.Equal(t, wantX, got, "%s on %q", s, d.Text)
				}
			}
		}
	}
}

// TestDateExprsLeftToHCL lists what the compiler declines: HCL evaluates these whole.
func TestDateExprsLeftToHCL(t *testing.T) {
	base := evalContext()
	for _, s := range []string{
		`length(dates) > 2`, `this.days / 7 > 1`, `this.year > 1900.5`, `this.nonesuch == 1`,
		`date.signed != null`, `this.text > "a"`, `upper(this.role) == "SENT"`, `this.year == 1956 ? true : false`,
		`contains(dates, this)`, `today.x == 1`, `collection.nonesuch == 1`,
	} {
		require.Nil(t, compileDateExpr(parseExpr(t, s), base, true), s)
	}
	// With each = false there is no "this" to read.
	require.Nil(t, compileDateExpr(parseExpr(t, `this.valid`), base, false))
}

// TestDatesRunsTheSameCompiled runs every rule of the built-in pack on the test documents
// compiled and through HCL: the same findings, messages and suggestions.
func TestDatesRunsTheSameCompiled(t *testing.T) {
	src, err := os.ReadFile("../rules/dates.hcl")
	require.NoError(t, err)
	f, diags := hclsyntax.ParseConfig(src, "dates.hcl", hcl.InitialPos)
	require.False(t, diags.HasErrors(), diags.Error())
	attr := func(b *hclsyntax.Block, name string) hcl.Expression {
		if a, ok := b.Body.Attributes[name]; ok {
			return a.Expr
		}
		return nil
	}
	found := map[string]bool{}
	for _, env := range evalEnvs() {
		for _, blk := range f.Body.(*hclsyntax.Body).Blocks {
			rule := &Rule{Name: blk.Labels[1], Kind: Dates, Category: "date", Severity: Warning, Message: attr(blk, "message")}
			cfg := &datesConfig{Select: attr(blk, "select"), Assert: attr(blk, "assert"), Suggest: attr(blk, "suggest")}
			if cfg.Select == nil {
				cfg.Select = hcl.StaticExpr(cty.NullVal(cty.Bool), hcl.Range{})
			}
			if cfg.Suggest == nil {
				cfg.Suggest = hcl.StaticExpr(cty.NullVal(cty.String), hcl.Range{})
			}
			chk, diags := buildDates(cfg, &Build{Rule: rule, Eval: evalContext().Parent(), Env: env})
			require.False(t, diags.HasErrors(), diags.Error())
			fast := chk.(*datesCheck)
			require.True(t, fast.fast, "%s runs compiled", rule.Name)
			slow := *fast
			slow.fast = false
			for _, doc := range evalDocuments() {
				var got, want []Finding
				fast.Run(NewPass(doc, rule, func(f Finding) { got = append(got, f) }))
				slow.Run(NewPass(doc, rule, func(f Finding) { want = append(want, f) }))
				require.Equal(t, want, got, "%s on %s", rule.Name, doc.Source.Path)
				found[rule.Name] = found[rule.Name] || len(got) > 0
			}
		}
	}
	// The documents exercise the reporting path of every rule, not only its conditions.
	for name, ok := range found {
		require.True(t, ok, "%s found nothing in the test documents", name)
	}
}
