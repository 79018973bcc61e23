package checks

import (
	"fmt"
	"strings"
)

// Severity orders findings; a rule configured "off" never runs.
type Severity int

// Severities, least to most severe.
const (
	Off Severity = iota
	Notice
	Warning
	Error
)

var severityNames = [...]string{"off", "notice", "warning", "error"}

func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// SeverityNames lists the names ParseSeverity accepts, least severe first.
func SeverityNames() []string { return severityNames[:] }

// ParseSeverity reads a severity name; "info" and "warn" are accepted as synonyms.
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none":
		return Off, true
	case "notice", "info":
		return Notice, true
	case "warning", "warn":
		return Warning, true
	case "error":
		return Error, true
	}
	return Off, false
}

// Categories a finding can belong to; users may add their own.
var Categories = []string{"spacing", "date", "citation", "artifact", "metadata", "encoding", "punctuation"}

// A Finding is one defect in one document, located in its source.
type Finding struct {
	Rule     string // the rule's name, e.g. "spacing.run-together"
	Kind     string // the check kind, e.g. "split_words"
	Category string
	Severity Severity
	Message  string
	// Match is the text found, as rendered; Suggestion what it should probably be.
	Match, Suggestion string

	Source     *Source
	DocID      string // the document within a volume, if any
	Start, End int    // source bytes
	// FileLevel findings concern the file or document as a whole (a missing field); they
	// still point somewhere sensible.
	FileLevel bool
	Fix       *Fix
}

// A Fix is a set of non-overlapping edits of the source that repair a finding. Only Safe
// fixes are applied unless the user opts in to the rest.
type Fix struct {
	Message string // a verb phrase: "insert a space", "delete the line"
	Safe    bool
	Edits   []Edit
}

// An Edit replaces source bytes [Start, End) with NewText.
type Edit struct {
	Start, End int
	NewText    string
}

// StartPos and EndPos locate the finding.
func (f *Finding) StartPos() Pos { return f.Source.Pos(f.Start) }

// EndPos is the position just after the finding's last byte.
func (f *Finding) EndPos() Pos { return f.Source.Pos(f.End) }

// Path is the file the finding is in.
func (f *Finding) Path() string {
	if f.Source == nil {
		return ""
	}
	return f.Source.Path
}

// Less orders findings by file, position, rule and message, the order every report uses.
func (f *Finding) Less(g *Finding) bool {
	if a, b := f.Path(), g.Path(); a != b {
		return a < b
	}
	if f.Start != g.Start {
		return f.Start < g.Start
	}
	if f.End != g.End {
		return f.End < g.End
	}
	if f.Rule != g.Rule {
		return f.Rule < g.Rule
	}
	return f.Message < g.Message
}
