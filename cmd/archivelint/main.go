// Command archivelint lints archival transcriptions: scraped web text, Markdown with front
// matter, and TEI XML. Run "archivelint help" for the commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
