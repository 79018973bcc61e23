package tei

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const volumeHeader = `<fileDesc>
  <titleStmt><title type="complete">Despatches from Ruritania</title><title type="series"/></titleStmt>
  <publicationStmt><publisher>A Press</publisher><date>1922</date></publicationStmt>
</fileDesc>`

// volumeText has front matter, a chapter of three documents (the first with an attachment
// that is itself a document div), and back matter.
const volumeText = `<text><front><div type="section"><head>List of Persons</head><p>Hollis, J., Minister.</p></div></front>
<body><div type="chapter"><head>Ruritania</head>
  <div type="document" xml:id="d1" n="1">
    <note rend="inline" type="source">File 711.1/7: Telegram</note>
    <head>The Minister in Ruritania (<persName>Hollis</persName>) to the Secretary of State<note n="1">Sent via London.</note></head>
    <dateline><placeName>Strelsau</placeName>, <date when="1911-03-02">March 2, 1911</date>.<lb/>[Received March 3.<note n="2">In two sections.</note>]</dateline>
    <p>The treaty is signed.</p>
    <frus:attachment xmlns:frus="http://history.state.gov/frus/ns/1.0">
      <div type="document"><note type="source">[Enclosure]</note><dateline>Zenda, <date when="1911-02-01">February 1</date></dateline><p>Enclosure.</p></div>
    </frus:attachment>
  </div>
  <div type="document" xml:id="d2" n="2">
    <head>The Secretary of State to the Minister</head>
    <opener><dateline>Washington, <date when="1911-03-09">March 9, 1911</date></dateline></opener>
    <p>Approved.</p>
  </div>
  <div type="document" xml:id="d3" n="3"><head>Memorandum</head><p>Undated.</p></div>
</div></body>
<back><div type="index"><p>Hollis, 1, 2.</p></div></back></text>`

func TestVolume(t *testing.T) {
	s := `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>` + volumeHeader + `</teiHeader>` + volumeText + `</TEI>`
	src, docs := read(t, s, Options{})
	require.Len(t, docs, 3)
	tests := []struct {
		id     string
		fields []string
		blocks []string
	}{
		{"d1",
			[]string{"source=File 711.1/7: Telegram", "title=The Minister in Ruritania (Hollis) to the Secretary of State",
				"date=March 2, 1911", "volume_title=Despatches from Ruritania", "volume_title_series=",
				"volume_publisher=A Press", "volume_uploaded=1922"},
			[]string{"note: File 711.1/7: Telegram", "heading: The Minister in Ruritania (Hollis) to the Secretary of State",
				"note: Sent via London.", "dateline: Strelsau, March 2, 1911. [Received March 3.]", "note: In two sections.",
				"paragraph: The treaty is signed.", "note: [Enclosure]", "dateline: Zenda, February 1", "paragraph: Enclosure."}},
		{"d2",
			[]string{"title=The Secretary of State to the Minister", "date=March 9, 1911", "volume_title=Despatches from Ruritania",
				"volume_title_series=", "volume_publisher=A Press", "volume_uploaded=1922"},
			[]string{"heading: The Secretary of State to the Minister", "dateline: Washington, March 9, 1911", "paragraph: Approved."}},
		{"d3",
			[]string{"title=Memorandum", "volume_title=Despatches from Ruritania", "volume_title_series=",
				"volume_publisher=A Press", "volume_uploaded=1922"},
			[]string{"heading: Memorandum", "paragraph: Undated."}},
	}
	for i, tt := range tests {
		d := docs[i]
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, tt.id, d.ID)
			assert.True(t, d.InVolume)
			assert.Equal(t, tt.fields, fieldValues(d))
			assert.Equal(t, tt.blocks, rendered(d))
			div := string(src.Bytes[d.Start:d.End])
			assert.True(t, strings.HasPrefix(div, `<div type="document" xml:id="`+tt.id+`"`), div)
			assert.True(t, strings.HasSuffix(div, "</div>"))
			assert.Equal(t, d.Start, d.HeaderStart)
			assert.Equal(t, ">", string(src.Bytes[d.HeaderEnd-1]))
			assert.Empty(t, d.Problems)
		})
	}
	assert.Equal(t, "1911-03-02", attrValue(docs[0].Field("date").Attrs, "when"))
	assert.Equal(t, "source", attrValue(docs[0].Blocks[0].Attrs, "type"))
}

func TestVolumeProblemsGoToTheirDocument(t *testing.T) {
	body := `<div type="document" xml:id="a"><p>one</p></div>
<div type="document" xml:id="b"><p>two &nbsp; three</p></div>`
	_, docs := read(t, teiFile("", body), Options{})
	require.Len(t, docs, 2)
	assert.Empty(t, docs[0].Problems)
	require.Len(t, docs[1].Problems, 1)
	assert.Equal(t, ProblemUndefinedEntity, docs[1].Problems[0].Kind)
	assert.Equal(t, "two &nbsp; three", docs[1].Blocks[0].Text.S, "an undefined entity is rendered as written")
}

func TestDocumentDateComesFromItsDatelineOnly(t *testing.T) {
	deep := strings.Repeat("<hi>", 20) + "Zenda" + strings.Repeat("</hi>", 20)
	body := `<div type="document" xml:id="a"><dateline>` + deep + `</dateline><p>On <date when="1911-01-01">New Year's Day</date>.</p></div>
<div type="document" xml:id="b"><p>x</p></div>`
	_, docs := read(t, teiFile("", body), Options{})
	require.Len(t, docs, 2)
	assert.Nil(t, docs[0].Field("date"), "a date after the dateline is not the document's date")
	assert.Equal(t, "Zenda", docs[0].Blocks[0].Text.S)
}
