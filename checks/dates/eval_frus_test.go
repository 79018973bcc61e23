package dates

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/archivelint/archivelint/bench"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The FRUS evaluation reads the real volumes in ../shared/corpus/frus. Their
// datelines carry <date when="1930-01-20T14:00:00">January 20, 1930—2 p.m.</date>:
// the @when values are a large free test set for the parser (and the
// disagreements include real FRUS defects). The whole text of every volume is
// also extracted, to count dates, list the invalid ones and sample the rest
// for reading. Set DATES_EVAL_DIR to a directory to get the full listings.

var (
	teiDate    = regexp.MustCompile(`(?s)<date\b([^>]*)>(.*?)</date>`)
	whenAttr   = regexp.MustCompile(`\bwhen="([^"]*)"`)
	whenValue  = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?`)
	blockEnd   = regexp.MustCompile(`</(?:p|head|dateline|note|item|cell|closer|opener|signed|salute|title|byline|label|quote|l)>|<(?:lb|pb|milestone)\b[^>]*/>|<note\b[^>]*>`)
	whitespace = regexp.MustCompile(`\s+`)
)

func frusVolumes(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(bench.Shared(tb), "corpus", "frus", "*.xml"))
	require.NoError(tb, err)
	if len(files) == 0 {
		tb.Skip("no FRUS volumes")
	}
	return files
}

// teiText flattens TEI markup to text: whitespace as XML renders it, tags
// dropped, entities decoded.
func teiText(markup string) string {
	return strings.TrimSpace(html.UnescapeString(xmlTag.ReplaceAllString(whitespace.ReplaceAllString(markup, " "), "")))
}

// frusBlocks turns a volume into text blocks, one per paragraph, heading,
// dateline or note; line breaks (<lb/>) end blocks too, as they mostly end
// lines of address and signature.
func frusBlocks(volume string) []string {
	flat := whitespace.ReplaceAllString(volume, " ")
	flat = blockEnd.ReplaceAllString(flat, "\n")
	var out []string
	for _, b := range strings.Split(flat, "\n") {
		if t := strings.TrimSpace(html.UnescapeString(xmlTag.ReplaceAllString(b, ""))); t != "" {
			out = append(out, whitespace.ReplaceAllString(t, " "))
		}
	}
	return out
}

type whenComparison struct {
	file, when, text string
	got              Date
	found            bool
}

func (c whenComparison) String() string {
	if !c.found {
		return fmt.Sprintf("%s: when=%s %q: no date found", c.file, c.when, c.text)
	}
	g := c.got
	return fmt.Sprintf("%s: when=%s %q: read %04d-%02d-%02d time=%v %02d:%02d", c.file, c.when, c.text,
		g.Year, g.Month, g.Day, g.HasTime, g.Hour, g.Minute)
}

// agrees compares a parse with @when at the precision both have: a date
// without a year is compared on month and day, and either half of an Old
// Style/New Style double date may match (FRUS encodes the first).
func (c whenComparison) agrees() bool {
	m := whenValue.FindStringSubmatch(c.when)
	if m == nil || !c.found {
		return false
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	same := func(v YMD) bool {
		return (v.Year == 0 || atoi(m[1]) == v.Year) &&
			(m[2] == "" || v.Month == 0 || atoi(m[2]) == v.Month) &&
			(m[3] == "" || v.Day == 0 || atoi(m[3]) == v.Day)
	}
	g := c.got
	if !same(YMD{g.Year, g.Month, g.Day}) && (g.OldStyle.IsZero() || !same(g.OldStyle)) {
		return false
	}
	if m[4] != "" && g.HasTime && (atoi(m[4]) != g.Hour || atoi(m[5]) != g.Minute) {
		return false
	}
	return true
}

func TestFRUSDatelinesAgreeWithWhen(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 48 MB")
	}
	x := NewExtractor(Options{})
	var all, disagree []whenComparison
	for _, path := range frusVolumes(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, m := range teiDate.FindAllStringSubmatch(string(data), -1) {
			w := whenAttr.FindStringSubmatch(m[1])
			if w == nil {
				continue
			}
			c := whenComparison{file: filepath.Base(path), when: w[1], text: teiText(m[2])}
			for _, d := range x.Extract(c.text) {
				if d.Month != 0 {
					c.got, c.found = d, true
					break
				}
			}
			all = append(all, c)
			if !c.agrees() {
				disagree = append(disagree, c)
			}
		}
	}
	require.NotEmpty(t, all)
	rate := 1 - float64(len(disagree))/float64(len(all))
	t.Logf("@when comparisons: %d, agree %d (%.2f%%), disagree %d", len(all), len(all)-len(disagree), 100*rate, len(disagree))
	byCause := map[string][]whenComparison{}
	for _, c := range disagree {
		byCause[c.cause()] = append(byCause[c.cause()], c)
	}
	causes := make([]string, 0, len(byCause))
	for cause := range byCause {
		causes = append(causes, cause)
	}
	sort.Strings(causes)
	for _, cause := range causes {
		t.Logf("%s: %d", cause, len(byCause[cause]))
		for _, c := range byCause[cause] {
			t.Logf("  %v", c)
		}
	}
	assert.GreaterOrEqual(t, rate, 0.985)
	// What the parser cannot read at all must stay the rare editorial forms
	// and non-Western calendars ("the 7th of the 9th month").
	assert.LessOrEqual(t, len(byCause["no date read from the text"]), 15)
}

// cause names the likely reason a parse disagrees with @when, from the
// signatures the FRUS date project found.
func (c whenComparison) cause() string {
	m := whenValue.FindStringSubmatch(c.when)
	switch {
	case !c.found:
		return "no date read from the text"
	case m == nil || m[1] < "1500":
		return "@when is not a date (FRUS placeholder year)"
	case strings.Contains(c.text, "Received") && len(m[2]) == 2 && strings.Contains(c.text, "(Received "+monthNameOf(m[2])):
		return "@when took its month from the receipt note"
	case m[1] != strconv.Itoa(c.got.Year) && c.got.Year != 0:
		return "the year in @when differs from the text (a typo in one of them)"
	}
	return "other: calendars, editorial forms, typos"
}

func monthNameOf(mm string) string {
	n, _ := strconv.Atoi(mm)
	if n < 1 || n > 12 {
		return "?"
	}
	return time.Month(n).String()
}

// frusExtraction is what extracting every block of every volume gives.
type frusExtraction struct {
	blocks, bytes int
	dates         []frusDate
}

type frusDate struct {
	Date
	file, block string
}

// frusBlock is one text block of a FRUS volume.
type frusBlock struct {
	file, text string
}

func readFRUSBlocks(tb testing.TB) []frusBlock {
	var out []frusBlock
	for _, path := range frusVolumes(tb) {
		data, err := os.ReadFile(path)
		require.NoError(tb, err)
		for _, b := range frusBlocks(string(data)) {
			out = append(out, frusBlock{filepath.Base(path), b})
		}
	}
	return out
}

func extractFRUS(blocks []frusBlock) frusExtraction {
	x := NewExtractor(Options{})
	var out frusExtraction
	var buf []Date
	for _, b := range blocks {
		out.blocks++
		out.bytes += len(b.text)
		buf = x.AppendExtract(buf[:0], b.text)
		for _, d := range buf {
			out.dates = append(out.dates, frusDate{d, b.file, b.text})
		}
	}
	return out
}

func (d frusDate) context() string {
	from, to := max(0, d.Start-50), min(len(d.block), d.End+30)
	for from > 0 && from < len(d.block) && d.block[from]&0xC0 == 0x80 {
		from--
	}
	for to < len(d.block) && d.block[to]&0xC0 == 0x80 {
		to++
	}
	return fmt.Sprintf("%s: %q -> %04d-%02d-%02d %s %s %s/%q valid=%v | …%s…", d.file, d.Text, d.Year, d.Month, d.Day,
		d.Precision, d.Format, d.Role, d.Cue, d.Valid, d.block[from:to])
}

func TestFRUSExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 48 MB")
	}
	blocks := readFRUSBlocks(t)
	t.Run("dates", func(t *testing.T) { testFRUSDates(t, blocks) })
	t.Run("month names covered", func(t *testing.T) { testFRUSMonthNamesCovered(t, blocks) })
}

func testFRUSDates(t *testing.T, blocks []frusBlock) {
	ex := extractFRUS(blocks)
	formats, roles, precisions := map[string]int{}, map[string]int{}, map[string]int{}
	var invalid, weekdays, doubles []string
	for _, d := range ex.dates {
		if d.OldStyleMismatch() {
			doubles = append(doubles, d.context())
		}
		formats[string(d.Format)]++
		roles[string(d.Role)]++
		precisions[d.Precision.String()]++
		if !d.Valid {
			invalid = append(invalid, d.context())
		}
		if d.WeekdayMismatch() {
			weekdays = append(weekdays, d.context())
		}
	}
	t.Logf("blocks %d, text %d bytes, dates %d", ex.blocks, ex.bytes, len(ex.dates))
	t.Logf("by format %v", sortedCounts(formats))
	t.Logf("by role %v", sortedCounts(roles))
	t.Logf("by precision %v", sortedCounts(precisions))
	t.Logf("invalid calendar dates: %d", len(invalid))
	for _, l := range invalid {
		t.Logf("  %s", l)
	}
	t.Logf("stated weekday differs from the calendar: %d", len(weekdays))
	for _, l := range weekdays {
		t.Logf("  %s", l)
	}
	t.Logf("Old Style and New Style halves that disagree: %d", len(doubles))
	for _, l := range doubles {
		t.Logf("  %s", l)
	}
	rng := rand.New(rand.NewPCG(1956, 1965))
	t.Logf("random sample of 50:")
	for range 50 {
		t.Logf("  %s", ex.dates[rng.IntN(len(ex.dates))].context())
	}
	if dir := os.Getenv("DATES_EVAL_DIR"); dir != "" {
		var lines []string
		for _, d := range ex.dates {
			lines = append(lines, d.context())
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, "frus-dates.txt"), []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	}
	assert.Greater(t, len(ex.dates), 10000)
	// Invalid dates in FRUS are rare real defects (June 31, May 33), not the
	// extractor misreading numbers.
	assert.Less(t, len(invalid), 60)
}

func sortedCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, m[k])
	}
	return strings.TrimSpace(b.String())
}

// testFRUSMonthNamesCovered measures recall from the other side on FRUS:
// capitalised English month names that a number follows yet no extracted
// date covers. The few left are tables ("1863, July. 28."), footnote marks
// ("Nov. 10a") and OCR damage ("August 311").
func testFRUSMonthNamesCovered(t *testing.T, blocks []frusBlock) {
	x := NewExtractor(Options{})
	var cov monthCoverage
	for _, b := range blocks {
		cov.add(x, b.file, b.text)
	}
	t.Logf("month names %d, alone %d, before a number but not in a date %d", cov.names, cov.alone, len(cov.missed))
	rng := rand.New(rand.NewPCG(1, 2))
	for range min(60, len(cov.missed)) {
		t.Logf("  %s", cov.missed[rng.IntN(len(cov.missed))])
	}
	assert.Less(t, float64(len(cov.missed))/float64(cov.names), 0.01)
}
