package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/internal/report"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
)

// workflowFlags are the flags of lint and fix for CI, pre-publication gates and editors:
// extra outputs, baselines, shards, changed files, fix previews and the progress bar.
type workflowFlags struct {
	outputs       outputList
	baseline      string
	writeBaseline string
	changedSince  string
	shard         string
	diff          bool
	quiet         bool
}

// outputList is the repeatable --output FORMAT=FILE.
type outputList []string

func (o *outputList) String() string { return strings.Join(*o, ", ") }

func (o *outputList) Set(s string) error {
	format, path, ok := strings.Cut(s, "=")
	if !ok || path == "" {
		return fmt.Errorf("write FORMAT=FILE, e.g. sarif=archivelint.sarif")
	}
	if _, err := report.Lookup(format); err != nil {
		return err
	}
	*o = append(*o, s)
	return nil
}

func (w *workflowFlags) register(fs *flag.FlagSet, fix bool) {
	fs.Var(&w.outputs, "output", "also write the report in `FORMAT=FILE` (repeatable): --output sarif=archivelint.sarif --output json=findings.jsonl")
	fs.StringVar(&w.baseline, "baseline", "", "report only findings that are not in this baseline `file`")
	fs.StringVar(&w.writeBaseline, "write-baseline", "", "write every finding to this baseline `file` and exit 0")
	fs.StringVar(&w.changedSince, "changed-since", "", "lint only the files git reports changed since `rev` (committed, staged, unstaged or new)")
	fs.StringVar(&w.shard, "shard", "", "lint only shard `i/n` (0 <= i < n) of the files, for a run split across machines; see archivelint merge")
	fs.BoolVar(&w.quiet, "quiet", false, "no progress bar and no summary on stderr")
	if fix {
		fs.BoolVar(&w.diff, "diff", false, "print the fixes as a unified diff and change nothing (exit 1 when there is something to fix)")
	}
}

// A workflow is one run's post-processing of each file's results: suppressions, fixes,
// baselines, progress, and the counts after all of them.
type workflow struct {
	flags    *workflowFlags
	unsafe   bool
	stdout   io.Writer
	suppress *engine.Suppressor
	baseline *engine.Baseline
	record   *engine.BaselineWriter
	progress *progress
	outputs  []*os.File
	// corpus is every file the run selects before shards and changed files narrow it.
	corpus   []engine.Target
	partial  bool // some selected files are not checked: unused ignore blocks mean nothing
	findings int
	bySev    map[checks.Severity]int
	diffs    int
}

// start prepares the run and narrows the targets to the shard and the changed files.
func (w *workflowFlags) start(ctx context.Context, e *env, cfg *rules.Config, targets []engine.Target, unsafe bool) (*workflow, []engine.Target, error) {
	wf := &workflow{flags: w, unsafe: unsafe, stdout: e.stdout, suppress: engine.NewSuppressor(cfg),
		corpus: targets, bySev: map[checks.Severity]int{}}
	if w.changedSince != "" {
		changed, err := engine.ChangedSince(ctx, ".", w.changedSince)
		if err != nil {
			return nil, nil, err
		}
		targets = engine.KeepChanged(targets, changed)
		wf.partial = true
	}
	if w.shard != "" {
		s, err := engine.ParseShard(w.shard)
		if err != nil {
			return nil, nil, fmt.Errorf("--shard: %w", err)
		}
		targets = s.Keep(targets, cfg.Dir)
		wf.partial = wf.partial || s.Count > 1
	}
	if w.baseline != "" {
		bl, err := engine.ReadBaseline(w.baseline, cfg.Dir)
		if err != nil {
			return nil, nil, fmt.Errorf("--baseline: %w", err)
		}
		wf.baseline = bl
	}
	if w.writeBaseline != "" {
		wf.record = engine.NewBaselineWriter(cfg.Dir)
	}
	if !w.quiet && isTerminal(e.stderr) {
		wf.progress = newProgress(e.stderr, len(targets), isTerminal(e.stdout))
	}
	return wf, targets, nil
}

// reporter adds the --output files to the report on stdout (which --diff replaces).
func (wf *workflow) reporter(stdout report.Reporter, opts report.Options) (report.Reporter, error) {
	if wf.flags.diff {
		stdout = nil
	}
	var reps []report.Reporter
	if stdout != nil {
		reps = append(reps, stdout)
	}
	opts.Color = false
	for _, o := range wf.flags.outputs {
		format, path, _ := strings.Cut(o, "=")
		f, _ := report.Lookup(format) // checked when the flag was set
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("--output %s: %w", o, err)
			}
		}
		file, err := os.Create(path)
		if err != nil {
			return nil, fmt.Errorf("--output %s: %w", o, err)
		}
		wf.outputs = append(wf.outputs, file)
		reps = append(reps, f.New(file, opts))
	}
	return report.Tee(reps...), nil
}

// file applies suppressions, then fix (or its preview), then the baseline, to one file's
// results, and counts what is left.
func (wf *workflow) file(r engine.FileResult, fix func(engine.FileResult) engine.FileResult) engine.FileResult {
	r = wf.suppress.Apply(r)
	switch {
	case wf.flags.diff:
		if d, _ := engine.FixDiff(r, wf.unsafe); d != "" {
			wf.diffs++
			io.WriteString(wf.stdout, d)
		}
	case fix != nil:
		if fixed := fix(r); fixed.Source != r.Source { // linted again after the fixes
			r = wf.suppress.Apply(fixed)
		}
	}
	if wf.record != nil {
		wf.record.Add(r)
	}
	if wf.baseline != nil {
		r = wf.baseline.Filter(r)
	}
	for _, f := range r.Findings {
		wf.findings++
		wf.bySev[f.Severity]++
	}
	if wf.progress != nil {
		wf.progress.clearIf(len(r.Findings) > 0 || r.Err != nil)
	}
	return r
}

// fileDone advances the progress bar once the file's report is written.
func (wf *workflow) fileDone() {
	if wf.progress != nil {
		wf.progress.add()
	}
}

// finish corrects the summary to what was reported, writes the baseline, closes the
// outputs and says which ignore blocks silenced nothing.
func (wf *workflow) finish(sum *engine.Summary, log zerolog.Logger) error {
	if wf.progress != nil {
		wf.progress.finish()
	}
	sum.Findings, sum.BySeverity = wf.findings, wf.bySev
	var errs []error
	if wf.record != nil {
		if err := writeFileAtomically(wf.flags.writeBaseline, wf.record.WriteTo); err != nil {
			errs = append(errs, fmt.Errorf("--write-baseline: %w", err))
		} else {
			log.Info().Str("file", wf.flags.writeBaseline).Int("findings", wf.record.Len()).Msg("baseline written")
		}
	}
	if !wf.partial {
		for _, ig := range wf.suppress.UnusedIgnores() {
			log.Warn().Str("at", ig.DefRange.String()).Str("reason", ig.Reason).Msg("this ignore block silenced nothing; remove it")
		}
	}
	return errors.Join(errs...)
}

// close closes the output files; call it after the reporters' Finish.
func (wf *workflow) close() error {
	var errs []error
	for _, f := range wf.outputs {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}

// exitCode adjusts the run's exit code: writing a baseline accepts every finding, and a fix
// preview fails when there is something to fix.
func (wf *workflow) exitCode(code int) int {
	switch {
	case code == exitError:
		return code
	case wf.flags.diff && wf.diffs > 0:
		return exitFindings
	case wf.flags.diff, wf.record != nil:
		return exitClean
	}
	return code
}

// writeFileAtomically writes path through a temporary file and a rename.
func writeFileAtomically(path string, write func(io.Writer) (int64, error)) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
