package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long a run goes before it shows a bar: short runs stay silent.
const progressDelay = time.Second

// progress is the bar on stderr for long runs on a terminal. It appears only after
// progressDelay, and clears itself before a report line goes to the same terminal.
type progress struct {
	w          io.Writer
	total      int
	done       int
	start      time.Time
	bar        *progressbar.ProgressBar
	sharesTerm bool // stdout is the same terminal: clear the bar before writing findings
}

func newProgress(w io.Writer, total int, stdoutIsTerminal bool) *progress {
	return &progress{w: w, total: total, start: time.Now(), sharesTerm: stdoutIsTerminal}
}

// clearIf takes the bar off the screen when a report about to be written would mix with it.
func (p *progress) clearIf(writing bool) {
	if writing && p.sharesTerm && p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) add() {
	p.done++
	if p.bar == nil {
		if time.Since(p.start) < progressDelay || p.done >= p.total {
			return
		}
		p.bar = progressbar.NewOptions(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("linting"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	_ = p.bar.Set(p.done)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
