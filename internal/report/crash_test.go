package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crashRun is a file on which one rule crashed in one document and another found something,
// and a file whose reader crashed.
func crashRun() []engine.FileResult {
	src := checks.NewSource("vol.xml", []byte("<TEI><p>XX</p></TEI>\n"))
	return []engine.FileResult{
		{Target: engine.Target{Path: "vol.xml", Display: "vol.xml"}, Source: src, Documents: 2,
			Findings: []checks.Finding{{Rule: "artifact.stray-marker", Kind: "pattern", Category: "artifact",
				Severity: checks.Warning, Message: "a stray marker", Match: "XX", Source: src, Start: 8, End: 10}},
			Crashes: []engine.Crash{{Rule: "spacing.run-together", DocID: "d2", Value: "index out of range [7] with length 3"}}},
		{Target: engine.Target{Path: "bad.md", Display: "bad.md"}, Source: checks.NewSource("bad.md", []byte("x")), Unparsed: true,
			Crashes: []engine.Crash{{Rule: engine.ReaderCrash, Value: "nil map"}}},
	}
}

// TestEveryFormatReportsCrashes: a crash is never silent, whatever the format.
func TestEveryFormatReportsCrashes(t *testing.T) {
	ruleCrash := "rule spacing.run-together crashed on document d2 (index out of range [7] with length 3); its findings there are missing"
	readerCrash := "the reader crashed on this file (nil map); nothing in it was checked"
	for _, format := range FormatNames() {
		t.Run(format, func(t *testing.T) {
			out := render(t, format, crashRun())
			assert.Contains(t, out, "a stray marker", "the other findings are still reported")
			if format == "sarif" {
				var log struct {
					Runs []struct {
						Invocations []struct {
							ExecutionSuccessful bool `json:"executionSuccessful"`
							Notifications       []struct {
								Message struct{ Text string } `json:"message"`
							} `json:"toolExecutionNotifications"`
						} `json:"invocations"`
					} `json:"runs"`
				}
				require.NoError(t, json.Unmarshal([]byte(out), &log))
				inv := log.Runs[0].Invocations[0]
				assert.False(t, inv.ExecutionSuccessful)
				require.Len(t, inv.Notifications, 2)
				assert.Equal(t, readerCrash, inv.Notifications[0].Message.Text)
				assert.Equal(t, ruleCrash, inv.Notifications[1].Message.Text)
				return
			}
			assert.Equal(t, 1, strings.Count(out, ruleCrash), "the rule's crash, once")
			assert.Equal(t, 1, strings.Count(out, readerCrash), "the reader's crash, once")
		})
	}
}

// TestJSONCrashRecordIsNoFinding: a crash is a record with the file, the rule and the panic,
// but no category or position, so that programs that count findings do not count it.
func TestJSONCrashRecordIsNoFinding(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(render(t, "json", crashRun())), "\n")
	require.Len(t, lines, 3)
	var crash map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &crash))
	assert.Equal(t, map[string]any{"level": "error", "file": "vol.xml", "rule": "spacing.run-together", "doc": "d2",
		"panic":   "index out of range [7] with length 3",
		"message": "rule spacing.run-together crashed on document d2 (index out of range [7] with length 3); its findings there are missing"}, crash)
}
