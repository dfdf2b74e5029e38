package attrib

import (
	"sort"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/quote"
)

// CueClass is the public quote.CueClass: speech, writing, thought or evidence.
type CueClass = quote.CueClass

const (
	Speech   = quote.Speech
	Writing  = quote.Writing
	Thought  = quote.Thought
	Evidence = quote.Evidence
)

// writingLemmas are cues of written words ("wrote", "tweeted", "the newspaper reported").
var writingLemmas = text.WordSet(`write wrote written writes writing tweet tweeted tweets tweeting post posted
posts posting publish published publishes report reported reports reporting blog blogged email emailed
e-mailed text texted sign signed`)

// writingNouns after a cue or inside it make it writing: "said in a statement", "according to
// a letter".
var writingNouns = text.WordSet(`statement statements letter letters email emails e-mail tweet tweets post posts
op-ed column memo memos filing filings release editorial essay article articles blog message messages
document documents book books report reports transcript affidavit complaint lawsuit brief`)

// thoughtLemmas are cues of belief, feeling and stance ("believes", "fears", "supports").
var thoughtLemmas = text.WordSet(`believe believes believed believing think thinks thought thinking expect
expects expected expecting fear fears feared fearing hope hopes hoped hoping want wants wanted wanting
feel feels felt feeling know knows knew known worry worries worried worrying doubt doubts doubted
suspect suspects suspected assume assumes assumed consider considers considered wish wishes wished
prefer prefers preferred support supports supported supporting oppose opposes opposed opposing favor
favors favored favour favours favoured like likes liked love loves loved hate hates hated convinced
confident concerned afraid sure skeptical sceptical see sees saw view views viewed regard regards
regarded imagine imagines imagined trust trusts trusted`)

// evidenceVerbs are cues of evidence when the source is no person: "polls show", "records
// indicate", "a study found".
var evidenceVerbs = text.WordSet(`show shows showed shown showing indicate indicates indicated indicating
suggest suggests suggested suggesting find finds found finding reveal reveals revealed revealing
estimate estimates estimated project projects projected put puts according confirm confirms confirmed
demonstrate demonstrates demonstrated point points pointed`)

// evidenceNouns head sources that are evidence rather than people.
var evidenceNouns = text.WordSet(`poll polls polling survey surveys data study studies research records record
documents figures statistics analysis analyses numbers results census tally count estimates evidence
filings models model forecast forecasts projections exit photos photographs pictures images footage video videos
recordings`)

// cueClass classifies the cue at bytes [cs, ce) with the source at bytes [ss, se) (-1 when
// absent). Without a cue it is speech.
func (f *finder) cueClass(cs, ce, ss, se int) CueClass {
	a, b := f.tokenSpan(cs, ce)
	if a >= b {
		return Speech
	}
	// a writing noun in the cue or just after it: "said in a statement", "wrote in an op-ed"
	for i := a; i < b+4 && i < len(f.toks); i++ {
		if f.in(writingNouns, i) {
			return Writing
		}
		if i >= b && f.punct(i, ", . ; : “ ”") {
			break
		}
	}
	sa, sb := f.tokenSpan(ss, se)
	evidenceSource := false
	for i := sa; i < sb; i++ {
		if f.in(evidenceNouns, i) {
			evidenceSource = true
		}
		if f.in(writingNouns, i) && f.in(evidenceVerbs, b-1) {
			return Writing // "according to a statement", "the letter suggested"
		}
	}
	for i := a; i < b; i++ {
		switch {
		case f.in(writingLemmas, i):
			return Writing
		case f.in(thoughtLemmas, i):
			return Thought
		}
	}
	if evidenceSource {
		for i := a; i < b; i++ {
			if f.in(evidenceVerbs, i) {
				return Evidence
			}
		}
	}
	return Speech
}

// tokenSpan returns the tokens [a, b) that overlap bytes [s, e); a == b when none.
func (f *finder) tokenSpan(s, e int) (int, int) {
	if s < 0 || e <= s {
		return 0, 0
	}
	a := sort.Search(len(f.toks), func(j int) bool { return int(f.toks[j].End) > s })
	b := a
	for b < len(f.toks) && int(f.toks[b].Start) < e {
		b++
	}
	return a, b
}

// setCueClasses sets the cue class of every reported record (quoteAt sets a quotation's).
func (f *finder) setCueClasses(rs []Reported) {
	for i := range rs {
		r := &rs[i]
		r.CueClass = f.cueClass(r.CueStart, r.CueEnd, r.SpeakerStart, r.SpeakerEnd)
		if r.CueClass == Speech && f.actCue(r) {
			r.CueClass = Thought
		}
	}
}

// stanceActs are verbs of the lexicon that, with a noun phrase, take a stance rather than
// report words: "praised the vote", "criticized the plan".
var stanceActs = text.WordSet(`praise praised praises praising criticize criticized criticizes criticizing criticise
criticised condemn condemned condemns condemning hail hailed hails blame blamed blames blaming slam slammed
slams seek seeks seeking sought agree agrees agreed`)

// actCue reports whether a reported record's cue holds words but no verb of the lexicon,
// and its content no quotation: a stance or an act the tagger learned from PolNeAR
// ("endorsed the mayor", "ordered the firm to pay"), which says nobody said anything.
func (f *finder) actCue(r *Reported) bool {
	a, b := f.tokenSpan(r.CueStart, r.CueEnd)
	if a >= b {
		return false
	}
	if f.lexicalCue(tspan{a, b}) {
		// "praised the vote", "condemned the attack": a verb of stance with a noun phrase
		// and no quotation says nobody said anything either
		s, e := f.tokenSpan(r.Start, r.End)
		return f.in(stanceActs, b-1) && s < e && !f.in(clauseOpeners, s) && !f.quotedAny(tspan{s, e})
	}
	word := false
	for i := a; i < b; i++ {
		word = word || f.toks[i].Kind == text.Word
	}
	s, e := f.tokenSpan(r.Start, r.End)
	return word && (s >= e || !f.quotedAny(tspan{s, e}))
}
