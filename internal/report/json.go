package report

import (
	"fmt"
	"io"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/rs/zerolog"
)

// jsonReporter writes each finding as one zerolog event: a JSON object on a line of its own.
type jsonReporter struct{ log zerolog.Logger }

func newJSON(w io.Writer, _ Options) Reporter {
	return &jsonReporter{log: zerolog.New(w)}
}

// Level maps a severity to the zerolog level its events carry.
func Level(s checks.Severity) zerolog.Level {
	switch s {
	case checks.Error:
		return zerolog.ErrorLevel
	case checks.Warning:
		return zerolog.WarnLevel
	default:
		return zerolog.InfoLevel
	}
}

func (j *jsonReporter) File(r engine.FileResult) error {
	if r.Err != nil {
		j.log.WithLevel(zerolog.ErrorLevel).Str("file", r.Target.Display).Str("error", r.Err.Error()).Msg("file not linted")
		return nil
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		start, end := f.StartPos(), f.EndPos()
		ev := j.log.WithLevel(Level(f.Severity)).
			Str("rule", f.Rule).Str("category", f.Category).Str("file", f.Path())
		if f.DocID != "" {
			ev = ev.Str("doc", f.DocID)
		}
		ev = ev.Int("line", start.Line).Int("column", start.Column).
			Int("end_line", end.Line).Int("end_column", end.Column).
			Int("offset", f.Start).Int("end_offset", f.End).
			Str("match", f.Match)
		if f.Suggestion != "" {
			ev = ev.Str("suggestion", f.Suggestion)
		}
		if f.Fix != nil {
			ev = ev.Bool("fixable", true).Bool("safe_fix", f.Fix.Safe)
		}
		ev.Msg(f.Message)
	}
	// A crash is a record of its own: it has a rule but no category and no position, so that
	// programs counting findings do not take it for one.
	for _, c := range r.Crashes {
		ev := j.log.WithLevel(zerolog.ErrorLevel).Str("file", r.Target.Display).Str("rule", c.Rule)
		if c.DocID != "" {
			ev = ev.Str("doc", c.DocID)
		}
		ev.Str("panic", fmt.Sprint(c.Value)).Msg(c.Message())
	}
	return nil
}

func (j *jsonReporter) Finish(engine.Summary) error { return nil }
