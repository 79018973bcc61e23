package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks"
	"go.yaml.in/yaml/v3"
)

// fieldAliases maps front-matter keys that name the same thing differently.
var fieldAliases = map[string]string{
	"record": "record_id", "id": "record_id", "recordid": "record_id",
	"upload_date": "uploaded", "uploaded_date": "uploaded", "original_uploaded_date": "uploaded",
	"languages": "language", "lang": "language", "translated_by": "translator",
}

func canonicalKey(key string) string {
	n := checks.CanonicalName(key)
	if a, ok := fieldAliases[n]; ok {
		return a
	}
	return n
}

func readMarkdown(src *checks.Source, opts Options) *checks.Document {
	b := src.Bytes
	doc := &checks.Document{Source: src, Format: checks.FormatMarkdown, End: len(b)}
	bodyStart := skipBOM(b)
	if fmStart, fmEnd, after, ok := frontMatter(b, bodyStart); ok {
		doc.HeaderStart, doc.HeaderEnd = bodyStart, after
		readFrontMatter(doc, fmStart, fmEnd)
		bodyStart = after
	} else {
		doc.HeaderStart, doc.HeaderEnd = bodyStart, bodyStart
		doc.Problems = append(doc.Problems, checks.Problem{Kind: "missing-front-matter", Category: "metadata",
			Severity: checks.Warning, Start: bodyStart, End: bodyStart,
			Message: "the file has no YAML front matter (a block between two \"---\" lines at its top)"})
	}
	readMarkdownBody(doc, bodyStart)
	return doc
}

// frontMatter finds "---\n...\n---" at the top: the YAML's bounds and where the body starts.
func frontMatter(b []byte, at int) (start, end, after int, ok bool) {
	first, next := lineAt(b, at)
	if strings.TrimRight(string(first), " \t\r") != "---" {
		return 0, 0, 0, false
	}
	start = next
	for i := next; i < len(b); {
		line, n := lineAt(b, i)
		s := strings.TrimRight(string(line), " \t\r")
		if s == "---" || s == "..." {
			return start, i, n, true
		}
		i = n
	}
	return 0, 0, 0, false
}

// lineAt returns the line starting at i (without "\n") and the offset of the next line.
func lineAt(b []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(b[i:], '\n')
	if j < 0 {
		return b[i:], len(b)
	}
	return b[i : i+j], i + j + 1
}

func readFrontMatter(doc *checks.Document, start, end int) {
	src := doc.Source
	var root yaml.Node
	lines := yamlLineStarts(src.Bytes, start, end)
	if err := yaml.Unmarshal(src.Bytes[start:end], &root); err != nil {
		doc.Problems = append(doc.Problems, yamlProblem(src, lines, start, end, err))
		return
	}
	if len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		doc.Problems = append(doc.Problems, checks.Problem{Kind: "malformed-yaml", Category: "syntax", Severity: checks.Error,
			Start: start, End: end, Message: "the front matter is not a mapping of keys to values"})
		return
	}
	offset := func(n *yaml.Node) int { return nodeOffset(src.Bytes, lines, end, n.Line, n.Column) }
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		ks := offset(k)
		// A key written otherwise than its value ("a\tb" in quotes) ends with its line.
		ke := min(ks+len(k.Value), ks+lineLength(src.Bytes[ks:end]))
		f := &checks.Field{Name: canonicalKey(k.Value), Label: k.Value, LabelStart: ks, LabelEnd: ke}
		switch v.Kind {
		case yaml.ScalarNode:
			f.Value = scalarText(src, v, offset(v), f.LabelEnd)
			doc.Fields = append(doc.Fields, f)
		case yaml.SequenceNode:
			if len(v.Content) == 0 {
				f.Value = checks.Verbatim(src, f.LabelEnd, f.LabelEnd)
				doc.Fields = append(doc.Fields, f)
			}
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode {
					continue
				}
				g := *f
				g.Value = scalarText(src, item, offset(item), f.LabelEnd)
				doc.Fields = append(doc.Fields, &g)
			}
		default:
			// Nested mappings are not transcription metadata archivelint knows; keep the key
			// so that "required" rules see it.
			f.Value = checks.Verbatim(src, f.LabelEnd, f.LabelEnd)
			doc.Fields = append(doc.Fields, f)
		}
	}
}

// scalarText locates a scalar's value in the source: verbatim when the source spells it as
// parsed (plain or quoted without escapes), as a whole otherwise (block scalars, escapes).
func scalarText(src *checks.Source, v *yaml.Node, at, keyEnd int) checks.Text {
	if v.Tag == "!!null" && (v.Value == "" || v.Value == "~" || v.Value == "null") {
		// "language:" with nothing after it: an empty value right after the key.
		return checks.Verbatim(src, keyEnd+1, keyEnd+1)
	}
	b := src.Bytes
	start := at
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
	}
	if end := start + len(v.Value); end <= len(b) && string(b[start:end]) == v.Value {
		return checks.Verbatim(src, start, end)
	}
	var tb checks.TextBuilder
	lineEnd := bytes.IndexByte(b[at:], '\n')
	if lineEnd < 0 {
		lineEnd = len(b) - at
	}
	tb.Mapped(v.Value, at, at+lineEnd)
	return tb.Text()
}

// yamlLineStarts returns where each line of b[start:end] begins as the YAML parser counts
// lines: it breaks them at "\r\n", "\r", "\n", NEL, LS and PS, where a Source breaks only
// at "\n" (a lone "\r" put every later key of the front matter on the wrong line).
func yamlLineStarts(b []byte, start, end int) []int {
	starts := []int{start}
	for i := start; i < end; {
		n := yamlBreak(b[i:end])
		if n == 0 {
			i++
			continue
		}
		i += n
		starts = append(starts, i)
	}
	return starts
}

// yamlBreak is the length of the line break b starts with, or 0.
func yamlBreak(b []byte) int {
	switch {
	case bytes.HasPrefix(b, []byte("\r\n")):
		return 2
	case b[0] == '\r' || b[0] == '\n':
		return 1
	case bytes.HasPrefix(b, []byte("\u0085")):
		return 2
	case bytes.HasPrefix(b, []byte("\u2028")), bytes.HasPrefix(b, []byte("\u2029")):
		return 3
	}
	return 0
}

// lineLength is how many bytes of b come before its first line break.
func lineLength(b []byte) int {
	for i := range b {
		if yamlBreak(b[i:]) > 0 {
			return i
		}
	}
	return len(b)
}

// nodeOffset converts yaml's 1-based line and column (in characters) to a byte offset, no
// further than end.
func nodeOffset(b []byte, lines []int, end, line, col int) int {
	if line < 1 || line > len(lines) {
		return end
	}
	off := lines[line-1]
	for c := 1; c < col && off < end && yamlBreak(b[off:end]) == 0; c++ {
		_, n := utf8.DecodeRune(b[off:end])
		off += n
	}
	return off
}

// yamlProblem turns a parse error ("yaml: line 3: mapping values are not allowed...") into a
// problem on that line of the file.
func yamlProblem(src *checks.Source, lines []int, start, end int, err error) checks.Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	at := start
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		at = nodeOffset(src.Bytes, lines, end, line, 1)
		if _, rest, ok := strings.Cut(msg, ":"); ok {
			msg = strings.TrimSpace(rest)
		}
	}
	return checks.Problem{Kind: "malformed-yaml", Category: "syntax", Severity: checks.Error, Start: at, End: at + lineLength(src.Bytes[at:end]),
		Message: "the front matter is not valid YAML: " + msg}
}

// readMarkdownBody splits the body into blocks: ATX headings, paragraphs, list items, block
// quotes and footnote definitions; fenced code and HTML comments are not transcription text.
// Inline markup stays in the text (it is part of what the editor typed).
func readMarkdownBody(doc *checks.Document, from int) {
	src := doc.Source
	b := src.Bytes
	var cur *paragraph
	kind := "paragraph"
	flush := func() {
		if cur != nil {
			doc.Blocks = append(doc.Blocks, &checks.Block{Kind: kind, Text: checks.Verbatim(src, cur.start, cur.end)})
			cur = nil
		}
	}
	inFence, inComment := "", false
	for i := from; i < len(b); {
		raw, next := lineAt(b, i)
		lineEnd := i + len(raw)
		if lineEnd > i && b[lineEnd-1] == '\r' {
			lineEnd--
		}
		line := string(b[i:lineEnd])
		trimmed := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " "))
		switch {
		case inFence != "":
			if strings.HasPrefix(trimmed, inFence) {
				inFence = ""
			}
		case inComment:
			if strings.Contains(line, "-->") {
				inComment = false
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			flush()
			inFence = trimmed[:3]
		case strings.HasPrefix(trimmed, "<!--"):
			flush()
			inComment = !strings.Contains(trimmed, "-->")
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#") && indent < 4:
			flush()
			s := i + indent
			for s < lineEnd && b[s] == '#' {
				s++
			}
			for s < lineEnd && b[s] == ' ' {
				s++
			}
			doc.Blocks = append(doc.Blocks, &checks.Block{Kind: "heading", Text: checks.Verbatim(src, s, lineEnd)})
		case isListItem(trimmed) || strings.HasPrefix(trimmed, ">") || strings.HasPrefix(trimmed, "[^"):
			flush()
			kind = "item"
			if strings.HasPrefix(trimmed, ">") {
				kind = "quote"
			} else if strings.HasPrefix(trimmed, "[^") {
				kind = "note"
			}
			cur = &paragraph{i + indent, lineEnd}
		case isRule(trimmed):
			flush()
		default:
			if cur == nil {
				kind = "paragraph"
				cur = &paragraph{i + indent, lineEnd}
			} else {
				cur.end = lineEnd
			}
		}
		i = next
	}
	flush()
}

func isListItem(s string) bool {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return true
	}
	d := 0
	for d < len(s) && d < 9 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	return d > 0 && d+1 < len(s) && (s[d] == '.' || s[d] == ')') && s[d+1] == ' ' && false
}

func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' {
			return false
		}
	}
	return true
}
