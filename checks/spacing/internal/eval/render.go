package eval

import (
	"sort"
	"strconv"
	"strings"
)

// Rendered is text extracted from a source file, with the source offset of every byte so that a
// position in the text can be turned back into a line of the file.
type Rendered struct {
	Text string
	// Src[i] is the source offset of Text[i].
	Src []int32
	// Docs are the text offsets where a TEI div[@type="document"] starts.
	Docs []int
	// lineStarts are the source offsets where lines start.
	lineStarts []int
}

// Line is the 1-based source line of text offset i.
func (r *Rendered) Line(i int) int {
	src := 0
	if i < len(r.Src) {
		src = int(r.Src[i])
	} else if len(r.Src) > 0 {
		src = int(r.Src[len(r.Src)-1])
	}
	return sort.Search(len(r.lineStarts), func(k int) bool { return r.lineStarts[k] > src })
}

// Plain renders a text or Markdown file as it is.
func Plain(src string) *Rendered {
	r := &Rendered{Text: src, Src: make([]int32, len(src)), lineStarts: lineStarts(src)}
	for i := range r.Src {
		r.Src[i] = int32(i)
	}
	return r
}

// inline TEI elements render with no break around them, so "the<hi>Anna</hi>" is "theAnna";
// every other element is a block boundary.
var inline = map[string]bool{
	"hi": true, "emph": true, "persName": true, "placeName": true, "orgName": true, "name": true,
	"date": true, "ref": true, "foreign": true, "term": true, "title": true, "rs": true,
	"gloss": true, "abbr": true, "expan": true, "choice": true, "sic": true, "corr": true,
	"orig": true, "reg": true, "num": true, "measure": true, "time": true, "geogName": true,
	"pb": true, "idno": true, "q": true, "said": true, "unclear": true, "add": true, "del": true,
}

// TEI renders an XML file crudely: tags dropped (block tags become a newline), entities decoded.
func TEI(src string) *Rendered {
	var b strings.Builder
	b.Grow(len(src))
	r := &Rendered{Src: make([]int32, 0, len(src)), lineStarts: lineStarts(src)}
	emit := func(s string, at int) {
		b.WriteString(s)
		for range len(s) {
			r.Src = append(r.Src, int32(at))
		}
	}
	for i := 0; i < len(src); {
		switch src[i] {
		case '<':
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				end = len(src) - i - 1
			}
			tag := src[i+1 : i+end]
			name := strings.TrimLeft(tag, "/")
			if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
				name = name[:k]
			}
			if strings.HasPrefix(tag, "!--") {
				if k := strings.Index(src[i:], "-->"); k >= 0 {
					end = k + 2
				}
			}
			switch {
			case name == "lb":
				emit(" ", i)
			case inline[name] || strings.HasPrefix(tag, "?") || strings.HasPrefix(tag, "!"):
			default:
				if name == "div" && !strings.HasPrefix(tag, "/") && strings.Contains(tag, `type="document"`) {
					r.Docs = append(r.Docs, b.Len())
				}
				emit("\n", i)
			}
			i += end + 1
		case '&':
			end := strings.IndexByte(src[i:min(len(src), i+12)], ';')
			if end < 0 {
				emit("&", i)
				i++
				continue
			}
			emit(entity(src[i+1:i+end]), i)
			i += end + 1
		default:
			b.WriteByte(src[i])
			r.Src = append(r.Src, int32(i))
			i++
		}
	}
	r.Text = b.String()
	return r
}

func entity(name string) string {
	switch name {
	case "amp":
		return "&"
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "quot":
		return `"`
	case "apos":
		return "'"
	}
	if strings.HasPrefix(name, "#") {
		base, digits := 10, name[1:]
		if strings.HasPrefix(digits, "x") {
			base, digits = 16, digits[1:]
		}
		if n, err := strconv.ParseInt(digits, base, 32); err == nil {
			return string(rune(n))
		}
	}
	return "&" + name + ";"
}

func lineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
