package checks

import (
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Document formats, as readers name them and rules select them.
const (
	FormatText     = "text"     // scraped web text (.txt)
	FormatMarkdown = "markdown" // Markdown with YAML front matter (.md)
	FormatTEI      = "tei"      // TEI P5 XML (.xml)
)

// A Document is one transcription: its metadata Fields and its body Blocks, in source order.
// A TEI volume yields one Document per div[@type="document"], all sharing one Source.
type Document struct {
	Source *Source
	Format string
	// ID names the document inside a volume (the div's xml:id); empty for a one-document file.
	ID string
	// Start and End delimit the document in the source; findings about the document as a
	// whole (a missing field) point at Start.
	Start, End int
	// InVolume is true for one of several documents read from the same file.
	InVolume bool
	// HeaderStart and HeaderEnd locate the metadata (front matter, teiHeader, "Document
	// Information" block); a missing field is reported there.
	HeaderStart, HeaderEnd int

	Fields []*Field
	Blocks []*Block
	// Problems are what the reader could not make sense of (a malformed header line, invalid
	// UTF-8): the engine reports them as findings of the reader's own rules.
	Problems []Problem

	// document and field are the variables of Vars, each made on first use: a rule's `when`
	// that asks only document.in_volume does not need the fields.
	documentOnce, fieldOnce sync.Once
	documentVar, fieldVar   cty.Value
	memo                    map[any]any
}

// Memo returns what compute returns for key, computing it once per document: two rules of one
// kind (spacing after punctuation, spacing between words) share one analysis. The rules of a
// document run one after another, so no lock is needed.
func (d *Document) Memo(key any, compute func() any) any {
	if v, ok := d.memo[key]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = map[any]any{}
	}
	v := compute()
	d.memo[key] = v
	return v
}

// Vars are the variables a rule's `when` sees: document (format, id, path, in_volume) and
// field (each field's trimmed value by canonical name, the first when a name repeats).
func (d *Document) Vars() map[string]cty.Value {
	return map[string]cty.Value{"document": d.document(), "field": d.field()}
}

// varsOf are the variables of Vars that e refers to.
func (d *Document) varsOf(e hcl.Expression) map[string]cty.Value {
	vars := make(map[string]cty.Value, 2)
	for _, tr := range e.Variables() {
		switch tr.RootName() {
		case "document":
			vars["document"] = d.document()
		case "field":
			vars["field"] = d.field()
		}
	}
	return vars
}

func (d *Document) document() cty.Value {
	d.documentOnce.Do(func() {
		path := ""
		if d.Source != nil {
			path = d.Source.Path
		}
		d.documentVar = cty.ObjectVal(map[string]cty.Value{
			"format": cty.StringVal(d.Format), "id": cty.StringVal(d.ID),
			"path": cty.StringVal(path), "in_volume": cty.BoolVal(d.InVolume),
		})
	})
	return d.documentVar
}

func (d *Document) field() cty.Value {
	d.fieldOnce.Do(func() {
		fields := map[string]cty.Value{}
		for _, f := range d.Fields {
			if _, ok := fields[f.Name]; !ok {
				fields[f.Name] = cty.StringVal(strings.TrimSpace(f.Value.S))
			}
		}
		d.fieldVar = cty.MapValEmpty(cty.String) // cty.MapVal panics on an empty map
		if len(fields) > 0 {
			d.fieldVar = cty.MapVal(fields)
		}
	})
	return d.fieldVar
}

// A Field is a metadata value: a front-matter key, a TEI header element, a label/value pair
// of a scraped page's "Document Information" block.
type Field struct {
	// Name is canonical (lower snake case: "source", "language", "record_id", "uploaded",
	// "date", "title", "rights", "translator"); Label is as written in the file.
	Name, Label string
	// LabelStart and LabelEnd locate the label (or the element) in the source.
	LabelStart, LabelEnd int
	Value                Text
	// Attrs holds attribute-like companions of the value, e.g. TEI @when.
	Attrs []Attr
}

// A Block is a unit of body text: a paragraph, heading, dateline, note, closer, margin note...
type Block struct {
	Kind  string // "paragraph", "heading", "dateline", "note", "margin", "closer", "quote", "item", "table", "line"
	Text  Text
	Attrs []Attr // e.g. a TEI note's type="source", a date's when
}

// An Attr is a named value that sits beside a text unit: an XML attribute, a sub-value.
type Attr struct {
	Name  string
	Value Text
}

// A Problem is something a reader reports about a file or document rather than something a
// rule finds: Kind is the reader rule's short name ("invalid-utf8", "malformed-xml"...).
type Problem struct {
	Kind       string
	Category   string
	Message    string
	Start, End int // source bytes
	Severity   Severity
	// Fatal problems stop every other rule: there is nothing sensible left to check.
	Fatal bool
}

// Field returns the first field with the canonical name, or nil.
func (d *Document) Field(name string) *Field {
	for _, f := range d.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Attr returns the value of the named attribute and whether it was there.
func attrOf(attrs []Attr, name string) (Text, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return Text{}, false
}

// Attr returns the named attribute of the field.
func (f *Field) Attr(name string) (Text, bool) { return attrOf(f.Attrs, name) }

// Attr returns the named attribute of the block.
func (b *Block) Attr(name string) (Text, bool) { return attrOf(b.Attrs, name) }

// CanonicalName turns a label as written ("Original Uploaded Date", "record-id") into the
// lower snake case a field is known by ("original_uploaded_date", "record_id").
func CanonicalName(label string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.TrimSpace(strings.ToLower(label)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	return b.String()
}
