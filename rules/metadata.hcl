# Metadata: the fields a record needs, present, filled in, and well formed.
#
# Which fields are required differs by format: a scraped page's "Document Information" block,
# a Markdown file's front matter, a TEI header. A project with another schema turns these
# rules off (override "metadata.required-markdown" { enabled = false }) and declares its own
# in .archivelint.hcl with the same `field` kind. Documents of a TEI volume (FRUS) carry no
# per-document record ID or language: required-field rules skip them.

rule "field" "metadata.empty-field" {
  category    = "metadata"
  severity    = "error"
  description = "a metadata field is present but has no value"
  fields      = ["title", "source", "language", "record_id", "uploaded", "rights", "translator", "transcriber", "date"]
  non_empty   = true
  message     = "${label} has no value"
}

# A scraped page is held to its "Document Information" block once it has one.
rule "field" "metadata.required-text" {
  category    = "metadata"
  severity    = "error"
  description = "a scraped page's Document Information lacks a field"
  formats     = ["text"]
  when        = can(field.source) || can(field.rights) || can(field.uploaded) || can(field.language) || can(field.record_id)
  fields      = ["source", "rights", "uploaded", "language", "record_id"]
  required    = true
  message     = "the ${field} field is missing"
}

rule "field" "metadata.required-markdown" {
  category    = "metadata"
  severity    = "error"
  description = "the front matter lacks a field"
  formats     = ["markdown"]
  when        = length(field) > 0
  fields      = ["title", "source", "language", "record_id", "uploaded", "rights"]
  required    = true
  message     = "the front matter has no ${field}"
}

rule "field" "metadata.required-tei" {
  category    = "metadata"
  severity    = "error"
  description = "the TEI header lacks a field"
  formats     = ["tei"]
  when        = !document.in_volume
  fields      = ["title", "source", "language", "record_id", "uploaded", "rights"]
  required    = true
  message     = "the TEI header has no ${field}"
}

# A translation names its translator; a document in English needs none.
rule "field" "metadata.missing-translator" {
  category    = "metadata"
  severity    = "warning"
  description = "a document not in English names no translator"
  formats     = ["markdown", "tei"]
  when        = !document.in_volume && !contains(["", "English", "english", "ENGLISH", "en", "eng"], try(field.language, ""))
  fields      = ["translator"]
  required    = true
  message     = "the document is not in English but names no translator"
}

# A TEI transcription says who made it (respStmt): a translator, a transcriber, an editor.
rule "field" "metadata.missing-responsibility" {
  category    = "metadata"
  severity    = "warning"
  description = "a TEI header names no one responsible for the text"
  formats     = ["tei"]
  when        = !document.in_volume && !can(field.translator) && !can(field.transcriber) && !can(field.editor) && !can(field.responsible) && !can(field.author)
  fields      = ["transcriber"]
  required    = true
  message     = "the TEI header names no one responsible for the transcription (a respStmt with a name)"
}

rule "field" "metadata.malformed-record-id" {
  category           = "metadata"
  severity           = "error"
  description        = "a record ID that is not a number"
  fields             = ["record_id"]
  format             = "[0-9]+"
  format_description = "a number"
  message            = "${label} \"${value}\" is not a number"
}

rule "field" "metadata.malformed-upload-date" {
  category           = "metadata"
  severity           = "error"
  description        = "an upload date that is not a date"
  fields             = ["uploaded"]
  format             = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|(?i:[0-9]{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? [0-9]{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? [0-9]{1,2},? [0-9]{4})"
  format_description = "a date"
  message            = "${label} \"${value}\" is not a date"
}

rule "language" "metadata.language" {
  category    = "metadata"
  severity    = "error"
  description = "a language that is not a language name or ISO 639 code"
  accept      = ["Farsi", "Dari", "Mandarin", "Cantonese", "Serbo-Croat", "Byelorussian", "Belorussian", "Flemish", "Moldovan"]
  message     = "${default_message}"
}
