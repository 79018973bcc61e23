// Package eval measures the spacing detector on the shared corpora (dev sets, seed, FRUS);
// its tests skip when ../shared is absent.
package eval
