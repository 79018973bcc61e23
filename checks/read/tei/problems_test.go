package tei

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProblems(t *testing.T) {
	tests := []struct {
		name, file string
		kind       string
		line       int
		message    string
		fatal      bool
	}{
		{"mismatched tag", "<TEI><text><body>\n<div><p>open\n</div></body></text></TEI>",
			ProblemMalformed, 3, "element <p> opened at line 2 is closed by </div>", true},
		{"unclosed at the end", "<TEI><text>\n<body><p>x</p>\n",
			ProblemMalformed, 2, "element <body> opened at line 2 is never closed", true},
		{"end tag without start", "<TEI/>\n</TEI>", ProblemMalformed, 2, "</TEI> has no start tag", true},
		{"unquoted attribute", "<TEI>\n<p n=1>x</p></TEI>", ProblemMalformed, 2, "value of attribute n of <p> must be in quotes", true},
		{"attributes run together", "<TEI>\n<p n=\"1\"type=\"x\">x</p></TEI>", ProblemMalformed, 2, "without white space", true},
		{"attribute repeated", "<TEI>\n<p n=\"1\" n=\"2\">x</p></TEI>", ProblemMalformed, 2, "attribute n is repeated in <p>", true},
		{"attribute without value", "<TEI>\n<p n>x</p></TEI>", ProblemMalformed, 2, "attribute n of <p> has no value", true},
		{"closing quote missing", "<TEI>\n<p n=\"1>x</p>\n<p n=\"2\">y</p></TEI>", ProblemMalformed, 2, "is its closing quote missing?", true},
		{"start tag not closed", "<TEI>\n<p", ProblemMalformed, 2, "the start tag <p> is never closed", true},
		{"stray less-than", "<TEI><p>\n1 < 2</p></TEI>", ProblemMalformed, 2, "a stray \"<\"", true},
		{"text after the root", "<TEI/>\ntrailing", ProblemMalformed, 2, "text after the root element", true},
		{"second root", "<TEI/>\n<TEI/>", ProblemMalformed, 2, "a second root element", true},
		{"declaration not first", "\n<?xml version=\"1.0\"?><TEI/>", ProblemMalformed, 2, "at the very start", true},
		{"comment never closed", "<TEI>\n<!-- x </TEI>", ProblemMalformed, 2, "never closed with \"-->\"", true},
		{"CDATA never closed", "<TEI>\n<![CDATA[ x </TEI>", ProblemMalformed, 2, "never closed with \"]]>\"", true},
		{"no root", "<?xml version=\"1.0\"?>\n<!-- only a comment -->", ProblemMalformed, 1, "no root element", true},
		{"too deep", "<TEI>\n" + strings.Repeat("<hi>", 300), ProblemTooDeep, 2, "deeper than 256 levels", true},
		{"UTF-16", "\xFF\xFE<\x00T\x00", ProblemEncoding, 1, "UTF-16", true},

		{"undefined entity", "<TEI><p>\nsix&nbsp;feet</p></TEI>", ProblemUndefinedEntity, 2, "entity &nbsp; is not defined", false},
		{"stray ampersand", "<TEI><p>\nAT&T</p></TEI>", ProblemMalformed, 2, "a stray \"&\"", false},
		{"bad character reference", "<TEI><p>\nnul &#0; here</p></TEI>", ProblemMalformed, 2, "&#0; is not a character XML allows", false},
		{"surrogate reference", "<TEI><p>\n&#xD800;</p></TEI>", ProblemMalformed, 2, "&#xD800; is not a character", false},
		{"reference in an attribute", "<TEI><p>\n<hi rend=\"a&b\">x</hi></p></TEI>", ProblemMalformed, 2, "a stray \"&\"", false},
		{"control character", "<TEI><p>\nbell\x07</p></TEI>", ProblemMalformed, 2, "control character U+0007", false},
		{"double hyphen in a comment", "<TEI>\n<!-- archivelint-disable-next-line x -- reason --></TEI>", ProblemMalformed, 2, "\"--\" is not allowed inside a comment", false},
		{"entity declaration", "<!DOCTYPE TEI [\n<!ENTITY boom \"BOOM\">\n]>\n<TEI><p>&boom;</p></TEI>", ProblemEntityDeclaration, 2, "declares entity \"boom\"", false},
		{"external entity", "<!DOCTYPE TEI [\n<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>\n<TEI><p>&passwd;</p></TEI>", ProblemEntityDeclaration, 2, "declares external entity \"passwd\"", false},
		{"declared encoding", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<TEI/>", ProblemEncoding, 1, "declares encoding \"ISO-8859-1\"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, docs := read(t, tt.file, Options{})
			require.Len(t, docs, 1)
			require.NotEmpty(t, docs[0].Problems)
			pr := docs[0].Problems[0]
			assert.Equal(t, tt.kind, pr.Kind)
			assert.Contains(t, pr.Message, tt.message)
			assert.Equal(t, tt.line, src.Pos(pr.Start).Line, "%s at %d", pr.Message, pr.Start)
			assert.Equal(t, tt.fatal, pr.Fatal)
			assert.LessOrEqual(t, pr.Start, pr.End)
			assert.LessOrEqual(t, pr.End, len(src.Bytes))
			if tt.fatal {
				assert.Equal(t, checks.Error, pr.Severity)
				assert.Contains(t, []string{"syntax", "encoding"}, pr.Category)
				assert.Empty(t, docs[0].Blocks, "a file that cannot be parsed yields no text")
			}
		})
	}
}

func TestEntitiesAreNeverExpanded(t *testing.T) {
	laughs := `<!DOCTYPE TEI [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!-- a comment with ] and > inside -->
]>
<TEI><text><body><p>&lol2; and &amp;</p></body></text></TEI>`
	_, docs := read(t, laughs, Options{})
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, []string{"paragraph: &lol2; and &"}, rendered(d))
	kinds := []string{}
	for _, pr := range d.Problems {
		kinds = append(kinds, pr.Kind)
		assert.False(t, pr.Fatal)
	}
	assert.Equal(t, []string{ProblemEntityDeclaration, ProblemEntityDeclaration, ProblemEntityDeclaration}, kinds,
		"each declaration is reported once; its uses are not reported again")
}

func TestExternalDTDIsNotRead(t *testing.T) {
	file := "<!DOCTYPE TEI SYSTEM \"tei_all.dtd\">\n<TEI><text><body><p>a&mdash;b</p></body></text></TEI>"
	_, docs := read(t, file, Options{})
	require.Len(t, docs[0].Problems, 1)
	assert.Contains(t, docs[0].Problems[0].Message, "external DTD is never read")
	assert.Equal(t, []string{"paragraph: a&mdash;b"}, rendered(docs[0]))
}

func TestMaxDepthOption(t *testing.T) {
	file := "<TEI><text><body><p>x</p></body></text></TEI>"
	_, docs := read(t, file, Options{MaxDepth: 4})
	assert.Empty(t, docs[0].Problems)
	_, docs = read(t, file, Options{MaxDepth: 3})
	require.Len(t, docs[0].Problems, 1)
	assert.Equal(t, ProblemTooDeep, docs[0].Problems[0].Kind)
	assert.Contains(t, docs[0].Problems[0].Message, "deeper than 3 levels at <p>")
}

func TestProblemsAreBounded(t *testing.T) {
	file := "<TEI><text><body><p>" + strings.Repeat("AT&T ", 500) + "</p></body></text></TEI>"
	_, docs := read(t, file, Options{})
	assert.Len(t, docs[0].Problems, maxProblems+1)
	assert.Contains(t, docs[0].Problems[maxProblems].Message, "more problems follow")
	assert.Len(t, docs[0].Blocks, 1, "the text is still read")
}

func TestEmptyFile(t *testing.T) {
	for _, s := range []string{"", "\xEF\xBB\xBF", " \r\n\t\n"} {
		src := checks.NewSource("e.xml", []byte(s))
		docs := Read(src, Options{})
		require.Len(t, docs, 1)
		require.Len(t, docs[0].Problems, 1)
		pr := docs[0].Problems[0]
		assert.Equal(t, ProblemEmpty, pr.Kind)
		assert.Equal(t, "encoding", pr.Category)
		assert.Equal(t, checks.Warning, pr.Severity)
	}
}

func TestBOMAndCRLF(t *testing.T) {
	file := "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<TEI>\r\n<text><body>\r\n<p>line one\r\n   line two</p>\r\n</body></text></TEI>\r\n"
	src, doc := readOne(t, file)
	require.Equal(t, []string{"paragraph: line one line two"}, rendered(doc))
	text := doc.Blocks[0].Text
	assert.Equal(t, checks.Pos{Line: 5, Column: 4, Byte: strings.Index(file, "line two")}, posOf(t, src, text, "line two"))
	assert.Equal(t, "\r\n   ", sourceOf(t, src, text, " line")[:5])
}

func TestInvalidUTF8DoesNotStopTheReader(t *testing.T) {
	file := "<TEI><text><body><p>caf\xE9 \xFF\xFE ok</p></body></text></TEI>"
	_, doc := readOne(t, file)
	assert.Equal(t, []string{"paragraph: caf\xE9 \xFF\xFE ok"}, rendered(doc), "bytes are kept; the dispatcher reports invalid UTF-8")
}

func TestComments(t *testing.T) {
	file := "<TEI>\n<!-- archivelint-disable-next-line spacing.run-together: a ship's name -->\n<text><body><p>the<!-- inline -->Anna</p></body></text></TEI>"
	src := checks.NewSource("c.xml", []byte(file))
	res := Parse(src, Options{})
	require.Len(t, res.Comments, 2)
	c := res.Comments[0]
	assert.Equal(t, " archivelint-disable-next-line spacing.run-together: a ship's name ", c.Text)
	assert.Equal(t, 2, src.Pos(c.Start).Line)
	assert.True(t, strings.HasPrefix(file[c.Start:c.End], "<!--") && strings.HasSuffix(file[c.Start:c.End], "-->"))
	assert.Equal(t, []string{"paragraph: theAnna"}, rendered(res.Documents[0]), "a comment is not text and no space")
}
