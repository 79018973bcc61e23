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
//	header: magic "ALX1" | entry count u32 | slot count u32 (a power of two) | blob length u32
//	slots:  slot count × u32; 0 is empty, otherwise 1 + the entry's offset in the blob
//	blob:   entries, each: word length u8 | word (lower-case) | lower level u8 | capital level u8 | flags u8 | cost u8
//
// Words are looked up by an FNV-1a hash of their ASCII-lower-cased bytes with linear probing, so
// a lookup reads the embedded bytes in place and loading costs nothing but a header check.
const (
	magic      = "ALX1"
	headerSize = 16
	metaSize   = 4
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

// Encode builds the table bytes; records are laid out sorted by word so the output is
// reproducible.
func Encode(records []Record) ([]byte, error) {
	recs := append([]Record(nil), records...)
	sort.Slice(recs, func(i, j int) bool { return recs[i].Word < recs[j].Word })
	// A load factor under 0.6 keeps linear-probing runs short.
	slots := uint32(1) << bits.Len32(uint32(len(recs)*5/3))
	mask := slots - 1
	slot := make([]uint32, slots)
	var blob []byte
	for i, r := range recs {
		if len(r.Word) == 0 || len(r.Word) > MaxWordLen {
			return nil, fmt.Errorf("word %q: length out of range", r.Word)
		}
		if i > 0 && recs[i-1].Word == r.Word {
			return nil, fmt.Errorf("word %q: duplicate", r.Word)
		}
		off := uint32(len(blob))
		blob = append(blob, byte(len(r.Word)))
		blob = append(blob, r.Word...)
		blob = append(blob, r.LowerLevel, r.CapLevel, r.Flags, r.Cost)
		for s := Hash(r.Word) & mask; ; s = (s + 1) & mask {
			if slot[s] == 0 {
				slot[s] = off + 1
				break
			}
		}
	}
	out := make([]byte, 0, headerSize+4*len(slot)+len(blob))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(recs)))
	out = binary.LittleEndian.AppendUint32(out, slots)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(blob)))
	for _, s := range slot {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, blob...), nil
}

// Open checks the header and returns a table that reads data in place.
func Open(data string) (Table, error) {
	if len(data) < headerSize || data[:4] != magic {
		return Table{}, errors.New("lexicon table: bad magic")
	}
	count := int(u32(data, 4))
	slots := u32(data, 8)
	blobLen := int(u32(data, 12))
	if slots == 0 || slots&(slots-1) != 0 {
		return Table{}, errors.New("lexicon table: slot count is not a power of two")
	}
	if headerSize+4*int(slots)+blobLen != len(data) {
		return Table{}, errors.New("lexicon table: truncated")
	}
	return Table{data: data, mask: slots - 1, slotBase: headerSize, blobBase: headerSize + 4*int(slots), count: count}, nil
}

// Len is the number of words in the table.
func (t Table) Len() int { return t.count }

// Find looks word up, ignoring the case of ASCII letters.
func (t Table) Find(word string) (Record, bool) {
	if t.mask == 0 || len(word) == 0 || len(word) > MaxWordLen {
		return Record{}, false
	}
	for s := Hash(word) & t.mask; ; s = (s + 1) & t.mask {
		ref := u32(t.data, t.slotBase+4*int(s))
		if ref == 0 {
			return Record{}, false
		}
		off := t.blobBase + int(ref-1)
		n := int(t.data[off])
		if n == len(word) && equalFold(t.data[off+1:off+1+n], word) {
			m := off + 1 + n
			return Record{
				Word:       t.data[off+1 : m],
				LowerLevel: t.data[m],
				CapLevel:   t.data[m+1],
				Flags:      t.data[m+2],
				Cost:       t.data[m+3],
			}, true
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
