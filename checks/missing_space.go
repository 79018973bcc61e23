package checks

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/archivelint/archivelint/checks/lexicon"
	"github.com/archivelint/archivelint/checks/spacing"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// MissingSpace reports words run together and punctuation with no space after it, with the
// split as the suggestion and the inserted space as the fix.
var MissingSpace = NewKind("missing_space", `report words run together and sentences glued at punctuation

Finds "letteris" (letter is), "Sovietauthorities", "theAnna" (glued across markup), "draft.But"
and "Moscow,and", weighing every split by word frequencies from an embedded English lexicon
(SCOWL with State of the Union counts), so that real compounds ("therein", "notwithstanding")
stay whole. It stays quiet on names and terms that recur across the corpus being linted, on
foreign passages, abbreviations, numbers, file numbers, URLs and e-mail addresses; project word
lists (vocabulary blocks) add what it cannot know.
Attributes: kinds (which of "run-together", "run-together-capital", "camel-join",
"missing-space-after-period", "missing-space-after-comma", "missing-space-after-semicolon",
"missing-space-after-colon" the rule reports; default all), min_confidence (0..1, default
0.5), safe_fix_confidence (a fix at or above it is applied by "archivelint fix"; default 0.75),
recurrence (how often a token must occur across the corpus to count as a word; default 3).
Message variables: match, suggestion, kind, confidence.`, buildMissingSpace)

func init() {
	MissingSpace.Vars = []string{"kind", "confidence"}
	MissingSpace.DefaultIn = []string{"body", "field:title"}
}

type missingSpaceConfig struct {
	Kinds             []string  `hcl:"kinds,optional"`
	KindsRange        hcl.Range `hcl:"kinds,attr_value_range"`
	MinConfidence     *float64  `hcl:"min_confidence,optional"`
	SafeFixConfidence *float64  `hcl:"safe_fix_confidence,optional"`
	Recurrence        int       `hcl:"recurrence,optional"`
}

// spacingKinds are the detector's kinds, in the order the docs list them.
var spacingKinds = []spacing.Kind{
	spacing.RunTogether, spacing.RunTogetherCapital, spacing.CamelJoin, spacing.AfterPeriod,
	spacing.AfterComma, spacing.AfterSemicolon, spacing.AfterColon,
}

type missingSpaceCheck struct {
	kinds         map[spacing.Kind]bool
	minConfidence float64
	safeFix       float64
	corpus        *spacingCorpus
}

// spacingCorpus is what every missing_space rule of a configuration shares: one vocabulary
// (project word lists and the words of the corpus), learned once.
type spacingCorpus struct {
	vocab          *spacing.Vocabulary
	accept, reject []string // the project's lists, kept to start afresh
	recurrence     int
}

// forget starts a new vocabulary with the project's lists and no counts. Find asks the counts
// of words the default lexicon does not know, so those are the only ones counted.
func (c *spacingCorpus) forget() {
	c.vocab = spacing.NewVocabulary()
	c.vocab.Accept(c.accept...)
	c.vocab.Reject(c.reject...)
	c.vocab.CountUnknownOnly(lexicon.Default())
}

func buildMissingSpace(c *missingSpaceConfig, b *Build) (Check, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	kinds, d := selection(c.Kinds, spacingKinds, func(spacing.Kind) bool { return true }, "kind of missing space", c.KindsRange)
	diags = append(diags, d...)
	chk := &missingSpaceCheck{kinds: kinds, minConfidence: 0.5, safeFix: 0.75}
	if c.MinConfidence != nil {
		chk.minConfidence = *c.MinConfidence
	}
	if c.SafeFixConfidence != nil {
		chk.safeFix = *c.SafeFixConfidence
	}
	corpus, d := sharedSpacingCorpus(b.Env, c.Recurrence)
	chk.corpus = corpus
	return chk, append(diags, d...)
}

// sharedSpacingCorpus returns the configuration's vocabulary, made on first use from the
// project's vocabulary blocks.
func sharedSpacingCorpus(env *Env, recurrence int) (*spacingCorpus, hcl.Diagnostics) {
	if c, ok := Ext[*spacingCorpus](env, "spacing.corpus"); ok {
		if recurrence > 0 {
			c.recurrence = recurrence
		}
		return c, nil
	}
	c := &spacingCorpus{recurrence: recurrence}
	var diags hcl.Diagnostics
	if vocabs, ok := Ext[[]VocabularyList](env, "vocabulary"); ok {
		for _, v := range vocabs {
			c.accept = append(c.accept, v.Accept...)
			c.reject = append(c.reject, v.Reject...)
			for _, f := range v.AcceptFiles {
				words, d := readWordFile(f, v.DefRange)
				diags = append(diags, d...)
				c.accept = append(c.accept, words...)
			}
			for _, f := range v.RejectFiles {
				words, d := readWordFile(f, v.DefRange)
				diags = append(diags, d...)
				c.reject = append(c.reject, words...)
			}
		}
	}
	c.forget()
	if env != nil && env.Extensions != nil {
		env.Extensions["spacing.corpus"] = c
	}
	return c, diags
}

// A VocabularyList is a project word list as the loader hands it to kinds: words, and files
// of words (absolute paths), to accept as correct and to reject as errors.
type VocabularyList struct {
	Name                     string
	Accept, Reject           []string
	AcceptFiles, RejectFiles []string
	DefRange                 hcl.Range
}

func readWordFile(path string, rng hcl.Range) ([]string, hcl.Diagnostics) {
	f, err := os.Open(path)
	if err != nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read word list",
			Detail: fmt.Sprintf("%s. Word list paths are relative to the configuration file.", err), Subject: rng.Ptr()}}
	}
	defer f.Close()
	words, err := spacing.ReadWordList(bufio.NewReader(f))
	if err != nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read word list",
			Detail: fmt.Sprintf("%s: %s.", filepath.Base(path), err), Subject: rng.Ptr()}}
	}
	return words, nil
}

// Learn counts the document's words into the shared vocabulary.
func (c *missingSpaceCheck) Learn(d *Document) {
	texts := make([]string, 0, len(d.Fields)+len(d.Blocks))
	for _, f := range d.Fields {
		// A volume's header is shared by its hundreds of documents: counted with each, every
		// word of it would look like a term of the collection.
		if !strings.HasPrefix(f.Name, "volume_") {
			texts = append(texts, f.Value.S)
		}
	}
	for _, b := range d.Blocks {
		texts = append(texts, b.Text.S)
	}
	c.corpus.vocab.Learn(texts...)
}

// LearnKey is the vocabulary: every missing_space rule shares it, so it is learned once.
func (c *missingSpaceCheck) LearnKey() any { return c.corpus }

// Forget drops the counts of an earlier run.
func (c *missingSpaceCheck) Forget() { c.corpus.forget() }

// spacingMemo keys the shared analysis: rules looking at the same texts share it.
type spacingMemo struct {
	corpus *spacingCorpus
	in     string
}

// spacingUnit is one text of the document in the joined text Find sees.
type spacingUnit struct {
	text  *Text
	start int
}

type spacingAnalysis struct {
	units      []spacingUnit
	candidates []spacing.Candidate
}

func (c *missingSpaceCheck) Run(p *Pass) {
	// Find weighs a word against the rest of the document, so it sees all the document's
	// texts at once, joined by blank lines; the rules of the kind share the result.
	a := p.Doc.Memo(spacingMemo{c.corpus, strings.Join(p.Rule.In, ",")}, func() any {
		an := &spacingAnalysis{}
		size := 0
		p.Units(func(u Unit) {
			an.units = append(an.units, spacingUnit{text: u.Text})
			size += len(u.Text.S) + 2
		})
		var b strings.Builder
		b.Grow(size) // one allocation: an archive's whole volume can be one document
		for i := range an.units {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			an.units[i].start = b.Len()
			b.WriteString(an.units[i].text.S)
		}
		an.candidates = spacing.Find(b.String(), spacing.Options{Vocabulary: c.corpus.vocab, Recurrence: c.corpus.recurrence})
		return an
	}).(*spacingAnalysis)
	for _, cand := range a.candidates {
		if !c.kinds[cand.Kind] || cand.Confidence < c.minConfidence {
			continue
		}
		u := a.unitAt(cand.Start)
		if u == nil || cand.End > u.start+len(u.text.S) {
			continue
		}
		start, end, insert := cand.Start-u.start, cand.End-u.start, cand.Insert-u.start
		p.Report(Report{
			Text: u.text, Start: start, End: end, Suggestion: cand.Suggestion,
			Message: spacingMessage(cand),
			Vars: map[string]cty.Value{
				"kind": cty.StringVal(string(cand.Kind)), "confidence": cty.NumberFloatVal(cand.Confidence),
			},
			Fix: &TextFix{Message: "insert a space", Safe: cand.Confidence >= c.safeFix,
				Edits: []Edit{{Start: insert, End: insert, NewText: " "}}},
		})
	}
}

func (a *spacingAnalysis) unitAt(off int) *spacingUnit {
	for i := len(a.units) - 1; i >= 0; i-- {
		if a.units[i].start <= off {
			return &a.units[i]
		}
	}
	return nil
}

func spacingMessage(c spacing.Candidate) string {
	switch c.Kind {
	case spacing.AfterPeriod, spacing.AfterComma, spacing.AfterSemicolon, spacing.AfterColon:
		return fmt.Sprintf("no space after the punctuation in %q: %q", c.Match, c.Suggestion)
	}
	return fmt.Sprintf("%q looks like two words run together: %q", c.Match, c.Suggestion)
}
