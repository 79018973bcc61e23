package rules_test

import (
	"testing"

	"github.com/archivelint/archivelint/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIgnoreBlocks(t *testing.T) {
	cfg, diags := rules.LoadSource(".archivelint.hcl", []byte(`
ignore {
  rules  = ["artifact.*", "metadata.empty-field"]
  files  = ["letters/**"]
  lines  = [3, "10-12"]
  match  = "^XX$"
  reason = "kept on purpose"
}`), nil)
	require.False(t, diags.HasErrors(), diags.Error())
	require.Len(t, cfg.Ignores, 1)
	ig := cfg.Ignores[0]
	assert.Equal(t, "kept on purpose", ig.Reason)
	assert.Equal(t, []rules.LineRange{{3, 3}, {10, 12}}, ig.Lines)
	tests := []struct {
		rule string
		want bool
	}{
		{"artifact.skip-link", true},
		{"metadata.empty-field", true},
		{"metadata.missing-field", false},
		{"spacing.run-together", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ig.CoversRule(tt.rule), tt.rule)
	}
	for line, want := range map[int]bool{2: false, 3: true, 9: false, 10: true, 12: true, 13: false} {
		assert.Equal(t, want, ig.CoversLine(line), "line %d", line)
	}
	assert.True(t, ig.Match.MatchString("XX"))
}

func TestIgnoreBlockDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		summary   string
		isError   bool
	}{
		{"no reason", "ignore {\nrules = [\"artifact.*\"]\n}", "Missing required argument", true},
		{"blank reason", "ignore {\nrules = [\"artifact.*\"]\nreason = \" \"\n}", "Missing reason", true},
		{"no condition", "ignore {\nreason = \"x\"\n}", "Ignore block ignores everything", true},
		{"bad range", "ignore {\nlines = [\"9-3\"]\nreason = \"x\"\n}", "Invalid line range", true},
		{"bad regex", "ignore {\nmatch = \"(\"\nreason = \"x\"\n}", "Invalid regular expression", true},
		{"bad glob", "ignore {\nfiles = [\"a/[b\"]\nreason = \"x\"\n}", "Invalid glob", true},
		{"unknown rule", "ignore {\nrules = [\"artifact.skip-lnk\"]\nreason = \"x\"\n}", "No such rule", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := rules.LoadSource(".archivelint.hcl", []byte(tt.src), nil)
			require.NotEmpty(t, diags)
			assert.Equal(t, tt.summary, diags[0].Summary)
			assert.Equal(t, tt.isError, diags.HasErrors())
		})
	}
}
