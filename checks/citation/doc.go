// Package citation parses and checks archival citations ("RGANI, f. 52, op. 1, d. 596,
// ll. 61-66", "TNA, FO 371/121761, ff. 84-87", "NARA, RG 59, Central Decimal File,
// 762.00/8-1361") against grammars declared in HCL.
//
// A Grammar describes one archive family: its repositories (canonical abbreviation, full
// names, aliases and former names) and its components (fond, opis, delo, list; a TNA piece
// reference; a NARA box), each with its labels in every script and spelling, what its value
// looks like, whether it may be a range, and whether it is required. A grammar marked common
// holds components, such as pages and boxes, that every citation may carry.
//
// Grammars are declared in HCL, one `archive` block per family (rules/citations.hcl holds
// the built-in ones and documents every attribute):
//
//	archive "russia" {
//	  order = ["fond", "opis", "delo", "list"]
//	  repository "GARF" {
//	    names   = ["State Archive of the Russian Federation"]
//	    aliases = ["GA RF", "ГАРФ"]
//	  }
//	  component "fond" {
//	    labels   = ["f.", "ф.", "Fond"]
//	    value    = "(?:[A-ZА-Я]-?)?[0-9]+"
//	    required = true
//	  }
//	  component "list" {
//	    labels = ["ll.", "l.", "лл.", "л."]
//	    value  = "[0-9]+"
//	    verso  = ["ob.", "об."]
//	    range  = true
//	  }
//	}
//
// DecodeArchives turns `archive` blocks into Grammars: a later block with an earlier one's
// name extends it (same-named repositories and components replace theirs, new ones are
// added), or with `replace = true` takes its place. NewParser indexes the grammars. The
// Parser then works in two modes:
//
//   - Parse and ParseParts read text that is known to be a citation: a Source field, front
//     matter `source`, a TEI bibl or msIdentifier (whose repository and idno are separate
//     parts). The credit after the citation ("Translated by ...") is set apart, not checked.
//   - Find looks for citations in running text (paragraphs, footnotes). It anchors on known
//     repository names and on component labels followed by a number before any parsing, and
//     reports only what is certain in prose: reversed ranges everywhere, the rest only where
//     a repository was named.
//
// Each Citation carries its parts (repository, components with label and value, ranges with
// from and to, credit) and its Problems, each with a Kind, a byte Span in the input, a
// message and, where one is certain, a suggestion that replaces the span.
package citation
