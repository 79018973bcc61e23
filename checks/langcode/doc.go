// Package langcode knows the world's languages by name and by ISO 639 code, so that a metadata
// check can tell "Russian", "ru", "rus" and "Serbo-Croatian" from "Rusian" or "12".
//
// Its table, languages.tsv, is generated from Debian's iso-codes package (ISO 639-2, 639-3
// and 639-5) by internal/gen; LICENSE.iso-codes carries that package's notice
// (LGPL-2.1-or-later).
package langcode
