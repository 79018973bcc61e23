package spacing

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/archivelint/archivelint/internal/seeds"
)

// FuzzFind checks what holds for any text: no panic; candidates in text order, apart, inside
// the text, with Match the text they cover and Suggestion that match with one space at
// Insert, which lies inside it (and on a character boundary in valid UTF-8); a known kind and
// a confidence in (0, 1]; the same candidates twice; and the same again with a vocabulary that
// learned the text.
func FuzzFind(f *testing.F) {
	docs, err := seeds.Documents("../../testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, d := range docs {
		f.Add(string(d.Data))
	}
	for _, s := range []string{
		"The second letteris dated the fourth of May.", "the draft.But he", "FIRING,INCLUDING", "theAnna Beck",
		"Subject:Fisheries", "N.S. Khrushchev told the U.S. Amb. at 4 p.m.", "Sovietauthorities", "a\u00adb c\u200bd",
		"İstanbulda", "ǅemal", "\xff\xfeletteris", "x.Y.Z.", "'tis", "’s-Gravenhage", "ﬁnally ﬂed",
	} {
		f.Add(s)
	}
	kinds := []Kind{RunTogether, RunTogetherCapital, CamelJoin, AfterPeriod, AfterComma, AfterSemicolon, AfterColon}
	f.Fuzz(func(t *testing.T, text string) {
		got := Find(text, Options{})
		end := 0
		for _, c := range got {
			if c.Start < end || c.Start > c.End || c.End > len(text) {
				t.Fatalf("candidate [%d,%d) out of order or outside %d bytes (previous ended at %d): %q", c.Start, c.End, len(text), end, text)
			}
			end = c.End
			if c.Match != text[c.Start:c.End] {
				t.Fatalf("Match %q is not the text it covers %q", c.Match, text[c.Start:c.End])
			}
			if c.Insert <= c.Start || c.Insert >= c.End {
				t.Fatalf("insertion at %d is not inside [%d,%d)", c.Insert, c.Start, c.End)
			}
			if want := text[c.Start:c.Insert] + " " + text[c.Insert:c.End]; c.Suggestion != want {
				t.Fatalf("Suggestion %q, want %q", c.Suggestion, want)
			}
			if utf8.ValidString(text) && !utf8.RuneStart(text[c.Insert]) {
				t.Fatalf("insertion at %d splits a character of %q", c.Insert, c.Match)
			}
			if !slices.Contains(kinds, c.Kind) || !(c.Confidence > 0 && c.Confidence <= 1) {
				t.Fatalf("kind %q confidence %v", c.Kind, c.Confidence)
			}
		}
		if again := Find(text, Options{}); !slices.Equal(got, again) {
			t.Fatalf("two runs differ:\n%+v\n%+v", got, again)
		}
		v := NewVocabulary()
		v.Learn(text)
		for _, c := range Find(text, Options{Vocabulary: v}) {
			if c.Start < 0 || c.End > len(text) || c.Match != text[c.Start:c.End] {
				t.Fatalf("with a vocabulary: candidate [%d,%d) %q does not cover the text", c.Start, c.End, c.Match)
			}
		}
	})
}
