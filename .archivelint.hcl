# archivelint's own configuration: it lints the example transcriptions under
# testdata/examples (dogfood). See README.md for every block and attribute.

archivelint {
  include    = ["testdata/examples/**"]
  fail_level = "warning"
}

collection {
  # The examples are twentieth-century documents.
  date_range = ["1900", "1999"]
}
