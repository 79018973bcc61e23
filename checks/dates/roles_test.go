package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roleCases give a block and the role and cue of its first date.
var roleCases = []struct {
	name, in string
	role     Role
	cue      string
}{
	{"named recorder", "A. Petrova recorded [the conversation] on October 18, 1965.", RoleRecorded, "recorded"},
	{"recorded by", "Recorded by I. K. Orlov on 15 July 1951.", RoleRecorded, "recorded"},
	{"recorded by, text checked", "Recorded by Li Wen, Department of Treaties; text checked on 12 August 1960.", RoleRecorded, "checked"},
	{"minutes taken", "Minutes taken by J. Brown on 5 May 1960.", RoleRecorded, "minutes taken"},
	{"protocol prepared", "Protocol prepared by K. Nowak on 29 August 1980.", RoleRecorded, "protocol prepared"},
	{"prepared past abbreviations", "Prepared by Lt. Col. A. B. Smith on 24 October 1962 from notes.", RoleRecorded, "prepared"},
	{"transcribed on", "Transcribed on 3 March 1999 by the archive.", RoleRecorded, "transcribed"},
	{"russian recorder", "Записал В. Иванов 18 октября 1956 г.", RoleRecorded, "записал"},
	{"received note", "(Received October 26.)", RoleReceived, "received"},
	{"received time", "[Received 2:10 p.m.]", RoleReceived, "received"},
	{"received in a city", "Received in Prague on 29.X.1956 at 18:05.", RoleReceived, "received"},
	{"received colon", "Received in Sofia: 05/11/1956, 14:05", RoleReceived, "received"},
	{"recd", "Control: 123. Rec’d: August 13, 1961, 1:41 p.m.", RoleReceived, "rec’d"},
	{"received inside brackets", "[Source: telegram, received 28 December 1979, 1142Z.]", RoleReceived, "received"},
	{"telegram header r", "R. 5.07 p.m. 2 November 1956", RoleReceived, "r."},
	{"telegram header d", "D. 11.52 a.m. 2 November 1956", RoleSent, "d."},
	{"sent from", "Sent from Hanoi on 14.01.1967 at 11:40.", RoleSent, "sent"},
	{"drafted", "Drafted by: EUR/SOV: A. B. Jones, 5/20/77", RoleDrafted, "drafted"},
	{"uploaded", "Uploaded: 2019-06-11", RoleUploaded, "uploaded"},
	{"original uploaded date", "Original Uploaded Date: 2019-06-11", RoleUploaded, "original uploaded"},
	{"nearer cue wins", "Transmitted by the Minister in his despatch No. 348, July 13; received July 23.", RoleSent, "transmitted"},
	{"made alone is no cue", "Made March 20, but ratified later.", RoleReferenced, ""},
	{"record made", "Record made by A. B. Jones on 5 May 1960.", RoleRecorded, "record made"},
	{"lower-case cue opens no note", "sent to you on August 1, and your reply", RoleReferenced, ""},
	{"label received", "Date received: 5 November 1956", RoleReceived, "received"},
	{"label receipt", "Date of receipt: 05.11.1956", RoleReceived, "receipt"},
	{"label upload", "Upload date: 2019-06-11", RoleUploaded, "upload"},
	{"label transcription", "Transcription date: 3 March 1999", RoleRecorded, "transcription"},
	{"written down by", "Written down by N. Petrov on 5 May 1961.", RoleRecorded, "written"},
	{"drawn up by", "Drawn up by the secretariat on 5 May 1961.", RoleRecorded, "drawn"},
	{"dateline", "Berlin, 4 December 1958", RoleDocument, "dateline"},
	{"bare date", "October 18, 1956", RoleDocument, "dateline"},
	{"dateline with weekday and time", "Budapest, Thursday, 5 November 1956, 11:30", RoleDocument, "dateline"},
	{"dateline with label", "DATE: Friday, May 19, 1977", RoleDocument, "dateline"},
	{"dateline and receipt", "Lima, July 18, 1870. (Received August 3, 1870.)", RoleDocument, "dateline"},
	{"roman dateline", "15.VII.1951", RoleDocument, "dateline"},
	{"list row is not a dateline", "Nov. 13 (38)", RoleReferenced, ""},
	{"cyrillic dateline", "Москва, 18 октября 1956 г.", RoleDocument, "dateline"},
	{"title is not a dateline", "Record of Conversation between A and B, 14 July 1951", RoleReferenced, ""},
	{"subject line", "Subject: Meeting of the Chiefs, 1400 hours, Tuesday, 23 October 1962", RoleReferenced, ""},
	{"body mention", "The note of 27 November 1958 was delivered.", RoleReferenced, ""},
	{"received in the body", "Yesterday, Thursday, 8 November, I was received by the President.", RoleReferenced, ""},
	{"recorded cases", "Since 21 August 1968, 389 cases were recorded.", RoleReferenced, ""},
	{"prepared for", "Prepared for the meeting of 5 May 1960.", RoleReferenced, ""},
	{"received lowercase outside brackets", "The reports we received on 5 May were alarming.", RoleReferenced, ""},
	{"castro received", "Castro received on 5 May the ambassador.", RoleReferenced, ""},
}

func TestClassify(t *testing.T) {
	x := NewExtractor(Options{})
	for _, tc := range roleCases {
		t.Run(tc.name, func(t *testing.T) {
			ds := x.Extract(tc.in)
			require.NotEmpty(t, ds)
			assert.Equal(t, tc.role, ds[0].Role, ds[0].Text)
			assert.Equal(t, tc.cue, ds[0].Cue)
		})
	}
}

func TestClassifyNearerCue(t *testing.T) {
	ds := NewExtractor(Options{}).Extract("Transmitted by the Minister in his despatch No. 348, July 13; received July 23.")
	require.Len(t, ds, 2)
	assert.Equal(t, []Role{RoleSent, RoleReceived}, []Role{ds[0].Role, ds[1].Role})
}

func TestClassifySecondNote(t *testing.T) {
	ds := NewExtractor(Options{}).Extract("Sent from Hanoi on 14.01.1967 at 11:40. Received in Warsaw on 14.01.1967 at 13:05.")
	require.Len(t, ds, 2)
	assert.Equal(t, []Role{RoleSent, RoleReceived}, []Role{ds[0].Role, ds[1].Role})
}

func TestClassifyCallerOverride(t *testing.T) {
	// A caller that knows the field re-classifies after changing nothing but
	// may set the role itself; Classify resets roles from the text.
	block := "2019-06-11"
	ds := NewExtractor(Options{}).Extract(block)
	require.Len(t, ds, 1)
	ds[0].Role = RoleUploaded
	Classify(block, ds)
	assert.Equal(t, RoleDocument, ds[0].Role)
}
