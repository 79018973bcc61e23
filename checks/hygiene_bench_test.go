package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// hygieneCorpus is about 1 MB of invented transcription text in paragraphs, with the marks and
// letters the hygiene kinds look at: quotations, brackets, diacritics, Cyrillic, hyphens.
func hygieneCorpus() *Document {
	clean := strings.Join([]string{
		"The Ambassador (who had arrived from Moscow on 14 July) said that the “proposals of",
		"the Soviet government” were acceptable in principle, and that Comrade Gomułka and",
		"Ceaușescu had been informed. He read the note: \"The delegations will meet in Geneva.\"",
		"The negotiations on the Soviet-bloc trade agreement, the so-called Хрущёв plan, went",
		"on until late in the evening; the minister said that that was all he could say. [Page",
		"numbers omitted.] The talks resumed at 10:00 with a review of the draft.",
	}, "\n")
	// Two paragraphs in twenty (the same one twice) have a defect of each kind; the others
	// are numbered, so that they do not repeat.
	defective := strings.Join([]string{
		"The Ambassadorâ€™s reply (which was brief said that the the “proposals of the",
		"government were acceptable; the nego- tiations went on at  ten with a review\uFFFD.",
	}, "\n")
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		if i%20 >= 18 {
			b.WriteString(defective)
		} else {
			fmt.Fprintf(&b, "%d. %s", i, clean)
		}
		b.WriteString("\n\n")
	}
	src := NewSource("bench.txt", []byte(b.String()))
	doc := &Document{Source: src, Format: FormatText, End: len(src.Bytes)}
	for start := 0; start < len(src.Bytes); {
		end := strings.Index(string(src.Bytes[start:]), "\n\n")
		if end < 0 {
			break
		}
		doc.Blocks = append(doc.Blocks, &Block{Kind: "paragraph", Text: Verbatim(src, start, start+end)})
		start += end + 2
	}
	doc.Fields = []*Field{{Name: "language", Label: "Language", Value: Verbatim(src, 0, 7)}}
	return doc
}

// benchmarkKind runs a configured kind over the corpus and reports throughput.
func benchmarkKind(b *testing.B, kind *Kind, check Check) {
	doc := hygieneCorpus()
	rule := &Rule{Name: "bench", Kind: kind, Category: "bench", Severity: Warning, Check: check}
	findings := 0
	b.SetBytes(int64(len(doc.Source.Bytes)))
	b.ResetTimer()
	for b.Loop() {
		check.Run(NewPass(doc, rule, func(Finding) { findings++ }))
	}
	if findings == 0 && kind != LanguageKind {
		b.Fatalf("%s found nothing: the benchmark does not exercise it", kind.Name)
	}
}

func mustBuild[C any](b *testing.B, build func(*C, *Build) (Check, hcl.Diagnostics), cfg *C) Check {
	b.Helper()
	check, diags := build(cfg, &Build{Rule: &Rule{}})
	if diags.HasErrors() {
		b.Fatal(diags.Error())
	}
	return check
}

func BenchmarkChars(b *testing.B) {
	benchmarkKind(b, CharsKind, mustBuild(b, buildChars, &charsConfig{Class: `[\x{FFFD}]`}))
}

func BenchmarkMojibake(b *testing.B) {
	benchmarkKind(b, MojibakeKind, mustBuild(b, buildMojibake, &mojibakeConfig{}))
}

func BenchmarkRepeatedWord(b *testing.B) {
	benchmarkKind(b, RepeatedWordKind, mustBuild(b, buildRepeatedWord, &repeatedWordConfig{}))
}

func BenchmarkBalance(b *testing.B) {
	benchmarkKind(b, BalanceKind, mustBuild(b, buildBalance, &balanceConfig{
		Brackets: []string{"()", "[]"}, Quotes: []string{"“”", "„“", "\"\""}}))
}

func BenchmarkDoubleSpace(b *testing.B) {
	benchmarkKind(b, DoubleSpaceKind, mustBuild(b, buildDoubleSpace, &doubleSpaceConfig{}))
}

func BenchmarkHyphenation(b *testing.B) {
	benchmarkKind(b, HyphenationKind, mustBuild(b, buildHyphenation, &hyphenationConfig{}))
}

func BenchmarkDuplicateBlock(b *testing.B) {
	benchmarkKind(b, DuplicateBlockKind, mustBuild(b, buildDuplicateBlock, &duplicateBlockConfig{}))
}

func BenchmarkLanguage(b *testing.B) {
	benchmarkKind(b, LanguageKind, mustBuild(b, buildLanguage, &languageConfig{}))
}
