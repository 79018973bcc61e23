# Scrape and OCR leftovers: text that came with the page or the scan, not with the document.

rule "pattern" "artifact.skip-link" {
  category    = "artifact"
  severity    = "error"
  description = "navigation text scraped with the page"
  regex       = "(?im)^[ \\t]*(skip to (?:main )?content|jump to (?:navigation|main content|content)|skip navigation|back to top)[ \\t]*$"
  group       = 1
  fix         = ""
  delete_line = true
  safe_fix    = true
  message     = "\"${match}\" is navigation text scraped with the page"
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

rule "pattern" "artifact.stray-marker" {
  category    = "artifact"
  severity    = "warning"
  description = "a stray marker line (XX, a bare page number) left in the text"
  regex       = "(?m)^[ \\t]*(X{2,}|x{2,}|-[ \\t]*\\d{1,4}[ \\t]*-|\\*{3,}[ \\t]*X+)[ \\t]*$"
  group       = 1
  message     = "\"${match}\" is a stray marker line, not part of the document"
}
