package checks

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archivelint/archivelint/checks/langcode"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// LanguageKind reports a language field whose value is neither a language's name nor an ISO
// 639 code.
var LanguageKind = NewKind("language", `report a language field that names no language ("Rusian", "12")

A value may list several languages ("Russian, English", "German; French", "ru/en"); each
must be an ISO 639 name or code (ISO 639-1, 639-2 or 639-3: "Russian", "Serbo-Croatian",
"ru", "rus"), ignoring case and a parenthesised remark ("Russian (original)"). Empty values
are the field rule's business. Attributes: fields (default ["language"]), accept (more names
to accept, e.g. "Farsi"). Message variables: value (the whole field), language (the part not
recognised).`, buildLanguage)

func init() {
	LanguageKind.Vars = []string{"value", "language"}
	LanguageKind.DefaultIn = []string{"fields"}
}

type languageConfig struct {
	Fields []string `hcl:"fields,optional"`
	Accept []string `hcl:"accept,optional"`
}

type languageCheck struct {
	fields map[string]bool
	accept map[string]bool
}

func buildLanguage(c *languageConfig, b *Build) (Check, hcl.Diagnostics) {
	check := &languageCheck{fields: map[string]bool{}, accept: map[string]bool{}}
	if len(c.Fields) == 0 {
		c.Fields = []string{"language"}
	}
	for _, f := range c.Fields {
		check.fields[f] = true
	}
	for _, a := range c.Accept {
		check.accept[strings.ToLower(strings.TrimSpace(a))] = true
	}
	return check, nil
}

// languageSeparator splits a list of languages.
var languageSeparator = regexp.MustCompile(`\s*(?:[,;/&+]|\band\b)\s*`)

// remark is a parenthesised comment after a language: "Russian (original)".
var remark = regexp.MustCompile(`\s*\([^)]*\)\s*$`)

func (c *languageCheck) Run(p *Pass) {
	p.Units(func(u Unit) {
		if u.Field == nil || !c.fields[u.Field.Name] {
			return
		}
		f := u.Field
		value := f.Value.S
		for _, loc := range splitIndexes(value) {
			part := value[loc[0]:loc[1]]
			if c.known(part) {
				continue
			}
			p.Report(Report{Text: &f.Value, Start: loc[0], End: loc[1],
				Message: fmt.Sprintf("%s %q is not a language name or ISO 639 code", f.Label, part),
				Vars:    map[string]cty.Value{"value": cty.StringVal(strings.TrimSpace(value)), "language": cty.StringVal(part)}})
		}
	})
}

func (c *languageCheck) known(part string) bool {
	for _, s := range []string{part, remark.ReplaceAllString(part, "")} {
		if langcode.Known(s) || c.accept[strings.ToLower(s)] {
			return true
		}
	}
	return false
}

// splitIndexes returns the [start, end) of each non-empty, trimmed item of a language list.
func splitIndexes(value string) [][2]int {
	var out [][2]int
	add := func(start, end int) {
		item := value[start:end]
		lead := len(item) - len(strings.TrimLeft(item, " \t\r\n"))
		item = strings.TrimSpace(item)
		if item != "" {
			out = append(out, [2]int{start + lead, start + lead + len(item)})
		}
	}
	from := 0
	for _, sep := range languageSeparator.FindAllStringIndex(value, -1) {
		add(from, sep[0])
		from = sep[1]
	}
	add(from, len(value))
	return out
}
