package tei

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFRUS reads every shared FRUS volume: no problem, and per document the same characters as
// encoding/xml sees, only laid out in blocks (notes move after their paragraph, so the order
// differs; the characters must not).
func TestFRUS(t *testing.T) {
	files := frusVolumes(t)
	total, size := 0, 0
	var elapsed time.Duration
	for _, path := range files {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		src := checks.NewSource(filepath.Base(path), data)
		start := time.Now()
		docs := Read(src, Options{})
		elapsed += time.Since(start)
		total += len(docs)
		size += len(data)
		name := filepath.Base(path)
		t.Logf("%s: %d documents", name, len(docs))
		for _, d := range docs {
			for _, pr := range d.Problems {
				t.Errorf("%s %s: %s at %v", name, d.ID, pr.Message, src.Pos(pr.Start))
			}
			for _, name := range []string{"title", "volume_title"} {
				assert.NotNil(t, d.Field(name), "%s %s has no %s", name, d.ID, name)
			}
		}
		if testing.Short() {
			continue
		}
		want := oracleText(t, data)
		require.Len(t, docs, len(want), "%s: documents", name)
		for i, d := range docs {
			if diff := runeDiff(want[i], textBytes(d)); diff != "" {
				t.Errorf("%s %s: the rendered text differs from encoding/xml's: %s", name, d.ID, diff)
			}
		}
		d := docs[len(docs)/2]
		t.Logf("  %s: %q", d.ID, rendered(d)[:min(4, len(d.Blocks))])
	}
	t.Logf("%d documents in %d volumes, %.1f MB read in %v (%.0f MB/s)", total, len(files),
		float64(size)/1e6, elapsed.Round(time.Millisecond), float64(size)/1e6/elapsed.Seconds())
}

// textBytes is the document's blocks without XML white space: what must survive rendering.
func textBytes(d *checks.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		b.WriteString(dropSpace(bl.Text.S))
	}
	return b.String()
}

// runeDiff says which characters one text has more of than the other, or "".
func runeDiff(want, got string) string {
	count := map[rune]int{}
	for _, r := range want {
		count[r]++
	}
	for _, r := range got {
		count[r]--
	}
	var diff []string
	for r, n := range count {
		if n != 0 {
			diff = append(diff, fmt.Sprintf("%q%+d", r, -n))
		}
	}
	slices.Sort(diff)
	return strings.Join(diff, " ")
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
}

// oracleText reads the outermost document divs with encoding/xml: their character data
// without white space, leaving out what the reader does not render (del, fw).
func oracleText(t *testing.T, data []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	var cur strings.Builder
	docDepth, skipDepth, depth := 0, 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			isDoc := tok.Name.Local == "div" && xmlAttr(tok, "type") == "document"
			if docDepth == 0 && isDoc {
				docDepth = depth
				cur.Reset()
			}
			if skipDepth == 0 && (tok.Name.Local == "del" || tok.Name.Local == "fw") {
				skipDepth = depth
			}
		case xml.EndElement:
			if depth == skipDepth {
				skipDepth = 0
			}
			if depth == docDepth {
				docDepth = 0
				out = append(out, cur.String())
			}
			depth--
		case xml.CharData:
			if docDepth > 0 && skipDepth == 0 {
				cur.WriteString(dropSpace(string(tok)))
			}
		}
	}
	return out
}

func xmlAttr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// TestDevCorpus reads the shared clean development transcriptions: no problem, and the fields
// the metadata rules need.
func TestDevCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "dev", "clean", "*.xml"))
	if len(files) == 0 {
		t.Skip("no shared development corpus at " + sharedDir)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		src := checks.NewSource(filepath.Base(path), data)
		docs := Read(src, Options{})
		require.Len(t, docs, 1, path)
		d := docs[0]
		assert.Empty(t, d.Problems, path)
		for _, name := range []string{"title", "date", "language", "record_id", "uploaded"} {
			f := d.Field(name)
			if assert.NotNil(t, f, "%s: %s", path, name) {
				assert.NotEmpty(t, f.Value.S, "%s: %s", path, name)
			}
		}
		assert.True(t, d.Field("source") != nil || d.Field("repository") != nil && d.Field("idno") != nil, path)
		assert.NotEmpty(t, d.Blocks, path)
	}
}
