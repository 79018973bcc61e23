package checks

import (
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// A Kind is a check implementation in Go that rule blocks instantiate by name:
//
//	rule "pattern" "artifact.skip-link" { regex = "^Skip to content$" }
type Kind struct {
	Name string // snake_case; the first label of a rule block
	// Doc is a title (lower-case, no period), a blank line, then details; `archivelint rules`
	// and `explain` print it.
	Doc string
	// Vars names the variables the kind offers a rule's message template, beside the ones
	// every kind offers (match, suggestion, default_message).
	Vars []string
	// DefaultIn is where the kind looks when a rule has no `in`.
	DefaultIn []string

	build func(body hcl.Body, b *Build) (Check, hcl.Diagnostics)
}

// NewKind declares a kind whose kind-specific attributes gohcl decodes into a *C before build
// runs. C's struct tags are the kind's schema.
func NewKind[C any](name, doc string, build func(cfg *C, b *Build) (Check, hcl.Diagnostics)) *Kind {
	return &Kind{Name: name, Doc: doc, build: func(body hcl.Body, b *Build) (Check, hcl.Diagnostics) {
		cfg := new(C)
		if diags := gohcl.DecodeBody(body, b.Eval, cfg); diags.HasErrors() {
			return nil, diags
		}
		return build(cfg, b)
	}}
}

// Title is the first line of the kind's Doc.
func (k *Kind) Title() string { t, _, _ := strings.Cut(k.Doc, "\n"); return t }

// Build configures the kind from the kind-specific part of a rule body.
func (k *Kind) Build(body hcl.Body, b *Build) (Check, hcl.Diagnostics) { return k.build(body, b) }

// A Build is what a kind's builder gets besides its decoded attributes.
type Build struct {
	Rule *Rule            // the common attributes, already decoded
	Eval *hcl.EvalContext // functions and config-time variables
	Env  *Env
}

// Env is what the configuration says about the collection being linted, shared by all rules.
type Env struct {
	// Now is the clock for "in the future" (injectable for tests).
	Now func() time.Time
	// Extensions carries typed settings that kinds look up by key (archive grammars,
	// vocabulary, the collection's date range...), filled in by the loader.
	Extensions map[string]any
}

// Ext returns the extension stored under key, typed.
func Ext[T any](env *Env, key string) (T, bool) {
	var zero T
	if env == nil || env.Extensions == nil {
		return zero, false
	}
	v, ok := env.Extensions[key].(T)
	return v, ok
}

// A Check is a configured kind, run once per document.
type Check interface {
	Run(p *Pass)
}

// A Learner is a Check that needs to know the whole corpus before it checks any document (a
// name that recurs across the archive is not a typo). The engine calls Learn for every
// document of the run, concurrently and in no particular order, before any Run; what it
// learns must not depend on that order.
type Learner interface {
	Check
	Learn(d *Document)
	// LearnKey identifies what is learned: rules that share a key share what they learn, and
	// only one of them is shown the corpus.
	LearnKey() any
	// Forget drops what an earlier run learned; the engine calls it before the corpus pass.
	Forget()
}

// CheckFunc adapts a function to Check.
type CheckFunc func(p *Pass)

// Run calls f.
func (f CheckFunc) Run(p *Pass) { f(p) }

// A Rule is a configured check with the attributes every rule has.
type Rule struct {
	Name        string
	Kind        *Kind
	Pack        string // the built-in pack it came from, or "" for a local rule
	Category    string
	Severity    Severity
	Description string
	// Message, when set, replaces the kind's message; it is evaluated per finding with
	// match, suggestion, default_message and the kind's Vars.
	Message hcl.Expression
	In      []string // where the rule looks: "all", "body", "fields", "field:NAME", a block kind
	Formats []string // document formats it applies to; empty: all
	Files   []string // globs of files it applies to; empty: all
	// Ignorable is false for a rule that suppressions cannot silence.
	Ignorable bool
	// When, if set, is evaluated per document (variables: document, field); the rule runs
	// only where it is true.
	When     hcl.Expression
	Check    Check
	DefRange hcl.Range
	Eval     *hcl.EvalContext
}

// AppliesTo reports whether the rule runs on the document: its format, then its `when`.
func (r *Rule) AppliesTo(d *Document) bool {
	if len(r.Formats) > 0 {
		ok := false
		for _, f := range r.Formats {
			ok = ok || f == d.Format
		}
		if !ok {
			return false
		}
	}
	if r.When == nil {
		return true
	}
	return whenHolds(r.When, r.Eval, d, false)
}

// whenHolds reports whether a `when` is true. HCL evaluates both operands of && and gives
// false, or an error, as soon as one is not true; a rule applies only where the whole is true,
// so stopping at the first operand that is not true decides the same, and the common `when`
// (!document.in_volume && !can(field.translator) && ...) costs one test on most documents, and
// the fields it does not reach are not made into variables. operand says e is an operand of
// &&, which HCL converts to bool.
func whenHolds(e hcl.Expression, parent *hcl.EvalContext, d *Document, operand bool) bool {
	switch x := e.(type) {
	case *hclsyntax.ParenthesesExpr:
		return whenHolds(x.Expression, parent, d, operand)
	case *hclsyntax.BinaryOpExpr:
		if x.Op == hclsyntax.OpLogicalAnd {
			return whenHolds(x.LHS, parent, d, true) && whenHolds(x.RHS, parent, d, true)
		}
	}
	ctx := parent.NewChild()
	ctx.Variables = d.varsOf(e)
	v, diags := e.Value(ctx)
	if diags.HasErrors() {
		return false
	}
	if operand {
		v, _ = v.Unmark()
		var err error
		if v, err = convert.Convert(v, cty.Bool); err != nil {
			return false
		}
	}
	return v.IsKnown() && !v.IsNull() && v.Type() == cty.Bool && v.True()
}

// WhenVars are the variables a rule's `when` may use.
var WhenVars = []string{"document", "field"}

// A Unit is one text the rule looks at: a field's value or a block's text.
type Unit struct {
	Field *Field // set for a field
	Block *Block // set for a block
	Text  *Text
}

// Name is the field name or the block kind.
func (u Unit) Name() string {
	if u.Field != nil {
		return u.Field.Name
	}
	return u.Block.Kind
}

// selects reports whether the scope list in selects the unit.
func selects(in []string, u Unit) bool {
	for _, s := range in {
		switch {
		case s == "all":
			return true
		case s == "body" && u.Block != nil, s == "fields" && u.Field != nil:
			return true
		case strings.HasPrefix(s, "field:") && u.Field != nil && u.Field.Name == s[len("field:"):]:
			return true
		case u.Block != nil && s == u.Block.Kind:
			return true
		}
	}
	return false
}

// Scopes lists the fixed words `in` accepts beside "field:NAME" and block kinds.
var Scopes = []string{"all", "body", "fields"}

// BlockKinds are the block kinds readers produce.
var BlockKinds = []string{"paragraph", "heading", "dateline", "note", "margin", "closer", "quote", "item", "table", "line", "opener", "signed"}

// A Pass applies one rule to one document.
type Pass struct {
	Doc  *Document
	Rule *Rule
	emit func(Finding)
}

// NewPass prepares a pass; emit receives each finding.
func NewPass(d *Document, r *Rule, emit func(Finding)) *Pass {
	return &Pass{Doc: d, Rule: r, emit: emit}
}

// Units calls fn for every field and block the rule's scope selects, fields first.
func (p *Pass) Units(fn func(u Unit)) {
	in := p.Rule.In
	if len(in) == 0 {
		in = p.Rule.Kind.DefaultIn
	}
	if len(in) == 0 {
		in = []string{"all"}
	}
	for _, f := range p.Doc.Fields {
		if u := (Unit{Field: f, Text: &f.Value}); selects(in, u) {
			fn(u)
		}
	}
	for _, b := range p.Doc.Blocks {
		if u := (Unit{Block: b, Text: &b.Text}); selects(in, u) {
			fn(u)
		}
	}
}

// A Report is what a check says about one defect. Offsets are in Text when it is set, and in
// the source otherwise.
type Report struct {
	Text       *Text
	Start, End int
	Message    string // the kind's own message, used when the rule sets none
	Suggestion string
	Vars       map[string]cty.Value
	Fix        *TextFix
	FileLevel  bool
}

// A TextFix is a fix expressed in the offsets of the Report's Text (or source offsets when
// the Report has no Text).
type TextFix struct {
	Message string
	Safe    bool
	Edits   []Edit
	// WholeLines widens each edit to the whole source lines it touches, and the blank line
	// after them: deleting a line leaves no hole.
	WholeLines bool
}

// Report maps r to the source and emits a finding.
func (p *Pass) Report(r Report) {
	f := Finding{
		Rule: p.Rule.Name, Kind: p.Rule.Kind.Name, Category: p.Rule.Category, Severity: p.Rule.Severity,
		Suggestion: r.Suggestion, Source: p.Doc.Source, DocID: p.Doc.ID, FileLevel: r.FileLevel,
	}
	if r.Text != nil {
		f.Start, f.End = r.Text.SourceRange(r.Start, r.End)
		f.Match = r.Text.S[clamp(r.Start, 0, len(r.Text.S)):clamp(r.End, 0, len(r.Text.S))]
	} else {
		// Clamped like Text offsets are: reports slice the source at these offsets, and one
		// finding outside it would end the run.
		n := len(p.Doc.Source.Bytes)
		f.Start = clamp(r.Start, 0, n)
		f.End = clamp(r.End, f.Start, n)
		f.Match = string(p.Doc.Source.Bytes[f.Start:f.End])
	}
	f.Message = p.message(r, f.Match)
	if r.Fix != nil {
		f.Fix = p.mapFix(r)
	}
	p.emit(f)
}

// mapFix turns text edits into source edits; a fix that touches rendered-only text (markup,
// entities, collapsed whitespace) cannot be expressed and is dropped.
func (p *Pass) mapFix(r Report) *Fix {
	fix := &Fix{Message: r.Fix.Message, Safe: r.Fix.Safe}
	for _, e := range r.Fix.Edits {
		if r.Text == nil {
			fix.Edits = append(fix.Edits, e)
			continue
		}
		if e.Start == e.End {
			at, ok := r.Text.InsertionPoint(e.Start)
			if !ok {
				return nil
			}
			fix.Edits = append(fix.Edits, Edit{Start: at, End: at, NewText: p.escape(e.NewText)})
			continue
		}
		if !r.Text.Editable(e.Start, e.End) {
			return nil
		}
		s, t := r.Text.SourceRange(e.Start, e.End)
		if r.Fix.WholeLines {
			s, t = wholeLines(p.Doc.Source.Bytes, s, t)
		}
		fix.Edits = append(fix.Edits, Edit{Start: s, End: t, NewText: p.escape(e.NewText)})
	}
	return fix
}

// wholeLines widens [s, t) to whole lines, with the line end, and one blank line after.
func wholeLines(b []byte, s, t int) (int, int) {
	for s > 0 && b[s-1] != '\n' {
		s--
	}
	next := func(i int) int { // the offset after the line end at or after i
		for i < len(b) && b[i] != '\n' {
			i++
		}
		if i < len(b) {
			i++
		}
		return i
	}
	t = next(t)
	if after := next(t); after > t && len(strings.TrimSpace(string(b[t:after]))) == 0 {
		t = after
	}
	return s, t
}

// escape makes replacement text safe in the document's syntax.
func (p *Pass) escape(s string) string {
	if p.Doc.Format != FormatTEI {
		return s
	}
	return xmlEscaper.Replace(s)
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// message renders the rule's message template, or the kind's message when there is none or
// it cannot be evaluated (the loader has already checked its variables).
func (p *Pass) message(r Report, match string) string {
	if p.Rule.Message == nil {
		return r.Message
	}
	vars := map[string]cty.Value{
		"match":           cty.StringVal(match),
		"suggestion":      cty.StringVal(r.Suggestion),
		"default_message": cty.StringVal(r.Message),
	}
	for k, v := range r.Vars {
		vars[k] = v
	}
	var ctx *hcl.EvalContext
	if p.Rule.Eval != nil {
		ctx = p.Rule.Eval.NewChild()
	} else {
		ctx = &hcl.EvalContext{}
	}
	ctx.Variables = vars
	v, diags := p.Rule.Message.Value(ctx)
	if diags.HasErrors() || v.IsNull() || !v.IsKnown() || v.Type() != cty.String {
		if r.Message != "" {
			return r.Message
		}
		return fmt.Sprintf("%s: %q", p.Rule.Name, match)
	}
	return v.AsString()
}
