package rules_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/internal/seeds"
	"github.com/archivelint/archivelint/rules"
	"github.com/hashicorp/hcl/v2"
)

// fuzzPage is the document the rules of a fuzzed configuration run on.
const fuzzPage = "A Note on the Treaty\n\n3 May 1921\n\nThe draft.But the colour of the letteris XX &amp; teh " +
	"RGANI, f. 5, op. 30, d. 1, l. 2.\n\nDocument Information\n\nSource\n\nFile 12.\n\nLanguage\n\nEnglish\n"

// FuzzLoadSource loads any bytes as a project configuration. Whatever they are, the loader
// returns diagnostics and never panics; every diagnostic has a summary and points, if
// anywhere, inside a file it parsed; the diagnostics render; and a configuration without
// errors has complete rules, whose project rules then run on a page without a panic and
// report inside it.
func FuzzLoadSource(f *testing.F) {
	configs, err := seeds.Files("../testdata", ".hcl")
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range configs {
		src := c.Data
		if c.Name == "rule.hcl" { // fixtures put rules alone there, without the settings
			src = append([]byte("archivelint {\n  packs = []\n}\n"), src...)
		}
		f.Add(src)
	}
	for _, p := range rules.Packs() {
		f.Add(p.Src)
	}
	for _, s := range []string{
		"", "\xff", "archivelint {", "rule \"pattern\" \"x\" { regex = \"(\" }", "rule \"pattern\" \"x\" { category = \"artifact\" regex = \"\\\\b\" message = \"${nope}\" }",
		"override \"nope\" { severity = \"loud\" }", "ignore { reason = \"\" }", "archivelint { packs = [\"nope\"] fail_level = 3 }",
		"collection { date_range = [\"1991\", \"1945\"] }", "text_layout { labels = { \"\" = \"\" } }",
		"rule \"field\" \"x\" {\n  category = \"metadata\"\n  fields = [\"language\"]\n  when = field.language == \"x\"\n  non_empty = true\n}\n",
		"rule \"pattern\" \"x\" {\n  category = \"artifact\"\n  literals = [\"\"]\n  fix = \"\"\n  safe_fix = true\n}\n",
	} {
		f.Add([]byte(s))
	}
	now := func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }
	docs := read.Read("page.txt", []byte(fuzzPage), read.DefaultOptions())
	f.Fuzz(func(t *testing.T, src []byte) {
		cfg, diags := rules.LoadSource("fuzz/.archivelint.hcl", src, now)
		if cfg == nil {
			t.Fatal("no configuration")
		}
		checkDiagnostics(t, diags, cfg.Files)
		if diags.HasErrors() {
			return
		}
		for _, r := range cfg.Rules {
			if r.Name == "" || r.Kind == nil || r.Check == nil || r.Category == "" || r.Severity < checks.Off || r.Severity > checks.Error {
				t.Fatalf("incomplete rule %+v", r)
			}
			if r.Pack != "" {
				continue // the built-in rules have their own fixtures and FuzzLint
			}
			for _, d := range docs {
				if !r.AppliesTo(d) {
					continue
				}
				r.Check.Run(checks.NewPass(d, r, func(fd checks.Finding) {
					if fd.Start < 0 || fd.Start > fd.End || fd.End > len(d.Source.Bytes) {
						t.Fatalf("rule %s reports [%d,%d) outside the page", r.Name, fd.Start, fd.End)
					}
				}))
			}
		}
	})
}

// checkDiagnostics holds diagnostics to what the renderer relies on.
func checkDiagnostics(t *testing.T, diags hcl.Diagnostics, files map[string]*hcl.File) {
	t.Helper()
	for _, d := range diags {
		if strings.TrimSpace(d.Summary) == "" {
			t.Fatalf("a diagnostic without a summary: %+v", d)
		}
		if s := d.Subject; s != nil {
			f := files[s.Filename]
			if f == nil {
				continue // a range in a file that was never parsed (a word list) has no snippet
			}
			if s.Start.Byte < 0 || s.Start.Byte > s.End.Byte || s.End.Byte > len(f.Bytes) || s.Start.Line < 1 {
				t.Fatalf("diagnostic %q points at %s, outside %s (%d bytes)", d.Summary, s, s.Filename, len(f.Bytes))
			}
		}
	}
	var b bytes.Buffer
	if err := rules.WriteDiagnostics(&b, diags, files); err != nil {
		t.Fatal(err)
	}
	if len(diags) > 0 && b.Len() == 0 {
		t.Fatal("diagnostics rendered as nothing")
	}
}
