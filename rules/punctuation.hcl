# Punctuation: marks that open and never close, words written twice, stray spaces. These rules
# read the body: citation fields have brackets of their own, which the citation rules check.

rule "balance" "punctuation.unbalanced-bracket" {
  category    = "punctuation"
  severity    = "warning"
  description = "a bracket that is never closed, or closes nothing"
  brackets    = ["()", "[]"]
}

rule "balance" "punctuation.unbalanced-quote" {
  category    = "punctuation"
  severity    = "warning"
  description = "a quotation mark that is never closed, or closes nothing"
  quotes      = ["“”", "„“", "«»", "\"\""]
}

# "that that", "had had" and "is is" are grammatical; the rest are reduplications of speech.
rule "repeated_word" "punctuation.doubled-word" {
  category    = "punctuation"
  severity    = "warning"
  description = "a word written twice in a row"
  in          = ["body"]
  except      = ["that", "had", "is", "do", "very", "so", "no", "ha", "bye", "now", "well", "there", "nous", "vous", "tut", "tsk", "pooh", "hush", "chop", "bla", "blah", "pom"]
  message     = "\"${word}\" is written twice"
}

rule "double_space" "punctuation.double-space" {
  category    = "punctuation"
  severity    = "notice"
  description = "two spaces between words"
  in          = ["paragraph", "quote", "item", "note", "heading", "dateline", "closer", "signed", "opener", "line"]
  safe_fix    = true
}
