package eval

// PRF holds counts and precision/recall/F1. P, R and F1 are nil when there is
// neither gold nor prediction (score.py's None); with no predictions P is 0.
type PRF struct {
	TP int      `json:"tp"`
	FP int      `json:"fp"`
	FN int      `json:"fn"`
	P  *float64 `json:"p"`
	R  *float64 `json:"r"`
	F1 *float64 `json:"f1"`
}

// DateReport is the DATE layer: exact and relaxed (one-to-one overlap) span
// scores, value F1 (overlap and the same value) and value accuracy over the
// relaxed pairs.
type DateReport struct {
	Docs          int      `json:"docs"`
	Exact         PRF      `json:"exact"`
	Relaxed       PRF      `json:"relaxed"`
	Value         PRF      `json:"value"`
	ValueAccuracy *float64 `json:"value_accuracy"`
	ValuePairs    int      `json:"value_pairs"`
}

// SpeakerAcc is speaker accuracy over the matched quotes of one kind.
type SpeakerAcc struct {
	N       int      `json:"n"`
	Correct int      `json:"correct"`
	Acc     *float64 `json:"acc"`
}

// SpeakerBreakdown splits speaker accuracy by whether the gold speaker is a
// bare pronoun ("he said") or a name or description.
type SpeakerBreakdown struct {
	Pronoun SpeakerAcc `json:"pronoun"`
	Other   SpeakerAcc `json:"other"`
}

// QuoteReport is the QUOTE layer: overlap matching, exact spans, attribution
// (matched and speaker right) and speaker accuracy over matched quotes.
type QuoteReport struct {
	Docs            int              `json:"docs"`
	Overlap         PRF              `json:"overlap"`
	Exact           PRF              `json:"exact"`
	Attribution     PRF              `json:"attribution"`
	Matched         int              `json:"matched"`
	SpeakerAccuracy *float64         `json:"speaker_accuracy"`
	BySpeaker       SpeakerBreakdown `json:"speaker_accuracy_by_gold_speaker"`
}

// KindRecall is the recall of the gold attributions of one kind.
type KindRecall struct {
	N      int      `json:"n"`
	Recall *float64 `json:"recall"`
}

// CoverReport is the ATTRIBUTION layer at one overlap threshold: matching
// P/R/F1, speaker and cue accuracy over the matches, attribution F1 (matched
// and speaker right) and recall per gold kind.
type CoverReport struct {
	PRF
	SpeakerAccuracy *float64              `json:"speaker_accuracy"`
	CueAccuracy     *float64              `json:"cue_accuracy"`
	Attribution     PRF                   `json:"attribution"`
	RecallByKind    map[string]KindRecall `json:"recall_by_kind"`
}

// AttributionReport is the ATTRIBUTION layer at overlap > 0.3 (Cover3, the
// main figure) and > 0.8 (Cover8).
type AttributionReport struct {
	Docs   int         `json:"docs"`
	Cover3 CoverReport `json:"cover3"`
	Cover8 CoverReport `json:"cover8"`
}

// Report is the outcome of Score. Its JSON form has the same shape and keys
// as the object printed by `score.py --json`. Entities has keys PERSON, ORG,
// PLACE (those that are a layer of some gold doc) and "micro"; Dates and
// Quotes are nil when no gold doc has that layer.
type Report struct {
	Docs                  int            `json:"docs"`
	DocsWithoutPrediction int            `json:"docs_without_prediction"`
	Entities              map[string]PRF `json:"entities"`
	Dates                 *DateReport    `json:"dates"`
	Quotes                *QuoteReport   `json:"quotes"`
	// Attributions is nil, and absent from the JSON, when no gold doc has
	// the ATTRIBUTION layer (as in score.py).
	Attributions *AttributionReport `json:"attributions,omitempty"`
	Summary      string             `json:"summary"`
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	x := float64(a) / float64(b)
	return &x
}

// newPRF mirrors score.py's prf: same operations in the same order, so the
// floats are bit-identical.
func newPRF(tp, fp, fn int) PRF {
	m := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp+fn == 0 {
		return m
	}
	var p, r, f float64
	if tp+fp != 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn != 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	m.P, m.R, m.F1 = &p, &r, &f
	return m
}
