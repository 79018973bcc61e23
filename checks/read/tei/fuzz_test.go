package tei

import (
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/seeds"
)

// FuzzRead: any bytes read without a panic into documents whose texts map, in order, inside
// the source and whose problems and bounds lie inside it.
func FuzzRead(f *testing.F) {
	f.Add([]byte(teiFile(fullHeader, `<div type="document"><p>Sir,</p></div>`)))
	f.Add([]byte(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>` + volumeHeader + `</teiHeader>` + volumeText + `</TEI>`))
	f.Add([]byte(teiFile("", `<p>the<hi>Anna</hi> &amp; <choice><sic>teh</sic><corr>the</corr></choice><note>n<note>m</note></note><lb/>x<![CDATA[<y>]]></p><list><item>a</item></list>`)))
	f.Add([]byte("<!DOCTYPE TEI [<!ENTITY a \"&b;\"><!ENTITY b SYSTEM \"x\">]><TEI><p>&a;&#x41;&#0;&nbsp;AT&T</p></TEI>"))
	f.Add([]byte("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"latin1\"?>\r\n<TEI>\r\n<p xml:space=\"preserve\">a  b</p><!-- c -- d --></TEI>"))
	f.Add([]byte("<TEI><text><body><p>open</div>"))
	docs, err := seeds.Files("../../../testdata", ".xml")
	if err != nil {
		f.Fatal(err)
	}
	for _, d := range docs {
		f.Add(d.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src := checks.NewSource("fuzz.xml", data)
		for _, opts := range []Options{{}, {MaxDepth: 3, KeepSpaceRuns: true}} {
			res := Parse(src, opts)
			if len(res.Documents) == 0 {
				t.Fatal("no document")
			}
			for _, d := range res.Documents {
				checkDocument(t, src, d)
			}
			for _, c := range res.Comments {
				if c.Start < 0 || c.End > len(data) || c.Start > c.End {
					t.Fatalf("comment [%d,%d) outside the source", c.Start, c.End)
				}
			}
		}
	})
}

func checkDocument(t *testing.T, src *checks.Source, d *checks.Document) {
	t.Helper()
	n := len(src.Bytes)
	inside := func(what string, s, e int) {
		if s < 0 || e > n || s > e {
			t.Fatalf("%s [%d,%d) outside the source of %d bytes", what, s, e, n)
		}
	}
	inside("document", d.Start, d.End)
	inside("header", d.HeaderStart, d.HeaderEnd)
	texts := []checks.Text{}
	for _, f := range d.Fields {
		inside("field "+f.Name, f.LabelStart, f.LabelEnd)
		texts = append(texts, f.Value)
		for _, a := range f.Attrs {
			texts = append(texts, a.Value)
		}
	}
	for _, b := range d.Blocks {
		if b.Text.S == "" {
			t.Fatalf("an empty %s block", b.Kind)
		}
		texts = append(texts, b.Text)
		for _, a := range b.Attrs {
			texts = append(texts, a.Value)
		}
	}
	for _, text := range texts {
		if err := mappingError(src, text); err != "" {
			t.Fatalf("%s in %q", err, text.S)
		}
	}
	for _, pr := range d.Problems {
		inside("problem "+pr.Kind, pr.Start, pr.End)
		if pr.Message == "" {
			t.Fatal("a problem without a message")
		}
	}
}
