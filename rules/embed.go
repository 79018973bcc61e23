package rules

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.hcl
var packFS embed.FS

// A Pack is one built-in rule file.
type Pack struct {
	Name string // the file name without .hcl
	File string // as diagnostics name it: "rules/<name>.hcl"
	Src  []byte
}

// Packs returns the built-in packs, sorted by name.
func Packs() []Pack {
	entries, _ := fs.ReadDir(packFS, ".")
	var out []Pack
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".hcl" {
			continue
		}
		src, _ := packFS.ReadFile(e.Name())
		out = append(out, Pack{Name: strings.TrimSuffix(e.Name(), ".hcl"), File: "rules/" + e.Name(), Src: src})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// PackNames lists the built-in packs.
func PackNames() []string {
	var names []string
	for _, p := range Packs() {
		names = append(names, p.Name)
	}
	return names
}
