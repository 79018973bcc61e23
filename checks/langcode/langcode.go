package langcode

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -out languages.tsv

//go:embed languages.tsv
var table string

// A Language is one entry of ISO 639.
type Language struct {
	Code string // ISO 639-3 (or 639-2/639-5 for collective codes)
	Name string // the first name it goes by
}

// index maps every code and name, lower-cased, to its language. It is built on first use and
// never changed after, so it is safe to share.
var index = sync.OnceValue(func() map[string]Language {
	m := make(map[string]Language, 32*1024)
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			continue
		}
		l := Language{Code: cols[0], Name: cols[3]}
		for _, c := range cols {
			if c == "" {
				continue
			}
			key := strings.ToLower(c)
			if _, dup := m[key]; !dup { // the first language to claim a name keeps it
				m[key] = l
			}
		}
	}
	return m
})

// Lookup finds a language by name ("Russian", "Modern Greek", "Greek") or code ("ru", "rus"),
// ignoring case and surrounding space.
func Lookup(s string) (Language, bool) {
	l, ok := index()[strings.ToLower(strings.TrimSpace(s))]
	return l, ok
}

// Known reports whether s is a language name or an ISO 639 code.
func Known(s string) bool {
	_, ok := Lookup(s)
	return ok
}
