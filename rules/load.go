package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// FileName is the project configuration file archivelint looks for.
const FileName = ".archivelint.hcl"

// A Config is what the built-in packs and a project's .archivelint.hcl say, ready to run.
type Config struct {
	Path      string // the project file; "" when there is none
	Dir       string // the directory globs are relative to: the project file's, else the start directory
	Rules     []*checks.Rule
	Include   []string // globs of files to lint
	Exclude   []string // globs of files to skip
	FailLevel checks.Severity
	Read      read.Options
	Env       *checks.Env
	// Files are the parsed HCL files by name, for rendering diagnostics with snippets.
	Files map[string]*hcl.File
	// Archives are the `archive` blocks of packs and project, in that order, for the
	// citation grammars (decoded by the citation kind).
	Archives hcl.Blocks
	// Vocabularies are the project's word lists.
	Vocabularies []*Vocabulary
	// Collection is what the project says about the collection (date range...).
	Collection Collection
	// Ignores are the project's ignore blocks: findings silenced without editing the files.
	Ignores []*Ignore
}

// Options say where to look for configuration.
type Options struct {
	ConfigPath string           // an explicit file (--config); "" to search
	Dir        string           // where the search starts; "" for the working directory
	Now        func() time.Time // the clock rules see; nil for time.Now
}

// DefaultInclude and DefaultExclude select files when the project says nothing: every
// transcription, but not the project's own notes, not hidden files (editors' lock and
// backup files, fix's temporary files) and not hidden or dependency directories.
var (
	DefaultInclude = []string{"**/*.txt", "**/*.md", "**/*.markdown", "**/*.xml"}
	DefaultExclude = []string{
		"**/README*", "**/LICENSE*", "**/LICENCE*", "**/CHANGELOG*", "**/CONTRIBUTING*",
		"**/CODE_OF_CONDUCT*", "**/.*/**", "**/.*", "**/node_modules/**", "**/vendor/**",
	}
)

// Find walks up from dir to the first directory holding .archivelint.hcl.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads the built-in packs and the project configuration.
func Load(opts Options) (*Config, hcl.Diagnostics) {
	if opts.Dir == "" {
		opts.Dir, _ = os.Getwd()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	cfg := newConfig(opts.Dir, opts.Now)
	path := opts.ConfigPath
	if path == "" {
		path = Find(opts.Dir)
	}
	var project []byte
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return cfg, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read configuration",
				Detail: fmt.Sprintf("%s.", err)}}
		}
		cfg.Path, cfg.Dir, project = displayName(opts.Dir, path), filepath.Dir(path), b
	}
	return cfg, cfg.load(project)
}

// displayName names the configuration file in diagnostics: relative to dir when under it.
func displayName(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if d, err := filepath.Abs(dir); err == nil {
		if rel, err := filepath.Rel(d, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return path
}

// LoadSource is Load with the project configuration given as bytes (tests, fixtures).
func LoadSource(name string, src []byte, now func() time.Time) (*Config, hcl.Diagnostics) {
	if now == nil {
		now = time.Now
	}
	cfg := newConfig(filepath.Dir(name), now)
	cfg.Path = name
	return cfg, cfg.load(src)
}

// newConfig is the configuration before any file is read: every default.
func newConfig(dir string, now func() time.Time) *Config {
	return &Config{
		Dir: dir, Include: DefaultInclude, Exclude: DefaultExclude, FailLevel: checks.Warning,
		Read: read.DefaultOptions(),
		Env:  &checks.Env{Now: now, Extensions: map[string]any{}},
	}
}

func (c *Config) load(project []byte) hcl.Diagnostics {
	var diags hcl.Diagnostics
	parser := hclparse.NewParser()
	eval := NewEvalContext()

	type parsed struct {
		pack   string
		schema fileSchema
	}
	var files []parsed
	// The packs are parsed at once, a goroutine each: start-up is most of the time an editor
	// waits for one page, and the citation pack alone is half the text. They are decoded in
	// order, so diagnostics come in order.
	packs := Packs()
	parsedPacks := make([]*hcl.File, len(packs))
	parseDiags := make([]hcl.Diagnostics, len(packs))
	var wg sync.WaitGroup
	for i, p := range packs {
		wg.Go(func() { parsedPacks[i], parseDiags[i] = hclsyntax.ParseConfig(p.Src, p.File, hcl.InitialPos) })
	}
	wg.Wait()
	for i, p := range packs {
		f, d := parsedPacks[i], parseDiags[i]
		parser.AddFile(p.File, f)
		diags = append(diags, d...)
		if f == nil {
			continue
		}
		var s fileSchema
		diags = append(diags, c.decodeFile(f, eval, &s)...)
		diags = append(diags, packOnly(p.File, &s)...)
		files = append(files, parsed{p.Name, s})
	}
	var local fileSchema
	if c.Path != "" {
		f, d := parser.ParseHCL(project, c.Path)
		diags = append(diags, d...)
		if f != nil {
			diags = append(diags, c.decodeFile(f, eval, &local)...)
		}
	}
	c.Files = parser.Files()
	if diags.HasErrors() {
		return diags
	}

	selected, d := c.applySettings(local.Settings)
	diags = append(diags, d...)
	for _, cb := range local.Collections {
		c.Collection = *cb
	}
	c.Env.Extensions["collection"] = c.Collection
	dc, d := c.Collection.dates()
	diags = append(diags, d...)
	c.Env.Extensions["dates.collection"] = dc
	for _, tl := range local.TextLayouts {
		if len(tl.MetadataHeadings) > 0 {
			c.Read.Text.MetadataHeadings = tl.MetadataHeadings
		}
		for label, name := range tl.Labels {
			c.Read.Text.Labels[label] = checks.CanonicalName(name)
		}
	}
	c.Vocabularies = local.Vocabularies
	c.Env.Extensions["archives"] = c.Archives
	c.Env.Extensions["vocabulary"] = c.vocabularyLists()
	c.Env.Extensions["config_dir"] = c.Dir

	byName := map[string]*ruleHead{}
	add := func(pack string, rb *ruleHead) {
		if prev, dup := byName[rb.Name]; dup {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate rule",
				Detail: fmt.Sprintf("A rule named %q is already defined at %s. Rule names are unique across the packs and the project; "+
					"to change a built-in rule use an override block: override %q { severity = \"error\" }.", rb.Name, prev.DefRange, rb.Name),
				Subject: rb.NameRange.Ptr()})
			return
		}
		byName[rb.Name] = rb
		if r, d := c.buildRule(pack, rb, eval); r != nil || d.HasErrors() {
			diags = append(diags, d...)
			if r != nil && selected[pack] {
				c.Rules = append(c.Rules, r)
			}
		}
	}
	for _, f := range files {
		for _, rb := range f.schema.Rules {
			add(f.pack, rb)
		}
	}
	selected[""] = true
	for _, rb := range local.Rules {
		add("", rb)
	}
	diags = append(diags, c.applyOverrides(local.Overrides, byName)...)
	known := make([]string, 0, len(byName))
	for n := range byName {
		known = append(known, n)
	}
	sort.Strings(known)
	diags = append(diags, c.loadIgnores(local.Ignores, known)...)
	return diags
}

// archiveSchema picks out the `archive` blocks, which the citation kind decodes itself.
var archiveSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "archive", LabelNames: []string{"name"}}}}

// decodeFile decodes one configuration file: archive blocks are kept aside (packs first,
// then the project, in the order read), the rest is decoded into s.
func (c *Config) decodeFile(f *hcl.File, eval *hcl.EvalContext, s *fileSchema) hcl.Diagnostics {
	content, rest, diags := f.Body.PartialContent(archiveSchema)
	if content != nil {
		c.Archives = append(c.Archives, content.Blocks...)
	}
	return append(diags, gohcl.DecodeBody(rest, eval, s)...)
}

// packOnly rejects project-level blocks in a built-in pack (a bug in archivelint itself).
func packOnly(file string, s *fileSchema) hcl.Diagnostics {
	if len(s.Settings)+len(s.Overrides)+len(s.Collections)+len(s.TextLayouts)+len(s.Vocabularies)+len(s.Ignores) == 0 {
		return nil
	}
	return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Project settings in a pack",
		Detail: fmt.Sprintf("%s may hold only rule and archive blocks.", file)}}
}

// applySettings reads the archivelint block and returns the set of packs to run.
func (c *Config) applySettings(blocks []*settingsBlock) (map[string]bool, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	selected := map[string]bool{}
	for _, n := range PackNames() {
		selected[n] = true
	}
	if len(blocks) > 1 {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate archivelint block",
			Detail: "Only one archivelint block is allowed; merge the two.", Subject: blocks[1].DefRange.Ptr()})
	}
	for _, s := range blocks {
		if s.Packs != nil {
			selected = map[string]bool{}
			for _, p := range *s.Packs {
				if !slices.Contains(PackNames(), p) {
					diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown pack",
						Detail:  fmt.Sprintf("There is no built-in pack named %q.%s The packs are: %s.", p, checks.DidYouMean(p, PackNames()), checks.QuotedList(PackNames())),
						Subject: s.PacksRange.Ptr()})
				}
				selected[p] = true
			}
		}
		if s.Include != nil {
			c.Include = s.Include
		}
		if s.Exclude != nil {
			c.Exclude = append(append([]string{}, DefaultExclude...), s.Exclude...)
		}
		if s.FailLevel != nil {
			sev, ok := checks.ParseSeverity(*s.FailLevel)
			if !ok || sev == checks.Off {
				diags = append(diags, severityDiag(*s.FailLevel, s.FailLevelRange, false))
			} else {
				c.FailLevel = sev
			}
		}
	}
	return selected, diags
}
