package eval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/archivelint/archivelint/bench"
	"github.com/archivelint/archivelint/checks/spacing"
)

// Truth is one line of a corpus's truth.jsonl.
type Truth = bench.TruthEntry

// Found is a candidate placed in its file.
type Found struct {
	File string
	Line int
	spacing.Candidate
}

// ReadTruth reads the spacing entries of a truth.jsonl.
func ReadTruth(path string) ([]Truth, error) { return bench.ReadTruth(path, "spacing") }

// Render reads a document file and renders it by its extension.
func Render(path string) (*Rendered, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".xml") {
		return TEI(string(raw)), nil
	}
	return Plain(string(raw)), nil
}

// Segments are the texts handed to Find: a TEI volume's documents one by one, any other file
// whole.
func (r *Rendered) Segments() [][2]int {
	if len(r.Docs) == 0 {
		return [][2]int{{0, len(r.Text)}}
	}
	var segs [][2]int
	bounds := append(append([]int{0}, r.Docs...), len(r.Text))
	for i := 0; i+1 < len(bounds); i++ {
		segs = append(segs, [2]int{bounds[i], bounds[i+1]})
	}
	return segs
}

// Run renders every document file in dir, learns a corpus vocabulary from all of them (as a
// linter run would) and returns the candidates with their source lines, and the number of words
// read.
func Run(paths []string) ([]Found, int, error) {
	rendered := make([]*Rendered, len(paths))
	vocab := spacing.NewVocabulary()
	var wg sync.WaitGroup
	errs := make([]error, len(paths))
	for i, p := range paths {
		wg.Go(func() {
			r, err := Render(p)
			if err != nil {
				errs[i] = err
				return
			}
			rendered[i] = r
			vocab.Learn(r.Text)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	var found []Found
	words := 0
	for i, r := range rendered {
		words += len(strings.Fields(r.Text))
		for _, seg := range r.Segments() {
			for _, c := range spacing.Find(r.Text[seg[0]:seg[1]], spacing.Options{Vocabulary: vocab}) {
				c.Start += seg[0]
				c.End += seg[0]
				c.Insert += seg[0]
				found = append(found, Found{File: filepath.Base(paths[i]), Line: r.Line(c.Start), Candidate: c})
			}
		}
	}
	return found, words, nil
}

// Documents lists the .txt, .md and .xml files of dir.
func Documents(dir string) ([]string, error) {
	var paths []string
	for _, ext := range []string{"*.txt", "*.md", "*.xml"} {
		m, err := filepath.Glob(filepath.Join(dir, ext))
		if err != nil {
			return nil, err
		}
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	return paths, nil
}

// Score matches candidates to truth entries of the same file within a line either way.
type Score struct {
	TruePositives  []Found
	FalsePositives []Found
	Missed         []Truth
}

// Compare scores found against truth.
func Compare(found []Found, truth []Truth) Score {
	var s Score
	used := make([]bool, len(found))
	for _, t := range truth {
		hit := false
		for i, f := range found {
			if !used[i] && f.File == t.File && f.Line >= t.Line-1 && f.Line <= t.Line+1 {
				used[i], hit = true, true
				s.TruePositives = append(s.TruePositives, f)
				break
			}
		}
		if !hit && !t.Optional {
			s.Missed = append(s.Missed, t)
		}
	}
	for i, f := range found {
		if !used[i] {
			s.FalsePositives = append(s.FalsePositives, f)
		}
	}
	return s
}
