# What the readers could not make sense of. These rules let a project silence or promote them.

rule "problem" "encoding.invalid-utf8" {
  category    = "encoding"
  severity    = "error"
  description = "bytes that are not UTF-8"
  problems    = ["invalid-utf8"]
}

rule "problem" "encoding.unsupported-encoding" {
  category    = "encoding"
  severity    = "error"
  description = "an XML file that declares an encoding other than UTF-8"
  problems    = ["unsupported-encoding"]
}

rule "problem" "encoding.unreadable-file" {
  category    = "encoding"
  severity    = "error"
  description = "an empty or binary file where a transcription was expected"
  problems    = ["empty-file", "binary-file"]
}

rule "problem" "syntax.malformed-xml" {
  category    = "syntax"
  severity    = "error"
  description = "XML that is not well formed, or that archivelint refuses to read (entity declarations, too deep)"
  problems    = ["malformed-xml", "entity-declaration", "too-deep"]
}

rule "problem" "syntax.undefined-entity" {
  category    = "syntax"
  severity    = "error"
  description = "an entity XML does not define, such as &nbsp; copied from HTML"
  problems    = ["undefined-entity"]
}

rule "problem" "syntax.malformed-yaml" {
  category    = "syntax"
  severity    = "error"
  description = "front matter that is not valid YAML"
  problems    = ["malformed-yaml"]
}

rule "problem" "metadata.no-front-matter" {
  category    = "metadata"
  severity    = "warning"
  description = "a Markdown transcription without YAML front matter"
  problems    = ["missing-front-matter"]
}
