package bench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// SharedDir is the read-only corpus directory beside the repository (a fresh clone has none).
func SharedDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "..", "shared")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "shared")
}

// Shared returns a path under the shared corpus directory, or skips the test or benchmark
// when it is absent (a fresh clone has none).
func Shared(tb testing.TB, parts ...string) string {
	tb.Helper()
	dir := filepath.Join(append([]string{SharedDir()}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s is absent: the shared corpus lives beside the repository", dir)
	}
	return dir
}

// FRUS returns the shared FRUS volumes (15 TEI files, 48 MB), or skips the benchmark.
func FRUS(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(SharedDir(), "corpus", "frus", "*.xml"))
	if len(files) == 0 {
		tb.Skip("no shared FRUS corpus beside the repository")
	}
	return files
}

// Generate writes an invented collection of about size bytes under dir, in the three formats
// in equal shares: scraped pages (.txt), Markdown with front matter (.md) and TEI volumes of
// many documents (.xml). It is the same for the same size, so runs compare. It returns the
// files written.
func Generate(dir string, size int) ([]string, error) {
	g := newGenerator(uint64(size))
	var files []string
	write := func(name, content string) error {
		p := filepath.Join(dir, name)
		files = append(files, p)
		return os.WriteFile(p, []byte(content), 0o644)
	}
	written := 0
	for i := 0; written < size; i++ {
		var name, content string
		switch i % 3 {
		case 0:
			name, content = fmt.Sprintf("page%05d.txt", i), g.page(i)
		case 1:
			name, content = fmt.Sprintf("letter%05d.md", i), g.markdown(i)
		default:
			name, content = fmt.Sprintf("volume%05d.xml", i), g.volume(i, 60)
		}
		if err := write(name, content); err != nil {
			return files, err
		}
		written += len(content)
	}
	return files, nil
}

// generator writes invented diplomatic prose: sentences from templates whose slots take
// invented names, places, numbers and dates, so that no two paragraphs repeat. Names come from
// a pool, so they recur across the collection as real names do.
type generator struct {
	rng   *rand.Rand
	names []string
}

func newGenerator(seed uint64) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(1, seed))}
	for range 400 {
		g.names = append(g.names, g.invent())
	}
	return g
}

var (
	genTemplates = []string{
		"The %[1]s informed me that the Government of %[2]s had agreed to the terms proposed on %[3]s, subject to the approval of the %[4]s.",
		"I have the honor to acknowledge the receipt of your despatch No. %[5]d of %[3]s, and to report that %[6]s has called on the %[1]s twice since then.",
		"In the course of a long conversation %[6]s said that his government could not accept the proposal as it stands, since the question of the frontier at %[7]s remained open.",
		"According to reports from %[7]s, the %[4]s met on %[3]s and decided, after some debate, to postpone the signing of the convention until the return of %[6]s.",
		"The negotiations on the commercial treaty, which began in %[2]s on %[3]s, were resumed yesterday; the delegations examined articles %[5]d to %[8]d of the draft.",
		"%[6]s expressed the hope that the matter would be settled without recourse to arbitration, and asked me to convey his views to the %[1]s without delay.",
		"I enclose a copy of the note of %[3]s, with a translation, in which the %[4]s sets out the conditions on which it would consent to the withdrawal of its troops from %[7]s.",
		"It is understood that the claims of the merchants of %[7]s, amounting to %[5]d,%[8]03d dollars, will be referred to a mixed commission sitting at %[2]s.",
		"The press of %[2]s has given much space to the incident, and the %[4]s has been questioned about it in the Chamber on %[3]s.",
		"Nothing further has been heard from %[6]s; the %[1]s believes that he will not return to %[7]s before the end of the month.",
	}
	genTitles  = []string{"Minister for Foreign Affairs", "Secretary of State", "Ambassador", "Consul General", "Chargé d'Affaires", "Prime Minister"}
	genBodies  = []string{"Council of State", "Senate", "Cabinet", "Supreme Council", "Federal Assembly", "Provisional Government"}
	genMonths  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	genOnsets  = []string{"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "gr", "st", "kr", "tr"}
	genNuclei  = []string{"a", "e", "i", "o", "u", "ai", "ei", "ou"}
	genCodas   = []string{"", "", "n", "r", "s", "l", "sk", "v"}
	genLangs   = []string{"English", "French", "German", "Russian", "Spanish"}
	genClosers = []string{"I have, etc.,", "Very respectfully, your obedient servant,", "Accept, etc.,"}
)

// name is one of the pool's names.
func (g *generator) name() string { return g.names[g.rng.IntN(len(g.names))] }

// invent makes up a word of two or three syllables, capitalised.
func (g *generator) invent() string {
	var b strings.Builder
	for range 2 + g.rng.IntN(2) {
		b.WriteString(genOnsets[g.rng.IntN(len(genOnsets))])
		b.WriteString(genNuclei[g.rng.IntN(len(genNuclei))])
	}
	b.WriteString(genCodas[g.rng.IntN(len(genCodas))])
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *generator) date(year int) string {
	return fmt.Sprintf("%s %d, %d", genMonths[g.rng.IntN(12)], 1+g.rng.IntN(28), year)
}

func (g *generator) sentence(year int) string {
	t := genTemplates[g.rng.IntN(len(genTemplates))]
	return fmt.Sprintf(t, genTitles[g.rng.IntN(len(genTitles))], g.name(), g.date(year),
		genBodies[g.rng.IntN(len(genBodies))], 1+g.rng.IntN(400), g.name()+" "+g.name(), g.name(), 1+g.rng.IntN(999))
}

// paragraphs are n paragraphs of three to seven sentences.
func (g *generator) paragraphs(n, year int) []string {
	out := make([]string, n)
	for i := range out {
		s := make([]string, 3+g.rng.IntN(5))
		for j := range s {
			s[j] = g.sentence(year)
		}
		out[i] = strings.Join(s, " ")
	}
	return out
}

func (g *generator) year() int { return 1860 + g.rng.IntN(80) }

// page is a scraped web page: title, date line, paragraphs, a Document Information block.
func (g *generator) page(i int) string {
	year := g.year()
	var b strings.Builder
	fmt.Fprintf(&b, "Despatch from the %s to the %s, %s\n\n%s\n\n", genTitles[g.rng.IntN(6)], genTitles[g.rng.IntN(6)], g.date(year), g.date(year))
	for _, p := range g.paragraphs(4+g.rng.IntN(8), year) {
		b.WriteString(p + "\n\n")
	}
	fmt.Fprintf(&b, "Document Information\n\nSource\n\nArchive of %s, f. %d, op. %d, d. %d, ll. %d-%d.\n\n", g.name(), 1+i%90, 1+i%7, 100+i, 3+i%40, 9+i%40)
	fmt.Fprintf(&b, "Rights\n\nInvented text for benchmarks.\n\nOriginal Uploaded Date\n\n20%02d-%02d-%02d\n\n", 10+i%12, 1+i%12, 1+i%28)
	fmt.Fprintf(&b, "Language\n\n%s\n\nRecord ID\n\n%d\n", genLangs[i%len(genLangs)], 100000+i)
	return b.String()
}

// markdown is a letter with YAML front matter.
func (g *generator) markdown(i int) string {
	year := g.year()
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: \"Letter from %s to %s\"\ndate: %d-%02d-%02d\nsource: \"Archive of %s, box %d, folder %d\"\n", g.name(), g.name(), year, 1+i%12, 1+i%28, g.name(), 1+i%60, 1+i%20)
	fmt.Fprintf(&b, "language: %s\nrecord_id: %d\nuploaded: 20%02d-%02d-%02d\ntranslator: \"%s %s\"\nrights: \"Invented text for benchmarks.\"\n---\n", genLangs[i%len(genLangs)], 200000+i, 10+i%12, 1+i%12, 1+i%28, g.name(), g.name())
	fmt.Fprintf(&b, "# Letter from %s\n\n%s, %s\n\n", g.name(), g.name(), g.date(year))
	for _, p := range g.paragraphs(4+g.rng.IntN(8), year) {
		b.WriteString(p + "\n\n")
	}
	fmt.Fprintf(&b, "%s\n\n%s %s\n", genClosers[g.rng.IntN(len(genClosers))], g.name(), g.name())
	return b.String()
}

// volume is a TEI volume of n documents in the shape FRUS uses: a source note, a head, a
// dateline with an encoded date, paragraphs with footnotes and page breaks, a closer.
func (g *generator) volume(i, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="vol%d">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="complete">Invented Papers, Volume %d</title></titleStmt>
      <publicationStmt><publisher>Benchmark Press</publisher><date>2001</date></publicationStmt>
      <sourceDesc><p>Generated for benchmarks.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
`, i, i)
	page := 1
	for d := 1; d <= n; d++ {
		year := g.year()
		month, day := 1+g.rng.IntN(12), 1+g.rng.IntN(28)
		fmt.Fprintf(&b, `      <div type="document" xml:id="d%d" n="%d">
        <note rend="inline" type="source">File %d.%d/%d: Despatch</note>
        <head><hi rend="italic">The %s in %s</hi> (<persName type="from">%s</persName>) to the <gloss type="to">%s</gloss></head>
        <dateline><placeName>%s</placeName>, <date when="%d-%02d-%02d">%s %d, %d</date>.</dateline>
`, d, d, 100+d%700, d%99, d*7, genTitles[g.rng.IntN(6)], g.name(), g.name(), genTitles[g.rng.IntN(6)], g.name(), year, month, day, genMonths[month-1], day, year)
		for k, p := range g.paragraphs(2+g.rng.IntN(6), year) {
			if k == 1 {
				page++
				p += fmt.Sprintf(`<note n="1" xml:id="d%dfn1">Not printed.</note><pb n="%d" xml:id="pg_%d"/>`, d, page, page)
			}
			fmt.Fprintf(&b, "        <p>%s</p>\n", wrap(p, 90, "          "))
		}
		fmt.Fprintf(&b, "        <closer>%s<lb/><signed>%s</signed></closer>\n      </div>\n", genClosers[g.rng.IntN(len(genClosers))], g.name())
	}
	b.WriteString("    </body>\n  </text>\n</TEI>\n")
	return b.String()
}

// wrap breaks s at spaces into lines of about width, as printed volumes' encodings are.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if line+len(w) > width {
				b.WriteString("\n" + indent)
				line = 0
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		line += len(w) + 1
	}
	return b.String()
}
