package attrib

import (
	"sort"

	"github.com/newsextract/newsextract/internal/text"
)

// innerThoughtVerbs are finite verbs of belief and feeling that take a clause: "because [they]
// felt [the FBI was not forthcoming]".
var innerThoughtVerbs = text.WordSet(`believe believes believed think thinks fear fears feared hope hopes
hoped feel feels felt know knows knew worry worries worried suspect suspects suspected expect
expects expected`)

// innerOpeners open a clause (a comma too) whose subject can report or think on its own:
// "called the hearing [because] they felt …", "[when] the state stated that …".
var innerOpeners = text.WordSet(`and but because when while how why which who as if though although since so
after before unless where whether`)

// innerAttributions adds the attributions nested in the contents of rs. The tagger gives each
// word one role, so where a content holds a subordinate clause whose subject reports or
// thinks ("Republicans called the hearing [because they felt the FBI was not forthcoming]",
// "[the 2000 election, when the state stated that 12,000 voters were ex-cons]"), it marks the
// outer content only. That clause is an attribution of its own: its subject the source, its
// finite reporting or thought verb the cue, the clause the verb takes (opened by "that", or a
// subject and verb) its content, to the end of the verb's sentence inside the outer content.
// The outer record stays. A verb right after the outer content's start ("said [she thinks
// …]") is left alone: it is mostly the speaker's own hedge.
func (f *finder) innerAttributions(rs []Reported) []Reported {
	n := len(rs)
	for i := 0; i < n; i++ {
		s, e := f.tokenSpan(rs[i].Start, rs[i].End)
		for k := s + 2; k+2 < e; k++ {
			if !f.innerCue(k) || f.passive(k) || !f.clauseAfter(k+1, e) {
				continue
			}
			sub := f.npLeft(k-1, s, false)
			if sub.kind != npName && sub.kind != npPronoun && sub.kind != npNominal || sub.s <= s+1 || sub.e > k || !f.in(innerOpeners, sub.s-1) && !f.punct(sub.s-1, ", ;") {
				continue
			}
			end := min(e, f.sentEnd(k))
			for end > k+1 && f.toks[end-1].Kind == text.Punct {
				end--
			}
			c := tspan{k + 1, end}
			if f.words(c, 2) < 2 || f.mostlyQuoted(c) || f.cueTaken(rs, k) {
				continue
			}
			name, ent := f.resolveSpan(sub.s, sub.e)
			rs = append(rs, Reported{
				Start: int(f.toks[c.s].Start), End: int(f.toks[c.e-1].End),
				SpeakerStart: int(f.toks[sub.s].Start), SpeakerEnd: int(f.toks[sub.e-1].End),
				Speaker: name, Entity: ent, CueStart: int(f.toks[k].Start), CueEnd: int(f.toks[k].End), Rule: rs[i].Rule,
			})
			k = end // one nested attribution per sentence of the content
		}
	}
	if len(rs) > n {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	}
	return rs
}

// innerCue reports whether token k is a finite reporting verb that needs no object to report
// ("stated", not "called"), or a finite verb of thought, in lower case outside quotation
// marks.
func (f *finder) innerCue(k int) bool {
	if !f.isLowerWord(k) || f.quoted(k) != 0 {
		return false
	}
	if ci, ok := f.cue(k); ok {
		return ci.form == cueFinite && !ci.weak
	}
	return innerThoughtVerbs[string(f.lower(k))]
}

// clauseAfter reports whether a clause starts at token i (before hi): "that", "whether",
// "if", or a subject and its verb ("felt [the FBI was] …", "say [it would] …"), not an object
// ("assert [his rights] in court").
func (f *finder) clauseAfter(i, hi int) bool {
	if f.is(i, "that") || f.is(i, "whether") || f.is(i, "if") {
		return true
	}
	n := f.npRight(i, hi)
	if n.kind == npNone || n.e >= hi {
		return false
	}
	return f.in(auxiliaries, n.e) || f.in(modalVerbs, n.e) || f.isLowerWord(n.e) && f.verbLike(n.e) && !f.in(nameStops, n.e)
}

// cueTaken reports whether a record of rs already has token k in its cue.
func (f *finder) cueTaken(rs []Reported, k int) bool {
	b := f.toks[k].Start
	for _, r := range rs {
		if r.CueStart >= 0 && r.CueStart <= int(b) && int(b) < r.CueEnd {
			return true
		}
	}
	return false
}
