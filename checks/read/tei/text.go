package tei

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks"
)

// render is the rendering state: the blocks and field captures open, and what they produced.
type render struct {
	// blocks are the open blocks, innermost last; only the innermost receives text.
	blocks []*openBlock
	// captures are the open field captures; each receives the text at its own note level.
	captures []*capture
	// noteLevel counts the open out-of-line blocks (notes, margin summaries): text inside one
	// belongs to it alone, not to the paragraph or field around it.
	noteLevel int
	// skip counts the open elements whose content is not rendered (del, fw, a sic beside its corr).
	skip int

	targets    []*checks.TextBuilder // where the character data being read goes
	needBlock  bool                  // body text outside any block opens one
	free       []*checks.TextBuilder
	freeBlocks []*openBlock
	slab       []checks.Block // emitted blocks are allocated from here, many at a time

	output []*checks.Block // body blocks, in reading order
	header headerState
	docs   []*docDiv
	doc    *docDiv // the document div being read
	// datelineDepth is the stack depth of the current document's open main dateline (0 when
	// none is open: frames move as the stack grows, so no pointer), datelineLevel its note level.
	datelineDepth, datelineLevel int
}

// An openBlock is a block being rendered. A block-level element inside it (a list in a
// paragraph) splits it: the part so far is emitted, the child follows, then the rest. An
// out-of-line child (a note) does not: it is queued and emitted after the part it sits in.
type openBlock struct {
	kind      string
	attrs     []checks.Attr
	b         *checks.TextBuilder
	outOfLine bool
	owner     int              // for a paragraph opened for stray text: its element's stack index; else -1
	dest      *[]*checks.Block // where this block's parts go
	deferred  []*checks.Block  // out-of-line blocks waiting for this block's part
}

// A capture renders an element's text into a field.
type capture struct {
	field *checks.Field
	b     *checks.TextBuilder
	level int // the note level it was opened at
	done  func(*checks.Field)
}

func (p *parser) builder() *checks.TextBuilder {
	if n := len(p.free); n > 0 {
		t := p.free[n-1]
		p.free = p.free[:n-1]
		return t
	}
	return &checks.TextBuilder{}
}

// release returns the builder's text and takes the builder back for reuse.
func (p *parser) release(t *checks.TextBuilder) checks.Text {
	text := t.Text()
	p.free = append(p.free, t)
	return text
}

// collectTargets decides where the next character data goes.
func (p *parser) collectTargets() {
	p.targets = p.targets[:0]
	p.needBlock = false
	if p.skip > 0 {
		return
	}
	if n := len(p.blocks); n > 0 {
		p.targets = append(p.targets, p.blocks[n-1].b)
	} else if p.stack[len(p.stack)-1].ctx == ctxBody {
		p.needBlock = true
	}
	for _, c := range p.captures {
		if c.level == p.noteLevel {
			p.targets = append(p.targets, c.b)
		}
	}
}

// charData renders the character data b[i:j]: runs of white space collapse to one space
// (verbatim where the source has exactly one), references are decoded.
func (p *parser) charData(i, j int, cdata bool) {
	p.collectTargets()
	seg := p.b[:j]
	for k := i; k < j; {
		e := specialAt(seg, k)
		if e > k {
			if seg[k] == ' ' {
				p.putSpace(k, k+1)
				k++
			}
			if e > k {
				p.put(k, e)
			}
		}
		if e >= j {
			return
		}
		switch c := seg[e]; {
		case c == '&' && cdata:
			p.put(e, e+1)
			k = e + 1
		case c == '&':
			text, end, ok := p.reference(e, j, true)
			if ok {
				p.putMapped(text, e, end)
			} else {
				p.put(e, end)
			}
			k = end
		case isSpace(c):
			k = e + 1
			for k < j && isSpace(seg[k]) {
				k++
			}
			p.putSpace(e, k)
		default:
			p.problem(ProblemMalformed, checks.Error, e, e+1,
				fmt.Sprintf("control character U+%04X is not allowed in XML", c))
			p.put(e, e+1)
			k = e + 1
		}
	}
}

// SWAR constants: a byte repeated eight times.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// specialAt returns the first offset from i where b holds what rendering must look at: a
// control character (line ends and tabs among them), "&", or two spaces. It reads eight bytes
// at a time: most character data has none of these for a whole line.
func specialAt(b []byte, i int) int {
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// Bytes below 0x20 and "&": the lowest flag is exact (borrows run towards higher bytes).
		amp := x ^ ('&' * ones)
		m := ((x-' '*ones)&^x | (amp-ones)&^amp) & highs
		// Spaces, exactly, then a space followed by a space.
		sp := x ^ (' ' * ones)
		sp = ^((sp&lows + lows) | sp | lows)
		m |= sp & (sp >> 8)
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		if sp>>63 != 0 && i+8 < len(b) && b[i+8] == ' ' {
			return i + 7
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c < 0x20 || c == '&' || c == ' ' && i+1 < len(b) && b[i+1] == ' ' {
			return i
		}
	}
	return len(b)
}

// put renders source bytes [a, e) verbatim.
func (p *parser) put(a, e int) {
	if p.needBlock {
		p.implicitBlock()
	}
	s := p.s[a:e]
	for _, t := range p.targets {
		t.Verbatim(s, a)
	}
}

// putMapped renders text standing for source bytes [a, e).
func (p *parser) putMapped(text string, a, e int) {
	if p.needBlock {
		p.implicitBlock()
	}
	for _, t := range p.targets {
		t.Mapped(text, a, e)
	}
}

// putSpace renders the white space [a, e): nothing at the start of a text or after a space,
// else one space (verbatim when the source has exactly one).
func (p *parser) putSpace(a, e int) {
	preserve := p.stack[len(p.stack)-1].preserve
	for _, t := range p.targets {
		switch {
		case t.Len() == 0:
		case preserve:
			t.Verbatim(p.s[a:e], a)
		case isSpace(t.LastByte()):
		case e-a == 1 && p.b[a] == ' ':
			t.Verbatim(" ", a)
		case p.opts.KeepSpaceRuns && onlySpaces(p.b[a:e]):
			t.Verbatim(p.s[a:e], a)
		default:
			t.Mapped(" ", a, e)
		}
	}
}

func onlySpaces(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return true
}

// breakText renders markup at [start, end) that separates words (<lb/>, the boundary of a
// paragraph inside a field) as a space, unless one is there already.
func (p *parser) breakText(start, end int) {
	if p.skip > 0 {
		return
	}
	if n := len(p.blocks); n > 0 {
		mappedSpace(p.blocks[n-1].b, start, end)
	}
	for _, c := range p.captures {
		if c.level == p.noteLevel {
			mappedSpace(c.b, start, end)
		}
	}
}

func mappedSpace(t *checks.TextBuilder, start, end int) {
	if t.Len() > 0 && !isSpace(t.LastByte()) {
		t.Mapped(" ", start, end)
	}
}

// reference decodes the entity or character reference at b[i] == '&' inside b[:limit]. ok is
// false when the reference is rendered as written (malformed, undefined, or declared in the
// DOCTYPE and refused); end is where rendering goes on. report says whether to report problems.
func (p *parser) reference(i, limit int, report bool) (text string, end int, ok bool) {
	b := p.b
	if i+1 < limit && b[i+1] == '#' {
		k, base := i+2, 10
		if k < limit && b[k] == 'x' {
			k, base = k+1, 16
		}
		digits, v := k, 0
		for k < limit && k-digits < 9 {
			d := digitValue(b[k], base)
			if d < 0 {
				break
			}
			v = v*base + d
			k++
		}
		if k == digits || k >= limit || b[k] != ';' {
			if report {
				p.problem(ProblemMalformed, checks.Error, i, k,
					"\"&#\" must be followed by a number and \";\" (write &amp; for a literal \"&\")")
			}
			return "", i + 1, false
		}
		if !xmlChar(v) {
			if report {
				p.problem(ProblemMalformed, checks.Error, i, k+1,
					fmt.Sprintf("%s is not a character XML allows", p.s[i:k+1]))
			}
			return "", k + 1, false
		}
		return runeString(rune(v)), k + 1, true
	}
	ne := p.nameEnd(i + 1)
	if ne == i+1 || ne >= limit || b[ne] != ';' {
		if report {
			p.problem(ProblemMalformed, checks.Error, i, i+1, "a stray \"&\" (write &amp; for a literal \"&\")")
		}
		return "", i + 1, false
	}
	name := p.s[i+1 : ne]
	switch name {
	case "amp":
		return "&", ne + 1, true
	case "lt":
		return "<", ne + 1, true
	case "gt":
		return ">", ne + 1, true
	case "quot":
		return "\"", ne + 1, true
	case "apos":
		return "'", ne + 1, true
	}
	if report && !p.refused[name] {
		hint := ""
		if p.externalDTD {
			hint = " (the DOCTYPE's external DTD is never read)"
		}
		p.problem(ProblemUndefinedEntity, checks.Error, i, ne+1,
			fmt.Sprintf("entity &%s; is not defined%s: XML knows only &amp; &lt; &gt; &quot; &apos;; write the character itself or a numeric reference such as &#160;", name, hint))
	}
	return "", ne + 1, false
}

// checkReferences reports the malformed and undefined references in b[i:j].
func (p *parser) checkReferences(i, j int) {
	for k := i; k < j; {
		if p.b[k] != '&' {
			k++
			continue
		}
		_, k, _ = p.reference(k, j, true)
	}
}

func digitValue(c byte, base int) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// xmlChar reports whether XML 1.0 allows the code point in a document.
func xmlChar(v int) bool {
	return v == 0x9 || v == 0xA || v == 0xD || v >= 0x20 && v <= 0xD7FF ||
		v >= 0xE000 && v <= 0xFFFD || v >= 0x10000 && v <= 0x10FFFF
}

// ascii holds every ASCII character, so that a decoded ASCII reference costs no allocation.
var ascii = func() string {
	b := make([]byte, 128)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}()

func runeString(r rune) string {
	if r < utf8.RuneSelf {
		return ascii[r : r+1]
	}
	return string(r)
}

// attrText renders an attribute's value: references decoded, tabs and line ends as spaces
// (XML's attribute-value normalization), each byte mapped back.
func (p *parser) attrText(a attr) checks.Text {
	t := p.builder()
	b := p.b
	for k := a.start; k < a.end; {
		start := k
		for k < a.end && b[k] != '&' && b[k] != '\t' && b[k] != '\n' && b[k] != '\r' {
			k++
		}
		if k > start {
			t.Verbatim(p.s[start:k], start)
		}
		if k == a.end {
			break
		}
		if b[k] != '&' {
			t.Mapped(" ", k, k+1)
			k++
			continue
		}
		text, end, ok := p.reference(k, a.end, false)
		if ok {
			t.Mapped(text, k, end)
		} else {
			t.Verbatim(p.s[k:end], k)
		}
		k = end
	}
	return p.release(t)
}

// elementAttrs returns the current tag's attributes (namespace declarations left out).
func (p *parser) elementAttrs() []checks.Attr {
	if len(p.attrs) == 0 {
		return nil
	}
	out := make([]checks.Attr, 0, len(p.attrs))
	for _, a := range p.attrs {
		if a.name == "xmlns" || strings.HasPrefix(a.name, "xmlns:") {
			continue
		}
		out = append(out, checks.Attr{Name: p.intern(a.name), Value: p.attrText(a)})
	}
	return out
}

// attrValue returns the raw value of the current tag's attribute.
func (p *parser) attrValue(name string) (string, bool) {
	for _, a := range p.attrs {
		if a.name == name {
			return p.s[a.start:a.end], true
		}
	}
	return "", false
}

// openBlock opens a block on frame f.
func (p *parser) openBlock(f *frame, kind string, outOfLine bool, attrs []checks.Attr) *openBlock {
	var ob *openBlock
	if n := len(p.freeBlocks); n > 0 {
		ob = p.freeBlocks[n-1]
		p.freeBlocks = p.freeBlocks[:n-1]
		*ob = openBlock{deferred: ob.deferred[:0]}
	} else {
		ob = &openBlock{}
	}
	ob.kind, ob.attrs, ob.b, ob.outOfLine, ob.owner = kind, attrs, p.builder(), outOfLine, -1
	switch n := len(p.blocks); {
	case n == 0 && f.ctx == ctxHeader:
		ob.dest = &p.header.blocks
	case n == 0:
		ob.dest = &p.output
	case outOfLine:
		ob.dest = &p.blocks[n-1].deferred
	default:
		parent := p.blocks[n-1]
		p.emitPart(parent)
		ob.dest = parent.dest
	}
	if outOfLine {
		p.noteLevel++
	}
	p.blocks = append(p.blocks, ob)
	f.block = ob
	return ob
}

// implicitBlock opens a paragraph for body text that stands outside any block element.
func (p *parser) implicitBlock() {
	p.needBlock = false
	ob := p.openBlock(&p.stack[len(p.stack)-1], "paragraph", false, nil)
	ob.owner = len(p.stack) - 1
	p.targets = append(p.targets, ob.b)
}

func (p *parser) closeBlock(f *frame) {
	ob := f.block
	f.block = nil
	p.blocks = p.blocks[:len(p.blocks)-1]
	p.emitPart(ob)
	if ob.outOfLine {
		p.noteLevel--
	}
	p.free = append(p.free, ob.b)
	p.freeBlocks = append(p.freeBlocks, ob)
}

// emitPart emits what the block has rendered so far, then the notes waiting for it.
func (p *parser) emitPart(ob *openBlock) {
	ob.b.TrimRight(isSpace)
	if ob.b.Len() > 0 {
		if len(p.slab) == cap(p.slab) {
			p.slab = make([]checks.Block, 0, 256)
		}
		p.slab = append(p.slab, checks.Block{Kind: ob.kind, Text: ob.b.Text(), Attrs: ob.attrs})
		*ob.dest = append(*ob.dest, &p.slab[len(p.slab)-1])
	}
	if len(ob.deferred) > 0 {
		*ob.dest = append(*ob.dest, ob.deferred...)
		ob.deferred = ob.deferred[:0]
	}
}

// openCapture starts rendering frame f's element into a field named name.
func (p *parser) openCapture(f *frame, name string, done func(*checks.Field)) {
	p.captures = append(p.captures, &capture{
		field: &checks.Field{Name: name, Label: p.intern(f.name), LabelStart: f.start, Attrs: p.elementAttrs()},
		b:     p.builder(), level: p.noteLevel, done: done,
	})
	f.captures++
}

// closeCaptures finishes the fields frame f opened; its element ends at end.
func (p *parser) closeCaptures(f *frame, end int) {
	for ; f.captures > 0; f.captures-- {
		c := p.captures[len(p.captures)-1]
		p.captures = p.captures[:len(p.captures)-1]
		c.b.TrimRight(isSpace)
		c.field.Value = p.release(c.b)
		c.field.LabelEnd = end
		c.done(c.field)
	}
}
