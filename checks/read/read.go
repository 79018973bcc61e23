package read

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read/tei"
)

// Options configure the readers.
type Options struct {
	Text TextLayout
	TEI  tei.Options
}

// DefaultOptions are the readers' settings when the configuration says nothing.
func DefaultOptions() Options {
	return Options{Text: DefaultTextLayout()}
}

// Format names the reader for a path by its extension, or "" when no reader takes it.
func Format(p string) string {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".text":
		return checks.FormatText
	case ".md", ".markdown":
		return checks.FormatMarkdown
	case ".xml", ".tei":
		return checks.FormatTEI
	}
	return ""
}

// Read reads one file. It always returns at least one document; problems are on it.
func Read(p string, b []byte, opts Options) []*checks.Document {
	src := checks.NewSource(p, b)
	format := Format(p)
	if doc := unreadable(src, format); doc != nil {
		return []*checks.Document{doc}
	}
	var docs []*checks.Document
	switch format {
	case checks.FormatMarkdown:
		docs = []*checks.Document{readMarkdown(src, opts)}
	case checks.FormatTEI:
		docs = readTEI(src, opts)
	default:
		docs = []*checks.Document{readText(src, opts.Text)}
	}
	if bad := invalidUTF8(src); len(bad) > 0 {
		docs[0].Problems = append(docs[0].Problems, bad...)
	}
	return docs
}

// Skim reads a file only as far as a corpus pass needs: the words. A TEI file is one document
// whose one block is its body's text without markup (tei.Skim, several times faster than a
// full read); other files are read whole, which is as cheap.
func Skim(p string, b []byte, opts Options) []*checks.Document {
	if Format(p) != checks.FormatTEI {
		return Read(p, b, opts)
	}
	src := checks.NewSource(p, b)
	if doc := unreadable(src, checks.FormatTEI); doc != nil {
		return []*checks.Document{doc}
	}
	var tb checks.TextBuilder
	tb.Mapped(tei.Skim(b), 0, len(b))
	return []*checks.Document{{Source: src, Format: checks.FormatTEI, End: len(b),
		Blocks: []*checks.Block{{Kind: "paragraph", Text: tb.Text()}}}}
}

// unreadable returns a document holding only a fatal problem for a file no reader should
// look into: empty, or binary.
func unreadable(src *checks.Source, format string) *checks.Document {
	b := src.Bytes
	doc := &checks.Document{Source: src, Format: format, End: len(b)}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, bomBytes))) == 0 {
		doc.Problems = []checks.Problem{{Kind: "empty-file", Category: "encoding", Severity: checks.Warning,
			Message: "the file is empty", Fatal: true}}
		return doc
	}
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		doc.Problems = []checks.Problem{{Kind: "binary-file", Category: "encoding", Severity: checks.Error,
			Message: fmt.Sprintf("the file is binary (a NUL byte at offset %d), not a transcription", i),
			Start:   i, End: i + 1, Fatal: true}}
		return doc
	}
	return nil
}

// maxUTF8Problems bounds the reports for a file in some other encoding altogether.
const maxUTF8Problems = 20

// invalidUTF8 reports each run of bytes that is not UTF-8.
func invalidUTF8(src *checks.Source) []checks.Problem {
	b := src.Bytes
	if utf8.Valid(b) {
		return nil
	}
	var out []checks.Problem
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		j := i + 1
		for j < len(b) {
			if r, n := utf8.DecodeRune(b[j:]); r != utf8.RuneError || n != 1 {
				break
			}
			j++
		}
		if len(out) == maxUTF8Problems {
			out = append(out, checks.Problem{Kind: "invalid-utf8", Category: "encoding", Severity: checks.Error,
				Start: i, End: j, Message: "more bytes that are not UTF-8 follow; is the file in another encoding (Windows-1252, Latin-1)? re-save it as UTF-8"})
			break
		}
		out = append(out, checks.Problem{Kind: "invalid-utf8", Category: "encoding", Severity: checks.Error,
			Start: i, End: j, Message: fmt.Sprintf("bytes % X are not UTF-8", b[i:j])})
		i = j
	}
	return out
}

var bomBytes = []byte{0xEF, 0xBB, 0xBF}

// skipBOM returns the offset where content starts.
func skipBOM(b []byte) int {
	if bytes.HasPrefix(b, bomBytes) {
		return len(bomBytes)
	}
	return 0
}
