package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/rules"
)

// A Reporter receives each file's results in order, then the summary.
type Reporter interface {
	File(r engine.FileResult) error
	Finish(s engine.Summary) error
}

// Options are what every format may use.
type Options struct {
	Color bool
	// Rules are the configured rules, for formats that describe them (SARIF).
	Rules []*checks.Rule
	// Config is the loaded configuration.
	Config *rules.Config
	// Version is archivelint's, for formats that name the tool (SARIF).
	Version string
}

// A Format builds a Reporter writing to w.
type Format struct {
	Name string
	Doc  string
	New  func(w io.Writer, opts Options) Reporter
}

// Formats are the output formats, by name.
var Formats = map[string]Format{
	"human":      {"human", "file:line:col, severity, rule and message, with the source line marked (the default on a terminal)", newHuman},
	"json":       {"json", "one JSON object per finding per line (zerolog events), for programs", newJSON},
	"compact":    {"compact", "one line per finding: file:line:col: severity: message (rule)", newCompact},
	"sarif":      {"sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers", newSARIF},
	"github":     {"github", "GitHub Actions workflow commands: an annotation per finding on the pull request", newGitHub},
	"junit":      {"junit", "JUnit XML: a test suite per file, a failed test case per finding", newJUnit},
	"checkstyle": {"checkstyle", "Checkstyle XML, for CI dashboards that read it", newCheckstyle},
}

// FormatNames lists the formats, sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the named format.
func Lookup(name string) (Format, error) {
	f, ok := Formats[name]
	if !ok {
		return Format{}, fmt.Errorf("unknown format %q; the formats are %s", name, strings.Join(FormatNames(), ", "))
	}
	return f, nil
}

// compactLine is the one-line form of a finding, shared by compact output and test fixtures.
func compactLine(f *checks.Finding) string {
	p := f.StartPos()
	return fmt.Sprintf("%s:%d:%d: %s: %s (%s)", f.Path(), p.Line, p.Column, f.Severity, f.Message, f.Rule)
}

// CompactLine exposes the compact form for tests and fixtures.
func CompactLine(f *checks.Finding) string { return compactLine(f) }

type compact struct{ w io.Writer }

func newCompact(w io.Writer, _ Options) Reporter { return &compact{w} }

func (c *compact) File(r engine.FileResult) error {
	if r.Err != nil {
		_, err := fmt.Fprintf(c.w, "%s: error: %v\n", r.Target.Display, r.Err)
		return err
	}
	for i := range r.Findings {
		if _, err := fmt.Fprintln(c.w, compactLine(&r.Findings[i])); err != nil {
			return err
		}
	}
	for _, cr := range r.Crashes {
		if _, err := fmt.Fprintf(c.w, "%s: error: %s\n", r.Target.Display, cr.Message()); err != nil {
			return err
		}
	}
	return nil
}

func (c *compact) Finish(engine.Summary) error { return nil }
