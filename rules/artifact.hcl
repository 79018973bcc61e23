# Scrape and OCR leftovers: text that came with the page or the scan, not with the document.

rule "pattern" "artifact.skip-link" {
  category    = "artifact"
  severity    = "error"
  description = "navigation text scraped with the page"
  regex       = "(?i)^[ \\t]*(skip to (?:the )?(?:main )?(?:content|navigation|search)|jump to (?:the )?(?:main )?(?:navigation|content|search)|skip navigation|toggle navigation|back to top|main menu|open menu|close menu)[ \\t]*(?:\\r?\\n|$)"
  group       = 1
  fix         = ""
  delete_line = true
  safe_fix    = true
  message     = "\"${match}\" is navigation text scraped with the page"
}

rule "pattern" "artifact.cookie-notice" {
  category    = "artifact"
  severity    = "error"
  description = "a cookie banner scraped with the page"
  regex       = "(?i)^[ \\t]*((?:this (?:web)?site|we) uses? cookies\\b.*|(?:accept|reject|allow|manage) (?:all )?cookies|cookie (?:settings|preferences|policy))[ \\t]*(?:\\r?\\n|$)"
  group       = 1
  fix         = ""
  delete_line = true
  message     = "\"${match}\" is a cookie notice scraped with the page"
}

rule "pattern" "artifact.email-protected" {
  category    = "artifact"
  severity    = "error"
  description = "Cloudflare's e-mail obfuscation replaced a name or address"
  regex       = "\\[email[\\s\\x{00A0}]*protected\\]"
  message     = "\"${match}\" is Cloudflare's e-mail obfuscation: the original text was lost in scraping"
}

rule "pattern" "artifact.pagination-note" {
  category    = "artifact"
  severity    = "error"
  description = "a scraper's pagination notice"
  regex       = "(?i)\\[\\s*pagination continues[^\\]\\n]*\\]"
  fix         = ""
  delete_line = true
  safe_fix    = true
  message     = "\"${match}\" is a pagination notice from the scraper"
}

# Line rules read a block as a whole: scraped pages and TEI put such a line in a paragraph of
# its own, and a regex anchored at the start of the text fails fast everywhere else.
rule "pattern" "artifact.stray-marker" {
  category    = "artifact"
  severity    = "warning"
  description = "a stray marker line (XX, a bare page number) left in the text"
  regex       = "^[ \\t]*(X{2,}|x{2,}|-[ \\t]*\\d{1,4}[ \\t]*-|\\*{3,}[ \\t]*X+)[ \\t]*$"
  group       = 1
  message     = "\"${match}\" is a stray marker line, not part of the document"
}

# history.state.gov prints its page breaks as "[Page 360]"; in a transcription they are
# leftovers of a copy from the web page.
rule "pattern" "artifact.page-break-marker" {
  category    = "artifact"
  severity    = "warning"
  description = "a web page's page-break marker left in the running text"
  regex       = "\\[Page \\d{1,4}\\]"
  message     = "\"${match}\" is a page-break marker from the web edition, not part of the text"
}

# An entity or a tag that should have been decoded or dropped: "&amp;", "&#8217;", "<br>".
# In TEI the source holds "&amp;amp;", which renders "&amp;": the same rule finds it. Entities
# and tags are two rules so that each regex starts with a literal ("&", "<") that the regex
# engine searches for quickly.
rule "pattern" "artifact.leftover-html" {
  category    = "artifact"
  severity    = "error"
  description = "an HTML entity left in the text"
  regex       = "&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});"
  message     = "\"${match}\" is HTML left in the text"
}

rule "pattern" "artifact.leftover-html-tag" {
  category    = "artifact"
  severity    = "error"
  description = "an HTML tag left in the text"
  regex       = "</?(?i:br|p|div|span|em|strong|b|i|u|a|font|sup|sub|hr|li|ul|ol|table|tr|td|th|h[1-6]|blockquote)(?:\\s[^<>\\n]{0,200})?\\s*/?>"
  message     = "\"${match}\" is HTML left in the text"
}

rule "pattern" "artifact.nbsp-line" {
  category    = "artifact"
  severity    = "notice"
  description = "a line that holds only no-break spaces"
  regex       = "^[ \\t\\x{00A0}]*\\x{00A0}[ \\t\\x{00A0}]*$"
  fix         = ""
  delete_line = true
  safe_fix    = true
  message     = "a line of no-break spaces: an empty paragraph of the web page"
}

rule "hyphenation" "artifact.hyphenation-break" {
  category    = "artifact"
  severity    = "warning"
  description = "a word still split by a hyphenation break"
}

rule "duplicate_block" "artifact.duplicated-paragraph" {
  category    = "artifact"
  severity    = "warning"
  description = "a paragraph repeated word for word"
  in          = ["paragraph", "quote", "item"]
}
