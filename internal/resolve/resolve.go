package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// Name is a name mention to resolve: src[Start:End] of the given type.
type Name struct {
	Start, End int
	Type       entity.Type
}

// Entity is a group of mentions under one canonical name.
type Entity struct {
	Name    string
	Type    entity.Type
	Members []int // indices into the names given to Resolve, in text order
	// Gender is a person's sex as a courtesy title or the first name tells it, else
	// UnknownGender: it lets "she" skip a man. Evidence says what decided it.
	Gender   gazetteer.Gender
	Evidence entity.Evidence
	// Role and Age are what the story says of a person (see Describe).
	Role string
	Age  int
}

// Canonicalizer gives the standard name of a place ("U.S." -> "United States"). Only place
// names are looked up: an organization keeps the name the article gives it.
type Canonicalizer func(name string) (string, bool)

// Resolve groups names (in text order) into entities and returns, for each name, the index of
// its entity. canon may be nil.
func Resolve(src string, names []Name, canon Canonicalizer) (ids []int, ents []Entity) {
	ids = make([]int, len(names))
	byKey := map[string]int{}
	add := func(key, name string, t entity.Type, i int) {
		if e, ok := byKey[key]; ok {
			ids[i] = e
			ents[e].Members = append(ents[e].Members, i)
			return
		}
		byKey[key] = len(ents)
		ids[i] = len(ents)
		ents = append(ents, Entity{Name: name, Type: t, Members: []int{i}})
	}
	// Pass 1: full person names, organizations and places.
	var singles []int
	var nicks map[string]int             // a nickname given in a full name → its person
	person := make([]string, len(names)) // a person mention as a name: cleaned, titles stripped
	for i, n := range names {
		surface := Clean(src[n.Start:n.End])
		switch n.Type {
		case entity.Person:
			surface = stripTitles(surface)
			person[i] = surface
			_, nick := cutNickname(surface)
			if len(strings.Fields(surface)) < 2 {
				singles = append(singles, i)
				ids[i] = -1
				continue
			}
			add("P:"+fold(surface), surface, entity.Person, i)
			if nick != "" {
				if nicks == nil {
					nicks = map[string]int{}
				}
				nicks[fold(nick)] = ids[i]
			}
		case entity.Place, entity.Org:
			name := surface
			if canon != nil && n.Type == entity.Place {
				if c, ok := canon(surface); ok {
					name = c
				} else if c, ok := canon(dropPeriods(surface)); ok {
					name = c
				}
			}
			key := strings.TrimPrefix(fold(dropPeriods(name)), "the ")
			if n.Type == entity.Org {
				key = stripCorporate(key)
			}
			prefix := "L:" // not "P", a person's
			if n.Type == entity.Org {
				prefix = "O:"
			}
			add(prefix+key, name, n.Type, i)
		default:
			ids[i] = -1
		}
	}
	ents, ids = mergeNameParts(ents, ids)
	// Pass 2: a single-word person name joins the nearest earlier full name that ends (or
	// else starts) with it, else the only full name that holds it inside ("Lula" in "Luiz
	// Inácio Lula da Silva"); otherwise it stands alone.
	var full []fullName // the person entities of two or more words, as pass 1 left them
	for e, ent := range ents {
		if f := strings.Fields(ent.Name); ent.Type == entity.Person && len(f) > 1 {
			full = append(full, fullName{e, fold(f[0]), bareSurname(f[len(f)-1]), fold(familyName(f)), gazetteer.FirstNameGender(f[0]), relativeBefore(src, names[ent.Members[0]].Start)})
		}
	}
	var inner innerNames
	for _, i := range singles {
		w := fold(person[i])
		g := titleGender(src, names[i])
		best := -1
		if e, ok := nicks[w]; ok {
			best = e // "Tuku" after Oliver “Tuku” Mtukudzi
		}
		for pass := 0; pass < 2 && best < 0; pass++ {
			key := w
			if pass == 0 {
				key = bareSurname(person[i])
			}
			best = nearestFullName(full, ents, names, names[i].Start, key, pass == 0, g)
		}
		if best < 0 {
			best = inner.entity(ents, full, w)
		}
		if best >= 0 {
			ids[i] = best
			ents[best].Members = insertSorted(ents[best].Members, i)
			continue
		}
		add("P:"+w, person[i], entity.Person, i)
	}
	ents, ids = mergeEarlySurnames(src, ents, ids, names, full, person)
	// Acronyms: "NATO" joins "North Atlantic Treaty Organization" when both are there; the name
	// a person goes by joins the person ("Mohamed Hamdan Dagalo, known as Hemedti").
	ents, ids = mergeAcronyms(ents, ids)
	ents, ids = mergeOrgHeads(src, names, ents, ids)
	ents, ids = mergeTeamTails(ents, ids)
	ents, ids = mergeAliases(src, names, ents, ids)
	ents, ids = mergeInitials(ents, ids)
	// Canonical name: the fullest name mention, for people (organizations keep the name the
	// article first gives them, places the gazetteer's); then the person's sex.
	for e := range ents {
		if ents[e].Type != entity.Person {
			continue
		}
		words := len(strings.Fields(ents[e].Name))
		for _, m := range ents[e].Members {
			if n := len(strings.Fields(person[m])); n > words {
				ents[e].Name, words = person[m], n
			}
		}
		ents[e].Gender, ents[e].Evidence = personGender(src, ents[e].Name, names, ents[e].Members)
	}
	return ids, ents
}

// mergeEarlySurnames joins a surname used alone in the headline (the first line) and before two
// or more full names that end in it (a headline's "Former president Bolsonaro sentenced" … "Jair Bolsonaro" … "Eduardo
// Bolsonaro, his son", "South Korea's Yoon removed" … "Yoon Suk Yeol" … "Yoon Kab-keun", a
// family name first) to the first of them the story names in full, unless that one is first
// named as someone's relative: a story names its main person first. A surname next to a word
// of kin ("Yeltsin's wife has kidney operation", "Wife of gun victim Brady") may be either
// relative and stays apart.
func mergeEarlySurnames(src string, ents []Entity, ids []int, names []Name, full []fullName, person []string) ([]Entity, []int) {
	var into []int
	for e, ent := range ents {
		if ent.Type != entity.Person || strings.Contains(ent.Name, " ") {
			continue
		}
		w := fold(ent.Name)
		last := names[ent.Members[len(ent.Members)-1]].Start
		headline := text.HeadlineEnd(src)
		if headline < 0 || names[ent.Members[0]].End > headline || kinNear(src, names[ent.Members[0]]) {
			continue // only a headline names the story's main person
		}
		best, bestStart, n := -1, -1, 0
		relative := false
		byFirst := true // family name first ("Yoon Suk Yeol") only when no full name ends in w
		for _, c := range full {
			byFirst = byFirst && c.last != w
		}
		for _, c := range full {
			if !byFirst && c.last != w || byFirst && c.first != w {
				continue
			}
			start := -1 // where the full name is first written ("Naina" alone may come before)
			for _, m := range ents[c.ent].Members {
				if strings.Contains(person[m], " ") {
					start = names[m].Start
					break
				}
			}
			if start < last {
				continue
			}
			n++
			if best < 0 || start < bestStart {
				best, bestStart, relative = c.ent, start, c.relative
			}
		}
		if n < 2 || relative {
			continue
		}
		if into == nil {
			into = identity(len(ents))
		}
		into[e] = best
	}
	if into == nil {
		return ents, ids
	}
	return mergeInto(ents, ids, into)
}

// mergeNameParts joins a person named by two or more words that are a run of the words of one
// longer name, and of no other, to that person: "Lula da Silva" and "da Silva" to "Luiz Inácio
// Lula da Silva", "von der Leyen" to "Ursula von der Leyen", "López Obrador" to "Andrés Manuel
// López Obrador". Names that run together in many languages are cut this way in later mentions.
// When two longer names hold the run, the only one that ends with it takes it: a surname
// ("Ben Mbarek" is Jaouhar Ben Mbarek, not his sister Dalila Ben Mbarek Msaddek). The given
// name and the end of a longer name count as a run too, the middle names left out ("Suhail Al
// Mazrouei" of "Suhail Mohamed Al Mazrouei"); joining those may leave a run that now only one
// name holds, so the merge runs again.
func mergeNameParts(ents []Entity, ids []int) ([]Entity, []int) {
	for range 2 {
		var merged bool
		if ents, ids, merged = mergeNamePartsOnce(ents, ids); !merged {
			break
		}
	}
	return ents, ids
}

func mergeNamePartsOnce(ents []Entity, ids []int) ([]Entity, []int, bool) {
	byWord := map[string][]int{} // a word → the person entities of three or more words holding it
	for e := range ents {
		if f := strings.Fields(fold(ents[e].Name)); ents[e].Type == entity.Person && len(f) > 2 {
			for _, w := range f {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != e {
					byWord[w] = append(l, e)
				}
			}
		}
	}
	if len(byWord) == 0 {
		return ents, ids, false
	}
	into := make([]int, len(ents))
	merged := false
	for e := range ents {
		into[e] = e
		f := strings.Fields(fold(ents[e].Name))
		if ents[e].Type != entity.Person || len(f) < 2 {
			continue
		}
		cands := byWord[f[len(f)-1]]
		if len(cands) > 8 {
			continue // a word many long names share: no one of them is meant
		}
		to, ending, endings := -1, -1, 0
		for _, l := range cands {
			whole := strings.Fields(fold(ents[l].Name))
			if l == e || !containsRun(whole, f) && !givenAndEnd(whole, f) {
				continue
			}
			if slices.Equal(whole[len(whole)-len(f):], f) {
				ending, endings = l, endings+1
			}
			if to != -1 {
				to = -2 // two longer names hold it: neither, unless only one ends with it
				continue
			}
			to = l
		}
		if to == -2 && endings == 1 {
			to = ending
		}
		if to >= 0 {
			into[e], merged = to, true
		}
	}
	if !merged {
		return ents, ids, false
	}
	for e := range into {
		for into[into[e]] != into[e] {
			into[e] = into[into[e]] // a name joins the longer name its longer name joined; names only lengthen, so no cycle
		}
	}
	ents, ids = mergeInto(ents, ids, into)
	return ents, ids, true
}

// mergeInitials joins a person named by an initial and a surname, as team sheets and
// scorecards write them ("F Russell", "J. Morgan"), to the only person of the story with that
// surname and a given name that starts with the initial ("Finn Russell").
func mergeInitials(ents []Entity, ids []int) ([]Entity, []int) {
	var into []int
	for e := range ents {
		f := strings.Fields(ents[e].Name)
		if ents[e].Type != entity.Person || len(f) != 2 || !isInitial(f[0]) {
			continue
		}
		to := -1
		for c := range ents {
			g := strings.Fields(ents[c].Name)
			if c == e || ents[c].Type != entity.Person || len(g) < 2 || isInitial(g[0]) ||
				!strings.EqualFold(g[len(g)-1], f[1]) || !strings.HasPrefix(g[0], f[0][:1]) {
				continue
			}
			if to >= 0 {
				to = -2 // two people fit: neither
				break
			}
			to = c
		}
		if to < 0 {
			continue
		}
		if into == nil {
			into = identity(len(ents))
		}
		into[e] = to
	}
	if into == nil {
		return ents, ids
	}
	return mergeInto(ents, ids, into)
}

// isInitial reports whether w is one capital letter, with or without its full stop: "F", "J.".
func isInitial(w string) bool {
	return (len(w) == 1 || len(w) == 2 && w[1] == '.') && 'A' <= w[0] && w[0] <= 'Z'
}

// givenAndEnd reports whether part is the first word of whole and its last words, with one or
// more middle names of whole left out: "suhail al mazrouei" of "suhail mohamed al mazrouei".
// An initial in part is a middle name of its own ("george w. bush" is not "george h. w. bush").
func givenAndEnd(whole, part []string) bool {
	if len(part) < 2 || len(part) >= len(whole) || part[0] != whole[0] {
		return false
	}
	for _, w := range part[1:] {
		if strings.HasSuffix(w, ".") || len(w) == 1 {
			return false
		}
	}
	return slices.Equal(whole[len(whole)-len(part)+1:], part[1:])
}

// containsRun reports whether the words of part appear in whole, in order and together, and
// part is shorter.
func containsRun(whole, part []string) bool {
	for k := 0; k+len(part) <= len(whole) && len(part) < len(whole); k++ {
		if slices.Equal(whole[k:k+len(part)], part) {
			return true
		}
	}
	return false
}

// innerNames maps a capitalised word inside the name of a person entity of three or more words
// (neither first nor last: "Lula" of "Luiz Inácio Lula da Silva") to that entity, -1 when two
// hold it ("Singh" of two people). It is built on first use, once per document.
type innerNames map[string]int

// entity returns the only entity with w inside its name, or -1.
func (in *innerNames) entity(ents []Entity, full []fullName, w string) int {
	if *in == nil {
		*in = make(innerNames)
		for _, c := range full {
			f := strings.Fields(ents[c.ent].Name)
			for _, x := range f[1 : len(f)-1] {
				if !text.StartsUpper(x) {
					continue
				}
				k := fold(x)
				if e, ok := (*in)[k]; ok && e != c.ent {
					(*in)[k] = -1
				} else {
					(*in)[k] = c.ent
				}
			}
		}
	}
	if e, ok := (*in)[w]; ok {
		return e
	}
	return -1
}

// familyName returns the word of the name f (two or more words) that a story uses alone for
// the person: the last, but the one before a Chinese or Korean given name, which follows
// the family name ("Chan Tin-chu", "Paul Chan Mo-po": "Chan").
func familyName(f []string) string {
	if text.RomanisedGivenName(f[len(f)-1]) {
		return f[len(f)-2]
	}
	return f[len(f)-1]
}

// bareSurname returns surname w folded, without a particle joined to it by a hyphen: the press
// writes "Abdel Fattah al-Sisi" in full and "Sisi" after, and "el-Sisi" or "al-Sisi" alone.
func bareSurname(w string) string {
	if text.JoinedParticle(w) {
		w = w[strings.IndexByte(w, '-')+1:]
	}
	return fold(w)
}

// fullName is a person entity named by two or more words, with its first and last word folded
// and the sex of its first name.
type fullName struct {
	ent         int
	first, last string
	family      string // the word a story uses alone: the last, or see familyName
	sex         gazetteer.Gender
	relative    bool // first named as someone's relative: "the son of comedy legend Carl Reiner"
}

// relativeBefore reports whether a kinship noun stands among the few words before byte pos,
// within its sentence: "the son of comedy legend [Carl Reiner]", "his wife, [Michele Reiner]".
// A full name right after one ("Kelce's mother, Donna Kelce") is someone else's relative,
// whom the story rarely calls by the surname alone.
func relativeBefore(src string, pos int) bool {
	lo := max(0, pos-40)
	before := src[lo:pos]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(words) - 1; i >= 0 && i >= len(words)-4; i-- {
		if text.KinNoun(strings.ToLower(words[i])) {
			return true
		}
	}
	return false
}

// kinNear reports whether a word of kin stands within four words before name n or three after
// it, in its sentence: "Wife of gun victim Brady", "Yeltsin's wife".
func kinNear(src string, n Name) bool {
	if relativeBefore(src, n.Start) {
		return true
	}
	after := src[n.End:min(len(src), n.End+30)]
	if i := strings.IndexAny(after, ".!?\n"); i >= 0 {
		after = after[:i]
	}
	words := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i < len(words) && i < 3; i++ {
		if text.KinNoun(strings.ToLower(words[i])) {
			return true
		}
	}
	return false
}

// nearestFullName returns the person entity of two or more words whose last word or, before
// pos, family name (or first word, when last is false) is w, preferring the one first named latest before pos, else the only one
// named after it; -1 if none. A mention titled for one sex (g) skips a full name whose first name
// is the other's: "Mr. Obama" is not "Michelle Obama".
func nearestFullName(full []fullName, ents []Entity, names []Name, pos int, w string, last bool, g gazetteer.Gender) int {
	best, bestStart, later := -1, -1, 0
	bestRelative := false
	for _, c := range full {
		start := names[ents[c.ent].Members[0]].Start
		// a family name before a Chinese or Korean given name takes the surname after the
		// full name only: before it, a headline's "Yoon" may be another Yoon
		if last && c.last != w && !(c.family == w && start < pos) || !last && c.first != w {
			continue
		}
		if g != gazetteer.UnknownGender && c.sex != gazetteer.UnknownGender && c.sex != g {
			continue
		}
		if start > pos {
			later++
		}
		switch {
		case best < 0,
			start < pos && bestStart < pos && bestRelative && !c.relative,
			start < pos && (bestStart > pos || start > bestStart) && !(bestStart < pos && c.relative && !bestRelative),
			start > pos && bestStart > pos && start < bestStart:
			// the one named latest before pos, but a relative named after the person the
			// story is about does not take that person's surname ("Rob Reiner … the son of
			// Carl Reiner … Reiner directed")
			best, bestStart, bestRelative = c.ent, start, c.relative
		}
	}
	if bestStart > pos && later > 1 {
		return -1 // "President Obama" before both "Michelle Obama" and "Barack Obama": either
	}
	return best
}

// personGender returns the sex of a person entity named name whose mentions are names[members]:
// the courtesy title of a mention ("Mrs. Clinton"), else the first name ("Michelle Obama"),
// else UnknownGender; and the evidence that decided it.
func personGender(src, name string, names []Name, members []int) (gazetteer.Gender, entity.Evidence) {
	for _, m := range members {
		if g := titleGender(src, names[m]); g != gazetteer.UnknownGender {
			return g, entity.TitleEvidence
		}
	}
	// A first name: the first word of a full name, or a name of one word the lists know as a
	// first name and not a surname or a place ("Her husband, Joe,"; not "Clinton").
	f := strings.Fields(name)
	if len(f) > 1 || len(f) == 1 && gazetteer.Lookup(f[0])&(gazetteer.FirstName|gazetteer.Surname|gazetteer.AnyPlace) == gazetteer.FirstName {
		if g := gazetteer.FirstNameGender(f[0]); g != gazetteer.UnknownGender {
			return g, entity.FirstNameEvidence
		}
	}
	return gazetteer.UnknownGender, entity.NoEvidence
}

// titleGender returns the sex a courtesy title gives the mention, inside it or right before it
// ("Mr. Obama", "Mrs. Clinton"); UnknownGender for none or another title.
func titleGender(src string, n Name) gazetteer.Gender {
	word := ""
	if m := strings.TrimSpace(src[n.Start:n.End]); strings.IndexByte(m, ' ') > 0 {
		word = m[:strings.IndexByte(m, ' ')]
	}
	if !personTitles[fold(word)] {
		word = "" // the word right before, after any white space ("\n\nMs. Roe", "Ms.\u00a0Roe")
		if before := strings.Fields(src[max(0, n.Start-6):n.Start]); len(before) > 0 {
			word = before[len(before)-1]
		}
	}
	switch {
	case strings.EqualFold(word, "Mr"), strings.EqualFold(word, "Mr."):
		return gazetteer.Male
	case strings.EqualFold(word, "Mrs"), strings.EqualFold(word, "Mrs."), strings.EqualFold(word, "Ms"), strings.EqualFold(word, "Ms."), strings.EqualFold(word, "Miss"):
		return gazetteer.Female
	}
	return gazetteer.UnknownGender
}

func insertSorted(xs []int, v int) []int {
	k := len(xs)
	for k > 0 && xs[k-1] > v {
		k--
	}
	xs = append(xs, 0)
	copy(xs[k+1:], xs[k:])
	xs[k] = v
	return xs
}

func mergeAcronyms(ents []Entity, ids []int) ([]Entity, []int) {
	into := make([]int, len(ents))
	byAcronym := map[string]int{} // an acronym → the first organization it abbreviates
	for e := range ents {
		into[e] = e
		if ents[e].Type == entity.Org {
			if a := acronymOf(ents[e].Name); a != "" {
				if _, ok := byAcronym[a]; !ok {
					byAcronym[a] = e
				}
			}
		}
	}
	for a := range ents {
		if ents[a].Type != entity.Org || !isAcronym(ents[a].Name) {
			continue
		}
		if b, ok := byAcronym[ents[a].Name]; ok && b != a && !otherAcronym(ents[a].Name, ents[b].Name) {
			into[a] = b
		}
	}
	return mergeInto(ents, ids, into)
}

// otherAcronym reports whether the lists know acronym as an organization of its own other than
// long: "AP" is the Associated Press, not "AirPods Pro".
func otherAcronym(acronym, long string) bool {
	if gazetteer.Lookup(acronym)&(gazetteer.Org|gazetteer.Company) == 0 {
		return false
	}
	c, ok := gazetteer.Canonical(acronym)
	return ok && c != acronym && !strings.EqualFold(c, long)
}

// mergeOrgHeads joins an organization named by one word to the only organization of more words
// whose name begins with it and that the article names first: "Goldman" after "Goldman
// Sachs", "Compaq" after "Compaq Computer Corp.". A word the lists know as an organization
// of its own stays one ("Apple" after "Apple Music") unless they know the longer name too
// ("Goldman Sachs") or it is the company's name with a corporate suffix ("Toyota" and "Toyota
// Motor Corp."). In a headline the one word may come before such a name ("Toyota shares
// jump"). A firm named for its partners takes its first partner's name, which the
// tagger often calls a person or a place: "Skadden" after "Skadden, Arps, Slate, Meagher & Flom".
func mergeOrgHeads(src string, names []Name, ents []Entity, ids []int) ([]Entity, []int) {
	headline := text.HeadlineEnd(src)
	byHead := map[string]int{} // a first word → the organization of more words, -1 for two
	for e := range ents {
		name := ents[e].Name
		if sp := strings.IndexAny(name, " ,"); ents[e].Type == entity.Org && sp > 0 {
			if _, ok := byHead[name[:sp]]; ok {
				byHead[name[:sp]] = -1
			} else {
				byHead[name[:sp]] = e
			}
		}
	}
	if len(byHead) == 0 {
		return ents, ids
	}
	into := make([]int, len(ents))
	for e := range ents {
		into[e] = e
		name := ents[e].Name
		if strings.IndexByte(name, ' ') >= 0 {
			continue
		}
		// entities are numbered in order of first mention: the full name must come first
		to, ok := byHead[name]
		if !ok || to < 0 {
			continue
		}
		full := fold(dropPeriods(ents[to].Name))
		corporate := stripCorporate(full) != full // "Toyota Motor Corp."
		if to > e && !(corporate && headline > 0 && names[ents[e].Members[0]].End <= headline) {
			continue // (a headline may name a company before the story names it in full)
		}
		if strings.Contains(ents[to].Name, "&") {
			into[e] = to // "Latham" after "Latham & Watkins", though a town is called Latham
			continue
		}
		if ents[e].Type != entity.Org {
			continue
		}
		if gazetteer.Lookup(name)&(gazetteer.Org|gazetteer.Company|gazetteer.Team|gazetteer.AnyPlace) == 0 ||
			gazetteer.Lookup(ents[to].Name)&(gazetteer.Org|gazetteer.Company) != 0 || corporate && gazetteer.Lookup(name)&gazetteer.Company != 0 {
			into[e] = to
		}
	}
	return mergeInto(ents, ids, into)
}

// mergeTeamTails joins an organization named by one word to the only team the lists know
// whose name ends in it, before or after it in the article: "Lakers" and "Los Angeles Lakers",
// "City" and "Manchester City". Two teams ending in the word ("Real Madrid", "Atlético
// Madrid") leave it alone.
func mergeTeamTails(ents []Entity, ids []int) ([]Entity, []int) {
	var byTail map[string]int // a last word → the team of more words, -1 for two
	for e := range ents {
		name := ents[e].Name
		sp := strings.LastIndexByte(name, ' ')
		if ents[e].Type != entity.Org || sp < 0 || gazetteer.Lookup(name)&gazetteer.Team == 0 {
			continue
		}
		if byTail == nil {
			byTail = map[string]int{}
		}
		if _, ok := byTail[name[sp+1:]]; ok {
			byTail[name[sp+1:]] = -1
		} else {
			byTail[name[sp+1:]] = e
		}
	}
	if byTail == nil {
		return ents, ids
	}
	into := make([]int, len(ents))
	for e := range ents {
		into[e] = e
		if to, ok := byTail[ents[e].Name]; ok && to >= 0 && ents[e].Type == entity.Org {
			into[e] = to
		}
	}
	return mergeInto(ents, ids, into)
}

// mergeAliases joins a person named right after "known as" or "nicknamed" to the person named
// right before ("Joaquín Guzmán, better known as El Chapo").
func mergeAliases(src string, names []Name, ents []Entity, ids []int) ([]Entity, []int) {
	var into []int
	for i := 1; i < len(names); i++ {
		p, n := names[i-1], names[i]
		if p.Type != entity.Person || n.Type != entity.Person || ids[i-1] < 0 || ids[i] < 0 || ids[i] == ids[i-1] ||
			p.End > n.Start || !ner.AliasLink(src[p.End:n.Start]) {
			continue
		}
		if into == nil {
			into = identity(len(ents))
		}
		root := func(e int) int {
			for into[e] != e {
				e = into[e]
			}
			return e
		}
		if from, to := root(ids[i]), root(ids[i-1]); from != to {
			into[from] = to // roots only, so no cycle
		}
	}
	if into == nil {
		return ents, ids
	}
	for e := range into { // follow chains to their end
		for into[into[e]] != into[e] {
			into[e] = into[into[e]]
		}
	}
	return mergeInto(ents, ids, into)
}

// identity returns the merge table of n entities in which none is merged: into[e] == e.
func identity(n int) []int {
	into := make([]int, n)
	for e := range into {
		into[e] = e
	}
	return into
}

// mergeInto merges entity e into entity into[e] (itself: stays) and renumbers the entities in
// order of first mention; a merged entity takes the name of the one it joins.
func mergeInto(ents []Entity, ids []int, into []int) ([]Entity, []int) {
	merged := false
	for e, to := range into {
		merged = merged || to != e
	}
	if !merged {
		return ents, ids // nothing merged: nothing to renumber
	}
	// Renumber in order of first mention.
	var out []Entity
	newID := make([]int, len(ents))
	for e := range ents {
		if into[e] != e {
			continue
		}
		newID[e] = len(out)
		out = append(out, Entity{Name: ents[e].Name, Type: ents[e].Type})
	}
	for i, id := range ids {
		if id < 0 {
			continue
		}
		n := newID[into[id]]
		ids[i] = n
		out[n].Members = append(out[n].Members, i)
	}
	return out, ids
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func acronymOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// Clean trims a name mention for display and comparison: a leading lower-case "the", a
// possessive ending and surrounding punctuation go; runs of white space (non-breaking included)
// become one space. A capitalized "The" stays: the tagger put it in the name ("The Guardian").
func Clean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"’s", "'s", "’", "'"} {
		s = strings.TrimSuffix(s, p)
	}
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '.' && r != ')' })
}

var personTitles = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady gen gen. col col.
		lt lt. sgt sgt. capt capt. gov gov. sen sen. rep rep. rev rev. president pres. senator governor
		minister chancellor judge justice mayor king queen prince princess pope father sheikh`) {
		personTitles[t] = true
	}
}

// cutNickname takes a nickname in quotation marks out of a person's name, "Oliver “Tuku”
// Mtukudzi" → "Oliver Mtukudzi", "Tuku": the nickname alone later names the same person. The
// person keeps the name as the article gives it, nickname and all. A name that is all
// nickname stays as it is.
func cutNickname(s string) (name, nick string) {
	f := strings.Fields(s)
	for a := 1; a < len(f)-1; a++ {
		r, _ := utf8.DecodeRuneInString(f[a])
		if r != '“' && r != '"' && r != '‘' {
			continue
		}
		for b := a; b < len(f)-1 && b < a+3; b++ {
			if l, _ := utf8.DecodeLastRuneInString(f[b]); l == '”' || l == '"' || l == '’' {
				nick = strings.TrimFunc(strings.Join(f[a:b+1], " "), func(r rune) bool { return r == '“' || r == '”' || r == '"' || r == '‘' || r == '’' })
				if nick == "" {
					return s, ""
				}
				return strings.Join(append(f[:a:a], f[b+1:]...), " "), nick
			}
		}
		return s, ""
	}
	return s, ""
}

func stripTitles(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && personTitles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// corporateSuffixes end company names without naming anything: "Apple Inc" is "Apple".
var corporateSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true,
	"llc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "incorporated": true, "corporation": true}

// stripCorporate drops a corporate suffix (and the comma before it) from a folded organization
// key, unless nothing else is left: "apple inc" -> "apple", "walt disney co" -> "walt disney".
func stripCorporate(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i <= 0 || !corporateSuffixes[key[i+1:]] {
		return key
	}
	return strings.TrimRight(key[:i], " ,")
}

func dropPeriods(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.ReplaceAll(s, ".", "")
}

func fold(s string) string { return strings.ToLower(s) }
