package dates

import (
	"testing"
	"unicode/utf8"

	"github.com/archivelint/archivelint/internal/seeds"
)

// FuzzExtract checks the invariants every extraction keeps, whatever the
// input: no panic, spans inside the block and in order, Text equal to the
// span, a weekday span inside the date span, a valid date with a JDN.
func FuzzExtract(f *testing.F) {
	for _, tc := range extractionCases {
		f.Add(tc.in)
	}
	for _, tc := range roleCases {
		f.Add(tc.in)
	}
	docs, err := seeds.Documents("../../testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, d := range docs {
		f.Add(string(d.Data))
	}
	x := NewExtractor(Options{})
	f.Fuzz(func(t *testing.T, block string) {
		ds := x.Extract(block)
		prevEnd := 0
		for _, d := range ds {
			if d.Start < 0 || d.Start >= d.End || d.End > len(block) {
				t.Fatalf("span [%d:%d] out of range for %d bytes: %q", d.Start, d.End, len(block), block)
			}
			if d.Start < prevEnd {
				t.Fatalf("span [%d:%d] overlaps the previous date ending at %d: %q", d.Start, d.End, prevEnd, block)
			}
			prevEnd = d.End
			if d.Text != block[d.Start:d.End] {
				t.Fatalf("Text %q is not block[%d:%d] %q", d.Text, d.Start, d.End, block[d.Start:d.End])
			}
			if utf8.ValidString(block) && !utf8.ValidString(d.Text) {
				t.Fatalf("span [%d:%d] cuts a character: %q", d.Start, d.End, block)
			}
			if d.HasWeekday && (d.WeekdayStart < d.Start || d.WeekdayEnd > d.End || d.WeekdayStart >= d.WeekdayEnd) {
				t.Fatalf("weekday span [%d:%d] outside date span [%d:%d]: %q", d.WeekdayStart, d.WeekdayEnd, d.Start, d.End, block)
			}
			if d.Valid && d.Precision == PrecisionDay && d.Year != 0 && d.Month != 0 && d.JDN == 0 {
				t.Fatalf("valid complete date without JDN: %+v", d)
			}
			if d.JDN != 0 && !ValidDate(d.Year, d.Month, d.Day) {
				t.Fatalf("JDN for an invalid date: %+v", d)
			}
			if d.Role == "" {
				t.Fatalf("date without a role: %+v", d)
			}
		}
	})
}
