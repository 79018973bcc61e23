package tei

import "bytes"

// Skim returns the text of a TEI file's body as words to count, much faster than Read: markup
// is dropped, a block-level element or a note stands for a space, inline markup for nothing
// (so "the<hi>Anna</hi>" reads "theAnna", as Read renders it), and the header, comments and
// processing instructions are skipped. Nothing maps back to the source and nothing is checked:
// it serves a corpus pass that only counts words.
func Skim(b []byte) string {
	out := make([]byte, 0, len(b)/2)
	if i := bytes.Index(b, []byte("</teiHeader>")); i >= 0 {
		b = b[i+len("</teiHeader>"):]
	}
	for len(b) > 0 {
		lt := bytes.IndexByte(b, '<')
		if lt < 0 {
			out = append(out, b...)
			break
		}
		out = append(out, b[:lt]...)
		b = b[lt:]
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return string(out)
			}
			b = b[end+3:]
			continue
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			end := bytes.Index(b, []byte("]]>"))
			if end < 0 {
				return string(append(out, b[9:]...))
			}
			out = append(out, b[9:end]...)
			b = b[end+3:]
			continue
		}
		gt := bytes.IndexByte(b, '>')
		if gt < 0 {
			break
		}
		name := b[1:gt]
		if len(name) > 0 && name[0] == '/' {
			name = name[1:]
		}
		if n := bytes.IndexAny(name, " \t\r\n/"); n >= 0 {
			name = name[:n]
		}
		if i := bytes.IndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		if local := string(name); breaksWords(local) || local == "note" || local == "seg" || local == "lb" {
			out = append(out, ' ')
		}
		b = b[gt+1:]
	}
	return string(out)
}
