// Package rules owns everything HCL: the built-in rule packs (rules/*.hcl, embedded in the
// binary), the discovery and decoding of a project's .archivelint.hcl, and the function
// library rule expressions may call. Load turns both into configured checks.Rules; every
// problem in a configuration is an hcl.Diagnostic that points at the exact spot.
package rules
