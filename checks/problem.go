package checks

import "github.com/hashicorp/hcl/v2"

// ProblemKind reports what a reader could not make sense of: invalid UTF-8, malformed XML or
// YAML, an empty or binary file. Making these rules lets a project switch one off or change
// its severity like any other.
var ProblemKind = NewKind("problem", `report what a reader found wrong with a file

Attributes: problems (the reader problem kinds this rule reports: "invalid-utf8",
"empty-file", "binary-file", "malformed-xml", "malformed-yaml", "missing-front-matter"...).
The reader writes the message.`, buildProblem)

type problemConfig struct {
	Problems []string `hcl:"problems"`
}

func buildProblem(c *problemConfig, b *Build) (Check, hcl.Diagnostics) {
	want := map[string]bool{}
	for _, p := range c.Problems {
		want[p] = true
	}
	return CheckFunc(func(p *Pass) {
		for _, pr := range p.Doc.Problems {
			if want[pr.Kind] {
				p.Report(Report{Start: pr.Start, End: pr.End, Message: pr.Message, FileLevel: pr.Start == pr.End})
			}
		}
	}), nil
}
