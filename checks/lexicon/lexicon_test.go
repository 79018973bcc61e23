package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultKnowsWords(t *testing.T) {
	lex := Default()
	tests := []struct {
		word       string
		known      bool
		splittable bool
		function   bool
	}{
		{"the", true, true, true},
		{"The", true, true, true},
		{"letter", true, true, false},
		{"therein", true, true, false},
		{"connexion", true, true, false},
		{"Moscow", true, true, false},
		{"MOSCOW", true, true, false},
		{"letteris", false, false, false},
		{"theiroperations", false, false, false},
		// SCOWL's high levels hold joins like these; the generator drops them.
		{"aswell", false, false, false},
		{"allis", false, false, false},
		{"", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			e, ok := lex.Lookup(tt.word)
			assert.Equal(t, tt.known, ok)
			assert.Equal(t, tt.known, lex.Known(tt.word))
			assert.Equal(t, tt.splittable, e.Splittable())
			assert.Equal(t, tt.function, e.Function())
		})
	}
}

func TestLogProbOrdersByFrequency(t *testing.T) {
	lex := Default()
	assert.Greater(t, lex.LogProb("the"), lex.LogProb("letter"))
	assert.Greater(t, lex.LogProb("letter"), lex.LogProb("despatch"))
	assert.Greater(t, lex.LogProb("despatch"), lex.LogProb("qzxv"))
	assert.Less(t, lex.LogProb("the"), 0.0)
}

func TestEntryFlags(t *testing.T) {
	lex := Default()
	mr, _ := lex.Lookup("Mr")
	assert.True(t, mr.Abbreviation())
	nato, _ := lex.Lookup("NATO")
	assert.True(t, nato.MixedCase())
	xiv, _ := lex.Lookup("xiv")
	assert.True(t, xiv.Roman())
	moscow, _ := lex.Lookup("moscow")
	assert.Zero(t, moscow.LowerLevel, "Moscow is only written capitalised")
	assert.Equal(t, moscow.CapLevel, moscow.Level())
}

func TestWithWordsLeavesTheBaseAlone(t *testing.T) {
	base := Default()
	require.False(t, base.Known("Tsedenbal"))
	project := base.WithWords("Tsedenbal", "khozraschet", "the", " ")
	assert.True(t, project.Known("Tsedenbal"))
	assert.True(t, project.Known("tsedenbal"))
	assert.True(t, project.Known("khozraschet"))
	assert.False(t, base.Known("Tsedenbal"))
	assert.Equal(t, base.Len()+2, project.Len())
	e, _ := project.Lookup("Tsedenbal")
	assert.True(t, e.Splittable())
	assert.NotZero(t, e.CapLevel)
	more := project.WithWords("Habomai")
	assert.True(t, more.Known("Tsedenbal"))
	assert.False(t, project.Known("Habomai"))
}

func TestParseRejectsDamagedData(t *testing.T) {
	_, err := Parse("nonsense")
	require.Error(t, err)
	_, err = Parse(embedded[:len(embedded)-1])
	require.Error(t, err)
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	lex := Default()
	words := []string{"the", "Government", "of", "informed", "letteris", "Khrushchev", "transmit", "Szolnok"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		lex.Known(words[i%len(words)])
	}
}
