package eval

import "slices"

var (
	neTypes           = []string{"PERSON", "ORG", "PLACE"}
	dateTypes         = []string{"DATE", "TIME"}
	dontCareDateTypes = []string{"DURATION", "SET"}
)

type counts [3]int // tp, fp, fn

func (c *counts) add(tp, fp, fn int) { c[0] += tp; c[1] += fp; c[2] += fn }

type dateAcc struct {
	docs                          int
	exact, relaxed, value         counts
	valuePairs, valueEqualInPairs int
}

type quoteAcc struct {
	docs                        int
	overlap, exact, attribution counts
	matched, speakerCorrect     int
	pronoun, other              [2]int // n, correct
}

// Score compares predictions with gold the way score.py does. Records are
// matched by id: a gold doc without a prediction counts as an empty
// prediction, a prediction with an unknown id is ignored. Only the layers
// listed in each gold doc are scored. Spans are assumed valid (see Check).
func Score(gold, pred []Record) Report {
	preds := make(map[string]*Record, len(pred))
	for i := range pred {
		if _, dup := preds[pred[i].ID]; !dup {
			preds[pred[i].ID] = &pred[i]
		}
	}
	ents := map[string]*counts{}
	var dates dateAcc
	var quotes quoteAcc
	var attrDocs int
	var attrs [2]attributionAcc
	missing := 0
	for i := range gold {
		g := &gold[i]
		p, ok := preds[g.ID]
		if !ok {
			missing++
			p = &Record{ID: g.ID}
		}
		scoreEntities(g, p, ents)
		scoreDates(g, p, &dates)
		scoreQuotes(g, p, &quotes)
		scoreAttributions(g, p, &attrDocs, &attrs)
	}
	r := Report{Docs: len(gold), DocsWithoutPrediction: missing, Entities: map[string]PRF{}}
	var micro counts
	for _, t := range neTypes {
		if c, ok := ents[t]; ok {
			r.Entities[t] = newPRF(c[0], c[1], c[2])
			micro.add(c[0], c[1], c[2])
		}
	}
	if len(ents) > 0 {
		r.Entities["micro"] = newPRF(micro[0], micro[1], micro[2])
	}
	if dates.docs > 0 {
		r.Dates = &DateReport{
			Docs:          dates.docs,
			Exact:         newPRF(dates.exact[0], dates.exact[1], dates.exact[2]),
			Relaxed:       newPRF(dates.relaxed[0], dates.relaxed[1], dates.relaxed[2]),
			Value:         newPRF(dates.value[0], dates.value[1], dates.value[2]),
			ValueAccuracy: ratio(dates.valueEqualInPairs, dates.valuePairs),
			ValuePairs:    dates.valuePairs,
		}
	}
	if quotes.docs > 0 {
		q := quotes
		r.Quotes = &QuoteReport{
			Docs:            q.docs,
			Overlap:         newPRF(q.overlap[0], q.overlap[1], q.overlap[2]),
			Exact:           newPRF(q.exact[0], q.exact[1], q.exact[2]),
			Attribution:     newPRF(q.attribution[0], q.attribution[1], q.attribution[2]),
			Matched:         q.matched,
			SpeakerAccuracy: ratio(q.speakerCorrect, q.matched),
			BySpeaker: SpeakerBreakdown{
				Pronoun: SpeakerAcc{N: q.pronoun[0], Correct: q.pronoun[1], Acc: ratio(q.pronoun[1], q.pronoun[0])},
				Other:   SpeakerAcc{N: q.other[0], Correct: q.other[1], Acc: ratio(q.other[1], q.other[0])},
			},
		}
	}
	if attrDocs > 0 {
		r.Attributions = &AttributionReport{Docs: attrDocs, Cover3: attributionReport(attrs[0]), Cover8: attributionReport(attrs[1])}
	}
	r.Summary = summaryLine(&r)
	return r
}

type typedSpan struct {
	sp  span
	typ string
}

// scoreEntities counts exact span+type matches for the PERSON/ORG/PLACE
// layers of one doc. Spans are compared as sets after stripping a leading
// "the "; an unmatched prediction overlapping a gold MISC is ignored.
func scoreEntities(g, p *Record, acc map[string]*counts) {
	var layers []string
	for _, t := range neTypes {
		if slices.Contains(g.Layers, t) {
			layers = append(layers, t)
		}
	}
	if len(layers) == 0 {
		return
	}
	b := g.Text
	var misc []span
	gold, pred := map[typedSpan]bool{}, map[typedSpan]bool{}
	for _, e := range g.Entities {
		if e.Type == "MISC" {
			misc = append(misc, span{e.Start, e.End})
		}
		if slices.Contains(layers, e.Type) {
			gold[typedSpan{stripThe(b, e.Start, e.End), e.Type}] = true
		}
	}
	for _, e := range p.Entities {
		if slices.Contains(layers, e.Type) {
			pred[typedSpan{stripThe(b, e.Start, e.End), e.Type}] = true
		}
	}
	for _, t := range layers {
		c := acc[t]
		if c == nil {
			c = &counts{}
			acc[t] = c
		}
		tp, fp, fn := 0, 0, 0
		for x := range pred {
			if x.typ != t {
				continue
			}
			if gold[x] {
				tp++
				continue
			}
			inMisc := false
			for _, m := range misc {
				if overlap(x.sp, m) > 0 {
					inMisc = true
					break
				}
			}
			if !inMisc {
				fp++
			}
		}
		for x := range gold {
			if x.typ == t && !pred[x] {
				fn++
			}
		}
		c.add(tp, fp, fn)
	}
}

// scoreDates scores the DATE layer of one doc: gold and predicted DATE+TIME
// entities, exact and relaxed spans and values.
func scoreDates(g, p *Record, acc *dateAcc) {
	if !slices.Contains(g.Layers, "DATE") {
		return
	}
	acc.docs++
	b := g.Text
	wildcard := g.Published != nil && *g.Published != ""
	var gd, dontcare []span
	var gv []string
	for _, e := range g.Entities {
		switch {
		case slices.Contains(dateTypes, e.Type):
			gd = append(gd, span{e.Start, e.End})
			gv = append(gv, e.Value)
		case slices.Contains(dontCareDateTypes, e.Type):
			dontcare = append(dontcare, span{e.Start, e.End})
		}
	}
	var pd []span
	var pv []string
	for _, e := range p.Entities {
		if slices.Contains(dateTypes, e.Type) {
			pd = append(pd, span{e.Start, e.End})
			pv = append(pv, e.Value)
		}
	}
	relaxed := greedyMatch(gd, pd, func(gi, pi int) int { return overlap(gd[gi], pd[pi]) })
	matchedP := map[int]bool{}
	for _, m := range relaxed {
		matchedP[m[1]] = true
	}
	// Predictions that match no gold DATE/TIME but overlap a gold
	// DURATION/SET, or carry a value the gold does not annotate in this
	// document, are ignored.
	ignored := map[int]bool{}
	for pi, sp := range pd {
		if matchedP[pi] {
			continue
		}
		free := false
		for _, d := range dontcare {
			if overlap(sp, d) > 0 {
				free = true
				break
			}
		}
		if !free && pv[pi] != "" {
			nv, _ := normValue(pv[pi], true)
			free = slices.Contains(g.DontCareValues, nv)
		}
		if free {
			ignored[pi] = true
		}
	}
	nPred := len(pd) - len(ignored)
	goldSpans := map[span]bool{}
	for _, sp := range gd {
		goldSpans[dateSpan(b, sp)] = true
	}
	predSpans := map[span]bool{}
	for pi, sp := range pd {
		if !ignored[pi] {
			predSpans[dateSpan(b, sp)] = true
		}
	}
	exactTP := 0
	for sp := range predSpans {
		if goldSpans[sp] {
			exactTP++
		}
	}
	acc.exact.add(exactTP, nPred-exactTP, len(goldSpans)-exactTP)
	acc.relaxed.add(len(relaxed), nPred-len(relaxed), len(gd)-len(relaxed))
	acc.valuePairs += len(relaxed)
	for _, m := range relaxed {
		if valueOK(gv[m[0]], pv[m[1]], wildcard) {
			acc.valueEqualInPairs++
		}
	}
	vmatch := greedyMatch(gd, pd, func(gi, pi int) int {
		if valueOK(gv[gi], pv[pi], wildcard) {
			return overlap(gd[gi], pd[pi])
		}
		return 0
	})
	acc.value.add(len(vmatch), nPred-len(vmatch), len(gd)-len(vmatch))
}

// scoreQuotes scores the QUOTE layer of one doc. Predicted quotes with
// neither a speaker nor a speaker span are left out (no credit, no penalty).
func scoreQuotes(g, p *Record, acc *quoteAcc) {
	if !slices.Contains(g.Layers, "QUOTE") {
		return
	}
	acc.docs++
	b := g.Text
	gq := g.Quotes
	var pq []Quote
	for _, q := range p.Quotes {
		if deref(q.Speaker) != "" || q.SpeakerStart != nil {
			pq = append(pq, q)
		}
	}
	gs := make([]span, len(gq))
	for i, q := range gq {
		gs[i] = span{q.Start, q.End}
	}
	ps := make([]span, len(pq))
	for i, q := range pq {
		ps[i] = span{q.Start, q.End}
	}
	m := greedyMatch(gs, ps, func(gi, pi int) int {
		ov := overlap(gs[gi], ps[pi])
		longer := max(gs[gi].e-gs[gi].s, ps[pi].e-ps[pi].s)
		if 2*ov >= longer {
			return ov
		}
		return 0
	})
	goldT, predT := map[span]bool{}, map[span]bool{}
	for _, sp := range gs {
		goldT[trimmed(b, sp)] = true
	}
	for _, sp := range ps {
		predT[trimmed(b, sp)] = true
	}
	exact := 0
	for sp := range predT {
		if goldT[sp] {
			exact++
		}
	}
	ok := 0
	for _, x := range m {
		right := speakerOK(gq[x[0]], pq[x[1]])
		if right {
			ok++
		}
		k := &acc.other
		if isPronounSpeaker(gq[x[0]].Speaker) {
			k = &acc.pronoun
		}
		k[0]++
		if right {
			k[1]++
		}
	}
	acc.overlap.add(len(m), len(pq)-len(m), len(gq)-len(m))
	acc.exact.add(exact, len(pq)-exact, len(gq)-exact)
	acc.attribution.add(ok, len(pq)-ok, len(gq)-ok)
	acc.matched += len(m)
	acc.speakerCorrect += ok
}
