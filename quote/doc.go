// Package quote holds the types for direct quotations and who said them: the words between the
// quotation marks as a byte span, the reporting verb (the cue), the mention the attribution rests
// on ("He" in "He claimed") and the entity that mention resolves to.
//
// The package only describes results; package extract finds them.
package quote
