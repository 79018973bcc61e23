package langcode_test

import (
	"testing"

	"github.com/archivelint/archivelint/checks/langcode"
	"github.com/stretchr/testify/assert"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in       string
		known    bool
		wantCode string
	}{
		{"Russian", true, "rus"},
		{"russian", true, "rus"},
		{" ru ", true, "rus"},
		{"rus", true, "rus"},
		{"ger", true, "deu"},
		{"Serbo-Croatian", true, "hbs"},
		{"Modern Greek", true, "ell"},
		{"Greek", true, "ell"},
		{"Castilian", true, "spa"},
		{"Mandarin Chinese", true, "cmn"},
		{"Rusian", false, ""},
		{"English (translation)", false, ""},
		{"12", false, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l, ok := langcode.Lookup(tt.in)
			assert.Equal(t, tt.known, ok)
			assert.Equal(t, tt.wantCode, l.Code)
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	langcode.Known("warm up")
	for b.Loop() {
		langcode.Known("Serbo-Croatian")
	}
}
