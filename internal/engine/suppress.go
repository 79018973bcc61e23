package engine

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/rules"
)

// The rules the engine itself reports about suppressions. They are not in a pack (they are
// no check kind's), but reports list them and `explain` describes them.
const (
	RuleUnusedSuppression  = "suppression.unused"
	RuleInvalidSuppression = "suppression.invalid"
)

// SuppressionKind is the kind the suppression rules are reported under.
var SuppressionKind = &checks.Kind{Name: "suppression", Doc: `a suppression comment that silences nothing or cannot be read

In Markdown and TEI, where comments do not show, a finding can be silenced in the file:

  <!-- archivelint-disable-next-line RULE -- reason -->   the next line
  <!-- archivelint-disable RULE -- reason -->             until archivelint-enable RULE
  <!-- archivelint-enable RULE -->
  <!-- archivelint-disable-file RULE -- reason -->        the whole file

RULE is one or more rule names or globs ("spacing.*"), separated by commas; a reason after
"--" is required. XML forbids "--" inside a comment, so in TEI write the reason after a colon
instead: <!-- archivelint-disable-next-line RULE: reason -->. A comment that silences nothing is reported (suppression.unused), so that
stale suppressions do not pile up; one that cannot be read, lacks its reason, or names a rule
that is not ignorable is reported too (suppression.invalid). Rules configured
ignorable = false cannot be silenced at all. To silence findings without editing the files,
use an ignore block in .archivelint.hcl.`}

// SuppressionRules describes the suppression rules for reports and `explain`.
func SuppressionRules() []*checks.Rule {
	return []*checks.Rule{
		{Name: RuleInvalidSuppression, Kind: SuppressionKind, Category: "suppression", Severity: checks.Error,
			Description: "a suppression comment that cannot be read, has no reason, or names a rule that cannot be silenced", Ignorable: true},
		{Name: RuleUnusedSuppression, Kind: SuppressionKind, Category: "suppression", Severity: checks.Warning,
			Description: "a suppression comment that silences nothing", Ignorable: true},
	}
}

// A Suppressor drops the findings that the configuration's ignore blocks and the files'
// suppression comments silence, and reports the comments that silence nothing. It is safe
// for concurrent use.
type Suppressor struct {
	base    string // the directory ignore blocks' file globs are relative to
	ignores []*rules.Ignore
	rules   map[string]*checks.Rule

	mu   sync.Mutex
	used []bool // per ignore block, over the whole run
}

// NewSuppressor prepares the configuration's ignore blocks.
func NewSuppressor(cfg *rules.Config) *Suppressor {
	s := &Suppressor{base: cfg.Dir, ignores: cfg.Ignores, rules: map[string]*checks.Rule{}, used: make([]bool, len(cfg.Ignores))}
	for _, r := range cfg.Rules {
		s.rules[r.Name] = r
	}
	return s
}

// Apply returns r without the findings silenced, with the reports about its suppression
// comments added. A rule that is not ignorable is never silenced.
func (s *Suppressor) Apply(r FileResult) FileResult {
	if r.Source == nil {
		return r
	}
	rel := Selector{Base: s.base}.relative(r.Target.Path)
	dirs, bad := parseDirectives(r.Source, read.Format(r.Target.Path))
	kept := make([]checks.Finding, 0, len(r.Findings))
	for _, f := range r.Findings {
		if !s.ignorable(f.Rule) || !(s.byIgnoreBlock(&f, rel) || byDirective(dirs, &f)) {
			kept = append(kept, f)
		}
	}
	kept = append(kept, bad...)
	for _, d := range dirs {
		if !d.used {
			kept = append(kept, s.unused(r.Source, d))
		}
	}
	sortFindings(kept)
	r.Findings = kept
	return r
}

// UnusedIgnores returns the ignore blocks that silenced nothing so far.
func (s *Suppressor) UnusedIgnores() []*rules.Ignore {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*rules.Ignore
	for i, used := range s.used {
		if !used {
			out = append(out, s.ignores[i])
		}
	}
	return out
}

func (s *Suppressor) ignorable(rule string) bool {
	if r, ok := s.rules[rule]; ok {
		return r.Ignorable
	}
	return true // the engine's own rules
}

func (s *Suppressor) byIgnoreBlock(f *checks.Finding, rel string) bool {
	for i, ig := range s.ignores {
		if !ig.CoversRule(f.Rule) || len(ig.Files) > 0 && !matchAny(ig.Files, rel) ||
			!ig.CoversLine(f.StartPos().Line) || ig.Match != nil && !ig.Match.MatchString(f.Match) {
			continue
		}
		s.mu.Lock()
		s.used[i] = true
		s.mu.Unlock()
		return true
	}
	return false
}

func byDirective(dirs []*directive, f *checks.Finding) bool {
	if strings.HasPrefix(f.Rule, "suppression.") {
		return false // a comment does not silence what is said about comments
	}
	for _, d := range dirs {
		if d.covers(f) {
			d.used = true
			return true
		}
	}
	return false
}

func (s *Suppressor) unused(src *checks.Source, d *directive) checks.Finding {
	f := suppressionFinding(src, d.start, d.end, RuleUnusedSuppression, checks.Warning,
		fmt.Sprintf("this archivelint-%s silences no finding of %s; remove it", d.verb, d.ruleList()))
	for _, g := range d.rules {
		if r, ok := s.rules[g]; ok && !r.Ignorable {
			f.Rule, f.Severity = RuleInvalidSuppression, checks.Error
			f.Message = fmt.Sprintf("%s cannot be silenced (it is configured ignorable = false); remove the comment and fix the finding", g)
		}
	}
	return f
}

func suppressionFinding(src *checks.Source, start, end int, rule string, sev checks.Severity, msg string) checks.Finding {
	return checks.Finding{Rule: rule, Kind: SuppressionKind.Name, Category: "suppression", Severity: sev, Message: msg,
		Match: string(src.Bytes[start:end]), Source: src, Start: start, End: end}
}

// A directive is one suppression comment and what it covers, in source bytes.
type directive struct {
	verb       string   // "disable-next-line", "disable", "disable-file"
	rules      []string // globs; empty: every ignorable rule
	start, end int      // the comment
	// from and to delimit the findings it silences: those starting in [from, to).
	from, to int
	used     bool
}

func (d *directive) covers(f *checks.Finding) bool {
	return f.Start >= d.from && f.Start < d.to && rules.MatchRule(d.rules, f.Rule)
}

func (d *directive) ruleList() string {
	if len(d.rules) == 0 {
		return "any rule"
	}
	return strings.Join(d.rules, ", ")
}

// commentRE finds the suppression comments; the same syntax serves Markdown and XML. The
// reason follows "--" or, where XML forbids "--" in a comment, a colon.
var commentRE = regexp.MustCompile(`<!--\s*archivelint-([a-z-]+)((?:[^-:]|-[^-])*)(?:(?:--|:)((?:[^-]|-[^-])*))?-->`)

// parseDirectives reads the suppression comments of a Markdown or TEI source. Plain text has
// none: a comment there would be visible text. Comments that cannot be read are returned as
// findings.
func parseDirectives(src *checks.Source, format string) ([]*directive, []checks.Finding) {
	if format != checks.FormatMarkdown && format != checks.FormatTEI {
		return nil, nil
	}
	var dirs, open []*directive
	var bad []checks.Finding
	invalid := func(start, end int, msg string) {
		bad = append(bad, suppressionFinding(src, start, end, RuleInvalidSuppression, checks.Error, msg))
	}
	for _, m := range commentRE.FindAllSubmatchIndex(src.Bytes, -1) {
		start, end := m[0], m[1]
		verb := string(src.Bytes[m[2]:m[3]])
		names := splitRuleList(string(src.Bytes[m[4]:m[5]]))
		reason := ""
		if m[6] >= 0 {
			reason = strings.TrimSpace(string(src.Bytes[m[6]:m[7]]))
		}
		switch verb {
		case "disable-next-line", "disable", "disable-file":
		case "enable":
			still := open[:0]
			for _, d := range open {
				if sameRules(d.rules, names) {
					d.to = start
				} else {
					still = append(still, d)
				}
			}
			if len(still) == len(open) {
				invalid(start, end, fmt.Sprintf("archivelint-enable %s closes no archivelint-disable", strings.Join(names, ", ")))
			}
			open = still
			continue
		default:
			invalid(start, end, fmt.Sprintf("archivelint-%s is not a suppression; use archivelint-disable-next-line, -disable, -enable or -disable-file", verb))
			continue
		}
		if reason == "" {
			invalid(start, end, fmt.Sprintf("archivelint-%s needs a reason after \"--\" (or, in XML, after a colon): <!-- archivelint-%s RULE -- why the text is right -->", verb, verb))
			continue
		}
		d := &directive{verb: verb, rules: names, start: start, end: end}
		switch verb {
		case "disable-next-line":
			next := src.Pos(end).Line + 1
			d.from, d.to = src.LineStart(next), src.LineStart(next+1)
		case "disable":
			d.from, d.to = end, len(src.Bytes)+1 // past the end: a finding at the very end is covered
			open = append(open, d)
		case "disable-file":
			d.from, d.to = 0, len(src.Bytes)+1
		}
		dirs = append(dirs, d)
	}
	return dirs, bad
}

// splitRuleList reads "a.b, c.*" or "a.b c.d".
func splitRuleList(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	sort.Strings(fields)
	return fields
}

func sameRules(a, b []string) bool {
	return len(b) == 0 || strings.Join(a, ",") == strings.Join(b, ",")
}
