//go:build !unix

package tei

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
