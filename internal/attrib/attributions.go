package attrib

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/quote"
)

// ruleModel names the reported records the attribution tagger found.
const ruleModel = quote.RuleModel

// tspan is a run of tokens [s, e) with one role.
type tspan struct{ s, e int }

// modelReported tags the document with the attribution model and returns the reported and
// mixed attributions it finds, in text order. Contents that are (almost) all quotation are
// left to Find: quotation marks are authoritative for direct speech.
func (f *finder) modelReported(m *attrModel) []Reported {
	if m == nil || len(m.cueWords) == 0 {
		return nil
	}
	sc := scratchPool.Get().(*tagScratch)
	pooled := len(f.toks) <= poolTokens
	if pooled {
		defer scratchPool.Put(sc)
	}
	// the features are computed a window at a time as the tagger needs them
	sc.feat, sc.off, sc.learned = sc.feat[:0], 0, m.learned
	f.tagBlocks(sc, m)
	tags := sc.tags
	if !pooled {
		*sc = tagScratch{} // a long document's features and decoder are let go before assembly
	}
	return f.innerAttributions(f.doubledRunOn(f.doubledWhole(f.splitCoordinated(f.splitParticiples(f.cutAtQuoteCue(f.assemble(tags)), m.learned)))))
}

// cutAtQuoteCue ends a content after a quotation that closes on a comma and is followed by a
// reporting verb: in "Milei, who has called Mercosur “a prison,” said Argentina wanted …" the
// verb after the quotation is the sentence subject's, not part of what the relative clause
// reports.
func (f *finder) cutAtQuoteCue(rs []Reported) []Reported {
	for i := range rs {
		r := &rs[i]
		if r.CueStart < 0 || r.CueEnd > r.Start {
			continue
		}
		s, e := f.tokenSpan(r.Start, r.End)
		for k := s + 2; k < e-1; k++ {
			if f.toks[k-1].Kind == text.Quote && f.punct(k-2, ",") && f.quoted(k-2) != 0 && f.quoted(k) == 0 && f.isLowerWord(k) && f.finiteCue(k) {
				r.End = int(f.toks[k-1].End)
				break
			}
		}
	}
	return rs
}

// splitParticiples ends a content before ", adding …" or ", saying …" that the tagger ran it
// over ("noted that Moscow had “heard …,” adding that this “aligns …”"): the participle of
// the lexicon is a cue of its own, with the same source, and what follows it its content.
// So is a finite verb of the lexicon, or a learned cue word, after "and".
func (f *finder) splitParticiples(rs []Reported, learned map[uint64]bool) []Reported {
	n := len(rs)
	for i := 0; i < n; i++ {
		r := rs[i]
		if r.CueStart < 0 || r.CueEnd > r.Start {
			continue
		}
		s, e := f.tokenSpan(r.Start, r.End)
		rel := false // a relative clause opened in the content: its verbs are not the speaker's
		for k := s + 2; k+2 < e; k++ {
			rel = rel || f.is(k-1, "who") || f.is(k-1, "which")
			if f.is(k-1, "and") && k-1 > s+1 && !rel && f.quoted(k) == 0 && f.quoted(k-1) == 0 && f.isLowerWord(k) && (f.finiteCue(k) || learned[perceptron.Hash(f.lower(k))]) {
				// "said [he would order a review] and warned [against hackers]": a second
				// verb of the same subject, with a content of its own
				next := r
				next.Start, next.CueStart, next.CueEnd = int(f.toks[k+1].Start), int(f.toks[k].Start), int(f.toks[k].End)
				rs[i].End = int(f.toks[k-2].End)
				if f.punct(k-2, ",") {
					rs[i].End = int(f.toks[k-3].End)
				}
				rs = append(rs, next)
				break
			}
			j := k - 1
			if f.toks[j].Kind == text.Quote {
				j--
			}
			if !f.punct(j, ",") || j <= s || f.quoted(k) != 0 || !f.isLowerWord(k) || !f.participle(tspan{k, k + 1}) {
				continue
			}
			next := r
			next.Start, next.CueStart, next.CueEnd = int(f.toks[k+1].Start), int(f.toks[k].Start), int(f.toks[k].End)
			rs[i].End = int(f.toks[j-1].End)
			if j+1 < k {
				rs[i].End = int(f.toks[j+1].End) // the closing mark stays with its quotation
			}
			rs = append(rs, next)
			break
		}
	}
	if len(rs) > n {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	}
	return rs
}

// coordinatedLinks join two clauses each with a subject of its own.
var coordinatedLinks = text.WordSet(`and but while whereas yet`)

// splitCoordinated ends a content that the tagger ran on over a comma, a conjunction and a
// clause whose subject reports, thinks or finds something of its own: in "Lee stressed [that
// the reforms were not complete], and rights groups warned [that …]" the second clause is
// the writer's report of another attribution, a record of its own with its own source.
func (f *finder) splitCoordinated(rs []Reported) []Reported {
	n := len(rs)
	for i := 0; i < n; i++ {
		r := rs[i]
		if r.CueStart < 0 || r.CueEnd > r.Start {
			continue
		}
		s, e := f.tokenSpan(r.Start, r.End)
		for k := s + 2; k+3 < e; k++ {
			if !f.punct(k, ",") || f.quoted(k) != 0 || !f.in(coordinatedLinks, k+1) {
				continue
			}
			// the subject: a few words up to the verb, none of them a verb
			v := k + 2
			for v < e && v < k+8 && f.toks[v].Kind == text.Word && !f.lexicalCue(tspan{v, v + 1}) && !f.in(auxiliaries, v) {
				v++
			}
			sub := tspan{k + 2, v}
			if v == k+2 || v+3 > e || f.toks[v].Kind != text.Word || f.quoted(v) != 0 || !f.isLowerWord(v) ||
				strings.HasSuffix(f.word(v), "ing") || !f.lexicalCue(tspan{v, v + 1}) || f.nounContext(v) || f.passive(v) || !f.speakerLike(sub) {
				continue
			}
			for j := sub.s; j < sub.e; j++ {
				if f.in(clauseOpeners, j) || f.in(subordinators, j) || len(f.word(j)) > 4 && strings.HasSuffix(f.word(j), "ing") {
					v = -1 // ", and when the firm said …", ", but having lost, …": no subject of a main clause
				}
			}
			if v < 0 {
				continue
			}
			rs[i].End = int(f.toks[k-1].End)
			next := Reported{Start: int(f.toks[v+1].Start), End: r.End}
			dup := false // the tagger may have given the second clause a record of its own
			for j := i + 1; j < n && rs[j].Start < next.End && !dup; j++ {
				dup = next.Start < rs[j].End // (the first n records are in text order)
			}
			if !dup && f.clauseOK(v+1, e) {
				name, ent := f.resolveSpan(sub.s, sub.e)
				next.SpeakerStart, next.SpeakerEnd, next.Speaker, next.Entity = int(f.toks[sub.s].Start), int(f.toks[sub.e-1].End), name, ent
				next.CueStart, next.CueEnd, next.Rule = int(f.toks[v].Start), int(f.toks[v].End), ruleModel
				rs = append(rs, next)
			}
			break
		}
	}
	if len(rs) > n {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	}
	return rs
}

// doubledWhole runs a content that opens with doubled apostrophes, before its cue, on to
// the closing pair: when the tagger stopped at a colon inside such a passage ("Their plan
// is clear: to win," Ms. Lee said, the marks doubled apostrophes), the whole passage is hers.
func (f *finder) doubledWhole(rs []Reported) []Reported {
	for i := range rs {
		r := &rs[i]
		a := f.tokenAt(r.Start)
		if r.CueStart < r.End || !f.doubledAt(a) && !f.doubledAt(a-2) {
			continue
		}
		cue := f.tokenAt(r.CueStart)
		for k := f.tokenAt(r.End); k+1 < cue && k < a+reach; k++ {
			if f.doubledAt(k) {
				if end := f.toks[k+1].End; int(end) > r.End && (i+1 >= len(rs) || rs[i+1].Start >= int(end)) {
					r.End = int(end)
				}
				break
			}
		}
	}
	return rs
}

// doubledRunOn adds the quotation in doubled apostrophes (two ' on each side, as the New
// York Times archive writes quotation marks) that follows an attributed one in the next
// sentence of its paragraph: in "[This is no reform,] said Ms. Lee. [It adds complexity.]",
// both marked so, the second passage is Lee's too. Find does not pair doubled apostrophes,
// so the reported records carry them.
func (f *finder) doubledRunOn(rs []Reported) []Reported {
	n := len(rs)
	for i := 0; i < n; i++ {
		a := f.tokenAt(rs[i].Start)
		if !f.doubledAt(a) && !f.doubledAt(f.tokenAt(rs[i].End)-2) || rs[i].CueStart < 0 {
			continue // a passage whose content opens or closes with doubled apostrophes
		}
		last := max(f.tokenAt(rs[i].End), f.tokenAt(rs[i].CueEnd), f.tokenAt(rs[i].SpeakerEnd))
		if last >= len(f.toks) {
			continue
		}
		b := f.blocks[f.blkOf[f.sentOf[last]]]
		j := f.sentEnd(last)
		if j+2 >= b.last || !f.doubledAt(j) {
			continue
		}
		for k := j + 2; k+1 < b.last && k < j+reach; k++ {
			if !f.doubledAt(k) || k+2 < b.last && f.toks[k+2].Kind == text.Word && f.toks[k+2].Start == f.toks[k+1].End {
				continue
			}
			start, end := int(f.toks[j].Start), int(f.toks[k+1].End)
			switch {
			case i+1 < n && rs[i+1].Start == start && rs[i+1].SpeakerStart == rs[i].SpeakerStart && outside(rs[i+1], end):
				rs[i+1].End = max(rs[i+1].End, end) // the tagger stopped inside the passage
			case i+1 >= n || rs[i+1].Start >= end || rs[i+1].Start > start && rs[i+1].End <= end:
				// (a record the tagger found inside the passage is an attribution nested in it)
				r := rs[i]
				r.Start, r.End = start, end
				rs = append(rs, r)
			}
			break
		}
	}
	if len(rs) > n {
		sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	}
	return rs
}

// outside reports whether record r's speaker mention and cue stay outside its content when
// the content runs on to byte end: a content never holds its own attribution.
func outside(r Reported, end int) bool {
	in := func(s, e int) bool { return s >= 0 && s < end && e > r.Start }
	return !in(r.SpeakerStart, r.SpeakerEnd) && !in(r.CueStart, r.CueEnd)
}

// doubledAt reports whether tokens i and i+1 are two apostrophes written together.
func (f *finder) doubledAt(i int) bool {
	return i >= 0 && i+1 < len(f.toks) && f.word(i) == "'" && f.word(i+1) == "'" && f.toks[i].End == f.toks[i+1].Start
}

// spansOf returns the source, cue and content spans of the tags of block b. The spans are
// counted first, so that each list is made once at its size: a long block has millions.
func spansOf(tags []uint8, first, last int) (spans [4][]tspan) {
	var n [4]int
	eachSpan(tags, first, last, func(role int, _ tspan) { n[role]++ })
	for r := range spans {
		if n[r] > 0 {
			spans[r] = make([]tspan, 0, n[r])
		}
	}
	eachSpan(tags, first, last, func(role int, sp tspan) { spans[role] = append(spans[role], sp) })
	return spans
}

// eachSpan calls f with each span of tokens [first, last) that tags give a role, and the role.
func eachSpan(tags []uint8, first, last int, f func(role int, sp tspan)) {
	open, role := -1, 0
	closeAt := func(e int) {
		if open >= 0 && role > 0 {
			f(role, tspan{open, e})
		}
		open, role = -1, 0
	}
	for i := first; i < last; i++ {
		t := int(tags[i])
		r := roleOf(t)
		if r != role || t%2 == 1 {
			closeAt(i)
			if r > 0 {
				open, role = i, r
			}
		}
	}
	closeAt(last)
}

func overlaps(a, b tspan) bool { return a.s < b.e && b.s < a.e }

// gap is the number of tokens between two spans (0 when they touch or overlap), with a
// penalty when they lie in different sentences.
func (f *finder) gap(a, b tspan) int {
	g := 0
	switch {
	case a.e <= b.s:
		g = b.s - a.e
	case b.e <= a.s:
		g = a.s - b.e
	}
	if f.sentOf[a.s] != f.sentOf[b.s] && f.sentOf[a.e-1] != f.sentOf[b.s] && f.sentOf[a.s] != f.sentOf[b.e-1] {
		g += 1000
	}
	return g
}

// nearest returns the span of list closest to x, ok false when list is empty.
func (f *finder) nearest(list []tspan, x tspan) (tspan, bool) {
	best, bg := tspan{}, -1
	for _, c := range list {
		if g := f.gap(c, x); bg < 0 || g < bg {
			best, bg = c, g
		}
	}
	return best, bg >= 0
}

// nearestCue is nearest for cues, preferring a span that holds a cue word of the lexicon
// ("According to", "said") over a nearer one that does not ("are desperately").
func (f *finder) nearestCue(list, contents []tspan, x tspan) (tspan, bool) {
	score := func(c tspan) int {
		g := f.gap(c, x)
		if !f.lexicalCue(c) {
			g += cuePenalty
		}
		if c.s >= x.e && opens(contents, c) {
			// "X is defending [his tweets], saying [it shows …]": a cue after the content
			// that opens a content of its own is that one's cue.
			g += 2 * cuePenalty
		}
		return g
	}
	// The cues are in text order and apart from x. A cue farther from x than the score of
	// the nearest cue on either side cannot score less, so only those nearer are scored (in a
	// block of one long line, scoring every cue for every content was quadratic).
	k := sort.Search(len(list), func(i int) bool { return list[i].s >= x.e })
	bound := math.MaxInt
	if k > 0 {
		bound = score(list[k-1])
	}
	if k < len(list) {
		bound = min(bound, score(list[k]))
	}
	lo, hi := k, k
	for lo > 0 && x.s-list[lo-1].e <= bound {
		lo--
	}
	for hi < len(list) && list[hi].s-x.e <= bound {
		hi++
	}
	best, bg := tspan{}, -1
	for _, c := range list[lo:hi] {
		if g := score(c); bg < 0 || g < bg {
			best, bg = c, g
		}
	}
	return best, bg >= 0
}

// subjectContents drops a content the tagger marked inside the subject of the cue right
// after it, and takes the subject for the source when the sentence has none: in "A
// spokesperson for Kirkland & Ellis, which has been in talks [about a tie-up], declined [to
// comment]" the talks are no one's words and the spokesperson declined. The content ends at
// the cue or a comma before it, no source lies between, and a content follows the cue.
func (f *finder) subjectContents(sp *[4][]tspan) {
	contents, cues := sp[3], sp[2]
	moved := false
	for i, c := range contents {
		j := sort.Search(len(cues), func(k int) bool { return cues[k].s >= c.e })
		if j == len(cues) {
			continue
		}
		q := cues[j]
		between := q.s - c.e
		if between > 1 || between == 1 && !f.punct(c.e, ",") || !opens(contents, q) || f.sentOf[q.s] != f.sentOf[c.s] {
			continue
		}
		st := f.sentStart(q.s)
		k := sort.Search(len(sp[1]), func(k int) bool { return sp[1][k].e > st })
		if k < len(sp[1]) && sp[1][k].s < q.s {
			continue // the sentence has its source
		}
		n := f.npLeft(q.s-1, st, true)
		if n.kind != npName && n.kind != npNominal || n.s > c.s {
			continue
		}
		sp[1] = slices.Insert(sp[1], k, tspan{n.s, n.e})
		contents[i] = tspan{} // dropped below
		moved = true
	}
	if moved {
		sp[3] = slices.DeleteFunc(contents, func(c tspan) bool { return c == tspan{} })
	}
}

// opens reports whether a content of the list (in text order) starts right after cue c (at
// most one token between, "saying that …").
func opens(contents []tspan, c tspan) bool {
	j := sort.Search(len(contents), func(i int) bool { return contents[i].s >= c.e })
	return j < len(contents) && contents[j].s <= c.e+1
}

// cuePenalty is how many tokens farther a cue of the lexicon may be than one outside it.
const cuePenalty = 8

// lexicalCue reports whether a span holds a reporting, thought or evidence verb, or
// "according".
func (f *finder) lexicalCue(c tspan) bool {
	for i := c.s; i < c.e; i++ {
		w := f.lower(i) // looked up as string(w) in place, which does not allocate
		if _, ok := cues[string(w)]; ok || thoughtLemmas[string(w)] || evidenceVerbs[string(w)] {
			return true
		}
	}
	return false
}

// mediumPrepositions open the phrase of where words were said: "in a post", "on television".
var mediumPrepositions = text.WordSet(`in on via through`)

// inMedium reports whether a source span is a noun after "and" or a comma, a preposition and
// an article, with lower-case words between: "…, and in a social media [post] accused".
func (f *finder) inMedium(src tspan) bool {
	if _, pron := f.pronoun(src.s); pron || src.e != src.s+1 {
		return false // "in a later interview he said": he is the subject
	}
	k := src.s - 1
	for k >= 0 && k > src.s-5 && f.isLowerWord(k) && !f.in(determiners, k) {
		k--
	}
	return k >= 2 && f.in(determiners, k) && f.in(mediumPrepositions, k-1) && f.isLowerWord(src.s) &&
		(f.is(k-2, "and") || f.punct(k-2, ","))
}

// beforeNoun are words after which a plural cue word is a noun: "weeks after reports of".
var beforeNoun = text.WordSet(`after amid despite following over of to against new more many such`)

// dropNonCues removes the cues that are no verbs of saying (noVerbOfSaying), and the contents
// that start right after them: their objects.
func (f *finder) dropNonCues(sp *[4][]tspan) {
	kept := sp[2][:0]
	for _, c := range sp[2] {
		if !f.noVerbOfSaying(c) {
			kept = append(kept, c)
			continue
		}
		sp[3] = slices.DeleteFunc(sp[3], func(x tspan) bool { return x.s == c.e })
	}
	sp[2] = kept
}

// noVerbOfSaying reports whether a cue the tagger marked is no verb of saying: a participle
// that modifies the noun after it, after a verb in the past ("has faced [repeated] protests"),
// a plural noun ("after [reports] of a plot", "…, [charges] it denies"), or claim before a
// possessive ("[to claim] his first victory").
func (f *finder) noVerbOfSaying(c tspan) bool {
	if !f.isLowerWord(c.s) {
		return false
	}
	w := f.word(c.s)
	if c.e <= c.s+2 && f.is(c.s+1, "of") && strings.HasSuffix(w, "s") && (f.nounContext(c.s) || f.in(beforeNoun, c.s-1)) {
		return true // "weeks after [reports of] a foiled coup plot": a noun, nobody's words
	}
	if ci, ok := f.cue(c.e - 1); ok && ci.lemma == "claim" && f.in(possessivePronouns, c.e) {
		return true // "[to claim] his first victory": taking, not saying
	}
	if c.e != c.s+1 {
		return false
	}
	if _, pron := f.pronoun(c.e); pron && strings.HasSuffix(w, "s") && f.punct(c.s-1, ",") && f.verbLike(c.e+1) {
		return true // "…, [charges] it denies": a noun in apposition
	}
	if strings.HasSuffix(w, "ed") && f.isLowerWord(c.s-1) && len(f.word(c.s-1)) > 3 && strings.HasSuffix(f.word(c.s-1), "ed") &&
		!f.in(auxiliaries, c.s-1) && f.isLowerWord(c.e) && !f.is(c.e, "that") {
		return true
	}
	return false
}

// assemble turns the tags into reported records.
func (f *finder) assemble(tags []uint8) []Reported {
	var out, extra []Reported
	lastEnd := -1
	var prev assembled
	for bi, bl := range f.blocks {
		if bl.last <= bl.first {
			continue
		}
		sp := spansOf(tags, bl.first, bl.last)
		f.dropNonCues(&sp)
		f.subjectContents(&sp)
		for _, c := range sp[3] {
			c = f.extendToSentenceEnd(c, bl, tags)
			c = f.ownSentenceCut(c, sp[2])
			c = f.snapToQuotes(c, bl)
			c = f.beforeQuotedSentence(c)
			for c.s < c.e && f.toks[c.s].Kind == text.Punct {
				c.s++
			}
			for c.e > c.s && f.toks[c.e-1].Kind == text.Punct && !f.punct(c.e-1, "%") {
				c.e-- // the full stop goes, "30%" keeps its sign
			}
			st := f.sentStartIn(c.s, bi)
			dl := f.pastDateline(st, f.sentEnd(st))
			c.s = max(c.s, dl) // "WASHINGTON (Reuters) — …": a dateline is nobody's words
			if c.e <= c.s || f.words(c, 2) < 2 && !f.oneWordObject(c, sp[2]) || int(f.toks[c.s].Start) < lastEnd || f.mostlyQuoted(c) {
				continue
			}
			c = f.closingPhrase(c, bl, sp)
			cue, hasCue := f.nearestCue(sp[2], sp[3], c)
			if hasCue && cue.s >= c.e && (f.sentOf[cue.s] != f.sentOf[c.e-1] && opens(sp[3], cue) || startsAt(sp[3], cue.e) && f.nounAppositionBefore(cue.s, c.e)) {
				// "Questions are mounting over why … . Lopez said [her office would review
				// …]": a cue in a later sentence with a content of its own is that one's; so
				// is a cue in a noun's relative clause right before its own content ("[The
				// department restricted sales], a move the company said [would cost …]")
				continue
			}
			ocue, osrc, outer := f.closingAttribution(c, bl, sp)
			if outer && f.is(ocue.s, "according") && hasCue && cue.e <= c.s && f.speechVerb(cue) && f.writingSource(osrc) {
				// "X said [Y], according to a statement": X spoke; the statement is where
				outer = false
			}
			if outer && hasCue && (cue.e <= c.s || cue == ocue) {
				// "[The service whisked her away], a source said": the attribution that
				// closes the sentence holds it all, the source and verb inside included.
				cue = ocue
				c.s = max(dl, prev.c.e)
				for c.s < c.e && f.toks[c.s].Kind == text.Punct {
					c.s++
				}
			}
			if !hasCue || cue.s >= c.e {
				c = f.extendToSentenceStart(c, max(bl.first, dl), tags)
			}
			if hasCue && cue.s >= c.e && f.is(cue.s, "according") {
				c.s = f.lastWhereClause(c)
			}
			anchor := c
			if hasCue {
				anchor = cue
			}
			src, ok := f.nearest(sp[1], anchor)
			if outer && cue == ocue {
				src = osrc
			}
			if !ok && hasCue && cue.e <= c.s && f.sentOf[cue.s] == f.sentOf[c.s] {
				// The tagger marked no source in the block: the subject before the cue is
				// the source ("McConnell came away convinced that …").
				if n := f.npLeft(cue.s-1, max(f.sentStart(cue.s), bl.first), true); (n.kind == npName || n.kind == npPronoun || n.kind == npNominal || n.kind == npRelative && f.relativeSource(tspan{n.s, n.e})) {
					src, ok = tspan{n.s, n.e}, true
				} else if sub, found := f.subjectSource(max(f.sentStart(cue.s), bl.first, dl), cue.s); found {
					// "He arrived in 1993 and promptly voted against [the bill]": the
					// subject of the sentence, a pronoun or a name, when no noun phrase
					// stands right before the cue
					src, ok = sub, true
				}
			}
			if ok && hasCue && cue.e <= c.s && src.e <= cue.s && f.sentOf[src.s] != f.sentOf[cue.s] && f.sentOf[cue.s] == f.sentOf[c.s] {
				// "Renee Hall said … . [Others at the hearing] backed [the plan]": a subject of
				// its own right before the cue outranks a source of an earlier sentence
				if n := f.npLeft(cue.s-1, max(f.sentStart(cue.s), bl.first), true); n.kind == npName || n.kind == npPronoun || n.kind == npNominal {
					src = tspan{n.s, n.e}
				}
			}
			if hasCue && cue.e <= c.s && f.is(cue.s-1, "and") && f.sentOf[cue.s] == f.sentOf[c.s] && (!ok || src.s >= c.e && f.sentOf[src.s] != f.sentOf[cue.s]) {
				// "Mwangi was released on Monday and told reporters [he had been beaten].
				// Police spokeswoman Muchiri Nyaga denied the claim.": a verb of speech that
				// opens a second verb phrase has the sentence's subject, a pronoun or a name,
				// not a source the tagger marked in a later sentence.
				if sub, found := f.subjectSource(max(f.sentStart(cue.s), bl.first), cue.s); found && f.speechVerb(cue) {
					src, ok = sub, true
				}
			}
			if ok && hasCue && src.e == cue.s && f.inMedium(src) {
				// "Isak …, and in a social media post accused [the club …]": the post is
				// where he said it; the sentence's subject said it
				if sub, found := f.subjectSource(max(f.sentStart(cue.s), bl.first, dl), src.s); found {
					src = sub
				}
			}
			if ok && hasCue {
				src = f.ownSentenceSource(src, cue, st)
				src = f.relativeHead(src, cue, st)
				src = f.quotedAsSaying(src, cue, st)
				src, cue, c = f.saysInRelative(src, cue, c)
				cue, c = f.afterObject(cue, c)
			}
			if ok && src.e <= dl && f.sentOf[src.s] == f.sentOf[st] {
				continue // "SPRINGFIELD, Ill. (AP) —": the dateline's agency is no source
			}
			if ok && src.s < dl && dl < src.e {
				src.s = dl // "NEW DELHI: Finance Minister Nirmala Sitharaman said": not the dateline
			}
			if hasCue && f.is(cue.s, "according") && cue.s == max(st, dl) {
				if asrc, acue, k, ok2 := f.openingAccording(cue.s, c); ok2 {
					// "[According to a statement from the police union], officers will
					// lose 300 positions": the opening names the source; the clause after
					// its comma is the content; a source the tagger found elsewhere yields
					if !ok || src.s < acue.e || src.e > k {
						src, ok = asrc, true
					}
					cue = acue
					c.s = max(c.s, k+1)
				}
			}
			if hasCue && !f.speechVerb(cue) {
				if asrc, acue, k, ok2 := f.openingAccording(st, c); ok2 && cue.s > k {
					// "According to police, officers saw [Scott get out …]": a verb of
					// thought or perception, or a word outside the lexicon, inside the
					// sentence yields to the attribution that opens it, which holds the
					// clause whole (a verb of speech keeps its own: "According to the paper,
					// Lee said …").
					src, cue, ok = asrc, acue, true
					c.s = k + 1
				}
			}
			if lsrc, lcue, label := f.colonLabel(st, c); label && (!ok || !hasCue || src.s <= lcue.s || cue.s <= lcue.s || headlineWords(f.d, lcue.e, c.e)) {
				// "Rania Salib: Food Bank Ran Out of Rice": the name before the colon speaks,
				// over a headline's own subject and verb ("Dana Whitfield: Drivers Say …"),
				// but not over a sentence's ("Méndez: Critics say the deal …": the critics)
				src, cue, hasCue, ok = lsrc, lcue, true, true
			} else if hasCue && ok && f.participle(cue) && (f.punct(cue.s-1, ",") || f.in(participleLinks, cue.s-1)) {
				// "X responded to a reporter by saying …": the participle's subject is the
				// main clause's: the last record's source in the sentence, else the
				// sentence's subject, else its first source
				if len(out) > 0 && prev.src.e > 0 && f.sentOf[prev.src.s] == f.sentOf[cue.s] {
					src = prev.src
				} else if sub, found := f.subjectSource(max(st, dl), cue.s); found {
					src = sub // "Google on Tuesday released Gemini 3, saying …"
				} else if n := f.sentenceSubject(max(st, dl), cue.s); n.e > n.s && f.in(peopleQuantifiers, n.s) {
					src = tspan{n.s, n.e} // "Others at the hearing backed the plan, saying …"
				} else {
					src = f.firstSource(sp[1], dl, cue)
				}
			}
			if n := len(out); n > 0 && hasCue && cue.e <= c.s && f.modifier(cue, src) && prev.c.e == cue.s {
				// "satisfied with [recent statements suggesting] Ukraine will not join": a
				// participle right after the last content's noun modifies it; the content
				// runs on over it.
				out[n-1].End = int(f.toks[c.e-1].End)
				prev.c.e = c.e
				lastEnd = out[n-1].End
				continue
			}
			if hasCue && c.e <= cue.s && f.askedClause(c) {
				continue // "Asked about his future team, Sinner said he …": the question, no content
			}
			if hasCue && cue.e <= c.s && f.clauseAfterCue(cue.e, c.s) {
				continue // "officials said, as mediators pushed for [a deal]": the writer's clause
			}
			if hasCue && c.e <= cue.s && f.participle(cue) && f.punct(cue.s-1, ",") {
				continue // "released Gemini 3, [the latest version of its model], saying …": a participle reports what follows it
			}
			if !ok || !f.speakerLike(src) && !f.relativeSource(src) || hasCue && (f.badCue(cue) || overlaps(cue, c) || f.stance(cue, c) || f.adjunct(cue, c) || f.reducedRelative(cue, src) || f.midSentenceAfter(cue, c) || f.thingBeforeParticiple(cue, src) || f.relativeThat(cue, c)) || overlaps(src, c) {
				continue
			}
			src = f.trimSource(src, anchor)
			if hasCue {
				src = f.setOffAgent(f.pastRelative(src, cue), cue)
				if src.s > c.e && c.s >= cue.e && f.is(src.s-1, "by") && src.s-2 > cue.e && f.verbLike(src.s-2) {
					// "Duterte questioned [the legality of his arrest] in a video posted by his
					// daughter": the agent of a participle after the content did not say it;
					// the sentence's subject did
					if sub := f.sentenceSubject(max(st, dl), cue.s); sub.kind == npName && sub.e <= cue.s {
						src = tspan{sub.s, sub.e}
					}
				}
			}
			if hasCue && cue.e <= c.s {
				c = f.subordinateCut(st, cue, c)
				c = f.relativeCut(src, c)
				c = f.concessionCut(c)
				c = f.objectCut(c)
				if f.words(c, 2) < 2 && f.in(timeWords, c.s) {
					continue // "said [Friday] as he entered the talks": no words left of his
				}
			}
			if n := len(out); n > 0 && hasCue && prev.c.e == cue.s && cue.e <= c.s && c.s-cue.e <= 1 && src == prev.src &&
				f.sentOf[prev.c.s] == f.sentOf[c.e-1] && f.verbLike(cue.e-1) && outside(out[n-1], int(f.toks[c.e-1].End)) &&
				!(f.toks[prev.c.e-1].Kind == text.Quote && f.punct(prev.c.e-2, ",")) {
				// "she noted [that Trump also] initially supported [the invasion]": the
				// tagger cut a nested attribution's subject off with the outer content,
				// which runs on over it; the inner one is the subject's. Not after a
				// quotation closed by a comma ("who has called it “a prison,” said …"):
				// the verb after it is the sentence's own
				out[n-1].End = int(f.toks[c.e-1].End)
				prev.c.e = c.e
				lastEnd = out[n-1].End
				if in := f.npLeft(cue.s-1, prev.c.s, false); (in.kind == npName || in.kind == npPronoun || in.kind == npNominal) && in.s > prev.c.s {
					name, ent := f.resolveSpan(in.s, in.e)
					out = append(out, Reported{
						Start: int(f.toks[c.s].Start), End: int(f.toks[c.e-1].End),
						SpeakerStart: int(f.toks[in.s].Start), SpeakerEnd: int(f.toks[in.e-1].End),
						Speaker: name, Entity: ent, CueStart: int(f.toks[cue.s].Start), CueEnd: int(f.toks[cue.e-1].End), Rule: ruleModel,
					})
				}
				continue
			}
			if n := len(out); n > 0 && hasCue && f.runsOn(prev, c, cue, src) && outside(out[n-1], int(f.toks[c.e-1].End)) {
				out[n-1].End = int(f.toks[c.e-1].End)
				prev.c.e = c.e
				lastEnd = out[n-1].End
				continue
			}
			if n := len(out); n > 0 && hasCue && f.nested(prev, c, cue, src) && outside(out[n-1], int(f.toks[c.e-1].End)) {
				// "He said [he will spend the $18 million [he says] [he raised]]": the outer
				// content runs over the inner attribution, which is a record of its own.
				out[n-1].End = int(f.toks[c.e-1].End)
			}
			if f.occasion(c) || hasCue && f.occasionAfter(cue, c) {
				// "[Speaking to BBC Radio 4], Ms Reeves said:", "the person said, speaking [on
				// condition of anonymity]": where or how she spoke, not what
				continue
			}
			tagged := src // the source as tagged, before its mention is cut out
			src.s, src.e = f.mentionSpan(src.s, src.e)
			name, ent := f.resolveSpan(src.s, src.e)
			if hasCue {
				if b, ok := f.openingPart(c, cue, src, max(dl, prev.c.e), tags); ok && int(f.toks[b.s].Start) >= lastEnd {
					// "[The depot was a success], Ms. Okafor said, [until …]": the words
					// before a cue set off by commas are hers too, a record of their own.
					out = append(out, Reported{
						Start: int(f.toks[b.s].Start), End: int(f.toks[b.e-1].End),
						SpeakerStart: int(f.toks[src.s].Start), SpeakerEnd: int(f.toks[src.e-1].End),
						Speaker: name, Entity: ent, CueStart: int(f.toks[cue.s].Start), CueEnd: int(f.toks[cue.e-1].End), Rule: ruleModel,
					})
				}
			}
			r := Reported{
				Start: int(f.toks[c.s].Start), End: int(f.toks[c.e-1].End),
				SpeakerStart: int(f.toks[src.s].Start), SpeakerEnd: int(f.toks[src.e-1].End),
				Speaker: name, Entity: ent, CueStart: -1, CueEnd: -1, Rule: ruleModel,
			}
			if hasCue {
				full := cue
				cue = f.shortCue(cue)
				if last := (tspan{full.e - 1, full.e}); full.e == c.s && cue.e < last.s && f.participle(last) && !f.personBetween(cue.e, last.s) {
					// "said [at a news conference announcing] [that …]": the participle right
					// before the content is its cue ("calls on Dean to apologize for
					// suggesting …" is Dean's suggesting, and stays whole)
					cue = last
				}
				if full.e == c.s && cue.e < full.e && f.is(cue.e, "to") {
					// "is also determined [to warn her supporters about …]": an infinitive
					// cut off the cue opens the content
					c.s = cue.e
					r.Start = int(f.toks[c.s].Start)
				}
				if cue.e == c.s && cue.e-cue.s > 1 && f.in(approxWords, cue.e-1) && f.toks[c.s].Kind == text.Number {
					// "said [about 60 percent …]": the word belongs to the figure
					cue.e--
					c.s--
					r.Start = int(f.toks[c.s].Start)
				}
				r.CueStart, r.CueEnd = int(f.toks[cue.s].Start), int(f.toks[cue.e-1].End)
			}
			if hasCue && cue.e <= c.s && tagged.e <= cue.s {
				if o, ok := f.outerOf(sp, tagged, cue, c, max(dl, prev.c.e)); ok && int(f.toks[tagged.s].Start) >= lastEnd {
					// "Scientists said [the results, published in Nature, confirm earlier
					// findings]": the attribution whose content holds this one's source and
					// cue, which the tagger marked as such and no content.
					out = append(out, o)
				}
			}
			if len(out) > 0 && hasCue && prev.cue == cue && prev.c.e <= cue.s && tagged.e == c.s && cue.e <= tagged.s &&
				f.is(cue.s, "according") && f.sentOf[prev.c.s] == f.sentOf[c.s] {
				// "[Sea ice shrank …], according to a study published [Wednesday in the
				// journal …]": the words right after the source run it on; the clause
				// before the cue is what it said
				continue
			}
			out = append(out, r)
			lastEnd = r.End
			prev = assembled{c: c, src: src, cue: cue}
		}
		extra = f.cueWithoutContent(out, extra, sp, bl, bi)
	}
	if len(extra) > 0 {
		out = append(out, extra...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// cueWithoutContent adds a record for a cue ending in a word of the lexicon that the tagger
// marked with a source before it in its sentence but no content, in a sentence that has no
// record: what follows the cue to the sentence's end is its content ("Lawmakers also asked
// [whether the deals …]").
func (f *finder) cueWithoutContent(out, extra []Reported, sp [4][]tspan, bl block, bi int) []Reported {
	for _, cue := range sp[2] {
		if !f.lexicalCue(tspan{cue.e - 1, cue.e}) {
			continue // "rejected calls to [resign …]": the verb must end the cue
		}
		st := f.sentStartIn(cue.s, bi)
		se := min(f.sentEnd(cue.s), bl.last)
		lo, hi := f.toks[st].Start, f.toks[se-1].End
		busy := false
		for _, rs := range [2][]Reported{out, extra} {
			for k := len(rs) - 1; k >= 0 && !busy; k-- {
				busy = rs[k].Start < int(hi) && rs[k].End > int(lo) || rs[k].CueStart >= int(lo) && rs[k].CueStart < int(hi)
				if rs[k].End < int(lo) {
					break
				}
			}
		}
		if busy {
			continue
		}
		// the last source before the cue, in its sentence (the spans are in text order)
		k := sort.Search(len(sp[1]), func(i int) bool { return sp[1][i].e > cue.s })
		var src tspan
		dl := f.pastDateline(st, se) // "MANILA, [Philippines] — President … vowed": no source
		ok := k > 0 && sp[1][k-1].s >= dl
		if ok {
			src = sp[1][k-1]
		} else if n := f.npLeft(cue.s-1, dl, true); dl > st && (n.kind == npName || n.kind == npNominal) {
			src, ok = tspan{n.s, n.e}, true // the subject after the dateline
		}
		c := tspan{cue.e, se}
		for c.e > c.s && (f.toks[c.e-1].Kind == text.Punct || f.toks[c.e-1].Kind == text.Quote) && !f.punct(c.e-1, "%") {
			c.e--
		}
		if ok && c.e <= c.s && src.e == cue.s && f.punct(src.s-1, ",") && f.speakerLike(src) && f.lexicalCue(cue) && f.speechVerb(cue) {
			// "[Spain has recorded its hottest June], the state agency Aemet said.": the
			// attribution closes the sentence; what comes before its comma was said
			b := tspan{dl, src.s - 1}
			for b.s < b.e && f.toks[b.s].Kind != text.Word && f.toks[b.s].Kind != text.Number {
				b.s++ // "• More than 400,000 homes …": a bullet is no part of it
			}
			if b.e-b.s <= maxClosedClause && f.words(b, 3) >= 3 && !f.quotedAny(b) && f.clauseOK(b.s, b.e) {
				extra = append(extra, f.cueRecord(b, src, cue, ruleRepAfter))
			}
			continue
		}
		if !ok || c.e <= c.s || f.words(c, 2) < 2 || f.mostlyQuoted(c) || !f.speakerLike(src) || !f.contentOpens(c.s) || f.toldCue(cue) ||
			f.badCue(cue) || f.stance(cue, c) || f.adjunct(cue, c) || f.reducedRelative(cue, src) || f.midSentenceAfter(cue, c) ||
			f.thingBeforeParticiple(cue, src) || f.relativeThat(cue, c) || f.clauseAfterCue(cue.e, c.s) || f.occasionAfter(cue, c) {
			continue
		}
		extra = append(extra, f.cueRecord(c, src, cue, ruleModel))
	}
	return extra
}

// maxClosedClause is the most tokens a clause closed by its attribution may have when the
// tagger marked none of it: reading a longer one for every cue of a sentence without end
// would be quadratic.
const maxClosedClause = 200

// cueRecord makes the record of content c, source src and cue as the tagger marked them: the
// source trimmed to its mention and resolved, the cue to its verb.
func (f *finder) cueRecord(c, src, cue tspan, rule quote.Rule) Reported {
	src = f.setOffAgent(f.pastRelative(f.trimSource(src, cue), cue), cue)
	src.s, src.e = f.mentionSpan(src.s, src.e)
	name, ent := f.resolveSpan(src.s, src.e)
	cue = f.shortCue(cue)
	return Reported{
		Start: int(f.toks[c.s].Start), End: int(f.toks[c.e-1].End),
		SpeakerStart: int(f.toks[src.s].Start), SpeakerEnd: int(f.toks[src.e-1].End),
		Speaker: name, Entity: ent, CueStart: int(f.toks[cue.s].Start), CueEnd: int(f.toks[cue.e-1].End), Rule: rule,
	}
}

// beforeQuotedSentence ends content c at the end of its first sentence when that sentence ends
// outside quotation marks and the next one, which c runs into, opens with a quotation: "said [that Washington would not ease controls.]
// “We are not going to …,” Lutnick said." The quotation is the speaker's own words, a
// record of the quotation marks.
func (f *finder) beforeQuotedSentence(c tspan) tspan {
	if c.e-c.s < 2 || f.sentOf[c.s] == f.sentOf[c.e-1] {
		return c
	}
	end := f.sentEnd(c.s)
	k := end
	for k < c.e && f.toks[k].Kind == text.Quote {
		k++ // the opening mark
	}
	if end > c.s && end < c.e && k > end && k < c.e && f.quoted(end-1) == 0 && f.quoted(k) != 0 {
		c.e = end
	}
	return c
}

// ownSentenceSource returns the subject of the cue in its own sentence when the tagger's
// source is an introductory phrase before it, or lies in another sentence after it: "Lawyers for the shareholders
// called the accord “an excellent result.” Shawn Williams, a partner, declined to comment."
func (f *finder) ownSentenceSource(src, cue tspan, st int) tspan {
	if src.e <= cue.s && cue.s > st && f.isCap(st) && f.in(phrasePrepositions, st) && src.s >= st {
		// "In a filing with the SEC, the company said": the introductory phrase is where it
		// was said; the subject after its comma speaks
		for k := src.s; k < cue.s && k < src.s+40; k++ {
			if f.punct(k, ",") {
				if n := f.npLeft(cue.s-1, k+1, true); n.kind == npName || n.kind == npNominal || n.kind == npPronoun {
					return tspan{n.s, n.e}
				}
				break
			}
		}
		return src
	}
	if src.s < cue.e || f.sentOf[src.s] == f.sentOf[cue.s] || cue.s <= st {
		return src
	}
	if n := f.npLeft(cue.s-1, st, true); n.kind == npName || n.kind == npNominal || n.kind == npPronoun {
		return tspan{n.s, n.e}
	}
	return src
}

// relativeHead returns, for a source inside a relative clause set off by commas just before
// its cue, the noun phrase the clause describes: "[Taro Kono and Sanae Takaichi], who lost to
// Ishiba in last year's leadership race, said" (not "leadership race"); "[Milei], who has
// called Mercosur “a prison,” said". Other sources come back as they are.
func (f *finder) relativeHead(src, cue tspan, st int) tspan {
	if src.e > cue.s || !f.punct(cue.s-1, ",") {
		return src
	}
	for k := src.s; k > st+1 && k > src.s-30; k-- { // a relative clause before a cue is short
		if !f.in(relativePronouns, k) {
			continue
		}
		if !f.punct(k-1, ",") {
			// "Mesfin Tadesse, [an engineer who worked on the project], said": the clause
			// hangs on an apposition; the name before it speaks.
			if n := f.npLeft(k-1, st, false); n.kind == npNominal && n.e == k && f.punct(n.s-1, ",") {
				if nm := f.npLeft(n.s-2, st, false); nm.kind == npName && nm.e == n.s-1 {
					return tspan{f.widenPair(nm.s), nm.e}
				}
			}
			return src
		}
		n := f.npLeft(k-2, st, false)
		if n.kind != npName && n.kind != npNominal || n.e != k-1 {
			return src
		}
		if sub := f.sentenceSubject(st, n.s); sub.kind == npName && sub.e < n.s && f.punct(sub.e, ",") && f.in(determiners, sub.e+1) {
			// "Angelique Brunner, a spokeswoman for [the coalition], which is …, said": the
			// clause hangs on the apposition; the subject speaks
			return tspan{sub.s, sub.e}
		}
		return tspan{f.widenPair(n.s), n.e}
	}
	return src
}

var relativePronouns = text.WordSet(`who whose whom which`)

// askedClause reports whether content c is a clause that says what the speaker was asked,
// not what they said: "Asked about his future team", "Pressed on whether she would run".
func (f *finder) askedClause(c tspan) bool {
	return c.e-c.s >= 2 && (f.is(c.s, "Asked") || f.is(c.s, "Pressed") || f.is(c.s, "Questioned")) &&
		f.in(askedLinks, c.s+1)
}

var askedLinks = text.WordSet(`about on if whether why what how when for by`)

// directiveParticiples in the passive make their subject the one told, not the one telling:
// "were ordered to evacuate", "was urged to resign".
var directiveParticiples = text.WordSet(`ordered urged instructed advised forced required directed`)

// choiceParticiples in the passive say what others chose the subject for: "was named player
// of the match", "was elected president".
var choiceParticiples = text.WordSet(`named elected appointed chosen picked voted crowned nominated`)

// circumstancePrepositions open a phrase of place or time after a cue: "said at the meeting".
var circumstancePrepositions = text.WordSet(`at in on during`)

// occasionParticiples open a phrase that says where or to whom someone spoke, before the
// attribution: "Speaking to BBC Radio 4, Ms Reeves said", "Writing in the Telegraph, he …".
var occasionParticiples = text.WordSet(`speaking writing talking testifying`)

// objectCues take a listener before what they report: "told a crowd at the site that …".
var objectCues = text.WordSet(`tell inform assure warn remind notify`)

// afterObject cuts a content that runs over the listener of a verb like "told", or over its
// end, to the clause after "that": in "told a crowd at the site near [the border with Sudan
// that the dam …]" the crowd, the site and the border are not what was said; so is a
// circumstance after a cue the tagger ran over its preposition ("said at [the meeting that
// …]"), whose cue loses the preposition. The words before "that" must be a noun phrase
// with its prepositions: no pronoun, reporting verb or punctuation.
func (f *finder) afterObject(cue, c tspan) (tspan, tspan) {
	if _, pron := f.pronoun(c.s + 1); c.s == cue.e && f.in(dayWords, c.s) && c.e-c.s > 3 && (pron || f.in(determiners, c.s+1) || f.isCap(c.s+1)) {
		c.s++ // "Ukraine's military said Saturday [it had hit …]": the day says when
	}
	if c.s < cue.e || c.s > cue.e+8 || c.e-c.s < 4 {
		return cue, c
	}
	info, ok := f.cue(cue.e - 1)
	if !ok || !objectCues[info.lemma] {
		// "said at [the meeting that it was fine]", "said in a statement on [Telegram that
		// …]": a preposition the tagger took into the cue opens a circumstance, not what
		// was said
		info, ok = f.cue(cue.s)
		if !ok || info.form != cueFinite || cue.e-cue.s < 2 || !f.in(circumstancePrepositions, cue.s+1) {
			return cue, c
		}
	}
	if f.is(c.s, "that") {
		return cue, c
	}
	for k := cue.e; k < c.e-1 && k <= c.s+12; k++ {
		if k < c.s && f.is(k, "that") {
			return cue, c // "told them that […]" with a gap: not a listener run over
		}
		if f.is(k, "that") {
			if f.in(circumstancePrepositions, cue.s+1) && cue.e-cue.s >= 2 {
				cue.e = cue.s + 1 // the preposition opened the circumstance, not the cue
			}
			return cue, tspan{k, c.e}
		}
		if f.toks[k].Kind != text.Word && f.toks[k].Kind != text.Number {
			return cue, c
		}
		if _, pron := f.pronoun(k); pron {
			return cue, c
		}
		if _, isCue := f.cue(k); isCue {
			return cue, c
		}
	}
	return cue, c
}

// saysInRelative reads "a project [that Egypt says] threatens its water supply": the source is
// the name or pronoun between the relative pronoun and the reporting verb, and the verb after
// the cue, which the relative clause lost its subject to, opens the content. Other spans come
// back as they are.
func (f *finder) saysInRelative(src, cue, c tspan) (tspan, tspan, tspan) {
	if src.e != cue.s || cue.e-cue.s != 2 || c.s != cue.e {
		return src, cue, c
	}
	if info, ok := f.cue(cue.s); !ok || info.form != cueFinite {
		return src, cue, c
	}
	if !f.isLowerWord(cue.s + 1) {
		return src, cue, c
	}
	n := f.npLeft(cue.s-1, src.s, false)
	if n.kind != npName && n.kind != npPronoun || n.e != cue.s || n.s <= src.s || !f.is(n.s-1, "that") && !f.is(n.s-1, "which") {
		return src, cue, c
	}
	return tspan{n.s, n.e}, tspan{cue.s, cue.s + 1}, tspan{cue.s + 1, c.e}
}

// quotedAsSaying returns, for "X was quoted by [the agency] as saying …", the subject X: the
// agency reported the words, X said them. Other sources come back as they are.
func (f *finder) quotedAsSaying(src, cue tspan, st int) tspan {
	if !f.is(cue.s, "as") || src.s < st+2 || !f.is(src.s-1, "by") || !f.in(quotedVerbs, src.s-2) {
		return src
	}
	if sub := f.sentenceSubject(st, src.s-2); sub.kind == npName || sub.kind == npPronoun || sub.kind == npNominal {
		return tspan{sub.s, sub.e}
	}
	return src
}

var quotedVerbs = text.WordSet(`quoted cited`)

// outerOf finds the attribution around an inner one whose source src follows right after
// a reporting verb of the lexicon ("said the results … confirm"): that verb's source before
// it in the sentence (not before token first) says the inner source, cue and content c. The
// tagger marks the inner parts as such, which leaves the outer content untagged.
func (f *finder) outerOf(sp [4][]tspan, src, cue, c tspan, first int) (Reported, bool) {
	var oc tspan
	found := false
	for _, x := range sp[2] {
		if x.e == src.s || x.e+1 == src.s && f.is(x.e, "that") {
			oc, found = x, true
			break
		}
	}
	if !found || !f.speechVerb(oc) || f.sentOf[oc.s] != f.sentOf[c.e-1] || f.badCue(oc) {
		return Reported{}, false
	}
	// The outer source is the subject right before the verb ("Scientists said"), not a
	// clause set off by a comma ("Brexit still shapes politics, said Keir Starmer, who …").
	var os tspan
	found = false
	for _, x := range sp[1] {
		if x.e == oc.s && x.s >= first && f.toks[x.e-1].Kind == text.Word && f.speakerLike(x) {
			os, found = x, true
			break
		}
	}
	if !found {
		return Reported{}, false
	}
	return f.cueRecord(tspan{src.s, c.e}, os, oc, ruleModel), true
}

// closingAttribution finds "…, SOURCE CUE." or "…, CUE SOURCE." right after content c at
// the end of its sentence ("…, a source said.", "…, said the mayor on Friday."): a cue of the
// lexicon, its source next to it, only punctuation (a comma among it) between the content and
// them, and at most a few untagged words after them.
func (f *finder) closingAttribution(c tspan, bl block, sp [4][]tspan) (cue, src tspan, ok bool) {
	i := c.e
	comma := false
	for i < bl.last && f.toks[i].Kind == text.Punct && !f.punct(i, ". ; ? !") {
		comma = comma || f.punct(i, ",")
		i++
	}
	if !comma || i >= bl.last || f.sentOf[i] != f.sentOf[c.e-1] {
		return cue, src, false
	}
	for _, x := range sp[2] {
		if x.s >= i {
			cue = x
			ok = true
			break
		}
	}
	if !ok {
		return cue, src, false
	}
	ok = false
	for _, x := range sp[1] {
		if x.s == i && x.e == cue.s || cue.s == i && x.s == cue.e {
			src, ok = x, true
			break
		}
	}
	if !ok || !f.lexicalCue(cue) {
		return cue, src, false
	}
	end := max(cue.e, src.e)
	stop := min(f.sentEnd(end-1), bl.last)
	for _, x := range sp[3] {
		if x.s >= end && x.s < stop {
			return cue, src, false // a content of its own follows: "…, he said, adding that …"
		}
	}
	words := 0
	for k := end; k < stop; k++ {
		if f.toks[k].Kind == text.Word {
			words++
		}
	}
	return cue, src, words <= 4
}

// closingPhrase extends content c over a short time or place phrase set off by commas
// between it and a source or cue the tagger marked, "[… was arrested in Udaipur, Rajasthan,
// on Thursday night], Mumbai Police said.": the phrase belongs to what was said, and the
// attribution closes the sentence.
func (f *finder) closingPhrase(c tspan, bl block, sp [4][]tspan) tspan {
	i := c.e
	if i+2 >= bl.last || !f.punct(i, ",") || !f.in(phraseOpeners, i+1) {
		return c
	}
	for k := i + 2; k < bl.last && k <= i+6; k++ {
		if f.punct(k, ",") {
			if startsAt(sp[1], k+1) || startsAt(sp[2], k+1) {
				return tspan{c.s, k}
			}
			return c
		}
		if t := f.toks[k].Kind; t != text.Word && t != text.Number {
			return c
		}
	}
	return c
}

// phraseOpeners open a time or place phrase: "on Thursday night", "late last year", "in Kyiv".
var phraseOpeners = text.WordSet(`on in at during last late early earlier overnight`)

// startsAt reports whether a span of the list (in text order) starts at token k.
func startsAt(list []tspan, k int) bool {
	j := sort.Search(len(list), func(i int) bool { return list[i].s >= k })
	return j < len(list) && list[j].s == k
}

// openingPart finds the words before ", SOURCE CUE," (or ", CUE SOURCE,") when content c
// follows them in the same sentence: "[The depot was a success], Ms. Okafor said, [until …]".
// The part runs from the sentence start (not before token first) to the comma, holds at
// least two words, and the tagger marked none of it.
func (f *finder) openingPart(c, cue, src tspan, first int, tags []uint8) (tspan, bool) {
	lo, hi := min(cue.s, src.s), max(cue.e, src.e)
	if hi >= c.s || lo < 1 || !f.punct(lo-1, ",") {
		return tspan{}, false
	}
	for k := hi; k < c.s; k++ {
		if !f.punct(k, ",") {
			return tspan{}, false
		}
	}
	st := max(f.sentStart(lo), first)
	if f.sentOf[st] != f.sentOf[c.s] {
		return tspan{}, false
	}
	for k := st; k < lo-1; k++ {
		if roleOf(int(tags[k])) == 3 || f.quoted(k) != 0 {
			return tspan{}, false
		}
	}
	b := tspan{st, lo - 1}
	return b, f.words(b, 2) >= 2 && !f.occasion(b)
}

// nounAppositionBefore reports whether the words from the comma after a content (token ce)
// to the cue at c are an indefinite noun and the subject of a relative clause: ", a move the
// company said".
func (f *finder) nounAppositionBefore(c, ce int) bool {
	return f.punct(ce, ",") && (f.is(ce+1, "a") || f.is(ce+1, "an")) && f.isLowerWord(ce+2) && c-ce <= 6 && (f.is(ce+3, "the") || f.is(ce+3, "that"))
}

// occasionAfter reports whether content c is the phrase after an occasion participle cue,
// "speaking [on condition of anonymity]", "speaking [to reporters]": how or to whom, not what.
func (f *finder) occasionAfter(cue, c tspan) bool {
	return cue.e == c.s && f.in(occasionParticiples, cue.e-1) && (f.in(circumstancePrepositions, c.s) || f.is(c.s, "to"))
}

// occasion reports whether span c opens with a phrase that says where or to whom someone
// spoke: "[Speaking to BBC Radio 4], Ms Reeves said:", which is no one's words.
func (f *finder) occasion(c tspan) bool {
	return f.in(occasionParticiples, c.s) && (f.in(circumstancePrepositions, c.s+1) || f.is(c.s+1, "to"))
}

// colonLabel finds "NAME: …" opening the sentence at st before content c, NAME a person or
// organization the entity stage named, a few tokens long: the name speaks, the colon is the
// cue. It returns the name and the colon.
func (f *finder) colonLabel(st int, c tspan) (src, cue tspan, ok bool) {
	for k := st + 1; k < c.s && k <= st+5; k++ {
		if !f.punct(k, ":") {
			continue
		}
		n, found := f.nameIn(int(f.toks[st].Start), int(f.toks[k-1].End))
		if found && n.Start == int(f.toks[st].Start) && n.End == int(f.toks[k-1].End) && n.Type != Place {
			return tspan{st, k}, tspan{k, k + 1}, true
		}
		break
	}
	return src, cue, false
}

// participle reports whether a cue opens with a participle of the lexicon ("saying",
// "adding", "arguing").
func (f *finder) participle(cue tspan) bool {
	c, ok := f.cue(cue.s)
	return ok && c.form == cueParticiple
}

// modifier reports whether cue is a participle of the lexicon right after a word, with
// no comma or link before it, whose source src is not next to it: it modifies the noun
// before it ("statements suggesting …") and reports nobody's words of its own.
func (f *finder) modifier(cue, src tspan) bool {
	return f.participle(cue) && cue.s > 0 && f.toks[cue.s-1].Kind == text.Word && !f.in(participleLinks, cue.s-1) &&
		src.e != cue.s && src.s != cue.e
}

// thingBeforeParticiple reports whether the source right before a participle cue is a thing
// that cannot speak, no name, pronoun or person noun: in "farmers blocked highways into [the
// capital] demanding guaranteed prices" the participle is the farmers'.
func (f *finder) thingBeforeParticiple(cue, src tspan) bool {
	if !f.participle(cue) || src.e != cue.s || f.isCap(src.e-1) || f.in(roleNouns, src.e-1) {
		return false
	}
	_, pron := f.pronoun(src.e - 1)
	return !pron && gazetteer.LookupLower(f.word(src.e-1))&gazetteer.RoleNoun == 0
}

// relativeThat reports whether content c is a relative clause the tagger took for the cue's:
// it opens with "that" and a verb, after the object of a preposition some words past the cue
// ("told companies to stop buying, the latest turn in a trade fight [that has rattled the
// industry]").
func (f *finder) relativeThat(cue, c tspan) bool {
	if cue.e > c.s || c.s-cue.e < 3 || !f.is(c.s, "that") || c.e-c.s < 3 {
		return false
	}
	if !f.in(auxiliaries, c.s+1) || !f.isLowerWord(c.s-1) || f.in(objectWords, c.s-1) || f.in(nameStops, c.s-1) {
		return false
	}
	// the noun before "that" is the object of a preposition ("in a trade fight that has …"),
	// not the subject of a clause of its own (", banks that are loose now … can change")
	for k := c.s - 2; k >= cue.e && k >= c.s-5 && !f.punct(k, ","); k-- {
		if f.in(phrasePrepositions, k) {
			return true
		}
	}
	return false
}

// participleLinks join an adverbial participle to its clause: "by saying", "before adding".
var participleLinks = text.WordSet(`by before after while when`)

// firstSource returns the first source span of the sentence from st that ends before cue,
// the subject of the main clause; the first one after st when none does.
func (f *finder) firstSource(list []tspan, st int, cue tspan) tspan {
	for _, x := range list {
		if x.s >= st && x.e <= cue.s && f.sentOf[x.s] == f.sentOf[cue.s] && f.speakerLike(x) {
			return x
		}
	}
	src, _ := f.nearest(list, cue)
	return src
}

// writingSource reports whether a source span holds a noun of writing ("a statement", "the
// report").
func (f *finder) writingSource(src tspan) bool {
	for i := src.s; i < src.e; i++ {
		if f.in(writingNouns, i) {
			return true
		}
	}
	return false
}

// approxWords qualify a figure: "about 60 percent".
var approxWords = text.WordSet(`about around nearly almost roughly some over under`)

// speechVerb reports whether a cue holds a finite reporting verb of the lexicon ("said",
// "told"), not a participle or "according".
func (f *finder) speechVerb(c tspan) bool {
	for i := c.s; i < c.e; i++ {
		if ci, ok := f.cue(i); ok && ci.form == cueFinite && !ci.weak {
			return true
		}
	}
	return false
}

// shortCue cuts a cue the tagger ran on over an adjunct before the first preposition after
// its verb: "said [during a Friday evening rally in Michigan]", "is also determined [to warn
// his supporters about]". Cues of up to four tokens stay whole ("according to", "said in a
// statement").
func (f *finder) shortCue(c tspan) tspan {
	if c.e-c.s <= 4 {
		return c
	}
	for k := c.s + 1; k < c.e; k++ {
		if f.in(cuePrepositions, k) {
			return tspan{c.s, k}
		}
	}
	return c
}

// openingAccording finds "According to X," opening the sentence at st before content c: the
// source X, the cue and the comma's token.
func (f *finder) openingAccording(st int, c tspan) (src, cue tspan, comma int, ok bool) {
	if !f.is(st, "according") || !f.is(st+1, "to") {
		return src, cue, 0, false
	}
	for k := st + 2; k < c.e && k < st+20; k++ {
		if f.punct(k, ",") {
			n := f.npRight(st+2, k)
			if n.kind == npNone || k >= c.e-1 {
				return src, cue, 0, false
			}
			if f.in(writingNouns, n.e-1) && (f.is(n.e, "from") || f.is(n.e, "by")) {
				// "According to a statement from the police union,": the union
				if m := f.npRight(n.e+1, k); m.kind != npNone {
					n = m
				}
			}
			return tspan{n.s, n.e}, tspan{st, st + 2}, k, true
		}
	}
	return src, cue, 0, false
}

// personBetween reports whether tokens [s, e) hold a pronoun or a capitalized word: someone
// who may be the subject of what follows.
func (f *finder) personBetween(s, e int) bool {
	for i := s; i < e; i++ {
		if _, ok := f.pronoun(i); ok || f.isCap(i) {
			return true
		}
	}
	return false
}

var cuePrepositions = text.WordSet(`during at in on to for about with after before over`)

// assembled is the content, source and cue of the last reported record assemble made.
type assembled struct{ c, src, cue tspan }

// runsOn reports whether content c, with cue and source src, continues the last record's
// content in the same sentence, with the same source:
//   - "The group argues [that …], despite [the …]": nothing between the two contents but a
//     word outside the lexicon that the tagger took for a cue, no verb (", saying …" or
//     ", referring to …" after a content is an attribution of its own);
//   - "[A was planned], but [B happened], a source said": both contents take the cue after
//     them.
func (f *finder) runsOn(prev assembled, c, cue, src tspan) bool {
	if c.s < prev.c.e || f.sentOf[c.s] != f.sentOf[prev.c.e-1] {
		return false
	}
	if cue.s > prev.c.e && cue.e <= c.s && c.s-cue.e <= 1 && prev.cue.e <= prev.c.s && f.lexicalCue(prev.cue) && !f.lexicalCue(cue) &&
		!f.in(coordinators, cue.s-1) && !strings.HasSuffix(f.word(cue.s), "ing") && (overlaps(src, prev.src) || f.gapSource(src, prev.c.e, cue.s)) {
		// "He is hoping [that states], led by Ohio, will allow [utilities to …]": a verb
		// outside the lexicon with no subject of its own after the content of a cue of the
		// lexicon is the content's own verb; the content runs on over it. A participle
		// (", referring to …") and a verb after and, but or yet are predicates of the
		// speaker's own.
		return true
	}
	if src != prev.src {
		return false
	}
	if cue == prev.cue && cue.s >= c.e {
		return true
	}
	if cue.s < prev.c.e || cue.e > c.s || f.lexicalCue(cue) || f.verbLike(cue.s) {
		return false
	}
	for i := prev.c.e; i < c.s; i++ {
		if (i < cue.s || i >= cue.e) && f.toks[i].Kind != text.Punct {
			return false
		}
	}
	return true
}

// gapSource reports whether the source src lies between the last content's end and the cue
// at cs as a noun phrase of that content's clause: no pronoun, no subject opened by a
// conjunction ("but he refuses …", "after she attacked …") and no subject right after a comma
// ("…, Peskov declined …"), which start clauses of their own.
func (f *finder) gapSource(src tspan, end, cs int) bool {
	if src.s < end || src.e > cs || f.in(coordinators, src.s-1) || f.in(adjunctOpeners, src.s-1) {
		return false
	}
	if f.punct(src.s-1, ",") && src.e == cs && (f.isCap(src.s) || f.in(determiners, src.s)) {
		return false // "…, Peskov declined to comment": the subject of the main clause ("…, run by X, has" is none)
	}
	_, pron := f.pronoun(src.s)
	return !pron
}

// nested reports whether content c, with its cue and a source of its own, lies inside the
// sentence of the last record after its content, the last record's cue coming before its
// content: an attribution nested in the last one's content ("He said he will spend the money
// he says he raised").
func (f *finder) nested(prev assembled, c, cue, src tspan) bool {
	if c.s < prev.c.e || f.sentOf[c.s] != f.sentOf[prev.c.e-1] || prev.cue.e > prev.c.s ||
		cue.s < prev.c.e || cue.e > c.s || src.s < prev.c.e {
		return false
	}
	// "X attacked [A], and has called for [B]", "X said [A] but Y said [B]": coordinated
	// attributions, each with its own content.
	for i := prev.c.e; i < cue.s; i++ {
		if f.toks[i].Kind == text.Punct && !f.punct(i, "’ '") || f.in(coordinators, i) {
			return false
		}
	}
	return true
}

// coordinators join clauses: an attribution after one is coordinated, not nested.
var coordinators = text.WordSet(`and but or although though while whereas as because since so yet`)

// trimSource keeps, of a source span cut by commas, the part next to the cue ("According to
// The Guardian, Peskov noted": Peskov), unless that part is an apposition ("Ann Lee, a
// lawyer, said": Ann Lee).
func (f *finder) trimSource(src, cue tspan) tspan {
	var parts []tspan
	s := src.s
	for i := src.s; i <= src.e; i++ {
		if i == src.e || f.punct(i, ",") {
			if i > s {
				parts = append(parts, tspan{s, i})
			}
			s = i + 1
		}
	}
	if len(parts) < 2 {
		return src
	}
	near := parts[len(parts)-1]
	if cue.s < src.s {
		near = parts[0]
	}
	_, pron := f.pronoun(near.s)
	if !pron && !f.isCap(near.s) || f.in(determiners, near.s) && !f.isCap(near.s+1) {
		return parts[0]
	}
	return near
}

// pastRelative mends a source the tagger marked over a relative pronoun. One that ends in the
// pronoun before its cue ("a businessman from Lokoja who") is the pronoun, which names its
// antecedent; one that runs on into the clause ("who took office") is the pronoun alone. When the clause closes
// with a comma before the cue, the cue is the sentence subject's, set off before the
// apposition: "Rodrigo Duterte, a long-time ally of Quiboloy who had named him administrator,
// said": Duterte said it, not who.
func (f *finder) pastRelative(src, cue tspan) tspan {
	rel := -1
	for i := src.s; i < src.e; i++ {
		if f.is(i, "who") || f.is(i, "which") {
			rel = i
			break
		}
	}
	if rel < 0 || rel > src.s && (rel != src.e-1 || cue.s < src.e) || rel == src.s && !f.isLowerWord(src.s+1) && src.e > src.s+1 {
		return src
	}
	if cue.s <= rel+1 || !f.punct(cue.s-1, ",") {
		return tspan{rel, rel + 1}
	}
	a, lo := rel, f.sentStart(rel) // the apposition's start, after its comma
	for a > lo && a > rel-12 && !f.punct(a-1, ",") {
		a--
	}
	if f.punct(a-1, ",") {
		if sub := f.sentenceSubject(f.sentStart(a), a-1); sub.kind == npName && sub.e == a-1 {
			return tspan{sub.s, sub.e}
		}
	}
	return tspan{rel, rel + 1}
}

// setOffAgent returns the subject before a participle's phrase or a relative clause set off
// by commas when the source is the agent in it: "Pick n Pay, led by Sean Summers, reported a
// loss": the company reported it, not Summers; "The report, which was written by Tigere
// Chagutah, said": the report.
func (f *finder) setOffAgent(src, cue tspan) tspan {
	e := src.e
	if e > src.s+1 && f.punct(e-1, ",") {
		e--
	}
	if e >= cue.s || !f.is(src.s-1, "by") || !f.isLowerWord(src.s-2) || !f.punct(e, ",") {
		return src
	}
	c := src.s - 3 // the comma that opens the phrase: "X, led by", "X, which was written by"
	for c > src.s-7 && c > 0 && f.isLowerWord(c) {
		c--
	}
	if !f.punct(c, ",") {
		return src
	}
	sub := f.sentenceSubject(f.sentStart(src.s), c)
	if sub.kind != npName && sub.kind != npNominal || sub.e > c {
		return src
	}
	for k := sub.e; k < c; k++ {
		if f.toks[k].Kind != text.Word {
			return src // "Pick [n Pay]": only words of the name may follow the subject found
		}
	}
	return tspan{sub.s, sub.e}
}

// speakerLike reports whether a source span can name a speaker: it holds a word that is no
// determiner or function word ("The" alone is a tagging slip).
func (f *finder) speakerLike(src tspan) bool {
	if src.e <= src.s {
		return false // no source found ("saying" with no subject before it)
	}
	for i := src.s; i < src.e; i++ {
		if f.toks[i].Kind == text.Word && !f.in(determiners, i) && !f.in(nameStops, i) {
			return true
		}
	}
	_, pron := f.pronoun(src.s)
	return pron || f.quantifiedSource(src)
}

// peopleQuantifiers stand for people as a source: "Others said …", "many of whom say …".
var peopleQuantifiers = text.WordSet(`others some many most both each several`)

// quantifiedSource reports whether a source span is a quantifier that stands for people,
// alone ("Others said", "each saying") or with "of whom" after a comma ("relatives, many of
// whom say"): the words of people the sentence counts.
func (f *finder) quantifiedSource(src tspan) bool {
	switch {
	case src.e == src.s+1:
		return f.in(peopleQuantifiers, src.s)
	case src.e == src.s+3:
		return f.in(peopleQuantifiers, src.s) && f.is(src.s+1, "of") && f.is(src.s+2, "whom") && f.punct(src.s-1, ",")
	}
	return false
}

// relativeSource reports whether a source span is a relative pronoun after a comma whose
// antecedent is a name or a description: "Ann Lee, who said …" is Lee's word.
func (f *finder) relativeSource(src tspan) bool {
	if src.e != src.s+1 || !f.is(src.s, "who") && !f.is(src.s, "which") {
		return false
	}
	if !f.punct(src.s-1, ",") {
		if !f.is(src.s, "who") {
			return false
		}
	} else if n := f.npLeft(src.s-2, f.sentStart(src.s), false); n.kind != npName && n.kind != npNominal {
		return false
	}
	name, _ := f.resolveSpan(src.s, src.e)
	return name != f.word(src.s) // resolved to someone: "who" alone names no one
}

// stanceVerbs take a stance or act ("welcomed the news", "maintained a policy", "supports
// the plan"); with a noun phrase after them, no clause, they report nobody's words.
// (Support, oppose and favor are thoughtLemmas: their records stay, as thoughts.)
var stanceVerbs = text.WordSet(`welcome welcomed welcomes welcoming maintain maintained maintains
maintaining applaud applauded applauds
applauding embrace embraced embraces embracing respond responded responds responding`)

// stancePrepositions follow a stance verb in its cue: "responded to", "backed away from".
var stancePrepositions = text.WordSet(`to from`)

// clauseOpeners open a clause that can be reported ("maintained that …", "opposes letting …"
// is a stance still).
var clauseOpeners = text.WordSet(`that whether if how why what when where who to`)

// stance reports whether cue is a verb of stance and content c a noun phrase: an act, not
// reported speech. A quotation in the content still counts as words said.
func (f *finder) stance(cue, c tspan) bool {
	if f.calledEvent(cue, c) {
		return true
	}
	v := cue.e - 1
	if v > cue.s && f.in(stancePrepositions, v) {
		v-- // "did not respond to [a request for comment]"
	}
	if !f.in(stanceVerbs, v) || f.in(clauseOpeners, c.s) {
		return false
	}
	return !f.quotedAny(c)
}

// callVerbs and calledEvents: "called an election", "calls a snap vote", "called a strike"
// is an act, not words said; "called the deal a betrayal" stays an attribution.
var (
	callVerbs    = text.WordSet(`call calls called calling`)
	calledEvents = text.WordSet(`election elections vote votes referendum strike strikes meeting meetings session
summit conference inquiry hearing hearings recess halt timeout ceasefire truce poll polls`)
)

// calledEvent reports whether cue is "call" and what follows it an event it calls, unquoted,
// with no second noun phrase after it: "called [a snap election]", "calls snap [election amid
// tariff fight]", but not "called the vote a sham".
func (f *finder) calledEvent(cue, c tspan) bool {
	if !f.in(callVerbs, cue.s) || c.s < cue.e || f.quotedAny(c) {
		return false
	}
	for k := cue.s + 1; k < min(c.e, cue.s+5); k++ {
		if f.in(calledEvents, k) {
			for j := k + 1; j < c.e; j++ {
				if f.is(j, "a") || f.is(j, "an") {
					return false // "called her vote in favor of the war a mistake"
				}
			}
			return k+1 == c.e || !f.in(determiners, k+1)
		}
	}
	return false
}

// adjunctOpeners open a phrase of time or circumstance: "said [as he entered the talks]",
// "said [after meeting with …]" is no content.
var adjunctOpeners = text.WordSet(`after before as when while during`)

// adjunct reports whether content c, right after its cue, is a phrase of time or
// circumstance ("said [after the meeting]") or, after told, the one told ("told [The Daily
// Ledger on Thursday]"): no words reported.
func (f *finder) adjunct(cue, c tspan) bool {
	if f.complementOpener(cue, c) {
		return false
	}
	if cue.e < c.s && !f.quotedAny(c) {
		// "said [as] he entered the talks", "rejected calls to resign after [his party lost
		// its majority]": the tagger left out the opener of a clause of time, which is no
		// cue's content
		j := c.s - 1
		if f.in(determiners, j) {
			j--
		}
		if j >= cue.e && (f.in(adjunctOpeners, j) || f.in(placeTimeOpeners, j) && !f.clauseIn(c) && (c.e >= len(f.toks) || f.punct(c.e, ", . ; : — –"))) {
			return true // "said in [his nightly video address]."
		}
	}
	if cue.e != c.s || f.quotedAny(c) {
		return false
	}
	if sayOf := f.is(cue.e-1, "of") && cue.e-2 >= cue.s && f.sayForm(cue.e-2) || f.is(c.s, "of") && f.sayForm(cue.e-1); sayOf && !f.clauseIn(c) {
		return true // "“…,” Lee said of [the plan].": what the words were about, not the words
	}
	open := c.s
	if cue.e-cue.s > 1 && (f.in(adjunctOpeners, cue.e-1) || f.in(placeTimeOpeners, cue.e-1)) {
		open = cue.e - 1 // the tagger took the preposition into the cue: "said at [a news conference]"
	}
	if f.in(adjunctOpeners, open) || f.in(placeTimeOpeners, open) && !f.clauseIn(c) && (c.e >= len(f.toks) || f.punct(c.e, ", . ; : — –")) {
		return true
	}
	if !f.is(cue.e-1, "told") && !f.is(cue.e-1, "tells") || f.words(c, 7) > 6 {
		return false
	}
	for i := c.s; i < c.e; i++ {
		if f.isLowerWord(i) && (f.verbLike(i) || f.in(clauseOpeners, i)) {
			return false
		}
	}
	return true
}

// placeTimeOpeners open a phrase of place, time or means: "said [at an event in Rio on
// Thursday],", "she said [through tears]."
// reports nothing when the phrase is all there is up to a comma or the sentence's end and no
// clause follows ("said in 2019 the plan would fail" reports the plan). "On" and "from" also
// open what a verb takes ("insist on being …"), so they are not among them.
var placeTimeOpeners = text.WordSet(`at in outside inside near during aboard through via`)

// sayForm reports whether token i is a form of "say".
func (f *finder) sayForm(i int) bool {
	c, ok := f.cue(i)
	return ok && c.lemma == "say"
}

// asVerbs take a complement opened by "as": "described it [as a tactic]", "pointed to [as an
// example]".
var asVerbs = text.WordSet(`describe describes described describing characterize characterizes characterized
characterise characterised portray portrays portrayed see sees saw seen view views viewed regard regards regarded
cite cites cited point points pointed paint painted paints dismiss dismissed dismisses hail hailed hails`)

// negations make a verb of saying ask rather than report: "have not said [when …]".
var negations = text.WordSet(`not n't never`)

// complementOpener reports whether the word that opens content c, or ends its cue, opens what
// the cue reports rather than a circumstance: "as" after a verb of describing ("described
// [as age-old tactics]"), or "when" or "where" after a negated verb of saying or after
// asking ("have not said [when they would vote]": an indirect question).
func (f *finder) complementOpener(cue, c tspan) bool {
	if c.s < cue.e || c.s-cue.e > 1 {
		return false
	}
	open := cue.e // the word after the cue, in the content or left between
	verb := cue.e - 1
	if f.is(verb, "to") && verb > cue.s {
		verb-- // "pointed to [as …]"
	}
	if f.is(open, "as") {
		return f.in(asVerbs, verb)
	}
	if !f.is(open, "when") && !f.is(open, "where") {
		return false
	}
	ci, ok := f.cue(verb)
	if !ok {
		return false
	}
	if ci.lemma == "ask" {
		return true
	}
	for i := cue.s; i < verb; i++ {
		if f.in(negations, i) {
			return true
		}
	}
	return false
}

// clauseIn reports whether span c holds a clause: an opener ("that", "whether"), an
// auxiliary or a reporting verb outside quotation marks.
func (f *finder) clauseIn(c tspan) bool {
	for i := c.s; i < c.e; i++ {
		if f.quoted(i) != 0 || f.isLowerWord(i) && (f.in(clauseOpeners, i) || f.in(auxiliaries, i)) {
			return true
		}
		if _, ok := f.cue(i); ok && f.isLowerWord(i) {
			return true
		}
	}
	return false
}

// lastWhereClause returns where the content c of a closing "according to" starts: after
// ", where" when such a clause ends it ("… met to discuss Sudan, where [fighting has displaced
// 10 million people], according to the UN": the figure is the source's, not the meeting),
// else at c's start.
func (f *finder) lastWhereClause(c tspan) int {
	for i := c.e - 2; i > c.s; i-- {
		if f.quoted(i) != 0 {
			return c.s
		}
		if f.is(i, "where") && f.punct(i-1, ",") {
			return i + 1
		}
	}
	return c.s
}

// midSentenceAfter reports whether content c starts inside a sentence after its cue's: "X
// did not respond to [a request for comment]" after "Y wrote in his decision that …" is X's
// own sentence, which Y's cue does not reach.
func (f *finder) midSentenceAfter(cue, c tspan) bool {
	if cue.e > c.s || f.sentOf[cue.e-1] == f.sentOf[c.s] {
		return false
	}
	first := clamp(f.d.Sentences[f.sentOf[c.s]].First, len(f.toks))
	for first < c.s && (f.toks[first].Kind == text.Punct || f.toks[first].Kind == text.Quote) {
		first++
	}
	return c.s > first
}

// reducedRelative reports whether cue is a participle right after a source that is a thing
// written, followed by a preposition ("a statement posted on its account", "a report
// published by the ministry"): it says where the writing appeared, and reports nothing. So is
// "accused of" right after its source ("Diego Cadena, the lawyer accused of bribing
// witnesses"): he is the accused, no one who accuses.
func (f *finder) reducedRelative(cue, src tspan) bool {
	if src.e == cue.s && cue.e == cue.s+2 && f.is(cue.s, "accused") && f.is(cue.s+1, "of") {
		return true
	}
	if src.e != cue.s || cue.e != cue.s+2 || !f.in(writingNouns, src.e-1) || !f.isLowerWord(cue.s) || !f.in(phrasePrepositions, cue.s+1) {
		return false
	}
	w := f.word(cue.s)
	return strings.HasSuffix(w, "ed") || w == "written" || w == "shown" || w == "sent"
}

// quotedAny reports whether a span holds a quoted token.
func (f *finder) quotedAny(c tspan) bool {
	for i := c.s; i < c.e; i++ {
		if f.quoted(i) != 0 {
			return true
		}
	}
	return false
}

// clauseAfterCue reports whether a comma and a word that opens a clause of time or reason
// stand between a cue ending at token from and a content starting at token to, the content
// inside that clause.
func (f *finder) clauseAfterCue(from, to int) bool {
	for k := from; k+1 < to && k < from+3; k++ { // the comma right after the cue's words
		if f.writersClause(k) {
			// "cautioned, as did the campaign itself, that …": a parenthesis closed by a
			// comma before the content leaves the content the cue's
			for j := k + 1; j < to; j++ {
				if f.punct(j, ",") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// notContentOpeners open a phrase of time, place, means or the one spoken to after a cue,
// no content: "said [on Monday]", "told [the crowd]", "shouted [to the crowd]".
var notContentOpeners = text.WordSet(`at in on to for about with after before over by from of up into during as when while
through via near outside inside aboard today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
this last earlier later again reporters journalists me him her them us it nothing`)

// contentOpens reports whether token i can open the content of a cue that the tagger gave
// none: a lower-case word outside notContentOpeners, or "to" before a verb ("hopes [to
// offset …]").
func (f *finder) contentOpens(i int) bool {
	if !f.isLowerWord(i) || f.quoted(i) != 0 {
		return false
	}
	if f.is(i, "to") {
		_, pron := f.pronoun(i + 1)
		return f.isLowerWord(i+1) && !f.in(determiners, i+1) && !pron && !f.in(notContentOpeners, i+1)
	}
	return !f.in(notContentOpeners, i)
}

// toldCue reports whether a cue ends in a form of "tell", whose object is the one told.
func (f *finder) toldCue(cue tspan) bool {
	c, ok := f.cue(cue.e - 1)
	return ok && c.lemma == "tell"
}

// oneWordObject reports whether content c of one word is the noun a verb of the lexicon
// right before it reports, closing its sentence: "vowed [consequences].", "did not suggest
// [retaliation]." A pronoun or a function word alone says nothing.
func (f *finder) oneWordObject(c tspan, cues []tspan) bool {
	if c.e != c.s+1 || !f.isLowerWord(c.s) || f.in(nameStops, c.s) || f.in(objectWords, c.s) || len(f.word(c.s)) < 4 || !f.punct(c.e, ". ; !") {
		return false
	}
	if _, pron := f.pronoun(c.s); pron {
		return false
	}
	k := sort.Search(len(cues), func(i int) bool { return cues[i].e >= c.s })
	return k < len(cues) && cues[k].e == c.s && f.lexicalCue(tspan{c.s - 1, c.s})
}

// openingLinks may open a sentence before its subordinate clause: "But while …", "And just
// as …".
var openingLinks = text.WordSet(`and but yet so just even only`)

// subordinateCut ends content c, which follows its cue, at the comma that closes the
// subordinate clause opening the sentence that holds the cue: in "While a judge found [the
// law unconstitutional], the ruling was overturned" the main clause after the comma is the
// writer's. The comma must stand outside quotation marks and before a word that opens no
// list or relative clause.
func (f *finder) subordinateCut(st int, cue, c tspan) tspan {
	k := st
	for k < cue.s && f.in(openingLinks, k) {
		k++
	}
	if k >= cue.s || !f.in(subordinators, k) && !f.is(k, "as") && !f.is(k, "lest") {
		return c
	}
	for j := k + 1; j < cue.s; j++ {
		if f.toks[j].Kind == text.Punct || f.toks[j].Kind == text.Quote {
			return c // a comma or mark before the cue: the clause is not the cue's alone
		}
	}
	for j := c.s + 1; j < c.e-1; j++ {
		if f.sentOf[j] != f.sentOf[cue.s] {
			break
		}
		if !f.punct(j, ",") || f.quoted(j) != 0 {
			continue
		}
		if f.in(clauseLinks, j+1) {
			return c
		}
		if f.clauseOpens(j+1, c.e) {
			c.e = j
			return c
		}
	}
	return c
}

// relativeCut ends content c of a relative pronoun at the comma that closes the relative
// clause before the main clause's verb: in "Ana Ruiz, a technician who
// warned [that the pumps would fail], lost her job" losing the job is the writer's.
func (f *finder) relativeCut(src, c tspan) tspan {
	if src.e != src.s+1 || !f.is(src.s, "who") && !f.is(src.s, "which") {
		return c
	}
	for j := c.s + 1; j < c.e-1; j++ {
		if f.sentOf[j] != f.sentOf[c.s] {
			break
		}
		if !f.punct(j, ",") || f.quoted(j) != 0 || !f.isLowerWord(j+1) || f.in(clauseLinks, j+1) || strings.HasSuffix(f.word(j+1), "ing") {
			continue
		}
		_, pron := f.pronoun(j + 2)
		if f.in(auxiliaries, j+1) || f.verbLike(j+1) || j+2 < c.e && (f.in(determiners, j+2) || pron) && !f.in(notContentOpeners, j+1) {
			c.e = j
			break
		}
	}
	return c
}

// concessions open the writer's own clause after a reported one: "North Korea said [the
// test was its biggest], although it may take days to tell".
var concessions = text.WordSet(`although though whereas`)

// concessionCut ends content c before a comma and a conjunction of concession that opens a
// clause with a subject of its own.
func (f *finder) concessionCut(c tspan) tspan {
	for j := c.s + 1; j+2 < c.e; j++ {
		if f.punct(j, ",") && f.quoted(j) == 0 && f.in(concessions, j+1) && f.clauseOpens(j+2, c.e) {
			c.e = j
			break
		}
	}
	return c
}

// objectOpeners open a clause of the writer's after an object: "indicates [a tightening
// race] as Trump consolidates …".
var objectOpeners = text.WordSet(`as while because although though whereas`)

// objectCut ends content c that is a noun phrase, with no verb, before a clause of time,
// reason or contrast whose subject is a pronoun or a name with a verb right after it:
// "shouting [profanities] as she hurries to the scene", "the poll indicates [a tightening
// race] as Trump consolidates support". What the speaker's act meets is the writer's.
func (f *finder) objectCut(c tspan) tspan {
	for j := c.s + 1; j+2 < c.e && j < c.s+10; j++ {
		if f.toks[j].Kind != text.Word || f.quoted(j) != 0 || f.in(clauseOpeners, j) || f.in(auxiliaries, j) {
			return c
		}
		if !f.in(objectOpeners, j) || f.is(j, "as") && (f.is(j-1, "such") || f.is(j-1, "well")) { // "companies such as Huawei were …"
			if _, ok := f.cue(j); ok || f.isLowerWord(j) && strings.HasSuffix(f.word(j), "ed") {
				return c // a verb: the content is a clause ("officers encountered Scott because …")
			}
			continue
		}
		k := j + 1 // past the subject: a pronoun or a name of capitalized words
		if _, pron := f.pronoun(k); pron {
			k++
		} else {
			for k < c.e && k < j+5 && f.isCap(k) && f.nameish(k) {
				k++
			}
		}
		if k > j+1 && f.isLowerWord(k) && (f.verbLike(k) || f.in(auxiliaries, k)) {
			c.e = j
		}
		return c
	}
	return c
}

// clauseOpens reports whether a clause with a verb of its own starts at token i: a pronoun,
// or a verb within a few words before the next punctuation ("his decision was overturned",
// not "James and Olive Meehan, …").
func (f *finder) clauseOpens(i, end int) bool {
	if _, ok := f.pronoun(i); ok {
		return true
	}
	for k := i; k < end && k < i+6; k++ {
		if f.toks[k].Kind != text.Word {
			return false
		}
		if f.in(auxiliaries, k) || f.verbLike(k) {
			return true
		}
	}
	return false
}

// clauseLinks after a comma continue a list or a noun rather than close a clause.
var clauseLinks = text.WordSet(`and or but nor which who whom whose where that including such`)

// writersClause reports whether token k is a comma that opens a clause of time or reason,
// the writer's words after an attribution: "…, officials said, as mediators pushed …".
func (f *finder) writersClause(k int) bool {
	return f.punct(k, ",") && (f.in(subordinators, k+1) || f.is(k+1, "as"))
}

// subjectSource returns the subject of the sentence part [lo, hi) as a source when it is a
// pronoun or a name the entity stage tagged (a capitalised word opening the sentence is no
// source: "Attacks on the homeland stepped up and …").
func (f *finder) subjectSource(lo, hi int) (tspan, bool) {
	n := f.sentenceSubject(lo, hi)
	return tspan{n.s, n.e}, n.kind == npPronoun || n.kind == npName && f.named(n)
}

// named reports whether the entity stage tagged a name inside noun phrase n.
func (f *finder) named(n np) bool {
	if n.e <= n.s {
		return false
	}
	_, ok := f.nameIn(int(f.toks[n.s].Start), int(f.toks[n.e-1].End))
	return ok
}

// addedSum reports whether token c is "added" before a number: "Carse added 56", "the economy
// added 150,000 jobs", "Bellingham added a third" add a sum or a goal, not words.
func (f *finder) addedSum(c int) bool {
	if !f.is(c, "added") || c+1 >= len(f.toks) {
		return false
	}
	if f.toks[c+1].Kind == text.Number || f.in(numberWords, c+1) {
		return true
	}
	if c+2 >= len(f.toks) || !(f.is(c+1, "a") || f.is(c+1, "another") || f.is(c+1, "his") || f.is(c+1, "her") || f.is(c+1, "their") || f.is(c+1, "the")) {
		return false
	}
	// "de Arrascaeta added the third", "Crowley added the conversions": a goal or points
	return f.in(ordinalWords, c+2) || f.in(scoreNouns, c+2) && (c+3 >= len(f.toks) || f.toks[c+3].Kind == text.Punct || f.in(scoreTails, c+3))
}

var ordinalWords = text.WordSet(`second third fourth fifth sixth seventh eighth ninth tenth`)

// scoreNouns are what a player adds in a match report ("added the conversions").
var scoreNouns = text.WordSet(`goal goals try tries conversion conversions penalty penalties points
	rebounds assists runs wickets equaliser equalizer brace`)

// scoreTails are words after a scoreNoun that go on the match, not a clause ("added the goal
// for Milan"; "added the goals would come" is a clause).
var scoreTails = text.WordSet(`for in from on after before with to and but as against`)

// deniedPlayer reports whether token c is "denied" before a person's name: a goalkeeper
// stopping a player ("Rui Silva denied Pino twice"), not a denial in words. A name the tagger
// left out counts when it is capitalised and no possessive follows ("denied Russia's claims").
func (f *finder) deniedPlayer(c int) bool {
	if !f.is(c, "denied") || c+2 >= len(f.toks) || f.toks[c+1].Kind != text.Word || !text.StartsUpper(f.word(c+1)) || text.DayName(f.word(c+1)) || text.MonthName(f.word(c+1)) {
		return false // "denied Monday that …" denies in words
	}
	end := c + 2
	if n, ok := f.nameIn(int(f.toks[c+1].Start), int(f.toks[c+1].End)); ok {
		if n.Type != Person {
			return false
		}
		for end < len(f.toks) && int(f.toks[end].Start) < n.End {
			end++
		}
	}
	return end >= len(f.toks) || !f.is(end, "'s") && !f.is(end, "’s") && !f.is(end, "'") && !f.is(end, "’")
}

// badCue reports whether a cue span is a reporting verb used as a noun ("the claims that …")
// or in the passive ("were told that …"), whose subject said nothing.
func (f *finder) badCue(c tspan) bool {
	last := c.e - 1
	if v := last - 1; v >= c.s && (f.in(cuePrepositions, last) || f.is(last, "of")) && strings.HasSuffix(f.word(v), "ed") && f.passive(v) {
		return true // "has been accused of": its subject said nothing
	}
	if f.addedSum(last) || f.deniedPlayer(last) || f.thinkTank(last) {
		return true
	}
	if _, ok := cues[string(f.lower(last))]; !ok {
		if c.e-c.s == 2 && f.in(beForms, c.s) && (f.in(directiveParticiples, last) || f.in(choiceParticiples, last)) {
			// "4,000 people [were ordered] to evacuate", "Bumrah [was named] player of the
			// match": the subject said nothing
			return true
		}
		return c.e-c.s == 2 && f.bareNoun(c.s) // "as [demand for] chips surged"
	}
	return f.nounContext(last) || f.passive(last)
}

// ownSentenceCut ends a content that follows its cue and runs on into a later sentence
// holding a cue of its own outside the content ("… by 2027. 'We see demand doubling,' Mr Chandra told the agency."):
// that sentence has its own attribution. The content ends with the sentence before.
func (f *finder) ownSentenceCut(c tspan, cues []tspan) tspan {
	if c.e <= c.s || f.sentOf[c.s] == f.sentOf[c.e-1] {
		return c
	}
	k := sort.Search(len(cues), func(i int) bool { return cues[i].s >= c.s })
	if k == 0 || cues[k-1].e > c.s || f.sentOf[cues[k-1].s] != f.sentOf[c.s] {
		return c // the content's own cue is not before it in its first sentence
	}
	for ; k < len(cues); k++ {
		x := cues[k]
		if f.sentOf[x.s] > f.sentOf[c.e-1] {
			break
		}
		if f.sentOf[x.s] > f.sentOf[c.s] && (x.s >= c.e || x.e <= c.s) {
			st := f.sentStart(x.s)
			if st > c.s {
				c.e = st
			}
			break
		}
	}
	return c
}

// extendToSentenceEnd runs a content that stops inside its sentence on to the sentence's
// end when nothing after it is tagged: a content usually ends with its sentence, and the
// tagger tends to stop early in long clauses.
func (f *finder) extendToSentenceEnd(c tspan, bl block, tags []uint8) tspan {
	si := f.sentOf[c.e-1]
	end := min(clamp(f.d.Sentences[si].Last, len(f.toks)), bl.last)
	stop := end
	for i := c.e; i < end; i++ {
		if tags[i] != tagO {
			return c
		}
		if stop == end && i+1 < end && f.punct(i, ", ;") && f.in(contentStops, i+1) && f.quoted(i) == 0 {
			stop = i
		}
	}
	c.e = stop
	return c
}

// contentStops join a clause of the writer's own after a comma: a content run on to its
// sentence's end stops before them ("Democrats want [policies that create revenue], but
// Republicans …").
var contentStops = text.WordSet(`but although though while whereas yet`)

// extendToSentenceStart runs a content that comes before its cue back to the start of its
// sentence, not before token first, when nothing before it is tagged ("[The talks will
// resume], the ministry said").
func (f *finder) extendToSentenceStart(c tspan, first int, tags []uint8) tspan {
	si := f.sentOf[c.s]
	start := max(clamp(f.d.Sentences[si].First, len(f.toks)), first)
	for i := start; i < c.s; i++ {
		if tags[i] != tagO {
			return c
		}
	}
	c.s = start
	return c
}

// snapToQuotes widens a content span over the whole of every quoted passage it touches, so a
// quotation is either inside a reported record or outside it.
func (f *finder) snapToQuotes(c tspan, bl block) tspan {
	for _, j := range [2]int{c.s, c.e - 1} {
		k := f.quoted(j)
		if k == 0 {
			continue
		}
		p := f.ps[k-1]
		last := int(p.last)
		if int(p.close) >= 0 {
			last = int(p.close) + int(p.closeW)
		}
		c.s = max(min(c.s, int(p.open)), bl.first)
		c.e = min(max(c.e, last), bl.last)
	}
	return c
}

// words counts the words and numbers of a span, up to most: a span may run to the end of a
// long block, and its first words are all a caller asks about.
func (f *finder) words(c tspan, most int) int {
	n := 0
	for i := c.s; i < c.e && n < most; i++ {
		if k := f.toks[i].Kind; k == text.Word || k == text.Number {
			n++
		}
	}
	return n
}

// mostlyQuoted reports whether quoted passages hold 90% or more of the letters and digits of
// the span: direct speech, which Find reports. A long span is counted from prefix sums, built
// on first need: in a block of one long line, spans snapped to an unclosed quotation run to
// the block's end, and reading each whole made the stage quadratic.
func (f *finder) mostlyQuoted(c tspan) bool {
	all, quoted := 0, 0
	if c.e-c.s > longSpan {
		if f.letters == nil {
			f.letters = make([][2]int32, len(f.toks)+1)
			for i := range f.toks {
				n := int32(f.letterCount(i))
				q := n
				if f.quoted(i) == 0 {
					q = 0
				}
				f.letters[i+1] = [2]int32{f.letters[i][0] + n, f.letters[i][1] + q}
			}
		}
		all = int(f.letters[c.e][0] - f.letters[c.s][0])
		quoted = int(f.letters[c.e][1] - f.letters[c.s][1])
	} else {
		for i := c.s; i < c.e; i++ {
			n := f.letterCount(i)
			all += n
			if f.quoted(i) != 0 {
				quoted += n
			}
		}
	}
	return all > 0 && quoted*10 >= all*9
}

// longSpan is the length in tokens above which mostlyQuoted counts from prefix sums.
const longSpan = 256

// letterCount returns the number of letters and digits of token i.
func (f *finder) letterCount(i int) int {
	n := 0
	for _, r := range f.word(i) {
		if isLetterOrDigit(r) {
			n++
		}
	}
	return n
}

// isLetterOrDigit is for counting the words of a span.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// finiteCue reports whether token i is a finite reporting verb of the lexicon.
func (f *finder) finiteCue(i int) bool {
	c, ok := f.cue(i)
	return ok && c.form == cueFinite
}
