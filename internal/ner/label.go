package ner

import "github.com/newsextract/newsextract/internal/perceptron"

// Label is the type of a mention.
type Label uint8

// The mention types. Misc covers other names (nationalities such as "Ukrainian", events,
// products, works); callers that want only people, organizations and places drop it.
const (
	None Label = iota
	Person
	Org
	Place
	Misc
)

var labelNames = [...]string{"None", "Person", "Org", "Place", "Misc"}

// String returns the label's name, e.g. "Person".
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "Label(?)"
}

// Mention is a name found in a document: bytes Src[Start:End], tokens [First, Last). Label
// comes last, beside Score, so that a Mention takes 40 bytes (a long document has millions).
type Mention struct {
	Start, End  int
	First, Last int
	// Score is a rough confidence in (0, 1]: the lowest margin-based probability of the
	// tags that make up the mention.
	Score float32
	Label Label
}

// Tags: 0 is O, then for each type (Person..Misc) the four BILOU tags.
const (
	nTypes  = 4
	nLabels = 1 + 4*nTypes
)

// scheme is the BILOU tag set for the shared decoder.
var scheme = perceptron.NewScheme(nLabels, validPair, validLast)

// validPair reports whether tag t may follow prev in a BILOU sequence: after B or I of a
// type only I or L of that type, elsewhere (after O, L, U or at a sentence start) no I or L.
func validPair(prev, t int) bool {
	if prev != nLabels && prev != 0 && (tagPos(prev) == posB || tagPos(prev) == posI) {
		return t != 0 && tagType(t) == tagType(prev) && (tagPos(t) == posI || tagPos(t) == posL)
	}
	return t == 0 || tagPos(t) == posB || tagPos(t) == posU
}

// validLast reports whether a sentence may end in tag t (no open mention).
func validLast(t int) bool { return t == 0 || tagPos(t) == posL || tagPos(t) == posU }

const (
	posB = iota
	posI
	posL
	posU
)

// tagOf returns the tag index for type l (Person..Misc) at BILOU position pos.
func tagOf(l Label, pos int) int { return 1 + int(l-1)*4 + pos }

// tagType returns the mention type of tag t, None for O.
func tagType(t int) Label {
	if t <= 0 {
		return None
	}
	return Label((t-1)/4 + 1)
}

// tagPos returns the BILOU position of tag t (not meaningful for O).
func tagPos(t int) int { return (t - 1) % 4 }
