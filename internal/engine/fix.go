package engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/archivelint/archivelint/checks"
)

// FixStats counts what Fix did across a run.
type FixStats struct {
	Files, Findings int
	Errors          []error
}

// Fix applies the file's fixes (the safe ones, or all with unsafe) and lints the file again,
// so that what is returned is what is left, at its new place. It never touches a file a
// reader could not fully parse, nor one that changed since it was read; it writes through a
// temporary file and a rename, so the file is either old or new, never half written.
func (e *Engine) Fix(r FileResult, unsafe bool, st *FixStats) FileResult {
	if r.Source == nil || r.Unparsed {
		return r
	}
	edits, fixed := ChooseEdits(r, unsafe)
	if len(edits) == 0 {
		return r
	}
	out := ApplyEdits(r.Source.Bytes, edits)
	if err := writeIfUnchanged(r.Target.Path, r.Source.Bytes, out); err != nil {
		st.Errors = append(st.Errors, fmt.Errorf("%s: not fixed: %w", r.Target.Display, err))
		return r
	}
	st.Files++
	st.Findings += fixed
	return e.lintFile(r.Target)
}

// ChooseEdits returns the edits of the file's fixes (the safe ones, or all with unsafe) that
// can be made together, sorted, and how many findings they fix. A fix that overlaps one
// already taken is left for the next run, which will see it again.
func ChooseEdits(r FileResult, unsafe bool) ([]checks.Edit, int) {
	var edits []checks.Edit
	fixed := 0
	end := -1
	fixes := make([]*checks.Finding, 0)
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Fix != nil && (f.Fix.Safe || unsafe) && len(f.Fix.Edits) > 0 {
			fixes = append(fixes, f)
		}
	}
	sort.SliceStable(fixes, func(i, j int) bool { return fixes[i].Fix.Edits[0].Start < fixes[j].Fix.Edits[0].Start })
	for _, f := range fixes {
		es := append([]checks.Edit{}, f.Fix.Edits...)
		sort.Slice(es, func(i, j int) bool { return es[i].Start < es[j].Start })
		if es[0].Start < end || es[0].Start == end && es[0].End == end && len(edits) > 0 && edits[len(edits)-1].End == end {
			continue // overlaps a fix already taken; the next run will see it again
		}
		ok := true
		for k := 1; k < len(es); k++ {
			if es[k].Start < es[k-1].End {
				ok = false
			}
		}
		if !ok {
			continue
		}
		edits = append(edits, es...)
		end = es[len(es)-1].End
		fixed++
	}
	return edits, fixed
}

// ApplyEdits returns src with the sorted, non-overlapping edits made.
func ApplyEdits(src []byte, edits []checks.Edit) []byte {
	var b bytes.Buffer
	b.Grow(len(src) + 16*len(edits))
	at := 0
	for _, e := range edits {
		b.Write(src[at:e.Start])
		b.WriteString(e.NewText)
		at = e.End
	}
	b.Write(src[at:])
	return b.Bytes()
}

// writeIfUnchanged replaces the file's content with out if it still holds old, atomically
// and keeping its permissions (a hard link to the file keeps the old content: a rename
// cannot keep both atomic writing and hard links).
func writeIfUnchanged(path string, old, out []byte) error {
	// Through a symbolic link the rename must replace the file it points to, not the link.
	path, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	now, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return fmt.Errorf("the file changed since it was read")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".archivelint-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
