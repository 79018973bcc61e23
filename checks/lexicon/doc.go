// Package lexicon is archivelint's English word list with frequencies: SCOWL's words with their
// commonness levels and word counts from two centuries of State of the Union addresses, embedded
// as a hash table that is searched in place, so loading it costs microseconds.
//
// The data file lexicon.bin is generated (go generate; see gen.go and internal/gen) and
// committed; LICENSE.scowl and LICENSE.sotu carry the sources' notices.
package lexicon
