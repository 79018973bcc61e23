package rules

import (
	"path/filepath"

	"github.com/archivelint/archivelint/checks"
	"github.com/hashicorp/hcl/v2"
)

// A Vocabulary is a project word list: words (and files of words, one a line) to accept as
// correct and to reject as errors.
type Vocabulary struct {
	Name     string    `hcl:"name,label"`
	Accept   []string  `hcl:"accept,optional"`       // words or regexes
	Reject   []string  `hcl:"reject,optional"`       // words or regexes
	Files    []string  `hcl:"accept_files,optional"` // files of accepted words, relative to the config
	Rejects  []string  `hcl:"reject_files,optional"` // files of rejected words
	DefRange hcl.Range `hcl:",def_range"`
}

// vocabularyLists hands the vocabulary blocks to the kinds, with file paths made absolute
// against the configuration's directory.
func (c *Config) vocabularyLists() []checks.VocabularyList {
	abs := func(files []string) []string {
		out := make([]string, len(files))
		for i, f := range files {
			if filepath.IsAbs(f) {
				out[i] = f
			} else {
				out[i] = filepath.Join(c.Dir, f)
			}
		}
		return out
	}
	var out []checks.VocabularyList
	for _, v := range c.Vocabularies {
		out = append(out, checks.VocabularyList{Name: v.Name, Accept: v.Accept, Reject: v.Reject,
			AcceptFiles: abs(v.Files), RejectFiles: abs(v.Rejects), DefRange: v.DefRange})
	}
	return out
}
