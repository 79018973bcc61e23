//go:build !unix

package bench

import "time"

// CPUTime is not measured on this system.
func CPUTime() (time.Duration, bool) { return 0, false }
