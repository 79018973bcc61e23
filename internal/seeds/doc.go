// Package seeds gathers what the repository's own fixtures hold (the sections of
// testdata/**/*.txtar and the files of testdata/examples) so that fuzz targets start from
// realistic documents and configurations rather than from nothing. It reads only the
// repository: tests that use it need no /work/shared and no network.
package seeds
