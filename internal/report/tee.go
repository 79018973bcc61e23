package report

import (
	"errors"

	"github.com/archivelint/archivelint/internal/engine"
)

// Tee returns a Reporter that hands every file and the summary to each of reps, so that one
// run writes several formats (--output sarif=report.sarif --output json=findings.jsonl).
func Tee(reps ...Reporter) Reporter {
	if len(reps) == 1 {
		return reps[0]
	}
	return tee(reps)
}

type tee []Reporter

func (t tee) File(r engine.FileResult) error {
	var errs []error
	for _, rep := range t {
		errs = append(errs, rep.File(r))
	}
	return errors.Join(errs...)
}

func (t tee) Finish(s engine.Summary) error {
	var errs []error
	for _, rep := range t {
		errs = append(errs, rep.Finish(s))
	}
	return errors.Join(errs...)
}
