// Package checks is the contract every archivelint check is written against, and the home of
// the check kinds themselves.
//
// A file is read into one or more Documents: metadata Fields and body Blocks, each a Text
// that remembers, byte for byte, where it came from in the Source. A Kind is Go code that an
// HCL rule block instantiates by name; the configured result is a Rule holding a Check. The
// engine runs each Rule's Check on each Document through a Pass, and the Check reports
// Findings in text offsets that the Pass maps back to file, line and column, together with
// Fixes expressed as byte edits of the source.
//
// Adding a check kind is one file here (a Kind value and its builder), one line in
// registry.go, and fixtures under testdata/checks/<kind>/.
package checks
