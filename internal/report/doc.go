// Package report writes findings out: one file per format. Every format gets the files in
// the same order with their findings sorted, so output is the same whatever the parallelism.
package report
