// Package tei reads TEI P5 XML transcriptions into checks.Documents.
//
// A purpose-built tokenizer walks the bytes once: tags, attributes, comments, CDATA,
// processing instructions, the DOCTYPE and entity references, checking well-formedness as
// it goes (encoding/xml is several times slower and its offsets are awkward to map back).
// Text is rendered the way XML renders it: runs of white space collapse to one space, <lb/>
// is a space, <pb/> nothing, and inline markup neither adds nor removes spaces, so that
// "the<hi>Anna</hi>" reads "theAnna" as a reader of the page would see it. Every rendered
// byte remembers where it came from (checks.TextBuilder), so findings point at the real line
// and column and fixes edit the right source bytes.
//
// The teiHeader becomes Fields (title, translator, source, repository, idno, date, uploaded,
// record_id, language, rights, publisher...). A volume with several div[@type="document"]
// (as FRUS publishes them) becomes one Document per div, each with its own title (head),
// date (dateline) and source (source note) and the volume's header fields renamed volume_*.
// Notes and margin summaries are blocks of their own, never run into the paragraph around
// them.
//
// The reader refuses what could hurt: entity declarations are reported, never expanded, no
// external resource is read, nesting is bounded; hostile input yields Problems, not panics.
package tei
