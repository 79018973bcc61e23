package citation

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
)

// BlockHeader is the schema of the top-level block DecodeArchives reads: `archive "NAME"`.
func BlockHeader() hcl.BlockHeaderSchema {
	return hcl.BlockHeaderSchema{Type: "archive", LabelNames: []string{"name"}}
}

// archiveBody is the body of an `archive "NAME" { ... }` block.
type archiveBody struct {
	Description  *string           `hcl:"description,optional"`
	Common       *bool             `hcl:"common,optional"`
	Replace      bool              `hcl:"replace,optional"`
	Order        *[]string         `hcl:"order,optional"`
	Repositories []repositoryBlock `hcl:"repository,block"`
	Components   []componentBlock  `hcl:"component,block"`

	CommonRange hcl.Range `hcl:"common,attr_range"`
	OrderRange  hcl.Range `hcl:"order,attr_range"`
}

type repositoryBlock struct {
	Name    string   `hcl:"name,label"`
	Names   []string `hcl:"names,optional"`
	Aliases []string `hcl:"aliases,optional"`
	Require []string `hcl:"require,optional"`

	NameRange    hcl.Range `hcl:"name,label_range"`
	NamesRange   hcl.Range `hcl:"names,attr_range"`
	AliasesRange hcl.Range `hcl:"aliases,attr_range"`
	RequireRange hcl.Range `hcl:"require,attr_range"`
	DefRange     hcl.Range `hcl:",def_range"`
}

type componentBlock struct {
	Name     string   `hcl:"name,label"`
	Title    string   `hcl:"title,optional"`
	Labels   []string `hcl:"labels,optional"`
	Suffixes []string `hcl:"suffixes,optional"`
	Value    string   `hcl:"value,optional"`
	Loose    string   `hcl:"loose,optional"`
	Gap      string   `hcl:"gap,optional"`
	Marker   bool     `hcl:"marker,optional"`
	Range    bool     `hcl:"range,optional"`
	Elided   bool     `hcl:"elided,optional"`
	Verso    []string `hcl:"verso,optional"`
	Required bool     `hcl:"required,optional"`
	Requires []string `hcl:"requires,optional"`

	NameRange     hcl.Range `hcl:"name,label_range"`
	LabelsRange   hcl.Range `hcl:"labels,attr_range"`
	SuffixesRange hcl.Range `hcl:"suffixes,attr_range"`
	ValueRange    hcl.Range `hcl:"value,attr_range"`
	LooseRange    hcl.Range `hcl:"loose,attr_range"`
	GapRange      hcl.Range `hcl:"gap,attr_range"`
	RequiresRange hcl.Range `hcl:"requires,attr_range"`
	DefRange      hcl.Range `hcl:",def_range"`
}

// DecodeArchives decodes `archive` blocks, in the order the loader found them (built-in packs
// first, then the project's .archivelint.hcl), into Grammars ready for NewParser.
//
// A block whose name was already declared extends that grammar: attributes it sets replace
// the earlier ones; a repository or component with an earlier one's name replaces it in
// place (a component keeps its position in the order); new ones are added at the end. With
// `replace = true` the block discards the earlier declaration and starts afresh.
//
// Every diagnostic points at the attribute or block at fault and says what would be right.
func DecodeArchives(blocks hcl.Blocks, ctx *hcl.EvalContext) ([]*Grammar, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	var grammars []*Grammar
	byName := map[string]int{}
	rc := regexCache{}
	for _, block := range blocks {
		if block.Type != "archive" || len(block.Labels) != 1 {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Not an archive block",
				Detail:   fmt.Sprintf("Expected `archive \"NAME\" { ... }`, found a %q block with %d labels.", block.Type, len(block.Labels)),
				Subject:  block.DefRange.Ptr(),
			})
			continue
		}
		var body archiveBody
		bodyDiags := gohcl.DecodeBody(block.Body, ctx, &body)
		diags = append(diags, bodyDiags...)
		if bodyDiags.HasErrors() {
			continue
		}
		name := block.Labels[0]
		g, blockDiags := decodeArchive(name, block, &body, rc)
		diags = append(diags, blockDiags...)
		i, seen := byName[name]
		switch {
		case !seen:
			byName[name] = len(grammars)
			grammars = append(grammars, g)
		case body.Replace:
			grammars[i] = g
		default:
			diags = append(diags, extend(grammars[i], g, &body)...)
		}
	}
	for _, g := range grammars {
		diags = append(diags, checkReferences(g)...)
	}
	diags = append(diags, checkRepositoryNames(grammars)...)
	return grammars, diags
}

// decodeArchive builds a grammar from one block and checks what it can on its own.
func decodeArchive(name string, block *hcl.Block, body *archiveBody, rc regexCache) (*Grammar, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	g := &Grammar{Name: name, DefRange: block.DefRange, orderRange: body.OrderRange}
	if body.Description != nil {
		g.Description = *body.Description
	}
	if body.Common != nil {
		g.Common = *body.Common
	}
	if body.Order != nil {
		g.Order = *body.Order
	}
	if g.Common && len(body.Repositories) > 0 {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Repository in a common archive",
			Detail:   fmt.Sprintf("Archive %q is common: its components apply to every citation, so it has no repositories. Move repository %q to an archive family, or remove `common = true`.", name, body.Repositories[0].Name),
			Subject:  body.Repositories[0].DefRange.Ptr(),
		})
	}
	seenRepo := map[string]bool{}
	for _, rb := range body.Repositories {
		if seenRepo[rb.Name] {
			diags = append(diags, duplicateBlock("repository", rb.Name, name, rb.NameRange))
			continue
		}
		seenRepo[rb.Name] = true
		diags = append(diags, checkStrings("names", rb.Names, rb.NamesRange)...)
		diags = append(diags, checkStrings("aliases", rb.Aliases, rb.AliasesRange)...)
		g.Repositories = append(g.Repositories, &Repository{
			Name: rb.Name, Names: rb.Names, Aliases: rb.Aliases, Require: rb.Require,
			DefRange: rb.DefRange, requireRange: rb.RequireRange,
		})
	}
	seenComp := map[string]bool{}
	for i := range body.Components {
		cb := &body.Components[i]
		if seenComp[cb.Name] {
			diags = append(diags, duplicateBlock("component", cb.Name, name, cb.NameRange))
			continue
		}
		seenComp[cb.Name] = true
		c, cdiags := decodeComponent(cb, rc)
		diags = append(diags, cdiags...)
		if c != nil {
			g.Components = append(g.Components, c)
		}
	}
	return g, diags
}

func decodeComponent(cb *componentBlock, rc regexCache) (*ComponentSpec, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	c := &ComponentSpec{
		Name: cb.Name, Title: cb.Title, Labels: cb.Labels, Suffixes: cb.Suffixes,
		Value: cb.Value, Loose: cb.Loose, Gap: cb.Gap, Marker: cb.Marker, Range: cb.Range,
		Elided: cb.Elided, Verso: cb.Verso, Required: cb.Required, Requires: cb.Requires,
		DefRange: cb.DefRange, requiresRange: cb.RequiresRange,
	}
	diags = append(diags, checkStrings("labels", cb.Labels, cb.LabelsRange)...)
	diags = append(diags, checkStrings("suffixes", cb.Suffixes, cb.SuffixesRange)...)
	if c.positional() && c.Value == "" {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Component without labels or value",
			Detail:   fmt.Sprintf("Component %q has no labels, no suffixes and no value, so nothing can recognise it. Add `labels = [\"f.\"]` for a labelled component, or a `value` regular expression for one known by its shape (such as \"[A-Z]{1,5} [0-9]+/[0-9]+\").", c.Name),
			Subject:  cb.DefRange.Ptr(),
		})
		return nil, diags
	}
	if c.Marker && (c.Value != "" || c.Range) {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Marker with a value",
			Detail:   fmt.Sprintf("Component %q is a marker (a label alone), so it takes no `value` or `range`. Remove `marker = true` or the value settings.", c.Name),
			Subject:  cb.DefRange.Ptr(),
		})
		return nil, diags
	}
	if attr, err := c.compile(rc); err != nil {
		rng := map[string]hcl.Range{"value": cb.ValueRange, "loose": cb.LooseRange, "gap": cb.GapRange}[attr]
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Invalid regular expression",
			Detail:   fmt.Sprintf("The %s of component %q is not a valid RE2 regular expression: %s. Remember that HCL strings need backslashes doubled (\"[0-9]+\\\\.\").", attr, c.Name, err),
			Subject:  rng.Ptr(),
		})
		return nil, diags
	}
	return c, diags
}

// extend merges a later block's grammar into an earlier one of the same name.
func extend(into, from *Grammar, body *archiveBody) hcl.Diagnostics {
	if body.Description != nil {
		into.Description = from.Description
	}
	if body.Common != nil && from.Common != into.Common {
		return hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Cannot change whether an archive is common",
			Detail:   fmt.Sprintf("Archive %q was declared with common = %t; a block extending it cannot change that. Use `replace = true` to declare it afresh.", from.Name, into.Common),
			Subject:  body.CommonRange.Ptr(),
		}}
	}
	if body.Order != nil {
		into.Order, into.orderRange = from.Order, from.orderRange
	}
	into.DefRange = from.DefRange
	for _, r := range from.Repositories {
		if i := indexRepository(into.Repositories, r.Name); i >= 0 {
			into.Repositories[i] = r
		} else {
			into.Repositories = append(into.Repositories, r)
		}
	}
	for _, c := range from.Components {
		if i := indexComponent(into.Components, c.Name); i >= 0 {
			into.Components[i] = c
		} else {
			into.Components = append(into.Components, c)
		}
	}
	return nil
}

func indexRepository(rs []*Repository, name string) int {
	for i, r := range rs {
		if r.Name == name {
			return i
		}
	}
	return -1
}

func indexComponent(cs []*ComponentSpec, name string) int {
	for i, c := range cs {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// checkReferences reports order, requires and require entries that name no component.
func checkReferences(g *Grammar) hcl.Diagnostics {
	var diags hcl.Diagnostics
	var known []string
	for _, c := range g.Components {
		known = append(known, c.Name)
	}
	check := func(attr string, names []string, rng hcl.Range) {
		for _, n := range names {
			if indexComponent(g.Components, n) >= 0 {
				continue
			}
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Unknown component",
				Detail:   fmt.Sprintf("%s names %q, but archive %q has no such component.%s", attr, n, g.Name, didYouMean(n, known)),
				Subject:  rng.Ptr(),
			})
		}
	}
	check("order", g.Order, g.orderRange)
	for _, c := range g.Components {
		check(fmt.Sprintf("requires of component %q", c.Name), c.Requires, c.requiresRange)
	}
	for _, r := range g.Repositories {
		check(fmt.Sprintf("require of repository %q", r.Name), r.Require, r.requireRange)
	}
	return diags
}

// checkRepositoryNames reports a name or alias claimed by two repositories: a citation
// naming it could not say which grammar to follow.
func checkRepositoryNames(grammars []*Grammar) hcl.Diagnostics {
	var diags hcl.Diagnostics
	owner := map[string]*Repository{}
	for _, g := range grammars {
		for _, r := range g.Repositories {
			claimed := map[string]bool{}
			for _, n := range repositoryNames(r) {
				key := strings.ToLower(n)
				if claimed[key] {
					continue
				}
				claimed[key] = true
				if prev, ok := owner[key]; ok {
					diags = append(diags, &hcl.Diagnostic{
						Severity: hcl.DiagError,
						Summary:  "Repository name claimed twice",
						Detail:   fmt.Sprintf("%q names repository %q and also repository %q (declared at %s). Keep it in one of them; a citation naming it must lead to one grammar.", n, r.Name, prev.Name, prev.DefRange),
						Subject:  r.DefRange.Ptr(),
					})
					continue
				}
				owner[key] = r
			}
		}
	}
	return diags
}

// repositoryNames is every spelling of a repository: abbreviation, aliases, full names.
func repositoryNames(r *Repository) []string {
	out := append([]string{r.Name}, r.Aliases...)
	return append(out, r.Names...)
}

func checkStrings(attr string, values []string, rng hcl.Range) hcl.Diagnostics {
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			return hcl.Diagnostics{{
				Severity: hcl.DiagError,
				Summary:  "Empty string in " + attr,
				Detail:   fmt.Sprintf("Every entry of %s must have text; an empty one would match everywhere. Remove it.", attr),
				Subject:  rng.Ptr(),
			}}
		}
	}
	return nil
}

func duplicateBlock(kind, name, archive string, rng hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Duplicate " + kind,
		Detail:   fmt.Sprintf("Archive %q declares %s %q twice in one block. Merge the two; a later block for the same archive may replace it instead.", archive, kind, name),
		Subject:  rng.Ptr(),
	}
}

// didYouMean suggests the closest of known to name, or "" when none is close.
func didYouMean(name string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(name, k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" Did you mean %q?", best)
}
