package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
)

// FuzzMerge merges any two reports, as `archivelint merge` does with the reports of shards
// (one of which may have been cut short by a killed job). Whatever they hold: no panic; an
// error, or a report of the same format that parses (JSON lines, or one SARIF document).
func FuzzMerge(f *testing.F) {
	for _, format := range []string{MergeJSON, MergeSARIF} {
		var whole bytes.Buffer
		rep := Formats[format].New(&whole, Options{Rules: testRules, Version: "1.2.3"})
		sum := engine.Summary{BySeverity: map[checks.Severity]int{}}
		for _, r := range append(testRun(), crashRun()...) {
			_ = rep.File(r)
		}
		_ = rep.Finish(sum)
		b := whole.Bytes()
		f.Add(b, b[:len(b)/2])
		f.Add(b, []byte{})
	}
	f.Add([]byte(`{"version":"2.1.0","runs":[{}]}`), []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{}]}]}`))
	f.Add([]byte(`{"file":"a","offset":1}`), []byte("{}\n\n[1]\n"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		for _, format := range []string{MergeJSON, MergeSARIF, DetectFormat(a)} {
			var out bytes.Buffer
			if err := Merge(&out, format, [][]byte{a, b}); err != nil {
				continue
			}
			if format == MergeSARIF {
				if !json.Valid(out.Bytes()) {
					t.Fatalf("merged SARIF is not JSON: %q", out.Bytes())
				}
				continue
			}
			sc := bufio.NewScanner(&out)
			sc.Buffer(nil, 1<<26)
			for sc.Scan() {
				if !json.Valid(sc.Bytes()) {
					t.Fatalf("merged JSON line is not JSON: %q", sc.Bytes())
				}
			}
		}
	})
}
