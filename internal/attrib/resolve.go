package attrib

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
)

// resolve fills the speaker name and entity of passage k from its mention.
func (f *finder) resolve(k int) {
	p := &f.ps[k]
	s, e := f.mentionSpan(f.widenPair(int(p.spS)), int(p.spE))
	speaker, ent := f.resolveSpan(s, e)
	p.spS, p.spE, p.speaker, p.entity = int32(s), int32(e), f.speakerID(speaker), int32(ent)
}

// clauseSubjectEnd returns the end of the subject when the tagged source [s, e) is a whole
// clause: an article, one to three lower-case nouns and a verb in the past tense with words
// after it ("[The court acquitted Kim of one count], saying prosecutors had not proved it").
// The subject speaks, not a name in its object. It returns s when the span is no such clause.
func (f *finder) clauseSubjectEnd(s, e int) int {
	if !f.is(s, "The") && !f.is(s, "the") {
		return s
	}
	for k := s + 1; k < e-1 && k <= s+4; k++ {
		if !f.isLowerWord(k) || f.in(nameStops, k) {
			return s
		}
		if w := f.word(k); k > s+1 && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return k
		}
	}
	return s
}

// headlineSubjectEnd returns the end of the subject when the tagged source [s, e) is the first
// of two clauses of a headline joined by a comma: capitalized words and possessives, then a
// lower-case verb in -s with words after it ("[Ethiopia's Abiy inaugurates Nile dam], urges
// Egypt to talks"). The subject does the second verb too. It returns s when the span is no
// such clause, no comma follows it, or it lies outside the page's first line.
func (f *finder) headlineSubjectEnd(s, e int) int {
	b := f.blocks[0]
	if !f.punct(e, ",") || f.blkOf[f.sentOf[s]] != 0 || b.last < e || f.d.Sentences[b.sfirst].Last < b.last {
		return s // the page's first line, of one sentence
	}
	for k := s; k < e-1; k++ {
		if f.isCap(k) || k > s && f.possessive(k) {
			continue // "Ethiopia", "'s", "Abiy"
		}
		if w := f.word(k); k > s && f.isLowerWord(k) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return k // "inaugurates"
		}
		return s
	}
	return s
}

// mentionSpan returns the speaker mention [s, e) less a comma at its end, or the name an
// apposition stands for: the name set off by commas right after a description ("Its
// spokeswoman, Julie Kozack, said"), or the subject before an apposition taken for the
// speaker ("Starlink, Mr. Musk's satellite internet company, said": Starlink, not Musk).
func (f *finder) mentionSpan(s, e int) (int, int) {
	if s < 0 || e <= s || e > len(f.toks) {
		return s, e
	}
	comma := e-1 > s && f.punct(e-1, ",")
	if comma {
		e--
	}
	if e-1 > s && f.punct(e-1, ")") {
		// "Coun. Paula Fletcher (Ward 14, Toronto–Danforth) noted": the bracket after a
		// name says where or what the speaker stands for; the name before it speaks
		open := -1
		for k := e - 2; k >= 0 && k > e-12; k-- {
			if f.punct(k, "(") {
				open = k
				break
			}
			if f.punct(k, ")") || k < s && f.punct(k, ". ; : ! ?") && !f.abbrevStop(k) {
				break
			}
		}
		switch {
		case open > s && f.bracketDescribes(open, e-1):
			e = open
		case open >= 0 && open < s:
			// the mention starts inside the bracket ("(Ward 14, [Toronto–Danforth)] noted")
			if n := f.npLeft(open-1, f.sentStart(open), false); n.kind == npName {
				s, e = n.s, n.e
			}
		}
	}
	if e == s+1 && f.punct(e, ",") && s == f.sentStart(s) && f.in(openingAdverbs, s) {
		// "Meanwhile, Datuk Ahmad Maslan, a deputy minister, said": a sentence adverb is no
		// speaker; the subject after its comma is
		if sub := f.sentenceSubject(s, f.sentEnd(s)); sub.kind == npName && sub.s > e {
			s, e = sub.s, sub.e
		}
	}
	if n := f.partyTagOwner(s, e); n.kind == npName {
		return n.s, n.e
	}
	if ps, pe, ok := f.speakerForName(s, e); ok {
		return ps, pe
	}
	if e-s > 2 && f.toks[s].Kind == text.Number && f.is(s+1, "and") {
		s += 2 // "began on August [10 and South Korea] says": the date's end is no speaker
	}
	if f.quoted(s) != 0 && f.quoted(e-1) != 0 {
		// "Meg Ryan, who starred in “When Harry Met Sally,” wrote": a title in quotation
		// marks is no speaker; the sentence's subject is
		if sub := f.sentenceSubject(f.sentStart(s), s); sub.kind == npName && sub.e <= s {
			return sub.s, sub.e
		}
	}
	if k := f.clauseSubjectEnd(s, e); k > s {
		return s, k // "[The board fired Smith], saying …": the board says it, not Smith
	}
	if k := f.headlineSubjectEnd(s, e); k > s {
		return s, k // "[Ethiopia's Abiy inaugurates Nile dam], urges Egypt": Abiy urges
	}
	s = f.peopleOfPlace(s, e)
	if k := s + 2; k < e-1 && f.in(determiners, s) && f.is(k, "the") && f.isLowerWord(k-1) && !f.in(nameStops, k-1) {
		s = k // "[a move the company] said would cost": the second noun phrase speaks
	}
	if strings.HasSuffix(f.word(s), "-based") {
		// "the Cupertino, [California-based company]": the description starts at its article
		k := s - 1
		if f.punct(k, ",") && f.isCap(k-1) {
			k -= 2
		}
		if f.is(k, "the") {
			s = k
		}
	}
	if s >= 2 && f.punct(s-1, ",") && (comma || f.punct(e, ",")) && (!f.nameEnds(s, e) || f.roleIn(s, e)) {
		if sub := f.sentenceSubject(f.sentStart(s), s-1); sub.kind == npName && sub.e == s-1 {
			return sub.s, sub.e
		}
	}
	return f.appositiveName(s, e)
}

// openingAdverbs open a sentence before its subject, set off by a comma ("Meanwhile, …"); a
// quantifier does not ("Most, including F.W. de Klerk, offered apologies": most did).
var openingAdverbs = text.WordSet(`meanwhile however still also later earlier separately elsewhere
instead indeed additionally moreover furthermore similarly likewise today yesterday`)

// speakerForName returns who speaks when the mention [s, e) is a name that a spokesperson, a
// lawyer or an aide speaks for: the name set off by commas after it ("a spokesman for Prime
// Minister Benjamin Netanyahu, Omer Dostri, said"), else the whole description ("[a
// spokesperson for Pacheco] said"); ok is false when no such noun and "for" or "to" stand
// before the mention, or when it names no person (an organization speaks through its
// spokesperson).
func (f *finder) speakerForName(s, e int) (int, int, bool) {
	if s < 2 || !f.is(s-1, "for") && !f.is(s-1, "to") || !f.in(proxyNouns, s-2) || !f.isLowerWord(s-2) {
		return s, e, false
	}
	if n, ok := f.nameIn(int(f.toks[s].Start), int(f.toks[e-1].End)); !ok || n.Type != Person || n.End != int(f.toks[e-1].End) {
		return s, e, false // "a spokesperson for Kirkland & Ellis": the firm speaks through its spokesperson
	}
	if f.punct(e, ",") && e+1 < len(f.toks) {
		if n, ok := f.nameIn(int(f.toks[e+1].Start), int(f.toks[e+1].End)); ok && n.Type == Person && n.Start == int(f.toks[e+1].Start) {
			if ne := f.tokenAt(n.End); ne < len(f.toks) && f.punct(ne, ",") {
				return e + 1, ne, true
			}
		}
	}
	d := f.npLeft(s-2, f.sentStart(s), false)
	if d.kind != npNominal || d.e != s-1 {
		return s, e, false
	}
	return d.s, e, true
}

// proxyNouns speak for someone else: "a spokesperson for Pacheco", "an aide to the senator".
var proxyNouns = text.WordSet(`spokesperson spokesman spokeswoman spokespeople lawyer lawyers attorney attorneys aide aides
	adviser advisers advisor advisors representative representatives`)

// partyTagOwner returns the name a party-and-state tag set off by commas belongs to: "Rep.
// [Chip Roy], R-Texas, said" (American papers tag lawmakers so); no np when [s, e) is no such
// tag after a name.
func (f *finder) partyTagOwner(s, e int) np {
	if s < 2 || !f.punct(s-1, ",") || !text.PartyState(f.spanText(s, e)) {
		return np{}
	}
	return f.npLeft(s-2, f.sentStart(s), false)
}

// peopleOfPlace returns the start of the people a speaker mention that is only a place's name
// belongs to, "[Residents in the town of] Canoas described", "[Officials in] Kharkiv said": a
// role noun, a link word and the place; s when the mention is no such place.
func (f *finder) peopleOfPlace(s, e int) int {
	if s < 2 || len(f.names) == 0 {
		return s
	}
	n, ok := f.nameIn(int(f.toks[s].Start), int(f.toks[e-1].End))
	if !ok || n.Type != entity.Place || n.Start != int(f.toks[s].Start) || n.End != int(f.toks[e-1].End) {
		return s
	}
	j := s - 1
	if f.is(j, "of") && f.in(placeKinds, j-1) { // "the town of"
		j -= 2
		if f.in(determiners, j) {
			j--
		}
	}
	if !f.in(placeLinks, j) || !f.in(roleNouns, j-1) {
		return s
	}
	h := j - 1
	for h > f.sentStart(s) && f.in(roleNouns, h-1) && f.isLowerWord(h-1) {
		h-- // "attorney general of Oklahoma"
	}
	if f.in(determiners, h-2) && f.toks[h-1].Kind == text.Word && h-2 >= f.sentStart(s) {
		h-- // "the Republican attorney general of Oklahoma"
	}
	if f.in(determiners, h-1) && h-1 >= f.sentStart(s) {
		h--
	}
	return h
}

// roleIn reports whether the mention [s, e) holds a role noun in lower case: a description
// even when a name ends it ("UNICEF's regional director for Europe and Central Asia").
func (f *finder) roleIn(s, e int) bool {
	for k := s; k < e; k++ {
		if f.isLowerWord(k) && f.in(roleNouns, k) {
			return true
		}
	}
	return false
}

// nameEnds reports whether the mention [s, e) ends with a name of the entity stage (a name,
// not a description of something a name owns).
func (f *finder) nameEnds(s, e int) bool {
	n, ok := f.nameIn(int(f.toks[s].Start), int(f.toks[e-1].End))
	return ok && n.End == int(f.toks[e-1].End)
}

// appositiveName returns the span of the name set off by a comma right after a description,
// ending in a comma, a dash, a bracket or the sentence ("according to the refugee agency,
// UNHCR.", "Ruud’s father and coach, Christian Ruud,"): a description opens with an article or
// an owner's name, and a person's name may have its own title before it ("The head of the
// mission, former Sierra Leone President Ernest Bai Koroma, said"). Other mentions, and a
// description with no such name, come back as they are.
func (f *finder) appositiveName(s, e int) (int, int) {
	if s < 0 || e <= s || e+1 >= len(f.toks) || !f.punct(e, ",") || !f.in(determiners, s) && !(s+2 < e && f.possessive(s+1)) || f.nameish(e-1) {
		return s, e
	}
	if _, isPron := f.pronoun(s); isPron && e == s+1 {
		return s, e
	}
	n, ok := f.nameIn(int(f.toks[e+1].Start), int(f.toks[e+1].End))
	if !ok || n.Start != int(f.toks[e+1].Start) {
		if n, ok = f.titledPerson(e + 1); !ok {
			return s, e
		}
	}
	ne := f.tokenAt(n.End)
	if ne >= len(f.toks) || !f.punct(ne, ", ) — – . ;") || int(f.toks[ne].Start) != n.End {
		return s, e
	}
	return f.tokenAt(n.Start), ne
}

// titledPerson returns the person's name that follows the words of a title from token k on
// ("lawyer Israelito Torreon", "former Sierra Leone President Ernest Bai Koroma"): a few
// words with no clause word or verb among them ("who praised Ann Lee" is a clause).
func (f *finder) titledPerson(k int) (Name, bool) {
	for i := k; i < len(f.toks) && i < k+6; i++ {
		if n, ok := f.nameIn(int(f.toks[i].Start), int(f.toks[i].End)); ok && n.Type == Person && n.Start == int(f.toks[i].Start) && i > k {
			return n, true
		}
		if f.toks[i].Kind != text.Word || f.in(nameStops, i) || f.verbLike(i) {
			break
		}
	}
	return Name{}, false
}

// widenPair moves a speaker mention that starts with the second name of a coordinated pair
// back over the first ("Malaysia and [Indonesia] said"): the two speak together.
func (f *finder) widenPair(s int) int {
	if len(f.names) == 0 {
		return s
	}
	pos := f.toks[s].Start
	i := f.nameAt(int(pos))
	if i > 0 && i < len(f.names) && f.names[i].Start == int(pos) && f.pairAt(i-1, true) {
		return f.tokenAt(f.names[i-1].Start)
	}
	return s
}

// resolveSpan returns the speaker name and entity (-1 if none) of the mention in tokens
// [s, e): a pronoun's antecedent, a relative pronoun's antecedent, the entity stage's name, a
// surname's full name, else the mention as written (less a title and a final ’s).
func (f *finder) resolveSpan(s, e int) (string, int) {
	ms, me := f.toks[s].Start, f.toks[e-1].End
	mention := f.src[ms:me]
	if g, ok := f.pronoun(s); ok && e == s+1 {
		if name, ent, ok := f.antecedent(s, g); ok {
			return name, ent
		}
		return mention, -1
	}
	if e == s+1 && (f.is(s, "who") || f.is(s, "which")) {
		j := s - 1
		if f.punct(j, ",") {
			if n, ok := f.appositionOwner(j); ok {
				return f.nameString(n), f.entityOf(n)
			}
			j--
		}
		if n := f.npLeft(j, f.sentStart(s), false); n.kind == npName || n.kind == npNominal {
			if nm, ok := f.nameIn(int(f.toks[n.s].Start), int(f.toks[n.e-1].End)); ok && nm.Type == Place && f.is(s, "who") {
				// "Maya Patel, an associate at a firm in Chicago who asked": who is a
				// person, the one named last before it in the sentence
				for i := f.nameAt(nm.Start) - 1; i >= 0 && f.names[i].Start >= int(f.toks[f.sentStart(s)].Start); i-- {
					if f.names[i].Type == Person {
						return f.nameString(f.names[i]), f.entityOf(f.names[i])
					}
				}
				return mention, -1
			}
			p := n.s - 1
			if f.in(determiners, p) {
				p--
			}
			if nm, ok := f.nameIn(int(f.toks[n.s].Start), int(f.toks[n.e-1].End)); ok && nm.Type == Org && f.is(s, "who") && f.in(ofPrepositions, p) {
				// "a technician at the State Department who told …": who is a person, the
				// noun phrase the organization's phrase hangs on
				if h := f.npLeft(p-1, f.sentStart(s), false); h.kind == npName || h.kind == npNominal {
					return f.resolveSpan(h.s, h.e)
				}
			}
			return f.resolveSpan(n.s, n.e)
		}
		if b := f.bareNounPhrase(j, f.sentStart(s)); b < j+1 {
			return f.spanText(b, j+1), -1 // "boycotted by 20 opposition parties who said"
		}
		return mention, -1
	}
	if len(f.names) > 0 {
		if ent, ok := f.pairIn(int(ms), int(me)); ok {
			return f.groupName(ent), ent
		}
		if n, ok := f.nameIn(int(ms), int(me)); ok && !f.ownerIn(n, s, e) {
			if name := f.nameString(n); name != "" {
				return name, f.entityOf(n)
			}
			return mention, -1
		}
		// "President Bola Tinubu's All Progressives Congress", "Ethiopia's Abiy": the
		// organization or person that ends the mention spoke, not its owner
		if i := sort.Search(len(f.names), func(i int) bool { return f.names[i].End >= int(me) }); i < len(f.names) {
			if n := f.names[i]; n.End == int(me) && n.Start > int(ms) && (n.Type == Org || n.Type == Person) && f.possessive(f.tokenAt(n.Start)-1) {
				if name := f.nameString(n); name != "" {
					return name, f.entityOf(n)
				}
			}
		}
	}
	if name, ent, ok := f.described(s, e); ok {
		return name, ent
	}
	if e-s == 2 && f.is(s, "the") && f.isLowerWord(s+1) || f.in(titleWords, e-1) && (e-s == 1 || f.is(e-2, "s") || f.is(s, "the")) {
		// "the chancellor told reporters", "Germany's Chancellor Says": the person the story
		// titled so ("German Chancellor Olaf Scholz"), before the mention or else after it
		if n, ok := f.titled(int(ms), string(f.lower(e-1))); ok {
			if name := f.nameString(n); name != "" {
				return name, f.entityOf(n)
			}
		}
	}
	for s < e-1 && f.in(titleWords, s) && f.isCap(s) && f.nameish(s+1) {
		s++ // "Rep. Jane Doe" -> "Jane Doe"
	}
	if e-s == 1 && f.isCap(s) {
		// A bare surname: the one person entity whose name ends in it, else an earlier full
		// name ending in it.
		if ent := f.surnameEntity(f.word(s)); ent >= 0 {
			return f.ents[ent].Name, ent
		}
		if full, ok := f.fullNameEnding(int(f.toks[s].Start), f.word(s)); ok {
			return full, -1
		}
	}
	name := f.spanText(s, e)
	if i := strings.LastIndex(name, "’s"); i > 0 && i == len(name)-len("’s") {
		name = name[:i]
	}
	return name, -1
}

// appositionOwner returns the person an apposition that ends at the comma at token c describes:
// "[Hussein al-Sheikh], the secretary-general of the PLO executive committee, who said": a
// description set off by commas, opening with an article, right after a person's name.
func (f *finder) appositionOwner(c int) (Name, bool) {
	lo := f.sentStart(c)
	for k := c - 1; k > lo && k >= c-12; k-- {
		if f.quoted(k) != 0 || f.toks[k].Kind == text.Punct && !f.punct(k, ",") && !f.punct(k, "-") {
			break
		}
		if !f.punct(k, ",") {
			continue
		}
		if k+2 >= c || !f.in(determiners, k+1) {
			break
		}
		n, ok := f.nameIn(int(f.toks[k-1].Start), int(f.toks[k-1].End))
		if !ok || n.Type != Person || n.End != int(f.toks[k-1].End) {
			break
		}
		return n, true
	}
	return Name{}, false
}

// bareNounPhrase gives the start of the noun phrase that ends at token j, where npLeft finds
// none because it stands after a preposition ("boycotted by 20 opposition parties", "by the
// opposition", "by lawmakers"): lower-case words back to a number or a determiner, or to a word
// that ends phrases (a preposition, a verb of the lexicon); j+1 when there is none.
func (f *finder) bareNounPhrase(j, lo int) int {
	if j < lo || !f.isLowerWord(j) || f.in(nameStops, j) {
		return j + 1
	}
	if _, isCue := f.cue(j); isCue {
		return j + 1
	}
	s := j
	for k := j - 1; k >= lo && k > j-4; k-- {
		if f.toks[k].Kind == text.Number || f.in(determiners, k) {
			s = k
			break
		}
		if _, isCue := f.cue(k); !f.isLowerWord(k) || f.in(nameStops, k) || isCue {
			break
		}
		s = k
	}
	return s
}

// ownerIn reports whether name n, inside the mention [s, e), is not who spoke:
// the owner of what the mention describes ("Mr. Musk’s satellite internet company"), a name
// that modifies nouns after it, the one a spokesperson speaks for, or the place the speakers
// are in.
func (f *finder) ownerIn(n Name, s, e int) bool {
	pe := f.tokenAt(n.End)
	if ns := f.tokenAt(n.Start); n.Type == Person && ns-2 >= s && (f.is(ns-1, "for") || f.is(ns-1, "to")) && f.in(proxyNouns, ns-2) && f.isLowerWord(ns-2) {
		return true // "a spokesperson for Pacheco": the spokesperson spoke, not Pacheco
	}
	if f.possessive(pe) && pe+1 < e {
		return true
	}
	// "the UN human rights mission": the name modifies the nouns after it, which spoke
	if pe < e && f.isLowerWord(pe) && !f.in(nameStops, pe) {
		return true
	}
	// "the Cupertino, California-based company": so does a place before "-based"
	if pe+1 < e && f.punct(pe, ",") && strings.HasSuffix(f.word(pe+1), "-based") || pe < e && strings.HasSuffix(f.word(pe), "-based") {
		return true
	}
	// "Officials in Kharkiv", "residents in the town of Canoas": a place the speakers are in
	// did not speak. "The city of Phoenix" is Phoenix.
	ns := f.tokenAt(n.Start)
	if n.Type != entity.Place || pe != e || ns-1 <= s || !f.in(placeLinks, ns-1) {
		return false
	}
	k := ns - 2 // "city" of "the city of Phoenix"
	return !(f.is(ns-1, "of") && f.in(placeKinds, k) && (k == s || k == s+1 && f.in(determiners, s)))
}

// placeKinds name what a place is: "the city of Phoenix" is the place itself.
var placeKinds = text.WordSet(`city town village state province county region country nation republic kingdom island emirate`)

// placeLinks join the people who spoke to the place they are in or of: "officials in Kharkiv",
// "residents of Varnavas", "the mayor of Kyiv".
var placeLinks = text.WordSet(`in from at near of`)

// titled returns the person named right after the title word role ("German Chancellor Olaf
// Scholz" for "chancellor"): the last such before byte pos, else the first after it (a headline
// names the title before the story names the person); not after "Vice President" or "former
// President" for "president".
func (f *finder) titled(pos int, role string) (Name, bool) {
	fit := f.namesWhere("title\x00"+role, func(i int) bool {
		n := f.names[i]
		if n.Type != Person {
			return false
		}
		before := strings.TrimRight(f.src[max(0, n.Start-len(role)-12):n.Start], " \u00a0")
		k := len(before) - len(role)
		if k < 0 || !strings.EqualFold(before[k:], role) {
			return false
		}
		if k > 0 && unicode.IsLetter(rune(before[k-1])) {
			return false // the end of another word
		}
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(before[:k], "-", " ")))
		if len(words) > 0 {
			switch words[len(words)-1] {
			case "vice", "deputy", "former", "ex", "acting":
				return false
			}
		}
		return true
	})
	if i := f.nearestOf(fit, pos); i >= 0 {
		return f.names[i], true
	}
	return Name{}, false
}

// namesWhere returns the indices of the names for which pred holds, in order. key names pred:
// the list is made once per key and document, so that the rules that look for the nearest
// such name (titled, nearestPerson) do a binary search, not a walk over all the names each
// (which made a long text quadratic).
func (f *finder) namesWhere(key string, pred func(i int) bool) []int {
	if fit, ok := f.fits[key]; ok {
		return fit
	}
	var fit []int
	for i := range f.names {
		if pred(i) {
			fit = append(fit, i)
		}
	}
	if f.fits == nil {
		f.fits = map[string][]int{}
	}
	f.fits[key] = fit
	return fit
}

// nearestOf returns the name of fit named last before byte pos, else the first after it, -1
// when fit is empty.
func (f *finder) nearestOf(fit []int, pos int) int {
	at := f.nameAt(pos)
	j, _ := slices.BinarySearch(fit, at)
	switch {
	case j > 0:
		return fit[j-1]
	case j < len(fit):
		return fit[j]
	}
	return -1
}

// namesake returns the person entity other than n's whose full name ends in n's one word and
// whose sex does not rule out the pronoun gender g.
func (f *finder) namesake(n Name, g byte) (int, bool) {
	word := strings.TrimSpace(f.src[n.Start:n.End])
	if word == "" || strings.ContainsAny(word, " \u00a0") {
		return -1, false
	}
	other := Female
	if g == 'f' {
		other = Male
	}
	for e, ent := range f.ents {
		if e == n.Entity || ent.Type != Person || ent.Gender == other {
			continue
		}
		if i := strings.LastIndexByte(ent.Name, ' '); i > 0 && ent.Name[i+1:] == word {
			return e, true
		}
	}
	return -1, false
}

// nameIn returns the entity-stage name that overlaps bytes [s, e); of several, the last person.
func (f *finder) nameIn(s, e int) (Name, bool) {
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].End > s })
	var best Name
	found := false
	for ; i < len(f.names) && f.names[i].Start < e; i++ {
		n := f.names[i]
		if !found || n.Type == Person || best.Type != Person {
			best, found = n, true
		}
	}
	return best, found
}

// pairIn finds a coordinated pair of names that ends the speaker span [s, e) ("The owners of
// the bakery, Lena Ortiz and Tomas Berg"): the two speak as one group.
func (f *finder) pairIn(s, e int) (int, bool) {
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].End > s })
	last := -1
	for ; i < len(f.names) && f.names[i].Start < e; i++ {
		last = i
	}
	if last < 1 || f.names[last-1].Start < s || f.names[last].End > e || !f.pairAt(last-1, true) {
		return 0, false
	}
	ent := f.group(f.entityOf(f.names[last-1]), f.entityOf(f.names[last]))
	if f.groupName(ent) == "" {
		return 0, false
	}
	return ent, true
}

// interruptedName returns the person entity whose name the pronoun at token tok follows after a
// comma, opening a parenthetical attribution that closes with a comma or a stop ("Scarpa, he
// liked to say, had taught him …", "People like Scott, he said."): the pronoun is someone else,
// who speaks of that person; -1 when no person's name stands there. A pronoun that resumes the
// name goes on to its clause ("Hoop Scheffer, he has explained that …").
func (f *finder) interruptedName(tok int) int {
	if tok < 2 || !f.punct(tok-1, ",") {
		return -1
	}
	cued, closed := false, false
	for k := tok + 1; k < len(f.toks) && k <= tok+6; k++ {
		if f.punct(k, ", . ;") {
			closed = true // the parenthetical closes: "he liked to say, had taught him"
			break
		}
		if f.is(k, "that") {
			break // "the head of NATO, Hoop Scheffer, he has explained that …" is Scheffer
		}
		if _, ok := f.cue(k); ok {
			cued = true
		}
	}
	if !cued || !closed {
		return -1
	}
	n, ok := f.nameIn(int(f.toks[tok-2].Start), int(f.toks[tok-2].End))
	if !ok || n.Type != Person || n.End != int(f.toks[tok-2].End) {
		return -1
	}
	return f.entityOf(n)
}

// antecedent resolves a pronoun at byte pos: with names from the entity stage, the most recent
// fitting name (a person for he/she/I/you, an organization for it/they/we, falling back to a
// person); without, the most recent named speaker, else the most recent full name in the text.
func (f *finder) antecedent(tok int, g byte) (string, int, bool) {
	pos := f.toks[tok].Start
	if len(f.names) > 0 {
		if g == 'm' || g == 'f' {
			if name, ent, ok := f.describedSubject(tok, g); ok {
				return name, ent, true
			}
			var fits func(Entity) bool
			if ent := f.interruptedName(tok); ent >= 0 {
				fits = func(e Entity) bool { return e != f.ents[ent] }
			}
			if name, ent, ok := f.salient(tok, g, fits); ok {
				return name, ent, true
			}
		}
		if g == 'o' && !f.is(tok, "it") {
			if name, ent, ok := f.plural(tok); ok {
				return name, ent, true
			}
		}
		want := Person
		if g == 'o' {
			want = Org
		}
		i := f.nameAt(int(pos))
		for j := i - 1; j >= 0 && j >= i-200; j-- {
			n := f.names[j]
			if n.Type != want {
				continue
			}
			if want == Person && n.Entity >= 0 && n.Entity < len(f.ents) {
				eg := f.ents[n.Entity].Gender
				if g == 'm' && eg == Female || g == 'f' && eg == Male {
					// "In her book, Clinton noted …; she said": a surname the entity
					// stage gave to Bill Clinton may be Hillary Clinton's
					if e, ok := f.namesake(n, g); ok {
						return f.ents[e].Name, e, true
					}
					continue
				}
			}
			return f.nameString(n), n.Entity, true
		}
		return "", -1, false // "they" for a group of people stays as written
	}
	// The subject of the pronoun's own sentence ("Clinton says she …"), else of the sentence
	// before ("Sen. Jane Doe scolded him: “…,” she said").
	si := int(f.sentOf[tok])
	for k := si; k >= 0 && k >= si-1; k-- {
		s := f.d.Sentences[k]
		hi := s.Last
		if k == si {
			hi = tok
		}
		n := f.sentenceSubject(clamp(s.First, len(f.toks)), clamp(hi, len(f.toks)))
		if n.kind == npName || g == 'o' && n.kind == npNominal {
			name, ent := f.resolveSpan(n.s, n.e)
			if g == 'o' || strings.Contains(name, " ") || k == si {
				return name, ent, true
			}
		}
	}
	if g == 'o' {
		return "", -1, false
	}
	// The most recent named speaker before pos (among the last few passages).
	first := sort.Search(len(f.ps), func(k int) bool { return f.toks[f.ps[k].open].Start >= pos })
	for k := first - 1; k >= 0 && k >= first-50; k-- {
		q := &f.ps[k]
		if q.spS < 0 || f.toks[q.spS].Start >= pos {
			continue
		}
		if _, isPron := f.pronoun(int(q.spS)); isPron {
			continue
		}
		if f.isCap(int(q.spS)) && q.speaker != 0 {
			return f.speakerName(q.speaker), int(q.entity), true
		}
		break
	}
	if f.last.ok && f.last.spS >= 0 && f.toks[f.last.spS].Start < pos && f.isCap(f.last.spS) {
		if _, isPron := f.pronoun(f.last.spS); !isPron {
			return f.last.speaker, f.last.entity, true
		}
	}
	if full, ok := f.recentFullName(int(pos)); ok {
		return full, -1, true
	}
	return "", -1, false
}

func (f *finder) nameString(n Name) string {
	if e := f.entityOf(n); e >= 0 {
		return f.ents[e].Name
	}
	if n.Start >= 0 && n.End <= len(f.src) && n.Start < n.End {
		return f.src[n.Start:n.End]
	}
	return ""
}

// entityOf returns the entity of name n when the entity stage gave it a named one, else -1.
func (f *finder) entityOf(n Name) int {
	if n.Entity >= 0 && n.Entity < len(f.ents) && f.ents[n.Entity].Name != "" {
		return n.Entity
	}
	return -1
}

// fullNameSpans lists the capitalized sequences of two or more words in the text (titles and
// sentence openers left out), found once on first use.
func (f *finder) fullNameSpans() [][2]int {
	if f.full != nil {
		return f.full
	}
	f.full = make([][2]int, 0, 16)
	for i := 0; i < len(f.toks); {
		if !f.nameish(i) || f.in(titleWords, i) {
			i++
			continue
		}
		e := i + 1
		for e < len(f.toks) && f.toks[e].Newlines == 0 && (f.nameish(e) || f.connector(e) && f.nameish(e+1)) {
			e++
		}
		if e-i >= 2 && e-i <= 4 && !f.isAllCaps(i) {
			f.full = append(f.full, [2]int{i, e})
		}
		if e == i {
			e++
		}
		i = e
	}
	return f.full
}

// surnameEntity returns the only person entity whose name ends in the word w ("Sitharaman" of
// "Nirmala Sitharaman"), or -1.
func (f *finder) surnameEntity(w string) int {
	if f.bySurname == nil {
		f.bySurname = make(map[string]int)
		for i, e := range f.ents {
			if e.Type != Person || !strings.Contains(e.Name, " ") {
				continue
			}
			last := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]
			if _, seen := f.bySurname[last]; seen {
				f.bySurname[last] = -1
			} else {
				f.bySurname[last] = i
			}
		}
	}
	if ent, ok := f.bySurname[w]; ok {
		return ent
	}
	return -1
}

// fullNameEnding returns the most recent full name before pos whose last word is surname,
// else the first one after.
func (f *finder) fullNameEnding(pos int, surname string) (string, bool) {
	spans := f.fullNameSpans()
	i := sort.Search(len(spans), func(i int) bool { return int(f.toks[spans[i][0]].Start) >= pos })
	for k := i - 1; k >= 0 && k >= i-500; k-- {
		if sp := spans[k]; f.word(sp[1]-1) == surname {
			return f.spanText(sp[0], sp[1]), true
		}
	}
	for k := i; k < len(spans) && k < i+500; k++ {
		if sp := spans[k]; f.word(sp[1]-1) == surname {
			return f.spanText(sp[0], sp[1]), true
		}
	}
	return "", false
}

// recentFullName returns the closest full name before pos.
func (f *finder) recentFullName(pos int) (string, bool) {
	spans := f.fullNameSpans()
	i := sort.Search(len(spans), func(i int) bool { return int(f.toks[spans[i][0]].Start) >= pos })
	if i == 0 {
		return "", false
	}
	sp := spans[i-1]
	return f.spanText(sp[0], sp[1]), true
}

// groupOf splits a speaker entity into an entity index and the members of a group: an index
// past the entities names one of f.groups.
func (f *finder) groupOf(ent int) (int, []int) { return groupOf(ent, len(f.ents), f.groups) }

// groupOf returns a speaker's entity, or -1 and the entities of its group when ent, past the
// nents entities, is one of groups.
func groupOf(ent, nents int, groups [][]int) (int, []int) {
	if k := ent - nents; ent >= 0 && k >= 0 {
		if k < len(groups) {
			return -1, groups[k]
		}
		return -1, nil
	}
	return ent, nil
}

// group returns the speaker entity of the group of entities a and b, adding it once.
func (f *finder) group(a, b int) int {
	for k, g := range f.groups {
		if g[0] == a && g[1] == b {
			return len(f.ents) + k
		}
	}
	f.groups = append(f.groups, []int{a, b})
	return len(f.ents) + len(f.groups) - 1
}

// groupName is "Lena Ortiz and Tomas Berg".
func (f *finder) groupName(ent int) string {
	_, m := f.groupOf(ent)
	if len(m) != 2 {
		return ""
	}
	return f.ents[m[0]].Name + " and " + f.ents[m[1]].Name
}

// ofPrepositions attach a noun phrase to the one before it: "a technician at the agency".
var ofPrepositions = text.WordSet(`of at for from with in`)

// tokenAt returns the index of the first token starting at or after byte pos.
func (f *finder) tokenAt(pos int) int {
	return sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].Start) >= pos })
}

// nameAt returns the index of the first name that starts at or after byte pos.
func (f *finder) nameAt(pos int) int {
	return sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= pos })
}

// mentionCount returns how many name mentions entity e has in the whole text: the people the
// story is about are mentioned again and again.
func (f *finder) mentionCount(e int) int {
	if f.counts == nil {
		f.counts = make([]int, len(f.ents))
		for _, n := range f.names {
			if n.Entity >= 0 && n.Entity < len(f.counts) {
				f.counts[n.Entity]++
			}
		}
	}
	if e < 0 || e >= len(f.counts) {
		return 0
	}
	return f.counts[e]
}

// embeddedWords open a clause or phrase whose names are not what the sentence is about: "the
// closure of the Kerr plant, where Casey Pike had worked".
var embeddedWords = text.WordSet(`where who whom whose which`)

var phrasePrepositions = text.WordSet(`of in at for with by to from on about against into than like under
over among between behind toward towards via including`)

// gerundPrepositions open a phrase with a verb in -ing whose object is no subject of the
// sentence: "after beating", "by hiring", "without naming".
var gerundPrepositions = text.WordSet(`after before by without since while on in for from despite`)

// salient resolves he or she at token tok as a reader weighs the people named in its sentence
// (before it) and the three sentences before: nearer is better, a sentence's subject or the
// subject of a reporting verb beats a name inside a prepositional phrase or a relative clause,
// the last speaker and the people the story keeps naming gain, a person known to be of the
// pronoun's sex gains, and one known to be of the other is skipped. The subject of the
// pronoun's sentence or of the one just before, with no other person named since outside a
// phrase or clause, gains most: the reader's choice, which a first name's statistics alone
// do not overturn (a courtesy title or the story's own pronouns do). With g 0 (a description
// such as "the 37-year-old Serbian") sex plays no part. When fits is not nil, only the people
// it accepts are weighed. It returns the name and entity of the best, or false when no person
// is named there.
func (f *finder) salient(tok int, g byte, fits func(Entity) bool) (string, int, bool) {
	pos := f.toks[tok].Start
	si := int(f.sentOf[tok])
	loSent := max(0, si-3)
	loByte := f.d.Sentences[loSent].Start
	sexed := g == 'm' || g == 'f'
	other, want := Female, Male
	if g == 'f' {
		other, want = Male, Female
	}
	lastEnt := -1
	if f.last.ok && f.last.spS >= 0 && f.toks[f.last.spS].Start < pos {
		lastEnt = f.last.entity
	}
	best, bestScore, bestName := -1, -1, Name{}
	nearer := -2 // the entity of the nearest person named outside a phrase or clause, -2 for none yet
	i := f.nameAt(int(pos))
	for j := i - 1; j >= 0 && f.names[j].Start >= loByte; j-- {
		n := f.names[j]
		if n.Type != Person {
			continue
		}
		m := f.tokenAt(n.Start)
		me := f.tokenAt(n.End)
		if m >= tok || f.quoted(m) != 0 {
			continue // a person named inside a quotation is talked about, not talking
		}
		ms := int(f.sentOf[m])
		first := clamp(f.d.Sentences[ms].First, len(f.toks))
		hi := clamp(f.d.Sentences[ms].Last, len(f.toks))
		if ms == si {
			hi = tok
		}
		sub := f.sentenceSubject(first, hi)
		subject := sub.kind == npName && sub.s <= m && m < sub.e || f.appositiveSubject(sub, m) || f.titledSubject(sub, m)
		ent := f.entityOf(n)
		if fits != nil && (ent < 0 || !fits(f.ents[ent])) {
			continue
		}
		// The subject of this sentence or the one just before, with no other person named
		// since: a reader takes he or she for it ("Lula da Silva, the president, has backed
		// the court. “…,” he said"), whatever a first name's statistics say.
		gap := f.sentenceGap(ms, si, tok)
		adjacent := subject && gap <= 1 && (nearer == -2 || nearer == ent && ent >= 0)
		if sexed && ent >= 0 && f.ents[ent].Gender == other && !(adjacent && f.ents[ent].GenderEvidence == entity.FirstNameEvidence) {
			e, ok := f.namesake(n, g)
			if !ok {
				continue
			}
			ent = e
		}
		score := 100 >> uint(gap)
		if subject {
			score += 80
		} else if c, ok := f.cue(me); ok && c.form == cueFinite && f.isLowerWord(me) {
			score += 80 // "…, Salib said"
		}
		if adjacent {
			score += adjacentBonus
		}
		if !f.embedded(m, me, first) {
			score += 50
			if nearer == -2 {
				nearer = ent
			}
		}
		if ent >= 0 && ent == lastEnt {
			score += 60
		}
		if sexed && ent >= 0 && f.ents[ent].Gender == want {
			score += 30
		}
		score += 10 * min(3, f.mentionCount(ent))
		if score > bestScore {
			best, bestScore, bestName = ent, score, n
		}
	}
	if bestScore < 0 {
		return "", -1, false
	}
	if best >= 0 {
		return f.ents[best].Name, best, true
	}
	return f.nameString(bestName), -1, true
}

// sentenceGap counts the sentences after sentence ms up to the pronoun's sentence si, less
// those before si that open inside the quotation the pronoun attributes: its sentences do not
// put its speaker farther from the pronoun after it ("Bumrah was named player of the match.
// “It's a special win. The boys …,” he said.").
func (f *finder) sentenceGap(ms, si, tok int) int {
	var own int32 // the passage the pronoun's clause attributes: “…,” he said
	for j := tok - 1; j >= 0 && j >= tok-3 && own == 0; j-- {
		own = f.quoted(j)
	}
	gap := 0
	for k := ms + 1; k <= si; k++ {
		if k == si || own == 0 || !f.opensIn(k, own) {
			gap++
		}
	}
	return gap
}

// opensIn reports whether sentence k opens inside passage p (an index + 1, as quoted gives).
func (f *finder) opensIn(k int, p int32) bool {
	first := clamp(f.d.Sentences[k].First, len(f.toks))
	return f.quoted(first) == p || f.quoted(first+1) == p
}

// bracketDescribes reports whether the bracket's words [open+1, close) hold a number or a comma: a
// ward, a riding or a district ("(Ward 14, Toronto–Danforth)"), not another name of the
// speaker ("the Party of Democratic Action (SDA)", "John Boles (Bolesy)").
func (f *finder) bracketDescribes(open, close int) bool {
	for k := open + 1; k < close; k++ {
		if f.toks[k].Kind == text.Number || f.punct(k, ",") {
			return true
		}
	}
	return false
}

// appositiveSubject reports whether a name starting at token m is set off by a comma right
// after a subject that describes it: "A resident of Ajah, Mrs Funmilayo Adebayo, told …" is
// about her. Titles may stand between the comma and the name, and so may a short description
// in lower case after an article ("His sister, the lawyer Dalila Ben Mbarek Msaddek, said").
func (f *finder) appositiveSubject(sub np, m int) bool {
	if sub.kind != npNominal || m <= sub.e {
		return false
	}
	k := sub.e
	for k < m && k < sub.e+6 && !f.punct(k, ",") { // "of Ajah": a phrase that ends the subject
		if f.toks[k].Kind != text.Word || f.isLowerWord(k) && f.verbLike(k) {
			return false
		}
		k++
	}
	if !f.punct(k, ",") {
		return false
	}
	k++
	if k < m && (f.is(k, "the") || f.is(k, "a") || f.is(k, "an")) {
		d := k + 1
		for d < m && d < k+5 && f.isLowerWord(d) && !f.verbLike(d) && !f.in(nameStops, d) {
			d++
		}
		if d > k+1 && d == m {
			return true
		}
	}
	for k < m && f.in(titleWords, k) {
		k++
	}
	return k == m
}

// titledSubject reports whether a name starting at token m ends the subject that the name sub
// opens with a title of lower-case words: "BJP state president K. Annamalai dismissed".
func (f *finder) titledSubject(sub np, m int) bool {
	if sub.kind != npName || m <= sub.e || m-sub.e > 5 {
		return false
	}
	for k := sub.e; k < m; k++ {
		if !f.isLowerWord(k) || f.verbLike(k) || f.in(nameStops, k) {
			return false
		}
	}
	return true
}

// adjacentBonus is what being the subject right before a he or she weighs in salient.
const adjacentBonus = 100

// embedded reports whether the name in tokens [m, me) of a sentence starting at token first
// stands inside a prepositional phrase, a relative clause or a possessive ("Pike’s plant"),
// or is the object of a verb in -ing after a preposition ("after beating Sinner").
func (f *finder) embedded(m, me, first int) bool {
	if f.in(phrasePrepositions, m-1) && !(f.is(m-1, "to") && f.is(m-2, "according")) || f.possessive(me) {
		return true
	}
	if m-2 >= first && f.isLowerWord(m-1) && strings.HasSuffix(f.word(m-1), "ing") && f.in(gerundPrepositions, m-2) {
		return true // "after beating Jannik Sinner": the object of a phrase
	}
	for k := m - 1; k >= first; k-- {
		if f.in(embeddedWords, k) {
			return true
		}
	}
	return false
}

// plural resolves they or we at token tok: in the nearest sentence that has one (its own,
// before it, then the two before), a coordinated pair of people or organizations ("Lena
// Ortiz and Tomas Berg") speaking as one group, else the first organization named, else a
// plural description that is the sentence's subject ("the owners").
func (f *finder) plural(tok int) (string, int, bool) {
	si := int(f.sentOf[tok])
	end := f.nameAt(int(f.toks[tok].Start))
	j := end - 1
	for s := si; s >= 0 && s >= si-2; s-- {
		sent := f.d.Sentences[s]
		lo := j
		for lo >= 0 && f.names[lo].Start >= sent.Start {
			lo--
		}
		// names lo+1 .. j are in sentence s
		org := -1
		for k := lo + 1; k <= j; k++ {
			n := f.names[k]
			if n.Type == Org && org < 0 {
				org = k
			}
			if k < j && f.pairAt(k, false) {
				a, b := f.entityOf(n), f.entityOf(f.names[k+1])
				ent := f.group(a, b)
				return f.groupName(ent), ent, true
			}
		}
		if org >= 0 {
			return f.nameString(f.names[org]), f.entityOf(f.names[org]), true
		}
		first := clamp(sent.First, len(f.toks))
		hi := clamp(sent.Last, len(f.toks))
		if s == si {
			hi = tok
		}
		if sub := f.sentenceSubject(first, hi); sub.kind == npNominal && sub.e-sub.s >= 2 && strings.HasSuffix(f.word(sub.e-1), "s") {
			return f.spanText(sub.s, sub.e), -1, true
		}
		j = lo
	}
	return "", -1, false
}

// pairAt reports whether names k and k+1 are two entities of one type joined by "and" alone:
// "Lena Ortiz and Tomas Berg". Two places are a pair only where places may speak, as the
// speaker mention itself ("Malaysia and Indonesia said": their governments); a "they" does
// not go back to "Ohio and Florida".
func (f *finder) pairAt(k int, places bool) bool {
	a, b := f.names[k], f.names[k+1]
	if a.Type != b.Type || a.Type == Place && !places {
		return false
	}
	ea, eb := f.entityOf(a), f.entityOf(b)
	if ea < 0 || eb < 0 || ea == eb {
		return false
	}
	t := f.tokenAt(a.End)
	return t+1 < len(f.toks) && (f.is(t, "and") || f.punct(t, "&")) && int(f.toks[t+1].Start) == b.Start
}

// orgNouns head descriptions of an organization: "the company", "the agency".
var orgNouns = text.WordSet(`company firm corporation business retailer automaker carmaker maker
manufacturer airline carrier insurer lender bank chain startup giant conglomerate group agency
ministry department government office administration commission authority regulator police
court council committee board union party campaign team club league university school college
hospital newspaper paper network broadcaster magazine organization organisation charity
foundation institute center centre army military`)

// companyNouns are the orgNouns that stand for a business.
var companyNouns = text.WordSet(`company firm corporation business retailer automaker carmaker maker
manufacturer airline carrier insurer lender bank chain startup giant conglomerate`)

// roleAlike lists role nouns that stand for each other: "the spokeswoman" is the story's
// "spokesperson".
var roleAlike = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokespeople": "spokesperson",
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"congressman": "representative", "congresswoman": "representative", "rep.": "representative",
	"sen.": "senator", "gov.": "governor", "pres.": "president", "ceo": "executive",
}

func alike(w string) string {
	if a, ok := roleAlike[w]; ok {
		return a
	}
	return w
}

// described resolves a description speaker in tokens [s, e) ("the company", "the mayor",
// "the 26-year-old", "the rookie pitcher", "a company spokesperson") to the entity the story
// named so: an organization whose name holds the head noun, else for "the company" or "the
// agency" the last one named within three sentences; a person whose role (from a title or an
// apposition) has the head noun, or whose age is the description's. False when the story named
// none, so that the description stays the speaker.
func (f *finder) described(s, e int) (string, int, bool) {
	if e-s < 2 || !(f.is(s, "the") || f.is(s, "a") || f.is(s, "an")) {
		return "", -1, false
	}
	pos := f.toks[s].Start
	age := 0
	for k := s + 1; k < e; k++ {
		if f.toks[k].Kind == text.Number {
			age = resolve.YearsOld(f.word(k))
		}
	}
	hd := e - 1
	for k := s + 1; k < e-1; k++ {
		if f.is(k, "of") {
			hd = k - 1 // "the 34-year-old mother of three"
			break
		}
	}
	head := string(f.lower(hd))
	demonym := gazetteer.LookupLower(head)&gazetteer.Demonym != 0 || nationalityNouns[head]
	if age > 0 && f.toks[hd].Kind == text.Number || demonym && e-s <= 3 {
		// "the 29-year-old", "the Brazilian", "the 37-year-old Serbian": the person the story
		// gave that age (or that nationality as a role), else the most salient person nothing
		// in the story rules out
		key := "described\x00" + head + "\x00" + strconv.Itoa(age) + "\x00" + strconv.FormatBool(demonym)
		if name, ent, ok := f.nearestPerson(int(pos), key, func(ent Entity) bool {
			return age > 0 && ent.Age == age && (!demonym || ent.Role == "" || roleFits(ent.Role, head, nil)) ||
				age == 0 && roleFits(ent.Role, head, nil)
		}); ok {
			return name, ent, true
		}
		if !f.is(s, "the") {
			return "", -1, false // "a 29-year-old": someone the story has not named
		}
		return f.salient(s, 0, func(ent Entity) bool {
			return ent.Type == Person && (age == 0 || ent.Age == 0 || ent.Age == age) && (!demonym || !otherDemonym(ent.Role, head))
		})
	}
	if orgNouns[head] && f.is(s, "the") && (e-s == 2 || f.basedIn(s+1, e-1)) {
		if name, ent, ok := f.nearestOrg(int(pos), head); ok {
			return name, ent, true
		}
		return "", -1, false
	}
	if !roleNouns[head] && !positionNouns[head] && gazetteer.LookupLower(head)&gazetteer.RoleNoun == 0 || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return "", -1, false
	}
	mods := make([]string, 0, 4)
	for k := s + 1; k < hd; k++ {
		mods = append(mods, string(f.lower(k)))
	}
	key := head + "\x00" + strings.Join(mods, " ") + "\x00" + strconv.Itoa(age)
	name, ent, ok := f.nearestPerson(int(pos), key, func(ent Entity) bool {
		return (age == 0 || ent.Age == age) && roleFits(ent.Role, head, mods)
	})
	if !ok && positionNouns[head] && f.is(s, "the") {
		// "Yamal, 18, was booed. “…,” the winger said": a player the story gave no
		// role, the most salient one
		return f.salient(s, 0, func(ent Entity) bool { return ent.Type == Person && ent.Role == "" })
	}
	return name, ent, ok
}

// positionNouns name a player by position, which sports stories use for a player they named
// without giving the position: "the winger", "the 18-year-old striker".
var positionNouns = text.WordSet(`winger striker forward midfielder defender goalkeeper keeper
	playmaker quarterback pitcher batter bowler batsman all-rounder`)

// basedIn reports whether tokens [s, e) say where an organization is based and nothing else:
// "Cupertino, California-based" of "the Cupertino, California-based company".
func (f *finder) basedIn(s, e int) bool {
	if e <= s || !strings.HasSuffix(f.word(e-1), "-based") {
		return false
	}
	for k := s; k < e-1; k++ {
		if !f.isCap(k) && !f.punct(k, ",") {
			return false
		}
	}
	return true
}

// describedSubject returns the person that the sentence before the pronoun at tok has as its
// subject by description, when no person is named between that subject and the pronoun: "The
// judge rejected that argument. “…,” she said." is the judge the story named.
func (f *finder) describedSubject(tok int, g byte) (string, int, bool) {
	si := int(f.sentOf[tok])
	if first := f.d.Sentences[si].First; si == 0 || f.quoted(first) == 0 && f.toks[first].Kind != text.Quote {
		return "", -1, false // only for a pronoun after a quotation that opens its sentence
	}
	var own int32 // the passage the pronoun's clause attributes
	for j := tok - 1; j >= 0 && j >= tok-3 && own == 0; j-- {
		own = f.quoted(j)
	}
	k := si - 1
	for k > 0 && k > si-50 && own != 0 && f.opensIn(k, own) {
		k-- // a sentence of the quotation itself: “It went quiet. I never thought …,” she said.
	}
	ps := f.d.Sentences[k]
	n := f.sentenceSubject(clamp(ps.First, len(f.toks)), clamp(ps.Last, len(f.toks)))
	if n.kind != npNominal {
		return "", -1, false
	}
	for k := n.s + 1; k < n.e; k++ {
		if f.verbLike(k) || f.in(auxiliaries, k) {
			n.e = k // "The judge rejected": the noun phrase ends before its verb
			break
		}
	}
	name, ent, ok := f.described(n.s, n.e)
	if !ok && f.indefinitePerson(n) {
		// "A neighbour, who did not wish to be named, said …. “…,” she said.": the
		// unnamed person the sentence before is about
		name, ent, ok = f.spanText(n.s, n.e), -1, true
	}
	if !ok || ent < 0 && !f.indefinitePerson(n) || ent >= 0 && (f.ents[ent].Gender == Male && g == 'f' || f.ents[ent].Gender == Female && g == 'm') {
		return "", -1, false
	}
	for i := f.nameAt(int(f.toks[n.e-1].End)); i < len(f.names) && f.names[i].Start < int(f.toks[tok].Start); i++ {
		if f.names[i].Type == Person {
			return "", -1, false
		}
	}
	return name, ent, true
}

// indefinitePerson reports whether noun phrase n is one person the story does not name: "a
// neighbour", "an eyewitness". ("One questioner claimed …. “You're right,” he said." is
// one of several, whom the story's own speaker answers.)
func (f *finder) indefinitePerson(n np) bool {
	return n.e-n.s >= 2 && n.e-n.s <= 4 && (f.is(n.s, "a") || f.is(n.s, "an")) &&
		f.isLowerWord(n.e-1) && gazetteer.LookupLower(f.word(n.e-1))&gazetteer.RoleNoun != 0
}

// nationalityNouns name a person by nationality where the adjective differs: "the Spaniard".
var nationalityNouns = text.WordSet(`spaniard briton brit frenchman frenchwoman dutchman dutchwoman englishman
englishwoman irishman irishwoman scotsman scot welshman swede dane finn pole turk icelander kiwi aussie`)

// otherDemonym reports whether role holds a nationality other than demonym: "the Brazilian"
// is not the story's "Argentine striker".
func otherDemonym(role, demonym string) bool {
	for w := range strings.FieldsSeq(role) {
		if !strings.EqualFold(w, demonym) && 'A' <= w[0] && w[0] <= 'Z' && gazetteer.LookupLower(w)&gazetteer.Demonym != 0 {
			return true
		}
	}
	return false
}

// roleFits reports whether a person's role has the description's head noun (or one standing
// for it) as its own head, not under a qualifier the description lacks: "the president" is not
// the story's "vice president", and "the campaign" is not its "campaign spokeswoman".
func roleFits(role, head string, mods []string) bool {
	words := strings.Fields(role)
	if len(words) == 0 {
		return false
	}
	h := len(words) - 1 // the head: the last word, or the last before "of" ("president of the union")
	for i, w := range words {
		if i > 0 && roleLinks[strings.ToLower(w)] {
			h = i - 1
			break
		}
	}
	want := alike(head)
	if w := words[h]; !strings.EqualFold(w, want) && !strings.EqualFold(w, head) && !alikeFold(w, want) {
		return false
	}
	if h > 0 {
		prev := words[h-1]
		for _, q := range [...]string{"vice", "deputy", "former", "assistant", "ex", "acting", "associate", "co"} {
			if strings.EqualFold(prev, q) && !slices.Contains(mods, q) {
				return false
			}
		}
	}
	return true
}

// roleLinks join a role's head to the phrase after it: "president of the union".
var roleLinks = map[string]bool{"of": true, "for": true, "at": true, "in": true, "to": true, "with": true}

// alikeFold reports whether the role noun w, in any case, stands for want ("Spokeswoman" for
// "spokesperson"), without allocating.
func alikeFold(w, want string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	b := buf[:len(w)]
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	a, ok := roleAlike[string(b)]
	return ok && a == want
}

// nearestPerson returns the person entity fitting ok named last before byte pos, else first
// after it (a headline's description before the story names the person). key names ok (see
// namesWhere).
func (f *finder) nearestPerson(pos int, key string, ok func(Entity) bool) (string, int, bool) {
	var verdict map[int]bool // per entity, while the list is made
	fit := f.namesWhere("person\x00"+key, func(i int) bool {
		n := f.names[i]
		e := f.entityOf(n)
		if n.Type != Person || e < 0 {
			return false
		}
		v, done := verdict[e]
		if !done {
			if verdict == nil {
				verdict = map[int]bool{}
			}
			v = ok(f.ents[e])
			verdict[e] = v
		}
		return v
	})
	i := f.nearestOf(fit, pos)
	if i < 0 {
		return "", -1, false
	}
	e := f.entityOf(f.names[i])
	return f.ents[e].Name, e, true
}

// nearestOrg returns the organization a description headed by noun refers to: the last one
// named before byte pos whose name holds the noun ("the union": "Amalgamated Transit Union"),
// else, for a noun of a business or of a public body, the last organization named before it in
// its sentence, else the one named most within the three sentences before.
func (f *finder) nearestOrg(pos int, noun string) (string, int, bool) {
	at := f.nameAt(pos)
	// the organizations whose name holds the noun, listed once per noun
	fit := f.namesWhere("org\x00"+noun, func(i int) bool {
		n := f.names[i]
		e := f.entityOf(n)
		return n.Type == Org && e >= 0 && containsWord(f.ents[e].Name, noun)
	})
	if j, _ := slices.BinarySearch(fit, at); j > 0 {
		e := f.entityOf(f.names[fit[j-1]])
		return f.ents[e].Name, e, true
	}
	if kindNouns[noun] {
		return "", -1, false // these name one kind of body: only a name that says so will do
	}
	tok := f.tokenAt(pos)
	if tok >= len(f.toks) {
		return "", -1, false
	}
	// Else the organization named in the sentence before the description ("Shares of Johnson &
	// Johnson fell after the company said"), else the organization of the last three
	// sentences that the story names most often (the nearest of those): "Apple denied
	// wrongdoing. … a partner at Robbins Geller … the company said" is Apple.
	fits := func(e int) bool {
		return companyNouns[noun] && !f.notCompany(f.ents[e].Name) || gazetteer.Lookup(f.ents[e].Name)&gazetteer.Company == 0 && !companyNouns[noun]
	}
	here := f.d.Sentences[f.sentOf[tok]].Start
	lo := f.d.Sentences[max(0, int(f.sentOf[tok])-3)].Start
	best, most := -1, 0
	for i := at - 1; i >= 0 && f.names[i].Start >= lo; i-- {
		n := f.names[i]
		e := f.entityOf(n)
		if n.Type != Org || e < 0 || !fits(e) {
			continue
		}
		if n.Start >= here {
			best = e
			break
		}
		if c := f.mentionCount(e); c > most {
			best, most = e, c
		}
	}
	if best < 0 {
		return "", -1, false
	}
	return f.ents[best].Name, best, true
}

// notCompany reports whether an organization's name says it is a public body, not a company:
// the lists know it as an organization and not a company ("NATO"), or its last word is one of
// a public body ("Securities and Exchange Commission", "Ministry of Finance" aside).
func (f *finder) notCompany(name string) bool {
	k := gazetteer.Lookup(name)
	if k&gazetteer.Org != 0 && k&gazetteer.Company == 0 {
		return true
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return publicBodies[strings.ToLower(last)]
}

var publicBodies = text.WordSet(`commission ministry department agency council court committee authority administration
office police army navy parliament senate congress assembly government bureau service`)

// kindNouns name one kind of body: "the ministry" is no company named nearby, only a body whose
// name says ministry.
var kindNouns = text.WordSet(`union party campaign team club league newspaper paper ministry department commission
court council committee police army military university school college hospital`)

// containsWord reports whether name holds word as a whole word, in any case.
func containsWord(name, word string) bool {
	for w := range strings.FieldsSeq(name) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}
