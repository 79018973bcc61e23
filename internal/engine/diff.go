package engine

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/archivelint/archivelint/checks"
)

// diffContext is the number of unchanged lines shown around a change, as diff -u shows.
const diffContext = 3

// FixDiff returns what Fix would change in the file as a unified diff (empty when nothing),
// and how many findings it would fix. It writes nothing.
func FixDiff(r FileResult, unsafe bool) (string, int) {
	if r.Source == nil || r.Unparsed {
		return "", 0
	}
	edits, fixed := ChooseEdits(r, unsafe)
	if len(edits) == 0 {
		return "", 0
	}
	return UnifiedDiff(r.Target.Display, r.Source, edits), fixed
}

// UnifiedDiff renders sorted, non-overlapping edits of src as a unified diff. The edits are
// known, so no diff algorithm is needed: each hunk is the whole lines the edits touch, before
// and after, with context around; edits whose hunks would touch are shown as one.
func UnifiedDiff(path string, src *checks.Source, edits []checks.Edit) string {
	type group struct {
		first, last int // the lines touched, 1-based, inclusive
		edits       []checks.Edit
	}
	lineOf := func(off int) int { return src.Pos(off).Line }
	var groups []*group
	for _, e := range edits {
		first, last := lineOf(e.Start), lineOf(e.Start)
		if e.End > e.Start {
			last = lineOf(e.End - 1)
		}
		if n := len(groups); n > 0 && first-groups[n-1].last <= 2*diffContext+1 {
			g := groups[n-1]
			g.last = max(g.last, last)
			g.edits = append(g.edits, e)
			continue
		}
		groups = append(groups, &group{first, last, []checks.Edit{e}})
	}
	lines := src.LineCount()
	var b bytes.Buffer
	old, new := "a/"+path, "b/"+path // as git writes them, for patch -p1
	if strings.HasPrefix(path, "/") {
		old, new = path, path
	}
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", old, new)
	shift := 0 // lines added minus lines removed by the hunks so far
	for _, g := range groups {
		segStart, segEnd := src.LineStart(g.first), src.LineStart(g.last+1)
		local := make([]checks.Edit, len(g.edits))
		for i, e := range g.edits {
			local[i] = checks.Edit{Start: e.Start - segStart, End: e.End - segStart, NewText: e.NewText}
		}
		before := splitLines(src.Bytes[segStart:segEnd])
		after := splitLines(ApplyEdits(src.Bytes[segStart:segEnd], local))
		ctxFrom, ctxTo := max(1, g.first-diffContext), min(lines, g.last+diffContext)
		around := max(0, g.first-ctxFrom) + max(0, ctxTo-g.last)
		oldCount, newCount := around+len(before), around+len(after)
		oldStart, newStart := ctxFrom, ctxFrom+shift
		if oldCount == 0 {
			oldStart--
		}
		if newCount == 0 {
			newStart--
		}
		fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", oldStart, oldCount, newStart, newCount)
		for n := ctxFrom; n < g.first; n++ {
			writeDiffLine(&b, ' ', src.Bytes[src.LineStart(n):src.LineStart(n+1)])
		}
		for _, l := range before {
			writeDiffLine(&b, '-', l)
		}
		for _, l := range after {
			writeDiffLine(&b, '+', l)
		}
		for n := g.last + 1; n <= ctxTo; n++ {
			writeDiffLine(&b, ' ', src.Bytes[src.LineStart(n):src.LineStart(n+1)])
		}
		shift += len(after) - len(before)
	}
	return b.String()
}

// splitLines cuts b into lines, each with its "\n" (the last may lack it).
func splitLines(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, b)
			break
		}
		out = append(out, b[:i+1])
		b = b[i+1:]
	}
	return out
}

func writeDiffLine(b *bytes.Buffer, mark byte, line []byte) {
	b.WriteByte(mark)
	b.Write(line)
	if !bytes.HasSuffix(line, []byte{'\n'}) {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}
