package dates

import (
	"bufio"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/bench"
)

// Helpers for the evaluations that read ../shared (the sibling of the
// repository root). A fresh clone has no ../shared, and then they skip.

// textBlock is one unit of text as a reader would hand it over, with the
// 1-based line it starts on and, for metadata, the field it came from.
type textBlock struct {
	text  string
	line  int
	field string // "date", "uploaded", "dateline" or "" for body text
}

var (
	xmlTag      = regexp.MustCompile(`<[^>]*>`)
	frontMatter = regexp.MustCompile(`^([A-Za-z_]+):\s*(.*)$`)
)

// readBlocks reads a dev-corpus file crudely, one block per line: front
// matter values and the label/value block of scraped pages become fields,
// XML tags are stripped.
func readBlocks(tb testing.TB, path string) []textBlock {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var blocks []textBlock
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	ext := filepath.Ext(path)
	inFront, lastLabel, xmlContext := false, "", ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch ext {
		case ".md":
			if n == 1 && line == "---" {
				inFront = true
				continue
			}
			if inFront {
				if line == "---" {
					inFront = false
				} else if m := frontMatter.FindStringSubmatch(line); m != nil {
					blocks = append(blocks, textBlock{strings.Trim(m[2], `"`), n, m[1]})
				}
				continue
			}
		case ".xml":
			switch {
			case strings.Contains(line, "<publicationStmt"):
				xmlContext = "uploaded"
			case strings.Contains(line, "<creation"):
				xmlContext = "date"
			case strings.Contains(line, "</publicationStmt") || strings.Contains(line, "</creation"):
				xmlContext = ""
			}
			field := ""
			if strings.Contains(line, "<date") && xmlContext != "" {
				field = xmlContext
			} else if strings.Contains(line, "<dateline") {
				field = "dateline"
			}
			line = html.UnescapeString(xmlTag.ReplaceAllString(line, ""))
			if t := strings.TrimSpace(line); t != "" {
				blocks = append(blocks, textBlock{t, n, field})
			}
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		field := ""
		if strings.EqualFold(lastLabel, "Original Uploaded Date") {
			field = "uploaded"
		}
		lastLabel = t
		blocks = append(blocks, textBlock{t, n, field})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return blocks
}

// truthEntry is one line of a truth.jsonl file.
type truthEntry = bench.TruthEntry

func readTruth(tb testing.TB, path string) []truthEntry {
	tb.Helper()
	out, err := bench.ReadTruth(path)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}
