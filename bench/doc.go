// Package bench measures archivelint at archive scale: the corpora its benchmarks run on (the
// shared FRUS volumes when they are beside the repository, a generated collection otherwise),
// the CPU clock they report by, and the whole-pipeline benchmarks. run.sh compares the linter
// with spell checkers on the same files; README.md holds the results.
package bench
