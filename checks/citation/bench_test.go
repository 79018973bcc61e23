package citation

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/archivelint/archivelint/bench"
)

// proseSample is invented running text: mostly prose, with a citation now and then, as the
// body of a transcription is.
const proseSample = `The Ambassador said that the delegation would arrive on Tuesday and that the talks
could begin on the following morning, if the other side agreed to the agenda proposed in the note
of 12 March. He added that the question of the frontier commission remained open and that his
government did not intend to raise it unless the other side insisted. I replied that I would
report his views to Moscow without delay and asked whether the Prime Minister would receive me
before the session. The conversation lasted forty minutes (RGANI, f. 5, op. 30, d. 141, ll. 12-19).
According to the minutes of the meeting, the proposal was discussed at length; see also the
memorandum of 4 April, printed in Foreign Relations, vol. 2, pp. 473-81, and the report in the
files of the Foreign Office (TNA, FO 371/128990). Nothing further was decided that evening.
`

// reportNsPerKB adds the metric the project tracks for citation finding: wall time, and the
// process's CPU time, which a busy machine inflates less.
func reportNsPerKB(b *testing.B, bytes int, elapsed, cpu time.Duration) {
	kb := float64(bytes) / 1024 * float64(b.N)
	b.ReportMetric(float64(elapsed.Nanoseconds())/kb, "ns/KB")
	b.ReportMetric(float64(cpu.Nanoseconds())/kb, "cpu-ns/KB")
}

// cpuTime is the time the process has spent on a processor, user and system.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkFindProse measures Find on invented prose, 64 KB a run.
func BenchmarkFindProse(b *testing.B) {
	p := packParser(b)
	text := strings.Repeat(proseSample, 64*1024/len(proseSample))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		p.Find(text)
	}
	reportNsPerKB(b, len(text), time.Since(start), cpuTime()-cpu)
}

// BenchmarkFindFRUS measures Find on the paragraphs and notes of one FRUS volume.
func BenchmarkFindFRUS(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(bench.Shared(b), "corpus", "frus", "frus1925v02.xml"))
	if err != nil {
		b.Skip("volume absent")
	}
	var paragraphs []string
	size := 0
	for _, m := range frusParagraph.FindAllStringSubmatch(string(raw), -1) {
		paragraphs = append(paragraphs, flatten(m[2]))
		size += len(paragraphs[len(paragraphs)-1])
	}
	p := packParser(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		for _, para := range paragraphs {
			p.Find(para)
		}
	}
	reportNsPerKB(b, size, time.Since(start), cpuTime()-cpu)
}

// BenchmarkParse measures one declared citation, a Source field.
func BenchmarkParse(b *testing.B) {
	p := packParser(b)
	const field = "Archive of Foreign Policy of the Russian Federation (AVP RF), f. 0104, op. 18, p. 120, d. 3, ll. 72-76. Translated by A. Example."
	b.SetBytes(int64(len(field)))
	for range b.N {
		p.Parse(field)
	}
}

// BenchmarkParsePathological reads a field of 20,000 bracketed abbreviations, to keep an
// eye on work that grows faster than the input.
func BenchmarkParsePathological(b *testing.B) {
	p := packParser(b)
	field := strings.Repeat("(AB) ", 20000)
	b.SetBytes(int64(len(field)))
	for range b.N {
		p.Parse(field)
	}
}
