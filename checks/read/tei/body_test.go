package tei

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBlocks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"note is a block of its own after its paragraph",
			`<p>As stated in my telegram<note n="1">Printed ante.</note>, the port is closed.</p>`,
			[]string{"paragraph: As stated in my telegram, the port is closed.", "note: Printed ante."}},
		{"notes keep their order after the paragraph",
			`<p>One<note>first</note> two<note>second <note>nested</note></note> three.</p><p>Next.</p>`,
			[]string{"paragraph: One two three.", "note: first", "note: second", "note: nested", "paragraph: Next."}},
		{"margin summaries",
			`<p>The treaty.<seg type="margin">Treaty signed.</seg> It was signed.<note place="margin">In pencil.</note></p>`,
			[]string{"paragraph: The treaty. It was signed.", "margin: Treaty signed.", "margin: In pencil."}},
		{"white space collapses and is trimmed",
			"<p>\n   The   channel\n\t is\r\n  silted.  </p>",
			[]string{"paragraph: The channel is silted."}},
		{"lb is a space unless one is there; break=no joins",
			`<p>Harbour<lb/>Office, <lb/>Quay <lb/> Street, agricul-<lb break="no"/>tural</p>`,
			[]string{"paragraph: Harbour Office, Quay Street, agricul-tural"}},
		{"pb renders nothing",
			`<p>signed <pb n="7"/>their copies, and<pb n="8"/>then left</p>`,
			[]string{"paragraph: signed their copies, andthen left"}},
		{"inline markup neither adds nor removes spaces",
			`<p>the<hi rend="italic">Anna Beck</hi> sailed from <placeName>Danzig</placeName>for <persName>Hull</persName>.</p>`,
			[]string{"paragraph: theAnna Beck sailed from Danzigfor Hull."}},
		{"entities decoded",
			`<p>Smith &amp; Sons&#8217; ship &lt;Anna&gt; &#x2014; &quot;&apos;</p>`,
			[]string{"paragraph: Smith & Sons’ ship <Anna> — \"'"}},
		{"CDATA is text",
			`<p>a <![CDATA[<b> & c]]> d</p>`,
			[]string{"paragraph: a <b> & c d"}},
		{"choice renders the correction, not the error",
			`<p>the <choice><sic>teh</sic><corr>the</corr></choice> end, <choice><abbr>Dr.</abbr><expan>Doctor</expan></choice> and <choice><sic>lone</sic></choice></p>`,
			[]string{"paragraph: the the end, Doctor and lone"}},
		{"deletions and forme work are not text",
			`<p>we <del>do not</del> agree<fw type="pageNum">12</fw>.</p>`,
			[]string{"paragraph: we agree."}},
		{"a list splits its paragraph in reading order",
			`<p>The terms: <list><item>first,</item><label>2.</label><item>second;</item></list> all agreed.</p>`,
			[]string{"paragraph: The terms:", "item: first,", "item: 2.", "item: second;", "paragraph: all agreed."}},
		{"block quotes; quotes inside paragraphs stay inline",
			`<quote><l>Line one</l><l>line two</l></quote><p>He said <quote>no</quote>.</p><lg><l>a</l><l>b</l></lg>`,
			[]string{"quote: Line one", "quote: line two", "paragraph: He said no.", "quote: a", "quote: b"}},
		{"a quoted paragraph inside a paragraph",
			`<p>It reads: <quote rend="blockquote"><p>Article 1.</p></quote> and so on.</p>`,
			[]string{"paragraph: It reads:", "paragraph: Article 1.", "paragraph: and so on."}},
		{"table cells",
			`<table><head>Tonnage</head><row><cell>Anna</cell><cell>1,200</cell></row></table>`,
			[]string{"heading: Tonnage", "table: Anna", "table: 1,200"}},
		{"opener, salute, closer, signed",
			`<opener><dateline>Hull, <date when="1921-05-03">May 3</date></dateline><salute>Sir,</salute></opener><closer>Yours,<signed>J. Hollis</signed></closer>`,
			[]string{"dateline: Hull, May 3", "opener: Sir,", "closer: Yours,", "signed: J. Hollis"}},
		{"stray text is a paragraph of its own",
			`<div>Before <p>inside</p> after</div><sp><speaker>Mr. A:</speaker><p>Yes.</p></sp>`,
			[]string{"paragraph: Before", "paragraph: inside", "paragraph: after", "paragraph: Mr. A:", "paragraph: Yes."}},
		{"structural boundaries separate words",
			`<div><head>Title</head><p>a</p><p>b</p></div><list><item>x</item><item>y</item></list>`,
			[]string{"heading: Title", "paragraph: a", "paragraph: b", "item: x", "item: y"}},
		{"empty blocks are left out",
			`<p/><p>  </p><p><pb/></p><p>kept</p>`,
			[]string{"paragraph: kept"}},
		{"xml:space preserve",
			`<p xml:space="preserve">two  spaces</p><p>two  spaces</p>`,
			[]string{"paragraph: two  spaces", "paragraph: two spaces"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, doc := readOne(t, teiFile("", tt.body))
			assert.Equal(t, tt.want, rendered(doc))
		})
	}
}

func TestKeepSpaceRuns(t *testing.T) {
	body := "<p>that  Soviet units\n      were  sent</p>"
	_, docs := read(t, teiFile("", body), Options{KeepSpaceRuns: true})
	assert.Equal(t, []string{"paragraph: that  Soviet units were  sent"}, rendered(docs[0]))
	_, docs = read(t, teiFile("", body), Options{})
	assert.Equal(t, []string{"paragraph: that Soviet units were sent"}, rendered(docs[0]))
}

func TestBlockAttributes(t *testing.T) {
	body := `<dateline>London, <date when="1930-01-19T11:00:00">January 19, 1930—11 a.m.</date></dateline>
<p n="4">On <date when="1930-01-18">the 18th</date> and <date>later</date>.</p>
<note type="source" n="1">File 500/1</note>`
	_, doc := readOne(t, teiFile("", body))
	require.Len(t, doc.Blocks, 3)
	dateline, p, note := doc.Blocks[0], doc.Blocks[1], doc.Blocks[2]
	assert.Equal(t, "1930-01-19T11:00:00", attrValue(dateline.Attrs, "when"))
	assert.Equal(t, "January 19, 1930—11 a.m.", attrValue(dateline.Attrs, "date"))
	assert.Equal(t, "4", attrValue(p.Attrs, "n"))
	assert.Equal(t, "the 18th", attrValue(p.Attrs, "date"))
	assert.Equal(t, "1930-01-18", attrValue(p.Attrs, "date_when"))
	assert.Equal(t, "<none>", attrValue(p.Attrs, "when"), "only a dateline takes its date's when")
	assert.Equal(t, "source", attrValue(note.Attrs, "type"))
	assert.Equal(t, "1", attrValue(note.Attrs, "n"))
}

func TestPositions(t *testing.T) {
	body := "<p>First line of the\n        paragraph &amp; a <hi>word</hi>letteris here.</p>\n<p>Caf&#233; d&#xE9;cor, the draft.But</p>"
	file := teiFile("", body)
	src, doc := readOne(t, file)
	require.Len(t, doc.Blocks, 2)
	first, second := doc.Blocks[0].Text, doc.Blocks[1].Text
	bodyLine := strings.Count(file[:strings.Index(file, "<p>First")], "\n") + 1
	tests := []struct {
		text      string
		match     string
		line, col int
		source    string
	}{
		{first.S, "First", bodyLine, 4, "First"},
		{first.S, "paragraph", bodyLine + 1, 9, "paragraph"},
		{first.S, "the paragraph", bodyLine, 18, "the\n        paragraph"},
		{first.S, "& a", bodyLine + 1, 19, "&amp; a"},
		{first.S, "wordletteris", bodyLine + 1, 31, "word</hi>letteris"},
		{second.S, "draft.But", bodyLine + 2, 30, "draft.But"},
		{second.S, "décor", bodyLine + 2, 14, "d&#xE9;cor"},
	}
	for _, tt := range tests {
		text := first
		if tt.text == second.S {
			text = second
		}
		pos := posOf(t, src, text, tt.match)
		assert.Equal(t, tt.line, pos.Line, tt.match)
		assert.Equal(t, tt.col, pos.Column, tt.match)
		assert.Equal(t, tt.source, sourceOf(t, src, text, tt.match), tt.match)
	}
}

func TestFixInsertionPoint(t *testing.T) {
	s := teiFile("", `<p>We met the<hi rend="italic">Anna Beck</hi> at noon.</p>`)
	src, doc := readOne(t, s)
	text := doc.Blocks[0].Text
	require.Equal(t, "We met theAnna Beck at noon.", text.S)
	at := strings.Index(text.S, "theAnna") + len("the")
	assert.True(t, text.Editable(at, at))
	off, ok := text.InsertionPoint(at)
	require.True(t, ok)
	assert.Equal(t, strings.Index(s, `the<hi rend="italic">`)+len("the"), off)
	fixed := string(src.Bytes[:off]) + " " + string(src.Bytes[off:])
	_, docs := read(t, fixed, Options{})
	assert.Equal(t, "We met the Anna Beck at noon.", docs[0].Blocks[0].Text.S)
}

func TestCollapsedSpaceIsNotEditableInside(t *testing.T) {
	_, doc := readOne(t, teiFile("", "<p>a\n    b c</p>"))
	text := doc.Blocks[0].Text
	require.Equal(t, "a b c", text.S)
	assert.False(t, text.Editable(1, 2), "the space stands for a line end and indentation")
	assert.True(t, text.Editable(3, 4), "a single space is verbatim")
}

func TestSpecialAt(t *testing.T) {
	naive := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if b[i] < 0x20 || b[i] == '&' || b[i] == ' ' && i+1 < len(b) && b[i+1] == ' ' {
				return i
			}
		}
		return len(b)
	}
	alphabet := []byte("a  &\n\t\r\x01\x1f\x7f\x80\xff é'%!")
	seed := uint32(1)
	for n := range 3000 {
		b := make([]byte, n%40)
		for i := range b {
			seed = seed*1664525 + 1013904223
			b[i] = alphabet[int(seed>>16)%len(alphabet)]
		}
		for i := 0; i <= len(b); i++ {
			require.Equal(t, naive(b, i), specialAt(b, i), "%q from %d", b, i)
		}
	}
}
