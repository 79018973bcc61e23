// Package engine runs a configuration's rules over files: it finds the files, reads them into
// documents, runs every rule on every document in a bounded pool of workers, and hands each
// file's findings on in a deterministic order whatever the parallelism. It also applies fixes.
package engine
