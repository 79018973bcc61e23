package citation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/gocty"
)

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"RGANI", "RGANI", 0},
		{"RGNAI", "RGANI", 1}, // neighbours swapped
		{"BSTU", "BStU", 0},   // case is not counted
		{"AVR RF", "AVP RF", 1},
		{"АПВ РФ", "АВП РФ", 1},
		{"MAF", "FMA", 2},
		{"", "AAN", 3},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, editDistance(tc.a, tc.b), "%s/%s", tc.a, tc.b)
	}
}

func TestAcronymEnd(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"AVP RF, f. 5", "AVP RF"},
		{"PRC FMA 109-00928-03", "PRC FMA"},
		{"SAPMO-BArch, DY 30", "SAPMO-BArch"},
		{"BStU)", "BStU"},
		{"АВП РФ)", "АВП РФ"},
		{"Records of the", ""},
		{"Kína, 1969", ""},
		{"A. Smith", ""},
		{"J2, Intelligence", ""},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.text[:acronymEnd(tc.text, 0)], tc.text)
	}
}

func TestMatchLabel(t *testing.T) {
	cases := []struct {
		text, label string
		ok          bool
		want        labelMatch // end is checked as the matched text's length
		matched     string
	}{
		{"ll. 5", "ll.", true, labelMatch{}, "ll."},
		{"Ll. 5", "ll.", true, labelMatch{recased: true}, "Ll."},
		{"II. 5", "ll.", true, labelMatch{lookAlike: true, recased: true}, "II."},
		{"I. 5", "l.", false, labelMatch{}, ""}, // one look-alike letter is a Roman numeral
		{"ff 84", "ff.", true, labelMatch{bare: true}, "ff"},
		{"P 43", "p.", false, labelMatch{}, ""}, // bare needs the declared case
		{"ff Smith", "ff.", false, labelMatch{}, ""},
		{"a.j. 25", "a. j.", true, labelMatch{}, "a.j."},
		{"a.  j. 25", "a. j.", true, labelMatch{}, "a.  j."},
		{"Boxer 5", "Box", false, labelMatch{}, ""},
		{"RG 59", "RG", true, labelMatch{}, "RG"},
	}
	for _, tc := range cases {
		m, ok := matchLabel(tc.text, 0, tc.label)
		assert.Equal(t, tc.ok, ok, "%q ~ %q", tc.text, tc.label)
		if ok {
			assert.Equal(t, tc.matched, tc.text[:m.end])
			m.end = 0
			assert.Equal(t, tc.want, m, "%q ~ %q", tc.text, tc.label)
		}
	}
}

func TestCreditStart(t *testing.T) {
	cases := []struct {
		text, credit string
		glued        bool
	}{
		{"RGANI, f. 5, d. 3. Translated by A. Example.", "Translated by A. Example.", false},
		{"RGANI, f. 5. Contributed by A. Example and translated by B. Example.", "Contributed by A. Example and translated by B. Example.", false},
		{"AVPRF, f. 7. Obtained and translated for CWIHP by A. Example.", "Obtained and translated for CWIHP by A. Example.", false},
		{"RGANI, ll. 3-4 Translated by A. Example.", "Translated by A. Example.", true},
		{"NARA, RG 59, Records Maintained by the Executive Secretariat", "", false},
		{"LBJ Library, Box 5. Sanitized NLJ 95-118.", "", false},
		{"Translated by A. Example.", "Translated by A. Example.", false},
	}
	for _, tc := range cases {
		at, glued := creditStart(tc.text, 0, len(tc.text))
		assert.Equal(t, tc.credit, tc.text[at:], tc.text)
		assert.Equal(t, tc.glued, glued, tc.text)
	}
}

// The integrator converts citations to cty for HCL rule expressions; the struct tags must
// make that a one-liner.
func TestCitationConvertsToCty(t *testing.T) {
	p := packParser(t)
	c := p.Parse("RGANI, f. 5, op. 30, d. 141, ll. 15-12. Translated by A. Example.")
	ty, err := gocty.ImpliedType(c)
	assert.NoError(t, err)
	v, err := gocty.ToCtyValue(c, ty)
	assert.NoError(t, err)
	assert.Equal(t, cty.StringVal("RGANI"), v.GetAttr("repository").GetAttr("name"))
	assert.Equal(t, cty.StringVal("reversed-range"), v.GetAttr("problems").Index(cty.NumberIntVal(0)).GetAttr("kind"))
	assert.Equal(t, cty.StringVal("12"), v.GetAttr("components").Index(cty.NumberIntVal(3)).GetAttr("to"))
	assert.True(t, v.GetAttr("credit").GetAttr("span").GetAttr("start").Equals(cty.NumberIntVal(40)).True())
}

func TestVersoIsNotAWordStart(t *testing.T) {
	p := packParser(t)
	c := p.Parse("TNA, FO 371/128990, ff. 12v-14r via the embassy")
	assert.Equal(t, "12v-14r", c.Components[1].Value)
	c = p.Parse("TNA, FO 371/128990, ff. 12 via the embassy")
	assert.Equal(t, "12", c.Components[1].Value)
}
