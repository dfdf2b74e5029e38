package eval

import (
	"slices"
	"strings"
)

// attributionThresholds are score.py's ATTRIBUTION_THRESHOLDS: a gold stretch
// matches a prediction whose overlap is above this share of the longer span.
var attributionThresholds = [2]float64{0.3, 0.8}

// MaxCueBytes is score.py's MAX_CUE_BYTES: a longer predicted cue (and longer
// than the gold's) is no evidence.
const MaxCueBytes = 40

type attributionAcc struct {
	tp, fp, fn, speaker, cue int
	byKind                   map[string]*[2]int // n, found
}

// predictedAttributions is score.py's predicted_attributions: the record's
// own attributions when it gives them, else its attributed quotes that lie
// inside no reported record together with its reported records, in text
// order.
func predictedAttributions(p *Record) []Attribution {
	if p.Attributions != nil {
		return slices.Clone(p.Attributions)
	}
	out := slices.Clone(p.Reported)
	for _, q := range p.Quotes {
		if deref(q.Speaker) == "" && q.SpeakerStart == nil {
			continue
		}
		inside := false
		for _, r := range p.Reported {
			if r.Start <= q.Start && q.End <= r.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, Attribution{Start: q.Start, End: q.End, Speaker: q.Speaker,
				SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, CueStart: q.CueStart, CueEnd: q.CueEnd})
		}
	}
	slices.SortStableFunc(out, func(a, b Attribution) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return out
}

// isMark reports score.py's MARKS: TRIM and quotation marks.
func isMark(r rune) bool {
	return isTrim(r) || strings.ContainsRune("\"'“”‘’«»„‹›", r)
}

// bare is a span less surrounding white space, punctuation and quotation
// marks (the whole span when nothing would be left), so coverage compares
// words.
func bare(b string, sp span) span {
	if s, e := strip(b, sp, isMark); e > s {
		return span{s, e}
	}
	return sp
}

// scoreAttributions scores the ATTRIBUTION layer of one doc at each
// threshold: gold stretches in text order each take the unused prediction
// with the largest overlap share above the threshold (the first on ties).
func scoreAttributions(g, p *Record, docs *int, acc *[2]attributionAcc) {
	if !slices.Contains(g.Layers, "ATTRIBUTION") {
		return
	}
	*docs++
	pa := predictedAttributions(p)
	gb := make([]span, len(g.Attributions))
	for i, a := range g.Attributions {
		gb[i] = bare(g.Text, span{a.Start, a.End})
	}
	pb := make([]span, len(pa))
	for i, a := range pa {
		pb[i] = bare(g.Text, span{a.Start, a.End})
	}
	for ti, th := range attributionThresholds {
		a := &acc[ti]
		if a.byKind == nil {
			a.byKind = map[string]*[2]int{}
		}
		left := make([]int, len(pa))
		for i := range left {
			left[i] = i
		}
		for gi, gq := range g.Attributions {
			best, bestAt, bsc := -1, -1, 0.0
			for li, i := range left {
				sc := float64(overlap(gb[gi], pb[i])) / float64(max(gb[gi].e-gb[gi].s, pb[i].e-pb[i].s))
				if sc > th && sc > bsc {
					best, bestAt, bsc = i, li, sc
				}
			}
			k := a.byKind[gq.Kind]
			if k == nil {
				k = &[2]int{}
				a.byKind[gq.Kind] = k
			}
			k[0]++
			if best < 0 {
				a.fn++
				continue
			}
			left = slices.Delete(left, bestAt, bestAt+1)
			a.tp++
			k[1]++
			pq := pa[best]
			if speakerOK(gq.quote(), pq.quote()) {
				a.speaker++
			}
			if cueOK(gq, pq) {
				a.cue++
			}
		}
		a.fp += len(left)
	}
}

// cueOK reports whether the predicted cue span (at most MaxCueBytes, or the
// gold's length) overlaps the gold cue.
func cueOK(g, p Attribution) bool {
	if g.CueStart == nil || g.CueEnd == nil || p.CueStart == nil || p.CueEnd == nil || *p.CueStart < 0 {
		return false
	}
	gs, ge, ps, pe := *g.CueStart, *g.CueEnd, *p.CueStart, *p.CueEnd
	return overlap(span{gs, ge}, span{ps, pe}) > 0 && pe-ps <= max(MaxCueBytes, ge-gs)
}

// attributionReport turns the counts at one threshold into its report.
func attributionReport(a attributionAcc) CoverReport {
	c := CoverReport{
		PRF:             newPRF(a.tp, a.fp, a.fn),
		SpeakerAccuracy: ratio(a.speaker, a.tp),
		CueAccuracy:     ratio(a.cue, a.tp),
		Attribution:     newPRF(a.speaker, a.tp+a.fp-a.speaker, a.tp+a.fn-a.speaker),
		RecallByKind:    map[string]KindRecall{},
	}
	for k, v := range a.byKind {
		c.RecallByKind[k] = KindRecall{N: v[0], Recall: ratio(v[1], v[0])}
	}
	return c
}
