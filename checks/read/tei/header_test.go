package tei

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fullHeader = `    <fileDesc>
      <titleStmt>
        <title>Letter of the Harbour Master to the Board of Trade, 3 May 1921</title>
        <title type="sub">On &amp; about the Silted Channel</title>
        <respStmt>
          <resp>Translated by</resp>
          <name>Marta   Kowal</name>
        </respStmt>
      </titleStmt>
      <publicationStmt>
        <publisher>Harbour Papers Project</publisher>
        <idno type="record">40417</idno>
        <idno type="isbn-13"/>
        <date when="2015-06-01">1 June 2015</date>
        <availability>
          <p>Made up for a test.</p>
          <p>No rights reserved.</p>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <msDesc>
          <msIdentifier><settlement>Gdańsk</settlement><repository>State Archive (APG)</repository><idno>zesp. 7, sygn. 112, k. 3–5</idno></msIdentifier>
        </msDesc>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation>
        <date when="1921-05-03">3 May 1921</date>
      </creation>
      <langUsage>
        <language ident="pl">Polish</language>
      </langUsage>
      <abstract>
        <p>The harbour master asks for a dredger.</p>
      </abstract>
    </profileDesc>`

func TestHeaderFields(t *testing.T) {
	src, doc := readOne(t, teiFile(fullHeader, `<div type="document"><p>Sir,</p></div>`))
	tests := []struct {
		name, label, value string
		line               int
		attr, attrValue    string
	}{
		{"title", "title", "Letter of the Harbour Master to the Board of Trade, 3 May 1921", 6, "", ""},
		{"title_sub", "title", "On & about the Silted Channel", 7, "type", "sub"},
		{"translator", "name", "Marta Kowal", 10, "resp", "Translated by"},
		{"publisher", "publisher", "Harbour Papers Project", 14, "", ""},
		{"record_id", "idno", "40417", 15, "type", "record"},
		{"idno_isbn_13", "idno", "", 16, "type", "isbn-13"},
		{"uploaded", "date", "1 June 2015", 17, "when", "2015-06-01"},
		{"rights", "availability", "Made up for a test. No rights reserved.", 18, "", ""},
		{"source", "msIdentifier", "Gdańsk State Archive (APG) zesp. 7, sygn. 112, k. 3–5", 25, "", ""},
		{"settlement", "settlement", "Gdańsk", 25, "", ""},
		{"repository", "repository", "State Archive (APG)", 25, "", ""},
		{"idno", "idno", "zesp. 7, sygn. 112, k. 3–5", 25, "", ""},
		{"date", "date", "3 May 1921", 31, "when", "1921-05-03"},
		{"language", "language", "Polish", 34, "ident", "pl"},
	}
	require.Len(t, doc.Fields, len(tests), "fields: %q", fieldValues(doc))
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := doc.Fields[i]
			assert.Equal(t, tt.name, f.Name)
			assert.Equal(t, tt.label, f.Label)
			assert.Equal(t, tt.value, f.Value.S)
			assert.Equal(t, tt.line, src.Pos(f.LabelStart).Line)
			element := string(src.Bytes[f.LabelStart:f.LabelEnd])
			assert.True(t, strings.HasPrefix(element, "<"+tt.label) && strings.HasSuffix(element, ">"), element)
			if tt.attr != "" {
				assert.Equal(t, tt.attrValue, attrValue(f.Attrs, tt.attr))
			}
		})
	}
	assert.Equal(t, []string{"abstract: The harbour master asks for a dredger.", "paragraph: Sir,"}, rendered(doc))
	header := string(src.Bytes[doc.HeaderStart:doc.HeaderEnd])
	assert.True(t, strings.HasPrefix(header, "<teiHeader>") && strings.HasSuffix(header, "</teiHeader>"))
	assert.False(t, doc.InVolume)
	assert.Empty(t, doc.ID)
}

func TestEmptyFieldsAreLocated(t *testing.T) {
	header := `<fileDesc><titleStmt>
<title></title>
<title type="series"/>
</titleStmt></fileDesc>
<profileDesc><langUsage>
<language ident="de"></language>
</langUsage></profileDesc>`
	src, doc := readOne(t, teiFile(header, `<p>x</p>`))
	tests := []struct{ name, element string }{
		{"title", "<title></title>"},
		{"title_series", `<title type="series"/>`},
		{"language", `<language ident="de"></language>`},
	}
	for _, tt := range tests {
		f := doc.Field(tt.name)
		require.NotNil(t, f, tt.name)
		assert.Empty(t, f.Value.S)
		assert.Equal(t, tt.element, string(src.Bytes[f.LabelStart:f.LabelEnd]))
	}
	assert.Equal(t, "de", attrValue(doc.Field("language").Attrs, "ident"))
}

func TestTitleChoice(t *testing.T) {
	tests := []struct {
		titles string
		want   []string
	}{
		{`<title type="complete">A</title><title type="series">B</title>`, []string{"title=A", "title_series=B"}},
		{`<title type="sub">A</title><title>B</title>`, []string{"title_sub=A", "title=B"}},
		{`<title>A</title><title type="main">B</title>`, []string{"title_other=A", "title=B"}},
		{`<title>A</title><title>B</title>`, []string{"title=A", "title_other=B"}},
		{`<title type="volume">A</title>`, []string{"title_volume=A"}},
	}
	for _, tt := range tests {
		_, doc := readOne(t, teiFile(`<fileDesc><titleStmt>`+tt.titles+`</titleStmt></fileDesc>`, `<p>x</p>`))
		assert.Equal(t, tt.want, fieldValues(doc), tt.titles)
	}
}

func TestRespStatements(t *testing.T) {
	tests := []struct {
		resp string
		want []string
	}{
		{`<resp>Translated by</resp><name>A. B.</name>`, []string{"translator=A. B."}},
		{`<persName>C. D.</persName><resp>translation</resp>`, []string{"translator=C. D."}},
		{`<resp>Transcribed by</resp><name>E. F.</name><name>G. H.</name>`, []string{"transcriber=E. F.", "transcriber=G. H."}},
		{`<resp>Encoded by</resp><name>I. J.</name>`, []string{"responsible=I. J."}},
		{`<resp>Translated by</resp><name></name>`, []string{"translator="}},
		{`<resp>Translated by</resp>`, []string{}},
	}
	for _, tt := range tests {
		_, doc := readOne(t, teiFile(`<fileDesc><titleStmt><respStmt>`+tt.resp+`</respStmt></titleStmt></fileDesc>`, `<p>x</p>`))
		assert.Equal(t, tt.want, fieldValues(doc), tt.resp)
	}
}

func TestSourceDescriptions(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{`<bibl><orgName>National Archive (NA)</orgName>, <idno>FO 371/1</idno>, <biblScope>ff. 2-9</biblScope>.</bibl>`,
			[]string{"source=National Archive (NA), FO 371/1, ff. 2-9."}},
		{`<p>Printed in the Gazette, 1921.</p>`, []string{"source_description=Printed in the Gazette, 1921."}},
		{`<listBibl><bibl>One</bibl><bibl>Two</bibl></listBibl>`, []string{"source=One", "source=Two"}},
		{`<msDesc><msIdentifier><collection>Papers</collection><altIdentifier><idno>X 1</idno></altIdentifier></msIdentifier><msContents><msItem><bibl>Not a source</bibl></msItem></msContents></msDesc>`,
			[]string{"source=Papers X 1", "collection=Papers", "alt_identifier=X 1"}},
	}
	for _, tt := range tests {
		_, doc := readOne(t, teiFile(`<fileDesc><sourceDesc>`+tt.desc+`</sourceDesc></fileDesc>`, `<p>x</p>`))
		assert.Equal(t, tt.want, fieldValues(doc), tt.desc)
	}
}

func TestHeaderNotesAndOtherSectionsAreNotText(t *testing.T) {
	header := `<fileDesc><titleStmt><title>Report<note>added later</note> of 1921</title></titleStmt></fileDesc>
<encodingDesc><p>Encoded by hand.</p></encodingDesc>
<revisionDesc><change>Created.</change></revisionDesc>`
	_, doc := readOne(t, teiFile(header, `<p>x</p>`))
	assert.Equal(t, []string{"title=Report of 1921"}, fieldValues(doc))
	assert.Equal(t, []string{"paragraph: x"}, rendered(doc))
}

func TestSingleDocumentDivFillsHeaderGaps(t *testing.T) {
	header := `<fileDesc><titleStmt><title>From the header</title></titleStmt></fileDesc>`
	body := `<div type="document" xml:id="only">
  <note type="source">Box 4, folder 2</note>
  <head>From the div</head>
  <dateline>Riga, <date when="1920-02-01">February 1, 1920</date></dateline>
  <p>Text.</p>
</div>
<p>Recorded by a clerk on 2 February 1920.</p>`
	_, doc := readOne(t, teiFile(header, body))
	assert.Equal(t, []string{"title=From the header", "source=Box 4, folder 2", "date=February 1, 1920"}, fieldValues(doc))
	assert.Equal(t, "1920-02-01", attrValue(doc.Field("date").Attrs, "when"))
	assert.Equal(t, []string{"note: Box 4, folder 2", "heading: From the div", "dateline: Riga, February 1, 1920",
		"paragraph: Text.", "paragraph: Recorded by a clerk on 2 February 1920."}, rendered(doc))
	assert.False(t, doc.InVolume)
}

func TestNotTEIStillReadsText(t *testing.T) {
	_, doc := readOne(t, `<letter><p>Dear sir,</p> and a line <b>bold</b>.</letter>`)
	assert.Equal(t, []string{"paragraph: Dear sir,", "paragraph: and a line bold."}, rendered(doc))
	assert.Equal(t, checks.FormatTEI, doc.Format)
}
