package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/owenrumney/go-sarif/v2/sarif"
)

// InformationURI is where SARIF viewers send people who want to know about the tool.
const InformationURI = "https://github.com/archivelint/archivelint"

// fingerprintKey names archivelint's partial fingerprint in SARIF results: the baseline's,
// which does not change when lines move, so code scanning keeps an alert's history.
const fingerprintKey = "archivelint/v1"

// sarifReporter collects the run into one SARIF 2.1.0 log, written when the run finishes.
type sarifReporter struct {
	w         io.Writer
	run       *sarif.Run
	ruleIndex map[string]uint
	failures  []*sarif.Notification
}

func newSARIF(w io.Writer, opts Options) Reporter {
	// SARIF wants a version that starts with a number: "v1.2.0" is 1.2.0, a development
	// build 0.0.0-devel.
	version := strings.TrimPrefix(opts.Version, "v")
	if version == "" || version[0] < '0' || version[0] > '9' {
		version = strings.TrimSuffix("0.0.0-"+version, "-")
		if opts.Version == "" {
			version = "0.0.0-devel"
		}
	}
	run := sarif.NewRunWithInformationURI("archivelint", InformationURI)
	run.Tool.Driver.Version = &version
	run.ColumnKind = "unicodeCodePoints"
	s := &sarifReporter{w: w, run: run, ruleIndex: map[string]uint{}}
	rules := append([]*checks.Rule{}, opts.Rules...)
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].Name < rules[j].Name })
	for _, r := range rules {
		if _, dup := s.ruleIndex[r.Name]; dup {
			continue
		}
		s.ruleIndex[r.Name] = uint(len(run.Tool.Driver.Rules))
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ruleDescriptor(r))
	}
	return s
}

// ruleDescriptor describes a rule the way code scanning shows it: the description as title,
// the kind's documentation as help, the category as a tag.
func ruleDescriptor(r *checks.Rule) *sarif.ReportingDescriptor {
	help := fmt.Sprintf("%s\n\nRule %s (kind %s, category %s, severity %s).\n\nKind %s: %s",
		capitalize(r.Description), r.Name, r.Kind.Name, r.Category, r.Severity, r.Kind.Name, r.Kind.Doc)
	if r.Ignorable {
		help += "\n\nTo silence one finding where the text is right as it is: " +
			"<!-- archivelint-disable-next-line " + r.Name + " -- reason --> (Markdown, TEI), or an ignore block in .archivelint.hcl."
	}
	d := sarif.NewRule(r.Name).WithName(friendlyName(r.Name)).
		WithShortDescription(sarif.NewMultiformatMessageString(capitalize(r.Description))).
		WithFullDescription(sarif.NewMultiformatMessageString(capitalize(r.Description) + " (" + r.Kind.Title() + ").")).
		WithHelp(sarif.NewMultiformatMessageString(help)).
		WithDefaultConfiguration(&sarif.ReportingConfiguration{Level: sarifLevel(r.Severity)})
	props := sarif.Properties{"tags": []string{r.Category}, "category": r.Category, "kind": r.Kind.Name}
	if r.Pack != "" {
		props["pack"] = r.Pack
	}
	d.Properties = props
	return d
}

// friendlyName is the Pascal-case name SARIF viewers show beside the id:
// "artifact.skip-link" becomes "ArtifactSkipLink".
func friendlyName(rule string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(rule, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		b.WriteString(capitalize(part))
	}
	return b.String()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// sarifLevel maps a severity to SARIF's levels.
func sarifLevel(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	default:
		return "note"
	}
}

// sarifURI is a display path as a relative URI reference.
func sarifURI(p string) string { return (&url.URL{Path: p}).String() }

func (s *sarifReporter) File(r engine.FileResult) error {
	if r.Err != nil {
		s.failures = append(s.failures, fileNotification(r.Target.Display, r.Err.Error()))
		return nil
	}
	for _, c := range r.Crashes {
		s.failures = append(s.failures, fileNotification(r.Target.Display, c.Message()))
	}
	for i := range r.Findings {
		s.run.Results = append(s.run.Results, s.result(&r.Findings[i]))
	}
	return nil
}

func fileNotification(path, msg string) *sarif.Notification {
	n := sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(msg))
	n.Locations = []*sarif.Location{sarif.NewLocation().WithPhysicalLocation(
		sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(path))))}
	return n
}

func (s *sarifReporter) result(f *checks.Finding) *sarif.Result {
	start, end := f.StartPos(), f.EndPos()
	region := sarif.NewRegion().WithStartLine(start.Line).WithStartColumn(start.Column).
		WithEndLine(end.Line).WithEndColumn(end.Column).
		WithByteOffset(f.Start).WithByteLength(f.End - f.Start).
		WithSnippet(sarif.NewArtifactContent().WithText(string(f.Source.Bytes[f.Start:f.End])))
	uri := sarifURI(f.Path())
	res := sarif.NewRuleResult(f.Rule).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message)).
		WithLocations([]*sarif.Location{sarif.NewLocation().WithPhysicalLocation(
			sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)).WithRegion(region))}).
		WithPartialFingerPrints(map[string]interface{}{fingerprintKey: engine.Fingerprint(f)})
	if i, ok := s.ruleIndex[f.Rule]; ok {
		res.RuleIndex = &i
	}
	props := sarif.Properties{"category": f.Category}
	if f.Match != "" {
		props["match"] = f.Match
	}
	if f.Suggestion != "" {
		props["suggestion"] = f.Suggestion
	}
	if f.DocID != "" {
		props["document"] = f.DocID
	}
	res.Properties = props
	if f.Fix != nil && len(f.Fix.Edits) > 0 {
		var reps []*sarif.Replacement
		for _, e := range f.Fix.Edits {
			rep := sarif.NewReplacement(sarif.NewRegion().WithByteOffset(e.Start).WithByteLength(e.End - e.Start))
			rep.InsertedContent = sarif.NewArtifactContent().WithText(e.NewText)
			reps = append(reps, rep)
		}
		desc := f.Fix.Message
		if desc == "" {
			desc = "apply the suggested change"
		}
		if !f.Fix.Safe {
			desc += " (not known to be safe: archivelint fix --unsafe-fixes)"
		}
		fix := sarif.NewFix().WithDescription(sarif.NewTextMessage(desc)).
			WithArtifactChanges([]*sarif.ArtifactChange{{ArtifactLocation: *sarif.NewSimpleArtifactLocation(uri), Replacements: reps}})
		res.Fixes = []*sarif.Fix{fix}
	}
	return res
}

func (s *sarifReporter) Finish(sum engine.Summary) error {
	ok := len(s.failures) == 0 && sum.Errors == 0 && sum.Crashes == 0
	sort.SliceStable(s.failures, func(i, j int) bool { return notificationKey(s.failures[i]) < notificationKey(s.failures[j]) })
	inv := &sarif.Invocation{ExecutionSuccessful: &ok, ToolExecutionNotifications: s.failures}
	s.run.Invocations = []*sarif.Invocation{inv}
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.AddRun(s.run)
	return writeSARIF(s.w, log)
}

// writeSARIF writes the log indented, the same way for a run and for a merge, so that
// merged shards read exactly like one run.
func writeSARIF(w io.Writer, log *sarif.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // "<!-- archivelint-disable ... -->" reads better unescaped
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
