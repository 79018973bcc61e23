package checks_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/archivelint/archivelint/bench"
	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/rules"
)

// kindsCorpus is what the kind benchmarks check: the shared FRUS volumes when they are beside
// the repository, else a generated collection of pages, letters and TEI volumes.
func kindsCorpus(b *testing.B) (files [][]byte, names []string) {
	paths, _ := filepath.Glob(filepath.Join(bench.SharedDir(), "corpus", "frus", "*.xml"))
	if len(paths) == 0 {
		var err error
		if paths, err = bench.Generate(b.TempDir(), 16<<20); err != nil {
			b.Fatal(err)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files, names = append(files, data), append(names, filepath.Base(p))
	}
	return files, names
}

// kindsSetup is what every kind benchmark starts from: the default configuration, the corpus
// and its size in bytes.
func kindsSetup(b *testing.B) (cfg *rules.Config, files [][]byte, names []string, size int64) {
	files, names = kindsCorpus(b)
	cfg, diags := rules.Load(rules.Options{Dir: b.TempDir()})
	if diags.HasErrors() {
		b.Fatal(diags.Error())
	}
	for _, f := range files {
		size += int64(len(f))
	}
	return cfg, files, names, size
}

// BenchmarkKinds runs the built-in rules of each kind over the corpus, one sub-benchmark per
// kind.
func BenchmarkKinds(b *testing.B) {
	cfg, files, names, size := kindsSetup(b)
	for _, kind := range checks.All {
		var rs []*checks.Rule
		for _, r := range cfg.Rules {
			if r.Kind == kind {
				rs = append(rs, r)
			}
		}
		if len(rs) > 0 {
			b.Run(kind.Name, func(b *testing.B) { benchmarkRules(b, cfg, rs, files, names, size) })
		}
	}
}

// BenchmarkRules is BenchmarkKinds rule by rule: which rule of a kind costs what. Rules of a
// kind that share an analysis (a document memo) each pay for it here.
func BenchmarkRules(b *testing.B) {
	cfg, files, names, size := kindsSetup(b)
	for _, r := range cfg.Rules {
		b.Run(r.Name, func(b *testing.B) { benchmarkRules(b, cfg, []*checks.Rule{r}, files, names, size) })
	}
}

// benchmarkRules runs the rules over the corpus as the engine does (format and `when` tests
// included). Documents are read afresh for every pass with the timer stopped (what a document
// memoises must be computed again); rules that learn the corpus learn it first, untimed
// (BenchmarkLearn times that).
func benchmarkRules(b *testing.B, cfg *rules.Config, rs []*checks.Rule, files [][]byte, names []string, size int64) {
	learnAll(cfg, rs, files, names)
	b.SetBytes(size)
	findings := 0
	emit := func(checks.Finding) { findings++ }
	for b.Loop() {
		for i, data := range files {
			b.StopTimer()
			docs := read.Read(names[i], data, cfg.Read)
			b.StartTimer()
			for _, d := range docs {
				for _, r := range rs {
					if r.AppliesTo(d) {
						r.Check.Run(checks.NewPass(d, r, emit))
					}
				}
			}
		}
	}
	b.ReportMetric(float64(findings)/float64(b.N), "findings/op")
}

// BenchmarkLearn is the corpus pass of the kinds that learn (missing_space's vocabulary):
// every document read and shown to one rule per learning key.
func BenchmarkLearn(b *testing.B) {
	cfg, files, names, size := kindsSetup(b)
	b.SetBytes(size)
	for b.Loop() {
		learnAll(cfg, cfg.Rules, files, names)
	}
}

// learnAll shows every document to the learners among rs, one per key, as the engine does.
func learnAll(cfg *rules.Config, rs []*checks.Rule, files [][]byte, names []string) {
	keys := map[any]bool{}
	var learners []*checks.Rule
	for _, r := range rs {
		if l, ok := r.Check.(checks.Learner); ok && !keys[l.LearnKey()] {
			keys[l.LearnKey()] = true
			l.Forget()
			learners = append(learners, r)
		}
	}
	if len(learners) == 0 {
		return
	}
	for i, data := range files {
		for _, d := range read.Read(names[i], data, cfg.Read) {
			for _, r := range learners {
				if r.AppliesTo(d) {
					r.Check.(checks.Learner).Learn(d)
				}
			}
		}
	}
}
