package dates

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/archivelint/archivelint/bench"
)

// The benchmarks measure extraction throughput (MB/s of text blocks). The
// whole linter must reach 50 MB/s on two cores with every check, so this
// package aims well above 100 MB/s on one.

// BenchmarkExtractFRUS runs over the text blocks of three FRUS volumes of
// different eras (skipped without ../shared).
func BenchmarkExtractFRUS(b *testing.B) {
	shared := bench.Shared(b)
	var blocks []string
	for _, name := range []string{"frus1870.xml", "frus1897.xml", "frus1930v01.xml"} {
		data, err := os.ReadFile(filepath.Join(shared, "corpus", "frus", name))
		if err != nil {
			b.Skipf("read %s: %v", name, err)
		}
		blocks = append(blocks, frusBlocks(string(data))...)
	}
	benchmarkBlocks(b, blocks)
}

// BenchmarkExtractSynthetic runs over invented FRUS-like text, so that the
// number exists in a fresh clone.
func BenchmarkExtractSynthetic(b *testing.B) {
	paragraphs := []string{
		"Washington, January 20, 1930—2 p.m.",
		"[Received January 21—9:30 a.m.]",
		"Sir: I have the honor to acknowledge the receipt of your despatch No. 1234 of the 18th instant, " +
			"in which you inform me that the Government of the Republic has agreed to the proposals set out in " +
			"the Department's instruction of December 3, 1929, with the reservations already stated in the note " +
			"of the Minister for Foreign Affairs. A copy of the note is enclosed (File No. 711.00/1234).",
		"The Secretary of State to the Ambassador in Great Britain",
		"My telegram No. 45, of the 15th, and your 67, March 2, 6 p.m. The conference will meet again " +
			"in 1930 and the committee will report by the middle of April, when the delegates of the several " +
			"governments will have had time to consider the draft convention article by article.",
		"Recorded by A. B. Smith on 15 July 1951.",
		"I have, etc., John Smith",
	}
	var blocks []string
	size := 0
	for size < 1<<20 {
		for _, p := range paragraphs {
			blocks = append(blocks, p)
			size += len(p)
		}
	}
	benchmarkBlocks(b, blocks)
}

func benchmarkBlocks(b *testing.B, blocks []string) {
	total := 0
	for _, bl := range blocks {
		total += len(bl)
	}
	x := NewExtractor(Options{})
	buf := make([]Date, 0, 64)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for b.Loop() {
		found = 0
		for _, bl := range blocks {
			buf = x.AppendExtract(buf[:0], bl)
			found += len(buf)
		}
	}
	b.ReportMetric(float64(found)/float64(total)*1e6, "dates/MB")
}
