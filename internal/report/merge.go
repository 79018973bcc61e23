package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"

	"github.com/owenrumney/go-sarif/v2/sarif"
)

// Merge formats: the two a run can be split into and put back together.
const (
	MergeJSON  = "json"
	MergeSARIF = "sarif"
)

// DetectFormat tells a SARIF log from JSON lines by its first object.
func DetectFormat(b []byte) string {
	var head struct {
		Version string          `json:"version"`
		Runs    json.RawMessage `json:"runs"`
	}
	if err := json.NewDecoder(bytes.NewReader(b)).Decode(&head); err == nil && head.Runs != nil && head.Version != "" {
		return MergeSARIF
	}
	return MergeJSON
}

// Merge combines reports of the same format (the shards of one run) into one report as one
// run would have written it: findings sorted by file and position, duplicates dropped.
func Merge(w io.Writer, format string, inputs [][]byte) error {
	switch format {
	case MergeJSON:
		return mergeJSON(w, inputs)
	case MergeSARIF:
		return mergeSARIF(w, inputs)
	}
	return fmt.Errorf("cannot merge %q reports; archivelint merges json and sarif", format)
}

// jsonLine is one line of a JSON report with what it sorts by.
type jsonLine struct {
	raw                    []byte
	file, rule, message    string
	offset, endOffset, seq int
}

func mergeJSON(w io.Writer, inputs [][]byte) error {
	var lines []jsonLine
	for n, in := range inputs {
		sc := bufio.NewScanner(bytes.NewReader(in))
		sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
		for sc.Scan() {
			raw := bytes.TrimSpace(sc.Bytes())
			if len(raw) == 0 {
				continue
			}
			var ev struct {
				File      string `json:"file"`
				Rule      string `json:"rule"`
				Message   string `json:"message"`
				Offset    *int   `json:"offset"`
				EndOffset *int   `json:"end_offset"`
			}
			if err := json.Unmarshal(raw, &ev); err != nil {
				return fmt.Errorf("report %d: not a JSON line: %.60q", n+1, raw)
			}
			l := jsonLine{raw: append([]byte{}, raw...), file: ev.File, rule: ev.Rule, message: ev.Message, offset: -1, endOffset: -1, seq: len(lines)}
			if ev.Offset != nil && ev.EndOffset != nil {
				l.offset, l.endOffset = *ev.Offset, *ev.EndOffset
			}
			lines = append(lines, l)
		}
		if err := sc.Err(); err != nil {
			return err
		}
	}
	// The order of Finding.Less: file, start, end, rule, message.
	sort.SliceStable(lines, func(i, j int) bool {
		a, b := lines[i], lines[j]
		switch {
		case a.file != b.file:
			return a.file < b.file
		case a.offset != b.offset:
			return a.offset < b.offset
		case a.endOffset != b.endOffset:
			return a.endOffset < b.endOffset
		case a.rule != b.rule:
			return a.rule < b.rule
		}
		return a.message < b.message
	})
	bw := bufio.NewWriter(w)
	for i, l := range lines {
		if i > 0 && bytes.Equal(l.raw, lines[i-1].raw) {
			continue
		}
		bw.Write(l.raw)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func mergeSARIF(w io.Writer, inputs [][]byte) error {
	var out *sarif.Run
	known := map[string]bool{}
	seen := map[string]bool{}
	ok := true
	for n, in := range inputs {
		log, err := sarif.FromBytes(in)
		if err != nil {
			return fmt.Errorf("report %d: not SARIF: %w", n+1, err)
		}
		for _, run := range log.Runs {
			if run == nil || run.Tool.Driver == nil {
				return fmt.Errorf("report %d: not SARIF as archivelint writes it: a run without tool.driver", n+1)
			}
			if out == nil { // the first run gives the tool and the settings; copy, not alias
				first, driver := *run, *run.Tool.Driver
				first.Tool.Driver = &driver
				first.Results, first.Invocations, first.Tool.Driver.Rules = nil, nil, nil
				out = &first
			}
			for _, r := range run.Tool.Driver.Rules {
				if !known[r.ID] {
					known[r.ID] = true
					out.Tool.Driver.Rules = append(out.Tool.Driver.Rules, r)
				}
			}
			for _, inv := range run.Invocations {
				if inv.ExecutionSuccessful != nil && !*inv.ExecutionSuccessful {
					ok = false
				}
				if len(out.Invocations) == 0 {
					out.Invocations = []*sarif.Invocation{{}}
				}
				for _, n := range inv.ToolExecutionNotifications {
					key, _ := json.Marshal(n)
					if !seen["n"+string(key)] {
						seen["n"+string(key)] = true
						out.Invocations[0].ToolExecutionNotifications = append(out.Invocations[0].ToolExecutionNotifications, n)
					}
				}
			}
			for _, res := range run.Results {
				key, _ := json.Marshal(res)
				if !seen["r"+string(key)] {
					seen["r"+string(key)] = true
					out.Results = append(out.Results, res)
				}
			}
		}
	}
	if out == nil {
		return fmt.Errorf("no SARIF run to merge")
	}
	sort.SliceStable(out.Tool.Driver.Rules, func(i, j int) bool { return out.Tool.Driver.Rules[i].ID < out.Tool.Driver.Rules[j].ID })
	index := map[string]uint{}
	for i, r := range out.Tool.Driver.Rules {
		index[r.ID] = uint(i)
	}
	for _, res := range out.Results {
		if res.RuleID != nil {
			if i, ok := index[*res.RuleID]; ok {
				res.RuleIndex = &i
			}
		}
	}
	sort.SliceStable(out.Results, func(i, j int) bool { return resultLess(out.Results[i], out.Results[j]) })
	if out.Results == nil {
		out.Results = []*sarif.Result{}
	}
	if len(out.Invocations) == 0 {
		out.Invocations = []*sarif.Invocation{{}}
	}
	out.Invocations[0].ExecutionSuccessful = &ok
	notes := out.Invocations[0].ToolExecutionNotifications
	sort.SliceStable(notes, func(i, j int) bool { return notificationKey(notes[i]) < notificationKey(notes[j]) })
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.AddRun(out)
	return writeSARIF(w, log)
}

// resultLess orders results as a run does: by file, then byte offset (line and column when
// a result has none), end, rule and message.
func resultLess(a, b *sarif.Result) bool {
	fa, sa, ea := resultPlace(a)
	fb, sb, eb := resultPlace(b)
	switch {
	case fa != fb:
		return fa < fb
	case sa != sb:
		return sa < sb
	case ea != eb:
		return ea < eb
	case deref(a.RuleID) != deref(b.RuleID):
		return deref(a.RuleID) < deref(b.RuleID)
	}
	return deref(a.Message.Text) < deref(b.Message.Text)
}

// resultPlace is a result's file (the path, URI escapes undone, as a run sorts it) and where
// it starts and ends in it.
func resultPlace(r *sarif.Result) (string, int, int) {
	if len(r.Locations) == 0 || r.Locations[0].PhysicalLocation == nil {
		return "", 0, 0
	}
	pl := r.Locations[0].PhysicalLocation
	file := ""
	if pl.ArtifactLocation != nil && pl.ArtifactLocation.URI != nil {
		file = *pl.ArtifactLocation.URI
		if u, err := url.Parse(file); err == nil {
			file = u.Path
		}
	}
	reg := pl.Region
	if reg == nil {
		return file, 0, 0
	}
	if reg.ByteOffset != nil {
		end := *reg.ByteOffset
		if reg.ByteLength != nil {
			end += *reg.ByteLength
		}
		return file, *reg.ByteOffset, end
	}
	// No byte offsets: order by line and column, which sorts the same way.
	pos := func(line, col *int) int { return deref(line)<<20 | deref(col) }
	return file, pos(reg.StartLine, reg.StartColumn), pos(reg.EndLine, reg.EndColumn)
}

func notificationKey(n *sarif.Notification) string {
	key := ""
	if n.Message != nil {
		key = deref(n.Message.Text)
	}
	if len(n.Locations) > 0 && n.Locations[0].PhysicalLocation != nil && n.Locations[0].PhysicalLocation.ArtifactLocation != nil {
		key = deref(n.Locations[0].PhysicalLocation.ArtifactLocation.URI) + "\x00" + key
	}
	return key
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
