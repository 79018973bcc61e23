package citation_test

import (
	"fmt"

	"github.com/archivelint/archivelint/checks/citation"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
)

func Example() {
	src := `
archive "russia" {
  order = ["fond", "opis", "delo", "list"]
  repository "GARF" {
    names   = ["State Archive of the Russian Federation"]
    aliases = ["GA RF"]
  }
  component "fond" {
    labels   = ["f.", "ф."]
    required = true
  }
  component "opis" { labels = ["op.", "оп."] }
  component "delo" {
    labels   = ["d.", "д."]
    required = true
  }
  component "list" {
    labels = ["ll.", "l.", "лл.", "л."]
    value  = "[0-9]+"
    range  = true
  }
}`
	file, diags := hclparse.NewParser().ParseHCL([]byte(src), "example.hcl")
	if diags.HasErrors() {
		panic(diags)
	}
	content, _, _ := file.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{citation.BlockHeader()}})
	grammars, diags := citation.DecodeArchives(content.Blocks, nil)
	if diags.HasErrors() {
		panic(diags)
	}
	p, err := citation.NewParser(grammars)
	if err != nil {
		panic(err)
	}

	c := p.Parse("GRAF, f. 5446, op. 1, d 31, ll. 12-9. Translated by A. Example.")
	fmt.Println(c.Archive, c.Repository.Name, c.Credit.Text)
	for _, pr := range c.Problems {
		fmt.Printf("%d-%d %s %q -> %q\n", pr.Span.Start, pr.Span.End, pr.Kind, pr.Match, pr.Suggestion)
	}
	// Output:
	// russia GARF Translated by A. Example.
	// 0-4 misspelled-repository "GRAF" -> "GARF"
	// 22-23 malformed-abbreviation "d" -> "d."
	// 32-36 reversed-range "12-9" -> "9-12"
}
