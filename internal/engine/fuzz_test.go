package engine_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path"
	"sort"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/internal/report"
	"github.com/archivelint/archivelint/internal/seeds"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
)

// lintExts are the kinds of file FuzzLint lints its input as, by the fuzzed format number.
var lintExts = []string{".txt", ".md", ".xml"}

// FuzzLint runs every built-in rule on any bytes read as any format, the way a run does, and
// checks what must hold whatever a file holds: no check and no reader panics; every finding
// lies inside the source, is complete and in order; every fix edits inside the source; the
// fixes chosen together do not overlap, keep valid UTF-8 valid and break no file's syntax;
// suppressions, diffs and fingerprints take the result; and every report format writes it
// (the JSON one as JSON lines).
func FuzzLint(f *testing.F) {
	docs, err := seeds.Documents("../../testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, d := range docs {
		for i, ext := range lintExts {
			if path.Ext(d.Name) == ext {
				f.Add(uint8(i), d.Data)
			}
		}
	}
	f.Add(uint8(0), []byte("Skip to content\n\nXX\n\nThe draft.But the letteris teh  colour \u00e2\u20ac\u2122 3 Febuary 1921.\n"))
	f.Add(uint8(2), []byte("<TEI><teiHeader/><text><body><p>a &amp; b<lb/>c</p><!-- archivelint-disable-next-line x: y --></body></text></TEI>"))
	f.Add(uint8(1), []byte("---\ntitle: x\n---\n<!-- archivelint-disable-file * -- r -->\n# h\n\n- i\n"))

	cfg, diags := rules.LoadSource("fuzz/"+rules.FileName, nil, func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) })
	if diags.HasErrors() {
		f.Fatal(diags)
	}
	e := &engine.Engine{Config: cfg, Log: zerolog.Nop()}
	suppress := engine.NewSuppressor(cfg)
	opts := report.Options{Rules: append(append([]*checks.Rule{}, cfg.Rules...), engine.SuppressionRules()...), Config: cfg}
	f.Fuzz(func(t *testing.T, format uint8, data []byte) {
		target := engine.Target{Path: "fuzz/doc" + lintExts[int(format)%len(lintExts)], Display: "doc" + lintExts[int(format)%len(lintExts)]}
		learn(cfg, target, data)
		res := e.LintBytes(target, data)
		checkResult(t, res, data)

		edits, _ := engine.ChooseEdits(res, true)
		checkEdits(t, edits, len(data))
		if len(edits) > 0 {
			out := engine.ApplyEdits(data, edits)
			if utf8.Valid(data) && !utf8.Valid(out) {
				t.Fatalf("the fixes made valid UTF-8 invalid: %q", out)
			}
			again := e.LintBytes(target, out)
			checkResult(t, again, out)
			if !res.Unparsed && wellFormed(cfg, target, data) && !wellFormed(cfg, target, out) {
				t.Fatalf("the fixes broke the file's syntax:\n%q\n->\n%q", data, out)
			}
		}
		_, _ = engine.FixDiff(res, true)
		shown := suppress.Apply(res)
		for i := range shown.Findings {
			_ = engine.Fingerprint(&shown.Findings[i])
		}
		checkReports(t, shown, opts)
	})
}

// wellFormed reports whether the readers found the file's syntax sound: no malformed XML
// or YAML, and front matter where Markdown expects it (a fix that deletes junk after the
// closing "---" may reveal front matter that was never checked).
func wellFormed(cfg *rules.Config, t engine.Target, data []byte) bool {
	for _, d := range read.Read(t.Display, data, cfg.Read) {
		for _, p := range d.Problems {
			if p.Category == "syntax" || p.Kind == "missing-front-matter" {
				return false
			}
		}
	}
	return true
}

// learn shows the document to the rules that learn from the corpus, as a run of one file does.
func learn(cfg *rules.Config, t engine.Target, data []byte) {
	docs := read.Read(t.Display, data, cfg.Read)
	for _, r := range cfg.Rules {
		if l, ok := r.Check.(checks.Learner); ok {
			l.Forget()
			for _, d := range docs {
				if r.AppliesTo(d) {
					l.Learn(d)
				}
			}
		}
	}
}

func checkResult(t *testing.T, res engine.FileResult, data []byte) {
	t.Helper()
	for _, c := range res.Crashes {
		t.Fatalf("%s\n%s", c.Message(), c.Stack)
	}
	if res.Err != nil || res.Source == nil || !bytes.Equal(res.Source.Bytes, data) {
		t.Fatalf("the result is not about the bytes linted: %v", res.Err)
	}
	if !sort.SliceIsSorted(res.Findings, func(i, j int) bool { return res.Findings[i].Less(&res.Findings[j]) }) {
		t.Fatal("findings out of order")
	}
	for i := range res.Findings {
		fd := &res.Findings[i]
		if fd.Source != res.Source || fd.Start < 0 || fd.Start > fd.End || fd.End > len(data) {
			t.Fatalf("%s: [%d,%d) outside the source of %d bytes", fd.Rule, fd.Start, fd.End, len(data))
		}
		if fd.Rule == "" || fd.Category == "" || fd.Message == "" || fd.Severity < checks.Notice || fd.Severity > checks.Error {
			t.Fatalf("an incomplete finding: %+v", fd)
		}
		if s, e := fd.StartPos(), fd.EndPos(); e.Line < s.Line || e.Line == s.Line && e.Column < s.Column {
			t.Fatalf("%s: ends at %d:%d before it starts at %d:%d", fd.Rule, e.Line, e.Column, s.Line, s.Column)
		}
		if fd.Fix != nil {
			es := append([]checks.Edit{}, fd.Fix.Edits...)
			sort.Slice(es, func(i, j int) bool { return es[i].Start < es[j].Start })
			checkEdits(t, es, len(data))
		}
	}
}

// checkEdits checks that sorted edits lie inside n bytes and do not overlap.
func checkEdits(t *testing.T, edits []checks.Edit, n int) {
	t.Helper()
	end := 0
	for _, ed := range edits {
		if ed.Start < end || ed.Start > ed.End || ed.End > n {
			t.Fatalf("edit [%d,%d) overlaps the one before (ending at %d) or lies outside %d bytes", ed.Start, ed.End, end, n)
		}
		end = ed.End
	}
}

func checkReports(t *testing.T, res engine.FileResult, opts report.Options) {
	t.Helper()
	sum := engine.Summary{Files: 1, Findings: len(res.Findings), BySeverity: map[checks.Severity]int{}}
	for _, name := range report.FormatNames() {
		var b bytes.Buffer
		rep := report.Formats[name].New(&b, opts)
		if err := rep.File(res); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := rep.Finish(sum); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if name == "json" {
			sc := bufio.NewScanner(&b)
			sc.Buffer(nil, 1<<26)
			for sc.Scan() {
				if !json.Valid(sc.Bytes()) {
					t.Fatalf("json: not a JSON line: %q", sc.Bytes())
				}
			}
		}
	}
}
