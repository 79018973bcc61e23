package checks

import (
	"fmt"
	"strings"

	"github.com/archivelint/archivelint/checks/citation"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/gocty"
)

// Citations parses archival citations by the archive grammars declared in `archive` blocks
// and reports what is malformed about them.
var Citations = NewKind("citation", `report malformed archival citations, parsed by archive grammars

Citations are read from the source metadata (the Source field of a scraped page, front-matter
source, a TEI msIdentifier (repository, collection, idno) or bibl, FRUS source notes) and
found in body text and footnotes, then parsed by the grammars of the archive blocks (built-in
in rules/citations.hcl, more in .archivelint.hcl: same syntax). Credits after a citation
("Translated by ...") are set apart and never checked.
Attributes: problems (the kinds of problem the rule reports: "misspelled-repository",
"unknown-repository", "missing-component", "missing-number", "malformed-abbreviation",
"malformed-value", "reversed-range", "malformed-range", "unbalanced-bracket",
"unbalanced-quote", "out-of-order", "glued-credit"; default all but unknown-repository), or
instead select and assert: HCL expressions over the parsed citation (variable citation: text,
archive, repository {name, text}, components [{name, label, value, from, to}], credit,
problems), reported at the citation where assert is false. Message variables: citation,
problem (its kind), archive.`, buildCitations)

func init() {
	Citations.Vars = []string{"citation", "problem", "archive"}
	Citations.DefaultIn = []string{"all"}
}

type citationsConfig struct {
	Problems      []string       `hcl:"problems,optional"`
	ProblemsRange hcl.Range      `hcl:"problems,attr_value_range"`
	Select        hcl.Expression `hcl:"select,optional"`
	Assert        hcl.Expression `hcl:"assert,optional"`
}

type citationsCheck struct {
	parser    *citation.Parser
	problems  map[citation.Kind]bool
	select_   hcl.Expression
	assert    hcl.Expression
	ctx       *hcl.EvalContext
	hasSelect bool
}

// citationParser is built once per configuration from every archive block.
type citationParser struct {
	parser *citation.Parser
}

func buildCitations(c *citationsConfig, b *Build) (Check, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	shared, ok := Ext[*citationParser](b.Env, "citation.parser")
	if !ok {
		blocks, _ := Ext[hcl.Blocks](b.Env, "archives")
		grammars, d := citation.DecodeArchives(blocks, b.Eval)
		diags = append(diags, d...)
		if d.HasErrors() {
			return nil, diags
		}
		p, err := citation.NewParser(grammars)
		if err != nil {
			return nil, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid archive grammars",
				Detail: err.Error() + ".", Subject: b.Rule.DefRange.Ptr()})
		}
		shared = &citationParser{p}
		if b.Env != nil && b.Env.Extensions != nil {
			b.Env.Extensions["citation.parser"] = shared
		}
	}
	problems, d := selection(c.Problems, citation.Kinds(), func(k citation.Kind) bool { return k != citation.UnknownRepository },
		"kind of citation problem", c.ProblemsRange)
	diags = append(diags, d...)
	chk := &citationsCheck{parser: shared.parser, problems: problems, ctx: b.Eval,
		select_: c.Select, assert: c.Assert, hasSelect: !isNullExpr(c.Select)}
	if isNullExpr(c.Assert) {
		chk.assert = nil
	}
	for _, e := range []hcl.Expression{c.Select, c.Assert} {
		diags = append(diags, checkVariables(e, []string{"citation"}, "a citation rule's select and assert")...)
	}
	return chk, diags
}

// A parsedCitation is a citation with the texts its parts came from.
type parsedCitation struct {
	*citation.Citation
	parts []*Text
	value cty.Value // made on demand for expressions
}

type citationsMemo struct{ parser *citation.Parser }

func (c *citationsCheck) Run(p *Pass) {
	cs := p.Doc.Memo(citationsMemo{c.parser}, func() any { return c.parse(p) }).([]*parsedCitation)
	for _, pc := range cs {
		if c.assert != nil {
			c.judge(p, pc)
			continue
		}
		for _, pr := range pc.Problems {
			if !c.problems[pr.Kind] || pr.Span.Part >= len(pc.parts) {
				continue
			}
			r := Report{Text: pc.parts[pr.Span.Part], Start: pr.Span.Start, End: pr.Span.End,
				Message: pr.Message, Suggestion: pr.Suggestion,
				Vars: map[string]cty.Value{"citation": pc.ctyValue(), "problem": cty.StringVal(string(pr.Kind)),
					"archive": cty.StringVal(pc.Archive)}}
			if pr.Suggestion != "" {
				r.Fix = &TextFix{Message: fmt.Sprintf("replace with %q", pr.Suggestion),
					Edits: []Edit{{Start: pr.Span.Start, End: pr.Span.End, NewText: pr.Suggestion}}}
			}
			p.Report(r)
		}
	}
}

// judge reports a citation for which the rule's assert does not hold.
func (c *citationsCheck) judge(p *Pass, pc *parsedCitation) {
	ctx := c.ctx.NewChild()
	ctx.Variables = map[string]cty.Value{"citation": pc.ctyValue()}
	if c.hasSelect {
		if v, ok := evalBool(c.select_, ctx); !ok || !v {
			return
		}
	}
	if v, ok := evalBool(c.assert, ctx); !ok || v {
		return
	}
	sp := pc.Span
	if sp.Part >= len(pc.parts) {
		return
	}
	p.Report(Report{Text: pc.parts[sp.Part], Start: sp.Start, End: sp.End,
		Message: fmt.Sprintf("%q fails %s", pc.Text, p.Rule.Name),
		Vars: map[string]cty.Value{"citation": pc.ctyValue(), "problem": cty.StringVal(""),
			"archive": cty.StringVal(pc.Archive)}})
}

func (pc *parsedCitation) ctyValue() cty.Value {
	if pc.value == cty.NilVal {
		pc.value = cty.DynamicVal
		if ty, err := gocty.ImpliedType(pc.Citation); err == nil {
			if v, err := gocty.ToCtyValue(pc.Citation, ty); err == nil {
				pc.value = v
			}
		}
	}
	return pc.value
}

// parse reads the document's citations: the source metadata as citations, the body for
// citations in running text.
func (c *citationsCheck) parse(p *Pass) []*parsedCitation {
	var out []*parsedCitation
	var partNames = []string{"repository", "collection", "idno"}
	var parts []*Text
	for _, name := range partNames {
		if f := p.Doc.Field(name); f != nil && strings.TrimSpace(f.Value.S) != "" {
			parts = append(parts, &f.Value)
		}
	}
	usedParts := len(parts) > 0 && p.Doc.Field("idno") != nil
	if usedParts {
		texts := make([]string, len(parts))
		for i, t := range parts {
			texts[i] = t.S
		}
		out = append(out, &parsedCitation{Citation: c.parser.ParseParts(texts), parts: parts})
	}
	p.Units(func(u Unit) {
		if u.Field != nil {
			if u.Field.Name != "source" && u.Field.Name != "citation" || usedParts && u.Field.Name == "source" {
				return
			}
			if strings.TrimSpace(u.Text.S) == "" {
				return
			}
			out = append(out, &parsedCitation{Citation: c.parser.Parse(u.Text.S), parts: []*Text{u.Text}})
			return
		}
		if t, ok := u.Block.Attr("type"); ok && t.S == "source" {
			return // a source note is the document's source field, parsed above
		}
		for _, ct := range c.parser.Find(u.Text.S) {
			out = append(out, &parsedCitation{Citation: ct, parts: []*Text{u.Text}})
		}
	})
	return out
}
