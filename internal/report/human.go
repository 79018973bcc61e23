package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
)

// human shows each finding the way a compiler does: where, what, and the line with the span
// marked.
type human struct {
	w     io.Writer
	color bool
}

func newHuman(w io.Writer, opts Options) Reporter { return &human{w: w, color: opts.Color} }

const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

func (h *human) paint(code, s string) string {
	if !h.color {
		return s
	}
	return code + s + reset
}

func (h *human) File(r engine.FileResult) error {
	if r.Err != nil {
		_, err := fmt.Fprintf(h.w, "%s: %s %v\n", h.paint(bold, r.Target.Display), h.paint(red, "error:"), r.Err)
		return err
	}
	for i := range r.Findings {
		if err := h.finding(&r.Findings[i]); err != nil {
			return err
		}
	}
	for _, c := range r.Crashes {
		if _, err := fmt.Fprintf(h.w, "%s: %s %s\n", h.paint(bold, r.Target.Display), h.paint(red, "error:"), c.Message()); err != nil {
			return err
		}
	}
	return nil
}

func (h *human) finding(f *checks.Finding) error {
	start, end := f.StartPos(), f.EndPos()
	sev := f.Severity.String()
	switch f.Severity {
	case checks.Error:
		sev = h.paint(red+bold, sev)
	case checks.Warning:
		sev = h.paint(yellow+bold, sev)
	default:
		sev = h.paint(cyan, sev)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %s\n", h.paint(bold, fmt.Sprintf("%s:%d:%d:", f.Path(), start.Line, start.Column)), sev, f.Message, h.paint(dim, "["+f.Rule+"]"))
	line := f.Source.Line(start.Line)
	if line != nil && len(line) <= 1000 && utf8.Valid(line) { // the length first: a 50 MB line, validated per finding, took minutes
		text := strings.ReplaceAll(string(line), "\t", " ")
		gutter := fmt.Sprintf("%6d | ", start.Line)
		fmt.Fprintf(&b, "%s%s\n", h.paint(dim, gutter), text)
		width := 1
		if end.Line == start.Line && end.Column > start.Column {
			width = end.Column - start.Column
		} else if end.Line > start.Line {
			width = utf8.RuneCount(line) - start.Column + 1
		}
		if width < 1 {
			width = 1
		}
		fmt.Fprintf(&b, "%s%s%s\n", strings.Repeat(" ", len(gutter)), strings.Repeat(" ", start.Column-1), h.paint(red, strings.Repeat("^", width)))
	}
	if f.Suggestion != "" {
		fix := ""
		if f.Fix != nil && f.Fix.Safe {
			fix = " (archivelint fix applies it)"
		}
		fmt.Fprintf(&b, "%s suggestion: %q%s\n", strings.Repeat(" ", 7), f.Suggestion, fix)
	}
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *human) Finish(s engine.Summary) error {
	var err error
	if s.Findings == 0 {
		_, err = fmt.Fprintf(h.w, "%s: %d files, %d documents, no findings\n", h.paint(bold, "archivelint"), s.Files, s.Documents)
	} else {
		_, err = fmt.Fprintf(h.w, "\n%s: %d findings (%d errors, %d warnings, %d notices) in %d files, %d documents\n",
			h.paint(bold, "archivelint"), s.Findings, s.BySeverity[checks.Error], s.BySeverity[checks.Warning], s.BySeverity[checks.Notice], s.Files, s.Documents)
	}
	if err == nil && (s.Errors > 0 || s.Crashes > 0) {
		_, err = fmt.Fprintf(h.w, "%s: the run is incomplete: %d files not read, %d crashes (see above)\n",
			h.paint(bold, "archivelint"), s.Errors, s.Crashes)
	}
	return err
}
