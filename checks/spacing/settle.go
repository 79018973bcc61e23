package spacing

import (
	"slices"
	"strings"
)

// foreignWindow is how many bytes either side of a candidate are read to tell the language.
const foreignWindow = 250

// waitingCandidate is a join that still has to pass the checks that read around it.
type waitingCandidate struct {
	start, end, insert int
	kind               Kind
	confidence         float64
	// foreignCheck: drop the candidate inside a passage that is not English, where an unknown
	// word is likely a word of that language (French "partis", Portuguese "costas").
	foreignCheck bool
	// needHead: keep the candidate only if its head occurs elsewhere in the text standing alone
	// ("Soviet" beside "Sovietauthorities"); the corpus is too big to tell here.
	needHead bool
}

func (d *detector) await(c waitingCandidate) { d.waiting = append(d.waiting, c) }

// settle decides the waiting candidates and sorts everything found.
func (d *detector) settle() {
	if len(d.waiting) > 0 {
		heads := d.headCounts()
		for _, c := range d.waiting {
			if c.foreignCheck && d.foreign(c.start) {
				continue
			}
			if c.needHead {
				head := strings.ToLower(d.text[c.start:c.insert])
				if heads[head] == 0 {
					continue
				}
			}
			d.add(c.start, c.end, c.insert, c.kind, c.confidence)
		}
	}
	slices.SortStableFunc(d.found, func(a, b Candidate) int { return a.Start - b.Start })
}

// headCounts counts, in one pass over the text, the stand-alone occurrences of the heads the
// waiting candidates ask about.
func (d *detector) headCounts() map[string]int {
	counts := map[string]*int{}
	var lengths uint64
	for _, c := range d.waiting {
		if c.needHead {
			head := strings.ToLower(d.text[c.start:c.insert])
			counts[head] = new(int)
			lengths |= 1 << (len(head) & 63)
		}
	}
	if len(counts) == 0 {
		return nil
	}
	var buf [maxWordLen]byte
	forEachWord(d.text, func(w string) {
		if lengths&(1<<(len(w)&63)) == 0 {
			return
		}
		if key, ok := lowerInto(buf[:], w); ok {
			if n := counts[string(key)]; n != nil {
				*n++
			}
		}
	})
	out := make(map[string]int, len(counts))
	for w, n := range counts {
		out[w] = *n
	}
	return out
}

// foreign reports whether the text around byte i reads as another language: among enough
// words, few English function words; or, close by, mostly words English does not have.
func (d *detector) foreign(i int) bool {
	from, to := max(0, i-foreignWindow), min(len(d.text), i+foreignWindow)
	words, function := 0, 0
	forEachWord(d.text[from:to], func(w string) {
		words++
		if e, ok := d.lex.Lookup(w); ok && e.Function() {
			function++
		}
	})
	if words >= 8 && float64(function) < 0.2*float64(words) {
		return true
	}
	// A quotation inside English prose: "par rapport à tous les délais".
	from, to = max(0, i-nearWindow), min(len(d.text), i+nearWindow)
	words, strange := 0, 0
	forEachWord(d.text[from:to], func(w string) {
		words++
		if !isASCII(w) || !d.lex.Known(w) {
			strange++
		}
	})
	return words >= 5 && strange*2 >= words
}

// nearWindow is how many bytes either side are read to find a foreign quotation.
const nearWindow = 40

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
