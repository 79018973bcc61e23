// Package read turns files into checks.Documents: scraped web text (.txt), Markdown with YAML
// front matter (.md) and TEI XML (.xml, see package tei). Readers never fail: what they cannot
// make sense of becomes a checks.Problem on the document, located in the source, and the run
// goes on.
package read
