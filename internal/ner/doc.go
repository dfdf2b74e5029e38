// Package ner finds the names of people, organizations and places in English news text.
//
// It is a greedy left-to-right sequence tagger: an averaged perceptron over BILOU tags
// (Begin, Inside, Last, Unit, Outside for PERSON, ORG, PLACE and MISC) with hashed
// features of the word, its shape, affixes and neighbours, how the word is usually cased
// (so an ALL-CAPS or Title-Case headline does not turn every word into a name), whether the
// same word is capitalized elsewhere in the document, gazetteer membership and the tags the
// tagger already gave the same word earlier in the document. A pass over the finished
// mentions keeps one document consistent (a surname after the full name, a lone dissenting
// type, country names the model missed, organizations CoNLL calls places such as "Kremlin").
// The model is trained by the command in ./train on CoNLL-2003 English (plus Title-Case
// copies of its ALL-CAPS headlines) and ships embedded in the binary; it is loaded once,
// lazily. The code for a second, stacked stage (stage2.go) is kept but off: it measured
// worse on CoNLL dev.
//
// Tagging allocates nothing per token: feature parts are hashed with a 64-bit mixer and
// looked up in an open-addressing table of uint64 keys with sparse, int16-quantized
// weight rows.
package ner
