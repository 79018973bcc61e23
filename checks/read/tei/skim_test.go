package tei

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSkimKeepsWordsAsReadRendersThem(t *testing.T) {
	src := `<?xml version="1.0"?><TEI><teiHeader><title>Header words</title></teiHeader>
<text><body><div type="document"><head>A Head</head><p>the<hi rend="italic">Anna</hi> sailed<note n="1">Not
printed.</note>away<!-- a comment --> <![CDATA[raw text]]></p><p>next</p></div></body></text></TEI>`
	got := strings.Join(strings.Fields(Skim([]byte(src))), " ")
	assert.Equal(t, "A Head theAnna sailed Not printed. away raw text next", got)
}
