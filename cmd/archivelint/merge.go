package main

import (
	"fmt"
	"io"
	"os"

	"github.com/archivelint/archivelint/internal/report"
)

// merge combines the reports of a run split with --shard into the report one run would have
// written: JSON lines or SARIF, sorted, duplicates dropped.
func (e *env) merge(args []string) int {
	fs := e.newFlags("merge", "Usage: archivelint merge [-o FILE] REPORT...\n\nREPORT is a json or sarif report (- for stdin); all of one format.")
	out := fs.String("o", "", "write the merged report to this `file` (default: stdout)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError
	}
	var inputs [][]byte
	format := ""
	for _, p := range fs.Args() {
		var b []byte
		var err error
		if p == "-" {
			b, err = io.ReadAll(e.stdin)
		} else {
			b, err = os.ReadFile(p)
		}
		if err != nil {
			fmt.Fprintln(e.stderr, "archivelint:", err)
			return exitError
		}
		if len(b) == 0 {
			continue // a shard with nothing to say in JSON
		}
		f := report.DetectFormat(b)
		if format != "" && f != format {
			fmt.Fprintf(e.stderr, "archivelint: %s is %s, the reports before it %s: merge reports of one format\n", p, f, format)
			return exitError
		}
		format = f
		inputs = append(inputs, b)
	}
	if format == "" {
		format = report.MergeJSON
	}
	w := e.stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(e.stderr, "archivelint:", err)
			return exitError
		}
		defer f.Close()
		w = f
	}
	if err := report.Merge(w, format, inputs); err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	return exitClean
}
