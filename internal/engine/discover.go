package engine

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/archivelint/archivelint/checks/read"
	"github.com/bmatcuk/doublestar/v4"
)

// A Target is a file to lint: where it is on disk and how findings name it.
type Target struct {
	Path    string // on disk
	Display string // slash-separated, relative to the working directory when under it
}

// Selector decides which files are linted.
type Selector struct {
	Base    string   // globs are relative to this directory (the configuration's)
	Include []string // a file must match one of these...
	Exclude []string // ...and none of these
}

// Discover expands paths (files and directories) into targets, sorted by display path.
// Files named explicitly are linted if any reader takes them, whatever the globs say.
// Problems (a missing path, an unreadable directory) are returned beside the targets; the
// caller reports them and goes on.
func Discover(paths []string, sel Selector) ([]Target, []error) {
	var out []Target
	var errs []error
	seen := map[string]bool{}
	addFile := func(p string) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return
		}
		// A file and a symbolic link to it are one file: linted once, fixed once.
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		if seen[abs] {
			return
		}
		seen[abs] = true
		out = append(out, Target{Path: p, Display: displayPath(p)})
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", root, unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			if read.Format(root) == "" {
				errs = append(errs, fmt.Errorf("%s: no reader for this kind of file (archivelint reads .txt, .md and .xml)", root))
				continue
			}
			addFile(root)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			rel := sel.relative(p)
			if d.IsDir() {
				if p != root && sel.excluded(rel+"/") {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if read.Format(p) == "" || !sel.included(rel) || sel.excluded(rel) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(p); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
					return nil
				} else if !st.Mode().IsRegular() {
					return nil
				}
			}
			addFile(p)
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Display < out[j].Display })
	return out, errs
}

// relative is p relative to the glob base, slash-separated; outside the base, p as given.
func (s Selector) relative(p string) string {
	abs, err := filepath.Abs(p)
	if err == nil && s.Base != "" {
		if base, err := filepath.Abs(s.Base); err == nil {
			if rel, err := filepath.Rel(base, abs); err == nil && !strings.HasPrefix(rel, "..") {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

func (s Selector) included(rel string) bool {
	if len(s.Include) == 0 {
		return true
	}
	return matchAny(s.Include, rel)
}

func (s Selector) excluded(rel string) bool { return matchAny(s.Exclude, rel) }

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		// "**/x" also matches "x" at the top, and "dir/**" matches "dir/".
		if strings.HasPrefix(g, "**/") {
			if ok, _ := doublestar.Match(g[3:], rel); ok {
				return true
			}
		}
	}
	return false
}

// displayPath names a file in reports: relative to the working directory when it is under
// it, slash-separated, without "./".
func displayPath(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
