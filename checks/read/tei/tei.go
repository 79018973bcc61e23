package tei

import (
	"bytes"
	"slices"
	"strings"

	"github.com/archivelint/archivelint/checks"
)

// A context says what an element's text is: header metadata, body text, or neither (the
// root's own white space, facsimile data).
type context uint8

const (
	ctxNone context = iota
	ctxHeader
	ctxBody
)

// A frame is an open element.
type frame struct {
	name, local   string // as written; without its namespace prefix
	start, tagEnd int    // the start tag
	ctx           context
	preserve      bool // xml:space="preserve"
	skip          bool // its content is not rendered
	breaks        bool // its boundaries separate words
	// hidesOriginals marks a choice holding a corr, reg or expan: its sic, orig and abbr are
	// not rendered, so that "teh" beside "the" neither reads "tehthe" nor is reported.
	hidesOriginals bool
	header         bool // the teiHeader that switched to ctxHeader
	sourceDesc     bool
	abstract       bool
	block          *openBlock // the block this element opened
	captures       int        // how many field captures it opened
	doc            *docDiv    // set on a document div itself
	resp           *respState // set on a titleStmt/respStmt
}

// headerState collects the teiHeader's fields and abstract blocks.
type headerState struct {
	start, end int
	fields     []*checks.Field
	blocks     []*checks.Block
	titles     []titleField // titleStmt titles, named once the header is read
	sourceDesc int          // open sourceDesc elements
	abstract   int          // open abstract elements
}

func (h *headerState) add(f *checks.Field) { h.fields = append(h.fields, f) }

type titleField struct {
	field *checks.Field
	typ   string
}

// A docDiv is a div[@type="document"] being read or read.
type docDiv struct {
	id                 string
	start, tagEnd, end int
	first, last        int // its blocks are output[first:last]
	fields             []*checks.Field
	title, dateline    bool // its head and main dateline have been seen
	date               bool
}

func (d *docDiv) add(f *checks.Field) { d.fields = append(d.fields, f) }

// respState gathers a respStmt: who did what.
type respState struct {
	resp  checks.Text
	names []*checks.Field
}

// enter gives the element just pushed its meaning.
func (p *parser) enter() {
	n := len(p.stack)
	f := &p.stack[n-1]
	var parent *frame
	if n > 1 {
		parent = &p.stack[n-2]
		f.ctx, f.preserve = parent.ctx, parent.preserve
	} else if f.local != "TEI" && f.local != "teiCorpus" {
		f.ctx = ctxBody // not TEI: read its text all the same
	}
	if v, ok := p.attrValue("xml:space"); ok {
		f.preserve = v == "preserve"
	}
	if p.skip > 0 {
		return
	}
	switch f.ctx {
	case ctxNone:
		switch f.local {
		case "teiHeader":
			f.ctx, f.header = ctxHeader, true
			if p.header.end == 0 {
				p.header.start = f.start
			}
		case "text":
			f.ctx = ctxBody
		}
	case ctxHeader:
		p.enterHeader(f, parent)
	case ctxBody:
		p.enterBody(f, parent)
	}
}

// leave finishes the innermost element, whose end tag spans [start, end).
func (p *parser) leave(start, end int) {
	f := &p.stack[len(p.stack)-1]
	if f.skip {
		p.skip--
		return
	}
	if p.skip > 0 {
		return
	}
	p.closeCaptures(f, end)
	if f.block != nil {
		p.closeBlock(f)
	}
	if f.breaks {
		p.breakText(start, end)
	}
	switch {
	case f.resp != nil:
		p.finishResp(f.resp)
	case f.doc != nil:
		f.doc.end, f.doc.last = end, len(p.output)
		p.doc = nil
	case f.sourceDesc:
		p.header.sourceDesc--
	case f.abstract:
		p.header.abstract--
	case f.header:
		if p.header.end == 0 {
			p.header.end = end
		}
		p.nameTitles()
	}
	if p.datelineDepth == len(p.stack) {
		p.datelineDepth = 0
	}
}

func (p *parser) skipFrame(f *frame) {
	f.skip = true
	p.skip++
}

// grandparent returns the current element's grandparent, or nil.
func (p *parser) grandparent() *frame {
	if n := len(p.stack); n >= 3 {
		return &p.stack[n-3]
	}
	return nil
}

func (p *parser) enterHeader(f, parent *frame) {
	local := f.local
	switch local {
	case "note":
		p.skipFrame(f)
		return
	case "lb":
		p.breakText(f.start, f.tagEnd)
		return
	}
	par := parent.local
	if f.breaks = breaksWords(local) || par == "msIdentifier"; f.breaks {
		p.breakText(f.start, f.tagEnd)
	}
	h := &p.header
	switch {
	case local == "title" && par == "titleStmt":
		typ, _ := p.attrValue("type")
		p.openCapture(f, "title", func(fl *checks.Field) {
			h.add(fl)
			h.titles = append(h.titles, titleField{fl, typ})
		})
	case local == "author" && par == "titleStmt":
		p.openCapture(f, "author", h.add)
	case local == "editor" && par == "titleStmt":
		p.openCapture(f, "editor", h.add)
	case local == "respStmt" && par == "titleStmt":
		f.resp = &respState{}
	case local == "resp" && parent.resp != nil:
		rs := parent.resp
		p.openCapture(f, "resp", func(fl *checks.Field) { rs.resp = fl.Value })
	case (local == "name" || local == "persName" || local == "orgName") && parent.resp != nil:
		rs := parent.resp
		p.openCapture(f, "", func(fl *checks.Field) { rs.names = append(rs.names, fl) })
	case par == "publicationStmt":
		if name := publicationField(local, p); name != "" {
			p.openCapture(f, name, h.add)
		}
	case local == "sourceDesc":
		f.sourceDesc = true
		h.sourceDesc++
	case h.sourceDesc > 0 && local == "p" && par == "sourceDesc":
		p.openCapture(f, "source_description", h.add)
	case h.sourceDesc > 0 && local == "msIdentifier":
		p.openCapture(f, "source", h.add)
	case h.sourceDesc > 0 && par == "msIdentifier":
		p.openCapture(f, snakeCase(local), h.add)
	case h.sourceDesc > 0 && (local == "bibl" || local == "biblStruct" || local == "biblFull") &&
		(par == "sourceDesc" || par == "listBibl"):
		p.openCapture(f, "source", h.add)
	case local == "date" && par == "creation":
		p.openCapture(f, "date", h.add)
	case local == "language" && par == "langUsage":
		p.openCapture(f, "language", h.add)
	case local == "abstract" && par == "profileDesc":
		f.abstract = true
		h.abstract++
		p.openBlock(f, "abstract", false, p.elementAttrs())
	case local == "p" && h.abstract > 0:
		p.openBlock(f, "abstract", false, p.elementAttrs())
	}
}

// publicationField names the field a publicationStmt child becomes, or "".
func publicationField(local string, p *parser) string {
	switch local {
	case "publisher":
		return "publisher"
	case "distributor":
		return "distributor"
	case "authority":
		return "authority"
	case "pubPlace":
		return "pub_place"
	case "date":
		return "uploaded"
	case "availability":
		return "rights"
	case "idno":
		typ, _ := p.attrValue("type")
		switch t := canonicalType(typ); t {
		case "record":
			return "record_id"
		case "":
			return "publication_idno"
		default:
			return "idno_" + t
		}
	}
	return ""
}

// finishResp names a respStmt's people by what the resp says they did.
func (p *parser) finishResp(rs *respState) {
	role := respRole(rs.resp.S)
	for _, fl := range rs.names {
		fl.Name = role
		fl.Attrs = append(fl.Attrs, checks.Attr{Name: "resp", Value: rs.resp})
		p.header.add(fl)
	}
}

func respRole(resp string) string {
	r := strings.ToLower(resp)
	switch {
	case strings.Contains(r, "translat"):
		return "translator"
	case strings.Contains(r, "transcri"):
		return "transcriber"
	case strings.Contains(r, "edit"):
		return "editor"
	}
	return "responsible"
}

// nameTitles names the titleStmt titles: the main (or complete) one, else the first untyped
// one, is "title"; the others are title_<type>, or title_other when untyped.
func (p *parser) nameTitles() {
	titles := p.header.titles
	chosen := slices.IndexFunc(titles, func(t titleField) bool { return t.typ == "main" || t.typ == "complete" })
	if chosen < 0 {
		chosen = slices.IndexFunc(titles, func(t titleField) bool { return t.typ == "" })
	}
	for i, t := range titles {
		switch typ := canonicalType(t.typ); {
		case i == chosen:
			t.field.Name = "title"
		case typ != "":
			t.field.Name = "title_" + typ
		default:
			t.field.Name = "title_other"
		}
	}
	p.header.titles = nil
}

func (p *parser) enterBody(f, parent *frame) {
	local := f.local
	switch local {
	case "lb":
		if v, _ := p.attrValue("break"); v != "no" {
			p.breakText(f.start, f.tagEnd)
		}
		return
	case "del", "fw", "teiHeader", "facsimile", "standOff":
		// Deleted text, running heads and page numbers, metadata out of place: not the text.
		p.skipFrame(f)
		return
	case "sic", "orig", "abbr":
		if parent != nil && parent.hidesOriginals {
			p.skipFrame(f)
			return
		}
	case "choice":
		f.hidesOriginals = p.hasAlternative(f)
	}
	if f.breaks = breaksWords(local); f.breaks {
		if n := len(p.blocks); n > 0 && p.blocks[n-1].owner >= 0 {
			// Stray text before a structural element is a paragraph of its own.
			p.closeBlock(&p.stack[p.blocks[n-1].owner])
		}
		p.breakText(f.start, f.tagEnd)
	}
	if local == "div" && p.doc == nil {
		if t, _ := p.attrValue("type"); t == "document" {
			p.startDoc(f)
		}
	}
	var ob *openBlock
	if kind, outOfLine := p.blockKind(f, parent); kind != "" {
		ob = p.openBlock(f, kind, outOfLine, p.elementAttrs())
	}
	if p.doc != nil {
		p.documentField(f, parent)
	}
	if local == "date" && ob == nil && len(p.blocks) > 0 {
		p.inlineDate(p.blocks[len(p.blocks)-1])
	}
}

// blockKind says whether the element is a block, and of which kind.
func (p *parser) blockKind(f, parent *frame) (kind string, outOfLine bool) {
	switch f.local {
	case "p", "ab":
		return "paragraph", false
	case "head":
		return "heading", false
	case "dateline":
		return "dateline", false
	case "opener":
		return "opener", false
	case "closer":
		return "closer", false
	case "signed":
		return "signed", false
	case "note":
		if place, _ := p.attrValue("place"); place == "left" || place == "right" || strings.Contains(place, "margin") {
			return "margin", true
		}
		return "note", true
	case "seg":
		if typ, _ := p.attrValue("type"); typ == "margin" {
			return "margin", true
		}
	case "item":
		return "item", false
	case "label":
		if parent != nil && parent.local == "list" {
			return "item", false
		}
	case "cell":
		return "table", false
	case "quote", "lg", "l":
		// A block quotation, unless it is quoted inside a paragraph.
		if n := len(p.blocks); n == 0 || p.blocks[n-1].kind == "quote" {
			return "quote", false
		}
	}
	return "", false
}

// breaksWords reports whether an element's boundaries separate the words on either side even
// where the source has no white space there.
func breaksWords(local string) bool {
	switch local {
	case "p", "ab", "head", "dateline", "opener", "closer", "signed", "salute", "item", "label",
		"list", "table", "row", "cell", "lg", "l", "sp", "speaker", "div", "div1", "div2", "div3",
		"div4", "div5", "div6", "div7", "byline", "trailer", "argument", "epigraph", "postscript",
		"attachment", "figure", "figDesc", "docAuthor", "docDate", "docTitle", "titlePart",
		"docImprint", "titlePage", "front", "body", "back", "group", "listBibl", "address",
		"addrLine", "castList", "castItem", "floatingText", "text":
		return true
	}
	return false
}

// hasAlternative reports whether the choice opened by f holds a corr, reg or expan.
func (p *parser) hasAlternative(f *frame) bool {
	rest := p.b[f.tagEnd:]
	if end := bytes.Index(rest, []byte("</"+f.name)); end >= 0 {
		rest = rest[:end]
	}
	return hasStartTag(rest, "corr") || hasStartTag(rest, "reg") || hasStartTag(rest, "expan")
}

func hasStartTag(b []byte, name string) bool {
	for {
		k := bytes.Index(b, []byte("<"+name))
		if k < 0 {
			return false
		}
		b = b[k+1+len(name):]
		if len(b) == 0 || b[0] == '>' || b[0] == '/' || isSpace(b[0]) {
			return true
		}
	}
}

func (p *parser) startDoc(f *frame) {
	d := &docDiv{start: f.start, tagEnd: f.tagEnd, first: len(p.output)}
	for _, a := range p.attrs {
		if a.name == "xml:id" {
			d.id = p.attrText(a).S
		}
	}
	p.docs = append(p.docs, d)
	p.doc, f.doc = d, d
}

// documentField captures a document div's own fields: its head (title), the date of its
// main dateline, its source notes (children of the div, not of an attachment).
func (p *parser) documentField(f, parent *frame) {
	d := p.doc
	switch f.local {
	case "head":
		if !d.title && parent.doc == d {
			d.title = true
			p.openCapture(f, "title", d.add)
		}
	case "dateline":
		gp := p.grandparent()
		if !d.dateline && (parent.doc == d ||
			(parent.local == "opener" || parent.local == "closer") && gp != nil && gp.doc == d) {
			d.dateline = true
			p.datelineDepth, p.datelineLevel = len(p.stack), p.noteLevel
		}
	case "date":
		if p.datelineDepth > 0 && !d.date && p.noteLevel == p.datelineLevel {
			d.date = true
			p.openCapture(f, "date", d.add)
		}
	case "note":
		// Only the div's own: an attachment's source note labels the enclosure.
		if typ, _ := p.attrValue("type"); typ == "source" && parent.doc == d {
			p.openCapture(f, "source", d.add)
		}
	}
}

// inlineDate records a dated <date> in a block as the block's Attrs "date" (its text) and
// "date_when" (its @when); a dateline also gets "when" from its first one.
func (p *parser) inlineDate(ob *openBlock) {
	if _, ok := p.attrValue("when"); !ok {
		return
	}
	p.openCapture(&p.stack[len(p.stack)-1], "date", func(fl *checks.Field) {
		when, _ := fl.Attr("when")
		ob.attrs = append(ob.attrs, checks.Attr{Name: "date", Value: fl.Value},
			checks.Attr{Name: "date_when", Value: when})
		if _, has := attrOf(ob.attrs, "when"); !has && ob.kind == "dateline" {
			ob.attrs = append(ob.attrs, checks.Attr{Name: "when", Value: when})
		}
	})
}

func attrOf(attrs []checks.Attr, name string) (checks.Text, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return checks.Text{}, false
}
