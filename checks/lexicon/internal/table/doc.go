// Package table is the on-disk form of the lexicon: an open-addressing hash table of words laid
// out in one byte string, so the embedded data is searched in place with no start-up parsing.
package table
