package engine

import (
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/rules"
)

// benchSource is a Markdown transcription of about 1 MB with a suppression comment every 50
// paragraphs and a finding in every paragraph.
func benchSource() (*checks.Source, []checks.Finding) {
	var b strings.Builder
	b.WriteString("---\ntitle: x\n---\n")
	var starts []int
	for i := 0; i < 5000; i++ {
		if i%50 == 0 {
			b.WriteString("<!-- archivelint-disable-next-line t.teh -- as printed -->\n")
		}
		starts = append(starts, b.Len())
		b.WriteString("teh conference met at noon and adjourned at four; the minutes of the session follow here in full.\n\n")
	}
	src := checks.NewSource("a.md", []byte(b.String()))
	findings := make([]checks.Finding, len(starts))
	for i, s := range starts {
		findings[i] = checks.Finding{Rule: "t.teh", Source: src, Start: s, End: s + 3, Match: "teh"}
	}
	return src, findings
}

func BenchmarkSuppressorApply(b *testing.B) {
	src, findings := benchSource()
	cfg, diags := rules.LoadSource("", nil, nil)
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	s := NewSuppressor(cfg)
	r := FileResult{Target: Target{Path: "a.md", Display: "a.md"}, Source: src}
	b.SetBytes(int64(len(src.Bytes)))
	for b.Loop() {
		r.Findings = append(r.Findings[:0], findings...)
		s.Apply(r)
	}
}

func BenchmarkFingerprint(b *testing.B) {
	_, findings := benchSource()
	for b.Loop() {
		for i := range findings {
			Fingerprint(&findings[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(findings)), "ns/finding")
}
