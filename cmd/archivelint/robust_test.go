package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/hashicorp/hcl/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonRecords parses a JSON report into its records.
func jsonRecords(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		out = append(out, m)
	}
	return out
}

// recordsOf keeps the records about one file.
func recordsOf(recs []map[string]any, file string) []map[string]any {
	var out []map[string]any
	for _, r := range recs {
		if r["file"] == file {
			out = append(out, r)
		}
	}
	return out
}

// rulesOf lists the rules of records.
func rulesOf(recs []map[string]any) []string {
	var out []string
	for _, r := range recs {
		if s, ok := r["rule"].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// lintedAlongside asserts that the clean neighbour of a hostile file was linted: its
// artifact findings are there.
func lintedAlongside(t *testing.T, recs []map[string]any) {
	t.Helper()
	assert.Contains(t, rulesOf(recordsOf(recs, "ok.txt")), "artifact.skip-link", "the other file is linted")
}

func TestAFileOverTheSizeLimitIsReportedAndTheRunGoesOn(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": onlyArtifacts, "ok.txt": pageWithArtifacts,
		"big.txt": strings.Repeat("A line of a very long transcription.\n", 60000)})
	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", "--max-file-size", "1", ".")
	assert.Equal(t, exitError, code, "the run is incomplete")
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	big := recordsOf(recs, "big.txt")
	require.Len(t, big, 1)
	assert.Equal(t, "the file is 2 MB, over the 1 MB limit (--max-file-size)", big[0]["error"])
	assert.Contains(t, stderr, "file not linted")
}

func TestHostileXMLIsRefusedWithAReason(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(secret, []byte("THE-SECRET-CONTENT"), 0o644))
	laughs := `<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY lol "lol">` +
		`<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">` +
		`<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>` +
		`<TEI><text><body><p>&lol9;</p></body></text></TEI>`
	external := `<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file://` + filepath.ToSlash(secret) + `">]>` +
		`<TEI><text><body><p>&xxe;</p></body></text></TEI>`
	deep := `<TEI><text><body>` + strings.Repeat("<div>", 200000) + "<p>deep</p>" + strings.Repeat("</div>", 200000) + `</body></text></TEI>`
	dir := writeFiles(t, map[string]string{".archivelint.hcl": "archivelint {\n  packs = [\"artifact\", \"reader\"]\n}\n",
		"ok.txt": pageWithArtifacts, "laughs.xml": laughs, "external.xml": external, "deep.xml": deep})

	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitFindings, code, stderr)
	assert.NotContains(t, stdout, "THE-SECRET-CONTENT", "an external entity is never read")
	assert.NotContains(t, stdout, "lollollol", "entities are not expanded")
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	for _, file := range []string{"laughs.xml", "external.xml", "deep.xml"} {
		assert.Contains(t, rulesOf(recordsOf(recs, file)), "syntax.malformed-xml", file)
	}
	var messages []string
	for _, file := range []string{"laughs.xml", "external.xml", "deep.xml"} {
		for _, r := range recordsOf(recs, file) {
			messages = append(messages, file+": "+r["message"].(string))
		}
	}
	joined := strings.Join(messages, "\n")
	assert.Contains(t, joined, "laughs.xml: ")
	assert.Regexp(t, `(?i)laughs\.xml: .*entit`, joined, "the reason names the entity declaration")
	assert.Regexp(t, `(?i)external\.xml: .*entit`, joined)
	assert.Regexp(t, `(?i)deep\.xml: .*(deep|nest)`, joined, "the reason names the depth")
}

func TestSymlinkLoopsAndBrokenLinksAreReportedNotFatal(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": onlyArtifacts, "ok.txt": pageWithArtifacts})
	require.NoError(t, os.Symlink("b.txt", filepath.Join(dir, "a.txt")))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "b.txt")))
	require.NoError(t, os.Symlink("nowhere.txt", filepath.Join(dir, "broken.txt")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.Symlink("..", filepath.Join(dir, "sub", "up"))) // a directory loop

	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitError, code)
	lintedAlongside(t, jsonRecords(t, stdout))
	assert.Contains(t, stderr, "a.txt: too many levels of symbolic links")
	assert.Contains(t, stderr, "broken.txt: no such file or directory")
	assert.NotContains(t, stderr, "sub/up", "a link to a directory is not followed")

	code, _, stderr = runIn(t, dir, "lint", "--format", "json", "a.txt", "ok.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "a.txt: too many levels of symbolic links")
}

func TestUnreadableFilesAreReportedNotFatal(t *testing.T) {
	dir := writeFiles(t, map[string]string{".archivelint.hcl": onlyArtifacts, "ok.txt": pageWithArtifacts, "locked.txt": pageWithArtifacts})
	require.NoError(t, os.Chmod(filepath.Join(dir, "locked.txt"), 0o000))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked.txt"), 0o644) })
	// Linux's /proc/self/mem stats as a regular file and fails on the first read: an I/O
	// error that even root gets, which chmod cannot give it.
	procMem := runtime.GOOS == "linux"
	if procMem {
		require.NoError(t, os.Symlink("/proc/self/mem", filepath.Join(dir, "ioerror.txt")))
	}

	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitError, code, stderr)
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	if os.Geteuid() != 0 {
		locked := recordsOf(recs, "locked.txt")
		require.Len(t, locked, 1)
		assert.Equal(t, "permission denied", locked[0]["error"])
	}
	if procMem {
		ioerr := recordsOf(recs, "ioerror.txt")
		require.Len(t, ioerr, 1)
		assert.NotEmpty(t, ioerr[0]["error"], "the read error is said (input/output error)")
	}
}

func TestBinaryAndMisencodedFilesAreReportedBriefly(t *testing.T) {
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	latin1 := strings.Repeat("Caf\xe9 cr\xe8me, d\xe9j\xe0 vu.\n", 500)
	dir := writeFiles(t, map[string]string{".archivelint.hcl": "archivelint {\n  packs = [\"artifact\", \"reader\"]\n}\n",
		"ok.txt": pageWithArtifacts, "photo.txt": string(binary), "latin1.txt": latin1})
	code, stdout, _ := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitFindings, code)
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	assert.Equal(t, []string{"encoding.unreadable-file"}, rulesOf(recordsOf(recs, "photo.txt")))
	latin := recordsOf(recs, "latin1.txt")
	assert.Len(t, latin, 21, "twenty bad runs, then one finding for the rest")
	assert.Contains(t, latin[20]["message"], "another encoding")
}

// panicKind is a check kind that only tests register: it panics on every document that
// holds "BOOM".
var panicKind = checks.NewKind("test_panic", "a check that panics on BOOM\n\nOnly tests register it.",
	func(_ *struct{}, _ *checks.Build) (checks.Check, hcl.Diagnostics) {
		return checks.CheckFunc(func(p *checks.Pass) {
			p.Units(func(u checks.Unit) {
				if strings.Contains(u.Text.S, "BOOM") {
					var m map[string]int
					m["boom"]++
				}
			})
		}), nil
	})

// withPanicKind registers panicKind for the test.
func withPanicKind(t *testing.T) {
	t.Helper()
	saved := checks.All
	checks.All = append(append([]*checks.Kind{}, saved...), panicKind)
	t.Cleanup(func() { checks.All = saved })
}

func TestACrashingCheckIsReportedInEveryFormatAndTheRunGoesOn(t *testing.T) {
	withPanicKind(t)
	config := onlyArtifacts + "rule \"test_panic\" \"t.boom\" {\n  category = \"artifact\"\n}\n"
	bomb := strings.Replace(pageWithArtifacts, "The treaty was signed at noon.", "BOOM", 1)
	dir := writeFiles(t, map[string]string{".archivelint.hcl": config, "ok.txt": pageWithArtifacts, "bomb.txt": bomb, "z.txt": pageWithArtifacts})
	want := "rule t.boom crashed on this file (assignment to entry in nil map); its findings there are missing"

	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitError, code, "the run is incomplete")
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	assert.Contains(t, rulesOf(recordsOf(recs, "z.txt")), "artifact.skip-link", "files after the crash are linted")
	assert.Contains(t, rulesOf(recordsOf(recs, "bomb.txt")), "artifact.skip-link", "the other rules ran on the file")
	var crashes []map[string]any
	for _, r := range recs {
		if _, ok := r["panic"]; ok {
			crashes = append(crashes, r)
		}
	}
	require.Len(t, crashes, 1, "once")
	assert.Equal(t, "bomb.txt", crashes[0]["file"])
	assert.Equal(t, "t.boom", crashes[0]["rule"])
	assert.Equal(t, want, crashes[0]["message"])
	assert.Equal(t, 1, strings.Count(stderr, "crashed; the results for this file are incomplete"), "logged once: %s", stderr)

	for _, format := range []string{"human", "compact", "github", "junit", "checkstyle", "sarif"} {
		code, stdout, _ := runIn(t, dir, "lint", "--format", format, "--no-color", ".")
		assert.Equal(t, exitError, code, format)
		assert.Equal(t, 1, strings.Count(stdout, want), "%s:\n%s", format, stdout)
	}

	before := readFile(t, dir, "bomb.txt")
	code, _, _ = runIn(t, dir, "fix", "--format", "compact", ".")
	assert.Equal(t, exitError, code)
	assert.Equal(t, before, readFile(t, dir, "bomb.txt"), "a file whose checks crashed is not fixed")
	assert.NotEqual(t, pageWithArtifacts, readFile(t, dir, "ok.txt"), "the others are")
}

func TestHostileFrontMatterIsHarmless(t *testing.T) {
	bomb := []string{"---", `a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`}
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		refs := strings.TrimSuffix(strings.Repeat("*"+prev+", ", 9), ", ")
		bomb = append(bomb, name+": &"+name+" ["+refs+"]")
		prev = name
	}
	bomb = append(bomb, "title: x", "---", "Body text.", "")
	dir := writeFiles(t, map[string]string{".archivelint.hcl": "archivelint {\n  packs = [\"artifact\", \"reader\"]\n}\n",
		"ok.txt": pageWithArtifacts, "bomb.md": strings.Join(bomb, "\n"),
		"deep.md": "---\ntitle: " + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + "\n---\nBody.\n"})
	code, stdout, stderr := runIn(t, dir, "lint", "--format", "json", ".")
	assert.Equal(t, exitFindings, code, stderr)
	recs := jsonRecords(t, stdout)
	lintedAlongside(t, recs)
	assert.Empty(t, recordsOf(recs, "bomb.md"), "aliases are not expanded: a billion lols are never made")
	deep := recordsOf(recs, "deep.md")
	require.Len(t, deep, 1)
	assert.Equal(t, "the front matter is not valid YAML: exceeded max depth of 10000", deep[0]["message"])
}
