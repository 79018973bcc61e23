package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/dates"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
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
	cfg := &Config{
		Dir: opts.Dir, Include: DefaultInclude, Exclude: DefaultExclude, FailLevel: checks.Warning,
		Read: read.DefaultOptions(),
		Env:  &checks.Env{Now: opts.Now, Extensions: map[string]any{}},
	}
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
	cfg := &Config{
		Path: name, Dir: filepath.Dir(name), Include: DefaultInclude, Exclude: DefaultExclude,
		FailLevel: checks.Warning, Read: read.DefaultOptions(),
		Env: &checks.Env{Now: now, Extensions: map[string]any{}},
	}
	return cfg, cfg.load(src)
}

// fileSchema is every block a configuration file may hold. Packs hold rule and archive blocks.
type fileSchema struct {
	Settings     []*settingsBlock   `hcl:"archivelint,block"`
	Rules        []*ruleHead        `hcl:"rule,block"`
	Overrides    []*overrideBlock   `hcl:"override,block"`
	Collections  []*collectionBlock `hcl:"collection,block"`
	TextLayouts  []*textLayoutBlock `hcl:"text_layout,block"`
	Vocabularies []*Vocabulary      `hcl:"vocabulary,block"`
	Ignores      []*ignoreBlock     `hcl:"ignore,block"`
}

type settingsBlock struct {
	Packs          *[]string `hcl:"packs,optional"`
	PacksRange     hcl.Range `hcl:"packs,attr_value_range"`
	Include        []string  `hcl:"include,optional"`
	Exclude        []string  `hcl:"exclude,optional"`
	FailLevel      *string   `hcl:"fail_level,optional"`
	FailLevelRange hcl.Range `hcl:"fail_level,attr_value_range"`
	DefRange       hcl.Range `hcl:",def_range"`
}

// ruleHead is a rule block's labels; the body is decoded once the kind is known, so that an
// unknown kind is the first thing said about it.
type ruleHead struct {
	Kind      string    `hcl:"kind,label"`
	Name      string    `hcl:"name,label"`
	Body      hcl.Body  `hcl:",remain"`
	KindRange hcl.Range `hcl:"kind,label_range"`
	NameRange hcl.Range `hcl:"name,label_range"`
	DefRange  hcl.Range `hcl:",def_range"`
}

// ruleBlock is the attributes every rule has; the rest of the body belongs to the kind.
type ruleBlock struct {
	Category      string         `hcl:"category"`
	Severity      *string        `hcl:"severity,optional"`
	Description   string         `hcl:"description,optional"`
	Message       hcl.Expression `hcl:"message,optional"`
	In            []string       `hcl:"in,optional"`
	Formats       []string       `hcl:"formats,optional"`
	Files         []string       `hcl:"files,optional"`
	Enabled       *bool          `hcl:"enabled,optional"`
	Ignorable     *bool          `hcl:"ignorable,optional"`
	When          hcl.Expression `hcl:"when,optional"`
	Body          hcl.Body       `hcl:",remain"`
	CategoryRange hcl.Range      `hcl:"category,attr_value_range"`
	SeverityRange hcl.Range      `hcl:"severity,attr_value_range"`
	InRange       hcl.Range      `hcl:"in,attr_value_range"`
	FormatsRange  hcl.Range      `hcl:"formats,attr_value_range"`
}

type overrideBlock struct {
	Name          string    `hcl:"name,label"`
	Severity      *string   `hcl:"severity,optional"`
	Enabled       *bool     `hcl:"enabled,optional"`
	Files         []string  `hcl:"files,optional"`
	Ignorable     *bool     `hcl:"ignorable,optional"`
	NameRange     hcl.Range `hcl:"name,label_range"`
	SeverityRange hcl.Range `hcl:"severity,attr_value_range"`
}

// Collection is what a project says about its collection.
type Collection struct {
	// DateRange is the span of the collection's documents, as "YYYY", "YYYY-MM" or
	// "YYYY-MM-DD" bounds; empty when not declared.
	DateRange []string `hcl:"date_range,optional"`
	// SlashDates says how to read 10/11/1956: "mdy", "dmy", or "" (ambiguous ones are not read).
	SlashDates string    `hcl:"slash_dates,optional"`
	DefRange   hcl.Range `hcl:",def_range"`
}

type collectionBlock = Collection

// dates turns the collection block into what date rules use, with a diagnostic for a bound
// that is not a date.
func (c Collection) dates() (checks.DateCollection, hcl.Diagnostics) {
	var dc checks.DateCollection
	var diags hcl.Diagnostics
	switch strings.ToLower(c.SlashDates) {
	case "":
	case "dmy", "day-first":
		dc.SlashOrder = dates.OrderDayFirst
	case "mdy", "month-first":
		dc.SlashOrder = dates.OrderMonthFirst
	default:
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown date order",
			Detail:  fmt.Sprintf("slash_dates is %q; use \"dmy\" (10/11/1956 is 10 November) or \"mdy\" (it is October 11).", c.SlashDates),
			Subject: c.DefRange.Ptr()})
	}
	if len(c.DateRange) == 0 {
		return dc, diags
	}
	if len(c.DateRange) != 2 {
		return dc, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid date range",
			Detail: "date_range is two dates, the first and the last: [\"1945\", \"1991-12-31\"].", Subject: c.DefRange.Ptr()})
	}
	from, ok1 := boundDay(c.DateRange[0], false)
	to, ok2 := boundDay(c.DateRange[1], true)
	if !ok1 || !ok2 || from > to {
		return dc, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid date range",
			Detail:  fmt.Sprintf("%q to %q is not a range of dates written YYYY, YYYY-MM or YYYY-MM-DD, first to last.", c.DateRange[0], c.DateRange[1]),
			Subject: c.DefRange.Ptr()})
	}
	dc.From, dc.To = from, to
	return dc, diags
}

// boundDay reads YYYY, YYYY-MM or YYYY-MM-DD as the day number of its first day, or its last
// when last is set.
func boundDay(s string, last bool) (int, bool) {
	var y, m, d int
	switch n, _ := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); {
	case n == 1 && len(s) == 4:
		m, d = 1, 1
		if last {
			m, d = 12, 31
		}
	case n == 2 && len(s) == 7:
		d = 1
		if last {
			d = dates.DaysIn(y, m)
		}
	case n == 3 && len(s) == 10:
	default:
		return 0, false
	}
	if !dates.ValidDate(y, m, d) {
		return 0, false
	}
	return dates.JDN(y, m, d), true
}

type textLayoutBlock struct {
	MetadataHeadings []string          `hcl:"metadata_headings,optional"`
	Labels           map[string]string `hcl:"labels,optional"`
}

// A Vocabulary is a project word list: words (and files of words, one a line) to accept as
// correct and to reject as errors.
type Vocabulary struct {
	Name     string    `hcl:"name,label"`
	Accept   []string  `hcl:"accept,optional"`       // words or regexes
	Reject   []string  `hcl:"reject,optional"`       // words or regexes
	Files    []string  `hcl:"accept_files,optional"` // files of accepted words, relative to the config
	Rejects  []string  `hcl:"reject_files,optional"` // files of rejected words
	DefRange hcl.Range `hcl:",def_range"`
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

// vocabularyLists hands the vocabulary blocks to the kinds, with file paths made absolute
// against the configuration's directory.
func (c *Config) vocabularyLists() []checks.VocabularyList {
	abs := func(files []string) []string {
		out := make([]string, len(files))
		for i, f := range files {
			if filepath.IsAbs(f) {
				out[i] = f
			} else {
				out[i] = filepath.Join(c.Dir, f)
			}
		}
		return out
	}
	var out []checks.VocabularyList
	for _, v := range c.Vocabularies {
		out = append(out, checks.VocabularyList{Name: v.Name, Accept: v.Accept, Reject: v.Reject,
			AcceptFiles: abs(v.Files), RejectFiles: abs(v.Rejects), DefRange: v.DefRange})
	}
	return out
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
				if !contains(PackNames(), p) {
					diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown pack",
						Detail:  fmt.Sprintf("There is no built-in pack named %q.%s The packs are: %s.", p, didYouMean(p, PackNames()), quotedList(PackNames())),
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

func severityDiag(given string, rng hcl.Range, allowOff bool) *hcl.Diagnostic {
	names := checks.SeverityNames()
	if !allowOff {
		names = names[1:]
	}
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown severity",
		Detail:  fmt.Sprintf("%q is not a severity.%s Use one of %s.", given, didYouMean(given, names), quotedList(names)),
		Subject: rng.Ptr()}
}

// buildRule validates the common attributes and hands the rest of the body to the kind.
func (c *Config) buildRule(pack string, head *ruleHead, eval *hcl.EvalContext) (*checks.Rule, hcl.Diagnostics) {
	kind := checks.Lookup(head.Kind)
	if kind == nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unknown check kind",
			Detail: fmt.Sprintf("There is no check kind named %q.%s The kinds are: %s.",
				head.Kind, didYouMean(head.Kind, checks.KindNames()), quotedList(checks.KindNames())),
			Subject: head.KindRange.Ptr()}}
	}
	var rb ruleBlock
	diags := gohcl.DecodeBody(head.Body, eval, &rb)
	if diags.HasErrors() {
		return nil, diags
	}
	r := &checks.Rule{
		Name: head.Name, Kind: kind, Pack: pack, Category: rb.Category, Severity: checks.Warning,
		Description: rb.Description, In: rb.In, Formats: rb.Formats, Files: rb.Files,
		Ignorable: true, DefRange: head.DefRange, Eval: eval,
	}
	if head.Name == "" || strings.ContainsAny(head.Name, " \t\n") {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid rule name",
			Detail: "A rule name is a non-empty word such as \"artifact.skip-link\" (category, dot, name).", Subject: head.NameRange.Ptr()})
	}
	if r.Description == "" {
		r.Description = kind.Title()
	}
	if rb.Category == "" || strings.ToLower(rb.Category) != rb.Category || strings.ContainsAny(rb.Category, " \t") {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid category",
			Detail:  fmt.Sprintf("A category is a lower-case word; the usual ones are %s.%s", quotedList(checks.Categories), didYouMean(rb.Category, checks.Categories)),
			Subject: rb.CategoryRange.Ptr()})
	}
	if rb.Severity != nil {
		sev, ok := checks.ParseSeverity(*rb.Severity)
		if !ok {
			diags = append(diags, severityDiag(*rb.Severity, rb.SeverityRange, true))
		}
		r.Severity = sev
	}
	if rb.Enabled != nil && !*rb.Enabled {
		r.Severity = checks.Off
	}
	if rb.Ignorable != nil {
		r.Ignorable = *rb.Ignorable
	}
	diags = append(diags, checkScopes(rb.In, rb.InRange)...)
	for _, f := range rb.Formats {
		formats := []string{checks.FormatText, checks.FormatMarkdown, checks.FormatTEI}
		if !contains(formats, f) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown format",
				Detail:  fmt.Sprintf("%q is not a document format.%s The formats are %s.", f, didYouMean(f, formats), quotedList(formats)),
				Subject: rb.FormatsRange.Ptr()})
		}
	}
	if when, d := whenCondition(rb.When); d.HasErrors() {
		diags = append(diags, d...)
	} else {
		r.When = when
	}
	if msg, d := messageTemplate(rb.Message, kind); d.HasErrors() {
		diags = append(diags, d...)
	} else {
		r.Message = msg
	}
	if diags.HasErrors() {
		return nil, diags
	}
	check, d := kind.Build(rb.Body, &checks.Build{Rule: r, Eval: eval, Env: c.Env})
	diags = append(diags, d...)
	if d.HasErrors() {
		return nil, diags
	}
	r.Check = check
	return r, diags
}

// messageTemplate keeps a message expression, after checking that it names only variables
// the kind provides.
func messageTemplate(expr hcl.Expression, kind *checks.Kind) (hcl.Expression, hcl.Diagnostics) {
	if expr == nil {
		return nil, nil
	}
	vars := expr.Variables()
	if len(vars) == 0 {
		v, d := expr.Value(NewEvalContext())
		if d.HasErrors() {
			return nil, d
		}
		if v.IsNull() {
			return nil, nil // not set
		}
		if v.Type() != cty.String {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid message",
				Detail: "A message is a string, e.g. \"\\\"${match}\\\" is navigation text\".", Subject: expr.Range().Ptr()}}
		}
	}
	allowed := append([]string{"match", "suggestion", "default_message"}, kind.Vars...)
	var diags hcl.Diagnostics
	for _, tr := range vars {
		name := tr.RootName()
		if !contains(allowed, name) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown variable",
				Detail: fmt.Sprintf("A %q rule's message cannot use %q.%s The variables are: %s.",
					kind.Name, name, didYouMean(name, allowed), quotedList(allowed)),
				Subject: tr.SourceRange().Ptr()})
		}
	}
	return expr, diags
}

// whenCondition keeps a `when` expression after checking its variables.
func whenCondition(expr hcl.Expression) (hcl.Expression, hcl.Diagnostics) {
	if expr == nil {
		return nil, nil
	}
	vars := expr.Variables()
	if len(vars) == 0 {
		v, d := expr.Value(NewEvalContext())
		if d.HasErrors() || v.IsNull() {
			return nil, d
		}
	}
	var diags hcl.Diagnostics
	for _, tr := range vars {
		if name := tr.RootName(); !contains(checks.WhenVars, name) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown variable",
				Detail: fmt.Sprintf("A rule's when cannot use %q.%s It sees %s: document.format, document.in_volume, "+
					"document.id, document.path, and field.NAME for each metadata field (e.g. field.language).",
					name, didYouMean(name, checks.WhenVars), quotedList(checks.WhenVars)),
				Subject: tr.SourceRange().Ptr()})
		}
	}
	return expr, diags
}

// checkScopes validates `in`.
func checkScopes(in []string, rng hcl.Range) hcl.Diagnostics {
	var diags hcl.Diagnostics
	known := append(append([]string{}, checks.Scopes...), checks.BlockKinds...)
	for _, s := range in {
		if contains(known, s) || strings.HasPrefix(s, "field:") && len(s) > len("field:") {
			continue
		}
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown scope",
			Detail: fmt.Sprintf("%q is not a place a rule can look.%s Use \"field:NAME\" for one metadata field, or one of %s.",
				s, didYouMean(s, known), quotedList(known)),
			Subject: rng.Ptr()})
	}
	return diags
}

// applyOverrides changes built-in rules' severity, files and ignorability.
func (c *Config) applyOverrides(overrides []*overrideBlock, byName map[string]*ruleHead) hcl.Diagnostics {
	var diags hcl.Diagnostics
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	for _, o := range overrides {
		if _, ok := byName[o.Name]; !ok {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown rule",
				Detail:  fmt.Sprintf("There is no rule named %q.%s `archivelint rules` lists them.", o.Name, didYouMean(o.Name, names)),
				Subject: o.NameRange.Ptr()})
			continue
		}
		for _, r := range c.Rules {
			if r.Name != o.Name {
				continue
			}
			if o.Severity != nil {
				sev, ok := checks.ParseSeverity(*o.Severity)
				if !ok {
					diags = append(diags, severityDiag(*o.Severity, o.SeverityRange, true))
					continue
				}
				r.Severity = sev
			}
			if o.Enabled != nil && !*o.Enabled {
				r.Severity = checks.Off
			}
			if o.Files != nil {
				r.Files = o.Files
			}
			if o.Ignorable != nil {
				r.Ignorable = *o.Ignorable
			}
		}
	}
	kept := c.Rules[:0]
	for _, r := range c.Rules {
		if r.Severity != checks.Off {
			kept = append(kept, r)
		}
	}
	c.Rules = kept
	return diags
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}
