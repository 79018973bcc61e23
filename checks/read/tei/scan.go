package tei

import (
	"bytes"
	"fmt"
	"strings"
	"unsafe"

	"github.com/archivelint/archivelint/checks"
)

// maxProblems bounds the non-fatal problems reported for one file: a file in the wrong
// encoding or full of stray "&" says so in the first few.
const maxProblems = 50

// A parser reads one file: the tokenizer (this file) drives the TEI semantics (tei.go),
// which renders text through sinks (text.go).
type parser struct {
	src *checks.Source
	b   []byte
	// s is b viewed as a string (no copy), so that rendered pieces are substrings. Nothing
	// that outlives the parse may hold a substring of it: names are interned, values rendered.
	s     string
	names map[string]string
	opts  Options

	start    int // where content starts, after a byte order mark
	problems []checks.Problem
	dropped  bool // problems beyond maxProblems were left out
	failed   bool
	comments []Comment

	stack   []frame
	attrs   []attr // the attributes of the tag just read
	doctype bool
	// refused holds the entities the DOCTYPE declares: never expanded, their uses not reported
	// again; externalDTD notes a DTD that is never read, for the undefined-entity message.
	refused     map[string]bool
	externalDTD bool

	rootStart, rootTagEnd, rootEnd int
	rootDone                       bool

	render
}

// An attr is an attribute of the current tag: its name and the bounds of its raw value.
type attr struct {
	name       string
	start, end int
}

func newParser(src *checks.Source, opts Options) *parser {
	p := &parser{src: src, b: src.Bytes, s: unsafe.String(unsafe.SliceData(src.Bytes), len(src.Bytes)),
		names: map[string]string{}, opts: opts, rootStart: -1}
	if bytes.HasPrefix(p.b, []byte{0xEF, 0xBB, 0xBF}) {
		p.start = 3
	}
	return p
}

// intern returns a copy of s that is not a substring of the source, one per distinct name.
func (p *parser) intern(s string) string {
	if n, ok := p.names[s]; ok {
		return n
	}
	n := strings.Clone(s)
	p.names[n] = n
	return n
}

// problem records a non-fatal problem.
func (p *parser) problem(kind string, sev checks.Severity, start, end int, msg string) {
	if len(p.problems) >= maxProblems {
		if p.dropped {
			return
		}
		p.dropped = true
		msg = "more problems follow in this file; they are not listed"
	}
	p.problems = append(p.problems, checks.Problem{Kind: kind, Category: category(kind), Severity: sev,
		Start: start, End: end, Message: msg})
}

// fail records the problem that stops the parse.
func (p *parser) fail(kind string, start, end int, format string, args ...any) {
	if p.failed {
		return
	}
	p.failed = true
	p.problems = append(p.problems, checks.Problem{Kind: kind, Category: category(kind), Severity: checks.Error,
		Start: start, End: end, Message: fmt.Sprintf(format, args...), Fatal: true})
}

func category(kind string) string {
	if kind == ProblemEncoding {
		return "encoding"
	}
	return "syntax"
}

func (p *parser) malformed(start, end int, format string, args ...any) {
	p.fail(ProblemMalformed, start, end, format, args...)
}

func (p *parser) line(off int) int { return p.src.Pos(off).Line }

func (p *parser) parse() {
	b := p.b
	if len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE) {
		p.fail(ProblemEncoding, 0, 2, "the file is in UTF-16; archivelint reads UTF-8: re-save it as UTF-8")
		return
	}
	i := p.start
	for i < len(b) && !p.failed {
		if b[i] != '<' {
			j := bytes.IndexByte(b[i:], '<')
			if j < 0 {
				j = len(b)
			} else {
				j += i
			}
			p.text(i, j)
			i = j
			continue
		}
		i = p.markup(i)
	}
	if p.failed {
		return
	}
	switch {
	case p.rootStart < 0:
		p.malformed(p.start, len(b), "the file has no root element")
	case len(p.stack) > 0:
		f := &p.stack[len(p.stack)-1]
		p.malformed(f.start, f.tagEnd, "element <%s> opened at line %d is never closed: the file ends first",
			f.name, p.line(f.start))
	}
}

// text handles character data between markup.
func (p *parser) text(i, j int) {
	if len(p.stack) == 0 {
		for k := i; k < j; k++ {
			if !isSpace(p.b[k]) {
				where := "before"
				if p.rootDone {
					where = "after"
				}
				p.malformed(k, k+1, "text %s the root element; an XML file holds one element and white space around it", where)
				return
			}
		}
		return
	}
	p.charData(i, j, false)
}

func (p *parser) markup(i int) int {
	b := p.b
	if i+1 >= len(b) {
		p.malformed(i, i+1, "a stray \"<\" at the end of the file")
		return len(b)
	}
	switch c := b[i+1]; {
	case c == '/':
		return p.endTag(i)
	case c == '?':
		return p.instruction(i)
	case c == '!':
		switch rest := b[i:]; {
		case bytes.HasPrefix(rest, []byte("<!--")):
			return p.comment(i)
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			return p.cdata(i)
		case bytes.HasPrefix(rest, []byte("<!DOCTYPE")):
			return p.doctypeDecl(i)
		}
		p.malformed(i, i+2, "\"<!\" starts no comment, CDATA section or DOCTYPE")
	case nameStart(c):
		return p.startTag(i)
	default:
		p.malformed(i, i+1, "a stray \"<\" (write &lt; for a literal \"<\")")
	}
	return len(b)
}

func (p *parser) startTag(i int) int {
	b := p.b
	nameEnd := p.nameEnd(i + 1)
	name := p.s[i+1 : nameEnd]
	if p.rootDone {
		p.malformed(i, nameEnd, "a second root element <%s>; an XML file holds only one", name)
		return len(b)
	}
	p.attrs = p.attrs[:0]
	k := nameEnd
	for {
		ws := k
		k = skipSpace(b, k)
		if k >= len(b) {
			p.malformed(i, nameEnd, "the start tag <%s> is never closed with \">\"", name)
			return len(b)
		}
		switch b[k] {
		case '>':
			p.open(name, i, k+1, false)
			return k + 1
		case '/':
			if k+1 < len(b) && b[k+1] == '>' {
				p.open(name, i, k+2, true)
				return k + 2
			}
			p.malformed(k, k+1, "in the start tag <%s>, \"/\" must be followed by \">\"", name)
			return len(b)
		}
		if k == ws {
			p.malformed(k, k+1, "in the start tag <%s>, %q follows without white space before it", name, b[k])
			return len(b)
		}
		if k = p.attribute(name, k); p.failed {
			return len(b)
		}
	}
}

// attribute reads name="value" at k and returns the offset after it.
func (p *parser) attribute(tag string, k int) int {
	b := p.b
	if !nameStart(b[k]) {
		p.malformed(k, k+1, "unexpected %q in the start tag <%s>", b[k], tag)
		return k
	}
	ne := p.nameEnd(k)
	name := p.s[k:ne]
	j := skipSpace(b, ne)
	if j >= len(b) || b[j] != '=' {
		p.malformed(k, ne, "attribute %s of <%s> has no value (write %s=\"...\")", name, tag, name)
		return j
	}
	j = skipSpace(b, j+1)
	if j >= len(b) || b[j] != '"' && b[j] != '\'' {
		p.malformed(k, min(j+1, len(b)), "the value of attribute %s of <%s> must be in quotes", name, tag)
		return j
	}
	e := bytes.IndexByte(b[j+1:], b[j])
	if e < 0 {
		p.malformed(j, j+1, "the value of attribute %s of <%s> is never closed", name, tag)
		return j
	}
	vs, ve := j+1, j+1+e
	if lt := bytes.IndexByte(b[vs:ve], '<'); lt >= 0 {
		p.malformed(vs+lt, vs+lt+1, "\"<\" in the value of attribute %s of <%s> (opened at line %d): is its closing quote missing? (write &lt; for a literal \"<\")",
			name, tag, p.line(j))
		return j
	}
	for _, a := range p.attrs {
		if a.name == name {
			p.malformed(k, ne, "attribute %s is repeated in <%s>", name, tag)
			return j
		}
	}
	if bytes.IndexByte(b[vs:ve], '&') >= 0 {
		p.checkReferences(vs, ve)
	}
	p.attrs = append(p.attrs, attr{name: name, start: vs, end: ve})
	return ve + 1
}

func (p *parser) endTag(i int) int {
	b := p.b
	ns := i + 2
	ne := p.nameEnd(ns)
	if ne == ns {
		p.malformed(i, i+2, "\"</\" is not followed by an element name")
		return len(b)
	}
	name := p.s[ns:ne]
	k := skipSpace(b, ne)
	if k >= len(b) || b[k] != '>' {
		p.malformed(i, ne, "the end tag </%s> is not closed with \">\"", name)
		return len(b)
	}
	if len(p.stack) == 0 {
		p.malformed(i, k+1, "the end tag </%s> has no start tag", name)
		return len(b)
	}
	if top := &p.stack[len(p.stack)-1]; top.name != name {
		p.malformed(i, k+1, "element <%s> opened at line %d is closed by </%s>", top.name, p.line(top.start), name)
		return len(b)
	}
	p.close(i, k+1)
	return k + 1
}

// open pushes an element and lets the TEI semantics see it.
func (p *parser) open(name string, start, tagEnd int, empty bool) {
	if len(p.stack) >= p.opts.MaxDepth {
		p.fail(ProblemTooDeep, start, tagEnd, "elements nest deeper than %d levels at <%s>; the reader stops here", p.opts.MaxDepth, name)
		return
	}
	if p.rootStart < 0 {
		p.rootStart, p.rootTagEnd = start, tagEnd
	}
	p.stack = append(p.stack, frame{name: name, local: localName(name), start: start, tagEnd: tagEnd})
	p.enter()
	if empty {
		p.close(start, tagEnd)
	}
}

// close pops the innermost element, whose end tag spans [start, end).
func (p *parser) close(start, end int) {
	p.leave(start, end)
	p.stack = p.stack[:len(p.stack)-1]
	if len(p.stack) == 0 {
		p.rootDone = true
		p.rootEnd = end
	}
}

func (p *parser) comment(i int) int {
	cs := i + 4
	e := bytes.Index(p.b[cs:], []byte("-->"))
	if e < 0 {
		p.malformed(i, cs, "the comment opened here is never closed with \"-->\"")
		return len(p.b)
	}
	ce := cs + e
	if d := bytes.Index(p.b[cs:ce], []byte("--")); d >= 0 {
		p.problem(ProblemMalformed, checks.Error, cs+d, cs+d+2, "\"--\" is not allowed inside a comment")
	} else if ce > cs && p.b[ce-1] == '-' {
		p.problem(ProblemMalformed, checks.Error, ce-1, ce+3, "a comment must not end with \"--->\"")
	}
	p.comments = append(p.comments, Comment{Start: i, End: ce + 3, Text: string(p.b[cs:ce])})
	return ce + 3
}

func (p *parser) cdata(i int) int {
	cs := i + len("<![CDATA[")
	if len(p.stack) == 0 {
		p.malformed(i, cs, "a CDATA section outside the root element")
		return len(p.b)
	}
	e := bytes.Index(p.b[cs:], []byte("]]>"))
	if e < 0 {
		p.malformed(i, cs, "the CDATA section opened here is never closed with \"]]>\"")
		return len(p.b)
	}
	p.charData(cs, cs+e, true)
	return cs + e + 3
}

// instruction reads a processing instruction, the XML declaration among them.
func (p *parser) instruction(i int) int {
	ns := i + 2
	ne := p.nameEnd(ns)
	if ne == ns {
		p.malformed(i, i+2, "\"<?\" is not followed by a processing-instruction target")
		return len(p.b)
	}
	e := bytes.Index(p.b[ne:], []byte("?>"))
	if e < 0 {
		p.malformed(i, ne, "the processing instruction <?%s is never closed with \"?>\"", p.s[ns:ne])
		return len(p.b)
	}
	if strings.EqualFold(p.s[ns:ne], "xml") {
		if i != p.start {
			p.malformed(i, ne, "the XML declaration <?xml ...?> must stand at the very start of the file")
			return len(p.b)
		}
		p.declaredEncoding(ne, ne+e)
	}
	return ne + e + 2
}

// declaredEncoding reports an XML declaration naming an encoding other than UTF-8: the
// reader reads UTF-8 only.
func (p *parser) declaredEncoding(start, end int) {
	decl := p.s[start:end]
	k := strings.Index(decl, "encoding")
	if k < 0 {
		return
	}
	rest := strings.TrimLeft(decl[k+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || rest[0] != '"' && rest[0] != '\'' {
		return
	}
	q := strings.IndexByte(rest[1:], rest[0])
	if q < 0 {
		return
	}
	enc := rest[1 : 1+q]
	switch strings.ToLower(enc) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return
	}
	at := start + strings.Index(decl, enc)
	p.problem(ProblemEncoding, checks.Warning, at, at+len(enc),
		fmt.Sprintf("the file declares encoding %q; archivelint reads UTF-8 only: re-save it as UTF-8 and declare encoding=\"UTF-8\"", enc))
}

// doctypeDecl skips the DOCTYPE, reporting every entity its internal subset declares: they are
// never expanded (no entity bombs, no external files read).
func (p *parser) doctypeDecl(i int) int {
	b := p.b
	if p.rootStart >= 0 || p.doctype {
		p.malformed(i, i+9, "a DOCTYPE may only stand once, before the root element")
		return len(b)
	}
	p.doctype = true
	for j := i + 9; j < len(b); {
		switch c := b[j]; c {
		case '"', '\'':
			e := bytes.IndexByte(b[j+1:], c)
			if e < 0 {
				p.malformed(j, j+1, "a quoted string in the DOCTYPE is never closed")
				return len(b)
			}
			j += e + 2
		case '[':
			if j = p.internalSubset(j + 1); p.failed {
				return len(b)
			}
		case '>':
			head := p.s[i+9 : j]
			if k := strings.IndexByte(head, '['); k >= 0 {
				head = head[:k]
			}
			p.externalDTD = strings.Contains(head, "SYSTEM") || strings.Contains(head, "PUBLIC")
			return j + 1
		default:
			j++
		}
	}
	p.malformed(i, i+9, "the DOCTYPE opened here is never closed with \">\"")
	return len(b)
}

// internalSubset skips the DOCTYPE's [...] from j and returns the offset after "]".
func (p *parser) internalSubset(j int) int {
	b := p.b
	for j < len(b) {
		switch c := b[j]; {
		case c == ']':
			return j + 1
		case c == '"' || c == '\'':
			e := bytes.IndexByte(b[j+1:], c)
			if e < 0 {
				p.malformed(j, j+1, "a quoted string in the DOCTYPE is never closed")
				return len(b)
			}
			j += e + 2
		case bytes.HasPrefix(b[j:], []byte("<!--")):
			e := bytes.Index(b[j+4:], []byte("-->"))
			if e < 0 {
				p.malformed(j, j+4, "the comment opened here is never closed with \"-->\"")
				return len(b)
			}
			j += 4 + e + 3
		case bytes.HasPrefix(b[j:], []byte("<!ENTITY")):
			j = p.entityDecl(j)
		default:
			j++
		}
	}
	p.malformed(len(b), len(b), "the DOCTYPE's internal subset \"[\" is never closed with \"]\"")
	return len(b)
}

// entityDecl reports the entity declared at j and returns the offset after its name.
func (p *parser) entityDecl(j int) int {
	b := p.b
	k := skipSpace(b, j+len("<!ENTITY"))
	if k < len(b) && b[k] == '%' {
		k = skipSpace(b, k+1)
	}
	ne := p.nameEnd(k)
	name := p.s[k:ne]
	if p.refused == nil {
		p.refused = map[string]bool{}
	}
	p.refused[name] = true
	what := "entity"
	if rest := b[skipSpace(b, ne):]; bytes.HasPrefix(rest, []byte("SYSTEM")) || bytes.HasPrefix(rest, []byte("PUBLIC")) {
		what = "external entity"
	}
	p.problem(ProblemEntityDeclaration, checks.Error, j, max(ne, j+len("<!ENTITY")),
		fmt.Sprintf("the DOCTYPE declares %s %q; archivelint never expands declared entities (they can hide text, read files or exhaust memory): write the text itself or a character reference", what, name))
	return max(ne, j+len("<!ENTITY"))
}

// nameEnd returns the end of the XML name starting at i (i itself when there is none).
func (p *parser) nameEnd(i int) int {
	b := p.b
	if i >= len(b) || !nameStart(b[i]) {
		return i
	}
	for i++; i < len(b) && byteClass[b[i]]&className != 0; i++ {
	}
	return i
}

// Byte classes for the tokenizer's tables.
const (
	className  = 1 << iota // may continue a name
	classStart             // may start a name
	classSpace             // XML white space
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == ':', c >= 0x80:
			t[c] = className | classStart
		case c >= '0' && c <= '9', c == '-', c == '.':
			t[c] = className
		case c == ' ', c == '\t', c == '\r', c == '\n':
			t[c] = classSpace
		}
	}
	return t
}()

func nameStart(c byte) bool { return byteClass[c]&classStart != 0 }

func isSpace(c byte) bool { return byteClass[c]&classSpace != 0 }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// localName strips a namespace prefix: "tei:p" and "p" are both p, "frus:attachment" is attachment.
func localName(name string) string {
	if k := strings.IndexByte(name, ':'); k >= 0 {
		return name[k+1:]
	}
	return name
}
