// Package eval scores predictions against gold in the project's common JSONL
// format (shared/eval/FORMAT.md). It is a Go port of shared/eval/score.py so
// that tests and commands can score in process, without Python; score.py
// remains the arbiter, and the package's tests check that both agree on every
// number.
//
// Scoring covers three layers: entities (PERSON, ORG, PLACE: exact span and
// type after stripping a leading "the "), dates (DATE and TIME: exact and
// relaxed spans, normalized TimeML values) and quotes (overlap of at least
// half the longer span, speaker accuracy and attribution F1). Offsets are
// byte offsets into the UTF-8 text.
package eval
