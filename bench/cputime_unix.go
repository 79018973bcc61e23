//go:build unix

package bench

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time the process has used, all threads and the collector included: on
// a shared machine it measures the work where wall time also measures the neighbours.
func CPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
