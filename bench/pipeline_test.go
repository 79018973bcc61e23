package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/rules"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// lintAll runs every default rule over the files, as `archivelint lint` does: configuration
// loaded (from a directory with no project file), the corpus learned, every file checked. It
// returns the findings and the bytes read.
func lintAll(tb testing.TB, files []string) (findings int, bytes int64) {
	cfg, diags := rules.Load(rules.Options{Dir: tb.TempDir()})
	if diags.HasErrors() {
		tb.Fatal(diags.Error())
	}
	targets := make([]engine.Target, len(files))
	for i, f := range files {
		targets[i] = engine.Target{Path: f, Display: filepath.Base(f)}
	}
	e := &engine.Engine{Config: cfg, Log: zerolog.Nop()}
	sum := e.Run(context.Background(), targets, func(r engine.FileResult) {
		if r.Err != nil {
			tb.Fatal(r.Err)
		}
	})
	return sum.Findings, sum.Bytes
}

// benchmarkLint lints the files per operation and reports wall throughput (MB/s) and
// throughput per CPU-second (MB/cpu-s), the figure that neighbours on the machine disturb least.
func benchmarkLint(b *testing.B, files []string) {
	_, size := lintAll(b, files) // warm: the lexicon and the page cache
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0, ok := CPUTime()
	for b.Loop() {
		lintAll(b, files)
	}
	if cpu1, _ := CPUTime(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
	}
}

// generated writes a generated collection of about size bytes, once per benchmark.
func generated(b *testing.B, size int) []string {
	files, err := Generate(b.TempDir(), size)
	require.NoError(b, err)
	return files
}

// BenchmarkPipelineFRUS lints the 15 shared FRUS volumes (48 MB of TEI) with every default rule.
func BenchmarkPipelineFRUS(b *testing.B) {
	benchmarkLint(b, FRUS(b))
}

// BenchmarkPipelineGenerated lints 8 MB of generated pages, letters and TEI volumes.
func BenchmarkPipelineGenerated(b *testing.B) {
	benchmarkLint(b, generated(b, 8<<20))
}

// BenchmarkPipelineScale lints a generated collection and the same collection twice over
// (every file copied): cost must be linear, so MB/cpu-s should not fall from 1x to 2x.
func BenchmarkPipelineScale(b *testing.B) {
	files := generated(b, 4<<20)
	twice := append([]string{}, files...)
	dir := b.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		copyPath := filepath.Join(dir, filepath.Base(f))
		require.NoError(b, os.WriteFile(copyPath, data, 0o644))
		twice = append(twice, copyPath)
	}
	b.Run("1x", func(b *testing.B) { benchmarkLint(b, files) })
	b.Run("2x", func(b *testing.B) { benchmarkLint(b, twice) })
}

// BenchmarkSmallDocument is an editor's lint on save in process: load the configuration,
// read and check one page of about 5 KB. The process start (and the lexicon's first use)
// are measured by run.sh on the binary.
func BenchmarkSmallDocument(b *testing.B) {
	files, err := Generate(b.TempDir(), 1)
	require.NoError(b, err)
	info, err := os.Stat(files[0])
	require.NoError(b, err)
	lintAll(b, files[:1])
	b.SetBytes(info.Size())
	for b.Loop() {
		lintAll(b, files[:1])
	}
}

// TestGenerateIsStable checks what the benchmarks rely on: the generated collection has the
// size asked for, in all three formats, and is the same every time.
func TestGenerateIsStable(t *testing.T) {
	a, err := Generate(t.TempDir(), 200<<10)
	require.NoError(t, err)
	b, err := Generate(t.TempDir(), 200<<10)
	require.NoError(t, err)
	require.Len(t, b, len(a))
	total := 0
	exts := map[string]bool{}
	for i := range a {
		x, err := os.ReadFile(a[i])
		require.NoError(t, err)
		y, err := os.ReadFile(b[i])
		require.NoError(t, err)
		require.Equal(t, string(x), string(y), filepath.Base(a[i]))
		total += len(x)
		exts[filepath.Ext(a[i])] = true
	}
	require.GreaterOrEqual(t, total, 200<<10)
	require.Equal(t, map[string]bool{".txt": true, ".md": true, ".xml": true}, exts)
}

// TestGeneratedCorpusLints checks that the generated collection is read as intended: every
// file yields its documents without reader problems, and the rules find little in it (it is
// invented clean text), so the benchmarks measure checking, not reporting.
func TestGeneratedCorpusLints(t *testing.T) {
	files, err := Generate(t.TempDir(), 300<<10)
	require.NoError(t, err)
	findings, size := lintAll(t, files)
	require.Greater(t, size, int64(300<<10))
	require.Less(t, findings, len(files), "the generated text should be nearly clean")
}

// BenchmarkLoadConfig is the start-up cost every run pays before reading a file: the built-in
// packs parsed and every rule built (regexes compiled, citation grammars decoded).
func BenchmarkLoadConfig(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if _, diags := rules.Load(rules.Options{Dir: dir}); diags.HasErrors() {
			b.Fatal(diags.Error())
		}
	}
}
