package citation

import (
	"os"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeDiagnostics(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		summary string
		detail  string // a part of the detail
		subject string // the source text the diagnostic points at
	}{
		{
			name: "bad regular expression",
			src: `archive "a" {
  component "fond" {
    labels = ["f."]
    value  = "[0-9"
  }
}`,
			summary: "Invalid regular expression",
			detail:  "not a valid RE2 regular expression",
			subject: `value  = "[0-9"`,
		},
		{
			name: "order names no component",
			src: `archive "a" {
  order = ["fond", "opsi"]
  component "fond" { labels = ["f."] }
  component "opis" { labels = ["op."] }
}`,
			summary: "Unknown component",
			detail:  `Did you mean "opis"?`,
			subject: `order = ["fond", "opsi"]`,
		},
		{
			name: "requires names no component",
			src: `archive "a" {
  component "box" {
    suffixes = ["doboz"]
    requires = ["yaer"]
  }
  component "year" { value = "[0-9]{4}" }
}`,
			summary: "Unknown component",
			detail:  `Did you mean "year"?`,
			subject: `requires = ["yaer"]`,
		},
		{
			name: "component that nothing can recognise",
			src: `archive "a" {
  component "fond" {}
}`,
			summary: "Component without labels or value",
			detail:  "nothing can recognise it",
			subject: `component "fond"`,
		},
		{
			name: "empty label",
			src: `archive "a" {
  component "fond" { labels = ["f.", " "] }
}`,
			summary: "Empty string in labels",
			subject: `labels = ["f.", " "]`,
		},
		{
			name: "repository in a common archive",
			src: `archive "a" {
  common = true
  repository "X" {}
}`,
			summary: "Repository in a common archive",
			subject: `repository "X"`,
		},
		{
			name: "one name, two repositories",
			src: `archive "a" {
  repository "GARF" {}
}
archive "b" {
  repository "GA RF" { aliases = ["garf"] }
}`,
			summary: "Repository name claimed twice",
			detail:  `"garf" names repository "GA RF" and also repository "GARF"`,
			subject: `repository "GA RF"`,
		},
		{
			name: "marker with a value",
			src: `archive "a" {
  component "series" {
    labels = ["Electronic Telegrams"]
    marker = true
    range  = true
  }
}`,
			summary: "Marker with a value",
			subject: `component "series"`,
		},
		{
			name: "misspelled argument",
			src: `archive "a" {
  component "fond" { lables = ["f."] }
}`,
			summary: "Unsupported argument",
			detail:  `Did you mean "labels"?`,
			subject: `lables`,
		},
		{
			name: "duplicate component",
			src: `archive "a" {
  component "fond" { labels = ["f."] }
  component "fond" { labels = ["ф."] }
}`,
			summary: "Duplicate component",
			subject: `"fond"`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			blocks, _ := archiveBlocks(t, "test.hcl", src)
			_, diags := DecodeArchives(blocks, nil)
			require.True(t, diags.HasErrors(), "want an error")
			d := diags[0]
			assert.Equal(t, tc.summary, d.Summary)
			assert.Contains(t, d.Detail, tc.detail)
			require.NotNil(t, d.Subject)
			assert.Equal(t, tc.subject, string(d.Subject.SliceBytes(src)))
		})
	}
}

// A project's block of the same name extends a built-in family; with replace = true it
// takes its place.
func TestDecodeExtendAndReplace(t *testing.T) {
	builtIn, err := os.ReadFile(packPath)
	require.NoError(t, err)
	project := []byte(`
archive "russia" {
  repository "GAPO" {
    names = ["Perm State Archive"]
  }
  component "list" {
    labels = ["ll.", "l.", "sheets"]
    value  = "[0-9]+"
    range  = true
  }
}
archive "uk" {
  replace = true
  repository "CAC" {
    names = ["Churchill Archives Centre"]
  }
  component "collection" {
    value    = "[A-Z]{3,4} [0-9]+(?:/[0-9]+)*"
    required = true
  }
}
`)
	packBlocks, _ := archiveBlocks(t, packPath, builtIn)
	projectBlocks, _ := archiveBlocks(t, ".archivelint.hcl", project)
	grammars, diags := DecodeArchives(append(packBlocks, projectBlocks...), nil)
	require.Empty(t, diags, "%s", diags)
	p, err := NewParser(grammars)
	require.NoError(t, err)

	c := p.Parse("GAPO, f. 105, op. 2, d. 31, sheets 4-9")
	assert.Equal(t, "russia", c.Archive)
	assert.Equal(t, "GAPO", c.Repository.Name)
	assert.Empty(t, c.Problems)
	assert.Equal(t, "list", c.Components[len(c.Components)-1].Name)

	c = p.Parse("Churchill Archives Centre, CHAR 20/137")
	assert.Equal(t, "uk", c.Archive)
	assert.Empty(t, c.Problems)
	assert.Nil(t, p.Parse("TNA, FO 371/1").Repository, "the replaced family's repositories are gone")

	var ruUK []*Grammar
	for _, g := range grammars {
		if g.Name == "russia" || g.Name == "uk" {
			ruUK = append(ruUK, g)
		}
	}
	require.Len(t, ruUK, 2, "a name is one grammar however many blocks declare it")
	order := []string{}
	for _, comp := range ruUK[0].Components {
		order = append(order, comp.Name)
	}
	assert.Equal(t, []string{"fond", "opis", "year", "papka", "delo", "list"}, order, "a replaced component keeps its place")
}

func TestDecodeRejectsOtherBlocks(t *testing.T) {
	_, diags := DecodeArchives(hcl.Blocks{{Type: "rule", Labels: []string{"a", "b"}}}, nil)
	require.True(t, diags.HasErrors())
	assert.Equal(t, "Not an archive block", diags[0].Summary)
}

func TestNewParserChecksGoGrammars(t *testing.T) {
	_, err := NewParser([]*Grammar{{Name: "x", Components: []*ComponentSpec{{Name: "fond", Labels: []string{"f."}, Value: "("}}}})
	assert.ErrorContains(t, err, `component "fond": value`)
	_, err = NewParser([]*Grammar{{Name: "x", Order: []string{"fond"}}})
	assert.ErrorContains(t, err, `no component named "fond"`)
	_, err = NewParser([]*Grammar{{Name: "x", Components: []*ComponentSpec{{Name: "ref"}}}})
	assert.ErrorContains(t, err, "has no labels, suffixes or value")
}
