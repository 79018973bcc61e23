package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longLineProse is clean prose with one sentence of defects of every category in it, so
// that every check finds something all along a line made of it.
const longLineProse = "The minister said that the draft of the treaty was signed at noon in Paris on 3 May 1921, " +
	"and the consul informed the Foreign Office the same evening; Khrushchev met Tsedenbal in the afternoon. " +
	"The minister said that the draft of the treaty was signed at noon in Paris on 3 May 1921, " +
	"and the consul informed the Foreign Office the same evening; Khrushchev met Tsedenbal in the afternoon. " +
	"Skip to content the letteris dated 31 Febuary 1921 (an unclosed bracket [ and \u00ab quote " +
	"the draft.But the the minister declined,and left;then came  a double  space and a hyphen- ation, " +
	"caf\u00c3\u00a9 mojibake \u0007 control \u00ad soft, RGANI, f. 5, op. 30, d. 1, l. 2. NARA, RG 59, Box 12. " +
	"ibid., ll. 5-. XX teh Sovietauthorities theAnna Beck. "

// longLine repeats longLineProse to n bytes, cut at a character boundary.
func longLine(n int) string {
	s := strings.Repeat(longLineProse, n/len(longLineProse)+1)[:n]
	return strings.ToValidUTF8(s, "")
}

// TestALineOf50MBFinishes lints one line of 50 MB as scraped text, and long lines as Markdown
// and TEI, with every pack and every report format. A check, a reader or a format that did
// quadratic work on a line (a column counted from the line start for each finding, a line
// hashed for each finding's fingerprint: both were so) would not finish within the test
// timeout. The time is measured in benchmarks (internal/engine BenchmarkLongLine).
func TestALineOf50MBFinishes(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 66 MB")
	}
	const mb = 1 << 20
	dir := writeFiles(t, map[string]string{
		".archivelint.hcl": "",
		"page.txt":         "Title\n\n" + longLine(50*mb) + "\n",
		"page.md":          "---\ntitle: x\nlanguage: English\n---\n" + longLine(8*mb) + "\n",
		"volume.xml": `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt>` +
			`</fileDesc></teiHeader><text><body><p>` + longLine(8*mb) + `</p></body></text></TEI>`,
	})
	formats := []string{"human", "compact", "sarif", "github", "junit", "checkstyle"}
	args := []string{"lint", "--format", "json", "--max-file-size", "100"}
	for _, f := range formats {
		args = append(args, "--output", f+"=out/"+f)
	}
	code, stdout, stderr := runIn(t, dir, append(args, "page.txt", "page.md", "volume.xml")...)
	assert.Equal(t, exitFindings, code, stderr)
	recs := jsonRecords(t, stdout)
	for _, file := range []string{"page.txt", "page.md", "volume.xml"} {
		capped := 0
		for _, r := range recordsOf(recs, file) {
			if strings.Contains(r["message"].(string), "more findings of") {
				capped++
			}
		}
		assert.Positive(t, capped, "%s: some rule found more than it may show", file)
	}
	for _, f := range formats {
		b, err := os.ReadFile(filepath.Join(dir, "out", f))
		require.NoError(t, err)
		assert.Contains(t, string(b), "page.txt", f)
	}
}
