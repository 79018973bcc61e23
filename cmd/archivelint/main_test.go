package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/internal/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the stderr sections of testdata/config fixtures")

// runIn runs the command line in dir and returns exit code, stdout and stderr.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
		now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }}
	code := e.run(args)
	return code, stdout.String(), stderr.String()
}

// writeFiles lays out name -> content under a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

// cleanPage passes every built-in pack.
const cleanPage = "A Note on the Treaty\n\n3 May 1921\n\nThe treaty was signed at noon.\n\nDocument Information\n\n" +
	"Source\n\nConsular despatches, vol. 12.\n\nRights\n\nPublic domain.\n\nOriginal Uploaded Date\n\n2019-06-11\n\n" +
	"Language\n\nEnglish\n\nRecord ID\n\n208807\n"

// pageWithArtifacts has three findings of the artifact and metadata packs' rules pinned by
// onlyArtifacts: two artifacts and an empty field.
const pageWithArtifacts = "Skip to content\n\nA Note on the Treaty\n\n3 May 1921\n\nThe treaty was signed at noon.\n\nXX\n\nDocument Information\n\nLanguage\n\n"

// onlyArtifacts pins the rules a test counts findings of, so that new packs do not change it.
const onlyArtifacts = "archivelint {\n  packs = [\"artifact\"]\n}\n" +
	"rule \"field\" \"local.empty-language\" {\n  category = \"metadata\"\n  severity = \"error\"\n  fields = [\"language\"]\n  non_empty = true\n  message = \"${label} has no value\"\n}\n"

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		want  int
	}{
		{"clean", map[string]string{"a.txt": cleanPage}, []string{"lint", "--format", "compact", "."}, exitClean},
		{"findings", map[string]string{"a.txt": pageWithArtifacts}, []string{"lint", "--format", "compact", "."}, exitFindings},
		{"only warnings under fail level error", map[string]string{"a.txt": cleanPage + "\nXX\n", ".archivelint.hcl": onlyArtifacts}, []string{"lint", "--fail-level", "error", "."}, exitClean},
		{"missing path", map[string]string{"a.txt": cleanPage}, []string{"lint", "nope"}, exitError},
		{"bad flag", nil, []string{"lint", "--nope"}, exitError},
		{"bad format", nil, []string{"lint", "--format", "xml", "."}, exitError},
		{"bad fail level", nil, []string{"lint", "--fail-level", "fatal", "."}, exitError},
		{"unknown command", nil, []string{"lnt"}, exitError},
		{"default command", map[string]string{"a.txt": pageWithArtifacts}, []string{"--format", "json"}, exitFindings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runIn(t, writeFiles(t, tt.files), tt.args...)
			assert.Equal(t, tt.want, code, "stderr: %s", stderr)
		})
	}
}

func TestJSONFindings(t *testing.T) {
	dir := writeFiles(t, map[string]string{"sub/a.txt": pageWithArtifacts, ".archivelint.hcl": onlyArtifacts})
	code, stdout, _ := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitFindings, code)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 3)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, "error", first["level"])
	assert.Equal(t, "artifact.skip-link", first["rule"])
	assert.Equal(t, "artifact", first["category"])
	assert.Equal(t, "sub/a.txt", first["file"])
	assert.EqualValues(t, 1, first["line"])
	assert.EqualValues(t, 1, first["column"])
	assert.EqualValues(t, 1, first["end_line"])
	assert.EqualValues(t, 16, first["end_column"])
	assert.Equal(t, "Skip to content", first["match"])
	assert.Contains(t, first["message"], "navigation text")
	var last map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &last))
	assert.Equal(t, "local.empty-language", last["rule"])
	assert.EqualValues(t, 13, last["line"])
}

func TestHumanFormatMarksTheSpan(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": pageWithArtifacts, ".archivelint.hcl": onlyArtifacts})
	_, stdout, _ := runIn(t, dir, "lint", "--format", "human", "--no-color", ".")
	assert.Contains(t, stdout, "a.txt:1:1: error \"Skip to content\" is navigation text scraped with the page [artifact.skip-link]\n")
	assert.Contains(t, stdout, "     1 | Skip to content\n         ^^^^^^^^^^^^^^^\n")
	assert.Contains(t, stdout, "3 findings (2 errors, 1 warnings, 0 notices) in 1 files")
}

func TestOutputIsTheSameWhateverTheWorkers(t *testing.T) {
	files := map[string]string{".archivelint.hcl": onlyArtifacts}
	for i := 0; i < 40; i++ {
		files["d/"+strconv.Itoa(i)+".txt"] = pageWithArtifacts
		files["e/"+strconv.Itoa(i)+".md"] = "---\ntitle: \"x\"\nlanguage:\n---\nSkip to content\n"
	}
	dir := writeFiles(t, files)
	_, one, _ := runIn(t, dir, "lint", "--format", "json", "-j", "1", ".")
	_, many, _ := runIn(t, dir, "lint", "--format", "json", "-j", "8", ".")
	assert.Equal(t, one, many)
	assert.Equal(t, 40*3+40*2, strings.Count(one, "\n"))

	// Every format, every pack, and TEI volumes of many documents beside the pages.
	for i := 0; i < 12; i++ {
		var divs strings.Builder
		for d := 0; d < 15; d++ {
			fmt.Fprintf(&divs, `<div type="document" xml:id="v%dd%d"><head>No. %d</head><dateline>Paris, 3 May 1921</dateline>`+
				`<p>Skip to content. The draft.But the letteris XX dated 31 Febuary 1921, see file 611.61/3-1262.</p></div>`, i, d, d)
		}
		files["v/"+strconv.Itoa(i)+".xml"] = `<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0">` +
			`<teiHeader><fileDesc><titleStmt><title>Volume ` + strconv.Itoa(i) + `</title></titleStmt></fileDesc></teiHeader>` +
			`<text><body>` + divs.String() + `</body></text></TEI>`
	}
	files[".archivelint.hcl"] = ""
	dir = writeFiles(t, files)
	for _, format := range report.FormatNames() {
		_, one, _ := runIn(t, dir, "lint", "--format", format, "-j", "1", ".")
		_, many, _ := runIn(t, dir, "lint", "--format", format, "-j", "8", ".")
		assert.True(t, one == many, "%s: the output differs with 8 workers", format)
		assert.True(t, strings.Contains(one, "v/11.xml") && strings.Contains(one, "d/39.txt"), "%s: findings in every file", format)
	}
}

func TestFixChangesOnlyTheFixedBytes(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": pageWithArtifacts, ".archivelint.hcl": onlyArtifacts})
	code, _, stderr := runIn(t, dir, "fix", "--format", "compact", ".")
	assert.Equal(t, exitFindings, code, stderr) // the XX line and the empty Language remain
	b, err := os.ReadFile(filepath.Join(dir, "a.txt"))
	require.NoError(t, err)
	assert.Equal(t, strings.TrimPrefix(pageWithArtifacts, "Skip to content\n\n"), string(b))
	assert.Contains(t, stderr, "fixed 1 findings in 1 files")
}

func TestRulesLists(t *testing.T) {
	code, stdout, _ := runIn(t, t.TempDir(), "rules")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, stdout, "RULE")
	assert.Regexp(t, `artifact\.skip-link\s+pattern\s+artifact\s+error\s+artifact\s+navigation text scraped with the page`, stdout)
	code, stdout, _ = runIn(t, t.TempDir(), "rules", "--kinds")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, stdout, "pattern")
}

func TestVersion(t *testing.T) {
	code, stdout, _ := runIn(t, t.TempDir(), "version")
	assert.Equal(t, exitClean, code)
	assert.True(t, strings.HasPrefix(stdout, "archivelint "))
}

// TestConfigDiagnostics runs testdata/config: each scenario's .archivelint.hcl, the exit code
// of `archivelint rules`, and the diagnostics on stderr (rewritten by -update).
func TestConfigDiagnostics(t *testing.T) {
	files, err := filepath.Glob("../../testdata/config/*.txtar")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		file, _ := filepath.Abs(file)
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			require.NoError(t, err)
			sections := map[string]string{}
			for _, f := range ar.Files {
				sections[f.Name] = string(f.Data)
			}
			dir := writeFiles(t, map[string]string{".archivelint.hcl": sections[".archivelint.hcl"]})
			code, _, stderr := runIn(t, dir, "rules")
			if *update {
				set := false
				for i := range ar.Files {
					if ar.Files[i].Name == "stderr" {
						ar.Files[i].Data, set = []byte(stderr), true
					}
				}
				if !set {
					ar.Files = append(ar.Files, txtar.File{Name: "stderr", Data: []byte(stderr)})
				}
				require.NoError(t, os.WriteFile(file, txtar.Format(ar), 0o644))
				return
			}
			assert.Equal(t, strings.TrimSpace(sections["exit"]), strconv.Itoa(code))
			assert.Equal(t, sections["stderr"], stderr)
		})
	}
}
