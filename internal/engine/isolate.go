package engine

import (
	"fmt"
	"io/fs"
	"runtime/debug"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/read"
)

// ReaderCrash is the Crash.Rule of a reader that panicked: no rule ran on the file.
const ReaderCrash = "reader"

// Message says what a crash cost, the same way in every report format.
func (c Crash) Message() string {
	if c.Rule == ReaderCrash {
		return fmt.Sprintf("the reader crashed on this file (%v); nothing in it was checked", c.Value)
	}
	where := "this file"
	switch {
	case c.Documents > 1 && c.DocID != "":
		where = fmt.Sprintf("%d documents of this file, first on %s", c.Documents, c.DocID)
	case c.Documents > 1:
		where = fmt.Sprintf("%d documents of this file", c.Documents)
	case c.DocID != "":
		where = "document " + c.DocID
	}
	return fmt.Sprintf("rule %s crashed on %s (%v); its findings there are missing", c.Rule, where, c.Value)
}

// addCrash records a crash once per rule and file, counting the documents of a volume it
// crashed on, and logs it the first time.
func (e *Engine) addCrash(cs []Crash, c Crash, t Target) []Crash {
	for i := range cs {
		if cs[i].Rule == c.Rule {
			cs[i].Documents++
			return cs
		}
	}
	c.Documents = 1
	e.Log.Error().Str("rule", c.Rule).Str("file", t.Display).Str("doc", c.DocID).Interface("panic", c.Value).
		Msg("crashed; the results for this file are incomplete")
	return append(cs, c)
}

// safeRead reads the file's documents, turning a reader's panic into a Crash: one file that
// a reader cannot handle must not end the run for the others.
func (e *Engine) safeRead(t Target, b []byte) (docs []*checks.Document, crash *Crash) {
	return e.safeReadWith(t, b, read.Read)
}

// safeReadWith is safeRead with the reader to use when the engine was given none.
func (e *Engine) safeReadWith(t Target, b []byte, dflt func(string, []byte, read.Options) []*checks.Document) (docs []*checks.Document, crash *Crash) {
	defer func() {
		if v := recover(); v != nil {
			docs, crash = nil, &Crash{Rule: ReaderCrash, Value: v, Stack: debug.Stack()}
		}
	}()
	readFn := e.Read
	if readFn == nil {
		readFn = dflt
	}
	docs = readFn(t.Display, b, e.Config.Read)
	if len(docs) == 0 {
		return nil, &Crash{Rule: ReaderCrash, Value: "no document read"}
	}
	return docs, nil
}

// DefaultMaxFindings is how many findings one rule shows in one document when the engine is
// told nothing. More is a file in another encoding or not a transcription at all; a million
// lines of output help no one, and holding them costs memory.
const DefaultMaxFindings = 1000

// A findingLimit keeps at most max findings of one rule run on one document and counts the
// rest, so that memory stays bounded whatever a file provokes.
type findingLimit struct {
	max           int // <= 0: no limit
	kept, dropped int
	first         checks.Finding // the first finding not kept
}

func newFindingLimit(max int) *findingLimit {
	if max == 0 {
		max = DefaultMaxFindings
	}
	return &findingLimit{max: max}
}

// emitter starts a rule's run on a document: what it reports is appended to *dst until the
// limit is reached.
func (l *findingLimit) emitter(dst *[]checks.Finding) func(checks.Finding) {
	l.kept, l.dropped = 0, 0
	return func(f checks.Finding) {
		if l.max > 0 && l.kept >= l.max {
			if l.dropped == 0 {
				l.first = f
			}
			l.dropped++
			return
		}
		l.kept++
		*dst = append(*dst, f)
	}
}

// close ends the run: when findings were dropped, one more finding of the rule, where the
// first of them was, says how many.
func (l *findingLimit) close(fs []checks.Finding) []checks.Finding {
	if l.dropped == 0 {
		return fs
	}
	f := l.first
	f.Message = fmt.Sprintf("%d more findings of %s in this document are not shown, from here on (at most %d per rule and document)", l.dropped, f.Rule, l.max)
	f.End, f.Match, f.Suggestion, f.Fix, f.FileLevel = f.Start, "", "", nil, true
	l.dropped = 0
	return append(fs, f)
}

// fileKind names what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return "a special file"
}
