package read

import (
	"regexp"
	"strings"

	"github.com/archivelint/archivelint/checks"
)

// TextLayout describes a scraped web page: the heading that opens its metadata block and the
// labels of the label/value pairs under it.
type TextLayout struct {
	// MetadataHeadings are the lines that open the metadata block ("Document Information").
	MetadataHeadings []string
	// Labels maps a label as written (matched without regard to case) to a canonical field
	// name ("Original Uploaded Date" -> "uploaded").
	Labels map[string]string
}

// DefaultTextLayout is the layout of the Wilson Center Digital Archive's pages, which most
// scraped transcriptions share.
func DefaultTextLayout() TextLayout {
	return TextLayout{
		MetadataHeadings: []string{"Document Information"},
		Labels: map[string]string{
			"Source": "source", "Rights": "rights", "Original Uploaded Date": "uploaded",
			"Uploaded": "uploaded", "Language": "language", "Languages": "language",
			"Original Language": "language", "Record ID": "record_id", "Donors": "donors",
			"Original Archive": "archive", "Original Classification": "classification",
			"Translated by": "translator", "Translator": "translator", "Subjects": "subjects",
			"Keywords": "keywords", "Author": "author", "Authors": "author", "Date": "date",
			"Title": "title", "Summary": "summary", "Citation": "citation", "Type": "type",
		},
	}
}

// paragraph is a run of non-blank lines: [start, end) in the source, without the final line end.
type paragraph struct{ start, end int }

// paragraphs splits b at blank lines (only spaces, tabs and carriage returns); a line of
// no-break spaces is not blank: it is something to report.
func paragraphs(b []byte, from int) []paragraph {
	var out []paragraph
	cur := paragraph{-1, -1}
	for i := from; i < len(b); {
		j := i
		for j < len(b) && b[j] != '\n' {
			j++
		}
		end := j
		if end > i && b[end-1] == '\r' {
			end--
		}
		blank := true
		for _, c := range b[i:end] {
			if c != ' ' && c != '\t' {
				blank = false
				break
			}
		}
		if blank {
			if cur.start >= 0 {
				out = append(out, cur)
				cur = paragraph{-1, -1}
			}
		} else {
			if cur.start < 0 {
				cur.start = i
			}
			cur.end = end
		}
		i = j + 1
	}
	if cur.start >= 0 {
		out = append(out, cur)
	}
	return out
}

// dateLine matches a line that is a date and nothing else, as scraped pages put under the title.
var dateLine = regexp.MustCompile(`^(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{3,4}` +
	`|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{3,4}` +
	`|\d{1,2}\.\s?(?:[ivx]+|\d{1,2})\.\s?\d{2,4}` +
	`|\d{4}-\d{2}-\d{2}` +
	`|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}` +
	`|\d{4}))\.?$`)

func readText(src *checks.Source, layout TextLayout) *checks.Document {
	b := src.Bytes
	doc := &checks.Document{Source: src, Format: checks.FormatText, Start: 0, End: len(b), HeaderStart: len(b), HeaderEnd: len(b)}
	paras := paragraphs(b, skipBOM(b))
	text := func(p paragraph) string { return string(b[p.start:p.end]) }

	meta := len(paras)
	for i, p := range paras {
		if isOneOf(text(p), layout.MetadataHeadings) {
			meta = i
			doc.HeaderStart, doc.HeaderEnd = p.start, len(b)
			break
		}
	}
	body := paras[:meta]
	title, date := headerLines(body, text)
	for i, p := range body {
		switch i {
		case title:
			doc.Fields = append(doc.Fields, lineField(src, "title", p))
		case date:
			doc.Fields = append(doc.Fields, lineField(src, "date", p))
		default:
			doc.Blocks = append(doc.Blocks, &checks.Block{Kind: "paragraph", Text: checks.Verbatim(src, p.start, p.end)})
		}
	}
	if meta < len(paras) {
		doc.Blocks = append(doc.Blocks, &checks.Block{Kind: "heading", Text: checks.Verbatim(src, paras[meta].start, paras[meta].end)})
		readMetadata(doc, paras[meta+1:], layout)
	}
	return doc
}

// headerLines picks the title and the date line among the first paragraphs: the date is a
// short paragraph that is only a date; the title the longest one-line paragraph before it or
// right after it (scraped pages put navigation text first, then date and title in either order).
func headerLines(body []paragraph, text func(paragraph) string) (title, date int) {
	title, date = -1, -1
	for i := 0; i < len(body) && i < 4; i++ {
		if s := strings.TrimSpace(text(body[i])); len(s) <= 60 && dateLine.MatchString(s) {
			date = i
			break
		}
	}
	candidates := []int{}
	if date < 0 {
		candidates = append(candidates, 0)
	} else {
		for i := 0; i < date; i++ {
			candidates = append(candidates, i)
		}
		candidates = append(candidates, date+1)
	}
	best := 0
	for _, i := range candidates {
		if i >= len(body) {
			continue
		}
		s := strings.TrimSpace(text(body[i]))
		// A title is one line, not too long, and not a sentence: the first paragraph of the
		// body ends with a full stop, a title does not.
		if strings.Contains(s, "\n") || len(s) > 400 || strings.HasSuffix(s, ".") && len(candidates) > 1 {
			continue
		}
		if len(s) > best {
			best, title = len(s), i
		}
	}
	return title, date
}

func lineField(src *checks.Source, name string, p paragraph) *checks.Field {
	return &checks.Field{Name: name, Label: name, LabelStart: p.start, LabelEnd: p.end, Value: checks.Verbatim(src, p.start, p.end)}
}

// readMetadata reads label/value pairs: a paragraph that is a known label opens a field (its
// value may follow on the same line after a colon); the paragraphs up to the next label are
// its value.
func readMetadata(doc *checks.Document, paras []paragraph, layout TextLayout) {
	src := doc.Source
	b := src.Bytes
	var cur *checks.Field
	var valueStart, valueEnd int
	flush := func() {
		if cur == nil {
			return
		}
		cur.Value = checks.Verbatim(src, valueStart, valueEnd)
		doc.Fields = append(doc.Fields, cur)
		cur = nil
	}
	for _, p := range paras {
		line := string(b[p.start:p.end])
		if name, label, rest, ok := matchLabel(line, layout.Labels); ok {
			flush()
			cur = &checks.Field{Name: name, Label: label, LabelStart: p.start, LabelEnd: p.start + len(label)}
			valueStart, valueEnd = p.end, p.end
			if rest >= 0 {
				valueStart = p.start + rest
			}
			continue
		}
		if cur == nil {
			doc.Blocks = append(doc.Blocks, &checks.Block{Kind: "paragraph", Text: checks.Verbatim(src, p.start, p.end)})
			continue
		}
		if valueStart == valueEnd {
			valueStart = p.start
		}
		valueEnd = p.end
	}
	flush()
}

// matchLabel recognises "Label" or "Label: value". rest is the offset of the value in line,
// or -1 when the line is the label alone.
func matchLabel(line string, labels map[string]string) (name, label string, rest int, ok bool) {
	trimmed := strings.TrimRight(line, " \t\u00a0")
	for l, n := range labels {
		if len(trimmed) < len(l) || !strings.EqualFold(trimmed[:len(l)], l) {
			continue
		}
		tail := trimmed[len(l):]
		switch {
		case tail == "" || tail == ":":
			return n, trimmed[:len(l)], -1, true
		case tail[0] == ':':
			v := len(l) + 1
			for v < len(line) && (line[v] == ' ' || line[v] == '\t') {
				v++
			}
			return n, trimmed[:len(l)], v, true
		}
	}
	return "", "", -1, false
}

func isOneOf(s string, list []string) bool {
	s = strings.TrimSpace(s)
	for _, l := range list {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}
