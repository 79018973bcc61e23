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
// known, so no diff algorithm is needed: a chunk is the whole lines some edits touch, before
// and after; chunks close to each other share a hunk, with the unchanged lines between them
// as context.
func UnifiedDiff(path string, src *checks.Source, edits []checks.Edit) string {
	type chunk struct {
		first, last int // the lines touched, 1-based, inclusive
		edits       []checks.Edit
	}
	lineOf := func(off int) int { return src.Pos(off).Line }
	var chunks []*chunk
	for _, e := range edits {
		first, last := lineOf(e.Start), lineOf(e.Start)
		if e.End > e.Start {
			last = lineOf(e.End - 1)
		}
		if n := len(chunks); n > 0 && first <= chunks[n-1].last {
			c := chunks[n-1]
			c.last = max(c.last, last)
			c.edits = append(c.edits, e)
			continue
		}
		chunks = append(chunks, &chunk{first, last, []checks.Edit{e}})
	}
	// Hunks: runs of chunks whose context would touch.
	var hunks [][]*chunk
	for _, c := range chunks {
		if n := len(hunks); n > 0 && c.first-hunks[n-1][len(hunks[n-1])-1].last <= 2*diffContext+1 {
			hunks[n-1] = append(hunks[n-1], c)
			continue
		}
		hunks = append(hunks, []*chunk{c})
	}
	lines := src.LineCount()
	line := func(n int) []byte { return src.Bytes[src.LineStart(n):src.LineStart(n+1)] }
	old, new := "a/"+path, "b/"+path // as git writes them, for patch -p1
	if strings.HasPrefix(path, "/") {
		old, new = path, path
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", old, new)
	shift := 0 // lines added minus lines removed by the hunks so far
	for _, h := range hunks {
		var body bytes.Buffer
		oldCount, newCount := 0, 0
		context := func(from, to int) {
			for n := from; n <= to; n++ {
				writeDiffLine(&body, ' ', line(n))
				oldCount++
				newCount++
			}
		}
		ctxFrom := max(1, h[0].first-diffContext)
		context(ctxFrom, h[0].first-1)
		for i, c := range h {
			if i > 0 {
				context(h[i-1].last+1, c.first-1)
			}
			segStart, segEnd := src.LineStart(c.first), src.LineStart(c.last+1)
			local := make([]checks.Edit, len(c.edits))
			for k, e := range c.edits {
				local[k] = checks.Edit{Start: e.Start - segStart, End: e.End - segStart, NewText: e.NewText}
			}
			before := splitLines(src.Bytes[segStart:segEnd])
			after := splitLines(ApplyEdits(src.Bytes[segStart:segEnd], local))
			for _, l := range before {
				writeDiffLine(&body, '-', l)
			}
			for _, l := range after {
				writeDiffLine(&body, '+', l)
			}
			oldCount += len(before)
			newCount += len(after)
		}
		last := h[len(h)-1].last
		context(last+1, min(lines, last+diffContext))
		oldStart, newStart := ctxFrom, ctxFrom+shift
		if oldCount == 0 {
			oldStart--
		}
		if newCount == 0 {
			newStart--
		}
		fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", oldStart, oldCount, newStart, newCount)
		b.Write(body.Bytes())
		shift += newCount - oldCount
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
