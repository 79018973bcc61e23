package spacing

import (
	"bufio"
	"io"
	"maps"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/archivelint/archivelint/checks/lexicon"
)

// Vocabulary is what a run knows beyond the lexicon: project word lists (accepted words are never
// flagged and may be parts of a split; rejected words are always flagged) and the counts of words
// seen across the corpus being linted. A word that recurs across the corpus is a name or a term,
// not an accident of scanning. Safe for concurrent use.
type Vocabulary struct {
	mu     sync.RWMutex
	counts map[string]int // lower-case word -> occurrences
	accept map[string]bool
	reject map[string]bool
	// accepts and rejects are the sizes of accept and reject, read without the lock: the
	// detector asks about every word, the lists are mostly empty, and a read lock taken by
	// every worker for every word is a cache line passed from core to core.
	accepts, rejects atomic.Int64
	// known, when set, is the lexicon whose words Learn does not count (see CountUnknownOnly).
	known *lexicon.Lexicon
}

// NewVocabulary returns an empty vocabulary.
func NewVocabulary() *Vocabulary {
	return &Vocabulary{counts: map[string]int{}, accept: map[string]bool{}, reject: map[string]bool{}}
}

// CountUnknownOnly makes Learn skip the words lex knows, unless they are rejected: Count then
// says 0 for them. The detector asks the counts only of words its lexicon does not know and of
// rejected words, so with its lexicon the answers it gets are the same, and learning an archive
// costs a lexicon lookup for most words instead of a count, and keeps only the names and terms.
func (v *Vocabulary) CountUnknownOnly(lex *lexicon.Lexicon) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.known = lex
}

// Learn counts the words of texts (a document's fields and blocks). Many goroutines may learn
// at once; each call counts apart, then merges under the lock.
func (v *Vocabulary) Learn(texts ...string) {
	v.mu.RLock()
	known, rejects := v.known, len(v.reject) > 0
	v.mu.RUnlock()
	// Words are counted by index, so that a word seen again costs a lookup, not a string.
	index := map[string]int{}
	var words []string
	var counts []int
	var buf [maxWordLen]byte
	for _, text := range texts {
		forEachWord(text, func(word string) {
			if known != nil && known.Known(word) && !(rejects && v.Rejected(word)) {
				return
			}
			key, ok := lowerInto(buf[:], word)
			if !ok {
				return
			}
			if i, seen := index[string(key)]; seen {
				counts[i]++
				return
			}
			w := string(key)
			index[w] = len(words)
			words, counts = append(words, w), append(counts, 1)
		})
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	for i, w := range words {
		v.counts[w] += counts[i]
	}
}

// Merge adds other's counts and lists to v.
func (v *Vocabulary) Merge(other *Vocabulary) {
	if other == nil || other == v {
		return
	}
	other.mu.RLock()
	counts, accept, reject := maps.Clone(other.counts), maps.Clone(other.accept), maps.Clone(other.reject)
	other.mu.RUnlock()
	v.mu.Lock()
	defer v.mu.Unlock()
	for w, n := range counts {
		v.counts[w] += n
	}
	maps.Copy(v.accept, accept)
	maps.Copy(v.reject, reject)
	v.accepts.Store(int64(len(v.accept)))
	v.rejects.Store(int64(len(v.reject)))
}

// Count is how often word (any case) was seen by Learn.
func (v *Vocabulary) Count(word string) int {
	if v == nil {
		return 0
	}
	var buf [maxWordLen]byte
	key, ok := lowerInto(buf[:], word)
	if !ok {
		return 0
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.counts[string(key)]
}

// Accept adds words that are never flagged and may be parts of a split (names, terms).
func (v *Vocabulary) Accept(words ...string) { v.addTo(v.accept, &v.accepts, words) }

// Reject adds words that are always flagged when they can be split (known junk such as "alot").
func (v *Vocabulary) Reject(words ...string) { v.addTo(v.reject, &v.rejects, words) }

func (v *Vocabulary) addTo(set map[string]bool, size *atomic.Int64, words []string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, w := range words {
		if w = strings.TrimSpace(w); w != "" {
			set[strings.ToLower(w)] = true
		}
	}
	size.Store(int64(len(set)))
}

// Accepted reports whether word (any case) is on the accept list.
func (v *Vocabulary) Accepted(word string) bool {
	return v != nil && v.accepts.Load() > 0 && v.inSet(word, func() map[string]bool { return v.accept })
}

// Rejected reports whether word (any case) is on the reject list.
func (v *Vocabulary) Rejected(word string) bool {
	return v != nil && v.rejects.Load() > 0 && v.inSet(word, func() map[string]bool { return v.reject })
}

func (v *Vocabulary) inSet(word string, set func() map[string]bool) bool {
	var buf [maxWordLen]byte
	key, ok := lowerInto(buf[:], word)
	if !ok {
		return false
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	return set()[string(key)]
}

// ReadWordList reads a project word list in the plain form shared by Vale's accept.txt and
// cspell's word files: one word a line; blank lines and lines starting with # are skipped.
// Lines that are not a single word (Vale's regular expressions) are skipped too.
func ReadWordList(r io.Reader) ([]string, error) {
	var words []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || !isPlainWord(line) {
			continue
		}
		words = append(words, line)
	}
	return words, sc.Err()
}

func isPlainWord(s string) bool {
	n := 0
	forEachWord(s, func(w string) { n += len(w) })
	return n == len(s)
}
