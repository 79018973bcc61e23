# Metadata: the fields a record needs, present, filled in, and well formed.

rule "field" "metadata.empty-field" {
  category    = "metadata"
  severity    = "error"
  description = "a metadata field is present but has no value"
  fields      = ["title", "source", "language", "record_id", "uploaded", "rights", "translator", "date"]
  non_empty   = true
  message     = "${label} has no value"
}
