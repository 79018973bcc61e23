package report

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
)

// junit writes JUnit XML, which CI dashboards chart: a test suite per file, a test case per
// finding that fails, and a passing case for a clean file so that dashboards count it.
type junit struct {
	w      io.Writer
	suites []junitSuite
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func newJUnit(w io.Writer, _ Options) Reporter { return &junit{w: w} }

func (j *junit) File(r engine.FileResult) error {
	s := junitSuite{Name: r.Target.Display}
	switch {
	case r.Err != nil:
		s.Cases = []junitCase{{Name: "read", Classname: r.Target.Display,
			Error: &junitProblem{Message: r.Err.Error(), Type: "error", Text: r.Err.Error()}}}
		s.Errors = 1
	case len(r.Findings) == 0 && len(r.Crashes) == 0:
		s.Cases = []junitCase{{Name: "archivelint", Classname: r.Target.Display}}
	}
	for _, c := range r.Crashes {
		s.Cases = append(s.Cases, junitCase{Name: "crash of " + c.Rule, Classname: r.Target.Display,
			Error: &junitProblem{Message: c.Message(), Type: "crash", Text: string(c.Stack)}})
		s.Errors++
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		p := f.StartPos()
		s.Cases = append(s.Cases, junitCase{Name: fmt.Sprintf("%s at %d:%d", f.Rule, p.Line, p.Column), Classname: f.Path(),
			Failure: &junitProblem{Message: f.Message, Type: f.Severity.String(), Text: compactLine(f)}})
		s.Failures++
	}
	s.Tests = len(s.Cases)
	j.suites = append(j.suites, s)
	return nil
}

func (j *junit) Finish(engine.Summary) error {
	all := junitSuites{Name: "archivelint", Suites: j.suites}
	for _, s := range j.suites {
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Errors += s.Errors
	}
	return writeXML(j.w, all)
}

// checkstyle writes Checkstyle XML: a file element per file with findings, an error element
// per finding. It streams: each file is written as it comes.
type checkstyle struct {
	w       io.Writer
	started bool
}

type checkstyleFile struct {
	XMLName xml.Name          `xml:"file"`
	Name    string            `xml:"name,attr"`
	Errors  []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr,omitempty"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func newCheckstyle(w io.Writer, _ Options) Reporter { return &checkstyle{w: w} }

func checkstyleSeverity(s checks.Severity) string {
	switch s {
	case checks.Error:
		return "error"
	case checks.Warning:
		return "warning"
	default:
		return "info"
	}
}

func (c *checkstyle) start() error {
	if c.started {
		return nil
	}
	c.started = true
	_, err := io.WriteString(c.w, xml.Header+"<checkstyle version=\"4.3\">\n")
	return err
}

func (c *checkstyle) File(r engine.FileResult) error {
	if err := c.start(); err != nil {
		return err
	}
	if r.Err == nil && len(r.Findings) == 0 && len(r.Crashes) == 0 {
		return nil
	}
	f := checkstyleFile{Name: r.Target.Display}
	if r.Err != nil {
		f.Errors = append(f.Errors, checkstyleError{Severity: "error", Message: r.Err.Error(), Source: "archivelint"})
	}
	for _, c := range r.Crashes {
		f.Errors = append(f.Errors, checkstyleError{Severity: "error", Message: c.Message(), Source: "archivelint"})
	}
	for i := range r.Findings {
		fnd := &r.Findings[i]
		p := fnd.StartPos()
		f.Errors = append(f.Errors, checkstyleError{Line: p.Line, Column: p.Column, Severity: checkstyleSeverity(fnd.Severity),
			Message: fnd.Message, Source: "archivelint." + fnd.Rule})
	}
	b, err := xml.MarshalIndent(f, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = c.w.Write(append(b, '\n'))
	return err
}

func (c *checkstyle) Finish(engine.Summary) error {
	if err := c.start(); err != nil {
		return err
	}
	_, err := io.WriteString(c.w, "</checkstyle>\n")
	return err
}

func writeXML(w io.Writer, v any) error {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, xml.Header+string(b)+"\n")
	return err
}
