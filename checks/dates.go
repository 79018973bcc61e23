package checks

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/archivelint/archivelint/checks/dates"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Dates checks the dates of a document against each other with HCL expressions: every date
// is extracted with its role (the document's date, when it was recorded, received, sent,
// uploaded, or merely referred to), and a rule asserts what must hold.
var Dates = NewKind("dates", `check a document's dates against each other with HCL expressions

Every date of the document is extracted ("October 18, 1956", "18.X.1956", "Oct. 18", "181600Z
OCT 56", "18 октября 1956 г."...) with its role: the document's own date (a header date line,
front matter date, TEI creation/date, a dateline), when it was recorded, received, sent,
drafted or uploaded (from cues such as "Recorded by ... on", "(Received ...)", or the
uploaded field), or a date the text refers to. Dates without a year take the document's.
Attributes:
  each    = true: the rule is evaluated once per date, which is "this"; false: once per
            document (default true)
  select  = an expression: which dates (or documents) the rule looks at (default true)
  assert  = an expression that must hold; a finding where it does not (required)
  at      = with each = false, the date the finding points at (e.g. date.uploaded)
  suggest = an expression: the suggestion (a string)
Variables: this (the date), date (the first date of each role: date.document, date.recorded,
date.received, date.sent, date.drafted, date.uploaded; null when absent), dates (all of them),
today (the day number of the run's date), collection ({from, to} day numbers and from_year,
to_year, null when the project declares no date_range).
A date has: text, year, month, day (0 when not stated), precision ("day", "month", "year"),
format, valid, problem (why it cannot exist), days (a day number, null unless a full valid
date), weekday (as stated, "" if none), computed_weekday, role, cue, inferred (its year was
taken from the document date), ambiguous (day/month order unknown), ocr (letters for digits),
where (the field or block kind it is in), when (a TEI @when it encodes, "" if none),
when_days.
Functions beside the usual: transposed(a, b) (two digits of a year swapped: 1956, 1965),
one_digit_off(a, b), days_of(year, month, day) (a day number, null for no such day),
iso_days("1956-10-18"), iso_date(days).`, buildDates)

// dateVars are the variables of a dates rule's expressions and message.
var dateVars = []string{"this", "date", "dates", "today", "collection"}

func init() {
	Dates.Vars = dateVars
	Dates.DefaultIn = []string{"all"}
}

type datesConfig struct {
	Each    *bool          `hcl:"each,optional"`
	Select  hcl.Expression `hcl:"select,optional"`
	Assert  hcl.Expression `hcl:"assert"`
	At      hcl.Expression `hcl:"at,optional"`
	Suggest hcl.Expression `hcl:"suggest,optional"`
}

type datesCheck struct {
	cfg  *datesConfig
	each bool
	ctx  *hcl.EvalContext
	env  *Env
	// set says which of select, at and suggest the rule wrote (decided once: asking an
	// expression for its variables walks it).
	hasSelect, hasAt, hasSuggest bool
	// selectFn and assertFn are select and assert compiled (dates_eval.go), nil when HCL must
	// evaluate them; fast says the rule runs on the compiled forms alone.
	selectFn, assertFn dateExpr
	fast               bool
	// roots are the document variables (date, dates, today, collection) that select, assert,
	// at and suggest use: only those are made for HCL.
	roots []string
}

// DateFunctions are the functions date rules may call beside the common library.
func DateFunctions() map[string]function.Function {
	num := function.Parameter{Type: cty.Number}
	return map[string]function.Function{
		"transposed": function.New(&function.Spec{Params: []function.Parameter{num, num}, Type: function.StaticReturnType(cty.Bool),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				return cty.BoolVal(dates.YearsTransposed(intOf(args[0]), intOf(args[1]))), nil
			}}),
		"one_digit_off": function.New(&function.Spec{Params: []function.Parameter{num, num}, Type: function.StaticReturnType(cty.Bool),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				return cty.BoolVal(dates.YearsOneDigitOff(intOf(args[0]), intOf(args[1]))), nil
			}}),
		"iso_days": function.New(&function.Spec{Params: []function.Parameter{{Type: cty.String}}, Type: function.StaticReturnType(cty.Number),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				t, err := time.Parse("2006-01-02", args[0].AsString())
				if err != nil {
					return cty.NilVal, fmt.Errorf("%q is not a date written YYYY-MM-DD", args[0].AsString())
				}
				return cty.NumberIntVal(int64(dates.JDN(t.Year(), int(t.Month()), t.Day()))), nil
			}}),
		"days_of": function.New(&function.Spec{Params: []function.Parameter{num, num, num}, Type: function.StaticReturnType(cty.Number),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				y, m, d := intOf(args[0]), intOf(args[1]), intOf(args[2])
				if !dates.ValidDate(y, m, d) {
					return cty.NullVal(cty.Number), nil
				}
				return cty.NumberIntVal(int64(dates.JDN(y, m, d))), nil
			}}),
		"iso_date": function.New(&function.Spec{Params: []function.Parameter{num}, Type: function.StaticReturnType(cty.String),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				return cty.StringVal(isoOfJDN(intOf(args[0]))), nil
			}}),
	}
}

func intOf(v cty.Value) int {
	if v.IsNull() || !v.IsKnown() {
		return 0
	}
	i, _ := v.AsBigFloat().Int64()
	return int(i)
}

// isoOfJDN writes a Julian day number as a proleptic Gregorian YYYY-MM-DD.
func isoOfJDN(jdn int) string {
	// Fliegel and Van Flandern's inverse.
	l := jdn + 68569
	n := 4 * l / 146097
	l -= (146097*n + 3) / 4
	i := 4000 * (l + 1) / 1461001
	l = l - 1461*i/4 + 31
	j := 80 * l / 2447
	d := l - 2447*j/80
	l = j / 11
	m := j + 2 - 12*l
	y := 100*(n-49) + i + l
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func buildDates(c *datesConfig, b *Build) (Check, hcl.Diagnostics) {
	ctx := b.Eval.NewChild()
	ctx.Functions = DateFunctions()
	b.Rule.Eval = ctx // the message sees the date functions too
	chk := &datesCheck{cfg: c, each: c.Each == nil || *c.Each, ctx: ctx, env: b.Env,
		hasSelect: !isNullExpr(c.Select), hasAt: !isNullExpr(c.At), hasSuggest: !isNullExpr(c.Suggest)}
	chk.assertFn = compileDateExpr(c.Assert, ctx, chk.each)
	if chk.hasSelect {
		chk.selectFn = compileDateExpr(c.Select, ctx, chk.each)
	}
	chk.fast = chk.each && chk.assertFn != nil && (!chk.hasSelect || chk.selectFn != nil)
	chk.roots = rootNames(c.Select, c.Assert, c.At, c.Suggest)
	var diags hcl.Diagnostics
	for _, e := range []hcl.Expression{c.Select, c.Assert, c.At, c.Suggest} {
		diags = append(diags, checkVariables(e, dateVars, "a dates rule's expressions")...)
	}
	if !chk.each {
		for _, e := range []hcl.Expression{c.Select, c.Assert, c.At, c.Suggest} {
			for _, tr := range variablesOf(e) {
				if tr.RootName() == "this" {
					diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "No \"this\" date",
						Detail:  "With each = false the rule is evaluated once per document, so there is no \"this\"; use date.ROLE or dates.",
						Subject: tr.SourceRange().Ptr()})
				}
			}
		}
		if isNullExpr(c.At) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Missing \"at\"",
				Detail: "With each = false, say which date the finding points at: at = date.uploaded.", Subject: b.Rule.DefRange.Ptr()})
		}
	}
	return chk, diags
}

// comparePrimitive evaluates a comparison of two strings, numbers or bools directly; HCL's own
// evaluation of an operator goes through cty's function machinery, which costs microseconds a
// comparison, and dates rules make hundreds of thousands of them. ok is false for anything
// else (the caller lets HCL evaluate it).
func comparePrimitive(x *hclsyntax.BinaryOpExpr, ctx *hcl.EvalContext) (value, ok bool) {
	switch x.Op {
	case hclsyntax.OpEqual, hclsyntax.OpNotEqual, hclsyntax.OpGreaterThan, hclsyntax.OpGreaterThanOrEqual,
		hclsyntax.OpLessThan, hclsyntax.OpLessThanOrEqual:
	default:
		return false, false
	}
	l, d1 := x.LHS.Value(ctx)
	r, d2 := x.RHS.Value(ctx)
	if d1.HasErrors() || d2.HasErrors() || !l.IsKnown() || !r.IsKnown() || l.IsNull() || r.IsNull() ||
		l.IsMarked() || r.IsMarked() || !l.Type().IsPrimitiveType() || !l.Type().Equals(r.Type()) {
		return false, false
	}
	var cmp int
	switch l.Type() {
	case cty.String:
		cmp = strings.Compare(l.AsString(), r.AsString())
	case cty.Number:
		cmp = l.AsBigFloat().Cmp(r.AsBigFloat())
	case cty.Bool:
		if x.Op != hclsyntax.OpEqual && x.Op != hclsyntax.OpNotEqual {
			return false, false
		}
		if l.True() != r.True() {
			cmp = 1
		}
	default:
		return false, false
	}
	if l.Type() == cty.String && x.Op != hclsyntax.OpEqual && x.Op != hclsyntax.OpNotEqual {
		return false, false // HCL orders only numbers
	}
	switch x.Op {
	case hclsyntax.OpEqual:
		return cmp == 0, true
	case hclsyntax.OpNotEqual:
		return cmp != 0, true
	case hclsyntax.OpGreaterThan:
		return cmp > 0, true
	case hclsyntax.OpGreaterThanOrEqual:
		return cmp >= 0, true
	case hclsyntax.OpLessThan:
		return cmp < 0, true
	default:
		return cmp <= 0, true
	}
}

func isNullLiteral(e hcl.Expression) bool {
	lit, ok := e.(*hclsyntax.LiteralValueExpr)
	return ok && lit.Val.IsNull()
}

func variablesOf(e hcl.Expression) []hcl.Traversal {
	if e == nil {
		return nil
	}
	return e.Variables()
}

func isNullExpr(e hcl.Expression) bool {
	if e == nil {
		return true
	}
	if len(e.Variables()) > 0 {
		return false
	}
	v, d := e.Value(nil)
	return !d.HasErrors() && v.IsNull()
}

// checkVariables reports variables an expression may not use.
func checkVariables(e hcl.Expression, allowed []string, what string) hcl.Diagnostics {
	var diags hcl.Diagnostics
	for _, tr := range variablesOf(e) {
		if name := tr.RootName(); !slices.Contains(allowed, name) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown variable",
				Detail:  fmt.Sprintf("%s cannot use %q; the variables are %s.", what, name, QuotedList(allowed)),
				Subject: tr.SourceRange().Ptr()})
		}
	}
	return diags
}

// A foundDate is an extracted date and where it is.
type foundDate struct {
	dates.Date
	unit    Unit
	index   int    // in docDates.all
	whenISO string // the TEI @when this date encodes, YYYY-MM-DD
	value   cty.Value
}

// docDates is the extraction of one document, shared by every dates rule.
type docDates struct {
	all    []*foundDate
	byRole map[dates.Role]*foundDate
	today  int64 // the day number of the run's date
	coll   DateCollection
	// collYears are the collection's first and last years, when it has a range.
	collYears [2]int64
	// vars are the variables as HCL sees them, each made when a rule first needs it: most rules
	// run compiled, and a finding needs only what its message names (the list of all dates
	// would cost as much as the dates of a whole archive in one file).
	vars map[string]cty.Value
}

type datesMemo struct{ env *Env }

func (c *datesCheck) Run(p *Pass) {
	dd := p.Doc.Memo(datesMemo{c.env}, func() any { return extractDates(p, c.env) }).(*docDates)
	if c.fast {
		scope := &dateScope{dd: dd}
		for _, d := range dd.all {
			scope.this = d
			if c.fails(scope) {
				ctx := dd.context(c.ctx, c.roots)
				ctx.Variables["this"] = dd.value(d)
				c.report(p, ctx, dd, d)
			}
		}
		return
	}
	ctx := dd.context(c.ctx, c.roots)
	if c.each {
		for _, d := range dd.all {
			ctx.Variables["this"] = dd.value(d)
			c.judge(p, ctx, dd, d)
		}
		return
	}
	ctx.Variables["this"] = cty.NullVal(dateType)
	c.judge(p, ctx, dd, nil)
}

// fails evaluates the compiled select and assert for one date: true when the date is selected
// and the assertion does not hold, with the same treatment of errors as judge.
func (c *datesCheck) fails(s *dateScope) bool {
	holds := func(e dateExpr, onError bool) bool {
		v, ok := e(s)
		if !ok || v.kind != xBool {
			return onError
		}
		return v.n == 1
	}
	return !(c.selectFn != nil && !holds(c.selectFn, false) || holds(c.assertFn, true))
}

// context is a child of the rule's context with the named document variables (this is set
// by the caller).
func (dd *docDates) context(parent *hcl.EvalContext, names []string) *hcl.EvalContext {
	ctx := parent.NewChild()
	ctx.Variables = dd.ctyVars(names)
	return ctx
}

// rootNames lists the document variables the expressions use.
func rootNames(exprs ...hcl.Expression) []string {
	var names []string
	for _, e := range exprs {
		for _, tr := range variablesOf(e) {
			if n := tr.RootName(); n != "this" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// judge evaluates select and assert for one date (or for the document) and reports.
func (c *datesCheck) judge(p *Pass, ctx *hcl.EvalContext, dd *docDates, d *foundDate) {
	// An expression that cannot be evaluated (a null date where a number is needed: HCL's &&
	// does not short-circuit) selects nothing and asserts nothing: missing is not wrong.
	if c.hasSelect && !c.holds(c.cfg.Select, ctx, false) || c.holds(c.cfg.Assert, ctx, true) {
		return
	}
	c.report(p, ctx, dd, d)
}

// report reports the date d (nil for a rule evaluated per document) that fails the rule.
func (c *datesCheck) report(p *Pass, ctx *hcl.EvalContext, dd *docDates, d *foundDate) {
	at := d
	if !c.each {
		at = c.dateAt(ctx, dd)
		if at == nil {
			return
		}
	}
	var suggestion string
	if c.hasSuggest {
		if v, diags := c.cfg.Suggest.Value(ctx); !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type() == cty.String {
			suggestion = v.AsString()
		}
	}
	vars := dd.ctyVars(append(rootNames(p.Rule.Message), c.roots...))
	vars["this"] = dd.value(at)
	p.Report(Report{Text: at.unit.Text, Start: at.Start, End: at.End, Suggestion: suggestion,
		Message: fmt.Sprintf("%q fails %s", at.Text, p.Rule.Name), Vars: vars})
}

// holds evaluates a condition, onError when it cannot be evaluated for this date.
func (c *datesCheck) holds(e hcl.Expression, ctx *hcl.EvalContext, onError bool) bool {
	v, ok := evalBool(e, ctx)
	if !ok {
		return onError
	}
	return v
}

// evalBool evaluates a condition, short-circuiting && and || (HCL evaluates both sides): a
// rule can write `date.document != null && date.document.year > 1900`, and the common case, a
// first test that rules the date out, costs one comparison instead of the whole expression.
func evalBool(e hcl.Expression, ctx *hcl.EvalContext) (value, ok bool) {
	switch x := e.(type) {
	case *hclsyntax.ParenthesesExpr:
		return evalBool(x.Expression, ctx)
	case *hclsyntax.BinaryOpExpr:
		switch x.Op {
		case hclsyntax.OpLogicalAnd:
			if l, ok := evalBool(x.LHS, ctx); !ok || !l {
				return false, ok
			}
			return evalBool(x.RHS, ctx)
		case hclsyntax.OpLogicalOr:
			if l, ok := evalBool(x.LHS, ctx); !ok || l {
				return l, ok
			}
			return evalBool(x.RHS, ctx)
		case hclsyntax.OpEqual, hclsyntax.OpNotEqual:
			// "x == null" asks whether x is null; comparing a whole date object with null
			// through cty's equality walks every attribute.
			other := x.LHS
			if !isNullLiteral(x.RHS) {
				if !isNullLiteral(x.LHS) {
					break
				}
				other = x.RHS
			}
			v, diags := other.Value(ctx)
			if diags.HasErrors() {
				return false, false
			}
			return v.IsNull() == (x.Op == hclsyntax.OpEqual), true
		}
		if v, ok := comparePrimitive(x, ctx); ok {
			return v, true
		}
	case *hclsyntax.UnaryOpExpr:
		if x.Op == hclsyntax.OpLogicalNot {
			v, ok := evalBool(x.Val, ctx)
			return !v, ok
		}
	}
	v, diags := e.Value(ctx)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.Bool {
		return false, false
	}
	return v.True(), true
}

// dateAt finds the date the `at` expression names, by its index.
func (c *datesCheck) dateAt(ctx *hcl.EvalContext, dd *docDates) *foundDate {
	v, diags := c.cfg.At.Value(ctx)
	if diags.HasErrors() || v.IsNull() || !v.IsKnown() || !v.Type().IsObjectType() || !v.Type().HasAttribute("index") {
		return nil
	}
	i := intOf(v.GetAttr("index"))
	if i < 0 || i >= len(dd.all) {
		return nil
	}
	return dd.all[i]
}

var dateType = cty.Object(map[string]cty.Type{
	"text": cty.String, "year": cty.Number, "month": cty.Number, "day": cty.Number,
	"precision": cty.String, "format": cty.String, "valid": cty.Bool, "problem": cty.String,
	"days": cty.Number, "weekday": cty.String, "computed_weekday": cty.String, "role": cty.String,
	"cue": cty.String, "inferred": cty.Bool, "ambiguous": cty.Bool, "ocr": cty.Bool,
	"where": cty.String, "when": cty.String, "when_days": cty.Number, "index": cty.Number,
})

// extractDates finds the document's dates, gives the structural ones their roles, resolves
// missing years against the document date, and builds the variables rules see.
func extractDates(p *Pass, env *Env) *docDates {
	coll, _ := Ext[DateCollection](env, "dates.collection")
	x := dates.NewExtractor(dates.Options{SlashOrder: coll.SlashOrder})
	dd := &docDates{byRole: map[dates.Role]*foundDate{}}
	var buf []dates.Date
	var found []foundDate // one allocation for the document's dates, not one each
	p.Units(func(u Unit) {
		buf = x.AppendExtract(buf[:0], u.Text.S)
		when, whenText := unitWhen(u)
		for i := range buf {
			d := foundDate{Date: buf[i], unit: u}
			if u.Field != nil {
				switch u.Field.Name {
				case "date":
					d.Role, d.Cue = dates.RoleDocument, "date field"
				case "uploaded", "volume_uploaded":
					d.Role, d.Cue = dates.RoleUploaded, "uploaded field"
				}
			} else if u.Block.Kind == "dateline" && d.Role == dates.RoleReferenced {
				d.Role, d.Cue = dates.RoleDocument, "dateline"
			}
			if strings.HasPrefix(u.Name(), "volume_") && d.Role == dates.RoleDocument {
				d.Role = dates.RoleReferenced // a volume's header dates are not this document's
			}
			if when != "" && (whenText == "" || strings.Contains(whenText, d.Text) || strings.Contains(d.Text, whenText)) {
				d.whenISO = when
				when = "" // the first date of the unit is the one @when encodes
			}
			found = append(found, d)
		}
	})
	dd.all = make([]*foundDate, len(found))
	for i := range found {
		dd.all[i] = &found[i]
	}
	order := coll.SlashOrder
	if order == dates.OrderUnknown {
		var plain []dates.Date
		for _, d := range dd.all {
			plain = append(plain, d.Date)
		}
		order = dates.InferOrder(plain)
	}
	for _, d := range dd.all {
		if d.Ambiguous() {
			d.ApplyOrder(order)
		}
	}
	// The document's date: a header or front-matter date first, then a dateline, then a date
	// the extractor saw standing alone.
	var ref *foundDate
	for _, pass := range []func(*foundDate) bool{
		func(d *foundDate) bool { return d.Role == dates.RoleDocument && d.unit.Field != nil },
		func(d *foundDate) bool { return d.Role == dates.RoleDocument },
	} {
		for _, d := range dd.all {
			if ref == nil && pass(d) && d.Precision == dates.PrecisionDay && d.Valid && d.Year != 0 {
				ref = d
			}
		}
	}
	if ref != nil {
		for _, d := range dd.all {
			if d != ref && d.Year == 0 {
				d.Date = dates.Resolve(d.Date, ref.Date)
			}
			if d.Ambiguous() {
				d.ApplyOrder(orderNear(d.Date, ref.Date))
			}
		}
	}
	for i, d := range dd.all {
		d.index = i
		if _, ok := dd.byRole[d.Role]; !ok && (d.Role != dates.RoleDocument || ref == nil) {
			dd.byRole[d.Role] = d
		}
	}
	if ref != nil {
		dd.byRole[dates.RoleDocument] = ref
	}
	today := env.Now()
	dd.today = int64(dates.JDN(today.Year(), int(today.Month()), today.Day()))
	dd.coll = coll
	if coll.From != 0 && coll.To != 0 {
		dd.collYears = [2]int64{int64(yearOfJDN(coll.From)), int64(yearOfJDN(coll.To))}
	}
	return dd
}

// ctyVars returns a new map of the named document variables as HCL sees them, each made on
// first use; names that are not document variables are left out.
func (dd *docDates) ctyVars(names []string) map[string]cty.Value {
	out := make(map[string]cty.Value, len(names)+1)
	for _, name := range names {
		if v, ok := dd.vars[name]; ok {
			out[name] = v
			continue
		}
		var v cty.Value
		switch name {
		case "date":
			roles := map[string]cty.Value{}
			for _, r := range []dates.Role{dates.RoleDocument, dates.RoleRecorded, dates.RoleReceived, dates.RoleSent, dates.RoleDrafted, dates.RoleUploaded} {
				if d, ok := dd.byRole[r]; ok {
					roles[string(r)] = dd.value(d)
				} else {
					roles[string(r)] = cty.NullVal(dateType)
				}
			}
			v = cty.ObjectVal(roles)
		case "dates":
			v = cty.ListValEmpty(dateType)
			if len(dd.all) > 0 {
				all := make([]cty.Value, len(dd.all))
				for i, d := range dd.all {
					all[i] = dd.value(d)
				}
				v = cty.ListVal(all)
			}
		case "today":
			v = cty.NumberIntVal(dd.today)
		case "collection":
			v = dd.coll.value()
		default:
			continue
		}
		if dd.vars == nil {
			dd.vars = map[string]cty.Value{}
		}
		dd.vars[name] = v
		out[name] = v
	}
	return out
}

// value is the date as HCL sees it, made on first use.
func (dd *docDates) value(d *foundDate) cty.Value {
	if d.value == cty.NilVal {
		d.value = dateValue(d)
	}
	return d.value
}

// orderNear settles an ambiguous numeric date by the document's date, as a reader would: of
// its two readings, the one within a month of the document's day of the year, if only one is.
func orderNear(d, ref dates.Date) dates.Order {
	dayFirst, monthFirst := d.Readings()
	near := func(v dates.YMD) bool {
		diff := (v.Month*31 + v.Day) - (ref.Month*31 + ref.Day)
		return diff >= -31 && diff <= 31
	}
	switch a, b := near(dayFirst), near(monthFirst); {
	case a && !b:
		return dates.OrderDayFirst
	case b && !a:
		return dates.OrderMonthFirst
	}
	return dates.OrderUnknown
}

// unitWhen returns a TEI @when the unit carries (a field's when, a block's date_when or when)
// as YYYY-MM-DD, and the text of the date element it sits on, if known.
func unitWhen(u Unit) (string, string) {
	var attrs []Attr
	if u.Field != nil {
		attrs = u.Field.Attrs
	} else {
		attrs = u.Block.Attrs
	}
	var when, text string
	for _, a := range attrs {
		switch a.Name {
		case "when", "date_when":
			if when == "" {
				when = strings.TrimSpace(a.Value.S)
			}
		case "date":
			text = strings.TrimSpace(a.Value.S)
		}
	}
	if len(when) < 10 || when[4] != '-' || when[7] != '-' {
		return "", "" // a year or month alone cannot be compared day for day
	}
	return when[:10], text
}

func dateValue(d *foundDate) cty.Value {
	days := cty.NullVal(cty.Number)
	if d.JDN != 0 {
		days = cty.NumberIntVal(int64(d.JDN))
	}
	whenDaysVal := cty.NullVal(cty.Number)
	if j, ok := whenDays(d.whenISO); ok {
		whenDaysVal = cty.NumberIntVal(int64(j))
	}
	return cty.ObjectVal(map[string]cty.Value{
		"text": cty.StringVal(d.Text), "year": cty.NumberIntVal(int64(d.Year)),
		"month": cty.NumberIntVal(int64(d.Month)), "day": cty.NumberIntVal(int64(d.Day)),
		"precision": cty.StringVal(d.Precision.String()), "format": cty.StringVal(string(d.Format)),
		"valid": cty.BoolVal(d.Valid), "problem": cty.StringVal(d.Problem()), "days": days,
		"weekday": cty.StringVal(dateWeekday(d)), "computed_weekday": cty.StringVal(dateComputedWeekday(d)),
		"role": cty.StringVal(string(d.Role)), "cue": cty.StringVal(d.Cue),
		"inferred": cty.BoolVal(d.YearInferred), "ambiguous": cty.BoolVal(d.Ambiguous()),
		"ocr": cty.BoolVal(d.OCRDigits), "where": cty.StringVal(d.unit.Name()),
		"when": cty.StringVal(d.whenISO), "when_days": whenDaysVal, "index": cty.NumberIntVal(int64(d.index)),
	})
}

// dateWeekday is the weekday as stated, "" if none.
func dateWeekday(d *foundDate) string {
	if d.HasWeekday {
		return d.Weekday.String()
	}
	return ""
}

// dateComputedWeekday is the weekday the calendar gives the date, "" if it has none.
func dateComputedWeekday(d *foundDate) string {
	if w, ok := d.ComputedWeekday(); ok {
		return w.String()
	}
	return ""
}

// whenDays is the day number of a TEI @when written YYYY-MM-DD.
func whenDays(iso string) (int, bool) {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return 0, false
	}
	return dates.JDN(t.Year(), int(t.Month()), t.Day()), true
}

// DateCollection is what the project says about its collection's dates.
type DateCollection struct {
	From, To   int // day numbers of the declared range; 0 when none
	SlashOrder dates.Order
}

func (c DateCollection) value() cty.Value {
	if c.From == 0 || c.To == 0 {
		return cty.NullVal(cty.Object(map[string]cty.Type{"from": cty.Number, "to": cty.Number, "from_year": cty.Number, "to_year": cty.Number}))
	}
	return cty.ObjectVal(map[string]cty.Value{
		"from": cty.NumberIntVal(int64(c.From)), "to": cty.NumberIntVal(int64(c.To)),
		"from_year": cty.NumberIntVal(int64(yearOfJDN(c.From))), "to_year": cty.NumberIntVal(int64(yearOfJDN(c.To))),
	})
}

// yearOfJDN is the year of a day number, as the first four digits of its ISO date read it.
func yearOfJDN(jdn int) int {
	var year int
	fmt.Sscan(isoOfJDN(jdn)[:4], &year)
	return year
}
