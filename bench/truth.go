package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// A TruthEntry is one line of a corpus's truth.jsonl: a defect the scorer expects.
type TruthEntry struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Category string `json:"category"`
	Kind     string `json:"kind"`
	Match    string `json:"match"`
	Note     string `json:"note"`
	Optional bool   `json:"optional"`
}

// ReadTruth reads a truth.jsonl, keeping the entries of the given categories (all of them
// when none is given). The evaluations of the packages that check one category share it.
func ReadTruth(path string, categories ...string) ([]TruthEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []TruthEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var e TruthEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if len(categories) == 0 || slices.Contains(categories, e.Category) {
			out = append(out, e)
		}
	}
	return out, sc.Err()
}
