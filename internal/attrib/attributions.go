package attrib

import (
	"unicode"

	"github.com/newsextract/newsextract/internal/text"
)

// ruleModel names the reported records the attribution tagger found.
const ruleModel = "model"

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
	if len(f.toks) <= poolTokens {
		defer scratchPool.Put(sc) // a long document's scratch is let go, not held
	}
	f.features(sc)
	f.tagBlocks(sc, m)
	return f.assemble(sc.tags)
}

// spansOf returns the source, cue and content spans of the tags of block b.
func spansOf(tags []uint8, first, last int) (spans [4][]tspan) {
	open, role := -1, 0
	closeAt := func(e int) {
		if open >= 0 && role > 0 {
			spans[role] = append(spans[role], tspan{open, e})
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
	return spans
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
func (f *finder) nearestCue(list []tspan, x tspan) (tspan, bool) {
	best, bg := tspan{}, -1
	for _, c := range list {
		g := f.gap(c, x)
		if !f.lexicalCue(c) {
			g += cuePenalty
		}
		if bg < 0 || g < bg {
			best, bg = c, g
		}
	}
	return best, bg >= 0
}

// cuePenalty is how many tokens farther a cue of the lexicon may be than one outside it.
const cuePenalty = 8

// lexicalCue reports whether a span holds a reporting, thought or evidence verb, or
// "according".
func (f *finder) lexicalCue(c tspan) bool {
	for i := c.s; i < c.e; i++ {
		w := string(f.lower(i))
		if _, ok := cues[w]; ok || thoughtLemmas[w] || evidenceVerbs[w] {
			return true
		}
	}
	return false
}

// assemble turns the tags into reported records.
func (f *finder) assemble(tags []uint8) []Reported {
	var out []Reported
	lastEnd := -1
	for _, bl := range f.blocks {
		if bl.last <= bl.first {
			continue
		}
		sp := spansOf(tags, bl.first, bl.last)
		for _, c := range sp[3] {
			c = f.extendToSentenceEnd(c, bl, tags)
			c = f.snapToQuotes(c, bl)
			for c.s < c.e && f.toks[c.s].Kind == text.Punct {
				c.s++
			}
			for c.e > c.s && f.toks[c.e-1].Kind == text.Punct {
				c.e--
			}
			if f.words(c, 2) < 2 || f.toks[c.s].Start < lastEnd || f.mostlyQuoted(c) {
				continue
			}
			cue, hasCue := f.nearestCue(sp[2], c)
			if !hasCue || cue.s >= c.e {
				c = f.extendToSentenceStart(c, bl, tags)
			}
			anchor := c
			if hasCue {
				anchor = cue
			}
			src, ok := f.nearest(sp[1], anchor)
			if !ok || !f.speakerLike(src) || hasCue && (f.badCue(cue) || overlaps(cue, c)) || overlaps(src, c) {
				continue
			}
			src = f.trimSource(src, anchor)
			name, ent := f.resolveSpan(src.s, src.e)
			r := Reported{
				Start: f.toks[c.s].Start, End: f.toks[c.e-1].End,
				SpeakerStart: f.toks[src.s].Start, SpeakerEnd: f.toks[src.e-1].End,
				Speaker: name, Entity: ent, CueStart: -1, CueEnd: -1, Rule: ruleModel,
			}
			if hasCue {
				r.CueStart, r.CueEnd = f.toks[cue.s].Start, f.toks[cue.e-1].End
			}
			out = append(out, r)
			lastEnd = r.End
		}
	}
	return out
}

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

// speakerLike reports whether a source span can name a speaker: it holds a word that is no
// determiner or function word ("The" alone is a tagging slip).
func (f *finder) speakerLike(src tspan) bool {
	for i := src.s; i < src.e; i++ {
		if f.toks[i].Kind == text.Word && !f.in(determiners, i) && !f.in(nameStops, i) {
			return true
		}
	}
	_, pron := f.pronoun(src.s)
	return pron
}

// badCue reports whether a cue span is a reporting verb used as a noun ("the claims that …")
// or in the passive ("were told that …"), whose subject said nothing.
func (f *finder) badCue(c tspan) bool {
	last := c.e - 1
	if _, ok := cues[string(f.lower(last))]; !ok {
		return false
	}
	return f.nounContext(last) || f.passive(last)
}

// extendToSentenceEnd runs a content that stops inside its sentence on to the sentence's
// end when nothing after it is tagged: a content usually ends with its sentence, and the
// tagger tends to stop early in long clauses.
func (f *finder) extendToSentenceEnd(c tspan, bl block, tags []uint8) tspan {
	si := f.sentOf[c.e-1]
	end := min(clamp(f.d.Sentences[si].Last, len(f.toks)), bl.last)
	for i := c.e; i < end; i++ {
		if tags[i] != tagO {
			return c
		}
	}
	c.e = end
	return c
}

// extendToSentenceStart runs a content that comes before its cue back to the start of its
// sentence when nothing before it is tagged ("[The talks will resume], the ministry said").
func (f *finder) extendToSentenceStart(c tspan, bl block, tags []uint8) tspan {
	si := f.sentOf[c.s]
	start := max(clamp(f.d.Sentences[si].First, len(f.toks)), bl.first)
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
		last := p.last
		if p.close >= 0 {
			last = p.close + p.closeW
		}
		c.s = max(min(c.s, p.open), bl.first)
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
