// Command archivelint lints archival transcriptions: scraped web text, Markdown with front
// matter, and TEI XML. Run "archivelint help" for the commands.
package main

import (
	"os"
	"runtime/debug"
	"time"
)

// startupMemoryLimit bounds the heap while the collector waits for the configuration: loading
// it takes about 12 MB.
const startupMemoryLimit = 256 << 20

func main() {
	// Start-up builds the configuration before any file is read: some 12 MB of small objects
	// that all stay live. From its first goal of 4 MB the collector would run five times over
	// what is still being built, a third of the CPU of linting one page on save. It waits
	// until the configuration is loaded, then paces as GOGC says.
	gcPercent := debug.SetGCPercent(-1)
	memoryLimit := debug.SetMemoryLimit(startupMemoryLimit)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, now: time.Now, collect: func() {
		debug.SetGCPercent(gcPercent)
		debug.SetMemoryLimit(memoryLimit)
	}}
	os.Exit(e.run(os.Args[1:]))
}
