package attrib

import (
	"github.com/newsextract/newsextract/quote"
	"slices"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
)

// Reported is one passage of reported (indirect) speech: "Peskov noted that Moscow had heard
// …", "The talks went well, the ministry said." It is kept apart from Quote because it holds
// the writer's words, not the speaker's: a caller that lists quotations (and the evaluation
// format, which holds only quoted passages) never sees it by accident.
type Reported struct {
	// Start, End span the reported content ("that Moscow had heard …"), without the cue and
	// the sentence's final punctuation. The model keeps "that", as PolNeAR's annotators do;
	// the hand-written patterns leave it out.
	Start, End int
	// SpeakerStart, SpeakerEnd span the speaker mention as written ("He", "the ministry").
	SpeakerStart, SpeakerEnd int
	// Speaker is the resolved name, found the same way as for quotations.
	Speaker string
	Entity  int // entity index or -1
	// CueStart, CueEnd span the reporting verb ("noted", "according to"), -1 when none.
	CueStart, CueEnd int
	// CueClass says whether the cue reports speech, writing, thought or evidence.
	CueClass CueClass
	// Rule is "model" for what the attribution tagger found, else the pattern that found it:
	// "reported-that" (X said (that) …), "reported-after" (…, X said.),
	// "reported-according" (According to X, …) or "partial-lead" (calls it “…”).
	Rule ruleID
	// Continues and Members are as for Quote.
	Continues bool
	Members   []int
}

const (
	ruleRepThat      = quote.RuleReportedThat
	ruleRepAfter     = quote.RuleReportedAfter
	ruleRepAccording = quote.RuleReportedAccording
)

// FindReported returns the reported speech of d in text order: sentences in which a reporting
// verb ("said", "noted", "told reporters", see lexicon.go) or "according to" introduces a
// clause of the writer's own words. Sentences whose clause is a quotation are left to Find;
// a quotation inside the clause ("said Russia was “satisfied”") does not stop it, as the
// clause is still the writer's. names and entities are as for Find, and speakers resolve as
// for quotations (a pronoun to its antecedent, a surname to the full name).
func FindReported(d *text.Doc, names []Name, entities []Entity) []Reported {
	f := prepare(d, names, entities) // the quotations' speakers help resolve pronouns
	if f == nil {
		return nil
	}
	rs := f.partialLeads(f.allReported()) // as in FindAll: partial quotations lead reported records
	f.setCueClasses(rs)
	rs = reportedOutside(linkLines(d), rs)
	return rs
}

// allReported returns the reported speech of the finder's document, once its quotations are
// attributed.
func (f *finder) allReported() []Reported {
	out := f.modelReported(defaultModel())
	// The hand-written patterns add what the model missed where it found nothing.
	n := len(out)
	// The model's records come in text order, none overlapping the next: the one a rule's
	// record could overlap first is found by binary search (a scan of all per rule record
	// was quadratic on a long text).
	ordered := true
	for i := 1; i < n && ordered; i++ {
		ordered = out[i-1].End <= out[i].Start
	}
	for _, r := range f.ruleReported() {
		free := true
		from := 0
		if ordered {
			from = sort.Search(n, func(i int) bool { return out[i].End > r.Start })
		}
		for _, m := range out[from:n] {
			if r.Start < m.End && m.Start < r.End && !nestedIn(m, r) {
				free = false
				break
			}
			if ordered && m.Start >= r.End {
				break
			}
		}
		if free {
			out = append(out, r)
		}
	}
	if len(out) > n {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	for i := range out {
		if out[i].Members == nil {
			// "Two magistrates, Fernando León Bolaños and Gerson Chaverra, dissented, arguing
			// …": the model's records name a pair by its group, whose members speak
			out[i].Entity, out[i].Members = f.groupOf(out[i].Entity)
		}
	}
	for i := range out {
		out[i] = f.pastSpeaker(out[i])
	}
	return slices.DeleteFunc(out, func(r Reported) bool {
		return f.askedOfReader(r) || f.addresseeOnly(r) || f.aboutSpeaker(r) || insideContent(r)
	})
}

// pastSpeaker starts a record's content after its speaker mention and a comma when the content
// opens with them: "According to the team's coach, [Alireza Mehraban, in their first matchup,
// the team's robot scored …]" is what the coach said, not the coach.
func (f *finder) pastSpeaker(r Reported) Reported {
	if r.SpeakerStart != r.Start || r.SpeakerEnd >= r.End {
		return r
	}
	k := f.tokenAt(r.SpeakerEnd)
	if f.punct(k, ",") {
		k++
	}
	if k < len(f.toks) && int(f.toks[k].Start) < r.End {
		r.Start = int(f.toks[k].Start)
	}
	return r
}

// insideContent reports whether a record's speaker or cue lies inside its own content. The
// mends to a tagged source (a title in quotation marks gives way to the sentence's subject, a
// relative pronoun to its antecedent) can move it there on broken text such as
// "had , Q: according “ court Reuters"; such a record says nothing sure.
func insideContent(r Reported) bool {
	in := func(s, e int) bool { return s >= 0 && s < r.End && r.Start < e }
	return in(r.SpeakerStart, r.SpeakerEnd) || in(r.CueStart, r.CueEnd)
}

// aboutSpeaker reports whether a record's content is a relative clause on its source, after
// the cue and the source: "…,” said Yang Geum-deok, 96, [who was sent to a factory as a
// girl]" tells of her.
func (f *finder) aboutSpeaker(r Reported) bool {
	if r.SpeakerEnd <= r.SpeakerStart || r.SpeakerEnd > r.Start || r.CueEnd > r.SpeakerStart {
		return false // "not everyone agrees on [who is a terrorist]" asks who
	}
	k := f.tokenAt(r.Start)
	return k < len(f.toks) && (f.is(k, "who") || f.is(k, "whose") || f.is(k, "whom"))
}

// addresseeOnly reports whether a record's content is whom its speaker spoke to: "He spoke
// [to us ahead of the summit]" says nothing of what he said.
func (f *finder) addresseeOnly(r Reported) bool {
	if r.CueEnd <= r.CueStart || r.CueEnd > r.Start {
		return false
	}
	c, k := f.tokenAt(r.CueEnd)-1, f.tokenAt(r.Start) // the cue's last word, the content's first
	ci, ok := f.cue(c)                                // speaking or talking says that someone spoke, not what was said
	return ok && (ci.lemma == "speak" || ci.lemma == "talk") && k < len(f.toks) && (f.is(k, "to") || f.is(k, "with"))
}

// askedOfReader reports whether a record's source is "you" in a question of the writer's, out
// of quotation marks: "What would you say to President Trump?" in an interview asks, and
// reports nobody's words.
func (f *finder) askedOfReader(r Reported) bool {
	if r.SpeakerEnd-r.SpeakerStart != 3 || !strings.EqualFold(f.d.Src[r.SpeakerStart:r.SpeakerEnd], "you") {
		return false
	}
	k := f.tokenAt(r.SpeakerStart)
	if k >= len(f.toks) || f.quoted(k) != 0 {
		return false
	}
	e := f.sentEnd(k)
	for e > k+1 && f.toks[e-1].Kind == text.Quote {
		e--
	}
	return f.punct(e-1, "?")
}

// nestedIn reports whether model record m is an attribution nested inside the content of
// the closing attribution r ("[Trump could embrace the plan if he can be convinced that it
// pays], Graham told reporters"): its source, cue and content all lie inside r's content,
// and r's own source and cue lie after it. Both records stand.
func nestedIn(m, r Reported) bool {
	return r.Rule == ruleRepAfter && r.CueStart >= r.End && m.Start >= r.Start && m.End <= r.End &&
		m.SpeakerStart >= r.Start && m.SpeakerEnd <= r.End && m.CueStart >= r.Start && m.CueEnd <= r.End
}

// ruleReported returns the reported speech the hand-written patterns find.
func (f *finder) ruleReported() []Reported {
	d := f.d
	var out []Reported
	for si := range d.Sentences {
		s := clamp(d.Sentences[si].First, len(f.toks))
		e := clamp(d.Sentences[si].Last, len(f.toks))
		if r, ok := f.reportedIn(s, e); ok {
			out = append(out, r)
			if r2, ok := f.afterPart(r, e); ok {
				out = append(out, r2)
			}
		}
	}
	return out
}

// reportedIn finds the first reported-speech pattern of the sentence [s, e).
func (f *finder) reportedIn(s, e int) (Reported, bool) {
	if e-s < 4 {
		return Reported{}, false
	}
	if bi := f.blkOf[f.sentOf[s]]; f.blocks[bi].headline || bi == 0 && f.blocks[bi].first == s && f.blocks[bi].last <= e {
		// a headline, or a first line of one sentence, which is one whatever its case
		if r, ok := f.headlineLabel(s, e); ok {
			return r, true
		}
		if f.blocks[bi].headline {
			return f.headlineAfter(s, e)
		}
	}
	end := e
	for end > s && (f.toks[end-1].Kind == text.Punct && !f.punct(end-1, "%") || f.toks[end-1].Kind == text.Quote) {
		end--
	}
	s = f.pastDateline(s, end) // "SPRINGFIELD (AP) — …": the story starts after the dash
	for c := s + 1; c < end; c++ {
		ci, ok := f.cue(c)
		if !ok || ci.form != cueFinite || ci.weak || !f.isLowerWord(c) || f.quoted(c) != 0 || f.nounContext(c) || f.passive(c) || f.addedSum(c) || f.deniedPlayer(c) {
			continue
		}
		// CLAUSE, X said.  /  CLAUSE, said X.  /  CLAUSE, X said Tuesday.  /  PART, X said, PART.
		cc := f.cueComma(c, end, ci.lemma == "tell")
		mid := cc >= 0 && cc+1 < end && f.clauseOK(cc+1, end)
		if f.punct(c-1, ",") || c+1 >= end || f.punct(c+1, ",") && c+2 >= end || mid || f.trailer(c+1, end) || ci.lemma == "tell" && f.toldTrailer(c+1, end) {
			// a part before an attribution inside the sentence may be a short subject: "[The
			// fire], officials said, [started in the kitchen]."
			if n, cs := f.reportedAfter(s, c, end); n.kind != npNone && (f.clauseOK(s, cs) || mid && f.shortPartOK(s, cs)) {
				return f.reported(n, c, c+1, s, cs, ruleRepAfter), true
			}
		}
		// X said (that) CLAUSE.
		n := f.npLeft(c-1, s, true)
		if n.kind == npNone {
			continue
		}
		k := c + 1
		// "told reporters that", "said on Tuesday that", "said in a statement that": up to
		// that, within a few words.
		for j := k; j < end && j < k+8; j++ {
			if f.quoted(j) != 0 || f.punct(j, ". ; : ! ?") {
				break
			}
			if f.is(j, "that") {
				k = j
				break
			}
		}
		if f.is(k, "that") {
			k++
		} else if j := f.toldSubject(c + 1); ci.lemma == "tell" && j > 0 {
			k = j // "told the court he was sorry": the clause opens with its subject pronoun
		} else if ci.lemma == "tell" {
			continue // "told The Daily Ledger on Thursday": the one told, no clause
		} else if f.in(stanceVerbs, c) {
			continue // "maintained a policy of …": a stance, no clause reported
		} else if f.quantityOpens(k) {
			// "says at least 60 people died", "said about 60 percent voted": a clause
		} else if f.in(objectWords, k) || f.in(timeWords, k) {
			continue // "told reporters." with no clause, or a clause hard to find
		} else if _, pron := f.pronoun(k); f.in(nameStops, k) && !pron && !f.in(determiners, k) || f.isLowerWord(k) && !pron && !f.in(determiners, k) {
			continue // "responded by using …", "said goodbye": no clause follows
		}
		if f.clauseOK(k, end) {
			return f.reported(n, c, c+1, k, end, ruleRepThat), true
		}
	}
	if r, ok := f.evidenceAfter(s, end); ok {
		return r, true
	}
	if r, ok := f.evidenceBefore(s, end); ok {
		return r, true
	}
	// CLAUSE, according to X.
	for c := s + 3; c+2 < end; c++ {
		if f.is(c, "according") && f.is(c+1, "to") && f.punct(c-1, ",") && f.quoted(c) == 0 {
			n := f.npRight(c+2, end)
			if n.kind == npNone {
				n = f.evidenceRight(c+2, end)
			}
			if n.kind != npNone && f.clauseOK(s, c-1) {
				if f.in(writingNouns, n.e-1) && (f.is(n.e, "from") || f.is(n.e, "by")) {
					// "according to a statement from the port authority": the authority
					if m := f.npRight(n.e+1, end); m.kind != npNone {
						n = m
					}
				}
				return f.reported(n, c, c+2, s, c-1, ruleRepAccording), true
			}
			break
		}
	}
	// According to X, CLAUSE (when no verb in the sentence names a nearer speaker).
	if f.is(s, "according") && f.is(s+1, "to") {
		for k := s + 2; k < end && k < s+20; k++ {
			if f.punct(k, ",") {
				if n := f.npRight(s+2, k); n.kind != npNone && f.clauseOK(k+1, end) {
					return f.reported(n, s, s+2, k+1, end, ruleRepAccording), true
				}
				break
			}
		}
	}
	return Reported{}, false
}

// toldSubject gives the token of a subject pronoun that opens the clause after the one told,
// a short phrase of words from token k ("told [the court] he was sorry", "told [the jury]
// she"), or 0 when there is none: after an object a subject pronoun starts a new clause, and
// nothing else does so surely.
func (f *finder) toldSubject(k int) int {
	for j := k + 1; j < len(f.toks) && j <= k+4; j++ {
		if f.toks[j-1].Kind != text.Word || f.quoted(j-1) != 0 || f.in(toldEnds, j-1) {
			return 0 // "told Reuters as he came out": a clause of its own
		}
		if _, ok := f.pronoun(j); ok && !f.is(j, "you") {
			return j
		}
	}
	return 0
}

// toldEnds open a clause of circumstance or join one: after "told X" they end the one told.
var toldEnds = text.WordSet(`as when while after before because since if until though although whereas where and but or so then once`)

// evidenceAfter finds a sentence [s, end) closed by a source of evidence and its verb: "…,
// a new survey shows.", "…, an analysis of court records found.", "…, other studies have
// shown." The source is a noun phrase after the comma holding a noun of evidence or
// writing before any "of"; the clause before the comma is what it shows.
func (f *finder) evidenceAfter(s, end int) (Reported, bool) {
	v := end - 1
	if v-s < 5 || !f.isLowerWord(v) || !f.in(evidenceVerbs, v) || f.quoted(v) != 0 || f.is(v, "according") || f.is(v, "put") || f.is(v, "puts") {
		return Reported{}, false
	}
	ne := v
	if f.in(auxiliaries, v-1) {
		ne-- // "other studies have shown"
	}
	k := ne - 1
	for k > s && k >= ne-10 && f.toks[k].Kind == text.Word {
		k--
	}
	if k >= ne-1 || !f.punct(k, ",") || f.quoted(k) != 0 || !f.clauseOK(s, k) {
		return Reported{}, false
	}
	found := false
	for i := k + 1; i < ne && !f.is(i, "of"); i++ {
		found = found || f.in(evidenceNouns, i) || f.in(writingNouns, i)
	}
	if !found {
		return Reported{}, false
	}
	return f.reported(np{k + 1, ne, npNominal}, v, v+1, s, k, ruleRepAfter), true
}

// evidenceBefore finds a sentence opened by a source of evidence and its verb: "A 2014
// study by the law school found [31 cases of fraud]", "Court records show [that …]". The
// subject runs from the sentence start (after "But" or "However,") to the verb, words only,
// no verb among them, and holds a noun of evidence or writing before any "of" or "by".
func (f *finder) evidenceBefore(s, end int) (Reported, bool) {
	if f.in(conjunctions, s) || f.is(s, "however") {
		s++
		if f.punct(s, ",") {
			s++
		}
	}
	found := false
	for c := s; c+2 < end && c < s+12; c++ {
		if f.toks[c].Kind != text.Word && f.toks[c].Kind != text.Number && !f.possessive(c) || f.quoted(c) != 0 {
			return Reported{}, false
		}
		if c > s && f.isLowerWord(c) && f.in(evidenceVerbs, c) && !strings.HasSuffix(f.word(c), "ing") && !f.in(evidenceNotVerbs, c) {
			k := c + 1
			if f.is(k, "that") {
				k++
			}
			if !found || !f.clauseOK(k, end) {
				return Reported{}, false
			}
			return f.reported(np{s, c, npNominal}, c, c+1, k, end, ruleRepThat), true
		}
		if f.in(auxiliaries, c) || f.isLowerWord(c) && strings.HasSuffix(f.word(c), "ed") {
			return Reported{}, false
		}
		if _, ok := f.cue(c); ok {
			return Reported{}, false
		}
		if f.is(c, "of") || f.is(c, "by") {
			// "a study by Loyola Law School professor Justin Levitt": the rest of the
			// subject says whose evidence it is, up to the verb
			for c+1 < end && !f.in(evidenceVerbs, c+1) {
				c++
				if f.toks[c].Kind != text.Word && f.toks[c].Kind != text.Number && !f.possessive(c) || c >= s+12 {
					return Reported{}, false
				}
			}
			continue
		}
		found = found || f.in(evidenceNouns, c) || f.in(writingNouns, c)
	}
	return Reported{}, false
}

// evidenceNotVerbs are forms of evidenceVerbs that are rather nouns or other verbs in this
// place: "the project", "points", "put".
var evidenceNotVerbs = text.WordSet(`according put puts project projects point points pointed estimate estimates`)

// afterPart returns the second part of a sentence that a record of rule reported-after cuts
// in two: in "[The mill was a giant], Ms. Varga said, [until it closed in 2003]." the words
// after the cue and its comma are hers too, a record of their own (a participle there, as in
// "said, adding that …", is their cue). end is the sentence's end.
func (f *finder) afterPart(r Reported, end int) (Reported, bool) {
	if r.Rule != ruleRepAfter || r.CueStart < r.End {
		return Reported{}, false
	}
	c := f.tokenAt(r.CueStart)
	for end > c && (f.toks[end-1].Kind == text.Punct || f.toks[end-1].Kind == text.Quote) {
		end--
	}
	ci, _ := f.cue(c)
	k := f.cueComma(c, end, ci.lemma == "tell")
	if k < 0 || !f.clauseOK(k+1, end) {
		return Reported{}, false
	}
	s := k + 1
	if f.in(writerOpeners, s) || f.in(timeNouns, s) && (f.is(s+1, "after") || f.is(s+1, "before")) {
		// "…, officials said, as mediators pushed …", "…, his office said Friday, weeks
		// after reports of …": the writer's
		return Reported{}, false
	}
	if ci, ok := f.cue(s); ok && ci.form == cueParticiple {
		if f.occasionAfter(tspan{s, s + 1}, tspan{s + 1, end}) {
			return Reported{}, false // "…, the person said, speaking on condition of anonymity"
		}
		r.CueStart, r.CueEnd = int(f.toks[s].Start), int(f.toks[s].End)
		s++
	}
	if f.is(s, "that") {
		s++
	}
	if !f.clauseOK(s, end) {
		return Reported{}, false
	}
	r.Start, r.End = int(f.toks[s].Start), int(f.toks[end-1].End)
	return r, true
}

// writerOpeners open a part after an attribution that is the writer's: a clause of time or
// circumstance.
var writerOpeners = text.WordSet(`as after before amid despite following`)

// shortPartOK reports whether tokens [s, e) before an attribution inside the sentence can
// be a part of their own though shorter than a clause: two words or more, not opening with a
// quotation or a colon ("[The fire], officials said, [started …]").
func (f *finder) shortPartOK(s, e int) bool {
	return e > s && f.quoted(s) == 0 && !f.punct(s, ": , —") && f.words(tspan{s, e}, 2) >= 2
}

// labelSources are the nouns of evidence that speak as a headline's label ("Poll: …");
// "Analysis:" and "Opinion:" name the kind of story.
var labelSources = text.WordSet(`poll polls survey study report census audit`)

// headlineLabel finds the headline that opens with its source and a colon: a name the
// entity stage found that is no place ("Pence: Debate Will Go On") or a noun of evidence
// ("Poll: Voters Split on Tax Plan"), with a clause of three words or more after it. Labels
// such as "Update:" or "Analysis:" are neither.
func (f *finder) headlineLabel(s, e int) (Reported, bool) {
	end := e
	for end > s && (f.toks[end-1].Kind == text.Punct || f.toks[end-1].Kind == text.Quote) {
		end--
	}
	for k := s + 1; k < end && k <= s+4; k++ {
		if !f.punct(k, ":") {
			continue
		}
		if !f.clauseOK(k+1, end) {
			return Reported{}, false
		}
		if k == s+1 && f.in(labelSources, s) {
			return f.reported(np{s, k, npNominal}, k, k+1, k+1, end, ruleRepAfter), true
		}
		if n, found := f.nameIn(int(f.toks[s].Start), int(f.toks[k-1].End)); found && n.Start == int(f.toks[s].Start) && n.End == int(f.toks[k-1].End) && n.Type != Place {
			return f.reported(np{s, k, npName}, k, k+1, k+1, end, ruleRepAfter), true
		}
		break
	}
	return Reported{}, false
}

// headlineAfter finds the headline that closes on its attribution, "CLAUSE, SOURCE Says"
// ("Depot Will Close In March, Transit Agency Says", "…, Officials Say", "…, Study Finds"):
// a finite cue as the last word, a source of a few words between it and the comma, a clause
// of three words or more before. Headlines capitalize the cue, so its case is not asked.
func (f *finder) headlineAfter(s, e int) (Reported, bool) {
	end := e
	for end > s && (f.toks[end-1].Kind == text.Punct || f.toks[end-1].Kind == text.Quote) {
		end--
	}
	c := end - 1
	ci, ok := f.cue(c)
	if c-s < 5 || !ok || ci.form != cueFinite || ci.weak || f.quoted(c) != 0 {
		return Reported{}, false
	}
	k := c - 1 // the comma before the source
	for k > s && k >= c-5 && f.toks[k].Kind == text.Word {
		k--
	}
	if k == c-1 || !f.punct(k, ",") || !f.clauseOK(s, k) {
		return Reported{}, false
	}
	kind := npNominal
	for i := k + 1; i < c; i++ {
		if f.nameish(i) {
			kind = npName
		}
	}
	return f.reported(np{k + 1, c, kind}, c, c+1, s, k, ruleRepAfter), true
}

// afterCueWords may follow a cue before the comma that ends an attribution inside a
// sentence: "…, she said later, …".
var afterCueWords = text.WordSet(`later then earlier again`)

// cueComma returns the comma that ends the attribution whose cue is token c inside a sentence
// ending at end ("…, X said, …"), right after the cue or after a short phrase of time, place
// or means ("said Tuesday,", "said in a May report,", "said later,", after told the one told:
// "told me on Friday,"), or -1 when there is none.
func (f *finder) cueComma(c, end int, tell bool) int {
	for k := c + 1; k < end && k <= c+7; k++ {
		if !f.punct(k, ",") {
			continue
		}
		if k == c+1 || k == c+2 && f.in(afterCueWords, c+1) || tell && f.toldTrailer(c+1, k) {
			return k
		}
		if !f.in(timeWords, c+1) {
			return -1
		}
		det := false // a determiner makes a reporting verb after it a noun: "in a May report"
		for j := c + 1; j < k; j++ {
			if f.quoted(j) != 0 || f.toks[j].Kind == text.Punct || f.toks[j].Kind == text.Quote {
				return -1
			}
			if _, ok := f.cue(j); ok && !det && !f.nounContext(j) {
				return -1 // "said Tuesday he would …": a clause, no phrase of time
			}
			det = det || f.in(determiners, j)
		}
		return k
	}
	return -1
}

// evidenceRight finds, at tokens [i, end), a short phrase of lower-case words without a
// determiner that ends in a noun of evidence or writing and closes the sentence: "…,
// according to federal statistics.", "…, according to court records.".
func (f *finder) evidenceRight(i, end int) np {
	if end <= i || end-i > 4 {
		return np{}
	}
	for k := i; k < end; k++ {
		if !f.isLowerWord(k) || f.in(determiners, k) {
			return np{}
		}
	}
	if !f.in(evidenceNouns, end-1) && !f.in(writingNouns, end-1) {
		return np{}
	}
	return np{i, end, npNominal}
}

// trailer reports whether tokens [i, end) are a short adjunct after a cue that closes its
// sentence: a time or place ("said Tuesday", "said on Friday", "said in a statement") or a
// participle that cites ("reported, citing officials").
func (f *finder) trailer(i, end int) bool {
	if i+1 < end && f.writersClause(i) {
		// "…, officials said, as mediators pushed for a deal": a clause of time or reason
		// after the attribution is the writer's ("said, as did others, that …" is no trailer)
		for k := i + 2; k+1 < end && k < i+40; k++ { // a parenthesis is short
			if f.punct(k, ",") && f.is(k+1, "that") {
				return false
			}
		}
		return true
	}
	if i >= end || end-i > 6 {
		return false
	}
	if f.punct(i, ",") {
		c, ok := f.cue(i + 1)
		return ok && c.form == cueParticiple
	}
	if !f.in(timeWords, i) {
		return false
	}
	for k := i; k < end; k++ {
		if f.quoted(k) != 0 || f.toks[k].Kind == text.Punct {
			return false
		}
		if _, ok := f.cue(k); ok {
			return false
		}
	}
	return true
}

// toldTrailer reports whether tokens [i, end) after "told" are only the one told and when:
// "…, Noe Diaz told reporters.", "…, she told the BBC on Monday.", "…, he told a local
// newspaper."
func (f *finder) toldTrailer(i, end int) bool {
	if i >= end || end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		if f.quoted(k) != 0 || f.toks[k].Kind != text.Word {
			return false
		}
		if _, ok := f.cue(k); ok {
			return false
		}
		if !(f.in(objectWords, k) || f.in(timeWords, k) || f.in(determiners, k) || f.in(toldNouns, k) || f.isCap(k)) {
			return false
		}
	}
	return true
}

// toldNouns are those a speaker tells: "told the newspaper", "told state television".
var toldNouns = text.WordSet(`newspaper newspapers agency broadcaster station radio television tv channel network outlet
magazine lawmakers supporters reporter journalist correspondent local state national public news`)

// pastDateline returns the token after the dateline that opens the sentence at s ("SPRINGFIELD
// (AP) —", "FLINT, Mich., Oct. 4 (UPI) —", "WASHINGTON ―") or after a label ("Update:"), or s
// when there is none: a place in capitals, or a place with its state in commas, words in
// capitals, numbers and brackets up to a dash, within a few tokens; up to three capitalized
// words before a colon.
func (f *finder) pastDateline(s, end int) int {
	if s >= end || !f.isCap(s) {
		return s
	}
	// "Update: …", "Dana Whitfield: …": a label or a name and a colon
	for k := s + 1; k < end && k <= s+3 && f.isCap(k-1); k++ {
		if f.punct(k, ":") {
			return k + 1
		}
	}
	return f.datelineEnd(s, end)
}

// datelineEnd returns the token after a wire dateline that opens the sentence at s ("BEIJING,
// Nov 16 (Reuters) -", "MANILA, Philippines —"), or s when there is none.
func (f *finder) datelineEnd(s, end int) int {
	if s >= end || !f.isCap(s) || !f.isAllCaps(s) && !f.punct(s+1, ",") {
		return s
	}
	for k := s + 1; k < end && k < s+14; k++ {
		switch {
		case f.punct(k, "— ― -- – -"):
			return k + 1
		case f.toks[k].Kind == text.Word && !f.isCap(k), f.quoted(k) != 0:
			return s
		}
	}
	return s
}

// reportedAfter finds the subject of a cue that ends a sentence ("…, Peskov said." / "…, said
// the ministry.") and the end of the clause before it.
func (f *finder) reportedAfter(s, c, end int) (np, int) {
	if f.punct(c-1, ",") {
		// ", said X."
		n := f.npRight(c+1, end)
		if n.kind != npNone && n.e < end && f.possessive(n.e) && f.shortPhrase(n.e+1, end) {
			n.e = end // ", noted NBC's Dante Chinni."
		}
		if n.kind == npNone || n.e < end && !f.punct(n.e, ",") && !(n.kind == npName && f.in(ofPrepositions, n.e) && f.shortPhrase(n.e+1, end)) {
			return np{}, 0 // ", said Ana Berg of the Daily Ledger." is hers
		}
		if n.kind == npNominal && f.verbInPhrase(n) {
			return np{}, 0 // "His father, Meshack Opiyo, said the family wanted justice.": a clause, no source
		}
		return n, c - 1
	}
	n := f.npLeft(c-1, s, false)
	if n.kind == npName && f.is(n.s-1, "and") && n.s-2 > s {
		// "…, Malaysia and Indonesia said": the pair speaks
		if m := f.npLeft(n.s-2, s, false); m.kind == npName {
			n.s = m.s
		}
	}
	if n.kind == npName && n.s-1 > s && f.in(determiners, n.s-1) && f.punct(n.s-2, ",") {
		n.s-- // "…, the Tax Foundation said": the article opens the name's phrase
	}
	if n.kind == npName && !f.punct(n.s-1, ",") {
		// "…, Houston Police Department spokesman Sgt. Luis Menendez said": a title before
		// the name, with the body it speaks for, belongs to the source
		k := n.s
		for k-1 > s && k > n.s-8 && (f.in(roleNouns, k-1) || f.in(titleWords, k-1) || f.isCap(k-1) && f.toks[k-1].Kind == text.Word) {
			k--
		}
		if k < n.s && f.punct(k-1, ",") && f.in(roleNouns, n.s-1) || k < n.s && f.punct(k-1, ",") && f.in(titleWords, n.s-1) && k < n.s-1 {
			n.s = k
		}
	}
	if n.kind == npNone || !f.punct(n.s-1, ",") {
		return np{}, 0
	}
	return n, n.s - 1
}

// verbInPhrase reports whether a description read after its cue is rather a clause: it holds
// a word in -ed after a noun and before another word ("the family [wanted] justice") and does
// not end in a role noun, as a source does ("the newly elected mayor").
func (f *finder) verbInPhrase(n np) bool {
	if f.in(roleNouns, n.e-1) {
		return false
	}
	for k := n.s + 2; k+1 < n.e; k++ {
		w := f.word(k)
		if f.isLowerWord(k) && len(w) > 4 && strings.HasSuffix(w, "ed") && f.isLowerWord(k-1) && !f.in(determiners, k-1) {
			return true
		}
	}
	return false
}

// shortPhrase reports whether tokens [i, end) are a few words with no verb, quotation or
// punctuation but a possessive: the rest of a name's phrase ("the Daily Ledger").
func (f *finder) shortPhrase(i, end int) bool {
	if i >= end || end-i > 6 {
		return false
	}
	for k := i; k < end; k++ {
		if f.quoted(k) != 0 || f.toks[k].Kind != text.Word && !f.possessive(k) {
			return false
		}
		if _, ok := f.cue(k); ok || f.isLowerWord(k) && f.verbLike(k) {
			return false
		}
	}
	return true
}

// clauseOK reports whether tokens [s, e) form a clause of the writer's own: at least three
// words, not opening with a quotation or a colon (direct speech, left to Find). Quoted words
// inside it are allowed: "noted that Moscow had “heard …”" is still reported speech.
func (f *finder) clauseOK(s, e int) bool {
	if e-s < 3 || f.quoted(s) != 0 || f.punct(s, ": , —") {
		return false
	}
	words := 0
	for i := s; i < e && words < 3; i++ {
		if k := f.toks[i].Kind; k == text.Word || k == text.Number {
			words++
		}
	}
	return words >= 3
}

func (f *finder) reported(n np, cs, ce, s, e int, rule ruleID) Reported {
	n.s = f.widenPair(n.s)
	n.s, n.e = f.mentionSpan(n.s, n.e)
	name, ent := f.resolveSpan(n.s, n.e)
	ent, members := f.groupOf(ent)
	for s < e-1 && f.toks[s].Kind != text.Word && f.toks[s].Kind != text.Number && f.toks[s].Kind != text.Quote && f.toks[s].Kind != text.Symbol {
		s++ // a list's bullet or dash: "• More than 400,000 homes …, ESB Networks says"
	}
	for s < e-1 && bullets[f.word(s)] {
		s++
	}
	return Reported{
		Start: int(f.toks[s].Start), End: int(f.toks[e-1].End),
		SpeakerStart: int(f.toks[n.s].Start), SpeakerEnd: int(f.toks[n.e-1].End),
		Speaker: name, Entity: ent, Members: members,
		CueStart: int(f.toks[cs].Start), CueEnd: int(f.toks[ce-1].End),
		Rule: rule,
	}
}

// bullets open the items of a list.
var bullets = map[string]bool{"•": true, "·": true, "▪": true, "◦": true, "‣": true, "*": true}

// quantityOpens reports whether token k opens a quantity that is the subject of a clause:
// "at least 60 people", "about 60 percent", "more than 300 homes".
func (f *finder) quantityOpens(k int) bool {
	num := func(j int) bool { return j < len(f.toks) && (f.toks[j].Kind == text.Number || f.in(numberWords, j)) }
	switch {
	case f.is(k, "at") && (f.is(k+1, "least") || f.is(k+1, "most")):
		return num(k + 2)
	case (f.is(k, "more") || f.is(k, "fewer") || f.is(k, "less")) && f.is(k+1, "than"):
		return num(k + 2)
	case f.in(approxWords, k):
		return num(k + 1)
	}
	return false
}

// objectWords and timeWords after a cue with no "that" mean the clause, if any, is not next
// to the verb ("told reporters", "said Tuesday").
var objectWords = text.WordSet(`reporters journalists me him her them us it so nothing`)

var timeWords = text.WordSet(`today yesterday tonight monday tuesday wednesday thursday friday saturday sunday
earlier later last this in on at during after before`)
