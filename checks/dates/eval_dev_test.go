package dates

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/bench"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The dev-corpus evaluation runs the extractor over ../shared/corpus/dev and
// over the seed page, applies the date rules the integrator will write in
// HCL (impossible date, transposed year, weekday mismatch, recorded before
// the document, uploaded before the document), and scores them against the
// truth files: what the rules need from this package is exactly what these
// numbers measure.

// lineDate is a date found in a file, with the block's line and field.
type lineDate struct {
	Date
	line  int
	field string
}

func extractBlocks(x *Extractor, blocks []textBlock) []lineDate {
	var out []lineDate
	var buf []Date
	for _, b := range blocks {
		buf = x.AppendExtract(buf[:0], b.text)
		for _, d := range buf {
			out = append(out, lineDate{d, b.line, b.field})
		}
	}
	if order := InferOrder(datesOf(out)); order != OrderUnknown {
		for i := range out {
			out[i].ApplyOrder(order)
		}
	}
	return out
}

func datesOf(lds []lineDate) []Date {
	ds := make([]Date, len(lds))
	for i, ld := range lds {
		ds[i] = ld.Date
	}
	return ds
}

// documentDate picks the date a document is dated: its date field, else its
// first dateline of day precision.
func documentDate(ds []lineDate) (Date, bool) {
	for _, d := range ds {
		if d.field == "date" && d.JDN != 0 {
			return d.Date, true
		}
	}
	for _, d := range ds {
		if d.field != "uploaded" && d.Role == RoleDocument && d.JDN != 0 {
			return d.Date, true
		}
	}
	return Date{}, false
}

// ruleFinding is what a simulated date rule reports.
type ruleFinding struct {
	line int
	kind string
	text string
}

// simulateRules applies the date rules to one document's dates, one finding
// a line at most, as the scorer counts them.
func simulateRules(ds []lineDate) []ruleFinding {
	doc, hasDoc := documentDate(ds)
	var out []ruleFinding
	seen := map[int]bool{}
	report := func(d lineDate, kind string) {
		if !seen[d.line] {
			seen[d.line] = true
			out = append(out, ruleFinding{d.line, kind, d.Text})
		}
	}
	for _, d := range ds {
		if !d.Valid {
			report(d, "impossible-date")
			continue
		}
		if !hasDoc || d.field == "date" {
			continue
		}
		if d.field == "uploaded" {
			if d.JDN != 0 && d.JDN < doc.JDN {
				report(d, "upload-before-document")
			}
			continue
		}
		r := Resolve(d.Date, doc)
		switch {
		case r.Year != 0 && r.Year != doc.Year && YearsTransposed(r.Year, doc.Year):
			report(d, "transposed-year")
		case r.WeekdayMismatch():
			report(d, "weekday-mismatch")
		case r.Role == RoleRecorded && r.JDN != 0 && r.JDN < doc.JDN:
			report(d, "recorded-before-event")
		}
	}
	return out
}

// devScore counts matches of findings against truth entries of category date.
type devScore struct {
	truth, found, rightKind, spans, falseAlarms int
	misses, alarms, spanMisses                  []string
}

func (s devScore) String() string {
	return fmt.Sprintf("truth %d, found %d (kind right %d), span found %d, false alarms %d",
		s.truth, s.found, s.rightKind, s.spans, s.falseAlarms)
}

func scoreFile(s *devScore, name string, ds []lineDate, truth []truthEntry) {
	findings := simulateRules(ds)
	used := make([]bool, len(findings))
	for _, e := range truth {
		s.truth++
		hit := -1
		for i, f := range findings {
			if !used[i] && abs(f.line-e.Line) <= 1 {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			s.found++
			if findings[hit].kind == e.Kind {
				s.rightKind++
			}
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s:%d %s %q", name, e.Line, e.Kind, e.Match))
		}
		spanFound := false
		for _, d := range ds {
			if abs(d.line-e.Line) <= 1 && (strings.Contains(d.Text, e.Match) || strings.Contains(e.Match, d.Text)) {
				spanFound = true
			}
		}
		if spanFound {
			s.spans++
		} else {
			s.spanMisses = append(s.spanMisses, fmt.Sprintf("%s:%d %q", name, e.Line, e.Match))
		}
	}
	for i, f := range findings {
		if !used[i] {
			s.falseAlarms++
			s.alarms = append(s.alarms, fmt.Sprintf("%s:%d %s %q", name, f.line, f.kind, f.text))
		}
	}
}

func TestDevCorpusDates(t *testing.T) {
	shared := bench.Shared(t)
	x := NewExtractor(Options{})
	dev := filepath.Join(shared, "corpus", "dev")
	total := devScore{}
	for _, set := range []string{"clean", "s1", "s2", "s3"} {
		var truth []truthEntry
		if set != "clean" {
			for _, e := range readTruth(t, filepath.Join(dev, set, "truth.jsonl")) {
				if e.Category == "date" {
					truth = append(truth, e)
				}
			}
		}
		files, err := filepath.Glob(filepath.Join(dev, set, "d*.*"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		score := devScore{}
		for _, path := range files {
			name := filepath.Base(path)
			var fileTruth []truthEntry
			for _, e := range truth {
				if e.File == name {
					fileTruth = append(fileTruth, e)
				}
			}
			scoreFile(&score, set+"/"+name, extractBlocks(x, readBlocks(t, path)), fileTruth)
		}
		t.Logf("%s: %v", set, score)
		for _, l := range append(append(score.misses, score.alarms...), score.spanMisses...) {
			t.Logf("  %s", l)
		}
		if set == "clean" {
			assert.Zero(t, score.falseAlarms, "the clean files must not trip a date rule")
		}
		total.truth += score.truth
		total.found += score.found
		total.rightKind += score.rightKind
		total.spans += score.spans
		total.falseAlarms += score.falseAlarms
	}
	t.Logf("all: %v", total)
	assert.Equal(t, total.truth, total.spans, "every truth date is extracted with its span")
	assert.GreaterOrEqual(t, float64(total.found)/float64(total.truth), 0.95, "recall of the simulated rules")
	assert.LessOrEqual(t, total.falseAlarms, 1, "false alarms of the simulated rules")
}

// TestDevCorpusRoles checks the roles the rules depend on: every injected
// "recorded" line is read as RoleRecorded, and every receipt note as
// RoleReceived.
func TestDevCorpusRoles(t *testing.T) {
	shared := bench.Shared(t)
	x := NewExtractor(Options{})
	dev := filepath.Join(shared, "corpus", "dev")
	checked := 0
	for _, set := range []string{"clean", "s1", "s2", "s3"} {
		files, err := filepath.Glob(filepath.Join(dev, set, "d*.*"))
		require.NoError(t, err)
		for _, path := range files {
			for _, b := range readBlocks(t, path) {
				ds := x.Extract(b.text)
				for _, cue := range []struct {
					prefix string
					role   Role
				}{{"Recorded by", RoleRecorded}, {"Received in", RoleReceived}, {"Prepared by", RoleRecorded},
					{"Protocol prepared by", RoleRecorded}, {"Sent from", RoleSent}, {"Drafted by", RoleDrafted}} {
					if !strings.HasPrefix(b.text, cue.prefix) {
						continue
					}
					// The cue governs the first date; a second note may follow.
					// Some notes have no date ("Recorded by: M. Đurović").
					if len(ds) > 0 {
						checked++
						assert.Equal(t, cue.role, ds[0].Role, "%s/%s:%d %q", set, filepath.Base(path), b.line, ds[0].Text)
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 20)
}

// TestSeedDates checks the seed page: its one date defect, "A. Rozhetskin
// recorded [the conversation] on October 18, 1965." in a document of October
// 18, 1956, is a recorded date with a transposed year, and nothing else
// trips a date rule.
func TestSeedDates(t *testing.T) {
	shared := bench.Shared(t)
	x := NewExtractor(Options{})
	seed := filepath.Join(shared, "seed")
	ds := extractBlocks(x, readBlocks(t, filepath.Join(seed, "000_b58a2f8dc261c76c.txt")))
	var truth []truthEntry
	for _, e := range readTruth(t, filepath.Join(seed, "truth.jsonl")) {
		if e.Category == "date" {
			truth = append(truth, e)
		}
	}
	require.Len(t, truth, 1)
	doc, ok := documentDate(ds)
	require.True(t, ok)
	assert.Equal(t, YMD{1956, 10, 18}, YMD{doc.Year, doc.Month, doc.Day})
	var recorded []lineDate
	for _, d := range ds {
		if d.Role == RoleRecorded {
			recorded = append(recorded, d)
		}
	}
	require.Len(t, recorded, 1)
	assert.Equal(t, truth[0].Line, recorded[0].line)
	assert.Equal(t, truth[0].Match, recorded[0].Text)
	score := devScore{}
	scoreFile(&score, "seed", ds, truth)
	assert.Equal(t, 1, score.found, score.misses)
	assert.Zero(t, score.falseAlarms, score.alarms)
}

// TestDevCorpusMonthNamesCovered checks recall from the other side: every
// capitalised English month name in the clean files that a number follows
// ("July 10", "10 July" is found from the number) lies inside an extracted
// date. Month names alone ("in July") are not dates.
func TestDevCorpusMonthNamesCovered(t *testing.T) {
	shared := bench.Shared(t)
	x := NewExtractor(Options{})
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "dev", "clean", "d*.*"))
	require.NoError(t, err)
	var cov monthCoverage
	for _, path := range files {
		for _, b := range readBlocks(t, path) {
			cov.add(x, filepath.Base(path), b.text)
		}
	}
	t.Logf("month names %d, alone %d, before a number but not in a date %d", cov.names, cov.alone, len(cov.missed))
	assert.Empty(t, cov.missed)
}

// monthCoverage counts capitalised English month names and the ones no
// extracted date covers, split by whether a number follows them.
type monthCoverage struct {
	names, alone int
	missed       []string
}

func (c *monthCoverage) add(x *Extractor, name, block string) {
	ds := x.Extract(block)
	for i := 0; i < len(block); {
		e := readWord(block, i)
		if e == i {
			i++
			continue
		}
		w := block[i:e]
		if block[i] < 'A' || block[i] > 'Z' || !mayBeMonth(block, i) {
			i = e
			continue
		}
		if mn, ok := lookupMonth(w); ok && mn.kind != nameForeign && !alnumBefore(block, i) {
			c.names++
			covered := false
			for _, d := range ds {
				covered = covered || d.Start <= i && e <= d.End
			}
			next := skipSpaces(block, e)
			if next < len(block) && block[next] == '.' {
				next = skipSpaces(block, next+1)
			}
			switch {
			case covered:
			case next < len(block) && isDigit(block[next]):
				c.missed = append(c.missed, fmt.Sprintf("%s %q", name, block[max(0, i-40):min(len(block), e+25)]))
			default:
				c.alone++
			}
		}
		i = e
	}
}
