package checks

import (
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks/dates"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"golang.org/x/text/unicode/norm"
)

// A dates rule's select and assert are evaluated for every date of every document: on an
// archive, millions of times. Through HCL each evaluation builds the date as a cty object and
// walks it attribute by attribute, with big-float arithmetic; here the expressions a rule
// usually writes (attributes of this and date.ROLE, today, collection, literals, comparisons,
// + - *, && || !, and the functions abs, contains, transposed, one_digit_off and days_of) are
// compiled once into Go closures that read the extracted dates directly. An expression with
// anything else is left to HCL, whole. The compiled form keeps HCL's semantics: null operands
// of arithmetic and ordering are errors, == compares across types (false) and with null, &&
// and || decide on their left side as evalBool does.

// dateExpr evaluates a compiled expression for a date of a document; ok is false where HCL
// would report an error.
type dateExpr func(s *dateScope) (v xval, ok bool)

// dateScope is what a compiled expression sees.
type dateScope struct {
	dd   *docDates
	this *foundDate
}

type xkind uint8

const (
	xNull xkind = iota
	xNum
	xStr
	xBool
	xDate // a date object (this, date.ROLE)
	xColl // the collection object
	xList // a constant list of strings
)

// xval is a value of a compiled expression. Numbers are integers: the compiler leaves
// expressions that could make fractions (division, fractional literals) to HCL.
type xval struct {
	kind xkind
	n    int64 // a number, or a bool as 0/1
	s    string
	d    *foundDate
	list []string
}

// xtype is a static type: the compiler checks operand types, so the closures need not.
type xtype struct {
	kind     xkind
	nullable bool
}

// dateAttrTypes are the static types of a date's attributes (dateType); days and when_days are
// null when the date is not a full valid one.
var dateAttrTypes = map[string]xtype{
	"text": {kind: xStr}, "year": {kind: xNum}, "month": {kind: xNum}, "day": {kind: xNum},
	"precision": {kind: xStr}, "format": {kind: xStr}, "valid": {kind: xBool}, "problem": {kind: xStr},
	"days": {kind: xNum, nullable: true}, "weekday": {kind: xStr}, "computed_weekday": {kind: xStr},
	"role": {kind: xStr}, "cue": {kind: xStr}, "inferred": {kind: xBool}, "ambiguous": {kind: xBool},
	"ocr": {kind: xBool}, "where": {kind: xStr}, "when": {kind: xStr},
	"when_days": {kind: xNum, nullable: true}, "index": {kind: xNum},
}

// dateRoleNames are the attributes of the date variable.
var dateRoleNames = map[string]dates.Role{
	"document": dates.RoleDocument, "recorded": dates.RoleRecorded, "received": dates.RoleReceived,
	"sent": dates.RoleSent, "drafted": dates.RoleDrafted, "uploaded": dates.RoleUploaded,
}

// dateCompiler compiles the expressions of one rule. each is false for a rule evaluated once per
// document (this is null); ctx is the rule's evaluation context, for folding constants and
// checking that a function name is defined.
type dateCompiler struct {
	ctx  *hcl.EvalContext
	each bool
}

// compileDateExpr compiles e, or returns nil when HCL must evaluate it.
func compileDateExpr(e hcl.Expression, ctx *hcl.EvalContext, each bool) dateExpr {
	if e == nil {
		return nil
	}
	c := dateCompiler{ctx: ctx, each: each}
	fn, _, ok := c.compile(e)
	if !ok {
		return nil
	}
	return fn
}

func (c dateCompiler) compile(e hcl.Expression) (dateExpr, xtype, bool) {
	if len(e.Variables()) == 0 {
		return c.constant(e)
	}
	switch x := e.(type) {
	case *hclsyntax.ParenthesesExpr:
		return c.compile(x.Expression)
	case *hclsyntax.ScopeTraversalExpr:
		return c.traversal(x.Traversal)
	case *hclsyntax.BinaryOpExpr:
		return c.binary(x)
	case *hclsyntax.UnaryOpExpr:
		return c.unary(x)
	case *hclsyntax.FunctionCallExpr:
		return c.call(x)
	}
	return nil, xtype{}, false
}

// constant evaluates an expression without variables once.
func (c dateCompiler) constant(e hcl.Expression) (dateExpr, xtype, bool) {
	v, diags := e.Value(c.ctx)
	if diags.HasErrors() {
		return nil, xtype{}, false
	}
	x, ok := fromCty(v)
	if !ok {
		return nil, xtype{}, false
	}
	return func(*dateScope) (xval, bool) { return x, true }, xtype{kind: x.kind}, true
}

// fromCty converts a constant: null, an integer, a string, a bool, or a list or tuple of strings.
func fromCty(v cty.Value) (xval, bool) {
	if !v.IsWhollyKnown() || v.IsMarked() {
		return xval{}, false
	}
	if v.IsNull() {
		return xval{kind: xNull}, true
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return xval{kind: xStr, s: v.AsString()}, true
	case t == cty.Bool:
		return boolVal(v.True()), true
	case t == cty.Number:
		i, acc := v.AsBigFloat().Int64()
		if acc != 0 || !v.AsBigFloat().IsInt() {
			return xval{}, false
		}
		return xval{kind: xNum, n: i}, true
	case t.IsListType() || t.IsTupleType():
		var list []string
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			if el.IsNull() || el.Type() != cty.String {
				return xval{}, false
			}
			list = append(list, el.AsString())
		}
		return xval{kind: xList, list: list}, true
	}
	return xval{}, false
}

func boolVal(b bool) xval {
	if b {
		return xval{kind: xBool, n: 1}
	}
	return xval{kind: xBool}
}

// traversal compiles this.ATTR, date.ROLE, date.ROLE.ATTR, today and collection.ATTR.
func (c dateCompiler) traversal(tr hcl.Traversal) (dateExpr, xtype, bool) {
	names := make([]string, len(tr))
	for i, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names[i] = s.Name
		case hcl.TraverseAttr:
			names[i] = s.Name
		default:
			return nil, xtype{}, false
		}
	}
	switch {
	case names[0] == "this" && len(names) <= 2 && c.each:
		if len(names) == 1 {
			return func(s *dateScope) (xval, bool) { return xval{kind: xDate, d: s.this}, true }, xtype{kind: xDate}, true
		}
		return dateAttr(func(s *dateScope) *foundDate { return s.this }, names[1], false)
	case names[0] == "date" && len(names) >= 2 && len(names) <= 3:
		role, ok := dateRoleNames[names[1]]
		if !ok {
			return nil, xtype{}, false
		}
		get := func(s *dateScope) *foundDate { return s.dd.byRole[role] }
		if len(names) == 2 {
			return func(s *dateScope) (xval, bool) {
				if d := get(s); d != nil {
					return xval{kind: xDate, d: d}, true
				}
				return xval{kind: xNull}, true
			}, xtype{kind: xDate, nullable: true}, true
		}
		return dateAttr(get, names[2], true)
	case names[0] == "today" && len(names) == 1:
		return func(s *dateScope) (xval, bool) { return xval{kind: xNum, n: s.dd.today}, true }, xtype{kind: xNum}, true
	case names[0] == "collection" && len(names) == 2:
		var get func(dd *docDates) int64
		switch names[1] {
		case "from":
			get = func(dd *docDates) int64 { return int64(dd.coll.From) }
		case "to":
			get = func(dd *docDates) int64 { return int64(dd.coll.To) }
		case "from_year":
			get = func(dd *docDates) int64 { return dd.collYears[0] }
		case "to_year":
			get = func(dd *docDates) int64 { return dd.collYears[1] }
		default:
			return nil, xtype{}, false
		}
		return func(s *dateScope) (xval, bool) {
			if s.dd.coll.From == 0 || s.dd.coll.To == 0 {
				return xval{}, false // an attribute of a null collection
			}
			return xval{kind: xNum, n: get(s.dd)}, true
		}, xtype{kind: xNum}, true
	case names[0] == "collection" && len(names) == 1:
		return func(s *dateScope) (xval, bool) {
			if s.dd.coll.From == 0 || s.dd.coll.To == 0 {
				return xval{kind: xNull}, true
			}
			return xval{kind: xColl}, true
		}, xtype{kind: xColl, nullable: true}, true
	}
	return nil, xtype{}, false
}

// dateAttr reads an attribute of the date get returns; an attribute of a null date is an error.
func dateAttr(get func(*dateScope) *foundDate, attr string, nullable bool) (dateExpr, xtype, bool) {
	t, ok := dateAttrTypes[attr]
	if !ok {
		return nil, xtype{}, false
	}
	read := dateAttrReader(attr)
	return func(s *dateScope) (xval, bool) {
		d := get(s)
		if d == nil {
			return xval{}, false
		}
		return read(d), true
	}, t, true
}

// dateAttrReader returns the reader of one attribute, the same values dateValue gives.
func dateAttrReader(attr string) func(d *foundDate) xval {
	num := func(f func(d *foundDate) int) func(d *foundDate) xval {
		return func(d *foundDate) xval { return xval{kind: xNum, n: int64(f(d))} }
	}
	str := func(f func(d *foundDate) string) func(d *foundDate) xval {
		return func(d *foundDate) xval { return xval{kind: xStr, s: normalized(f(d))} }
	}
	flag := func(f func(d *foundDate) bool) func(d *foundDate) xval {
		return func(d *foundDate) xval { return boolVal(f(d)) }
	}
	switch attr {
	case "text":
		return str(func(d *foundDate) string { return d.Text })
	case "year":
		return num(func(d *foundDate) int { return d.Year })
	case "month":
		return num(func(d *foundDate) int { return d.Month })
	case "day":
		return num(func(d *foundDate) int { return d.Day })
	case "precision":
		return str(func(d *foundDate) string { return d.Precision.String() })
	case "format":
		return str(func(d *foundDate) string { return string(d.Format) })
	case "valid":
		return flag(func(d *foundDate) bool { return d.Valid })
	case "problem":
		return str(func(d *foundDate) string { return d.Problem() })
	case "days":
		return func(d *foundDate) xval {
			if d.JDN == 0 {
				return xval{kind: xNull}
			}
			return xval{kind: xNum, n: int64(d.JDN)}
		}
	case "weekday":
		return str(dateWeekday)
	case "computed_weekday":
		return str(dateComputedWeekday)
	case "role":
		return str(func(d *foundDate) string { return string(d.Role) })
	case "cue":
		return str(func(d *foundDate) string { return d.Cue })
	case "inferred":
		return flag(func(d *foundDate) bool { return d.YearInferred })
	case "ambiguous":
		return flag(func(d *foundDate) bool { return d.Ambiguous() })
	case "ocr":
		return flag(func(d *foundDate) bool { return d.OCRDigits })
	case "where":
		return str(func(d *foundDate) string { return d.unit.Name() })
	case "when":
		return str(func(d *foundDate) string { return d.whenISO })
	case "when_days":
		return func(d *foundDate) xval {
			if j, ok := whenDays(d.whenISO); ok {
				return xval{kind: xNum, n: int64(j)}
			}
			return xval{kind: xNull}
		}
	default: // "index"
		return num(func(d *foundDate) int { return d.index })
	}
}

// normalized is s in NFC, as cty.StringVal stores strings (ASCII needs no work).
func normalized(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return norm.NFC.String(s)
		}
	}
	return s
}

func (c dateCompiler) binary(x *hclsyntax.BinaryOpExpr) (dateExpr, xtype, bool) {
	l, lt, ok1 := c.compile(x.LHS)
	r, rt, ok2 := c.compile(x.RHS)
	if !ok1 || !ok2 {
		return nil, xtype{}, false
	}
	switch x.Op {
	case hclsyntax.OpLogicalAnd, hclsyntax.OpLogicalOr:
		if lt.kind != xBool || rt.kind != xBool {
			return nil, xtype{}, false
		}
		and := x.Op == hclsyntax.OpLogicalAnd
		return func(s *dateScope) (xval, bool) {
			// The left side decides when it can, as evalBool does.
			a, ok := l(s)
			if !ok || a.kind != xBool {
				return xval{}, false
			}
			if (a.n == 1) != and {
				return a, true
			}
			b, ok := r(s)
			if !ok || b.kind != xBool {
				return xval{}, false
			}
			return b, true
		}, xtype{kind: xBool}, true
	case hclsyntax.OpEqual, hclsyntax.OpNotEqual:
		if !equatable(lt) || !equatable(rt) {
			return nil, xtype{}, false
		}
		want := x.Op == hclsyntax.OpEqual
		return func(s *dateScope) (xval, bool) {
			a, ok := l(s)
			if !ok {
				return xval{}, false
			}
			b, ok := r(s)
			if !ok {
				return xval{}, false
			}
			return boolVal(equalValues(a, b) == want), true
		}, xtype{kind: xBool}, true
	}
	if op, ok := integerOps[x.Op]; ok && lt.kind == xNum && rt.kind == xNum {
		return numeric(l, r, op.apply), xtype{kind: op.result}, true
	}
	return nil, xtype{}, false
}

// integerOps are the numeric operators compiled: ordering, + - and * (no division: its
// fractions are HCL's).
var integerOps = map[*hclsyntax.Operation]struct {
	apply  func(a, b int64) xval
	result xkind
}{
	hclsyntax.OpGreaterThan:        {func(a, b int64) xval { return boolVal(a > b) }, xBool},
	hclsyntax.OpGreaterThanOrEqual: {func(a, b int64) xval { return boolVal(a >= b) }, xBool},
	hclsyntax.OpLessThan:           {func(a, b int64) xval { return boolVal(a < b) }, xBool},
	hclsyntax.OpLessThanOrEqual:    {func(a, b int64) xval { return boolVal(a <= b) }, xBool},
	hclsyntax.OpAdd:                {func(a, b int64) xval { return xval{kind: xNum, n: a + b} }, xNum},
	hclsyntax.OpSubtract:           {func(a, b int64) xval { return xval{kind: xNum, n: a - b} }, xNum},
	hclsyntax.OpMultiply:           {func(a, b int64) xval { return xval{kind: xNum, n: a * b} }, xNum},
}

// equatable reports whether == on the type is decided here: anything but a list.
func equatable(t xtype) bool { return t.kind != xList }

// equalValues is cty's ==: nulls are equal to each other only, values of different types are
// unequal. Two dates are equal only when they are the same date (each has its own index); there
// is one collection.
func equalValues(a, b xval) bool {
	switch {
	case a.kind == xNull || b.kind == xNull:
		return a.kind == b.kind
	case a.kind != b.kind:
		return false
	case a.kind == xStr:
		return a.s == b.s
	case a.kind == xDate:
		return a.d == b.d
	}
	return a.n == b.n
}

// numeric applies f to two numbers; a null operand is an error.
func numeric(l, r dateExpr, f func(a, b int64) xval) dateExpr {
	return func(s *dateScope) (xval, bool) {
		a, ok := l(s)
		if !ok || a.kind != xNum {
			return xval{}, false
		}
		b, ok := r(s)
		if !ok || b.kind != xNum {
			return xval{}, false
		}
		return f(a.n, b.n), true
	}
}

func (c dateCompiler) unary(x *hclsyntax.UnaryOpExpr) (dateExpr, xtype, bool) {
	v, t, ok := c.compile(x.Val)
	if !ok {
		return nil, xtype{}, false
	}
	switch {
	case x.Op == hclsyntax.OpLogicalNot && t.kind == xBool:
		return func(s *dateScope) (xval, bool) {
			a, ok := v(s)
			if !ok || a.kind != xBool {
				return xval{}, false
			}
			return boolVal(a.n == 0), true
		}, xtype{kind: xBool}, true
	case x.Op == hclsyntax.OpNegate && t.kind == xNum:
		return func(s *dateScope) (xval, bool) {
			a, ok := v(s)
			if !ok || a.kind != xNum {
				return xval{}, false
			}
			return xval{kind: xNum, n: -a.n}, true
		}, xtype{kind: xNum}, true
	}
	return nil, xtype{}, false
}

// call compiles the functions date rules use, when the name means the function known here:
// the date functions of this kind, and the library's abs and contains.
func (c dateCompiler) call(x *hclsyntax.FunctionCallExpr) (dateExpr, xtype, bool) {
	if x.ExpandFinal || !c.knows(x.Name) {
		return nil, xtype{}, false
	}
	args := make([]dateExpr, len(x.Args))
	types := make([]xtype, len(x.Args))
	for i, a := range x.Args {
		var ok bool
		if args[i], types[i], ok = c.compile(a); !ok {
			return nil, xtype{}, false
		}
	}
	nums := func(n int) bool {
		if len(args) != n {
			return false
		}
		for _, t := range types {
			if t.kind != xNum {
				return false
			}
		}
		return true
	}
	switch x.Name {
	case "abs":
		if !nums(1) {
			break
		}
		arg := args[0]
		return func(s *dateScope) (xval, bool) {
			a, ok := arg(s)
			if !ok || a.kind != xNum {
				return xval{}, false
			}
			return xval{kind: xNum, n: max(a.n, -a.n)}, true
		}, xtype{kind: xNum}, true
	case "transposed", "one_digit_off":
		if !nums(2) {
			break
		}
		test := dates.YearsTransposed
		if x.Name == "one_digit_off" {
			test = dates.YearsOneDigitOff
		}
		return numeric(args[0], args[1], func(a, b int64) xval { return boolVal(test(int(a), int(b))) }), xtype{kind: xBool}, true
	case "days_of":
		if !nums(3) {
			break
		}
		y, m, d := args[0], args[1], args[2]
		return func(s *dateScope) (xval, bool) {
			var v [3]int
			for i, a := range []dateExpr{y, m, d} {
				x, ok := a(s)
				if !ok || x.kind != xNum {
					return xval{}, false
				}
				v[i] = int(x.n)
			}
			if !dates.ValidDate(v[0], v[1], v[2]) {
				return xval{kind: xNull}, true
			}
			return xval{kind: xNum, n: int64(dates.JDN(v[0], v[1], v[2]))}, true
		}, xtype{kind: xNum, nullable: true}, true
	case "contains":
		// A constant list of strings and a string that cannot be null.
		if len(args) != 2 || types[0].kind != xList || types[1].kind != xStr || types[1].nullable {
			break
		}
		list, value := args[0], args[1]
		return func(s *dateScope) (xval, bool) {
			l, _ := list(s)
			v, ok := value(s)
			if !ok {
				return xval{}, false
			}
			for _, item := range l.list {
				if item == v.s {
					return boolVal(true), true
				}
			}
			return boolVal(false), true
		}, xtype{kind: xBool}, true
	}
	return nil, xtype{}, false
}

// knows reports whether name is defined in the context and is a function compiled here.
func (c dateCompiler) knows(name string) bool {
	switch name {
	case "abs", "contains", "transposed", "one_digit_off", "days_of":
	default:
		return false
	}
	for ctx := c.ctx; ctx != nil; ctx = ctx.Parent() {
		if _, ok := ctx.Functions[name]; ok {
			return true
		}
	}
	return false
}
