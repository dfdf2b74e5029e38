// Package ner finds the names of people, organizations and places in English news text.
//
// It is a sequence tagger over BILOU tags (Begin, Inside, Last, Unit, Outside for PERSON,
// ORG, PLACE and MISC): a structured averaged perceptron decoded per sentence with the
// Viterbi algorithm over valid tag sequences. Unary features of the word, its shape,
// affixes and neighbours, how the word is usually cased
// (so an ALL-CAPS or Title-Case headline does not turn every word into a name), whether the
// same word is capitalized elsewhere in the document, gazetteer membership and the tags the
// tagger gave the same word in earlier sentences score each tag; pair features (the word,
// its shape, the next word's earlier tag) score each (previous tag, tag) transition with a
// single lookup, so exact decoding costs little more than greedy decoding (which commits to
// a type too early: a greedy tagger constrained to valid sequences measured 3 points worse). A pass over the finished
// mentions keeps one document consistent (a surname after the full name, a lone dissenting
// type, country names the model missed, organizations CoNLL calls places such as "Kremlin").
// The model is trained by the command in ./train on CoNLL-2003 English (plus Title-Case
// copies of its ALL-CAPS headlines) and ships embedded in the binary; it is loaded once,
// lazily. The shipped weights are the mean of two perceptrons trained on different example
// orders (single runs differ by about half a point of F1). A stacked second stage was tried
// and measured worse; it is gone (see the git history).
//
// Tagging allocates nothing per token: feature parts are hashed with a 64-bit mixer and
// looked up in an open-addressing table of uint64 keys with sparse, int16-quantized
// weight rows.
package ner
