package citation

// A Span is a byte range [Start, End) in part Part of the parsed input. Parse and Find have
// one part, so Part is 0; ParseParts numbers its parts from 0 in the order given.
type Span struct {
	Part  int `cty:"part"`
	Start int `cty:"start"`
	End   int `cty:"end"`
}

// A Citation is one parsed archival citation. The cty tags let a caller convert it with
// gocty.ToCtyValue(c, gocty.ImpliedType(c)) for HCL rule expressions.
type Citation struct {
	// Span covers the citation itself, a credit after it excluded; for ParseParts, the
	// first part that is not empty.
	Span Span `cty:"span"`
	// Text is the citation as written (for ParseParts, the parts joined by "; ").
	Text string `cty:"text"`
	// Archive names the grammar the citation was read with; "" when none applied.
	Archive string `cty:"archive"`
	// Repository is the first repository named, nil when none was recognised.
	Repository *Mention `cty:"repository"`
	// Components are the parts found, in the order written.
	Components []Component `cty:"components"`
	// Credit is the "Translated by ..." tail, nil when there is none.
	Credit *Mention `cty:"credit"`
	// Problems are what is wrong with the citation, in the order of their spans.
	Problems []Problem `cty:"problems"`
}

// A Mention is a piece of the citation: a repository (Name is its canonical abbreviation,
// Text as written) or the credit (Name is empty).
type Mention struct {
	Name string `cty:"name"`
	Text string `cty:"text"`
	Span Span   `cty:"span"`
}

// A Component is one part of a citation: a labelled one ("f. 52", "54. doboz") or an
// unlabelled one recognised by its shape ("FO 371/121761").
type Component struct {
	Name  string `cty:"name"`  // the grammar's component name: "fond", "list", "reference"
	Label string `cty:"label"` // as written, "" for an unlabelled component
	Value string `cty:"value"` // as written: "52", "61-66", "5-7ob."
	// From and To are the ends of a range; for a single value both are Value.
	From string `cty:"from"`
	To   string `cty:"to"`
	Span Span   `cty:"span"` // label and value
}

// A Kind says what is wrong with a citation; it is stable and machine-readable.
type Kind string

// The kinds of problem a citation can have.
const (
	// MisspelledRepository: a repository abbreviation one edit (or a change of case) away from
	// a known one, in a place where a repository is expected. Suggestion: the known one.
	MisspelledRepository Kind = "misspelled-repository"
	// UnknownRepository: an abbreviation where a declared citation names its repository that
	// no grammar knows and none resembles. Off by default in packs: archives are many.
	UnknownRepository Kind = "unknown-repository"
	// MissingComponent: a component the grammar requires is absent ("TNA, ff. 112-115").
	MissingComponent Kind = "missing-component"
	// MissingNumber: a label with nothing after it ("d. ,", "RG ,", "pp. .").
	MissingNumber Kind = "missing-number"
	// MalformedAbbreviation: a label without its period ("f 52"), or written with look-alike
	// characters ("II." for "ll."). Suggestion: the label as declared.
	MalformedAbbreviation Kind = "malformed-abbreviation"
	// MalformedValue: a value that has the rough shape of a component but not its form
	// ("109-787-3" for a PRC FMA file number).
	MalformedValue Kind = "malformed-value"
	// ReversedRange: a range that runs backwards ("ll. 66-61"). Suggestion: the ends swapped.
	ReversedRange Kind = "reversed-range"
	// MalformedRange: a range with an end missing ("ll. 61-").
	MalformedRange Kind = "malformed-range"
	// UnbalancedBracket: a bracket or parenthesis never closed, or closed but never opened.
	UnbalancedBracket Kind = "unbalanced-bracket"
	// UnbalancedQuote: a quotation mark never closed.
	UnbalancedQuote Kind = "unbalanced-quote"
	// OutOfOrder: a component written before one the grammar puts ahead of it ("d." before
	// "op.").
	OutOfOrder Kind = "out-of-order"
	// GluedCredit: the credit runs on without a full stop ("ll. 193-194 Translated by").
	GluedCredit Kind = "glued-credit"
)

// Kinds lists every Kind, for configuration that selects among them.
func Kinds() []Kind {
	return []Kind{
		MisspelledRepository, UnknownRepository, MissingComponent, MissingNumber,
		MalformedAbbreviation, MalformedValue, ReversedRange, MalformedRange,
		UnbalancedBracket, UnbalancedQuote, OutOfOrder, GluedCredit,
	}
}

// A Problem is one thing wrong with a citation.
type Problem struct {
	Kind Kind `cty:"kind"`
	Span Span `cty:"span"`
	// Match is the text at Span.
	Match   string `cty:"match"`
	Message string `cty:"message"`
	// Suggestion replaces Match; "" when there is no certain replacement.
	Suggestion string `cty:"suggestion"`
}
