package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
)

// github writes GitHub Actions workflow commands: each finding becomes an annotation on the
// line of the pull request it is on.
type github struct{ w io.Writer }

func newGitHub(w io.Writer, _ Options) Reporter { return &github{w} }

// githubData and githubProperty escape a command's message and its properties as the
// Actions runner decodes them.
var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func githubLevel(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	default:
		return "notice"
	}
}

func (g *github) File(r engine.FileResult) error {
	if r.Err != nil {
		_, err := fmt.Fprintf(g.w, "::error file=%s,title=archivelint::%s\n", githubProperty.Replace(r.Target.Display), githubData.Replace(r.Err.Error()))
		return err
	}
	var b strings.Builder
	for i := range r.Findings {
		f := &r.Findings[i]
		start, end := f.StartPos(), f.EndPos()
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevel(f.Severity), githubProperty.Replace(f.Path()), start.Line, start.Column, end.Line, end.Column,
			githubProperty.Replace(f.Rule), githubData.Replace(f.Message))
	}
	for _, c := range r.Crashes {
		fmt.Fprintf(&b, "::error file=%s,title=archivelint::%s\n", githubProperty.Replace(r.Target.Display), githubData.Replace(c.Message()))
	}
	_, err := io.WriteString(g.w, b.String())
	return err
}

func (g *github) Finish(engine.Summary) error { return nil }
