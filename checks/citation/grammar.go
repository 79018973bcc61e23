package citation

import (
	"fmt"
	"regexp"

	"github.com/hashicorp/hcl/v2"
)

// A Grammar is one archive family: the repositories whose citations follow it and the
// components those citations are made of. DecodeArchives builds Grammars from HCL; a Grammar
// built in Go is checked by NewParser.
type Grammar struct {
	Name        string
	Description string
	// Common grammars have no repositories; their components (pages, boxes) may appear in
	// any citation, after the family's own.
	Common bool
	// Order lists components that, when present, must appear in this order.
	Order        []string
	Repositories []*Repository
	Components   []*ComponentSpec

	DefRange   hcl.Range // where the (last) archive block declaring it starts
	orderRange hcl.Range
}

// A Repository is an archive whose citations follow its Grammar.
type Repository struct {
	Name    string   // the canonical abbreviation: "AVP RF"
	Names   []string // full names, in any language; capitalised, then matched without regard to case
	Aliases []string // other abbreviations and former names; matched exactly
	// Require lists components this repository's citations must have beyond those the
	// grammar requires.
	Require []string

	DefRange     hcl.Range
	requireRange hcl.Range
}

// A ComponentSpec declares one part of a citation.
type ComponentSpec struct {
	Name  string
	Title string // how messages name it; the Name when empty
	// Labels are written before the value ("f.", "ф.", "Fond"); Suffixes after it
	// ("54. doboz"). A component with neither is recognised by its Value alone, as a whole
	// comma-separated segment.
	Labels   []string
	Suffixes []string
	// Value is a regular expression (RE2) for a well-formed value; "" means DefaultValue.
	Value string
	// Loose, when set, is a rougher shape that still counts as this component, reported as
	// a malformed value when Value does not match.
	Loose string
	// Gap is what may stand between label and value; "" means spaces.
	Gap string
	// Marker components are a label alone, with no value ("Electronic Telegrams").
	Marker bool
	// Range lets the value be "from-to" (and lists "5, 7-9"); from must not exceed to.
	Range bool
	// Elided accepts a short end that repeats only the last digits: "1973-79", "112-17".
	Elided bool
	// Verso lists the marks a sheet number may carry ("ob.", "об.", "v").
	Verso []string
	// Required components must appear in every detailed citation of the family.
	Required bool
	// Requires lists components that must appear whenever this one does.
	Requires []string

	DefRange      hcl.Range
	requiresRange hcl.Range

	grammar *Grammar // the grammar declaring it, set by Grammar.check

	valueAt, valueFull, valueEnd, looseFull, gapAt, versoAt *regexp.Regexp
}

// DefaultValue is the value of a component that declares none: a number, perhaps with a
// letter after it ("16", "1B", "282A").
const DefaultValue = `[0-9]+[A-Za-zА-Яа-я]?`

// defaultGap allows no space at all ("op.1", "d.131"): sources do write it so.
const defaultGap = `[ \t\x{a0}\x{202f}\x{2009}]*`

// title is how messages name the component.
func (c *ComponentSpec) title() string {
	if c.Title != "" {
		return c.Title
	}
	return c.Name
}

// positional reports whether the component has no label and is known by its value alone.
func (c *ComponentSpec) positional() bool {
	return len(c.Labels) == 0 && len(c.Suffixes) == 0
}

// A regexCache compiles each expression once: the archives' components share most of their
// value and gap expressions (450 of them are 36 distinct), and compiling them all again was a
// tenth of start-up. A compiled expression is safe to share.
type regexCache map[string]*regexp.Regexp

func (rc regexCache) compile(expr string) (*regexp.Regexp, error) {
	if re, ok := rc[expr]; ok {
		return re, nil
	}
	re, err := regexp.Compile(expr)
	if err == nil {
		rc[expr] = re
	}
	return re, err
}

func (rc regexCache) mustCompile(expr string) *regexp.Regexp {
	re, err := rc.compile(expr)
	if err != nil {
		panic("citation: " + err.Error())
	}
	return re
}

// compile prepares the component's expressions; the error names the attribute at fault.
func (c *ComponentSpec) compile(rc regexCache) (attr string, err error) {
	value := c.Value
	if value == "" {
		value = DefaultValue
	}
	gap := c.Gap
	if gap == "" {
		gap = defaultGap
	}
	if c.valueAt, err = rc.compile(`^(?:` + value + `)`); err != nil {
		return "value", err
	}
	c.valueFull = rc.mustCompile(`^(?:` + value + `)$`)
	c.valueEnd = rc.mustCompile(`(?:` + value + `)$`)
	if c.Loose != "" {
		if c.looseFull, err = rc.compile(`^(?:` + c.Loose + `)$`); err != nil {
			return "loose", err
		}
	}
	if c.gapAt, err = rc.compile(`^(?:` + gap + `)`); err != nil {
		return "gap", err
	}
	if len(c.Verso) > 0 {
		alts := ""
		for i, v := range c.Verso {
			if i > 0 {
				alts += "|"
			}
			alts += regexp.QuoteMeta(v)
		}
		c.versoAt = rc.mustCompile(`^[ \x{a0}]?(?:` + alts + `)`)
	}
	return "", nil
}

// check reports what is wrong with a grammar built in Go, as DecodeArchives would.
func (g *Grammar) check(rc regexCache) error {
	names := map[string]bool{}
	for _, c := range g.Components {
		if names[c.Name] {
			return fmt.Errorf("archive %q: component %q declared twice", g.Name, c.Name)
		}
		names[c.Name] = true
		c.grammar = g
		if attr, err := c.compile(rc); err != nil {
			return fmt.Errorf("archive %q: component %q: %s: %w", g.Name, c.Name, attr, err)
		}
		if c.positional() && c.Value == "" {
			return fmt.Errorf("archive %q: component %q has no labels, suffixes or value", g.Name, c.Name)
		}
	}
	refs := append([]string(nil), g.Order...)
	for _, c := range g.Components {
		refs = append(refs, c.Requires...)
	}
	for _, r := range g.Repositories {
		refs = append(refs, r.Require...)
	}
	for _, n := range refs {
		if !names[n] {
			return fmt.Errorf("archive %q: no component named %q", g.Name, n)
		}
	}
	return nil
}

// component returns the component named name, or nil.
func (g *Grammar) component(name string) *ComponentSpec {
	for _, c := range g.Components {
		if c.Name == name {
			return c
		}
	}
	return nil
}
