package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/rules"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// explain prints what a rule is for and how it is configured: its description, category,
// severity, pack, its kind's documentation, and its HCL block as written (with the comment
// above it), and the project's overrides and ignore blocks that concern it.
func (e *env) explain(args []string) int {
	fs := e.newFlags("explain", "Usage: archivelint explain [flags] RULE")
	var common commonFlags
	common.register(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitError
	}
	name := fs.Arg(0)
	cfg, ok := e.loadConfig(common)
	if !ok {
		return exitError
	}
	all := append(append([]*checks.Rule{}, cfg.Rules...), engine.SuppressionRules()...)
	var rule *checks.Rule
	names := definedRules(cfg.Files)
	for _, r := range all {
		names = append(names, r.Name)
		if r.Name == name {
			rule = r
		}
	}
	if rule == nil {
		block, file := findRuleBlock(cfg.Files, name)
		if block == nil {
			fmt.Fprintf(e.stderr, "archivelint: there is no rule named %q.%s `archivelint rules` lists them.\n", name, suggest(name, names))
			return exitError
		}
		fmt.Fprintf(e.stdout, "%s is switched off in this configuration (its pack is not selected, or an override disables it).\n\n", name)
		writeBlock(e.stdout, cfg.Files[file], block)
		return exitClean
	}
	writeExplanation(e.stdout, cfg, rule)
	return exitClean
}

func writeExplanation(w io.Writer, cfg *rules.Config, r *checks.Rule) {
	pack := "(local: " + cfg.Path + ")"
	switch {
	case r.Kind == engine.SuppressionKind:
		pack = "(archivelint itself)"
	case r.Pack != "":
		pack = r.Pack + " (" + r.DefRange.Filename + ")"
	}
	ignorable := "yes: <!-- archivelint-disable-next-line " + r.Name + " -- reason --> in Markdown (in TEI, \"" + r.Name + ": reason\"), or an ignore block"
	if !r.Ignorable {
		ignorable = "no (ignorable = false): fix the text"
	}
	fmt.Fprintf(w, "%s: %s\n\n", r.Name, r.Description)
	fmt.Fprintf(w, "  category   %s\n  severity   %s\n  kind       %s: %s\n  pack       %s\n  ignorable  %s\n",
		r.Category, r.Severity, r.Kind.Name, r.Kind.Title(), pack, ignorable)
	if len(r.Formats) > 0 {
		fmt.Fprintf(w, "  formats    %s\n", strings.Join(r.Formats, ", "))
	}
	if len(r.Files) > 0 {
		fmt.Fprintf(w, "  files      %s\n", strings.Join(r.Files, ", "))
	}
	if _, details, ok := strings.Cut(r.Kind.Doc, "\n"); ok && strings.TrimSpace(details) != "" {
		fmt.Fprintf(w, "\nThe %s kind:\n%s\n", r.Kind.Name, indent(strings.TrimSpace(details)))
	}
	if f := cfg.Files[r.DefRange.Filename]; f != nil {
		if block := blockAt(f, r.DefRange); block != nil {
			fmt.Fprintf(w, "\nAs written in %s:\n\n", r.DefRange.Filename)
			writeBlock(w, f, block)
		}
	}
	if f := cfg.Files[cfg.Path]; f != nil && cfg.Path != r.DefRange.Filename {
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			for _, b := range body.Blocks {
				if b.Type == "override" && len(b.Labels) == 1 && b.Labels[0] == r.Name {
					fmt.Fprintf(w, "\nChanged in %s:\n\n", cfg.Path)
					writeBlock(w, f, b)
				}
			}
		}
	}
	for _, ig := range cfg.Ignores {
		if len(ig.Rules) > 0 && ig.CoversRule(r.Name) {
			fmt.Fprintf(w, "\nSilenced in some places by the ignore block at %s: %s\n", ig.DefRange, ig.Reason)
		}
	}
}

// blockAt finds the block whose header is at rng.
func blockAt(f *hcl.File, rng hcl.Range) *hclsyntax.Block {
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil
	}
	for _, b := range body.Blocks {
		if b.DefRange().Start.Byte == rng.Start.Byte {
			return b
		}
	}
	return nil
}

// findRuleBlock finds a rule block by name in any parsed file, enabled or not.
func findRuleBlock(files map[string]*hcl.File, name string) (*hclsyntax.Block, string) {
	var found *hclsyntax.Block
	var in string
	eachRuleBlock(files, func(file string, b *hclsyntax.Block) {
		if found == nil && b.Labels[1] == name {
			found, in = b, file
		}
	})
	return found, in
}

// definedRules lists the names of every rule block, enabled or not.
func definedRules(files map[string]*hcl.File) []string {
	var names []string
	eachRuleBlock(files, func(_ string, b *hclsyntax.Block) { names = append(names, b.Labels[1]) })
	return names
}

// eachRuleBlock calls fn for every rule block of the files, in the files' name order.
func eachRuleBlock(files map[string]*hcl.File, fn func(file string, b *hclsyntax.Block)) {
	keys := make([]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		body, ok := files[k].Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, b := range body.Blocks {
			if b.Type == "rule" && len(b.Labels) == 2 {
				fn(k, b)
			}
		}
	}
}

// writeBlock prints the block as written, with the comment lines right above it.
func writeBlock(w io.Writer, f *hcl.File, b *hclsyntax.Block) {
	src := f.Bytes
	start, end := b.Range().Start.Byte, b.Range().End.Byte
	for start > 0 {
		lineEnd := start - 1 // the "\n" before the current first line
		lineStart := strings.LastIndexByte(string(src[:lineEnd]), '\n') + 1
		line := strings.TrimSpace(string(src[lineStart:lineEnd]))
		if !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "//") {
			break
		}
		start = lineStart
	}
	fmt.Fprintf(w, "%s\n", indent(string(src[start:end])))
}

func indent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "  " + l
		}
	}
	return strings.Join(lines, "\n")
}

// suggest is " Did you mean \"x\"?" for a likely typo, or "".
func suggest(given string, names []string) string {
	best, dist := "", 1<<30
	for _, n := range names {
		if d := levenshtein.Distance(given, n, nil); d < dist {
			best, dist = n, d
		}
	}
	if best != "" && (dist <= 2 || dist <= len(given)/3) {
		return fmt.Sprintf(" Did you mean %q?", best)
	}
	return ""
}
