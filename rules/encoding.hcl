# Encoding damage: text decoded with the wrong character set, characters lost or invisible.

rule "mojibake" "encoding.mojibake" {
  category    = "encoding"
  severity    = "error"
  description = "UTF-8 text decoded as Windows-1252 or Latin-1"
  message     = "\"${match}\" is garbled by a wrong encoding (UTF-8 read as Windows-1252): \"${repaired}\""
}

# C0 and C1 control characters; tab, line feed and carriage return are layout.
rule "chars" "encoding.control-char" {
  category    = "encoding"
  severity    = "error"
  description = "a control character in the text"
  class       = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x{9F}]"
  fix         = ""
  message     = "control character ${codepoints} in the text"
}

rule "chars" "encoding.replacement-char" {
  category    = "encoding"
  severity    = "error"
  description = "U+FFFD: a character lost in a conversion"
  class       = "[\\x{FFFD}]"
  message     = "U+FFFD REPLACEMENT CHARACTER: a character was lost in a conversion"
}

# Invisible characters inside a word break search and copying. Joiners (U+200C, U+200D) are
# correct in Persian, Arabic and Indic text, so they are reported only between letters of
# scripts that never use them.
rule "chars" "encoding.zero-width" {
  category    = "encoding"
  severity    = "error"
  description = "an invisible character inside a word"
  class       = "[\\x{200B}\\x{2060}\\x{FEFF}]"
  between     = "[\\pL\\pN]"
  fix         = ""
  safe_fix    = true
  message     = "invisible ${names} (${codepoints}) inside a word"
}

rule "chars" "encoding.zero-width-joiner" {
  category    = "encoding"
  severity    = "error"
  description = "a zero-width joiner or non-joiner inside a Latin, Greek or Cyrillic word"
  class       = "[\\x{200C}\\x{200D}]"
  between     = "[\\p{Latin}\\p{Greek}\\p{Cyrillic}]"
  fix         = ""
  safe_fix    = true
  message     = "invisible ${names} (${codepoints}) inside a word"
}
