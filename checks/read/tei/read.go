package tei

import (
	"bytes"
	"slices"
	"strings"

	"github.com/archivelint/archivelint/checks"
)

// DefaultMaxDepth is the element nesting Options.MaxDepth allows when it is zero: real TEI
// rarely passes 20, and a bound keeps hostile input from exhausting the stack of open elements.
const DefaultMaxDepth = 256

// Kinds of the Problems the reader reports (the engine turns them into findings of the
// reader's own rules).
const (
	// ProblemMalformed: the file is not well-formed XML (a mismatched or unclosed tag, a bad
	// attribute, a stray "<" or "&", "--" in a comment...).
	ProblemMalformed = "malformed-xml"
	// ProblemUndefinedEntity: a reference to an entity XML does not predefine, such as &nbsp;.
	ProblemUndefinedEntity = "undefined-entity"
	// ProblemEntityDeclaration: the DOCTYPE declares entities; they are never expanded.
	ProblemEntityDeclaration = "entity-declaration"
	// ProblemTooDeep: elements nest deeper than Options.MaxDepth.
	ProblemTooDeep = "too-deep"
	// ProblemEmpty: the file holds nothing but white space.
	ProblemEmpty = "empty-file"
	// ProblemEncoding: the file declares or is in an encoding other than UTF-8.
	ProblemEncoding = "unsupported-encoding"
)

// Options tune the reader; the zero value is ready to use.
type Options struct {
	// MaxDepth bounds element nesting; deeper input is refused with a too-deep Problem.
	// Zero means DefaultMaxDepth.
	MaxDepth int
	// KeepSpaceRuns renders two or more plain spaces inside a line as written instead of
	// collapsing them to one, so that a double-space check can see "that  Soviet". Runs that
	// hold a line end or a tab (the layout of the XML) still collapse.
	KeepSpaceRuns bool
}

// A Comment is an XML comment, kept for suppression directives such as
// <!-- archivelint-disable-next-line RULE: reason -->.
type Comment struct {
	// Start and End delimit the whole comment, from "<!--" to "-->".
	Start, End int
	// Text is what stands between "<!--" and "-->", as written.
	Text string
}

// A Result is everything read from one file.
type Result struct {
	// Documents holds at least one document; a file that cannot be parsed yields exactly one,
	// carrying the fatal Problem.
	Documents []*checks.Document
	// Comments lists the file's comments in source order.
	Comments []Comment
}

// Read reads a TEI file into its documents: one per div[@type="document"] of a volume, else
// one for the whole file. It never panics and always returns at least one document.
func Read(src *checks.Source, opts Options) []*checks.Document {
	return Parse(src, opts).Documents
}

// Parse is Read that also returns the file's comments.
func Parse(src *checks.Source, opts Options) Result {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	p := newParser(src, opts)
	if len(bytes.TrimLeft(src.Bytes[p.start:], " \t\r\n")) == 0 {
		return Result{Documents: []*checks.Document{{
			Source: src, Format: checks.FormatTEI, End: len(src.Bytes),
			Problems: []checks.Problem{{Kind: ProblemEmpty, Category: "encoding", Severity: checks.Warning,
				Message: "the file is empty", Start: 0, End: len(src.Bytes), Fatal: true}},
		}}}
	}
	p.parse()
	return Result{Documents: p.documents(), Comments: p.comments}
}

// documents assembles what the parse collected.
func (p *parser) documents() []*checks.Document {
	if p.failed {
		return []*checks.Document{{Source: p.src, Format: checks.FormatTEI, End: len(p.b), Problems: p.problems}}
	}
	header := p.header.fields
	sortedFields(header)
	var docs []*checks.Document
	if len(p.docs) >= 2 {
		volume := make([]*checks.Field, len(header))
		for i, f := range header {
			v := *f
			v.Name = "volume_" + f.Name
			volume[i] = &v
		}
		for _, d := range p.docs {
			fields := make([]*checks.Field, 0, len(d.fields)+len(volume))
			fields = append(fields, sortedFields(d.fields)...)
			docs = append(docs, &checks.Document{
				Source: p.src, Format: checks.FormatTEI, ID: d.id, InVolume: true,
				Start: d.start, End: d.end, HeaderStart: d.start, HeaderEnd: d.tagEnd,
				Fields: append(fields, volume...),
				Blocks: p.output[d.first:d.last:d.last],
			})
		}
	} else {
		doc := &checks.Document{Source: p.src, Format: checks.FormatTEI,
			Start: p.rootStart, End: p.rootEnd, HeaderStart: p.header.start, HeaderEnd: p.header.end}
		if p.header.end == 0 {
			doc.HeaderStart, doc.HeaderEnd = p.rootStart, p.rootTagEnd
		}
		doc.Fields = header
		if len(p.docs) == 1 {
			doc.Fields = append(doc.Fields, missingFrom(header, sortedFields(p.docs[0].fields))...)
		}
		doc.Blocks = append(p.header.blocks, p.output...)
		docs = []*checks.Document{doc}
	}
	attachProblems(docs, p.problems)
	return docs
}

func sortedFields(fs []*checks.Field) []*checks.Field {
	slices.SortStableFunc(fs, func(a, b *checks.Field) int { return a.LabelStart - b.LabelStart })
	return fs
}

// missingFrom returns the fields of extra whose names have no field in have: a one-document
// file's div fills the gaps its header leaves.
func missingFrom(have, extra []*checks.Field) []*checks.Field {
	var out []*checks.Field
	for _, f := range extra {
		found := false
		for _, h := range have {
			if h.Name == f.Name {
				found = true
				break
			}
		}
		if !found {
			out = append(out, f)
		}
	}
	return out
}

// attachProblems gives each problem to the document it lies in, or to the first one, so that
// every problem is reported once.
func attachProblems(docs []*checks.Document, problems []checks.Problem) {
	for _, pr := range problems {
		target := docs[0]
		for _, d := range docs {
			if pr.Start >= d.Start && pr.Start < d.End {
				target = d
				break
			}
		}
		target.Problems = append(target.Problems, pr)
	}
}

// canonicalType turns an attribute value such as "isbn-13" into a field-name suffix.
func canonicalType(s string) string {
	return checks.CanonicalName(s)
}

// snakeCase turns an element name such as "altIdentifier" into "alt_identifier".
func snakeCase(name string) string {
	var b strings.Builder
	for i, r := range name {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return checks.CanonicalName(b.String())
}
