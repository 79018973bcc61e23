package table

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

// Layout, all integers little-endian:
//
//	header: magic "ALX2" | entry count u32 | slot count u32 | hot slot count u32 | blob length u32
//	hot:    hot slot count × u32, the same for the HotWords most frequent words only
//	slots:  slot count × u32; 0 is empty, otherwise 1 + the entry's offset in the blob
//	blob:   entries, each: word length u8 | word (lower-case) | lower level u8 | capital level u8 | flags u8 | cost u8
//
// Words are looked up by an FNV-1a hash of their ASCII-lower-cased bytes with linear probing, so
// a lookup reads the embedded bytes in place and loading costs nothing but a header check. Slot
// counts are powers of two. The small hot table answers most words of running text from a few
// cache lines before the big one is touched.
const (
	magic      = "ALX2"
	headerSize = 20
	// HotWords is how many of the most frequent words the hot table holds.
	HotWords = 6000
	metaSize = 4
	// MaxWordLen is the longest word the table stores (its length is one byte).
	MaxWordLen = 255
)

// Record is one word and what is known about it.
type Record struct {
	Word       string // lower-case
	LowerLevel uint8  // SCOWL level of the lower-case form; 0 if it has none
	CapLevel   uint8  // SCOWL level of a form with capitals (names, acronyms); 0 if none
	Flags      uint8
	Cost       uint8 // -ln(probability) × 10, rounded
}

// Table reads an encoded table in place.
type Table struct {
	data     string
	mask     uint32
	hotMask  uint32
	hotBase  int
	slotBase int
	blobBase int
	count    int
}

// Hash is FNV-1a over the word with ASCII letters lower-cased.
func Hash(word string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// Encode builds the table bytes. Records are laid out most frequent first, so the entries that
// running text hits share a few cache lines, and by word within a cost, so the output is
// reproducible.
func Encode(records []Record) ([]byte, error) {
	recs := append([]Record(nil), records...)
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].Cost != recs[j].Cost {
			return recs[i].Cost < recs[j].Cost
		}
		return recs[i].Word < recs[j].Word
	})
	// A load factor under 0.6 keeps linear-probing runs short.
	slot := make([]uint32, uint32(1)<<bits.Len32(uint32(len(recs)*5/3)))
	hot := make([]uint32, uint32(1)<<bits.Len32(uint32(min(len(recs), HotWords)*5/3)))
	var blob []byte
	seen := make(map[string]bool, len(recs))
	for i, r := range recs {
		if len(r.Word) == 0 || len(r.Word) > MaxWordLen {
			return nil, fmt.Errorf("word %q: length out of range", r.Word)
		}
		if seen[r.Word] {
			return nil, fmt.Errorf("word %q: duplicate", r.Word)
		}
		seen[r.Word] = true
		off := uint32(len(blob))
		blob = append(blob, byte(len(r.Word)))
		blob = append(blob, r.Word...)
		blob = append(blob, r.LowerLevel, r.CapLevel, r.Flags, r.Cost)
		place(slot, r.Word, off)
		if i < HotWords {
			place(hot, r.Word, off)
		}
	}
	out := make([]byte, 0, headerSize+4*len(hot)+4*len(slot)+len(blob))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(recs)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(slot)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(hot)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(blob)))
	for _, s := range append(hot, slot...) {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, blob...), nil
}

// place puts the entry at off into the first free slot from word's hash.
func place(slots []uint32, word string, off uint32) {
	mask := uint32(len(slots) - 1)
	for s := Hash(word) & mask; ; s = (s + 1) & mask {
		if slots[s] == 0 {
			slots[s] = off + 1
			return
		}
	}
}

// Open checks the header and returns a table that reads data in place.
func Open(data string) (Table, error) {
	if len(data) < headerSize || data[:4] != magic {
		return Table{}, errors.New("lexicon table: bad magic")
	}
	count := int(u32(data, 4))
	slots, hot := u32(data, 8), u32(data, 12)
	blobLen := int(u32(data, 16))
	if slots == 0 || slots&(slots-1) != 0 || hot == 0 || hot&(hot-1) != 0 {
		return Table{}, errors.New("lexicon table: slot count is not a power of two")
	}
	if headerSize+4*int(hot+slots)+blobLen != len(data) {
		return Table{}, errors.New("lexicon table: truncated")
	}
	return Table{
		data: data, count: count,
		hotMask: hot - 1, hotBase: headerSize,
		mask: slots - 1, slotBase: headerSize + 4*int(hot),
		blobBase: headerSize + 4*int(hot+slots),
	}, nil
}

// Len is the number of words in the table.
func (t Table) Len() int { return t.count }

// Find looks word up, ignoring the case of ASCII letters.
func (t Table) Find(word string) (Record, bool) {
	off := t.offset(word)
	if off < 0 {
		return Record{}, false
	}
	m := off + 1 + len(word)
	return Record{
		Word:       t.data[off+1 : m],
		LowerLevel: t.data[m],
		CapLevel:   t.data[m+1],
		Flags:      t.data[m+2],
		Cost:       t.data[m+3],
	}, true
}

// Has reports whether word is in the table, ignoring the case of ASCII letters.
func (t Table) Has(word string) bool { return t.offset(word) >= 0 }

// offset is where word's entry starts in data, or -1.
func (t Table) offset(word string) int {
	if t.mask == 0 || len(word) == 0 || len(word) > MaxWordLen {
		return -1
	}
	h := Hash(word)
	if off := t.probe(word, h, t.hotBase, t.hotMask); off >= 0 {
		return off
	}
	return t.probe(word, h, t.slotBase, t.mask)
}

func (t Table) probe(word string, h uint32, base int, mask uint32) int {
	for s := h & mask; ; s = (s + 1) & mask {
		ref := u32(t.data, base+4*int(s))
		if ref == 0 {
			return -1
		}
		off := t.blobBase + int(ref-1)
		if n := int(t.data[off]); n == len(word) && equalFold(t.data[off+1:off+1+n], word) {
			return off
		}
	}
}

// equalFold compares a stored lower-case word with a word of any ASCII case.
func equalFold(stored, word string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if stored[i] != c {
			return false
		}
	}
	return true
}

func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// Flags of a Record: bits 0-4 are flags, bits 5-7 the grammatical class of a function word.
const (
	FlagAbbreviation = 1 << iota // listed among SCOWL's abbreviations
	FlagCorpusOnly               // not in SCOWL, seen often enough in the frequency corpus
	FlagMixedCase                // a form has capitals after its first letter (NATO, McNamara)
	FlagRoman                    // a roman numeral
	_

	ClassShift = 5
	ClassMask  = 7 << ClassShift
)

// Grammatical classes of English function words; 0 is a content word.
const (
	ClassNone        = iota
	ClassDeterminer  // the, his, this
	ClassModifier    // all, such, also, then
	ClassSubject     // I, we, it, there
	ClassObject      // me, them, us
	ClassPreposition // of, to, in
	ClassAuxiliary   // is, has, would, not
	ClassConjunction // and, or, as, which
)
