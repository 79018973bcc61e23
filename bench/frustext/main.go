// Command frustext renders TEI volumes as plain text, for the spell checkers that bench/run.sh
// compares archivelint with and that do not read XML: each volume's documents, fields and
// blocks as archivelint's TEI reader renders them, one paragraph per block, lines wrapped at 80
// columns as plain-text files usually are (some checkers slow down on very long lines).
//
//	go run ./bench/frustext -o DIR VOLUME.xml...
//
// It writes DIR/NAME.txt for each volume, and with -join FILE all of them in one file.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks/read"
)

func main() {
	out := flag.String("o", ".", "write the renderings to this `directory`")
	join := flag.String("join", "", "also write every rendering, one after another, to this `file`")
	flag.Parse()
	if err := run(*out, *join, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "frustext:", err)
		os.Exit(1)
	}
}

func run(out, join string, volumes []string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var all *bufio.Writer
	if join != "" {
		f, err := os.Create(join)
		if err != nil {
			return err
		}
		defer f.Close()
		all = bufio.NewWriter(f)
		defer all.Flush()
	}
	for _, v := range volumes {
		text, err := render(v)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(v), filepath.Ext(v)) + ".txt"
		if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
			return err
		}
		if all != nil {
			if _, err := all.WriteString(text); err != nil {
				return err
			}
		}
	}
	return nil
}

// render reads one volume and writes the text of its fields and blocks, a blank line between.
func render(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, d := range read.Read(path, data, read.DefaultOptions()) {
		if len(d.Problems) > 0 && d.Problems[0].Fatal {
			return "", fmt.Errorf("%s: %s", path, d.Problems[0].Message)
		}
		for _, f := range d.Fields {
			writeParagraph(&b, f.Value.S)
		}
		for _, blk := range d.Blocks {
			writeParagraph(&b, blk.Text.S)
		}
	}
	return b.String(), nil
}

// writeParagraph writes the words of s in lines of at most 80 columns (a longer word stands
// alone), then a blank line.
func writeParagraph(b *strings.Builder, s string) {
	words := strings.Fields(s)
	if len(words) == 0 {
		return
	}
	line := 0
	for i, w := range words {
		n := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case line+1+n > 80:
			b.WriteByte('\n')
			line = 0
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
	}
	b.WriteString("\n\n")
}
