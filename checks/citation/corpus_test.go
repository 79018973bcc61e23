package citation

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/bench"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests in this file read the shared corpora beside the repository and skip when they
// are absent (a fresh clone has none). They read files crudely, line by line: a stand-in for
// the project's readers, enough to measure the citation parser on its own.

// reportedByDefault is what the packs report: every kind but unknown-repository.
func reportedByDefault(k Kind) bool { return k != UnknownRepository }

// A lineFinding is a problem placed on a 1-based line of a corpus file.
type lineFinding struct {
	file string
	line int
	p    Problem
}

var (
	xmlTag            = regexp.MustCompile(`<[^>]*>`)
	xmlIdentifierPart = regexp.MustCompile(`^\s*<(repository|collection|idno|settlement|institution)>`)
	xmlProse          = regexp.MustCompile(`<(p|note|item|head|closer|signed|dateline)\b`)
)

// lintFile reads one corpus file crudely and returns the citation problems on its lines.
func lintFile(t testing.TB, p *Parser, path string) []lineFinding {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(string(raw), "\n")
	name := filepath.Base(path)
	var out []lineFinding
	add := func(line int, c *Citation) {
		for _, pr := range c.Problems {
			if reportedByDefault(pr.Kind) {
				out = append(out, lineFinding{name, line, pr})
			}
		}
	}
	addFound := func(line int, text string) {
		for _, c := range p.Find(text) {
			add(line, c)
		}
	}
	switch filepath.Ext(path) {
	case ".txt":
		source := -1
		for i, l := range lines {
			if strings.TrimSpace(l) == "Document Information" {
				for j := i + 1; j < len(lines); j++ {
					if strings.TrimSpace(lines[j]) == "Source" {
						for k := j + 1; k < len(lines); k++ {
							if strings.TrimSpace(lines[k]) != "" {
								source = k
								break
							}
						}
						break
					}
				}
				break
			}
			addFound(i+1, l)
		}
		if source >= 0 {
			add(source+1, p.Parse(lines[source]))
		}
	case ".md":
		inFront := false
		for i, l := range lines {
			switch {
			case i == 0 && strings.TrimSpace(l) == "---":
				inFront = true
			case inFront && strings.TrimSpace(l) == "---":
				inFront = false
			case inFront:
				if v, ok := strings.CutPrefix(l, "source:"); ok {
					add(i+1, p.Parse(yamlScalar(v)))
				}
			default:
				addFound(i+1, l)
			}
		}
	case ".xml":
		var parts []string
		var partLines []int
		inIdentifier, inText := false, false
		for i, l := range lines {
			plain := html.UnescapeString(xmlTag.ReplaceAllString(l, ""))
			switch {
			case strings.Contains(l, "<msIdentifier"):
				inIdentifier, parts, partLines = true, nil, nil
			case strings.Contains(l, "</msIdentifier>"):
				inIdentifier = false
				c := p.ParseParts(parts)
				for _, pr := range c.Problems {
					if reportedByDefault(pr.Kind) {
						out = append(out, lineFinding{name, partLines[pr.Span.Part], pr})
					}
				}
			case inIdentifier:
				if m := xmlIdentifierPart.FindStringSubmatch(l); m != nil && m[1] != "settlement" {
					parts, partLines = append(parts, plain), append(partLines, i+1)
				}
			case strings.Contains(l, "<orgName"):
				add(i+1, p.Parse(plain)) // a bibl's content, one line in these files
			case strings.Contains(l, "<text"):
				inText = true
			case inText && xmlProse.MatchString(l):
				addFound(i+1, plain)
			}
		}
	}
	return out
}

// yamlScalar unquotes a simple YAML scalar.
func yamlScalar(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		var s string
		if json.Unmarshal([]byte(v), &s) == nil {
			return s
		}
	}
	return strings.Trim(v, "'")
}

type truthEntry = bench.TruthEntry

func readTruth(t testing.TB, path string) []truthEntry {
	t.Helper()
	out, err := bench.ReadTruth(path, "citation")
	require.NoError(t, err)
	return out
}

// matchLines pairs truth entries with findings on the same file within one line, one to one,
// as the project's scorer does; it returns the matched count and the unmatched on each side.
func matchLines(truth []truthEntry, findings []lineFinding) (int, []truthEntry, []lineFinding) {
	type key struct {
		file string
		line int
	}
	lines := map[key]bool{}
	var uniq []lineFinding
	for _, f := range findings {
		if !lines[key{f.file, f.line}] {
			lines[key{f.file, f.line}] = true
			uniq = append(uniq, f)
		}
	}
	used := make([]bool, len(uniq))
	var missed []truthEntry
	found := 0
	for _, tr := range truth {
		best := -1
		for j, f := range uniq {
			d := f.line - tr.Line
			if used[j] || f.file != tr.File || d < -1 || d > 1 {
				continue
			}
			if best < 0 || abs(d) < abs(uniq[best].line-tr.Line) {
				best = j
			}
		}
		if best < 0 {
			missed = append(missed, tr)
			continue
		}
		used[best] = true
		found++
	}
	var extra []lineFinding
	for j, f := range uniq {
		if !used[j] {
			extra = append(extra, f)
		}
	}
	return found, missed, extra
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func corpusFiles(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	for _, ext := range []string{"*.txt", "*.md", "*.xml"} {
		m, err := filepath.Glob(filepath.Join(dir, ext))
		require.NoError(t, err)
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}

// TestCleanCorpusIsQuiet: no problem on any citation of the clean development corpus, nor on
// the seed page's Source.
func TestCleanCorpusIsQuiet(t *testing.T) {
	shared := bench.Shared(t)
	p := packParser(t)
	files := corpusFiles(t, filepath.Join(shared, "corpus", "dev", "clean"))
	files = append(files, filepath.Join(shared, "seed", "000_b58a2f8dc261c76c.txt"))
	for _, f := range files {
		for _, lf := range lintFile(t, p, f) {
			assert.Failf(t, "problem on clean text", "%s:%d: %s %q: %s", lf.file, lf.line, lf.p.Kind, lf.p.Match, lf.p.Message)
		}
	}
}

// TestDefectCorpusScores measures recall and precision of citation problems on the
// development corpora with injected defects, lines matched within one.
func TestDefectCorpusScores(t *testing.T) {
	shared := bench.Shared(t)
	p := packParser(t)
	total, found, extra := 0, 0, 0
	for _, set := range []string{"s1", "s2", "s3"} {
		dir := filepath.Join(shared, "corpus", "dev", set)
		truth := readTruth(t, filepath.Join(dir, "truth.jsonl"))
		var findings []lineFinding
		for _, f := range corpusFiles(t, dir) {
			findings = append(findings, lintFile(t, p, f)...)
		}
		n, missed, fps := matchLines(truth, findings)
		total, found, extra = total+len(truth), found+n, extra+len(fps)
		for _, m := range missed {
			t.Logf("%s: missed %s:%d %s %q", set, m.File, m.Line, m.Kind, m.Match)
		}
		for _, f := range fps {
			t.Logf("%s: false alarm %s:%d %s %q: %s", set, f.file, f.line, f.p.Kind, f.p.Match, f.p.Message)
		}
	}
	recall := float64(found) / float64(total)
	precision := float64(found) / float64(found+extra)
	t.Logf("citation: truth %d, found %d, false alarms %d: recall %.3f, precision %.3f", total, found, extra, recall, precision)
	assert.GreaterOrEqual(t, recall, 0.95)
	assert.GreaterOrEqual(t, precision, 0.95)
}
