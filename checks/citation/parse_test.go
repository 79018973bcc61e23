package citation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is one expected problem: its kind, the text it covers, and the suggestion.
type want struct {
	kind       Kind
	match      string
	suggestion string
}

type parseCase struct {
	name    string
	text    string // parts separated by " | " are given to ParseParts
	archive string
	repo    string
	want    []want
}

// problemsOf reduces problems to what the tables compare, leaving out unknown-repository,
// which the packs do not report.
func problemsOf(c *Citation) []want {
	var got []want
	for _, p := range c.Problems {
		if p.Kind != UnknownRepository {
			got = append(got, want{p.Kind, p.Match, p.Suggestion})
		}
	}
	return got
}

func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	p := packParser(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := p.ParseParts(strings.Split(tc.text, " | "))
			assert.Equal(t, tc.want, problemsOf(c), "%s", tc.text)
			if tc.archive != "" {
				assert.Equal(t, tc.archive, c.Archive)
			}
			if tc.repo != "" {
				require.NotNil(t, c.Repository)
				assert.Equal(t, tc.repo, c.Repository.Name)
			}
		})
	}
}

func TestParseRussian(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "latin", text: "RGASPI, f. 82, op. 2, d. 1403, ll. 17-23. Translated by Ann Example.", archive: "russia", repo: "RGASPI"},
		{name: "cyrillic", text: "ГАРФ, ф. Р-5446, оп. 1, д. 44, лл. 3–9 об.", repo: "GARF"},
		{name: "gost periods", text: "РГАЭ. Ф. 4372. Оп. 11. Д. 702. Л. 14 об.", repo: "RGAE"},
		{name: "spelled out", text: "AVP RF, Fond 06, Opis 9, Papka 12, Delo 140, Listy 2-11.", repo: "AVP RF"},
		{name: "avp year and papka", text: "AVPRF, f. 0102, op. 7, 1951, p. 28, d. 43.", repo: "AVP RF"},
		{name: "no space after label", text: "RGANI, f.3, op.8, d.241, l.12"},
		{name: "a whole opis", text: "РГАНИ. Ф. 3. Оп. 12, 14."},
		{name: "verso range", text: "RGVA, f. 33987, op. 3, d. 505, ll. 4-6ob."},
		{name: "reversed", text: "RGANI, f. 3, op. 8, d. 241, ll. 58-51",
			want: []want{{ReversedRange, "58-51", "51-58"}}},
		{name: "missing delo number", text: "GARF, f. 9401, op. 2, d. , ll. 3-4",
			want: []want{{MissingNumber, "d.", ""}}},
		{name: "missing list number at end", text: "ф. 17, оп. 3, д. 1090, лл.",
			want: []want{{MissingNumber, "лл.", ""}}},
		{name: "bare label", text: "RGAE, f 4372, op. 11, d. 702",
			want: []want{{MalformedAbbreviation, "f", "f."}}},
		{name: "look-alike letters", text: "RGANI, f. 3, op. 8, d. 241, II. 12-14",
			want: []want{{MalformedAbbreviation, "II.", "ll."}}},
		{name: "mixed script", text: "RGANI, f. 3, оp. 8, d. 241",
			want: []want{{MalformedAbbreviation, "оp.", "op."}}},
		{name: "out of order", text: "APRF, f. 3, d. 47, op. 65",
			want: []want{{OutOfOrder, "op. 65", ""}}},
		{name: "skipped delo", text: "RGASPI, f. 17, op. 3, ll. 12-14",
			want: []want{{MissingComponent, "RGASPI", ""}}},
		{name: "misspelled", text: "RGSAPI, f. 17, op. 3, d. 1090",
			want: []want{{MisspelledRepository, "RGSAPI", "RGASPI"}}},
		{name: "misspelled cyrillic in brackets", text: "Архив Президента Российской Федерации (АР РФ) | ф. 3, оп. 65, д. 12",
			want: []want{{MisspelledRepository, "АР РФ", "АП РФ"}}},
		{name: "glued credit", text: "RGANI, f. 5, op. 30, d. 88, ll. 4-9 Translated by Ann Example.",
			want: []want{{GluedCredit, "Translated", ""}}},
		{name: "unclosed bracket", text: "RGASPI, f. 558, op. 11, d. 65, (ll. 3-8. Translated by Ann Example.",
			want: []want{{UnbalancedBracket, "(ll.", ""}}},
	})
}

func TestParseOtherPostSoviet(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "ukraine", text: "HDA SBU, f. 16, op. 1, spr. 918, ark. 3-7zv.", archive: "ukraine"},
		{name: "ukraine inferred from labels", text: "f. 1, op. 24, spr. 1120, ark. 40-41", archive: "ukraine"},
		{name: "bulgaria", text: "TsDA, f. 1B, op. 5, a.e. 341, l. 2-9", archive: "bulgaria"},
		{name: "bulgaria reversed", text: "TsDA, f. 1B, op. 5, a.e. 341, l. 19-12",
			want: []want{{ReversedRange, "19-12", "12-19"}}},
		{name: "kazakhstan", text: "APRK, f. 708, op. 27, d. 1260, l. 4", archive: "former-soviet"},
		{name: "lithuania", text: "LYA, f. K-1, ap. 3, b. 639, l. 55-60", archive: "lithuania"},
	})
}

func TestParseUK(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "tna", text: "The National Archives of the UK (TNA), PREM 11/4105, ff. 31-35. Transcribed by A. Example.", repo: "TNA"},
		{name: "pro", text: "PRO, CAB 129/88, C (57) 195"},
		{name: "no space", text: "TNA, FO371/128990"},
		{name: "no reference", text: "TNA, ff. 20-24",
			want: []want{{MissingComponent, "TNA", ""}}},
		{name: "zero for O", text: "TNA, F0 371/128990",
			want: []want{{MalformedValue, "F0 371/128990", ""}}},
		{name: "bare ff", text: "TNA, DEFE 5/71, ff 14-19",
			want: []want{{MalformedAbbreviation, "ff", "ff."}}},
		{name: "unopened bracket", text: "The National Archives TNA), CAB 128/31",
			want: []want{{UnbalancedBracket, ")", ""}}},
	})
}

func TestParseUS(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "decimal file", text: "NARA, RG 59, Central Decimal File, 1955-59, 661.00/4-1458, Box 2719", archive: "nara"},
		{name: "frus central files", text: "Source: Department of State, Central Files, 611.61/12-1058. Secret; Priority.", repo: "NARA"},
		{name: "subject-numeric", text: "National Archives, RG 59, Central Files 1964–66, POL 7 US. Confidential."},
		{name: "frus film number", text: "National Archives, RG 59, Central Foreign Policy Files, P750042–1127. Secret."},
		{name: "electronic telegrams", text: "NARA, RG 59, Central Foreign Policy Files, 1973-79, Electronic Telegrams, 1976MOSCOW01234"},
		{name: "lot file", text: "National Archives, RG 59, S/P Files: Lot 67 D 548, Box 11"},
		{name: "telegrams without years", text: "NARA, RG 59, Central Foreign Policy Files, Electronic Telegrams, 1976MOSCOW01234",
			want: []want{{MissingComponent, "Electronic Telegrams", ""}}},
		{name: "missing record group", text: "NARA, RG , Central Decimal File, 1950-54",
			want: []want{{MissingNumber, "RG", ""}}},
		{name: "library", text: "Johnson Library, National Security File, Country File, Laos, Box 268, folder \"Memos\"", repo: "LBJ Library"},
		{name: "library missing box", text: "Ford Library, National Security Adviser, Box , folder Iran",
			want: []want{{MissingNumber, "Box", ""}}},
		{name: "library unclosed", text: "Jimmy Carter Library (JCL, Plains File, Box 3",
			want: []want{{UnbalancedBracket, "(JCL", ""}}},
		{name: "unclosed quote", text: "Kennedy Library, POF, Box 115, folder “Cuba, General",
			want: []want{{UnbalancedQuote, "“", ""}}},
	})
}

func TestParseEastAsia(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "fma", text: "PRC FMA 105-00412-07, pp. 3-9. Translated by A. Example.", repo: "PRC FMA"},
		{name: "fma padding dropped", text: "PRC FMA 105-412-7",
			want: []want{{MalformedValue, "105-412-7", ""}}},
		{name: "fma missing page number", text: "PRC FMA 105-00412-07, pp. .",
			want: []want{{MissingNumber, "pp.", ""}}},
		{name: "fma misspelled", text: "PRC FAM 105-00412-07",
			want: []want{{MisspelledRepository, "PRC FAM", "PRC FMA"}}},
	})
}

func TestParseCentralEurope(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "sapmo", text: "SAPMO-BArch, DY 30/J IV 2/2/912, Bl. 4-18", repo: "SAPMO-BArch"},
		{name: "pa aa", text: "PA AA, MfAA, A 13962, Bl. 70-71", repo: "PA AA"},
		{name: "bstu parts", text: "Die Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR (BStU) | MfS, HA XX, Nr. 412, Bl. 5-9", repo: "BStU"},
		{name: "bstu case", text: "Stasi Records Archive (BSTU), MfS, ZAIG, Nr. 4711",
			want: []want{{MisspelledRepository, "BSTU", "BStU"}}},
		{name: "blatt reversed", text: "SAPMO-BArch, DY 30/3519, Bl. 88-80",
			want: []want{{ReversedRange, "88-80", "80-88"}}},
		{name: "poland", text: "AAN, KC PZPR, sygn. 237/V-41, k. 10-17", repo: "AAN"},
		{name: "poland foreign ministry", text: "Archiwum Ministerstwa Spraw Zagranicznych (AMSZ) | Depesze z Pekinu 1959, t. 2, nr 411, k. 5-6", repo: "AMSZ"},
		{name: "poland swapped letters", text: "Archiwum Ministerstwa Spraw Zagranicznych (ASMZ), Depesze z Pekinu 1959",
			want: []want{{MisspelledRepository, "ASMZ", "AMSZ"}}},
		{name: "hungary", text: "MNL OL, XIX-J-1-j, Vietnam, 1966, 12. doboz, 3, 00871/1966", repo: "MNL OL"},
		{name: "hungary no year", text: "MNL OL, XIX-J-1-j, Vietnam, 12. doboz, 3, 00871/1966",
			want: []want{{MissingComponent, "12. doboz", ""}}},
		{name: "hungary misspelled", text: "MLO, XIX-J-1-j, Vietnam, 1966",
			want: []want{{MisspelledRepository, "MLO", "MOL"}}},
		{name: "czech", text: "NA ČR, f. KSČ-ÚV-1261/0/5, sv. 31, a. j. 88, b. 4", repo: "NA ČR"},
		{name: "czech foreign ministry", text: "AMZV, TO-T 1965-1969, Indie, k. 2, č. j. 0114/66", repo: "AMZV"},
		{name: "romania", text: "ANIC, fond CC al PCR - Relații Externe, dosar 14/1968, f. 3-19", repo: "ANIC"},
		{name: "romania without dosar", text: "ANIC, fond CC al PCR - Relații Externe, f. 3-19",
			want: []want{{MissingComponent, "ANIC", ""}}},
		{name: "yugoslavia", text: "AJ, 837, KPR I-5-b/104-2", repo: "AJ"},
		{name: "yugoslavia without fond", text: "AJ, KPR I-5-b/104-2",
			want: []want{{MissingComponent, "AJ", ""}}},
		{name: "serbia", text: "DA MSP RS, PA, 1962, f. 71, d. 4, br. 41239", repo: "DA MSP RS"},
		{name: "albania", text: "AQSH, F. 14/AP, V. 1961, D. 8, fl. 2-5", repo: "AQSH"},
	})
}

func TestParseElsewhere(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "india", text: "National Archives of India (NAI), Ministry of External Affairs, File No. 3(12)-Eur/58, pp. 22-30", repo: "NAI"},
		{name: "ghana", text: "PRAAD, Accra, RG 17/1/255, ff. 3-9", repo: "PRAAD"},
		{name: "ghana unclosed", text: "Public Records and Archives Administration Department (PRAAD, RG 17/1/255",
			want: []want{{UnbalancedBracket, "(PRAAD", ""}}},
		{name: "unknown archive stays quiet", text: "Archivio Storico del Senato, Fondo Nenni, b. 4"},
		{name: "australia is not NARA", text: "National Archives of Australia (NAA), A1838, 3004/11/1 Part 4", repo: "NAA"},
		{name: "unknown abbreviation", text: "CWIHP Archive, Virtual Archive Collection"},
		{name: "credit only", text: "Translated by A. Example."},
		{name: "old dispatch heading", text: "No. 212.]"},
		{name: "bracketed note", text: "[Inclosure 2 in No. 31.—Translation.]"},
		{name: "bracketed note unclosed", text: "[Inclosure 2 in No. 31.—Translation.",
			want: []want{{UnbalancedBracket, "[Inclosure", ""}}},
	})
}

func TestParseParts(t *testing.T) {
	p := packParser(t)
	c := p.ParseParts([]string{"Arhivele Naționale Istorice Centrale (ANCI)", "Fond CC al PCR – Cancelarie", "dosar 12/1971, f. 9-4"})
	require.Len(t, c.Problems, 2)
	assert.Equal(t, Problem{Kind: MisspelledRepository, Span: Span{Part: 0, Start: 39, End: 43}, Match: "ANCI",
		Message: `"ANCI" is not a known repository; did you mean "ANIC"?`, Suggestion: "ANIC"}, c.Problems[0])
	assert.Equal(t, Span{Part: 2, Start: 18, End: 21}, c.Problems[1].Span)
	assert.Equal(t, ReversedRange, c.Problems[1].Kind)
	assert.Equal(t, "romania", c.Archive)
	assert.Equal(t, "ANIC", c.Repository.Name)
	var names []string
	for _, comp := range c.Components {
		names = append(names, comp.Name)
	}
	assert.Equal(t, []string{"fond", "dosar", "file"}, names)
}

func TestParseComponents(t *testing.T) {
	p := packParser(t)
	c := p.Parse("Source: RGANI, f. 5, op. 30, d. 141, ll. 12-15ob. Contributed by A. Example and translated by B. Example.")
	require.NotNil(t, c.Credit)
	assert.Equal(t, "Contributed by A. Example and translated by B. Example.", c.Credit.Text)
	assert.Equal(t, "RGANI, f. 5, op. 30, d. 141, ll. 12-15ob.", c.Text)
	assert.Equal(t, []Component{
		{Name: "fond", Label: "f.", Value: "5", From: "5", To: "5", Span: Span{Start: 15, End: 19}},
		{Name: "opis", Label: "op.", Value: "30", From: "30", To: "30", Span: Span{Start: 21, End: 27}},
		{Name: "delo", Label: "d.", Value: "141", From: "141", To: "141", Span: Span{Start: 29, End: 35}},
		{Name: "list", Label: "ll.", Value: "12-15ob.", From: "12", To: "15", Span: Span{Start: 37, End: 49}},
	}, c.Components)
	assert.Empty(t, c.Problems)
}
