package table

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeOpenRoundTrip(t *testing.T) {
	var recs []Record
	for i := range 1000 {
		recs = append(recs, Record{Word: fmt.Sprintf("w%dx", i), LowerLevel: uint8(i % 90), CapLevel: 7, Flags: uint8(i % 3), Cost: uint8(i % 250)})
	}
	data, err := Encode(recs)
	require.NoError(t, err)
	tbl, err := Open(string(data))
	require.NoError(t, err)
	assert.Equal(t, 1000, tbl.Len())
	for _, r := range recs {
		got, ok := tbl.Find(r.Word)
		require.True(t, ok, r.Word)
		assert.Equal(t, r, got)
	}
	got, ok := tbl.Find("W17X")
	assert.True(t, ok, "lookup ignores ASCII case")
	assert.Equal(t, "w17x", got.Word)
	for _, missing := range []string{"w1000x", "w17", "", "x"} {
		_, ok := tbl.Find(missing)
		assert.False(t, ok, missing)
	}
}

func TestEncodeRejectsBadRecords(t *testing.T) {
	_, err := Encode([]Record{{Word: "a"}, {Word: "a"}})
	require.ErrorContains(t, err, "duplicate")
	_, err = Encode([]Record{{Word: ""}})
	require.Error(t, err)
}

func TestEncodeIsReproducible(t *testing.T) {
	a, err := Encode([]Record{{Word: "b"}, {Word: "a"}, {Word: "c"}})
	require.NoError(t, err)
	b, err := Encode([]Record{{Word: "c"}, {Word: "b"}, {Word: "a"}})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}
