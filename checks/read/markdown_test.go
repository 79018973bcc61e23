package read

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFrontMatterPositionsWhateverTheLineBreaks: YAML breaks lines at "\r", NEL, LS and PS
// as well as "\n"; fields are still found where they are written (FuzzRead found a lone "\r"
// putting labels past the end of the file).
func TestFrontMatterPositionsWhateverTheLineBreaks(t *testing.T) {
	for name, brk := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r", "NEL": "\u0085", "LS": "\u2028"} {
		t.Run(name, func(t *testing.T) {
			fm := strings.Join([]string{"title: A Note", "record_id: 208807", "language: English", "uploaded:"}, brk)
			src := "---\n" + fm + "\n---\nBody.\n"
			doc := readMarkdown(newSource(src), DefaultOptions())
			require.Empty(t, doc.Problems)
			got := map[string][2]string{}
			for _, f := range doc.Fields {
				got[f.Name] = [2]string{src[f.LabelStart:f.LabelEnd], f.Value.S}
			}
			assert.Equal(t, map[string][2]string{
				"title": {"title", "A Note"}, "record_id": {"record_id", "208807"},
				"language": {"language", "English"}, "uploaded": {"uploaded", ""},
			}, got)
			lang := doc.Field("language")
			s, e := lang.Value.SourceRange(0, len(lang.Value.S))
			assert.Equal(t, "English", src[s:e])
		})
	}
}

func TestFrontMatterErrorsPointAtTheirLine(t *testing.T) {
	src := "---\na: 1\rb: 2\rbad: x: y\r\nc: 3\n---\nBody.\n"
	doc := readMarkdown(newSource(src), DefaultOptions())
	require.Len(t, doc.Problems, 1)
	p := doc.Problems[0]
	assert.Equal(t, "malformed-yaml", p.Kind)
	assert.Equal(t, "bad: x: y", src[p.Start:p.End], "on its line, which a lone \\r begins")
}

func newSource(s string) *checks.Source { return checks.NewSource("test.md", []byte(s)) }
