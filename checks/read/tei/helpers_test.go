package tei

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// teiFile wraps a header's fileDesc/profileDesc content and a body into a TEI document.
func teiFile(header, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
` + header + `
  </teiHeader>
  <text>
    <body>
` + body + `
    </body>
  </text>
</TEI>
`
}

// read parses s and checks the invariants every Text must keep.
func read(t *testing.T, s string, opts Options) (*checks.Source, []*checks.Document) {
	t.Helper()
	src := checks.NewSource("test.xml", []byte(s))
	docs := Read(src, opts)
	require.NotEmpty(t, docs)
	for _, d := range docs {
		for _, f := range d.Fields {
			assertMapped(t, src, f.Value)
			for _, a := range f.Attrs {
				assertMapped(t, src, a.Value)
			}
		}
		for _, b := range d.Blocks {
			assertMapped(t, src, b.Text)
			for _, a := range b.Attrs {
				assertMapped(t, src, a.Value)
			}
		}
	}
	return src, docs
}

// readOne parses a file that must hold one document and no problem.
func readOne(t *testing.T, s string) (*checks.Source, *checks.Document) {
	t.Helper()
	src, docs := read(t, s, Options{})
	require.Len(t, docs, 1)
	require.Empty(t, docs[0].Problems)
	return src, docs[0]
}

// assertMapped checks that every byte of the text maps into the source, in order.
func assertMapped(t *testing.T, src *checks.Source, text checks.Text) {
	t.Helper()
	if err := mappingError(src, text); err != "" {
		t.Errorf("%s in %q", err, text.S)
	}
}

// mappingError says what is wrong with the text's mapping onto the source, or "".
func mappingError(src *checks.Source, text checks.Text) string {
	last := 0
	for i := range len(text.S) {
		s, e := text.SourceRange(i, i+1)
		if s < 0 || e > len(src.Bytes) || e < s {
			return "a byte maps outside the source"
		}
		if s < last {
			return "the mapping goes backwards"
		}
		last = s
	}
	return ""
}

// rendered lists the blocks as "kind: text".
func rendered(d *checks.Document) []string {
	out := make([]string, len(d.Blocks))
	for i, b := range d.Blocks {
		out[i] = b.Kind + ": " + b.Text.S
	}
	return out
}

// fieldValues lists the fields as "name=value".
func fieldValues(d *checks.Document) []string {
	out := make([]string, len(d.Fields))
	for i, f := range d.Fields {
		out[i] = f.Name + "=" + f.Value.S
	}
	return out
}

// attrValue returns the named attribute's text, or "<none>".
func attrValue(attrs []checks.Attr, name string) string {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value.S
		}
	}
	return "<none>"
}

// posOf returns the line and column of the first occurrence of match in the text.
func posOf(t *testing.T, src *checks.Source, text checks.Text, match string) checks.Pos {
	t.Helper()
	i := strings.Index(text.S, match)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", match, text.S)
	return src.Pos(text.SourceOffset(i))
}

// sourceOf returns the source bytes the text range of match stands for.
func sourceOf(t *testing.T, src *checks.Source, text checks.Text, match string) string {
	t.Helper()
	i := strings.Index(text.S, match)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", match, text.S)
	s, e := text.SourceRange(i, i+len(match))
	return string(src.Bytes[s:e])
}

func TestMappingErrorCatchesBadTexts(t *testing.T) {
	src := checks.NewSource("x", []byte("abcdef"))
	var b checks.TextBuilder
	b.Verbatim("ef", 4)
	b.Verbatim("ab", 0)
	assert.Equal(t, "the mapping goes backwards", mappingError(src, b.Text()))
	assert.Empty(t, mappingError(src, checks.Verbatim(src, 1, 4)))
}
