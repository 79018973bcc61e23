package seeds

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/txtar"
)

// A File is one seed: a txtar section or an example file, named by its extension's meaning.
type File struct {
	Name string // the section or file name ("letter.txt", ".archivelint.hcl")
	From string // where it came from, for messages: "testdata/checks/pattern/x.txtar"
	Data []byte
}

// Files returns every section of the txtar archives under root, and every plain file under
// root, whose name ends with one of the suffixes, sorted by origin and name. A root that
// does not exist yields nothing: seeds are a help, not a requirement.
func Files(root string, suffixes ...string) ([]File, error) {
	var out []File
	wanted := func(name string) bool {
		for _, s := range suffixes {
			if strings.HasSuffix(name, s) {
				return true
			}
		}
		return false
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == root {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		from := filepath.ToSlash(p)
		if strings.HasSuffix(p, ".txtar") {
			ar, err := txtar.ParseFile(p)
			if err != nil {
				return err
			}
			for _, f := range ar.Files {
				if wanted(f.Name) {
					out = append(out, File{Name: f.Name, From: from, Data: f.Data})
				}
			}
			return nil
		}
		if !wanted(d.Name()) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, File{Name: d.Name(), From: from, Data: b})
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].From != out[j].From {
			return out[i].From < out[j].From
		}
		return out[i].Name < out[j].Name
	})
	return out, err
}

// Documents returns the transcriptions among the fixtures: .txt, .md and .xml sections and
// files, but not what a fix should leave (".fixed" sections).
func Documents(root string) ([]File, error) {
	return Files(root, ".txt", ".md", ".markdown", ".xml")
}
