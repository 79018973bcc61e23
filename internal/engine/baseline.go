package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/archivelint/archivelint/checks"
)

// BaselineVersion is the format of baseline files this build reads and writes.
const BaselineVersion = 1

// A BaselineEntry is one known finding. Its identity is File and Fingerprint; Rule, Line and
// Match are there for the people who read the file.
type BaselineEntry struct {
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Line        int    `json:"line"`
	Match       string `json:"match,omitempty"`
}

type baselineFile struct {
	Version  int             `json:"version"`
	Comment  string          `json:"comment"`
	Findings []BaselineEntry `json:"findings"`
}

// Fingerprint identifies a finding independently of where in the file it is: its rule, what
// it matched and the text of the lines it is on, whitespace collapsed. Inserting or deleting
// lines elsewhere leaves it unchanged; editing its own line changes it. Of a line longer than
// 2*fingerprintWindow bytes only the bytes within fingerprintWindow of the finding count:
// hashing a whole 50 MB line for each of its findings would take hours.
func Fingerprint(f *checks.Finding) string {
	start, end := f.StartPos(), f.EndPos()
	var context []string
	for n := start.Line; n <= end.Line && n-start.Line < 20; n++ {
		line := f.Source.Line(n)
		if len(line) > 2*fingerprintWindow {
			at := f.Source.LineStart(n)
			lo := min(max(f.Start-fingerprintWindow, at), at+len(line))
			hi := min(max(f.End+fingerprintWindow, lo), at+len(line))
			line = f.Source.Bytes[lo:hi]
		}
		context = append(context, string(line))
	}
	h := sha256.New()
	for _, part := range []string{f.Rule, collapseSpace(f.Match), collapseSpace(strings.Join(context, " "))} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

const fingerprintWindow = 512

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// A Baseline is the findings a project has accepted for now: applying it leaves only the new
// ones. A finding that occurs n times in a file is baselined n times; an (n+1)th is new. It
// is safe for concurrent use.
type Baseline struct {
	base string // the directory file names are relative to
	mu   sync.Mutex
	left map[string]int // file + fingerprint -> occurrences not yet matched
}

// ReadBaseline reads a baseline file written by a BaselineWriter. File names in it are
// relative to base (the configuration's directory).
func ReadBaseline(path, base string) (*Baseline, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	var bf baselineFile
	if err := json.Unmarshal(b, &bf); err != nil {
		return nil, fmt.Errorf("%s is not a baseline file: %w", path, err)
	}
	if bf.Version != BaselineVersion {
		return nil, fmt.Errorf("%s is a baseline of version %d; this archivelint reads version %d (write it again with --write-baseline)", path, bf.Version, BaselineVersion)
	}
	bl := &Baseline{base: base, left: map[string]int{}}
	for _, e := range bf.Findings {
		bl.left[e.File+"\x00"+e.Fingerprint]++
	}
	return bl, nil
}

// Filter returns r without the findings the baseline holds.
func (b *Baseline) Filter(r FileResult) FileResult {
	if r.Source == nil || len(r.Findings) == 0 {
		return r
	}
	file := Selector{Base: b.base}.relative(r.Target.Path)
	kept := r.Findings[:0:0]
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := range r.Findings {
		key := file + "\x00" + Fingerprint(&r.Findings[i])
		if b.left[key] > 0 {
			b.left[key]--
			continue
		}
		kept = append(kept, r.Findings[i])
	}
	r.Findings = kept
	return r
}

// A BaselineWriter collects a run's findings and writes them as a baseline. It is safe for
// concurrent use.
type BaselineWriter struct {
	base    string
	mu      sync.Mutex
	entries []BaselineEntry
}

// NewBaselineWriter starts a baseline whose file names are relative to base.
func NewBaselineWriter(base string) *BaselineWriter { return &BaselineWriter{base: base} }

// Add records a file's findings.
func (w *BaselineWriter) Add(r FileResult) {
	if r.Source == nil {
		return
	}
	file := Selector{Base: w.base}.relative(r.Target.Path)
	w.mu.Lock()
	defer w.mu.Unlock()
	for i := range r.Findings {
		f := &r.Findings[i]
		w.entries = append(w.entries, BaselineEntry{File: file, Rule: f.Rule, Fingerprint: Fingerprint(f),
			Line: f.StartPos().Line, Match: f.Match})
	}
}

// Len is the number of findings recorded.
func (w *BaselineWriter) Len() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.entries)
}

// WriteTo writes the baseline as indented JSON, sorted, so that it diffs well under version
// control.
func (w *BaselineWriter) WriteTo(out io.Writer) (int64, error) {
	w.mu.Lock()
	entries := append([]BaselineEntry{}, w.entries...)
	w.mu.Unlock()
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
	b, err := json.MarshalIndent(baselineFile{Version: BaselineVersion,
		Comment:  "Findings accepted when archivelint was adopted; `archivelint lint --baseline FILE` reports only new ones. Regenerate with --write-baseline.",
		Findings: entries}, "", "  ")
	if err != nil {
		return 0, err
	}
	n, err := out.Write(append(b, '\n'))
	return int64(n), err
}
