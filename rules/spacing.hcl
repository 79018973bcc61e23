# Missing spaces: the headline defect of scraped and OCR'd transcriptions.

rule "missing_space" "spacing.run-together" {
  category    = "spacing"
  severity    = "warning"
  description = "two words run together (\"letteris\", \"Sovietauthorities\", \"theAnna\")"
  kinds       = ["run-together", "run-together-capital", "camel-join"]
  message     = "\"${match}\" looks like two words run together: \"${suggestion}\""
}

rule "missing_space" "spacing.after-punctuation" {
  category    = "spacing"
  severity    = "warning"
  description = "no space after a full stop, comma, semicolon or colon (\"draft.But\", \"Moscow,and\")"
  kinds = [
    "missing-space-after-period", "missing-space-after-comma",
    "missing-space-after-semicolon", "missing-space-after-colon",
  ]
  message = "no space after the punctuation in \"${match}\": \"${suggestion}\""
}
