package read

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/seeds"
)

// readerExts are the file names FuzzRead reads every input as: one per reader.
var readerExts = []string{".txt", ".md", ".xml"}

// FuzzRead reads any bytes as scraped text, as Markdown and as TEI, and checks what every
// reader promises whatever the input: at least one document, all on the same source; bounds,
// problems and field labels inside the source; texts that map into the source in order, whose
// editable bytes are the source's own (a fix edits exactly what a check saw); blocks of a
// one-document file in source order; the same documents when read twice.
func FuzzRead(f *testing.F) {
	docs, err := seeds.Documents("../../testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, d := range docs {
		f.Add(d.Data)
	}
	for _, s := range []string{
		"", "\xEF\xBB\xBF", "\xEF\xBB\xBF---\ntitle: x\n---\n", "---\n? [a, b]\n: c\n---\n",
		"---\n\"a\\nb\": 1\n*x: 2\n<<: {c: 3}\n---\n", "---\nlanguage:", "---\n---",
		"Title\r\n\r\n3 May 1921\r\n\r\nDocument Information\r\n\r\nSource: x\r\nLanguage:",
		"Document Information\n\nRecord ID\n\n", "\x00binary", "caf\xe9 \xff\xfe text",
		"# head\n\n```\ncode\n<!-- open\n", "<TEI><text><body><p>a</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ext := range readerExts {
			path := "fuzz" + ext
			got := Read(path, data, DefaultOptions())
			checkDocuments(t, path, data, got)
			again := Read(path, data, DefaultOptions())
			if a, b := render(got), render(again); a != b {
				t.Fatalf("%s: reading twice gave\n%s\nthen\n%s", path, a, b)
			}
		}
	})
}

func checkDocuments(t *testing.T, path string, data []byte, docs []*checks.Document) {
	t.Helper()
	if len(docs) == 0 {
		t.Fatalf("%s: no document", path)
	}
	src := docs[0].Source
	if !bytes.Equal(src.Bytes, data) {
		t.Fatalf("%s: the source is not the bytes read", path)
	}
	n := len(data)
	inside := func(what string, s, e int) {
		t.Helper()
		if s < 0 || e > n || s > e {
			t.Fatalf("%s: %s [%d,%d) outside the source of %d bytes", path, what, s, e, n)
		}
	}
	for _, d := range docs {
		if d.Source != src {
			t.Fatalf("%s: documents of one file on different sources", path)
		}
		inside("document", d.Start, d.End)
		inside("header", d.HeaderStart, d.HeaderEnd)
		for _, p := range d.Problems {
			inside("problem "+p.Kind, p.Start, p.End)
			if p.Message == "" || p.Category == "" || !slices.Contains(ProblemKinds(), p.Kind) {
				t.Fatalf("%s: problem %+v lacks a message, a category or a known kind", path, p)
			}
		}
		for _, f := range d.Fields {
			inside("label of "+f.Name, f.LabelStart, f.LabelEnd)
			checkText(t, src, "field "+f.Name, f.Value)
			for _, a := range f.Attrs {
				checkText(t, src, "attribute "+a.Name, a.Value)
			}
		}
		last := 0
		for _, b := range d.Blocks {
			if !slices.Contains(checks.BlockKinds, b.Kind) {
				t.Fatalf("%s: block kind %q is not one rules can select", path, b.Kind)
			}
			checkText(t, src, b.Kind, b.Text)
			for _, a := range b.Attrs {
				checkText(t, src, "attribute "+a.Name, a.Value)
			}
			// TEI sets notes apart from the text they annotate; the other readers keep order.
			if d.Format != checks.FormatTEI && b.Text.S != "" {
				s, e := b.Text.SourceRange(0, len(b.Text.S))
				if s < last {
					t.Fatalf("%s: %s block at %d before the end of the previous one at %d", path, b.Kind, s, last)
				}
				last = e
			}
		}
	}
}

// checkText checks a text's mapping onto the source at up to a few thousand offsets: ranges
// inside the source, going forwards, and every editable byte equal to the source byte it
// maps to, since fixes are made there.
func checkText(t *testing.T, src *checks.Source, what string, text checks.Text) {
	t.Helper()
	n, size := len(src.Bytes), len(text.S)
	step := 1
	if size > 4000 {
		step = size / 4000
	}
	last := 0
	for i := 0; i <= size; i += step {
		s, e := text.SourceRange(i, min(i+1, size))
		if s < 0 || e > n || e < s {
			t.Fatalf("%s: text byte %d maps to [%d,%d), outside the source of %d bytes", what, i, s, e, n)
		}
		if s < last {
			t.Fatalf("%s: text byte %d maps to %d, before %d: the mapping goes backwards", what, i, s, last)
		}
		last = s
		if i < size && text.Editable(i, i+1) && (e != s+1 || src.Bytes[s] != text.S[i]) {
			t.Fatalf("%s: editable text byte %d (%q) maps to source [%d,%d) %q", what, i, text.S[i], s, e, src.Bytes[s:e])
		}
		if at, ok := text.InsertionPoint(i); ok && (at < 0 || at > n) {
			t.Fatalf("%s: insertion point of text offset %d is %d, outside the source", what, i, at)
		}
	}
}

// render prints what a reader found, for comparing two reads.
func render(docs []*checks.Document) string {
	var b bytes.Buffer
	for _, d := range docs {
		fmt.Fprintf(&b, "doc %q %s [%d,%d) header [%d,%d)\n", d.ID, d.Format, d.Start, d.End, d.HeaderStart, d.HeaderEnd)
		for _, f := range d.Fields {
			s, e := f.Value.SourceRange(0, len(f.Value.S))
			fmt.Fprintf(&b, "  field %s %q [%d,%d) %q\n", f.Name, f.Label, s, e, f.Value.S)
		}
		for _, bl := range d.Blocks {
			s, e := bl.Text.SourceRange(0, len(bl.Text.S))
			fmt.Fprintf(&b, "  %s [%d,%d) %q\n", bl.Kind, s, e, bl.Text.S)
		}
		for _, p := range d.Problems {
			fmt.Fprintf(&b, "  problem %s [%d,%d) %s\n", p.Kind, p.Start, p.End, p.Message)
		}
	}
	return b.String()
}
