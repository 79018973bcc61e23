package checks

import (
	"slices"
	"sort"
)

// A Text is a run of text as a reader rendered it (markup removed, XML whitespace collapsed,
// entities decoded) together with where each byte came from in the Source. Checks work on
// S; the Pass maps their offsets back.
type Text struct {
	S     string
	spans []span // ascending, contiguous in S, covering all of it
}

// A span maps S[text:text+textLen] onto Source.Bytes[src:src+srcLen]. When the lengths are
// equal the bytes correspond one to one (verbatim text); otherwise the whole piece stands for
// the whole source range (a decoded entity, collapsed whitespace) and nothing inside it can be
// edited safely.
type span struct {
	text, textLen int
	src, srcLen   int
	exact         bool // the text bytes are the source bytes
}

func (s span) verbatim() bool { return s.exact }

// Verbatim returns a Text whose bytes are src[start:end] of the source, one to one.
func Verbatim(source *Source, start, end int) Text {
	return Text{S: string(source.Bytes[start:end]), spans: []span{{0, end - start, start, end - start, true}}}
}

// A TextBuilder assembles a Text piece by piece, the way a markup reader renders it.
type TextBuilder struct {
	buf   []byte
	spans []span
}

// Verbatim appends s, which is the source's bytes at src, one to one.
func (b *TextBuilder) Verbatim(s string, src int) {
	if s == "" {
		return
	}
	if n := len(b.spans); n > 0 {
		last := &b.spans[n-1]
		if last.verbatim() && last.src+last.srcLen == src && last.text+last.textLen == len(b.buf) {
			last.textLen += len(s)
			last.srcLen += len(s)
			b.buf = append(b.buf, s...)
			return
		}
	}
	b.spans = append(b.spans, span{len(b.buf), len(s), src, len(s), true})
	b.buf = append(b.buf, s...)
}

// Mapped appends s, which stands for the source bytes [srcStart, srcEnd) as a whole. When s is
// empty nothing is appended: the source range is dropped from the rendering.
func (b *TextBuilder) Mapped(s string, srcStart, srcEnd int) {
	if s == "" {
		return
	}
	b.spans = append(b.spans, span{len(b.buf), len(s), srcStart, srcEnd - srcStart, false})
	b.buf = append(b.buf, s...)
}

// Len is the number of bytes rendered so far.
func (b *TextBuilder) Len() int { return len(b.buf) }

// LastByte returns the last byte rendered, or 0.
func (b *TextBuilder) LastByte() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// TrimRight removes trailing bytes of the rendering that satisfy drop.
func (b *TextBuilder) TrimRight(drop func(byte) bool) {
	n := len(b.buf)
	for n > 0 && drop(b.buf[n-1]) {
		n--
	}
	for len(b.spans) > 0 {
		last := &b.spans[len(b.spans)-1]
		if last.text >= n {
			b.spans = b.spans[:len(b.spans)-1]
			continue
		}
		if last.text+last.textLen > n {
			cut := last.text + last.textLen - n
			last.textLen -= cut
			if last.exact {
				last.srcLen -= cut
			}
		}
		break
	}
	b.buf = b.buf[:n]
}

// Text returns the assembled Text and resets the builder, which keeps its buffers for the
// next text (a reader renders thousands of blocks with one builder).
func (b *TextBuilder) Text() Text {
	t := Text{S: string(b.buf), spans: slices.Clone(b.spans)}
	b.buf, b.spans = b.buf[:0], b.spans[:0]
	return t
}

// find returns the index of the span holding text offset off (the last span for off == len(S)).
func (t Text) find(off int) int {
	i := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].text+t.spans[i].textLen > off })
	if i == len(t.spans) {
		i = len(t.spans) - 1
	}
	return i
}

// SourceRange maps the text range [start, end) to a source byte range. A range that begins or
// ends inside a mapped piece widens to cover the whole piece.
func (t Text) SourceRange(start, end int) (int, int) {
	if len(t.spans) == 0 {
		return 0, 0
	}
	if end < start {
		end = start
	}
	a := t.spans[t.find(start)]
	var srcStart int
	if a.verbatim() {
		srcStart = a.src + clamp(start-a.text, 0, a.textLen)
	} else {
		srcStart = a.src
	}
	if end == start {
		return srcStart, srcStart
	}
	z := t.spans[t.find(end-1)]
	var srcEnd int
	if z.verbatim() {
		srcEnd = z.src + clamp(end-z.text, 0, z.textLen)
	} else {
		srcEnd = z.src + z.srcLen
	}
	if srcEnd < srcStart {
		srcEnd = srcStart
	}
	return srcStart, srcEnd
}

// SourceOffset maps a text offset to a source offset.
func (t Text) SourceOffset(off int) int {
	s, _ := t.SourceRange(off, off)
	return s
}

// Editable reports whether the text range [start, end) lies in one verbatim piece, so that an
// edit of exactly those bytes can be made to the source. An empty range (an insertion point)
// is editable when it touches a verbatim piece.
func (t Text) Editable(start, end int) bool {
	if len(t.spans) == 0 || start < 0 || end > len(t.S) || end < start {
		return false
	}
	if start == end {
		// An insertion between two pieces goes after the left one if it is verbatim.
		if start > 0 {
			if l := t.spans[t.find(start-1)]; l.verbatim() {
				return true
			}
		}
		return t.spans[t.find(start)].verbatim()
	}
	a := t.find(start)
	z := t.find(end - 1)
	if a != z {
		return false
	}
	return t.spans[a].verbatim()
}

// InsertionPoint maps an insertion at text offset off to a source offset, preferring the end
// of the verbatim piece on its left ("the" + "Anna" from "the<hi>Anna": the space goes after
// "the", outside the markup).
func (t Text) InsertionPoint(off int) (int, bool) {
	if len(t.spans) == 0 {
		return 0, false
	}
	if off > 0 {
		l := t.spans[t.find(off-1)]
		if l.verbatim() {
			return l.src + (off - l.text), true
		}
	}
	r := t.spans[t.find(off)]
	if r.verbatim() && off >= r.text {
		return r.src + (off - r.text), true
	}
	return 0, false
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
