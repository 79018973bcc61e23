package citation

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/stretchr/testify/require"
)

// packPath is the built-in grammar pack, read through the repository tree; package rules
// embeds the same file.
var packPath = filepath.Join("..", "..", "rules", "citations.hcl")

// archiveBlocks parses HCL source and returns its archive blocks, as the loader would.
func archiveBlocks(t testing.TB, name string, src []byte) (hcl.Blocks, *hclparse.Parser) {
	t.Helper()
	parser := hclparse.NewParser()
	file, diags := parser.ParseHCL(src, name)
	require.False(t, diags.HasErrors(), "%s", diags)
	content, _, diags := file.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{BlockHeader()}})
	require.False(t, diags.HasErrors(), "%s", diags)
	return content.Blocks, parser
}

// packParser decodes the built-in pack into a Parser.
func packParser(t testing.TB) *Parser {
	t.Helper()
	src, err := os.ReadFile(packPath)
	require.NoError(t, err)
	blocks, _ := archiveBlocks(t, packPath, src)
	grammars, diags := DecodeArchives(blocks, nil)
	require.Empty(t, diags, "%s", diags)
	p, err := NewParser(grammars)
	require.NoError(t, err)
	return p
}

func TestPackDecodes(t *testing.T) {
	file, diags := hclparse.NewParser().ParseHCLFile(packPath)
	require.False(t, diags.HasErrors(), "%s", diags)
	// The pack also holds the citation rules, which package rules decodes.
	content, _, diags := file.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{BlockHeader()}})
	require.Empty(t, diags, "%s", diags)
	grammars, diags := DecodeArchives(content.Blocks, nil)
	require.Empty(t, diags, "%s", diags)
	require.NotEmpty(t, grammars)
	_, err := NewParser(grammars)
	require.NoError(t, err)
}
