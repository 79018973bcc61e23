package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/archivelint/archivelint/rules"
)

// starterConfig is what `archivelint init` writes: every setting commented, so that the file
// documents itself and changes nothing until someone decides.
const starterConfig = `# archivelint configuration. Every setting is optional; this file changes nothing until a
# line is uncommented. "archivelint rules" lists the rules; "archivelint explain RULE"
# describes one.

archivelint {
  # Built-in packs to run (default: all of them).
  # packs = [PACKS]

  # Files to lint, relative to this file (default: every .txt, .md and .xml file).
  # include = ["transcriptions/**"]

  # Files to skip, added to the defaults (README*, LICENSE*, hidden directories...).
  # exclude = ["drafts/**"]

  # Exit 1 on findings at or above this severity: "notice", "warning" or "error".
  fail_level = "warning"
}

# What the collection is: dates outside the range are reported.
# collection {
#   date_range  = ["1945", "1991"]
#   slash_dates = "dmy"            # how to read 10/11/1956: "mdy" or "dmy"
# }

# Change a built-in rule: its severity ("off" disables it), its files, whether it can be
# silenced.
# override "artifact.stray-marker" {
#   severity = "notice"
# }

# Silence findings without touching the transcriptions; a reason is required. Every
# condition given must hold: rules (globs), files (globs), lines, and match (a regex
# searched in the matched text). In Markdown and TEI a comment does the same for one place:
#   <!-- archivelint-disable-next-line spacing.run-together -- as printed in the original -->
# ignore {
#   rules  = ["spacing.*"]
#   files  = ["letters/1862/**"]
#   reason = "the 1862 letters keep the writer's own spelling"
# }

# A rule of your own, with the syntax of the built-in packs (rules/*.hcl).
# rule "pattern" "local.placeholder" {
#   category = "artifact"
#   literals = ["lorem ipsum", "TODO"]
#   message  = "placeholder text \"${match}\" left in the transcription"
# }
`

// quoted writes names as an HCL list's items: "a", "b".
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// initConfig writes a commented starter configuration; it never overwrites one.
func (e *env) initConfig(args []string) int {
	fs := e.newFlags("init", "")
	path := fs.String("config", rules.FileName, "write the configuration to this `file`")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	f, err := os.OpenFile(*path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		fmt.Fprintf(e.stderr, "archivelint: %s exists already; init does not overwrite it\n", *path)
		return exitError
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	// The pack list is the binary's own, so the starter never names a pack that is not there.
	_, err = f.WriteString(strings.Replace(starterConfig, "PACKS", quoted(rules.PackNames()), 1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	fmt.Fprintf(e.stdout, "wrote %s; \"archivelint lint\" uses it from now on\n", *path)
	return exitClean
}
