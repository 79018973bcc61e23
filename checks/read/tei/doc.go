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
// # Documents
//
// A volume with two or more div[@type="document"] (as FRUS publishes them) becomes one
// Document per outermost such div (ID its xml:id, InVolume true); front and back matter and
// text between the divs belong to none. A file with one document div or none is one
// Document, its whole body included.
//
// # Fields
//
// From the teiHeader: title (the main, complete or first untyped titleStmt title; the others
// title_<type>), author, editor, translator / transcriber / responsible (a respStmt's names,
// by what its resp says; Attr resp), publisher, pub_place, uploaded (publicationStmt/date),
// record_id (idno[@type="record"]; other idnos idno_<type>), rights (availability), source
// (msDesc/msIdentifier or a bibl in sourceDesc) with repository, settlement, idno, collection
// ... (msIdentifier's children), source_description (sourceDesc/p), date (creation/date),
// language (langUsage/language). Label is the element's name, LabelStart and LabelEnd span the
// whole element, Attrs its attributes (when, ident, type...). An empty element is a field
// with an empty value.
//
// A document of a volume has its div's title (head), date (its dateline's date) and source
// (its source notes), then the volume header's fields renamed volume_*. A one-document file
// takes these from its div only where its header lacks them.
//
// # Blocks
//
// Kinds: paragraph (p, ab, and text outside any block), heading, dateline, opener, closer,
// signed, note, margin (seg[@type="margin"], note[@place="margin"]), item (list items and
// labels), table (a cell), quote (quote, lg, l outside a paragraph), abstract (the header's).
// A block's Attrs are its element's attributes; a dated <date> inside adds "date" (its text)
// and "date_when", and a dateline also takes "when" from its first one. Notes and margin
// summaries never run into the text around them: they follow the block they sit in. A
// block-level element inside a paragraph (a list, a quoted paragraph) splits it, in reading
// order. Deleted text (del), forme work (fw) and the sic, orig or abbr of a choice that holds
// a corr, reg or expan are not rendered.
//
// # Problems
//
// The reader refuses what could hurt: entity declarations are reported, never expanded, no
// external resource is read, nesting is bounded; hostile input yields Problems, not panics.
// A well-formedness error stops the parse (one Document, the Fatal problem); undefined
// entities, stray "&", bad character references, control characters and "--" in comments
// are reported and the text is read on.
package tei
