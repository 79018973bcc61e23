package engine

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
)

// An Engine lints files with a configuration.
type Engine struct {
	Config  *rules.Config
	Log     zerolog.Logger
	Workers int // 0: one per CPU
	// MaxFileSize bounds what is read into memory; a larger file is reported, not read.
	MaxFileSize int64
	// MaxFindings bounds the findings one rule reports in one document (0:
	// DefaultMaxFindings, negative: no bound); one more finding says how many were not shown.
	MaxFindings int
	// Read turns a file's bytes into documents; nil means read.Read. Tests substitute a
	// reader that fails.
	Read func(path string, b []byte, opts read.Options) []*checks.Document
	// Corpus, when set, is what rules that learn (checks.Learner) learn from instead of the
	// targets: a shard or the changed files are checked knowing the whole collection, so
	// they find what one run over everything finds.
	Corpus []Target
}

// A FileResult is everything the run says about one file.
type FileResult struct {
	Target    Target
	Source    *checks.Source // nil when the file could not be read
	Documents int
	Findings  []checks.Finding // sorted
	// Err is an I/O error: the file could not be linted at all.
	Err error
	// Crashes are checks that panicked on a document of this file: the file's results are
	// incomplete.
	Crashes []Crash
	// Unparsed is true when a reader could not fully parse the file; fix leaves it alone.
	Unparsed bool
}

// A Crash is a check (or a reader) that panicked on a file: reported once per rule and file.
type Crash struct {
	Rule, DocID string // DocID is the first document it crashed on
	Value       any
	Stack       []byte
	// Documents is how many documents of the file it crashed on.
	Documents int
}

// Summary counts a run.
type Summary struct {
	Files, Documents, Findings int
	Bytes                      int64
	BySeverity                 map[checks.Severity]int
	Errors, Crashes            int
	Elapsed                    time.Duration
}

// DefaultMaxFileSize is the largest file read when the configuration says nothing.
const DefaultMaxFileSize = 256 << 20

// Run lints the targets and calls emit once per target, in the targets' order, from one
// goroutine. Workers read and check files in parallel; at most a few results wait for their
// turn, so memory stays flat however many files there are.
func (e *Engine) Run(ctx context.Context, targets []Target, emit func(FileResult)) Summary {
	start := time.Now()
	workers := e.Workers
	if workers <= 0 {
		// One more worker than cores: files are coarse units of work (a volume is megabytes),
		// and a spare worker keeps both cores busy while the last big file finishes.
		workers = runtime.GOMAXPROCS(0) + 1
	}
	corpus := targets
	if e.Corpus != nil {
		corpus = e.Corpus
	}
	e.learn(ctx, corpus, workers)
	window := make(chan struct{}, 4*workers) // results in flight or waiting to be emitted
	jobs := make(chan int)
	done := make(chan indexed, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				done <- indexed{i, e.lintFile(targets[i])}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range targets {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()

	sum := Summary{BySeverity: map[checks.Severity]int{}}
	pending := map[int]FileResult{}
	next := 0
	for r := range done {
		pending[r.i] = r.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			sum.add(res)
			emit(res)
			<-window
		}
	}
	sum.Elapsed = time.Since(start)
	return sum
}

// learn is the corpus pass: every document of the run is shown to the rules that learn
// (checks.Learner) before any document is checked. It reads the files once more rather than
// keep them, so memory stays flat; files that cannot be read are reported by the check pass.
func (e *Engine) learn(ctx context.Context, targets []Target, workers int) {
	var learners []*checks.Rule
	keys := map[any]bool{}
	for _, r := range e.Config.Rules {
		if l, ok := r.Check.(checks.Learner); ok && !keys[l.LearnKey()] {
			keys[l.LearnKey()] = true
			learners = append(learners, r)
		}
	}
	if len(learners) == 0 {
		return
	}
	for _, r := range learners {
		r.Check.(checks.Learner).Forget()
	}
	started := time.Now()
	jobs := make(chan Target)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				b, err := e.readFile(t.Path)
				if err != nil {
					continue
				}
				rs := e.rulesFor(t, learners)
				docs, crash := e.safeReadWith(t, b, read.Skim) // the words are all it needs
				if crash != nil {
					continue // the check pass reports it
				}
				for _, d := range docs {
					if fatal(d) {
						continue
					}
					for _, r := range rs {
						if r.AppliesTo(d) {
							e.safeLearn(r, d)
						}
					}
				}
			}
		}()
	}
	for _, t := range targets {
		select {
		case jobs <- t:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
	e.Log.Debug().Int("rules", len(learners)).Int("files", len(targets)).Dur("elapsed", time.Since(started)).Msg("learned the corpus")
}

// safeLearn isolates a learner that panics: the rule then checks without what it missed.
func (e *Engine) safeLearn(r *checks.Rule, d *checks.Document) {
	defer func() {
		if v := recover(); v != nil {
			e.Log.Error().Str("rule", r.Name).Str("file", d.Source.Path).Interface("panic", v).Msg("learning crashed on this document")
		}
	}()
	r.Check.(checks.Learner).Learn(d)
}

type indexed struct {
	i   int
	res FileResult
}

func (s *Summary) add(r FileResult) {
	s.Files++
	s.Documents += r.Documents
	if r.Source != nil {
		s.Bytes += int64(len(r.Source.Bytes))
	}
	if r.Err != nil {
		s.Errors++
	}
	s.Crashes += len(r.Crashes)
	for _, f := range r.Findings {
		s.Findings++
		s.BySeverity[f.Severity]++
	}
}

// lintFile reads one file and runs every rule on each of its documents.
func (e *Engine) lintFile(t Target) FileResult {
	b, err := e.readFile(t.Path)
	if err != nil {
		return FileResult{Target: t, Err: err}
	}
	return e.LintBytes(t, b)
}

// LintBytes lints b as the content of t without reading the disk: an editor's unsaved
// buffer, standard input, a fuzzer's input. t.Path still selects the reader and the rules.
func (e *Engine) LintBytes(t Target, b []byte) FileResult {
	res := FileResult{Target: t}
	docs, crash := e.safeRead(t, b)
	if crash != nil {
		res.Source, res.Crashes, res.Unparsed = checks.NewSource(t.Display, b), e.addCrash(nil, *crash, t), true
		return res
	}
	res.Source = docs[0].Source
	res.Documents = len(docs)
	applicable := e.rulesFor(t, e.Config.Rules)
	limit := newFindingLimit(e.MaxFindings)
	for _, d := range docs {
		res.Unparsed = res.Unparsed || len(d.Problems) > 0 && unparsed(d)
		for _, r := range applicable {
			if !r.AppliesTo(d) || fatal(d) && r.Kind != checks.ProblemKind {
				continue
			}
			emit := limit.emitter(&res.Findings)
			if c := e.runRule(r, d, emit); c != nil {
				res.Crashes = e.addCrash(res.Crashes, *c, t)
			}
			res.Findings = limit.close(res.Findings)
		}
	}
	sortFindings(res.Findings)
	res.Findings = dedupe(res.Findings)
	return res
}

// rulesFor keeps the rules whose files globs take the target.
func (e *Engine) rulesFor(t Target, rs []*checks.Rule) []*checks.Rule {
	rel := Selector{Base: e.Config.Dir}.relative(t.Path)
	out := make([]*checks.Rule, 0, len(rs))
	for _, r := range rs {
		if len(r.Files) == 0 || matchAny(r.Files, rel) {
			out = append(out, r)
		}
	}
	return out
}

// runRule runs one rule on one document, turning a panic into a Crash.
func (e *Engine) runRule(r *checks.Rule, d *checks.Document, emit func(checks.Finding)) (crash *Crash) {
	defer func() {
		if v := recover(); v != nil {
			crash = &Crash{Rule: r.Name, DocID: d.ID, Value: v, Stack: debug.Stack()}
		}
	}()
	r.Check.Run(checks.NewPass(d, r, emit))
	return nil
}

// unparsed reports a document whose source a fix must not touch.
func unparsed(d *checks.Document) bool {
	for _, p := range d.Problems {
		if p.Fatal || p.Category == "syntax" || p.Kind == "invalid-utf8" {
			return true
		}
	}
	return false
}

func fatal(d *checks.Document) bool {
	for _, p := range d.Problems {
		if p.Fatal {
			return true
		}
	}
	return false
}

func (e *Engine) readFile(p string) ([]byte, error) {
	// Opening a FIFO blocks until something writes to it, and a device may never end: look
	// before opening.
	if st, err := os.Stat(p); err != nil {
		return nil, unwrapPathError(err)
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s, not a regular file: not read", fileKind(st.Mode()))
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, unwrapPathError(err)
	}
	limit := e.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("the file is %d MB, over the %d MB limit (--max-file-size)", st.Size()>>20, limit>>20)
	}
	// One allocation of the file's size and a byte more, as os.ReadFile does (io.ReadAll grows
	// its buffer by doubling: twice the file's size in garbage); a file that grew since the
	// Stat still reads, and the limit still holds.
	r := io.LimitReader(f, limit+1)
	b := make([]byte, 0, st.Size()+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, unwrapPathError(err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("the file grew over the %d MB limit while being read", limit>>20)
	}
	return b, nil
}

func sortFindings(fs []checks.Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Less(&fs[j]) })
}

// dedupe drops findings identical to their predecessor: two documents of a volume sharing a
// header, or two rules of the same name reporting the same span.
func dedupe(fs []checks.Finding) []checks.Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Rule == f.Rule && p.Start == f.Start && p.End == f.End && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
