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

# "that that", "had had" and "is is" are grammatical, and so is a particle before an infinitive
# or a noun ("referred to to the", "came in in force"); the rest are reduplications of speech.
rule "repeated_word" "punctuation.doubled-word" {
  category    = "punctuation"
  severity    = "warning"
  description = "a word written twice in a row"
  in          = ["body"]
  except      = ["that", "had", "is", "do", "her", "one", "very", "so", "no", "ha", "bye", "now", "well", "there", "nous", "vous", "tut", "tsk", "pooh", "hush", "chop", "bla", "blah", "pom"]
  allow_after = {
    at   = ["arrived", "aimed", "looked", "hinted", "laughed", "directed", "arrive", "arriving"]
    will = ["good", "ill", "free"]
    to   = ["referred", "alluded", "adverted", "attended", "objected", "consented", "acceded", "agreed", "subscribed", "listened", "looked", "resorted", "addressed", "sent", "transmitted", "forwarded", "submitted", "given", "shown", "promised", "granted"]
    in   = ["come", "came", "comes", "give", "gave", "given", "fill", "filled", "hand", "handed", "take", "took", "taken", "put", "call", "called", "brought", "sent", "turned", "set", "let", "joined", "passed", "gone", "went", "cut", "kept", "sworn", "written", "wrote", "engaged", "interested", "indulged", "included", "involved", "believed", "concerned"]
    on   = ["go", "went", "gone", "carry", "carried", "come", "came", "called", "put", "take", "took", "taken", "held", "passed", "insisted", "depend", "depended", "depends", "relied", "based", "turned", "looked", "agreed", "reflected", "acted", "commented", "remarked", "touched", "later"]
    up   = ["give", "gave", "given", "take", "took", "taken", "made", "set", "called", "brought", "drawn", "drew", "summed", "followed"]
    out  = ["carry", "carried", "point", "pointed", "made", "found", "set", "sent", "brought", "worked", "spelled", "singled", "left"]
    off  = ["cut", "broke", "broken", "called", "put", "set", "turned", "paid", "sent", "laid"]
    by   = ["stood", "passed", "go", "went", "come", "came", "put"]
    down = ["put", "laid", "broke", "broken", "set", "turned", "handed", "written", "cut", "closed", "shut", "voted"]
    over = ["handed", "taken", "took", "turned", "made", "gone", "went", "passed", "carried", "brought", "got", "looked", "thought", "talked", "won"]
  }
  message     = "\"${word}\" is written twice"
}

rule "double_space" "punctuation.double-space" {
  category    = "punctuation"
  severity    = "notice"
  description = "two spaces between words"
  in          = ["paragraph", "quote", "item", "note", "heading", "dateline", "closer", "signed", "opener", "line"]
  safe_fix    = true
}
