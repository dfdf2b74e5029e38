package attrib

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/quote"
)

// ruleID names the rule that decided a passage's speaker or kind: the public quote.Rule, one
// byte (a text of short quotations has millions of passages). The rules' names are there.
type ruleID = quote.Rule

// Rules, in the order they are tried for each passage.
const (
	ruleNone        = quote.NoRule                 // no rule has decided
	ruleTranscript  = quote.RuleTranscriptLabel    // "SMITH: …" inside the quotation
	ruleMultiPara   = quote.RuleMultiParagraph     // a paragraph of a quotation that runs on
	ruleTitle       = quote.RuleTitle              // the title of a work: no speaker
	ruleCueAfterInv = quote.RuleCueNameAfter       // “…,” said Peskov
	ruleAccording   = quote.RuleAccordingTo        // “…,” according to Peskov / According to X, “…”
	ruleNameCueAft  = quote.RuleNameCueAfter       // “…,” Peskov said
	ruleNameCueBef  = quote.RuleNameCueBefore      // Peskov said (that / :) “…”
	ruleCueNameBef  = quote.RuleCueNameBefore      // Said Peskov: “…”
	ruleParticiple  = quote.RuleParticiple         // X said …, adding “…”
	ruleCueLater    = quote.RuleCueLater           // the “root causes” of the war, Peskov said.
	ruleClaimNoun   = quote.RuleClaimNoun          // Trump’s claim that there were “…”
	ruleColonSubj   = quote.RuleColonSubject       // The piece used it as its headline: “…”
	ruleSplit       = quote.RuleSameParagraph      // a further quotation in the paragraph of an attributed one
	ruleLeadIn      = quote.RuleColonLeadIn        // Peskov said:\n\n“…”
	ruleHeadColon   = quote.RuleHeadlineColon      // Peskov: ‘…’
	ruleHeadSubj    = quote.RuleHeadlineSubject    // Kremlin Rips ‘…’
	ruleContinues   = quote.RuleParagraphContinues // a paragraph that is a quotation continues the last speaker
	ruleNextSent    = quote.RuleNameCueNext        // “….” Peskov said.
	ruleDashName    = quote.RuleDashName           // “…” ― Jane Doe
	ruleSubject     = quote.RuleSentenceSubject    // Trump admires Putin as a “strong leader”
	ruleSubClause   = quote.RuleSubordinateSubject // as Trump went on about “…,” Melanie said yes
	ruleScare       = quote.RuleScare              // a short phrase, no speaker
	ruleNoSpeaker   = quote.RuleNoSpeaker          // nothing in the text says who spoke
	ruleStageNote   = quote.RuleStageNote          // “(CROSSTALK)”: a bracketed note, no one's words
	ruleInDoubled   = quote.RuleInsideDoubled      // ''… 'this' …'': nested in a quotation in doubled apostrophes
	ruleTurn        = quote.RuleInterviewTurn      // Boric: No. We settled … (a transcript's turn, no marks)
)

// confidences holds each rule's confidence: a rough prior of how often the rule is right on
// news text.
var confidences = [...]float32{
	ruleTranscript:  0.9,
	ruleMultiPara:   0.9,
	ruleTitle:       0.6,
	ruleCueAfterInv: 0.95,
	ruleAccording:   0.9,
	ruleNameCueAft:  0.95,
	ruleNameCueBef:  0.9,
	ruleCueNameBef:  0.85,
	ruleParticiple:  0.8,
	ruleCueLater:    0.8,
	ruleClaimNoun:   0.7,
	ruleColonSubj:   0.6,
	ruleSplit:       0.85,
	ruleLeadIn:      0.85,
	ruleHeadColon:   0.7,
	ruleHeadSubj:    0.5,
	ruleContinues:   0.75,
	ruleNextSent:    0.8,
	ruleDashName:    0.8,
	ruleSubject:     0.5,
	ruleSubClause:   0.7,
	ruleScare:       0.5,
	ruleNoSpeaker:   0.5,
	ruleStageNote:   0.8,
	ruleInDoubled:   0.7,
	ruleTurn:        0.9,
}

// confidence returns rule r's confidence, 0 for none.
func confidence(r ruleID) float32 {
	if int(r) < len(confidences) {
		return confidences[r]
	}
	return 0
}

// attribute runs the rules over every passage in text order.
func (f *finder) attribute() {
	f.markPassages()
	f.spoken, f.doubled = -1, doubledCount{block: -1}
	lastBlock := -1
	for k := range f.ps {
		p := &f.ps[k]
		// Reported speech in blocks without quotations keeps the last speaker current.
		for b := lastBlock + 1; b < int(p.block); b++ {
			f.scanReported(b)
		}
		lastBlock = int(p.block)
		f.attributeOne(k)
		if p.spS >= 0 {
			f.spoken = k
			f.resolve(k)
			f.last = lastSpeaker{ok: true, block: int(p.block), spS: int(p.spS), spE: int(p.spE), cueS: int(p.cueS), cueE: int(p.cueE), speaker: f.speakerName(p.speaker), entity: int(p.entity)}
		} else if p.kind == Direct || p.kind == Partial {
			p.kind = Unattributed
		}
	}
	// A quotation over several paragraphs whose speaker is named only at a later part
	// (“A.¶“B,” Peskov said.) gives that speaker to the earlier parts.
	for k := len(f.ps) - 2; k >= 0; k-- {
		p, q := &f.ps[k], &f.ps[k+1]
		if q.cont && q.group == p.group && p.spS < 0 && q.spS >= 0 && (p.rule == ruleNoSpeaker || p.rule == ruleScare) {
			p.spS, p.spE, p.speaker, p.entity = q.spS, q.spE, q.speaker, q.entity
			p.kind, p.rule, p.carried = Direct, ruleMultiPara, true
		}
	}
}

// scanReported looks for "X said" in block b and makes X the last speaker.
func (f *finder) scanReported(b int) {
	bl := f.blocks[b]
	for i := bl.first; i < bl.last; i++ {
		c, ok := f.cue(i)
		if !ok || c.form != cueFinite || c.weak || !f.isLowerWord(i) {
			continue
		}
		lo := f.sentStart(i)
		n := f.npLeft(i-1, lo, true)
		if n.kind == npName || n.kind == npPronoun || n.kind == npNominal {
			name, ent := f.resolveSpan(n.s, n.e)
			f.last = lastSpeaker{ok: true, block: b, spS: n.s, spE: n.e, cueS: i, cueE: i + 1, speaker: name, entity: ent}
			return
		}
	}
}

// reach is how many tokens the rules look before or after a token within its sentence. News
// sentences are shorter (the longest in the development sets has 108 tokens); the limit keeps
// text that is one endless sentence of quotations linear instead of quadratic.
const reach = 250

// sentStart is the first token of the sentence holding token i, at most reach tokens back.
func (f *finder) sentStart(i int) int {
	i = clamp(i, len(f.toks)-1)
	return max(clamp(f.d.Sentences[f.sentOf[i]].First, len(f.toks)), i-reach)
}

// sentStartIn is the first token of the sentence holding token i, not before block b.
func (f *finder) sentStartIn(i, b int) int {
	s := f.sentStart(i)
	if first := f.blocks[b].first; s < first {
		return first
	}
	return s
}

// sentEnd is the token after the sentence holding token i, at most reach tokens on.
func (f *finder) sentEnd(i int) int {
	i = clamp(i, len(f.toks)-1)
	return min(clamp(f.d.Sentences[f.sentOf[i]].Last, len(f.toks)), i+reach)
}

func (f *finder) set(p *passage, n np, cueS, cueE int, rule ruleID) bool {
	if n.kind == npNone || n.e <= n.s {
		return false
	}
	p.spS, p.spE = int32(n.s), int32(n.e)
	p.cueS, p.cueE = int32(cueS), int32(cueE)
	p.rule = rule
	return true
}

func (f *finder) inherit(p *passage, q *passage, rule ruleID) bool {
	if q.spS < 0 {
		return false
	}
	p.spS, p.spE, p.cueS, p.cueE = q.spS, q.spE, q.cueS, q.cueE
	p.rule = rule
	p.carried = true
	return true
}

// after returns the token after the closing mark of p.
func (f *finder) after(p *passage) int { return int(p.close) + int(p.closeW) }

// leftBound is the first token of the clause before passage p: the start of its sentence, or
// just after an earlier passage in that sentence.
func (f *finder) leftBound(p *passage) int {
	lo := f.sentStartIn(int(p.open), int(p.block))
	for i := int(p.open) - 1; i >= lo; i-- {
		if f.quoted(i) != 0 {
			return i + 1
		}
	}
	return lo
}

// rightBound is the token after the clause that follows passage p: the end of its sentence, or
// the next passage.
func (f *finder) rightBound(p *passage) int {
	if int(p.close) < 0 {
		return int(p.close)
	}
	hi := f.sentEnd(int(p.close))
	if bl := f.blocks[p.block].last; hi > bl {
		hi = bl
	}
	for i := f.after(p); i < hi; i++ {
		if f.quoted(i) != 0 && !f.nicknameTok(i) {
			return i
		}
	}
	return hi
}

func (f *finder) attributeOne(k int) {
	p := &f.ps[k]
	p.kind = Direct
	if f.transcriptLabel(p) {
		return
	}
	if f.stageNote(p) || f.followLine(p) {
		p.kind, p.rule = Unattributed, ruleStageNote
		return
	}
	if f.insideDoubled(p) {
		p.kind, p.rule = Unattributed, ruleInDoubled
		return
	}
	if p.cont {
		if f.afterCue(p, f.rightBound(p)) {
			return
		}
		if !f.inherit(p, &f.ps[k-1], ruleMultiPara) {
			p.rule = ruleNoSpeaker
		}
		return
	}
	lo := f.leftBound(p)
	hi := f.rightBound(p)
	if f.partial(p) {
		p.kind = Partial
	}
	headline := f.blocks[p.block].headline
	if !headline && f.looksTitle(p) {
		p.kind, p.rule = Title, ruleTitle
		return
	}
	if headline && f.headlineColon(p) {
		return
	}
	if f.subordinateSubject(p, k) {
		return
	}
	var found bool
	if p.kind == Partial && !f.endsClause(p) {
		found = f.beforeCue(p, lo) || f.afterCue(p, hi) || f.laterCue(p, hi) || f.claimNoun(p, lo)
	} else {
		found = f.afterCue(p, hi) || f.beforeCue(p, lo) || f.laterCue(p, hi) || f.claimNoun(p, lo)
	}
	if found {
		f.groupSplit(k)
		return
	}
	// No cue in the clause.
	if f.dashName(p) || f.sameParagraph(k) || p.kind == Direct && f.earlierSentence(p) {
		return
	}
	if headline && f.headlineSpeaker(p) {
		return
	}
	if f.colonLeadIn(p, lo) || f.nextSentenceCue(p) {
		return
	}
	if (int(p.open) == f.blocks[p.block].first || int(p.open) == lo && f.onlyQuotes(int(p.block))) && !f.titleCase(p) {
		if f.last.ok && int(p.block)-f.last.block <= 2 {
			p.spS, p.spE, p.cueS, p.cueE = int32(f.last.spS), int32(f.last.spE), int32(f.last.cueS), int32(f.last.cueE)
			p.rule = ruleContinues
			p.carried = true
			return
		}
	}
	if p.kind == Partial && f.subjectFallback(p, lo) {
		return
	}
	if f.wordCount(p) <= 4 {
		p.kind, p.rule = Scare, ruleScare
		return
	}
	p.kind, p.rule = Unattributed, ruleNoSpeaker
}

// subordinateSubject gives a fragment inside a subordinate clause with a subject and verb of
// its own to that subject: "as [Trump] went on about “how the system is rigged,” Melanie said
// yes" quotes Trump, whatever the main clause's cue says. Fragments joined to such a one by
// and, or and commas share its speaker ("… about “A,” and “B” and “C”").
func (f *finder) subordinateSubject(p *passage, k int) bool {
	if p.kind != Partial {
		return false
	}
	if k > 0 {
		q := &f.ps[k-1]
		if q.rule == ruleSubClause && q.block == p.block && int(q.close) >= 0 && f.sentOf[int(q.close)] == f.sentOf[int(p.open)] {
			for i := f.after(q); i < int(p.open); i++ {
				if !f.punct(i, ",") && !f.is(i, "and") && !f.is(i, "or") {
					return false
				}
			}
			return f.inherit(p, q, ruleSubClause)
		}
	}
	s := f.sentStartIn(int(p.open), int(p.block))
	for i := int(p.open) - 1; i >= s && i > int(p.open)-15; i-- {
		if f.quoted(i) != 0 || f.punct(i, ", ; : — –") {
			return false // the clause before the fragment is not the subordinate one
		}
		if !f.in(subordinators, i) && !f.is(i, "as") {
			continue
		}
		n := f.npRight(i+1, int(p.open))
		person := n.kind == npName || n.kind == npPronoun || n.kind == npNominal && f.in(roleNouns, n.e-1)
		if !person || n.e >= int(p.open) || !f.isLowerWord(n.e) || f.in(nameStops, n.e) || f.in(determiners, n.e) {
			return false
		}
		if !f.in(auxiliaries, n.e) && n.e+1 < int(p.open) && f.isLowerWord(n.e+1) && f.verbLike(n.e+1) {
			return false // "as Trump supporters chanted": the word after the name is a noun
		}
		return f.set(p, n, n.e, n.e+1, ruleSubClause)
	}
	return false
}

// insideDoubled reports whether a passage in single marks lies inside an open quotation written
// with doubled apostrophes (two ' marks on each side, as the New York Times archive writes
// double quotation marks): this package does not pair those, so the single marks inside are a
// quotation nested in someone's quotation, not one of its own.
func (f *finder) insideDoubled(p *passage) bool {
	if p.fam != famSingle {
		return false
	}
	// The count goes on from the last passage's when it is in the same block (passages come in
	// text order), so a block of many quotations is read once.
	c := &f.doubled
	if c.block != int(p.block) || c.next > int(p.open) {
		*c = doubledCount{block: int(p.block), next: f.blocks[p.block].first}
	}
	i := c.next
	for ; i < int(p.open); i++ {
		if f.markCandidate(i) {
			if m := f.classify(i); m.w == 2 {
				c.n++
				i++
			}
		}
	}
	c.next = i
	return c.n%2 == 1
}

// doubledCount is insideDoubled's count of doubled marks in block, up to token next.
type doubledCount struct {
	block, next, n int
}

// subjectFallback: a quoted fragment in a sentence with no reporting verb ("Trump admires Putin
// as a “strong leader”") is the words of the sentence's subject, as news writing uses quotation
// marks for words someone used.
func (f *finder) subjectFallback(p *passage, lo int) bool {
	s := f.sentStartIn(int(p.open), int(p.block))
	// "Veto Power Impedes Peace: Eliminating “…” is …": a label before a colon is no subject;
	// the clause starts after it.
	for i := int(p.open) - 1; i > s; i-- {
		if f.punct(i, ":") && f.quoted(i) == 0 {
			s = i + 1
			break
		}
	}
	n := f.sentenceSubject(s, int(p.open))
	apposed := false
	if n.kind == npNominal && f.punct(n.e, ",") {
		// "Another critic, Laurence Tribe, likened the rules to “…”": the person named in
		// apposition is the subject, the verb after the apposition the cue
		if m := f.appositivePerson(n, int(p.open)); m != n {
			n, apposed = m, true
		}
	}
	// The subject must end before the quotation with a verb between: in "The so-called
	// “experts” disagree" the quotation is part of the subject.
	if n.kind == npNone || n.e >= int(p.open) || f.is(int(p.open)-1, "so-called") || n.kind == npNominal && !f.in(roleNouns, n.e-1) {
		return false
	}
	// "Byrd's strategy of “…”", "Part of the network …": the name is not the subject but
	// its owner or a noun before a preposition.
	if f.possessive(n.e) || f.in(nounPrepositions, n.e) || f.is(n.e, "to") {
		return false
	}
	// "The complaint is based on …", "immigrants are “safe”", "has been called a “…” by":
	// a subject of be or of a passive is not the one whose words are quoted.
	v := n.e
	if apposed {
		v++ // the comma closing the apposition
	}
	v = f.pastAside(v, int(p.open))
	if f.punct(v, "— –") {
		// "Mehmet Oz — a surgeon and TV star — has been called": past the apposition
		for k := v + 1; k < int(p.open) && k < v+15; k++ {
			if f.punct(k, "— –") {
				v = k + 1
				break
			}
		}
	}
	be := false
	v0 := v
	for v < int(p.open) && v < v0+5 && (f.in(skipBetween, v) || f.adverb(v) || f.in(beForms, v)) {
		if f.in(beForms, v) {
			be = true
		}
		v++
	}
	if be && !strings.HasSuffix(f.word(v), "ing") {
		return false
	}
	// A pronoun says nothing about speech ("He has bought … a “philanthropub”"): it needs a
	// word of saying between it and the quotation ("he called it “…”").
	if n.kind == npPronoun && !f.speechWordIn(n.e, int(p.open)) {
		return false
	}
	// The cue is the verb after the subject with its auxiliaries and adverbs ("has been
	// steadily pounding", "cynically dismissed"), when it comes before the quotation and
	// looks like a verb.
	cs, ce := -1, -1
	if v < int(p.open) && f.quoted(v) == 0 && f.verbLike(v) {
		cs, ce = v0, v+1 // past an apposition or aside
	}
	return f.set(p, n, cs, ce, ruleSubject)
}

// pastAside returns the token after a party in parentheses and a short aside set off by
// commas that follow a subject ("Harry Reid (D-Nev.), in particular, has been …"), else i;
// the verb comes after them. Nothing reaches hi.
func (f *finder) pastAside(i, hi int) int {
	if f.punct(i, "(") {
		for k := i + 1; k < hi && k < i+8; k++ {
			if f.punct(k, ")") {
				i = k + 1
				break
			}
		}
	}
	if !f.punct(i, ",") {
		return i
	}
	for k := i + 1; k < hi && k < i+6; k++ {
		if f.punct(k, ",") {
			return k + 1
		}
		if !f.isLowerWord(k) || f.verbLike(k) {
			break
		}
	}
	return i
}

// auxiliaries come before a verb.
var auxiliaries = text.WordSet(`has have had is was are were been will would can could`)

// verbLike reports whether token i is a lower-case word that looks like a finite verb or a
// participle: a reporting verb of the lexicon, a word after an auxiliary, or a word ending in
// -ed, -s or -ing.
func (f *finder) verbLike(i int) bool {
	if !f.isLowerWord(i) {
		return false
	}
	if _, ok := f.cue(i); ok || i > 0 && f.in(auxiliaries, i-1) && !f.in(determiners, i) {
		return true // "has gone after", "was steadily pounding"
	}
	w := f.word(i)
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"))
}

// speechWordIn reports whether tokens [lo, hi) outside quotations hold a reporting verb (weak
// ones too) or a noun of saying ("the criticism", "a statement").
func (f *finder) speechWordIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if f.quoted(i) != 0 {
			continue
		}
		if _, ok := f.cue(i); ok || f.in(claimNouns, i) {
			return true
		}
	}
	return false
}

// partial reports whether passage p is a fragment inside the writer's sentence rather than
// a quotation of its own: words of the sentence precede it, and no lead-in colon or comma.
func (f *finder) partial(p *passage) bool {
	s := f.sentStartIn(int(p.open), int(p.block))
	if int(p.open) <= s {
		return false
	}
	prev := int(p.open) - 1
	if f.punct(prev, ":") {
		return false
	}
	if f.punct(prev, ", — – -") && f.quoted(prev-1) == 0 {
		return false
	}
	return true
}

// endsClause reports whether the quotation ends in a comma, question or exclamation mark
// (“…,” he said), which points to an attribution after it.
func (f *finder) endsClause(p *passage) bool {
	return int(p.close) >= 0 && (f.punct(int(p.last)-1, ", ? ! —") || f.punct(f.after(p), ","))
}

// stageNote: a passage entirely in brackets, "(CROSSTALK)", "[inaudible]", or with a full
// stop after them, is no one's words.
func (f *finder) stageNote(p *passage) bool {
	end := int(p.last) - 1
	if f.punct(end, ".") {
		end--
	}
	return f.punct(int(p.first), "( [") && f.punct(end, ") ]")
}

// followLine: "Follow Jane Doe on Twitter @janedoe" inside a passage is the site's line,
// no one's words.
func (f *finder) followLine(p *passage) bool {
	first, last := int(p.first), int(p.last)
	if !f.is(first, "follow") || !f.isCap(first) {
		return false
	}
	for i := first + 1; i < last && i < first+12; i++ {
		switch string(f.lower(i)) {
		case "twitter", "facebook", "instagram", "x":
			return f.is(i-1, "on")
		}
	}
	return false
}

// dashName: “…” ― Jane Doe, the signature after a dash that closes reader comments and
// epigraphs.
func (f *finder) dashName(p *passage) bool {
	if int(p.close) < 0 {
		return false
	}
	j := f.after(p)
	if !f.punct(j, "― — – -") {
		return false
	}
	n := f.npRight(j+1, f.blocks[p.block].last)
	if n.kind != npName {
		return false
	}
	if e := n.e; e < len(f.toks) && f.toks[e].Newlines == 0 && f.in(roleNouns, e) || e+1 < len(f.toks) && f.isLowerWord(e) && f.in(roleNouns, e+1) {
		// "‘Worst storm in decades’ - Welsh first minister": the description after the
		// demonym is the speaker, up to its role noun
		for e < len(f.toks) && f.toks[e].Newlines == 0 && f.isLowerWord(e) && !f.in(roleNouns, e) {
			e++
		}
		if e < len(f.toks) && f.in(roleNouns, e) && f.toks[e].Newlines == 0 {
			n = np{n.s, e + 1, npNominal}
		}
	}
	return f.set(p, n, j, j+1, ruleDashName) // the dash is the cue, as a reader takes it
}

// transcriptLabel: a quotation that opens with an upper-case label and a colon ("SMITH: …")
// is spoken by the label.
func (f *finder) transcriptLabel(p *passage) bool {
	i, last := int(p.first), int(p.last)
	e := i
	for e < last && e < i+3 && f.isAllCaps(e) {
		e++
	}
	if e == i || e >= last || !f.punct(e, ":") {
		return false
	}
	return f.set(p, np{i, e, npName}, e, e+1, ruleTranscript) // the colon is the cue
}

func (f *finder) wordCount(p *passage) int {
	n := 0
	for i := p.first; i < p.last; i++ {
		if k := f.toks[i].Kind; k == text.Word || k == text.Number {
			n++
		}
	}
	return n
}

// looksTitle: a quotation in title case after a word that introduces a work ("the film
// “Arrival”", "an episode of “The Show”") or followed by such a word.
func (f *finder) looksTitle(p *passage) bool {
	words, caps := f.titleCaseCount(p, true)
	if words == 0 || words > 10 || caps < words || !(f.isCap(int(p.first)) || f.toks[p.first].Kind == text.Number) {
		return false
	}
	if f.nickname(p) {
		return true
	}
	if int(p.open) == f.sentStart(int(p.open)) && int(p.close) >= 0 {
		// A sentence that opens with a title-case quotation: a title only if a cue does not follow.
		if c, ok := f.cue(f.after(p)); ok && c.form != cueAccording {
			return false
		}
	}
	// A word that introduces a work ("the film “Arrival”", "an episode of “The Show”",
	// "her 12th album, “The Life of a Showgirl,”", "“Arrival,” the film", "his “Real Talk”
	// radio show"), or a possessive or on/in before
	// it ("CNN’s “State of the Union”", "said on “Meet the Press”").
	b := int(p.open) - 1
	if f.in(titleCues, b) || f.in(titleCues, b-1) && (f.in(determiners, b) || f.is(b, "of") || f.punct(b, ",")) ||
		f.possessive(b) || f.is(b, "on") || f.is(b, "in") || f.is(b, "own") && f.in(possessivePronouns, b-1) {
		return true // … "the record set by her own “The Tortured Poets Department”"
	}
	if int(p.close) >= 0 {
		a := f.after(p)
		if f.punct(a, ",") {
			a++
		}
		if f.in(titleCues, a) || f.isLowerWord(a) && f.in(titleCues, a+1) {
			return true
		}
	}
	// Weaker signs, "of" before it or only its being short, give way to a reporting verb
	// before it in the sentence: "proclaimed a goal of “Peace Through Strength”", "hailed him
	// as “The Comeback Kid”".
	if f.saidBefore(p) {
		return false
	}
	return f.is(b, "of") || f.wordCount(p) <= 6 && int(p.open) != f.sentStart(int(p.open))
}

// possessivePronouns stand before "own": "her own “…”".
var possessivePronouns = text.WordSet(`his her their its my our your`)

// saidBefore reports whether the sentence holds a reporting verb before passage p, outside
// quotations: any verb, or a weak one ("called", "hailed") within a few words of it.
func (f *finder) saidBefore(p *passage) bool {
	lo := f.sentStartIn(int(p.open), int(p.block))
	for i := int(p.open) - 1; i >= lo; i-- {
		if f.quoted(i) != 0 {
			continue
		}
		if c, ok := f.cue(i); ok && !f.nounContext(i) && !f.passive(i) && (!c.weak || i >= int(p.open)-8) {
			return true
		}
	}
	return false
}

// titleCase reports whether a short passage has every word capitalized, as subheads and
// titles have ("'Coal Isn't the Villain.'").
func (f *finder) titleCase(p *passage) bool {
	words, caps := f.titleCaseCount(p, false)
	return words > 0 && words <= 8 && caps == words
}

// nickname reports whether passage p is a nickname inside a name: Dwayne “The Rock” Johnson,
// Robert C. “Bobby” Scott. It is part of the name, no quotation.
func (f *finder) nickname(p *passage) bool {
	if int(p.close) < 0 || !f.nameish(int(p.open)-1) || !f.nameish(f.after(p)) {
		return false
	}
	words, caps := f.titleCaseCount(p, false)
	return words > 0 && words <= 3 && caps == words && f.isCap(int(p.first))
}

// nicknameTok reports whether token i, a mark or a word, belongs to a nickname passage.
func (f *finder) nicknameTok(i int) bool {
	q := f.quoted(i)
	return q != 0 && f.nickname(&f.ps[q-1])
}

// titleCaseCount counts the words of passage p (numbers too when withNumbers) and those written as
// in a title: capitalized, a number, or a small word such as "of" after the first.
func (f *finder) titleCaseCount(p *passage, withNumbers bool) (words, caps int) {
	for i := int(p.first); i < int(p.last); i++ {
		k := f.toks[i].Kind
		if k == text.Word || withNumbers && k == text.Number {
			words++
			if f.isCap(i) || k == text.Number || f.in(titleSmallWords, i) && i > int(p.first) {
				caps++
			}
		}
	}
	return words, caps
}

var titleSmallWords = text.WordSet(`a an the and or of in on at to for with by from as but nor vs v`)

// cueIn reports whether tokens [lo, hi) hold a reporting verb outside quotations, in the active
// voice: "His remarks were echoed by X, who said" holds none (a noun, and a passive verb whose
// speaker is the who).
func (f *finder) cueIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if f.quoted(i) != 0 {
			continue
		}
		if c, ok := f.cue(i); ok && !c.weak && !f.passive(i) && !f.nounContext(i) {
			return true
		}
	}
	return false
}

// clauseEnd is the end of the sentence starting at token j, within block b and before the next
// passage.
func (f *finder) clauseEnd(j, b int) int {
	bl := f.blocks[b]
	if j >= bl.last || j >= len(f.toks) {
		return j
	}
	hi := f.sentEnd(j)
	if hi > bl.last {
		hi = bl.last
	}
	for i := j; i < hi; i++ {
		if f.quoted(i) != 0 && !f.nicknameTok(i) {
			return i
		}
	}
	return hi
}

// afterCue: the speaker and cue follow the closing mark: “…,” said Peskov / “…,” Peskov said /
// “…,” according to Peskov.
func (f *finder) afterCue(p *passage, hi int) bool {
	if int(p.close) < 0 {
		return false
	}
	j := f.after(p)
	if j == hi {
		// The sentence splitter ended the sentence at the closing mark (“…?” Trump said): the
		// attribution is the start of the next sentence. Not after words of the writer's
		// own that end with a full stop: "accused Kim of “fanatic recklessness.” Park said …"
		// starts a sentence of its own.
		if p.kind == Partial && f.punct(int(p.last)-1, ".") {
			return false
		}
		hi = f.clauseEnd(j, int(p.block))
	}
	for j < hi && f.punct(j, ", — – -") {
		j++
	}
	if j >= hi {
		return false
	}
	if f.is(j, "per") && (f.punct(j-1, ",") || f.punct(int(p.last)-1, ",")) {
		if n := f.npRight(j+1, hi); n.kind != npNone {
			return f.set(p, n, j, j+1, ruleAccording)
		}
	}
	if c, ok := f.cue(j); ok {
		if c.form == cueAccording {
			if f.is(j+1, "to") {
				return f.set(p, f.npRight(j+2, hi), j, j+2, ruleAccording)
			}
			return false
		}
		if n := f.npRight(j+1, hi); n.kind != npNone && !f.clauseVerb(n.e) && !(c.form == cueParticiple && n.kind == npNominal) {
			// (not "…,” citing the extradition": a participle's object is no speaker)
			return f.set(p, n, j, j+1, ruleCueAfterInv)
		}
	}
	// NP … cue, the subject starting within a few tokens of the quotation.
	for c := j + 1; c < hi && c < j+24; c++ {
		if f.punct(c, ". ! ? ;") && !f.abbrevStop(c) {
			break
		}
		ci, ok := f.cue(c)
		if !ok || ci.form == cueAccording {
			continue
		}
		if ci.form != cueFinite {
			break
		}
		n := f.npLeft(c-1, j, true)
		if ci.weak && (n.s != j || n.e != c) {
			break // a weak cue counts only right after the quotation: “…,” she continued
		}
		if n.kind != npNone && (f.onlyWords(j, n.s) && n.s <= j+4 || n.kind == npName && f.descriptionBefore(j, n.s)) {
			return f.set(p, n, c, c+1, ruleNameCueAft)
		}
		break
	}
	return false
}

// descriptionBefore reports whether tokens [j, s) are a short description and a comma, with
// at most a title between the comma and the name at s: "“…,” [Scott's niece], state Del.
// [Marcia Price], shouted". The name in apposition is the subject.
func (f *finder) descriptionBefore(j, s int) bool {
	k := j
	for k < s && !f.punct(k, ",") {
		if f.toks[k].Kind != text.Word || f.quoted(k) != 0 || f.verbLike(k) {
			return false
		}
		k++
	}
	return k > j && k < s && k-j <= 6 && s-k <= 4
}

// clauseVerb reports whether token i is a verb that makes the noun phrase before it the
// subject of a clause of its own: "“a prison,” said [Argentina] wanted …" names what was
// said, not who said it.
func (f *finder) clauseVerb(i int) bool {
	if !f.isLowerWord(i) {
		return false
	}
	if f.in(auxiliaries, i) || f.in(modalVerbs, i) {
		return true
	}
	w := f.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

var modalVerbs = text.WordSet(`should shall may might must will won't wouldn't can't couldn't does did do`)

// onlyWords reports whether tokens [s, e) are all words: a description before a name
// ("Kremlin spokesperson Dmitry Peskov").
func (f *finder) onlyWords(s, e int) bool {
	for i := s; i < e; i++ {
		if f.toks[i].Kind != text.Word || f.isLowerWord(i) && f.in(nameStops, i) {
			return false
		}
	}
	return true
}

// beforeCue: the nearest reporting verb before the quotation in its clause, and its subject.
// A nearer verb outranks an earlier "according to X" ("According to The Guardian, Peskov noted
// that …": Peskov), as the sample article's gold has it, though PolNeAR annotators often chose
// the outer source.
func (f *finder) beforeCue(p *passage, lo int) bool {
	for c := int(p.open) - 1; c >= lo; c-- {
		ci, ok := f.cue(c)
		if !ok {
			continue
		}
		if ci.weak && c < int(p.open)-4 && !(f.is(int(p.open)-1, "as") || f.punct(int(p.open)-1, ",") && f.is(int(p.open)-2, "as")) {
			continue
		}
		if ci.form == cueAccording {
			if f.is(c+1, "to") {
				if n := f.npRight(c+2, int(p.open)); n.kind != npNone {
					return f.set(p, n, c, c+2, ruleAccording)
				}
			}
			continue
		}
		if ci.form == cueParticiple && f.in(determiners, c-1) {
			continue // "a ruling", "the warning": a noun, no participle
		}
		if ci.form == cueFinite && f.is(c-1, "to") && f.is(c-2, "on") {
			// "…, going on to say “…”", "went on to say": the verb goes on with the main
			// clause's speaker, as a participle does
			if f.participleSubject(p, c, ci) {
				return true
			}
			continue
		}
		if ci.form == cueParticiple || f.punct(c-1, ",") && !f.isCap(c) && !(ci.form == cueFinite && f.appositiveNameBefore(c-1)) {
			if f.participleSubject(p, c, ci) {
				return true
			}
			continue
		}
		if f.nounContext(c) || f.passive(c) {
			continue
		}
		sLo := f.sentStartIn(c, int(p.block))
		if f.punct(c-1, ",") && f.appositiveNameBefore(c-1) {
			// "and the foundation’s chief executive, Ruth Curtice, warned of “…”": the name
			// set off by commas speaks
			n, _ := f.nameIn(int(f.toks[c-2].Start), int(f.toks[c-2].End))
			return f.set(p, np{f.tokenAt(n.Start), c - 1, npName}, c, c+1, ruleNameCueBef)
		}
		if n := f.npLeft(c-1, sLo, true); n.kind != npNone {
			if n.kind == npRelative && f.cueIn(sLo, n.s) {
				// "told a woman who suggested that “…”": the outer verb attributes.
				c = n.s
				continue
			}
			c, n = f.outerCue(c, n, sLo)
			return f.set(p, n, c, c+1, ruleNameCueBef)
		}
		// Inverted: "Said Peskov: “…”", ", said Peskov, “…”": the name right before the quotation.
		if n := f.npRight(c+1, int(p.open)); n.kind != npNone && f.closeBefore(n.e, int(p.open)) {
			return f.set(p, n, c, c+1, ruleCueNameBef)
		}
		if ci.weak {
			continue
		}
		// "I laughed and said, “…”": the subject of the coordinated clause.
		if n := f.coordSubject(c, sLo); n.kind != npNone {
			return f.set(p, n, c, c+1, ruleNameCueBef)
		}
		// "Ryan said the shootings and protests demands that …": a cue without a subject
		// of its own leaves the attribution to an earlier one.
	}
	return false
}

// nounContext reports whether a cue word at c is used as a noun: "a few questions", "the
// claims".
func (f *finder) nounContext(c int) bool {
	if !f.isLowerWord(c) {
		return false
	}
	// "three claims", but "the mother of three replied": a number before a past tense ends a
	// description and the verb follows it.
	if f.in(determiners, c-1) && !f.is(c-1, "that") && !(f.in(numberWords, c-1) && strings.HasSuffix(f.word(c), "ed")) ||
		f.in(quantifiers, c-1) || f.possessive(c-1) {
		return true
	}
	// "greeted with chants of", "amid reports": after a preposition, unless a participle
	// ("by saying").
	w := f.word(c)
	if f.in(nounPrepositions, c-1) && !f.is(c-1, "as") && !strings.HasSuffix(w, "ing") {
		return true
	}
	if f.bareNoun(c) {
		return true
	}
	// "a key campaign promise": an article and lower-case modifiers before the bare verb.
	if ci, ok := f.cue(c); ok && w == ci.lemma && c >= 3 && (f.is(c-3, "a") || f.is(c-3, "an") || f.is(c-3, "the")) {
		mods := true
		for j := c - 2; j < c && mods; j++ {
			_, isCue := f.cue(j)
			mods = f.isLowerWord(j) && !strings.HasSuffix(f.word(j), "s") && !isCue && !f.in(nameStops, j)
		}
		if mods {
			return true
		}
	}
	// "a controversial comment", "the final report": a determiner and a modifier before the
	// bare verb (but "the officials say": a plural noun is its subject).
	if ci, ok := f.cue(c); ok && w == ci.lemma && f.in(determiners, c-2) && f.isLowerWord(c-1) && !strings.HasSuffix(f.word(c-1), "s") {
		// but "observers around the country say Okafor deserves …": a name or a pronoun
		// after it is the subject of the clause the verb reports
		_, pron := f.pronoun(c + 1)
		return !pron && !(f.nameish(c+1) && !f.isCap(c))
	}
	// "Republican claims as “false”": a plural noun before a preposition.
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && f.in(claimNouns, c) && f.in(nounPrepositions, c+1)
}

// bareNoun reports whether the cue word at c is a noun by its place: the bare verb after
// "as" and before "for" or "of" ("as demand for chips surged").
func (f *finder) bareNoun(c int) bool {
	ci, ok := f.cue(c)
	return ok && string(f.lower(c)) == ci.lemma && f.is(c-1, "as") && (f.is(c+1, "for") || f.is(c+1, "of"))
}

// subordinators open a clause with a subject of its own: "after she blamed …".
var subordinators = text.WordSet(`after because when while since before although though whereas until once`)

var beForms = text.WordSet(`is are was were be been being ’s 's am`)

// passive reports whether the cue at c is a passive participle ("has been criticized", "were
// admitted"): its subject is not the one who spoke.
func (f *finder) passive(c int) bool {
	w := f.word(c)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && w != "told" && w != "said" {
		return false
	}
	for j := c - 1; j >= 0 && j >= c-3; j-- {
		if f.in(beForms, j) && !f.possessive(j) {
			return true
		}
		if f.is(j, "and") && j > 0 && j == c-1 {
			// "I was hauled in and told that …": the passive of the verb phrase before "and"
			participle := false
			for k := j - 1; k >= 0 && k >= j-5 && f.isLowerWord(k); k-- {
				if f.in(beForms, k) && !f.possessive(k) {
					return participle
				}
				participle = participle || strings.HasSuffix(f.word(k), "ed")
			}
			return false
		}
		if !f.adverb(j) {
			return false
		}
	}
	return false
}

var nounPrepositions = text.WordSet(`as of about from for in on with by against`)

var quantifiers = text.WordSet(`few more most other such same these those various numerous`)

// outerCue: "She said she recalls the colleague being “confused”": when the subject of the
// nearest cue is a pronoun right after an earlier reporting verb, the earlier verb and its
// subject carry the attribution.
func (f *finder) outerCue(c int, n np, lo int) (int, np) {
	if n.kind != npPronoun {
		return c, n
	}
	j := n.s - 1
	if f.is(j, "that") {
		j--
	}
	ci, ok := f.cue(j)
	if !ok || ci.form != cueFinite || ci.weak {
		return c, n
	}
	if m := f.npLeft(j-1, lo, true); m.kind != npNone {
		return j, m
	}
	return c, n
}

// coordSubject finds the subject of a verb in a coordinated or subordinate clause: the nearest
// pronoun or name before c that a lower-case word follows, else the sentence's subject.
func (f *finder) coordSubject(c, lo int) np {
	for j := c - 1; j >= lo && j >= c-25; j-- {
		if f.quoted(j) != 0 {
			break
		}
		if _, ok := f.pronoun(j); ok && f.isLowerWord(j+1) && !f.in(nameStops, j+1) {
			return np{j, j + 1, npPronoun}
		}
	}
	return f.sentenceSubject(lo, c)
}

// closeBefore reports whether punctuation (or an apposition in commas) and nothing else stands
// between token e and the quotation opening at o. Without punctuation the words before the
// quotation are the verb's object, not its subject: "calls people “losers”", "told
// reporters “…”".
func (f *finder) closeBefore(e, o int) bool {
	if e >= o || !f.punct(e, ", : —") {
		return false
	}
	if e+1 == o {
		return true
	}
	// ", a spokesman for the Kremlin, “…”"
	return f.punct(o-1, ", :") && o-e < 14
}

// appositiveNameBefore reports whether the comma at token k closes a name set off by commas:
// "the foundation’s chief executive, Ruth Curtice, warned" is a finite verb after its subject's
// apposition, not a participle.
func (f *finder) appositiveNameBefore(k int) bool {
	if k < 2 || len(f.names) == 0 {
		return false
	}
	n, ok := f.nameIn(int(f.toks[k-1].Start), int(f.toks[k-1].End))
	if !ok || n.End != int(f.toks[k-1].End) {
		return false
	}
	b := f.tokenAt(n.Start) - 1
	for b > 0 && f.in(titleWords, b) { // "the chief nursing officer, Dr. Angela Reyes, called"
		b--
	}
	return f.punct(b, ",")
}

// participleSubject: "Peskov noted …, adding that this “…”": the subject of the clause the
// participle hangs on: an earlier cue of the sentence, an earlier attributed quotation of the
// sentence, or the sentence's subject.
func (f *finder) participleSubject(p *passage, c int, ci cueInfo) bool {
	s := f.sentStart(c)
	// "footage of Clinton asking, “…”": a name or pronoun right before the participle.
	if !f.punct(c-1, ",") {
		if n := f.npLeft(c-1, s, false); n.kind == npName || n.kind == npPronoun {
			return f.set(p, n, c, c+1, ruleParticiple)
		}
	}
	for i := c - 1; i >= s; i-- {
		if q := f.quoted(i); q != 0 {
			prev := &f.ps[q-1]
			if prev.spS >= 0 {
				p.spS, p.spE = prev.spS, prev.spE
				p.cueS, p.cueE, p.rule = int32(c), int32(c+1), ruleParticiple
				return true
			}
			continue
		}
		if pc, ok := f.cue(i); ok && pc.form == cueFinite && !pc.weak {
			if n := f.npLeft(i-1, s, true); n.kind != npNone && n.kind != npRelative {
				return f.set(p, n, c, c+1, ruleParticiple)
			}
		}
	}
	n := f.sentenceSubject(s, c)
	if n.kind == npNominal && n.e-n.s >= 2 {
		// "His son Sebastien Lai, speaking in London, called …": a description ending in a
		// person's name
		if nm, ok := f.nameIn(int(f.toks[n.e-1].Start), int(f.toks[n.e-1].End)); ok && nm.Type == Person && nm.End == int(f.toks[n.e-1].End) &&
			f.tokenAt(nm.Start) > n.s && f.roleWord(f.tokenAt(nm.Start)-1) {
			n.kind = npName // (a role noun before the name: not "groups granted Mr. Clarke")
		}
	}
	if n.kind == npName || n.kind == npPronoun || n.kind == npNominal && f.in(roleNouns, n.e-1) {
		return f.set(p, n, c, c+1, ruleParticiple)
	}
	// "After saying her foot was “swollen,” she was …": the subject after the phrase.
	if c <= s+2 {
		e := f.sentEnd(c)
		// The phrase ends at the first comma after the quotation start, which American
		// style puts inside the closing mark (“…,” she was).
		k := -1
		if int(p.close) >= 0 && f.punct(int(p.last)-1, ",") {
			k = f.after(p)
		}
		for i := int(p.open); i < e && k < 0; i++ {
			if f.quoted(i) == 0 && f.punct(i, ",") {
				k = i + 1
			}
		}
		if k >= 0 {
			if n := f.npRight(k, e); n.kind == npName || n.kind == npPronoun {
				return f.set(p, n, c, c+1, ruleParticiple)
			}
		}
	}
	return false
}

// laterCue: a reporting verb later in the sentence, after the quotation: "the “root causes”
// of the war, Peskov said."
func (f *finder) laterCue(p *passage, hi int) bool {
	if int(p.close) < 0 {
		return false
	}
	for c := f.after(p); c < hi; c++ {
		if f.in(subordinators, c) && f.isLowerWord(c) {
			// "accused Japan of crossing a “red line” after Takaichi said …": a verb in a
			// clause of its own after the quotation is not its attribution
			return false
		}
		ci, ok := f.cue(c)
		if !ok || ci.weak || ci.form != cueFinite {
			if ok && ci.form == cueAccording && f.is(c+1, "to") {
				if n := f.npRight(c+2, hi); n.kind != npNone {
					return f.set(p, n, c, c+2, ruleAccording)
				}
			}
			continue
		}
		if n := f.npLeft(c-1, f.after(p), true); n.kind != npNone {
			return f.set(p, n, c, c+1, ruleCueLater)
		}
		if f.is(c-1, "and") {
			// "accused him of a “calculated break” and said Scholz had demanded …": a verb
			// with the sentence's subject reports the rest; a cue after it is inside
			return false
		}
	}
	return false
}

// claimNoun: "Trump’s claim that there have been “thousands of shootings”".
func (f *finder) claimNoun(p *passage, lo int) bool {
	for c := int(p.open) - 1; c >= lo && c >= int(p.open)-12; c-- {
		if !f.in(claimNouns, c) {
			continue
		}
		if f.possessive(c - 1) {
			if n := f.npLeft(c-2, lo, false); n.kind != npNone {
				n.e = c // keep the possessive with the name: "Trump’s"
				return f.set(p, n, c, c+1, ruleClaimNoun)
			}
		}
		if f.is(c+1, "by") {
			if n := f.npRight(c+2, int(p.open)); n.kind != npNone {
				return f.set(p, n, c, c+1, ruleClaimNoun)
			}
		}
	}
	return false
}

// sameParagraph: a quotation without a cue of its own after an attributed one in the same
// paragraph (“X,” he said. “Y.” / “loud” or “shrill”) has the same speaker.
func (f *finder) sameParagraph(k int) bool {
	p := &f.ps[k]
	// the last passage with a speaker, if it is in this paragraph
	j := f.spoken
	if j < 0 || j >= k || f.ps[j].block != p.block {
		return false
	}
	q := &f.ps[j]
	if p.kind == Partial && int(q.close) >= 0 && f.sentOf[int(q.close)] != f.sentOf[int(p.open)] {
		// A fragment in a later sentence of the writer's own is no longer in the speaker's
		// clause: “…,” he said. The choice was between “X” and … (the writer's words).
		return false
	}
	if p.kind == Partial && int(q.close) >= 0 && f.sentOf[int(q.close)] == f.sentOf[int(p.open)] {
		// "Christie called Clinton a “disgrace” after she blamed shootings on “implicit
		// bias”": a clause of its own between the two, opened by a subordinator and a subject,
		// gives the fragment to that subject.
		for i := f.after(q); i < int(p.open)-2; i++ {
			if !f.in(subordinators, i) || f.quoted(i) != 0 {
				continue
			}
			if n := f.npRight(i+1, int(p.open)); (n.kind == npPronoun || n.kind == npName) && f.isLowerWord(n.e) && !f.in(nameStops, n.e) {
				return f.set(p, n, -1, -1, ruleSubject)
			}
		}
	}
	if f.inherit(p, q, ruleSplit) {
		if q.kind == Direct && p.kind == Direct && int(q.close) >= 0 && f.sentOf[int(q.close)] >= f.sentOf[int(p.open)]-1 {
			p.group = q.group
		}
		return true
	}
	return false
}

// earlierSentence: “…” opening a sentence after "…, Schiff said." in the same paragraph
// continues that speaker.
func (f *finder) earlierSentence(p *passage) bool {
	bl := f.blocks[p.block]
	s := f.sentStart(int(p.open))
	if s <= bl.first || int(p.open) != s {
		return false
	}
	ps := f.sentStartIn(s-1, int(p.block))
	for c := s - 1; c >= ps; c-- {
		ci, ok := f.cue(c)
		if !ok || ci.form != cueFinite || ci.weak || f.quoted(c) != 0 {
			continue
		}
		if n := f.npLeft(c-1, ps, true); n.kind == npName || n.kind == npPronoun || n.kind == npNominal {
			p.carried = true
			return f.set(p, n, c, c+1, ruleSplit)
		}
		if n := f.npRight(c+1, s); n.kind == npName || n.kind == npNominal {
			p.carried = true
			return f.set(p, n, c, c+1, ruleSplit)
		}
		return false
	}
	// "His partner, Lawrence Cummings, called him a master of deals. “He showed …”": a
	// quotation that is a whole sentence closing the paragraph, after a sentence whose
	// subject is a person, is that person's, though no reporting verb names him.
	if !f.closesBlock(p) {
		return false
	}
	n := f.sentenceSubject(ps, s)
	if n.kind == npNominal {
		n = f.appositivePerson(n, s)
	}
	if n.kind == npName && f.personIn(n) {
		p.carried = true
		v := n.e // the subject's verb is the cue: "Cummings, [called] him …"
		if f.punct(v, ",") {
			v++
		}
		if v < s && f.isLowerWord(v) && f.verbLike(v) {
			return f.set(p, n, v, v+1, ruleSubject)
		}
		return f.set(p, n, -1, -1, ruleSubject)
	}
	return false
}

// appositivePerson returns the person named in apposition after the description n, before
// token hi ("His former partner at Lenox, [Lawrence Cummings], called"), else n.
func (f *finder) appositivePerson(n np, hi int) np {
	for k := n.e; k+1 < hi && k < n.e+8; k++ {
		if f.quoted(k) != 0 || f.punct(k, ". ; :") && !f.abbrevStop(k) {
			break
		}
		if !f.punct(k, ",") {
			continue
		}
		j := k + 1
		for j+1 < hi && f.in(titleWords, j) { // ", Dr. Angela Reyes,"
			j++
			if f.punct(j, ".") {
				j++
			}
		}
		nm, ok := f.nameIn(int(f.toks[j].Start), int(f.toks[j].End))
		if ne := f.tokenAt(nm.End); ok && nm.Type == Person && nm.Start <= int(f.toks[j].Start) && ne < hi && f.punct(ne, ",") {
			return np{f.tokenAt(nm.Start), ne, npName}
		}
		break
	}
	return n
}

// closesBlock reports whether nothing but punctuation follows passage p in its block.
func (f *finder) closesBlock(p *passage) bool {
	if int(p.close) < 0 {
		return false
	}
	for i := f.after(p); i < f.blocks[p.block].last; i++ {
		if f.toks[i].Kind != text.Punct {
			return false
		}
	}
	return true
}

// personIn reports whether the entity stage names a person inside the mention n.
func (f *finder) personIn(n np) bool {
	nm, ok := f.nameIn(int(f.toks[n.s].Start), int(f.toks[n.e-1].End))
	return ok && nm.Type == Person
}

// groupSplit links “X,” he said, “Y.”: two passages of one sentence sharing a cue.
func (f *finder) groupSplit(k int) {
	if k == 0 {
		return
	}
	p, q := &f.ps[k], &f.ps[k-1]
	if q.block == p.block && q.cueS >= 0 && q.cueS == p.cueS && int(q.close) >= 0 && int(q.close) < int(q.cueS) && int(p.open) > int(p.cueS) {
		p.group = q.group
	}
}

// headlineColon: "Peskov: Talks Are ‘Going Well’" names the speaker before the colon.
func (f *finder) headlineColon(p *passage) bool {
	bl := f.blocks[p.block]
	for i := bl.first; i < int(p.open) && i < bl.first+8; i++ {
		if f.punct(i, ":") {
			n := f.npLeft(i-1, bl.first, false)
			if n.kind == npName && n.s == bl.first {
				return f.set(p, n, i, i+1, ruleHeadColon)
			}
			break
		}
	}
	return false
}

// headlineSpeaker: a headline's subject is the speaker of a quotation in it, and the word after
// the subject its cue.
func (f *finder) headlineSpeaker(p *passage) bool {
	bl := f.blocks[p.block]
	if int(p.open) == bl.first {
		return false
	}
	if n := f.sentenceSubject(bl.first, int(p.open)); n.kind == npName || n.kind == npNominal {
		for k := n.s + 1; k < n.e; k++ {
			if _, ok := f.cue(k); ok {
				// Title Case hides the verb among the capitals: "Black Lawmakers Rip …"
				return f.set(p, np{n.s, k, n.kind}, k, k+1, ruleHeadSubj)
			}
		}
		if n.e < int(p.open) && f.toks[n.e].Kind == text.Word {
			// the word after the subject is the headline's verb ("Lawmakers Rip …") or
			// what stands for one ("Obama on Climate Change: …")
			return f.set(p, n, n.e, n.e+1, ruleHeadSubj)
		}
		return f.set(p, n, -1, -1, ruleHeadSubj)
	}
	return false
}

// colonLeadIn: "Caddell continued:" ending the previous block, or "X used it as a headline: “…”"
// in the same sentence.
func (f *finder) colonLeadIn(p *passage, lo int) bool {
	if int(p.open) > lo && f.punct(int(p.open)-1, ":") {
		if n := f.sentenceSubject(lo, int(p.open)-1); n.kind != npNone {
			return f.set(p, n, int(p.open)-1, int(p.open), ruleColonSubj)
		}
		return false
	}
	if int(p.open) != f.blocks[p.block].first || p.block == 0 {
		return false
	}
	prev := f.blocks[p.block-1]
	end := prev.last - 1
	if end < prev.first || !f.punct(end, ":") {
		return false
	}
	s := f.sentStartIn(end, int(p.block)-1)
	for c := end - 1; c >= s; c-- {
		if f.quoted(c) != 0 {
			break
		}
		ci, ok := f.cue(c)
		if !ok || ci.form == cueAccording {
			continue
		}
		if n := f.npLeft(c-1, s, true); n.kind != npNone {
			return f.set(p, n, c, c+1, ruleLeadIn)
		}
		if n := f.npRight(c+1, end); n.kind != npNone {
			return f.set(p, n, c, c+1, ruleLeadIn)
		}
	}
	// "Sanders made the following comment:": the lead-in's subject.
	if n := f.sentenceSubject(s, end); n.kind == npName || n.kind == npPronoun || n.kind == npNominal && f.in(roleNouns, n.e-1) {
		return f.set(p, n, end, end+1, ruleLeadIn)
	}
	return false
}

// nextSentenceCue: “….” Peskov said. — the speaker in a short sentence right after.
func (f *finder) nextSentenceCue(p *passage) bool {
	if int(p.close) < 0 {
		return false
	}
	j := f.after(p)
	bl := f.blocks[p.block]
	if j >= bl.last || f.quoted(j) != 0 {
		return false
	}
	e := f.sentEnd(j)
	if e > bl.last || e-j > 8 {
		return false
	}
	for c := j + 1; c < e; c++ {
		ci, ok := f.cue(c)
		if !ok || ci.form != cueFinite || ci.weak {
			continue
		}
		if n := f.npLeft(c-1, j, false); n.kind != npNone && n.s == j {
			return f.set(p, n, c, c+1, ruleNextSent)
		}
		break
	}
	return false
}

// onlyQuotes reports whether block b holds nothing but quotations and punctuation.
// It is worked out once per block, as a block of many quotations asks for each.
func (f *finder) onlyQuotes(b int) bool {
	if f.onlyQ == nil {
		f.onlyQ = make([]int8, len(f.blocks))
	}
	if f.onlyQ[b] == 0 {
		f.onlyQ[b] = 1
		bl := f.blocks[b]
		for i := bl.first; i < bl.last; i++ {
			if f.quoted(i) == 0 && (f.toks[i].Kind == text.Word || f.toks[i].Kind == text.Number) {
				f.onlyQ[b] = -1
				break
			}
		}
	}
	return f.onlyQ[b] > 0
}

// output turns the passages into Quotes.
func (f *finder) output() []Quote {
	out := make([]Quote, len(f.ps))
	for k := range f.ps {
		out[k] = f.quoteAt(k)
	}
	return out
}

// quoteAt returns the record of passage k.
func (f *finder) quoteAt(k int) Quote {
	p := &f.ps[k]
	q := Quote{Start: int(p.start), End: int(p.end), Kind: p.kind,
		SpeakerStart: -1, SpeakerEnd: -1, Entity: -1, CueStart: -1, CueEnd: -1, Group: int(p.group),
		Rule: p.rule, Confidence: confidence(p.rule)}
	q.OpenStart, q.CloseEnd = f.markBytes(p)
	if p.spS >= 0 && p.kind.HasSpeaker() {
		q.SpeakerStart, q.SpeakerEnd = int(f.toks[p.spS].Start), int(f.toks[p.spE-1].End)
		q.Speaker = f.speakerName(p.speaker)
		q.Entity, q.Members = f.groupOf(int(p.entity))
		q.Continues = p.carried && f.sentOf[p.spS] != f.sentOf[int(p.open)]
	}
	if p.cueS >= 0 {
		q.CueStart, q.CueEnd = int(f.toks[p.cueS].Start), int(f.toks[p.cueE-1].End)
	}
	q.CueClass = f.cueClass(q.CueStart, q.CueEnd, q.SpeakerStart, q.SpeakerEnd)
	return q
}

// spanText returns the text of tokens [s, e) as written.
func (f *finder) spanText(s, e int) string {
	if s < 0 || e <= s {
		return ""
	}
	return f.src[f.toks[s].Start:f.toks[e-1].End]
}
