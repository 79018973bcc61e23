package read

import (
	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read/tei"
)

func readTEI(src *checks.Source, opts Options) []*checks.Document {
	return tei.Read(src, opts.TEI)
}

// ProblemKinds lists every kind of problem the readers report, so that a test can hold the
// reader rules (rules/reader.hcl) to covering all of them.
func ProblemKinds() []string {
	return []string{
		"empty-file", "binary-file", "invalid-utf8", "malformed-yaml", "missing-front-matter",
		tei.ProblemMalformed, tei.ProblemUndefinedEntity, tei.ProblemEntityDeclaration,
		tei.ProblemTooDeep, tei.ProblemEmpty, tei.ProblemEncoding,
	}
}
