// Package spacing finds missing spaces in rendered transcription text: two words run together
// ("letteris", "Sovietauthorities", "theAnna") and no space after sentence or clause
// punctuation ("draft.But", "Moscow,and"). Find weighs splits by word probabilities from the
// lexicon package and stays quiet on names, foreign passages, abbreviations, numbers and
// addresses; a Vocabulary adds project word lists and what the whole corpus says.
package spacing
