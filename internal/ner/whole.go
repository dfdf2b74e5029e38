package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
)

// wholeNames keeps names whole where the tagger cuts them, and apart where it glues two
// together. CoNLL's 1996 Reuters text has few of the names concerned, so the model gets them
// wrong on current news:
//
//   - a numbered unit keeps its number: "SEIU Local 32BJ", "Teamsters Local 987";
//   - a possessive brand keeps its 's and is an organization, not a person or a place
//     ("McDonald's", "He ate at Denny's"), on evidence: the gazetteer knows the whole form, or
//     the article uses it as a noun on its own ("at Denny's on Tuesday", "Boatmen's was the
//     prize") and never names the bare name alone, or it opens a company name ("Boatmen's
//     Bancshares Inc."). "Ukraine's", "Trump's plan", "Britain's Sun" and, after "Colin
//     Powell", "Powell's." stay possessives;
//   - coordinated names are two names when the evidence says so ("Barnes & Noble and Marks &
//     Spencer", "Flatbush Avenue and Atlantic Avenue"), but "Bosnia and Herzegovina" and
//     "Republic Windows and Doors Factory" stay one.
//
// ms are the document's mentions in order; the result is too.
func (sc *scratch) wholeNames(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	ms = sc.splitCoordinated(ms, d, info, look)
	ms = joinParticles(ms, d, look)
	ms = bareGivenNames(ms, d, info)
	ms = joinGivenNames(ms, d, info)
	ms = orgRepeats(ms, d, info, look)
	titleTails(ms, d, info)
	ms = splitPersonOfOrg(ms, d, info, look)
	ms = placeParticles(ms, d, look)
	ms = joinAmpersand(ms, d, look)
	joinBodyTails(ms, d, info)
	ms = joinOrgTails(ms, d, info, look)
	trimNames(ms, d, info)
	ms = dropTitles(ms, d, info)
	afterBodyNoun(ms, d)
	ms = splitAtWords(ms, d, look)
	ms = splitAtBodies(ms, d, info)
	ms = campusNames(ms, d, info)
	ms = countryOfOrigin(ms, d, info)
	ms = shipNames(ms, d, info)
	ms = namedForPeople(ms, d, info)
	numbered(ms, d)
	ms = partyQualified(ms, d)
	ms = regnalNumbers(ms, d)
	speciesNames(ms, d, look)
	productNames(ms, d)
	awardNames(ms, d)
	sectionLabels(ms, d, info)
	pluralRoles(ms, d, info)
	lastWordKinds(ms, d, info, look)
	peopleOfPlaces(ms, d, info, look)
	definedTerms(ms, d)
	productInitials(ms, d)
	quotedTitles(ms, d, info)
	ms = shortNames(ms, d, info)
	ms = sc.possessives(ms, d, info, look)
	ownedPeople(ms, d, info)
	employers(ms, d, info)
	ms = regionsBeforeTitles(ms, d, info)
	return sides(ms, d)
}

// formSeq is the key of the token sequence [first, last) by written form.
func formSeq(info []tokInfo, first, last int) uint64 {
	h := uint64(last - first)
	for i := first; i < last; i++ {
		h = perceptron.Mix(h, info[i].h.form)
	}
	return h
}

// dateWords reports whether tokens [first, last) are all names of days and months, spelled
// out or short: "Tue October", "Nov".
func dateWords(d *text.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if w := d.Text(k); !text.MonthName(w) && !text.MonthAbbrev(w) && !text.DayName(w) && !text.DayAbbrev(w) {
			return false
		}
	}
	return true
}

// isPossessive reports whether w is the possessive 's token (any apostrophe).
func isPossessive(w string) bool {
	if len(w) < 2 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return false
	}
	switch w[:len(w)-1] {
	case "'", "’", "ʼ":
		return true
	}
	return false
}

// splitCoordinated splits a mention at an inner "and" when both sides are names of their own.
// The article's mentions are counted by token sequence in sc.cons, on the first "and"; the
// result is a new slice only when something is split.
func (sc *scratch) splitCoordinated(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	counted := false
	var out []Mention // nil until the first split
	for i, m := range ms {
		at := -1
		for k := m.First + 1; m.Label != Misc && k < m.Last-1 && at < 0; k++ {
			if d.Text(k) != "and" {
				continue
			}
			if !counted {
				sc.cons.reset(len(ms))
				for _, o := range ms {
					sc.cons.vals[sc.cons.slot(formSeq(info, o.First, o.Last))]++
				}
				counted = true
			}
			if coordinated(&sc.cons, m, k, d, info, look) {
				at = k
			}
		}
		if at < 0 {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+4), ms[:i]...)
		}
		// the right part may hold another "and": "A & B and C & D and E & F"
		for at >= 0 {
			out = append(out, Mention{Start: m.Start, End: int(d.Tokens[at-1].End), Label: m.Label, First: m.First, Last: at, Score: m.Score})
			m = Mention{Start: int(d.Tokens[at+1].Start), End: m.End, Label: m.Label, First: at + 1, Last: m.Last, Score: m.Score}
			at = -1
			for k := m.First + 1; k < m.Last-1 && at < 0; k++ {
				if d.Text(k) == "and" && coordinated(&sc.cons, m, k, d, info, look) {
					at = k
				}
			}
		}
		out = append(out, m)
	}
	if out == nil {
		return ms
	}
	return out
}

// coordinated reports whether mention m is two names joined by the "and" at token k: one side
// is itself a name with "&" ("Barnes & Noble and Marks & Spencer"), both sides are names the
// gazetteer or the article knows on their own, both end in the same head word ("Flatbush
// Avenue and Atlantic Avenue"), or both are full names of people ("Jane Roe and Tom Hale").
// A whole the gazetteer knows ("Bosnia and Herzegovina") stays one.
func coordinated(seen *table, m Mention, k int, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) bool {
	if look != nil && look.Lookup(d.Src[m.Start:m.End]) != 0 {
		return false
	}
	l0, l1, r0, r1 := m.First, k, k+1, m.Last
	for i := l0; i < r1; i++ {
		if i != k && d.Text(i) == "&" {
			return true
		}
	}
	if known(seen, l0, l1, d, info, look) && known(seen, r0, r1, d, info, look) {
		return true
	}
	hasOf := false
	for i := l0; i < l1; i++ {
		hasOf = hasOf || d.Text(i) == "of"
	}
	if hasOf || l1-l0 < 2 || r1-r0 < 2 {
		return false
	}
	if info[l1-1].h.form == info[r1-1].h.form {
		return true
	}
	first := func(i int) bool {
		g := gazetteer.Kind(info[i].gaz)
		return g&gazetteer.FirstName != 0 && g&gazetteer.AnyPlace == 0
	}
	return first(l0) && first(r0) && r1-r0 <= 3 && l1-l0 <= 3
}

// known reports whether the tokens [first, last) are a name on their own: the gazetteer knows
// them as a place or organization, or a mention of the article (counted in seen) is exactly
// them.
func known(seen *table, first, last int, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) bool {
	if look != nil {
		if look.Lookup(d.Src[d.Tokens[first].Start:d.Tokens[last-1].End])&(gazetteer.AnyPlace|gazetteer.Company|gazetteer.Org) != 0 {
			return true
		}
	}
	return seen.get(formSeq(info, first, last)) > 0
}

// joinParticles keeps a person's name whole over its lower-case particles, which the tagger,
// trained on English, often leaves out or starts a second name with: "Luiz Inácio Lula" + "da
// Silva" is one person. A person's name is joined with the capitalised words after one to three
// particles when they are a person's name too, tagged or not: "Lula da Silva", but not "Rousseff
// de facto" or "Smith de Blasio's" (a capitalised word must follow the particles at once).
// A name joined over an elided particle that the lists know as a country and no person's name
// is the country: "Côte" (a surname to the tagger) + "d'Ivoire".
func joinParticles(ms []Mention, d *text.Doc, look gazetteer.Lookuper) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == Person && m.Last < len(d.Tokens) && d.Tokens[m.Last].Newlines == 0 && d.Src[m.End:d.Tokens[m.Last].Start] == " " &&
			(arabicArticle(d.Text(m.Last)) || elidedParticle(d.Text(m.Last))) {
			// "Abdel Fattah al-Sisi", "Patrizia d'Ettorre": the particle is written joined to
			// the name
			m.Last, m.End = m.Last+1, int(d.Tokens[m.Last].End)
			for i+1 < len(ms) && ms[i+1].First < m.Last {
				i++
			}
			if look != nil && look.Lookup(d.Src[m.Start:m.End])&gazetteer.Country != 0 && look.Lookup(d.Src[m.Start:m.End])&(gazetteer.FirstName|gazetteer.Surname) == 0 {
				m.Label = Place
			}
		}
		if m.Label == Person {
			for {
				j := m.Last
				for j < len(d.Tokens) && j-m.Last < 3 && text.NameParticle(d.Text(j)) && d.Tokens[j].Newlines == 0 && d.Src[d.Tokens[j-1].End:d.Tokens[j].Start] == " " {
					j++
				}
				if j == m.Last || j >= len(d.Tokens) || d.Tokens[j].Newlines > 0 || d.Src[d.Tokens[j-1].End:d.Tokens[j].Start] != " " {
					break
				}
				// what follows the particles: the next mention, a person's, starting at a
				// particle or at the capitalised word after them
				if i+1 >= len(ms) || ms[i+1].Label != Person || ms[i+1].First < m.Last || ms[i+1].First > j {
					break
				}
				if w := d.Text(j); w == "" || !text.StartsUpper(w) {
					break
				}
				i++
				m.Last, m.End = ms[i].Last, ms[i].End
				m.Score = min(m.Score, ms[i].Score)
			}
		}
		out = append(out, m)
	}
	return out
}

// placeParticles keeps a place or organization whole over a particle when the lists know the
// whole name: "Rio Grande" + "do Sul", "Santiago" + "de Chile". The tagger, trained on English,
// often stops at the particle.
func placeParticles(ms []Mention, d *text.Doc, look gazetteer.Lookuper) []Mention {
	if look == nil {
		return ms
	}
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == Place || m.Label == Org {
			j := m.Last
			for j < len(d.Tokens) && j-m.Last < 2 && text.NameParticle(d.Text(j)) && d.Tokens[j].Newlines == 0 {
				j++
			}
			if j > m.Last {
				// the longest run of one to three capitalised words after the particles that
				// makes a known name
				for k := min(j+3, len(d.Tokens)); k > j; k-- {
					if d.Tokens[k-1].Newlines > 0 || !text.StartsUpper(d.Text(k-1)) || spansLines(d, m.First, k) {
						continue
					}
					if look.Lookup(d.Src[m.Start:d.Tokens[k-1].End])&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company) != 0 {
						m.Last, m.End = k, int(d.Tokens[k-1].End)
						for i+1 < len(ms) && ms[i+1].First < k {
							i++ // a mention inside the name ("Sul") is part of it
						}
						break
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// spansLines reports whether tokens [first, last) run over a line break.
func spansLines(d *text.Doc, first, last int) bool {
	for k := first + 1; k < last; k++ {
		if d.Tokens[k].Newlines > 0 {
			return true
		}
	}
	return false
}

// joinAmpersand makes two names joined by "&", or the "n" of brands ("Pick n Pay"), one
// organization: no person's name holds an ampersand ("Robbins Geller Rudman & Dowd", "Procter
// & Gamble", "Marks & Spencer"). The right side may be a capitalised word the tagger left out.
func joinAmpersand(ms []Mention, d *text.Doc, look gazetteer.Lookuper) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == Person && strings.Contains(d.Src[m.Start:m.End], " & ") {
			m.Label = Org // the tagger ran a person's name over the ampersand: no person's name holds one
		}
		joined := m.Label == Org && m.Last-m.First == 3 && d.Text(m.First+1) == "&"
		for m.Label != Misc && m.Last+1 < len(d.Tokens) && (d.Text(m.Last) == "&" || d.Text(m.Last) == "n") && d.Tokens[m.Last].Newlines == 0 &&
			d.Tokens[m.Last+1].Newlines == 0 && text.StartsUpper(d.Text(m.Last+1)) {
			amp := m.Last
			if i+1 < len(ms) && (ms[i+1].First == amp+1 || ms[i+1].First == amp) {
				i++
				m.Last, m.End = ms[i].Last, ms[i].End
				m.Score = min(m.Score, ms[i].Score)
			} else if i+1 >= len(ms) || ms[i+1].First > amp+1 {
				m.Last, m.End = amp+2, int(d.Tokens[amp+1].End)
			} else {
				break
			}
			m.Label = Org
			joined = true
		}
		if joined {
			out, m = partnerNames(out, m, d, look)
		}
		out = append(out, m)
	}
	return out
}

// partnerNames extends an organization of two names joined by "&" to the left over a list of single
// surnames, the way firms of partners are named: "Skadden, Arps, Slate, Meagher & Flom",
// "Major, Lindsey & Africa". A place the lists know stops it, and so does a company they know and the
// tagger marked on its own, so "Apple, Microsoft, Procter & Gamble" stays a list of three. out holds the mentions before m;
// a mention covering a surname taken in is dropped from it.
func partnerNames(out []Mention, m Mention, d *text.Doc, look gazetteer.Lookuper) ([]Mention, Mention) {
	first := m.First
	for first >= 2 && d.Text(first-1) == "," && d.Tokens[first-1].Newlines == 0 && d.Tokens[first].Newlines == 0 {
		w := first - 2
		if d.Tokens[w].Kind != text.Word || !text.StartsUpper(d.Text(w)) || look.Lookup(d.Text(w))&gazetteer.Place != 0 {
			break
		}
		if n := len(out); n > 0 && out[n-1].Last > w && (out[n-1].First != w || out[n-1].Last != w+1 ||
			out[n-1].Label == Org && look.Lookup(d.Text(w))&(gazetteer.Org|gazetteer.Company) != 0) {
			break // part of a longer name, or a company of its own ("Apple, Procter & Gamble")
		}
		opens := w == 0 || d.Tokens[w].Newlines > 0 || d.Tokens[w-1].Kind != text.Word && d.Tokens[w-1].Kind != text.Number && d.Text(w-1) != ","
		if opens && look.Lookup(strings.ToLower(d.Text(w)))&gazetteer.CommonWord != 0 || text.MonthName(d.Text(w)) || text.DayName(d.Text(w)) {
			break // "However, Procter & Gamble", "On Tuesday, Marks & Spencer"
		}
		if !opens && d.Tokens[w-1].Kind == text.Word && text.StartsUpper(d.Text(w-1)) {
			break // "Tom Arps, Slate & Co": a longer name before the comma
		}
		first = w
		if n := len(out); n > 0 && out[n-1].First == w {
			out = out[:n-1]
		}
	}
	if first == m.First {
		return out, m
	}
	m.First, m.Start = first, int(d.Tokens[first].Start)
	return out, m
}

// joinOrgTails keeps an organization's name whole after the word that names its kind, where
// the tagger stops: "the Joint Council for the Welfare of Immigrants", "the Council on Foreign
// Relations", "the Committee to Protect Journalists", "the Centers for Disease Control and
// Prevention". After the kind word ("Council", "Foundation": OrgWord) comes "for", "on" or "to",
// perhaps "the", then capitalised words joined by "of", "and" or "&". It stops at a day or a
// month ("the Council on Monday"), a person, a place right after the connector ("the Center on
// Staten Island"), and a name the lists know after "and" ("the Institute for Fiscal Studies and
// Oxfam"). Headlines, where every word is capitalised, are left alone.
func joinOrgTails(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	if look == nil {
		return ms
	}
	n := len(d.Tokens)
	var out []Mention // nil until the first join
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		end := -1
		if m.Label == Org && info[m.First].line != lineCaps && info[m.First].line != lineTitle {
			end = orgTail(ms, i, d, info, look, n)
		}
		if end < 0 {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)), ms[:i]...)
		}
		m.Last, m.End = end, int(d.Tokens[end-1].End)
		for i+1 < len(ms) && ms[i+1].First < end {
			i++ // absorbed: a mention inside the tail
		}
		out = append(out, m)
	}
	if out == nil {
		return ms
	}
	return out
}

// joinBodyTails joins to an organization's name the words of organization names the tagger
// left after it: "the [Irving Independent] School District", "the [Dallas Police]
// Department". A title after them is a person's ("[Erie County] District Attorney").
func joinBodyTails(ms []Mention, d *text.Doc, info []tokInfo) {
	tail := func(k int) bool {
		if k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 || info[k].line == lineCaps || info[k].line == lineTitle {
			return false
		}
		w := d.Text(k)
		return bodyWords[w] || w == "District" || text.StartsUpper(w) && gazetteer.Kind(info[k].gaz)&gazetteer.OrgWord != 0
	}
	for i := range ms {
		m := &ms[i]
		if m.Label != Org || i+1 < len(ms) && ms[i+1].First == m.Last {
			continue
		}
		k := m.Last
		for tail(k) && (i+1 == len(ms) || ms[i+1].First > k) {
			k++
		}
		if k == m.Last || k < len(d.Tokens) && text.StartsUpper(d.Text(k)) && gazetteer.Kind(info[k].gaz)&(gazetteer.PersonTitle|gazetteer.RoleNoun) != 0 {
			continue
		}
		m.Last, m.End = k, int(d.Tokens[k-1].End)
	}
}

// orgTail gives the end (one past the last token) of the name that organization mention ms[i]
// opens, or -1 when it does not go on. See joinOrgTails.
func orgTail(ms []Mention, i int, d *text.Doc, info []tokInfo, look gazetteer.Lookuper, n int) int {
	m := ms[i]
	// The connector comes right after the kind word, inside the mention ("Centers for Disease
	// Control" before "and Prevention") or just after it.
	k, joined := m.Last, false
	if !kindWord(d, info, look, m.Last-1) {
		for j := m.First + 1; j < m.Last-1; j++ {
			if w := d.Text(j); (w == "for" || w == "on") && kindWord(d, info, look, j-1) {
				joined = true
			}
		}
		if !joined {
			return -1
		}
	}
	end := -1
	for k < n {
		w := d.Text(k)
		first := k == m.Last && !joined
		switch {
		case first && (w == "for" || w == "on" || w == "to"):
		case !first && (w == "of" || w == "and" || w == "&"):
		default:
			return end
		}
		at := k + 1
		if at < n && d.Text(at) == "the" && w != "to" && w != "and" {
			at++
		}
		// the capitalised words after the connector
		j := at
		for j < n && j-at < 6 && d.Tokens[j].Newlines == 0 && text.StartsUpper(d.Text(j)) && info[j].word && !text.MonthName(d.Text(j)) && !text.DayName(d.Text(j)) {
			j++
		}
		if j == at {
			return end
		}
		if j = tailEnd(ms, i, d, info, look, w, at, j); j < 0 {
			return end
		}
		end, k = j, j
	}
	return end
}

// kindWord reports whether token j is a word that names a kind of organization, singular or
// plural: "Council", "Centers".
func kindWord(d *text.Doc, info []tokInfo, look gazetteer.Lookuper, j int) bool {
	if gazetteer.Kind(info[j].gaz)&gazetteer.OrgWord != 0 {
		return true
	}
	w := d.Text(j)
	return len(w) > 3 && w[len(w)-1] == 's' && look.Lookup(w[:len(w)-1])&gazetteer.OrgWord != 0
}

// tailEnd gives the end of the capitalised words [at, j) after connector w, taken as part of
// the name, or -1 when they may not join it: a person among them, a place right after the
// connector ("funding from Congress for Tanzania"), another name, known or tagged, after "and". A tagged organization the words begin runs to its own end ("the
// Joint Council for the Welfare of Immigrants" over "Welfare of Immigrants").
func tailEnd(ms []Mention, i int, d *text.Doc, info []tokInfo, look gazetteer.Lookuper, w string, at, j int) int {
	g := look.Lookup(d.Src[d.Tokens[at].Start:d.Tokens[j-1].End])
	if w != "of" && g&gazetteer.AnyPlace != 0 {
		return -1 // "funding from Congress for Tanzania"
	}
	if w == "and" || w == "&" {
		if g&(gazetteer.Company|gazetteer.Org|gazetteer.Team) != 0 {
			return -1
		}
		if gazetteer.Kind(info[at].gaz)&gazetteer.FirstName != 0 {
			return -1
		}
	}
	for _, o := range ms[i+1:] {
		if o.First >= j {
			break
		}
		if o.Last <= at {
			continue
		}
		if o.Label == Person || o.Label == Place && w != "of" || o.First == at && (w == "and" || w == "&") {
			return -1
		}
		j = max(j, o.Last)
	}
	return j
}

// splitPersonOfOrg splits an organization "PERSON of ORGANIZATION" that the tagger glued
// together: "Claudia Mo of Civic Party" is Claudia Mo of the Civic Party. The left side must
// start with a first name the lists know as nothing else and hold two or three capitalised
// words; the right side must end in a word that ends organization names ("Party", "Council"),
// be an organization the lists know, or one the article names on its own ("Isabel Ruiz of
// Heaven Sent Gaming … Heaven Sent Gaming is"). It also splits "ORGANIZATION PERSON", an
// organization's name ending in its kind word and then a person's ("the Refugee Council Enver
// Solomon").
func splitPersonOfOrg(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	if look == nil {
		return ms
	}
	var orgs map[string]bool // the article's organizations by name, made when first needed
	// namedOrg reports whether the article tags the words from token r to byte end as an
	// organization elsewhere ("Heaven Sent Gaming").
	namedOrg := func(r, end int) bool {
		if strings.EqualFold(d.Text(r), "the") {
			r++
		}
		if orgs == nil {
			orgs = make(map[string]bool)
			for _, o := range ms {
				if o.Label == Org {
					orgs[d.Src[o.Start:o.End]] = true
				}
			}
		}
		return r < len(d.Tokens) && int(d.Tokens[r].Start) < end && orgs[d.Src[d.Tokens[r].Start:end]]
	}
	return replaceEach(ms, func(m Mention) []Mention {
		if m.Last-m.First >= 3 && m.Last-m.First <= 4 && countryThenPerson(d, info, m.First, m.Last) {
			// "U.S. Ambassador to Japan George Glass": the country ends a title, the person
			// follows it
			return []Mention{{Start: m.Start, End: int(d.Tokens[m.First].End), Label: Place, First: m.First, Last: m.First + 1, Score: m.Score},
				{Start: int(d.Tokens[m.First+1].Start), End: m.End, Label: Person, First: m.First + 1, Last: m.Last, Score: m.Score}}
		}
		// "Sinn Féin MLA Órlaithí Flynn": a party, a member's letters of office and the member's
		// name of two or three words, which the tagger ran into one
		for p := m.Last - 3; m.Label != Misc && p >= m.Last-4 && p >= m.First+1; p-- {
			if officeLetters[d.Text(p)] && capitalisedWords(d, p+1, m.Last) {
				return []Mention{{Start: m.Start, End: int(d.Tokens[p-1].End), Label: Org, First: m.First, Last: p, Score: m.Score},
					{Start: int(d.Tokens[p+1].Start), End: m.End, Label: Person, First: p + 1, Last: m.Last, Score: m.Score}}
			}
		}
		// "the Refugee Council Enver Solomon": an organization's name ending in its kind word,
		// then a person's name of two or three words
		for p := m.Last - 2; m.Label == Org && p >= m.Last-3 && p >= m.First+1; p-- {
			if personAfterOrg(d, info, p, m.Last) && orgRight(d, look, m.First, p) && gazetteer.Kind(info[p-1].gaz)&gazetteer.OrgWord != 0 {
				return []Mention{{Start: m.Start, End: int(d.Tokens[p-1].End), Label: Org, First: m.First, Last: p, Score: m.Score},
					{Start: int(d.Tokens[p].Start), End: m.End, Label: Person, First: p, Last: m.Last, Score: m.Score}}
			}
		}
		k := -1
		if m.Label == Org {
			for j := m.First + 2; j < m.Last-1 && j <= m.First+3; j++ {
				if d.Text(j) == "of" {
					k = j
					break
				}
			}
		}
		if k < 0 || !(personLeft(d, info, m.First, k) && (orgRight(d, look, k+1, m.Last) || namedOrg(k+1, m.End))) {
			return nil
		}
		right := k + 1
		if strings.EqualFold(d.Text(right), "the") {
			right++
		}
		return []Mention{{Start: m.Start, End: int(d.Tokens[k-1].End), Label: Person, First: m.First, Last: k, Score: m.Score},
			{Start: int(d.Tokens[right].Start), End: m.End, Label: Org, First: right, Last: m.Last, Score: m.Score}}
	})
}

// officeLetters stand between a party's name and its elected member's: "Labour MP Lee
// Anderson", "SNP MSP Kate Forbes", "Sinn Féin MLA Órlaithí Flynn", "Plaid Cymru MS Rhun ap
// Iorwerth".
var officeLetters = map[string]bool{"MP": true, "MEP": true, "MSP": true, "MLA": true, "MS": true, "MPP": true, "MNA": true}

// capitalisedWords reports whether tokens [first, last) are words that start in capitals and
// are not all capitals, as a person's name is written.
func capitalisedWords(d *text.Doc, first, last int) bool {
	for j := first; j < last; j++ {
		if d.Tokens[j].Kind != text.Word || !text.StartsUpper(d.Text(j)) || text.CapsLetters(d.Text(j)) >= 2 || d.Tokens[j].Newlines > 0 {
			return false
		}
	}
	return true
}

// countryThenPerson reports whether tokens [first, last) are a country's name of one word
// that is no first name, then a person's name: a first name, capitalised words, and a surname
// or first name ("Japan George Glass"; not "Jordan Henderson").
func countryThenPerson(d *text.Doc, info []tokInfo, first, last int) bool {
	g := gazetteer.Kind(info[first].gaz)
	if g&gazetteer.Country == 0 || g&(gazetteer.FirstName|gazetteer.Surname) != 0 || gazetteer.Kind(info[first+1].gaz)&gazetteer.FirstName == 0 {
		return false
	}
	for j := first + 1; j < last; j++ {
		if !text.StartsUpper(d.Text(j)) || text.CapsLetters(d.Text(j)) >= 2 || gazetteer.Kind(info[j].gaz)&(gazetteer.OrgWord|gazetteer.Country) != 0 {
			return false
		}
	}
	return gazetteer.Kind(info[last-1].gaz)&(gazetteer.Surname|gazetteer.FirstName) != 0
}

// personLeft reports whether tokens [first, last) look like a person's name: a first name the
// lists know as no organization and no place but a town ("Isabel" is one in Brazil), then
// capitalised words.
func personLeft(d *text.Doc, info []tokInfo, first, last int) bool {
	g := gazetteer.Kind(info[first].gaz)
	// a first name the lists do not know as one is a person's after a role in the singular,
	// when no word of it is a common word: "Economist Bismarck Rewane of Financial
	// Derivatives Co." (not "mine managers Gold Fields of South Africa Ltd")
	titled := first > 0 && d.Tokens[first].Newlines == 0 && d.Tokens[first-1].Kind == text.Word && !strings.HasSuffix(d.Text(first-1), "s") &&
		gazetteer.LookupLower(d.Text(first-1))&(gazetteer.RoleNoun|gazetteer.PersonTitle) != 0
	for j := first; j < last && titled; j++ {
		titled = gazetteer.Kind(info[j].gaz)&gazetteer.CommonWord == 0
	}
	if g&gazetteer.FirstName == 0 && !titled || g&(gazetteer.AnyPlace&^gazetteer.City|gazetteer.Org|gazetteer.Company|gazetteer.OrgWord|gazetteer.Team) != 0 {
		return false
	}
	for j := first + 1; j < last; j++ {
		if !text.StartsUpper(d.Text(j)) || gazetteer.Kind(info[j].gaz)&gazetteer.OrgWord != 0 {
			return false
		}
	}
	return true
}

// personAfterOrg reports whether tokens [first, last) after an organization's name look like a
// person's: a first word the lists know as a first name or not at all ("Enver"), capitalised
// words, and a last word they know as a surname or first name ("Solomon").
func personAfterOrg(d *text.Doc, info []tokInfo, first, last int) bool {
	g := gazetteer.Kind(info[first].gaz)
	if g&^gazetteer.FirstName != 0 || !text.StartsUpper(d.Text(first)) || text.CapsLetters(d.Text(first)) >= 2 {
		return false
	}
	for j := first + 1; j < last; j++ {
		if !text.StartsUpper(d.Text(j)) || gazetteer.Kind(info[j].gaz)&(gazetteer.OrgWord|gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company) != 0 {
			return false
		}
	}
	return gazetteer.Kind(info[last-1].gaz)&(gazetteer.Surname|gazetteer.FirstName) != 0
}

// orgRight reports whether tokens [first, last) name an organization: its last word ends
// organization names, or the lists know the whole.
func orgRight(d *text.Doc, look gazetteer.Lookuper, first, last int) bool {
	if first >= last {
		return false
	}
	if look.Lookup(d.Text(last-1))&gazetteer.OrgWord != 0 {
		return true
	}
	return look.Lookup(d.Src[d.Tokens[first].Start:d.Tokens[last-1].End])&(gazetteer.Org|gazetteer.Company) != 0
}

// joinGivenNames keeps a Chinese or Korean name whole: a family name the tagger took alone,
// then a hyphenated given name ("Wong Kwok-kin", "Wu Chi-wai", "Lee Jae-myung"), untagged or
// tagged apart, as a person or another name; and an English given name before such a name
// ("John Lee Ka-chiu"), which the tagger leaves out; and a given name the tagger cut from the
// rest at a middle initial.
func joinGivenNames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		// "John Lee Ka-chiu": an English given name before a Chinese name; "John Dramani
		// Mahama": a given name before a name whose first word the lists do not know
		if p := m.First - 1; m.Label == Person && m.Last-m.First == 2 && (text.GivenNameShape(d.Text(m.First+1)) || gazetteer.Kind(info[m.First].gaz) == 0) && p >= 0 &&
			d.Tokens[m.First].Newlines == 0 && d.Src[d.Tokens[p].End:m.Start] == " " && text.StartsUpper(d.Text(p)) &&
			gazetteer.Kind(info[p].gaz)&gazetteer.FirstName != 0 && gazetteer.Kind(info[p].gaz)&(gazetteer.PersonTitle|gazetteer.AnyPlace) == 0 &&
			(len(out) == 0 || out[len(out)-1].Last <= p) {
			m.First, m.Start = p, int(d.Tokens[p].Start)
		}
		if j := m.Last; m.Label == Person && m.Last-m.First == 1 && j < len(d.Tokens) && d.Tokens[j].Newlines == 0 &&
			d.Src[m.End:d.Tokens[j].Start] == " " && text.GivenNameShape(d.Text(j)) {
			if i+1 < len(ms) && ms[i+1].First == j && ms[i+1].Last == j+1 && (ms[i+1].Label == Person || ms[i+1].Label == Misc) {
				i++
			} else if i+1 < len(ms) && ms[i+1].First <= j {
				out = append(out, m)
				continue
			}
			m.Last, m.End = j+1, int(d.Tokens[j].End)
		}
		if n := m.Last; m.Label == Person && i+1 < len(ms) && ms[i+1].Label == Person && ms[i+1].First == n && ms[i+1].Last-n >= 2 &&
			d.Tokens[n].Newlines == 0 && d.Src[m.End:ms[i+1].Start] == " " && middleInitial(d.Text(n)) {
			// "[Jonathan] [M. Stan]": a middle initial the tagger opened a second name with
			m.Last, m.End = ms[i+1].Last, ms[i+1].End
			i++
		}
		out = append(out, m)
	}
	return out
}

// bareGivenNames tags as a person a Chinese or Korean name the tagger left untagged or took for
// an other name (Misc): a short family name and a hyphenated given name of romanised
// syllables, in no other mention ("headed by Chiu Chui-cheng", "Rep. Song Eon-seok of the People Power Party"). English
// compounds of the same shape are left alone: "Hong Kong-based", "New York-born", "Deputy
// Vice-chair" (a prefix, a participle or a word too long for a syllable).
func bareGivenNames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	var add []Mention
	next := 0 // the first mention that may cover token j or later
	for j := 1; j < len(d.Tokens); j++ {
		for next < len(ms) && ms[next].Last <= j-1 {
			next++
		}
		if !text.RomanisedGivenName(d.Text(j)) {
			continue
		}
		f := j - 1
		// the tagger's other name (Misc) on the whole or on the given name alone
		misc := next < len(ms) && (ms[next].First == f || ms[next].First == j) && ms[next].Last == j+1 && ms[next].Label == Misc
		if next < len(ms) && ms[next].First <= j && !misc {
			continue
		}
		if d.Tokens[j].Newlines > 0 || d.Src[d.Tokens[f].End:d.Tokens[j].Start] != " " || !familyNameShape(d.Text(f)) {
			continue
		}
		if k := gazetteer.Kind(info[f].gaz); k&(gazetteer.PersonTitle|gazetteer.AnyPlace|gazetteer.Demonym|gazetteer.OrgWord) != 0 ||
			k&gazetteer.CommonWord != 0 && k&(gazetteer.Surname|gazetteer.FirstName) == 0 {
			continue
		}
		if j+1 < len(d.Tokens) && d.Tokens[j+1].Newlines == 0 && text.StartsUpper(d.Text(j+1)) && d.Tokens[j+1].Kind == text.Word {
			continue // a longer name of capitalised words: not this shape alone
		}
		if misc {
			// no other kind of name has this shape
			ms[next].Label, ms[next].First, ms[next].Start = Person, f, int(d.Tokens[f].Start)
			continue
		}
		add = append(add, Mention{Start: int(d.Tokens[f].Start), End: int(d.Tokens[j].End), First: f, Last: j + 1, Score: 0.5, Label: Person})
	}
	if len(add) == 0 {
		return ms
	}
	out := append(ms, add...)
	slices.SortFunc(out, func(a, b Mention) int { return a.First - b.First })
	return out
}

// familyNameShape reports whether w is written as a romanised Chinese or Korean family name:
// a capital and one to five lower-case ASCII letters ("Ng", "Chiu", "Cheung").
func familyNameShape(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// middleInitial reports whether w is an initial with its stop: "M.".
func middleInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return len(w) == n+1 && w[n] == '.' && unicode.IsUpper(r)
}

// titleTails cuts from an organization's name the first word of a title that goes on after
// it: "[Nippon Steel Vice] Chairman Takahiro Mori" is Nippon Steel's vice chairman.
func titleTails(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Org && m.Last-m.First >= 3 && titleModifiers[d.Text(m.Last-1)] && m.Last < len(d.Tokens) && titleEnd(d, info, m.Last) &&
			d.Tokens[m.Last].Newlines == 0 {
			m.Last--
			m.End = int(d.Tokens[m.Last-1].End)
		}
		// "Air Vice Marshal Kennedy Aneke": a common word and the first word of a title that
		// goes on is a rank, no name
		if m.Label != Person && m.Last-m.First == 2 && titleModifiers[d.Text(m.Last-1)] && m.Last < len(d.Tokens) && titleEnd(d, info, m.Last) &&
			d.Tokens[m.Last].Newlines == 0 && gazetteer.Kind(info[m.First].gaz)&gazetteer.CommonWord != 0 {
			m.Label = Misc
		}
	}
}

// orgRepeats keeps an organization's name of two to four words whole wherever the article
// writes it again: the tagger may cut a later "Nippon Steel Vice Chairman Takahiro Mori" into
// a place "Nippon" and a person "Steel Vice". Mentions inside the repeat go; one that runs
// past its end keeps the rest when that is two words or more.
func orgRepeats(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	var seqs map[uint64]int // an organization's token sequences: how often each is tagged whole
	for _, m := range ms {
		if m.Label == Org && m.Last-m.First >= 2 && m.Last-m.First <= 4 && (look == nil || look.Lookup(d.Src[m.Start:m.End])&(gazetteer.AnyPlace|gazetteer.Team) == 0) {
			// (not a place or team the lists know: "NEW YORK" is a team and a dateline)
			if seqs == nil {
				seqs = map[uint64]int{}
			}
			seqs[formSeq(info, m.First, m.Last)]++
		}
	}
	if seqs == nil {
		return ms
	}
	sports := -1      // whether this is a sports page, found at the first repeat to mend
	var out []Mention // nil until the first change
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		end := -1
		for n := 4; n >= 2 && end < 0; n-- {
			if m.First+n <= len(d.Tokens) && seqs[formSeq(info, m.First, m.First+n)] > 0 {
				end = m.First + n
			}
		}
		lineStart := m.First == 0 || d.Tokens[m.First].Newlines > 0
		if end < 0 || m.Label == Org && m.Last == end || spansLines(d, m.First, end-1) || lineStart && m.Label == Place || info[m.First].line == lineCaps {
			// (a place opening a line is a dateline's, "ST LOUIS 1996-08-30"; a line in
			// capitals is a table's or a headline's, "COLORADO AT ST LOUIS")
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if sports < 0 {
			sports = 0
			if look != nil && sportsPage(ms, d, look) {
				sports = 1 // a sports page names teams by their cities: "St Louis" is both
			}
		}
		if sports == 1 {
			return ms
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)), ms[:i]...)
		}
		out = append(out, Mention{Start: m.Start, End: int(d.Tokens[end-1].End), Label: Org, First: m.First, Last: end, Score: m.Score})
		for ; i < len(ms) && ms[i].First < end; i++ {
			if r := ms[i]; r.Last > end && r.Last-end >= 2 {
				r.First, r.Start = end, int(d.Tokens[end].Start)
				out = append(out, r)
			}
		}
		i--
	}
	if out == nil {
		return ms
	}
	return out
}

// joinNicknames keeps a name whole around a nickname in quotation marks: "Michael “Meathead”
// Stivic", "Earvin “Magic” Johnson", "Joaquín “El Chapo” Guzmán", "Jesus Crispin “Boying”
// Remulla". The name before is a person's of the tagger, or ends in a first name the lists
// know, the nickname is one or two capitalised words, and the name after it a mention of the
// tagger. A title the tagger took in with the first name is left out ("[Interior Secretary]
// Benjamin “Benhur” Abalos Jr.").
func joinNicknames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Label == Person && swallowedNickname(d, m) {
			// the tagger took the opening mark and the nickname in: "[Sergio “Checo]” Pérez"
			if n := ms[i+1]; n.First == m.Last+1 && n.Label != Misc && d.Tokens[n.First].Newlines == 0 {
				m.Last, m.End = n.Last, n.End
				i++
				out = append(out, m)
				continue
			}
		}
		if i+1 < len(ms) && (gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.FirstName != 0 || m.Label == Person) {
			open, q := m.Last, m.Last+1
			for q < len(d.Tokens) && q < m.Last+3 && text.StartsUpper(d.Text(q)) {
				q++
			}
			skip := 1 // the mentions to join: the surname's, and the nickname's if tagged
			if ms[i+1].First > open && ms[i+1].Last <= q {
				skip = 2
			}
			if i+skip < len(ms) && open < len(d.Tokens) && quoteMark(d, open) && q > open+1 && q < len(d.Tokens) && quoteMark(d, q) {
				if n := ms[i+skip]; q+1 == n.First && n.Label != Misc && d.Tokens[n.First].Newlines == 0 {
					if h := m.Last - 1; m.Label != Person && h > m.First {
						if !allTitleWords(d, info, m.First, h) {
							left := m
							left.Last, left.End = h, int(d.Tokens[h-1].End)
							out = append(out, left)
						}
						m.First, m.Start = h, int(d.Tokens[h].Start)
					}
					m.Last, m.End, m.Label = n.Last, n.End, Person
					i += skip
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// swallowedNickname reports whether mention m ends in an opening quotation mark and one or two
// capitalised words after a name, and a closing mark follows it: "Sergio “Checo" of "Sergio
// “Checo” Pérez".
func swallowedNickname(d *text.Doc, m Mention) bool {
	if m.Last >= len(d.Tokens) || !quoteMark(d, m.Last) {
		return false
	}
	for open := m.Last - 2; open >= m.Last-3 && open > m.First; open-- {
		if quoteMark(d, open) {
			for k := open + 1; k < m.Last; k++ {
				if !text.StartsUpper(d.Text(k)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// allTitleWords reports whether tokens [first, last) are all words of a title ("Interior
// Secretary").
func allTitleWords(d *text.Doc, info []tokInfo, first, last int) bool {
	for j := first; j < last; j++ {
		if !titleWord(d, info, j) {
			return false
		}
	}
	return true
}

// quoteMark reports whether token k is a quotation mark, curly or straight.
func quoteMark(d *text.Doc, k int) bool {
	return d.Tokens[k].Kind == text.Quote || d.Text(k) == "\"" || d.Text(k) == "'"
}

// elidedParticle reports whether w is a name after an elided particle: "d'Ettorre",
// "D’Alema".
func elidedParticle(w string) bool {
	for _, p := range [...]string{"d'", "d’", "D'", "D’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && text.StartsUpper(rest) {
			return true
		}
	}
	return false
}

// arabicArticle reports whether w is a name that starts with the Arabic article in lower case:
// "al-Sisi", "el-Sisi", "ad-Din".
func arabicArticle(w string) bool {
	for _, a := range [...]string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "an-", "az-"} {
		if len(w) > len(a) && strings.HasPrefix(w, a) && text.StartsUpper(w[len(a):]) {
			return true
		}
	}
	return false
}

// numberedUnits are the words after which a number belongs to the name: "Teamsters Local 987",
// "Holland Lodge 8", "the 1st Infantry Division" has it before and needs nothing.
var numberedUnits = []string{"local", "lodge", "district", "precinct", "post", "chapter", "division",
	"station", "channel", "terminal", "building", "squadron", "battalion", "regiment", "brigade", "fleet"}

// numbered extends an organization or place that ends in a numbered-unit word over the number
// after it ("SEIU Local 32BJ").
func numbered(ms []Mention, d *text.Doc) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Person || m.Label == Misc || m.Last >= len(d.Tokens) || m.Last-m.First < 2 {
			continue
		}
		next := d.Tokens[m.Last]
		if next.Kind != text.Number || next.Newlines > 0 || i+1 < len(ms) && ms[i+1].First <= m.Last {
			continue
		}
		if !alnum(d.Src[next.Start:next.End]) || !isUnitWord(d.Text(m.Last-1)) {
			continue
		}
		m.Last++
		m.End = int(next.End)
	}
}

// romanNumeral reports whether w is a Roman numeral of two to five letters, as regnal numbers
// are written ("II", "XIV"); a lone "I" is too often the pronoun.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXL", rune(w[i])) {
			return false
		}
	}
	return true
}

// regnalNumbers keeps a monarch's or pope's number with the name: "Pope Leo XIV", "King
// Charles III". The tagger leaves the number out or makes an organization of it.
func regnalNumbers(ms []Mention, d *text.Doc) []Mention {
	drop := false
	for i := range ms {
		m := &ms[i]
		k := m.Last
		if m.Label != Person || k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 || d.Src[m.End:d.Tokens[k].Start] != " " || !romanNumeral(d.Text(k)) {
			continue
		}
		if i+1 < len(ms) && ms[i+1].First == k {
			if ms[i+1].Last != k+1 {
				continue // the number opens another name
			}
			ms[i+1].Label, drop = None, true
		}
		m.Last, m.End = k+1, int(d.Tokens[k].End)
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Label == None })
	}
	return ms
}

// partyQualifiers tell apart parties of one name, in parentheses after it: "Janata Dal
// (United)", "Janata Dal (Secular)", "Communist Party of India (Marxist)".
var partyQualifiers = text.WordSet(`United Secular Marxist Maoist Unified Socialist`)

// partyQualified makes one organization of a name and the qualifier in parentheses after it
// ("Janata Dal (United)"): the tagger takes the name for a person's and the word alone for an
// organization.
func partyQualified(ms []Mention, d *text.Doc) []Mention {
	drop := false
	for i := range ms {
		m := &ms[i]
		k := m.Last
		if m.Label == Misc || m.Label == None || k+2 >= len(d.Tokens) || d.Text(k) != "(" || d.Text(k+2) != ")" || !partyQualifiers[d.Text(k+1)] ||
			d.Tokens[k].Newlines > 0 || d.Tokens[k+1].Newlines > 0 || d.Tokens[k+2].Newlines > 0 {
			continue
		}
		m.Last, m.End, m.Label = k+3, int(d.Tokens[k+2].End), Org
		for j := i + 1; j < len(ms) && ms[j].First < m.Last; j++ {
			ms[j].Label, drop = None, true // "United" tagged apart
		}
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Label == None })
	}
	return ms
}

// trimNames cuts from a name what the tagger ran it over at its edges, and makes a body of a
// title before a body's head noun:
//   - a title word before "Staff", "Assembly", …: "The General [Staff] said" is the General Staff;
//   - a question's opening verb: "[Is China] too important?";
//   - titles: "Chief Justice [Justice N.V. Anjaria]", "[Supreme Leader Ali Khamenei]", "Mr
//     [Justice Cavanagh]", keeping two words of name;
//   - letters after a British name: "[Clare Montgomery KC]".
func trimNames(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Person && m.Last-m.First == 1 && m.First > 0 && bodyTails[d.Text(m.First)] && text.StartsUpper(d.Text(m.First-1)) &&
			gazetteer.Kind(info[m.First-1].gaz)&gazetteer.PersonTitle != 0 && d.Tokens[m.First].Newlines == 0 {
			// "The General [Staff] said": a title word before a body's head noun names the body
			m.First--
			m.Start = int(d.Tokens[m.First].Start)
			m.Label = Org
		}
		if m.Last-m.First >= 2 && questionWords[d.Text(m.First)] {
			// "[Is China] too important?": a question's verb or word is no part of the name
			m.First++
			m.Start = int(d.Tokens[m.First].Start)
		}
		if m.Label == Person && m.Last-m.First >= 3 {
			// "Chief Justice [Justice N.V. Anjaria]", "[Supreme Leader Ali Khamenei]": a title
			// the tagger ran the name over is no part of it; two words of name stay
			p := m.First
			for p < m.Last-2 && titleWord(d, info, p) { // (a first name is none: "President [Ram Nath Kovind]")
				p++
			}
			if p == m.Last-2 && p > m.First && text.GivenNameShape(d.Text(m.Last-1)) && gazetteer.Kind(info[p-1].gaz)&gazetteer.FirstName != 0 {
				p-- // "Chief Executive [John Lee Ka-chiu]": an English given name opens the name
			}
			if p > m.First && titleEnd(d, info, p-1) && text.StartsUpper(d.Text(p)) {
				m.First = p
				m.Start = int(d.Tokens[p].Start)
			}
		}
		if m.Label == Person && m.Last-m.First >= 3 && m.First > 0 && d.Text(m.First-1) == "on" && (d.Text(m.First) == "X." || d.Text(m.First) == "X") {
			// "said on X. Jordan Bardella, …": the network and the sentence's stop, no initial
			m.First++
			m.Start = int(d.Tokens[m.First].Start)
		}
		if m.Label == Person && m.Last-m.First >= 3 && postNominals[d.Text(m.Last-1)] {
			// "Clare Montgomery KC": the letters after the name are no part of it
			m.Last--
			m.End = int(d.Tokens[m.Last-1].End)
		}
		if g := gazetteer.Kind(info[m.First].gaz); m.Label == Org && m.Last-m.First == 2 && g&(gazetteer.Country|gazetteer.Region|gazetteer.City) != 0 && g&gazetteer.CommonWord == 0 &&
			titleEnd(d, info, m.Last-1) && m.Last < len(d.Tokens) && gazetteer.Kind(info[m.Last].gaz)&gazetteer.PersonTitle != 0 {
			// "[Hawaii Attorney] General Anne Lopez": a place, then the title of the person
			// after it
			m.Last--
			m.End = int(d.Tokens[m.Last-1].End)
			m.Label = Place
		}
		if pageDateWords[d.Text(m.First)] && (m.First == 0 || d.Tokens[m.First].Newlines > 0) && m.Label != Misc {
			// "Posted Fri 2 Aug 2024" opening a line: a web page's date line names no one
			if w := d.Text(m.First + 1); m.Last-m.First == 1 || text.DayName(w) || text.DayAbbrev(w) {
				m.Label = Misc
			} else {
				m.First++
				m.Start = int(d.Tokens[m.First].Start)
			}
		}
		if m.Label != Misc && dateWords(d, m.First, m.Last) && m.Last < len(d.Tokens) && d.Tokens[m.Last].Kind == text.Number && d.Tokens[m.Last].Newlines == 0 {
			m.Label = Misc // "TOKYO, Nov 4 (Reuters)", "Wed 2 Jul 2025", "Tue October 6, 2026": a date
		}
		if m.Last-m.First == 1 && m.Label != Misc {
			w := d.Text(m.First)
			if loneFunctionWords[w] {
				m.Label = Misc // "Sign up to This is Europe": a word no name is made of alone
			}
			if shoutedWords[w] && info[m.First].line != lineCaps {
				m.Label = Misc // "ALL of the Hostages": a word in capitals for stress
			}
			if timeZones[w] && m.First > 0 && clockEnd(d, m.First-1) {
				m.Label = Misc // "at about 07:40 BST", "8:14 PM GMT"
			}
		}
		if m.Label != Misc && m.Last-m.First >= 2 && timeZones[d.Text(m.First)] && m.First > 0 && clockEnd(d, m.First-1) {
			m.Label = Misc // "Published 6:01 a.m. CT Feb. 3, 2024": a zone and a month, no name
		}
		if m.Label == Person && m.First >= 1 && !(m.Last < len(d.Tokens) && d.Tokens[m.Last].Kind == text.Word && d.Tokens[m.Last].Newlines == 0) {
			// "a former Green Beret,", "an Eagle Scout.": a name after an indefinite article
			// heads a noun phrase about a kind of person, no person's name ("an Obama
			// appointee" names Obama)
			k := m.First - 1
			if k >= 1 && indefiniteModifiers[d.Text(k)] {
				k--
			}
			if w := d.Text(k); w == "a" || w == "an" {
				m.Label = Misc
			}
		}
		if m.Label != Misc && m.Last-m.First >= 3 && caseName(d, m) {
			m.Label = Misc // "Learning Resources v. Trump": a court case, no person
		}
		if m.Label != Misc && text.PartyState(d.Src[m.Start:m.End]) {
			m.Label = Misc // "Chuck Schumer, D-N.Y.,": a lawmaker's party and state, no place
		}
		if m.Label != Misc && allRanks(d, m) {
			m.Label = Misc // "Det Ch Insp Mark Swift": the rank is no name of its own
		}
		for n := courtesyWords(d, *m); m.Label == Person && n > 0; n = courtesyWords(d, *m) {
			// "[Mr Key] said", "[Sir Keir Starmer]", "[Alhaja Hajiya Binta Yusuf]": British
			// news writes Mr without a stop, and the tagger takes it in; a courtesy title is
			// no part of the name
			m.First += n
			m.Start = int(d.Tokens[m.First].Start)
		}
		if m.Label == Person && m.Last-m.First <= 2 && text.CourtesyTitleWords(d.Text(m.First), d.Text(m.Last-1)) == m.Last-m.First {
			m.Label = Misc // "[Datuk Seri] Dr Wee Ka Siong": a title the tagger took apart is no one
		}
		if m.Label == Person && m.Last-m.First == 2 && m.First > 0 && gazetteer.Kind(info[m.First].gaz)&gazetteer.PersonTitle != 0 && text.CourtesyTitle(d.Text(m.First-1)) {
			// "Mr Justice [Justice Cavanagh]": a judge's title after Mr
			m.First++
			m.Start = int(d.Tokens[m.First].Start)
		}
	}
}

// courtesyWords returns how many words of courtesy title open m before more of the name
// ("Mr Key", "Datuk Seri Anwar Ibrahim"); 0 for none or when nothing capitalised follows.
// "Miss" may open a pageant's name ("Miss Universe").
func courtesyWords(d *text.Doc, m Mention) int {
	w, next := d.Text(m.First), ""
	if m.First+1 < m.Last {
		next = d.Text(m.First + 1)
	}
	n := text.CourtesyTitleWords(w, next)
	if n == 0 || strings.EqualFold(w, "Miss") || m.First+n >= m.Last || !text.StartsUpper(d.Text(m.First+n)) {
		return 0
	}
	return n
}

// dropTitles drops a lone title the tagger made a name of: right before the person it belongs
// to ("Chief Justice Qazi Faez Isa" tagged "Justice" and "Qazi Faez Isa"), or as a person at
// the start of a sentence or a quotation, where it is a common word ("“Justice has been
// done,” he said"). Left as a person, one such mention makes a person of every "Justice" in
// the article.
func dropTitles(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	out := ms[:0]
	s := 0
	for i, m := range ms {
		for s < len(d.Sentences) && d.Sentences[s].Last <= m.First {
			s++
		}
		g := gazetteer.Kind(info[m.First].gaz)
		if m.Last-m.First != 1 || m.Label == Misc || g&gazetteer.PersonTitle == 0 || g&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company) != 0 {
			out = append(out, m)
			continue
		}
		before := i+1 < len(ms) && ms[i+1].Label == Person && ms[i+1].First == m.Last && d.Src[m.End:ms[i+1].Start] == " "
		opens := s < len(d.Sentences) && d.Sentences[s].First == m.First
		if q := m.First - 1; q >= 0 && d.Tokens[q].Kind == text.Quote && int(d.Tokens[q].End) == m.Start {
			opens = true
		}
		if before || opens && m.Label == Person && g&gazetteer.CommonWord != 0 {
			continue
		}
		out = append(out, m)
	}
	return out
}

// loneFunctionWords are never a name on their own, whatever the case: pronouns and determiners
// that a title or a newsletter's name capitalises.
var loneFunctionWords = text.WordSet(`This That These Those It Its We Our They Their He His She Her There Here
	What Which Who`)

// shoutedWords are common words written in capitals for stress ("ALL of the Hostages",
// "NEVER again"), which the tagger takes for acronyms.
var shoutedWords = text.WordSet(`ALL NOT NO NEVER NOTHING EVERY EVERYONE ONLY VERY MUST NOW MORE MOST
	TOTAL BIG HUGE GREAT`)

// timeZones are written after a clock time: "07:40 BST".
var timeZones = text.WordSet(`GMT BST UTC CET CEST EET EEST IST JST KST AEST AEDT EST EDT CST CDT MST MDT PST PDT ET PT CT`)

// clockEnd reports whether token k ends a clock time: a number or "a.m.", "p.m." after one.
func clockEnd(d *text.Doc, k int) bool {
	switch d.Text(k) {
	case "a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m":
		return k > 0 && d.Tokens[k-1].Kind == text.Number
	}
	return d.Tokens[k].Kind == text.Number
}

// rankShort are police and military ranks in their short forms, written before a name:
// "Det Ch Insp Mark Swift", "Lt Col", "Supt".
var rankShort = text.WordSet(`Det Ch Insp Supt Sgt Const Cst Cpl Lt Col Maj Gen Capt Cmdr Adm Brig Pte Sup PC DC DS DI DCI DSI`)

// allRanks reports whether every word of mention m is a short rank.
func allRanks(d *text.Doc, m *Mention) bool {
	for j := m.First; j < m.Last; j++ {
		if !rankShort[strings.TrimSuffix(d.Text(j), ".")] && d.Text(j) != "." {
			return false
		}
	}
	return true
}

// indefiniteModifiers stand between "a" and a name that names a kind of person: "a former
// Green Beret", "a fellow Democrat".
var indefiniteModifiers = text.WordSet(`former retired fellow lifelong registered self-described proud young onetime`)

// caseName reports whether mention m holds "v." or "vs." between names, as court cases are
// named: "Roe v. Wade", "Learning Resources v. Trump".
func caseName(d *text.Doc, m *Mention) bool {
	for j := m.First + 1; j < m.Last-1; j++ {
		if w := d.Text(j); w == "v." || w == "vs." || w == "v" && d.Text(j+1) == "." {
			return true
		}
	}
	return false
}

// pageDateWords open the date line of a web page: "Posted Fri 2 Aug 2024 at 6:15am".
var pageDateWords = map[string]bool{"Posted": true, "Updated": true, "Published": true}

// bodyTails after a title word make the name of a body: "the General Staff", "the General
// Assembly", "the Central Command".
var bodyTails = map[string]bool{"Staff": true, "Command": true, "Assembly": true, "Secretariat": true,
	"Directorate": true, "Headquarters": true}

// questionWords open questions and are never part of a name after them: "Is China too
// important?", "Can Tesla cut prices?" ("Will" is a first name too: "Will Carling").
var questionWords = map[string]bool{"Is": true, "Are": true, "Was": true, "Were": true, "Does": true,
	"Do": true, "Did": true, "Can": true, "Could": true, "Would": true, "Should": true,
	"Has": true, "Have": true, "Had": true, "Why": true, "How": true}

// titleModifiers open titles without being titles themselves: "Supreme Leader", "Prime
// Minister", "Vice President".
var titleModifiers = map[string]bool{"Supreme": true, "Prime": true, "Vice": true, "Deputy": true,
	"Chief": true, "Acting": true, "Former": true, "Foreign": true, "Finance": true, "Defence": true,
	"Defense": true, "Interior": true, "Home": true, "Crown": true, "Grand": true, "Senior": true}

// titleWord reports whether token j can be part of a title before a name: a capitalised title,
// role noun or title modifier that is no first name of the lists (but "Justice", also a word).
func titleWord(d *text.Doc, info []tokInfo, j int) bool {
	w := d.Text(j)
	if !text.StartsUpper(w) || text.CapsLetters(w) >= 2 {
		return false
	}
	if titleModifiers[w] {
		return true
	}
	g := gazetteer.Kind(info[j].gaz)
	if g&gazetteer.FirstName != 0 && (g|gazetteer.LookupLower(w))&gazetteer.PersonTitle == 0 && !styleTitles[w] {
		return false // "John" is a person noun to WordNet, but a first name before a name
	}
	return titleEnd(d, info, j) && g&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company) == 0 &&
		(g&gazetteer.FirstName == 0 || g&gazetteer.CommonWord != 0)
}

// styleTitles are titles that the lists also know as first names: before a name they are the
// title ("Doctor Emanuil Ceausu", "Emir Tamim bin Hamad"), not its first word.
var styleTitles = text.WordSet(`Doctor Judge Major General Bishop Sister Brother Father Mother Prince
Princess King Queen Deacon Pastor Rabbi Imam Sheikh Chief Marshal Colonel Captain Sergeant
Emir Sultan Duke Baron Elder Raja Rani Shah Pharaoh Dean Khan Commodore Admiral Brigadier`)

// titleEnd reports whether token j can end a title: a title or role noun ("Leader" as
// "leader"), not a modifier.
func titleEnd(d *text.Doc, info []tokInfo, j int) bool {
	return (gazetteer.Kind(info[j].gaz)|gazetteer.LookupLower(d.Text(j)))&(gazetteer.PersonTitle|gazetteer.RoleNoun) != 0
}

// postNominals follow a British name as letters of office or honour: "Clare Montgomery KC",
// a member of the Senedd's "Jane Dodds MS", Stormont's "MLA", Ontario's "MPP", Quebec's "MNA".
var postNominals = map[string]bool{"KC": true, "QC": true, "MP": true, "MEP": true, "MSP": true,
	"MS": true, "MLA": true, "MPP": true, "MNA": true,
	"OBE": true, "MBE": true, "CBE": true, "KBE": true, "DBE": true}

// PostNominal reports whether w is letters of office or honour written after a British name
// ("KC", "MP", "OBE"), which the name stage leaves out of the name.
func PostNominal(w string) bool { return postNominals[w] }

// afterBodyNoun cuts a name the tagger ran over a body noun to the name after it, an
// organization: "the Peronist coalition Fuerza Patria" is "Fuerza Patria", described as a
// coalition, and "Peronist" is no name of its own.
func afterBodyNoun(ms []Mention, d *text.Doc) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc {
			continue
		}
		for k := m.First + 1; k < m.Last-1; k++ {
			if bodyNouns[d.Text(k)] && text.StartsUpper(d.Text(k+1)) {
				m.First, m.Start, m.Label = k+1, int(d.Tokens[k+1].Start), Org
				break
			}
		}
	}
}

// splitAtWords splits a name the tagger ran over a lower-case English word, mostly in
// headlines: "Google unveils Gemini" is "Google" and "Gemini". Lower-case words that stand
// inside names are kept: particles ("Maarten den Bakker"), foreign words ("Gazzetta dello
// Sport", "Kengo wa Dondo"), short words ("Stardust or Stardust"), hyphenated ones
// ("self-rule") and "amp" of an encoded ampersand.
func splitAtWords(ms []Mention, d *text.Doc, look gazetteer.Lookuper) []Mention {
	if look == nil {
		return ms
	}
	return replaceEach(ms, func(m Mention) []Mention {
		k := -1
		for j := m.First + 1; m.Label != Misc && j < m.Last-1 && k < 0; j++ {
			if w := d.Text(j); len(w) >= 4 && allLower(w) && w != "amp" && !strings.ContainsAny(w, "-.") && look.Lookup(w)&gazetteer.CommonWord != 0 {
				k = j
			}
		}
		if k < 0 {
			return nil
		}
		parts := []Mention{}
		if text.StartsUpper(d.Text(m.First)) {
			parts = append(parts, Mention{Start: m.Start, End: int(d.Tokens[k-1].End), Label: m.Label, First: m.First, Last: k, Score: m.Score})
		}
		if text.StartsUpper(d.Text(k + 1)) {
			parts = append(parts, Mention{Start: int(d.Tokens[k+1].Start), End: m.End, Label: m.Label, First: k + 1, Last: m.Last, Score: m.Score})
		}
		return parts
	})
}

// splitAtBodies splits an organization's name the tagger ran over "at" before a school's
// name, when a word of organization names (or "Museum", "Gallery", "Library") stands before
// it: "the Block Museum of Art at Northwestern University" is two. A whole name keeps its
// "at": "University of Texas at Austin" ends in a place.
func splitAtBodies(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	bodyIn := func(first, last int) bool {
		for i := first; i < last; i++ {
			if w := d.Text(i); gazetteer.Kind(info[i].gaz)&gazetteer.OrgWord != 0 && text.StartsUpper(w) || collectionWords[w] {
				return true
			}
		}
		return false
	}
	schoolIn := func(first, last int) bool {
		return slices.ContainsFunc(d.Tokens[first:last], func(t text.Token) bool { return schoolWords[d.Src[t.Start:t.End]] })
	}
	return replaceEach(ms, func(m Mention) []Mention {
		for k := m.First + 1; m.Label == Org && k < m.Last-1; k++ {
			if d.Text(k) == "at" && text.StartsUpper(d.Text(k+1)) && bodyIn(m.First, k) && schoolIn(k+1, m.Last) {
				return []Mention{
					{Start: m.Start, End: int(d.Tokens[k-1].End), Label: Org, First: m.First, Last: k, Score: m.Score},
					{Start: int(d.Tokens[k+1].Start), End: m.End, Label: Org, First: k + 1, Last: m.Last, Score: m.Score},
				}
			}
		}
		return nil
	})
}

// campusNames joins to a school's "University of …" name the campus city the tagger left
// to the next name: "[University of Texas] [Arlington Muslim Student Association]" is one
// organization, "at [University of Texas] [Arlington Amneh Jafari]" a school and a person.
func campusNames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	drop := false
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.Label != Org || m.Last-m.First < 3 || !schoolWords[d.Text(m.First)] || d.Text(m.First+1) != "of" || n.First != m.Last ||
			d.Tokens[n.First].Newlines > 0 || n.Label == Misc || gazetteer.Kind(info[n.First].gaz)&(gazetteer.City|gazetteer.Region) == 0 {
			continue
		}
		if n.Label == Person && n.Last-n.First >= 3 {
			m.Last, m.End = m.Last+1, int(d.Tokens[m.Last].End)
			n.First, n.Start = n.First+1, int(d.Tokens[n.First+1].Start)
			continue
		}
		if n.Label == Org || n.Last-n.First == 1 {
			m.Last, m.End = n.Last, n.End
			n.Label, drop = None, true
		}
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Label == None })
	}
	return ms
}

// countryOfOrigin splits the country a school or body is "of" from its name: "Colorado State
// University of the US" is the university and the US. A name that opens with its kind word
// keeps its country ("the University of the Philippines").
func countryOfOrigin(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	return replaceEach(ms, func(m Mention) []Mention {
		k := m.Last - 3 // "of"
		if m.Label != Org || k-m.First < 2 || d.Text(k) != "of" || d.Text(k+1) != "the" || gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.Country == 0 ||
			gazetteer.Kind(info[k-1].gaz)&gazetteer.OrgWord == 0 || slices.ContainsFunc(d.Tokens[m.First:k], func(t text.Token) bool { return d.Src[t.Start:t.End] == "of" }) {
			return nil
		}
		return []Mention{
			{Start: m.Start, End: int(d.Tokens[k-1].End), Label: Org, First: m.First, Last: k, Score: m.Score},
			{Start: int(d.Tokens[m.Last-1].Start), End: m.End, Label: Place, First: m.Last - 1, Last: m.Last, Score: m.Score},
		}
	})
}

// shipPrefixes open the names of ships: "HMS Queen Elizabeth", "USS Gerald R. Ford", "BRP
// Teresa Magbanua".
var shipPrefixes = text.WordSet(`HMS USS USNS HMAS HMCS HMNZS INS BRP MV RMS RV`)

// shipNames makes one Misc name of a ship's prefix and the capitalized words after it, taking in
// the names the tagger found there: a ship is no person ("Queen Elizabeth", "R. Ford"), place
// or organization.
func shipNames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	var ships []Mention
	for i := 0; i+1 < len(d.Tokens); i++ {
		if !shipPrefixes[d.Text(i)] || d.Tokens[i+1].Newlines > 0 || !text.StartsUpper(d.Text(i+1)) || d.Tokens[i+1].Kind != text.Word {
			continue
		}
		e, body := i+1, false
		for e < len(d.Tokens) && d.Tokens[e].Newlines == 0 && d.Tokens[e].Kind == text.Word && text.StartsUpper(d.Text(e)) {
			// a title or a body's word says the prefix is a body's initials: "INS
			// Commissioner Doris Meissner", "RMS International Inc."
			body = body || titleEnd(d, info, e) && !styleTitles[d.Text(e)] || gazetteer.Kind(info[e].gaz)&gazetteer.OrgWord != 0
			e++
		}
		if body {
			i = e - 1
			continue
		}
		ships = append(ships, Mention{Start: int(d.Tokens[i].Start), End: int(d.Tokens[e-1].End), First: i, Last: e, Score: 1, Label: Misc})
		i = e - 1
	}
	if ships == nil {
		return ms
	}
	out := make([]Mention, 0, len(ms)+len(ships))
	k := 0
	for _, m := range ms {
		for k < len(ships) && ships[k].First < m.First && ships[k].Last <= m.First {
			out = append(out, ships[k])
			k++
		}
		if k < len(ships) && m.First < ships[k].Last && ships[k].First < m.Last {
			if m.Last > ships[k].Last { // a name running past the ship's: the ship ends there
				ships[k].Last, ships[k].End = m.Last, m.End
			}
			continue
		}
		out = append(out, m)
	}
	return append(out, ships[k:]...)
}

// buildingWords end the names of buildings and grounds, which are often named for a person:
// "Walt Disney Concert Hall", "John F. Kennedy Center", "Arthur Ashe Stadium".
var buildingWords = text.WordSet(`Hall Center Centre Stadium Arena Theatre Theater Museum Library
	Airport Auditorium Pavilion Field Tower Building Bridge`)

// namedForPeople joins a person's name to the building name the tagger found right after it,
// or the capitalized words ending in a building word it left untagged there: "[Walt Disney]
// [Concert Hall]" is one place, named for a person who is not in the story.
func namedForPeople(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	drop := false
	for i := range ms {
		m := &ms[i]
		k := m.Last
		if m.Label != Person || k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 || d.Src[m.End:d.Tokens[k].Start] != " " ||
			info[k].line == lineTitle || info[k].line == lineCaps {
			continue // (in a title-case headline every word is capitalized)
		}
		e := k
		for e < len(d.Tokens) && e < k+3 && d.Tokens[e].Newlines == 0 && d.Tokens[e].Kind == text.Word && text.StartsUpper(d.Text(e)) && (i+1 == len(ms) || ms[i+1].First >= k) {
			e++
		}
		if e == k || !buildingWords[d.Text(e-1)] {
			continue
		}
		if i+1 < len(ms) && ms[i+1].First == k {
			if ms[i+1].Last != e {
				continue // the next name goes on past the building's
			}
			ms[i+1].Label, drop = None, true
		} else if i+1 < len(ms) && ms[i+1].First < e {
			continue
		}
		m.Last, m.End, m.Label = e, int(d.Tokens[e-1].End), Place
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Label == None })
	}
	return ms
}

// collectionWords name institutions that a school may hold: "the Block Museum of Art at
// Northwestern University".
var collectionWords = map[string]bool{"Museum": true, "Gallery": true, "Library": true, "Collection": true, "Collections": true}

// replaceEach returns ms with each mention for which parts gives a list replaced by that list
// (empty: dropped); parts gives nil to keep a mention as it is. The result is ms itself when
// nothing changes, so a pass that finds nothing to split allocates nothing.
func replaceEach(ms []Mention, parts func(m Mention) []Mention) []Mention {
	var out []Mention // nil until the first change
	for i, m := range ms {
		p := parts(m)
		if p == nil {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+len(p)), ms[:i]...)
		}
		out = append(out, p...)
	}
	if out == nil {
		return ms
	}
	return out
}

// productNouns follow a product's name: "its Claude models", "the Gemini app".
var productNouns = text.WordSet(`model models chatbot chatbots assistant app apps software phone phones
	smartphone smartphones laptop laptops console consoles chip chips processor processors SUV SUVs
	sedan sedans jet jets drone drones`)

// productNames makes Misc (a product) of a person's name right before a product noun, which
// the tagger, trained on 1996 news, takes for a person ("Anthropic's Claude models", "the
// Alexa app"), or for an organization after its maker's possessive ("Nvidia's Blackwell
// chips"), and of a name with a model number wherever the article writes one before a
// product noun ("its VF 8 and VF 9 SUVs"; a score such as "LG 3 OB 2" has none).
func productNames(ms []Mention, d *text.Doc) {
	var models map[string]bool // names written with a model number before a product noun
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last+1 >= len(d.Tokens) || d.Tokens[m.Last].Newlines > 0 {
			continue
		}
		if productNouns[d.Text(m.Last)] && (m.Label == Person || m.First > 0 && isPossessive(d.Text(m.First-1))) {
			m.Label = Misc // after an owner's 's, any name: "the company's Blackwell chips"
		}
		for j := m.First; j < m.Last && m.Label == Person; j++ {
			if w := d.Text(j); modelCode(w) {
				m.Label = Misc // "Galaxy S25 Edge": no person's name holds a model code
			}
		}
		if d.Tokens[m.Last].Kind == text.Number && productNouns[d.Text(m.Last+1)] {
			if models == nil {
				models = map[string]bool{}
			}
			models[d.Src[m.Start:m.End]] = true // "its VF 8 and VF 9 SUVs"
		}
	}
	if models == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label != Misc && models[d.Src[m.Start:m.End]] && m.Last < len(d.Tokens) && d.Tokens[m.Last].Kind == text.Number {
			m.Label = Misc
		}
	}
}

// eventWords end the names of events: "the Paris Olympics", "the Asian Games", "the World
// Cup", "the Australian Open", "the Monaco Grand Prix".
var eventWords = text.WordSet(`Olympics Paralympics Games Cup Championship Championships Open Prix
	Festival Expo Marathon Biennale`)

// lawWords end the names of laws, plans and treaties: "the Marshall Plan", "the Affordable
// Care Act", "the Paris Agreement".
var lawWords = text.WordSet(`Plan Act Doctrine Treaty Accord Accords Agreement Protocol Amendment`)

// regionWords end the names of regions: "Maui County", "Samara Oblast".
var regionWords = text.WordSet(`County Province District Prefecture Oblast Governorate Region Parish Borough Township`)

// unitWords end the names of units of an organization, or of a publication: "the Homicide and
// Major Enquiry Team", "the Serious Crime Unit", "Freedom Magazine".
var unitWords = text.WordSet(`Team Unit Squad Taskforce Brigade Battalion Regiment Division
	Magazine Journal Gazette Tribune`)

// partyPlurals end the names of parties and their members taken together: "the Free
// Democrats", "the Christian Democrats", "the Sweden Democrats".
var partyPlurals = text.WordSet(`Democrats Republicans Socialists Conservatives Liberals Greens
	Nationalists Unionists Communists Tories`)

// lastWordKinds types a name of two words or more by its last word, where the tagger, trained
// on 1996 wire copy, read a title-case headline or a first name ("Christian", "Free") as a
// person: an event or a law is none of the reported types (Misc), a party or a unit is an
// organization. A name the lists know as an organization keeps its type ("Epic Games").
func lastWordKinds(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First < 2 || m.End <= m.Start {
			continue
		}
		w := d.Text(m.Last - 1)
		switch {
		case eventWords[w] && !(w == "Games" && m.Label == Org) || lawWords[w]: // "Epic Games" is a firm
			if look == nil || look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Org|gazetteer.Company|gazetteer.Team) == 0 {
				m.Label = Misc
			}
		case partyPlurals[w] && m.Label == Person:
			m.Label = Org
		case m.Label == Person && regionWords[w]:
			m.Label = Place // "Maui County Mayor Richard Bissen"
		case m.Label == Person && gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.PlaceWord != 0 && gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.FirstName == 0 &&
			(gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.Surname == 0 || m.First > 0 && royalTitles[d.Text(m.First-1)] && d.Tokens[m.First].Newlines == 0):
			// "the light rail stop at Prince Alfred Square": a square, with the title the
			// tagger took for a person's ("Hall" or "Street" alone ends surnames too)
			m.Label = Place
			if m.First > 0 && royalTitles[d.Text(m.First-1)] {
				m.First--
				m.Start = int(d.Tokens[m.First].Start)
			}
		case m.Label == Person && (unitWords[w] || gazetteer.Kind(info[m.Last-1].gaz)&(gazetteer.OrgWord|gazetteer.Surname|gazetteer.FirstName) == gazetteer.OrgWord):
			m.Label = Org // "Major Enquiry Team", "Serious Crime Unit"
		case (m.Label == Org || m.Label == Person) && featureEnds[w] || m.Label == Person && featureStarts[d.Text(m.First)]:
			m.Label = Place // "Hong Kong Island", "Scarborough Shoal", "Lake Balkhash"
		}
	}
}

// featureEnds end and featureStarts open names of islands, reefs, lakes and mountains, which
// no person's or organization's name does ("Mount Sinai" the hospital opens with a word of
// featureStarts, so they are asked of people only).
var (
	featureEnds   = text.WordSet(`Island Islands Shoal Reef Atoll Strait Peninsula Archipelago Glacier`)
	featureStarts = text.WordSet(`Lake Mount Mt. Cape Isle`)
)

// peopleOfPlaces corrects a lone word the tagger called a person that the lists know as a place
// or as a country's adjective: after "the" it is the river, sea or landmark the lists know
// ("over the Nile"; Nile is a first name too; "the Clinton campaign" names a person), and a word that is a country's name without its final s is the country's
// adjective, no one ("the Philippine side"). The same word elsewhere in the article goes with
// it.
func peopleOfPlaces(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	var places, adjectives map[uint64]bool
	for _, m := range ms {
		if m.Label != Person || m.Last-m.First != 1 {
			continue
		}
		w, form := d.Text(m.First), info[m.First].h.form
		if m.First > 0 && (d.Text(m.First-1) == "the" || d.Text(m.First-1) == "The") && gazetteer.Kind(info[m.First].gaz)&gazetteer.Place != 0 && !modifies(d, m.Last) {
			if places == nil {
				places = map[uint64]bool{}
			}
			places[form] = true
		}
		if !strings.HasSuffix(w, "s") && look.Lookup(w+"s")&gazetteer.Country != 0 {
			if adjectives == nil {
				adjectives = map[uint64]bool{}
			}
			adjectives[form] = true
		}
	}
	if places == nil && adjectives == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label != Person || m.Last-m.First != 1 {
			continue
		}
		switch form := info[m.First].h.form; {
		case adjectives[form]:
			m.Label = Misc
		case places[form]:
			m.Label = Place
		}
	}
}

// modifies reports whether a lower-case word other than a function word follows at token k,
// which the name before it modifies: "the Clinton campaign".
func modifies(d *text.Doc, k int) bool {
	return k < len(d.Tokens) && d.Tokens[k].Newlines == 0 && d.Tokens[k].Kind == text.Word && allLower(d.Text(k)) && !isFunctionWord(d.Text(k))
}

// royalTitles open names of streets and squares named for royals and saints: "Prince Alfred
// Square", "King William Street".
var royalTitles = text.WordSet(`Prince Princess King Queen Duke St St. Saint`)

// definedTerms makes Misc of an acronym that the article spells out in lower case right
// before it, "high-bandwidth memory, or HBM" or "carbon capture and storage (CCS)", and of
// every other mention written the same: a term, not the name of an organization.
func definedTerms(ms []Mention, d *text.Doc) {
	var terms map[string]bool
	for i := range ms {
		m := ms[i]
		if m.Label == Misc || m.Last-m.First != 1 || m.First < 3 {
			continue
		}
		w := d.Text(m.First)
		if n := text.CapsLetters(w); n < 2 || n != len(w) || len(w) > 6 {
			continue
		}
		k := m.First - 1 // the last word of the spelled-out term
		switch {
		case d.Text(k) == "(":
			k--
		case d.Text(k) == "or" && d.Text(k-1) == ",":
			k -= 2
		default:
			continue
		}
		if spelledOut(d, k, w) {
			if terms == nil {
				terms = map[string]bool{}
			}
			terms[w] = true
		}
	}
	if terms == nil {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.Last-m.First == 1 && terms[d.Text(m.First)] {
			m.Label = Misc
		}
	}
}

// productInitials makes Misc of the initials of a product, a law or an event the article
// names in full, with or without a version number: "IE6" and "IE" after "Internet Explorer",
// "ACA" after "Affordable Care Act". The tagger, seeing capitals, calls them organizations.
func productInitials(ms []Mention, d *text.Doc) {
	var initials map[string]bool
	for _, m := range ms {
		if m.Label != Misc || m.Last-m.First < 2 {
			continue
		}
		var b []byte
		for i := m.First; i < m.Last; i++ {
			if w := d.Text(i); text.StartsUpper(w) && d.Tokens[i].Kind == text.Word {
				b = append(b, w[0])
			}
		}
		if len(b) >= 2 {
			if initials == nil {
				initials = map[string]bool{}
			}
			initials[string(b)] = true
		}
	}
	if initials == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First != 1 {
			continue
		}
		w := strings.TrimRight(d.Text(m.First), "0123456789")
		if len(w) >= 2 && text.CapsLetters(w) == len(w) && initials[w] {
			m.Label = Misc
		}
	}
}

// spelledOut reports whether the lower-case words ending at token k start with the letters
// of acronym, in order: each word and each part of a hyphenated word gives its initial, and
// "and", "of" and "the" may give none.
func spelledOut(d *text.Doc, k int, acronym string) bool {
	n := len(acronym)
	for ; k >= 0 && n > 0; k-- {
		w := d.Text(k)
		if d.Tokens[k].Kind != text.Word || w[0] < 'a' || w[0] > 'z' {
			return false
		}
		parts := strings.Split(w, "-")
		for p := len(parts) - 1; p >= 0 && n > 0; p-- {
			if parts[p] == "" {
				continue
			}
			switch {
			case parts[p][0] == acronym[n-1]+'a'-'A':
				n--
			case w == "and" || w == "of" || w == "the":
			default:
				return false
			}
		}
	}
	return n == 0
}

// awardNames makes Misc of a "person" right after "the" that someone receives, wins or is awarded:
// "received the Padma Shri from President Ram Nath Kovind", "won the Ballon d'Or". A person is
// not received or won with an article; "won the Jane Austen prize" keeps its noun after the
// name and is left alone. A sponsor's name before an award's is cut from it.
func awardNames(ms []Mention, d *text.Doc) {
	for i := range ms {
		m := &ms[i]
		if m.Label != Person || m.First < 2 || d.Text(m.First-1) != "the" || !awardVerbs[d.Text(m.First-2)] {
			continue
		}
		if modifies(d, m.Last) {
			continue // "won the Jane Austen prize": the name modifies the noun
		}
		m.Label = Misc
	}
	for i := range ms {
		m := &ms[i]
		if k := m.Last; m.Last-m.First >= 2 && k+2 < len(d.Tokens) && awardHolders[d.Text(k-1)] && d.Text(k) == "of" && d.Text(k+1) == "the" && awardSpans[d.Text(k+2)] {
			// "the [Budweiser Man] of the Match award": the sponsor's name ends before the award
			m.Last--
			m.End = int(d.Tokens[m.Last-1].End)
		}
	}
}

// awardHolders open and awardSpans end the names of sports awards: "Man of the Match",
// "Player of the Month".
var (
	awardHolders = text.WordSet(`Man Woman Player Players Manager Goal Save Team`)
	awardSpans   = text.WordSet(`Match Month Year Season Week Tournament Series Day Game Round`)
)

// sectionLabels makes Misc of common words a web page's reading-time line carries: "Health and
// Science | 5 min read" names the site's sections, no organization.
func sectionLabels(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc {
			continue
		}
		common := true
		for j := m.First; j < m.Last && common; j++ {
			common = gazetteer.Kind(info[j].gaz)&gazetteer.CommonWord != 0
		}
		if !common {
			continue
		}
		a, b := m.First, m.Last
		for a > 0 && d.Tokens[a].Newlines == 0 {
			a--
		}
		for b < len(d.Tokens) && d.Tokens[b].Newlines == 0 {
			b++
		}
		for k := a; k+2 < b; k++ {
			if d.Tokens[k].Kind == text.Number && d.Text(k+1) == "min" && d.Text(k+2) == "read" {
				m.Label = Misc
				break
			}
		}
	}
}

// pluralRoles makes Misc of a lone word opening a line or sentence before a lower-case word
// that is the plural of a word for people's roles and no name the lists know: "Councillors
// approve 20mph limit", where the capital is the headline's; and cuts such a word and "of"
// from a name they open ("Residents of Selkirk" is Selkirk).
func pluralRoles(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First != 1 || m.Last >= len(d.Tokens) || d.Tokens[m.Last].Newlines > 0 || !allLower(d.Text(m.Last)) {
			continue
		}
		if k := m.First - 1; k >= 0 && d.Tokens[m.First].Newlines == 0 && !(d.Tokens[k].Kind == text.Punct && (d.Text(k) == "." || d.Text(k) == "!" || d.Text(k) == "?")) {
			continue
		}
		if pluralRole(d, info, m.First) {
			m.Label = Misc
		}
	}
	// "Residents of Selkirk were told to leave": the people are no part of the name after "of"
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First < 3 || d.Text(m.First+1) != "of" || !pluralRole(d, info, m.First) {
			continue
		}
		role := m.First
		m.First += 2
		if strings.EqualFold(d.Text(m.First), "the") && m.Last-m.First >= 2 {
			m.First++
		}
		m.Start = int(d.Tokens[m.First].Start)
		if g := gazetteer.Kind(info[m.First].gaz); dwellerWords[d.Text(role)] && g&(gazetteer.Org|gazetteer.Company) == 0 {
			m.Label = Place // people live in a place: "Residents of Selkirk"
		}
	}
}

// dwellerWords are people of a place: "Residents of Selkirk".
var dwellerWords = text.WordSet(`Residents Citizens Inhabitants Natives residents citizens inhabitants natives`)

// pluralRole reports whether token k is the plural of a word for people's roles and no name
// the lists know: "Councillors", "Residents".
func pluralRole(d *text.Doc, info []tokInfo, k int) bool {
	stem, ok := strings.CutSuffix(d.Text(k), "s")
	if !ok || info[k].gaz != 0 && gazetteer.Kind(info[k].gaz)&^(gazetteer.CommonWord|gazetteer.RoleNoun) != 0 {
		return false
	}
	return gazetteer.LookupLower(stem)&gazetteer.RoleNoun != 0
}

// awardVerbs take an award as their object: "received the Padma Shri".
var awardVerbs = text.WordSet(`received receives receive receiving won wins win winning awarded
	conferred accepted accepts collected collects bestowed`)

// quotedTitles makes Misc (a work) of a name of three words or more that fills a quotation,
// apart from an article before it and a comma or stop after it: a title in quotation marks
// ("“The Life of a Showgirl,”", "“The Fate of Ophelia”") names an album, a song or a book,
// not an organization.
func quotedTitles(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label != Misc && m.Last-m.First < 3 && !(m.Label == Person && m.Last-m.First > 1 && !commonPair(info, m)) && inTitleQuote(d, m.First, m.Last) {
			// "The Princess Bride": a word of a title is no name of its own (a person's full
			// name stays one: "No Jennifer Lopez News Today", but "Merry Christmas, Mr.
			// Lawrence" names no one)
			m.Label = Misc
			continue
		}
		if m.Label == Misc || m.Last-m.First < 3 {
			continue
		}
		open := m.First - 1
		if open >= 0 && (d.Text(open) == "The" || d.Text(open) == "A" || d.Text(open) == "An") {
			open--
		}
		closing := m.Last
		if closing < len(d.Tokens) && (d.Text(closing) == "," || d.Text(closing) == ".") {
			closing++
		}
		if open >= 0 && closing < len(d.Tokens) && d.Tokens[open].Kind == text.Quote && d.Tokens[closing].Kind == text.Quote {
			m.Label = Misc
		}
	}
}

// commonPair reports whether person mention m opens with a word that is also a common word and
// ends in none the lists know as a surname: "Merry Christmas" is no one's name, "Rose Byrne"
// and "Jennifer Lopez" are.
func commonPair(info []tokInfo, m *Mention) bool {
	return gazetteer.Kind(info[m.First].gaz)&gazetteer.CommonWord != 0 && gazetteer.Kind(info[m.Last-1].gaz)&gazetteer.Surname == 0
}

// smallTitleWords stay in lower case inside titles: "Stand by Me", "All in the Family".
var smallTitleWords = text.WordSet(`a an the and or of in on at by for to with from`)

// inTitleQuote reports whether tokens [first, last) lie inside a quotation of two to eight
// words on one line, every word capitalised but the small ones (a comma or colon may stand
// before a capitalised word), and more words than the name:
// the title of a work ("“The Princess Bride”", "“When Harry Met Sally”").
func inTitleQuote(d *text.Doc, first, last int) bool {
	open := first - 1
	for open >= 0 && first-open <= 8 && !quoteMark(d, open) {
		open--
	}
	if open < 0 || !quoteMark(d, open) {
		return false
	}
	closing := last
	for closing < len(d.Tokens) && closing-last <= 8 && !quoteMark(d, closing) {
		closing++
	}
	if closing >= len(d.Tokens) || !quoteMark(d, closing) {
		return false
	}
	words := 0
	for j := open + 1; j < closing; j++ {
		if d.Tokens[j].Newlines > 0 {
			return false
		}
		w := d.Text(j)
		switch {
		case d.Tokens[j].Kind == text.Word && text.StartsUpper(w):
			words++
		case d.Tokens[j].Kind == text.Word && smallTitleWords[w] && j > open+1:
			words++
		case d.Tokens[j].Kind == text.Punct && (w == "," || w == ".") && j == closing-1:
		case d.Tokens[j].Kind == text.Punct && (w == "," || w == ":") && j > open+1 && j < closing-1 && d.Tokens[j+1].Kind == text.Word && text.StartsUpper(d.Text(j+1)):
			// "Merry Christmas, Mr. Lawrence", "Ryuichi Sakamoto: Coda": a comma or colon
			// inside a title, before a capitalised word
		default:
			return false
		}
	}
	return words >= 2 && words <= 8 && words > last-first
}

// modelCode reports whether w mixes letters and digits as product codes do ("S25", "M4",
// "A18").
func modelCode(w string) bool {
	letters, digits := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case unicode.IsLetter(r):
			letters = true
		}
	}
	return letters && digits
}

// speciesNames: a capitalised word followed by a lower-case Latin epithet is the scientific name
// of a species ("Formica fusca", "Beauveria bassiana", "Aedes aegypti"), no person, place or
// organization. The epithet is no English word and ends as Latin words do.
func speciesNames(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First != 1 || m.Last >= len(d.Tokens) || d.Tokens[m.Last].Newlines > 0 || d.Src[m.End:d.Tokens[m.Last].Start] != " " {
			continue
		}
		if w := d.Text(m.Last); latinEpithet(w) && look.Lookup(w)&gazetteer.CommonWord == 0 {
			m.Label = Misc
		}
	}
}

// latinEpithet reports whether w has the shape of a species epithet: five or more lower-case
// ASCII letters ending in a Latin ending.
func latinEpithet(w string) bool {
	if len(w) < 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	for _, end := range []string{"a", "ae", "i", "us", "um", "is", "ens", "oides"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

func isUnitWord(w string) bool {
	for _, u := range numberedUnits {
		if strings.EqualFold(w, u) {
			return true
		}
	}
	return false
}

// alnum reports whether s is only ASCII letters and digits ("32BJ", "987"; not "1,000" or "5%").
func alnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return s != ""
}

// Evidence about one name's possessive form "X's" across the article, in table values.
const (
	possAlone   = 1 << iota // X is a mention on its own somewhere, not followed by 's
	possNoun                // "X's" stands on its own as a noun somewhere ("at Denny's on Tuesday")
	possCompany             // "X's" opens a company name somewhere ("Boatmen's Bancshares Inc.")
)

// possessives makes a possessive brand one organization name: "McDonald's", "Denny's". See
// wholeNames for the evidence asked for. The bare name used on its own in the article (or as a
// person's surname) outweighs all of it, the gazetteer included ("King's" is a college too).
func (sc *scratch) possessives(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	n := len(d.Tokens)
	// A place the tagger gave its 's ("Denny's") is an organization when it is named after a
	// person, as businesses are; "Lord's" and "St Paul's" stay places. A person's name never
	// ends in 's: the evidence below decides whether it is a brand ("Larry King's show" is his).
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First < 2 || !isPossessive(d.Text(m.Last-1)) {
			continue
		}
		switch {
		case m.Label == Place && namedAfterPerson(info, m.First, m.Last-1):
			m.Label = Org
		case m.Label == Person:
			m.Last--
			m.End = int(d.Tokens[m.Last-1].End)
		}
	}
	// A name opening with a word of organization names right after a capitalized word's 's
	// that no mention holds is one name from that word on: "King's College London", "Queen's
	// University" (the tagger finds "College London" alone, as a person's name).
	for i := range ms {
		m := &ms[i]
		f := m.First
		if m.Label == Misc || f < 2 || !isPossessive(d.Text(f-1)) || !text.StartsUpper(d.Text(f-2)) || !info[f-2].word ||
			gazetteer.Kind(info[f].gaz)&gazetteer.OrgWord == 0 || d.Tokens[f-1].Newlines > 0 || d.Tokens[f].Newlines > 0 ||
			int(d.Tokens[f-2].End) != int(d.Tokens[f-1].Start) || i > 0 && ms[i-1].Last > f-2 {
			continue
		}
		m.First, m.Start, m.Label = f-2, int(d.Tokens[f-2].Start), Org
	}
	followed := func(m Mention) bool {
		return m.Last < n && d.Tokens[m.Last].Newlines == 0 && isPossessive(d.Text(m.Last))
	}
	cand := false
	for _, m := range ms {
		if m.Label != Misc && followed(m) {
			cand = true
			break
		}
	}
	if !cand {
		return ms
	}
	sc.cons.reset(len(ms))
	for j, m := range ms {
		if m.Label == Misc {
			continue
		}
		if m.Label == Person && m.Last-m.First >= 2 {
			// "Colin Powell" names a person, so "Powell's" is his
			sc.cons.vals[sc.cons.slot(formSeq(info, m.Last-1, m.Last))] |= possAlone
		}
		key := formSeq(info, m.First, m.Last)
		if !followed(m) {
			sc.cons.vals[sc.cons.slot(key)] |= possAlone
			continue
		}
		var v uint32
		if noun(d, m.Last+1) {
			v |= possNoun
		}
		if j+1 < len(ms) && companyAfter(ms[j+1], m.Last+1, d, info) {
			v |= possCompany
		}
		sc.cons.vals[sc.cons.slot(key)] |= v
	}
	drop := false
	for j := range ms {
		m := &ms[j]
		if m.Label == Misc || m.Label == None || !followed(*m) || j+1 < len(ms) && ms[j+1].First <= m.Last && !companyAfter(ms[j+1], m.Last+1, d, info) {
			// None: merged into the brand before it ("John's Church Press's")
			continue
		}
		if !brand(*m, sc.cons.get(formSeq(info, m.First, m.Last)), d, info, look) {
			continue
		}
		m.Last++
		m.End = int(d.Tokens[m.Last-1].End)
		m.Label = Org
		if j+1 < len(ms) && companyAfter(ms[j+1], m.Last, d, info) {
			m.Last, m.End = ms[j+1].Last, ms[j+1].End
			ms[j+1].Label = None // merged
			drop = true
		}
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Label == None })
	}
	return ms
}

// brand decides whether mention m, followed by 's, is a possessive brand, from the
// article-wide evidence ev about its name.
func brand(m Mention, ev uint32, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) bool {
	if ev&possAlone != 0 {
		return false // the bare name is a name of its own here: "Larry King ... King's show"
	}
	if look != nil {
		ps := d.Tokens[m.Last]
		var whole string
		if int(ps.Start) == m.End && d.Src[ps.Start] == '\'' {
			whole = d.Src[m.Start:ps.End]
		} else {
			whole = d.Src[m.Start:m.End] + "'s" // rare: a curly or spaced apostrophe
		}
		if look.Lookup(whole)&(gazetteer.Company|gazetteer.Org) != 0 {
			return true
		}
	}
	if ev&(possNoun|possCompany) == 0 {
		return false
	}
	// A place's or a full name's possessive is just that ("Ukraine's.", "Dan Savage's").
	if m.Label == Person && m.Last-m.First >= 2 || m.Last-m.First > 3 {
		return false
	}
	g := gazetteer.Kind(info[m.First].gaz)
	if m.Last-m.First == 1 && g&gazetteer.AnyPlace != 0 && g&(gazetteer.FirstName|gazetteer.Surname) == 0 {
		return false
	}
	if look != nil && look.Lookup(d.Src[m.Start:m.End])&(gazetteer.AnyPlace|gazetteer.Org) != 0 {
		return false
	}
	if ev&possCompany != 0 && look != nil && look.Lookup(d.Src[m.Start:m.End])&gazetteer.Company != 0 {
		return false // "Alphabet's Google Inc": a company's possessive
	}
	return true
}

// namedAfterPerson reports whether tokens [first, last) are a person's name (a first name or
// surname, not a title such as "Lord").
func namedAfterPerson(info []tokInfo, first, last int) bool {
	g := gazetteer.Kind(info[first].gaz)
	return last-first == 1 && g&(gazetteer.FirstName|gazetteer.Surname) != 0 && g&(gazetteer.PersonTitle|gazetteer.AnyPlace) == 0
}

// companyAfter reports whether mention o starts at token k and is a company name ending in a
// corporate word ("Bancshares Inc.").
func companyAfter(o Mention, k int, d *text.Doc, info []tokInfo) bool {
	if o.First != k || o.Label != Org || k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 {
		return false
	}
	return gazetteer.Kind(info[o.Last-1].gaz)&gazetteer.OrgWord != 0
}

// nounAfter are the words that may follow a possessive name standing on its own as a noun ("at
// Denny's on Tuesday", "Boatmen's was the prize") but hardly a possessive ("Trump's plan").
var nounAfter = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "for": true, "with": true, "from": true, "by": true,
	"near": true, "was": true, "is": true, "will": true, "would": true, "could": true, "can": true,
	"since": true, "after": true, "before": true, "when": true, "because": true, "but": true,
	"where": true, "than": true, "as": true, "said": true, "says": true,
}

// noun reports whether the possessive ending before token k stands on its own as a noun: what
// follows is punctuation, the line's end or a word in nounAfter. A coordinated possessive is
// skipped ("Macy's and Sotheby's." is two nouns, "Trump's and Biden's plans" two possessives).
func noun(d *text.Doc, k int) bool {
	for {
		if k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 {
			return true
		}
		w := d.Text(k)
		switch d.Tokens[k].Kind {
		case text.Punct:
			return w != "-" && w != "(" && w != "[" && w != "]" // "[Trump's] comments"
		case text.Word:
			if w != "and" && w != "or" {
				return nounAfter[w]
			}
		default:
			return false
		}
		k++ // after "and": skip a capitalized name; a possessive after it is looked past
		k0 := k
		for k < len(d.Tokens) && d.Tokens[k].Newlines == 0 && (d.Text(k) == "&" || text.StartsUpper(d.Text(k))) {
			k++
		}
		if k == k0 {
			return false // "Trump's and the party's plans"
		}
		if k >= len(d.Tokens) || d.Tokens[k].Newlines > 0 || !isPossessive(d.Text(k)) {
			return true // "McDonald's and Burger King walked out"
		}
		k++
	}
}

// regionsBeforeTitles makes a place of a lone word the lists know as a region or a country,
// and as no name of a person or body, right before a capitalized title and a person's name:
// "Sindh Chief Minister Murad Ali Shah" (the tagger said organization), "Punjab Chief Minister
// Maryam Nawaz" (it said nothing). A word after another capitalized word is part of a longer
// name ("New South Wales Premier") and is left alone.
func regionsBeforeTitles(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	var add []Mention
	for i, p := range ms {
		if p.Label != Person {
			continue
		}
		t := p.First
		for t > 0 && p.First-t < 3 && d.Tokens[t].Newlines == 0 && (officeTitle(d, t-1) || t < p.First && titleOpeners[d.Text(t-1)]) {
			t-- // "Chief Minister", "Governor", "Deputy Prime Minister"
		}
		k := t - 1
		if t == p.First || k < 0 || d.Tokens[t].Newlines > 0 || !info[k].word || !text.StartsUpper(d.Text(k)) ||
			k > 0 && d.Tokens[k].Newlines == 0 && text.StartsUpper(d.Text(k-1)) && info[k-1].word {
			continue
		}
		g := gazetteer.Kind(info[k].gaz)
		if g&(gazetteer.Region|gazetteer.Country) == 0 || g&(gazetteer.FirstName|gazetteer.Surname|gazetteer.Org|gazetteer.Company|gazetteer.Team|gazetteer.Demonym) != 0 {
			continue
		}
		switch {
		case i > 0 && ms[i-1].First == k && ms[i-1].Last == k+1:
			ms[i-1].Label = Place // an organization or, "Punjab", an other name to the tagger
		case i == 0 || ms[i-1].Last <= k:
			add = append(add, Mention{Start: int(d.Tokens[k].Start), End: int(d.Tokens[k].End), First: k, Last: k + 1, Score: 1, Label: Place})
		}
	}
	if add == nil {
		return ms
	}
	ms = append(ms, add...)
	slices.SortFunc(ms, func(a, b Mention) int { return a.First - b.First })
	return ms
}

// titleOpeners open a title of office before its noun: "Chief Minister", "Deputy Governor".
var titleOpeners = text.WordSet(`Chief Deputy Vice Prime First Acting Interim Lieutenant Assistant
	Foreign Finance Interior Defence Defense Health Home`)

// employers makes an organization of a lone word tagged a person right before a possessive
// and a person's name that opens with a given name: "Morningstar’s Seth Goldstein",
// "Wedbush's Dan Ives" name the analyst's firm. One the lists know as a given name, a place
// or only as a surname, or a word of a longer person's name in the article ("Donald Trump"
// … "Trump's Steve Bannon"), stays a person; so does an owner before a title ("Smith's Chief
// of Staff Ann Lee"), which the name does not follow at once. The same word elsewhere in the
// article is the firm.
func employers(ms []Mention, d *text.Doc, info []tokInfo) {
	var forms map[uint64]bool
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], ms[k]
		if p.Label != Person || m.Label != Person || p.Last-p.First != 1 || m.Last-m.First < 2 ||
			m.First != p.Last+1 || !isPossessive(d.Text(p.Last)) || d.Tokens[m.First].Newlines > 0 ||
			gazetteer.Kind(info[m.First].gaz)&gazetteer.FirstName == 0 ||
			gazetteer.Kind(info[p.First].gaz)&(gazetteer.FirstName|gazetteer.AnyPlace) != 0 {
			continue
		}
		if g := gazetteer.Kind(info[p.First].gaz); g&gazetteer.Surname != 0 && g&(gazetteer.CommonWord|gazetteer.Company) == 0 {
			continue // "Bernstein's Toni Sacconaghi" may be a person's aide: a surname alone stays one
		}
		if forms == nil {
			forms = map[uint64]bool{}
		}
		forms[formSeq(info, p.First, p.Last)] = true
	}
	if forms == nil {
		return
	}
	for _, m := range ms { // "Jim Morningstar" elsewhere: the word is a name's
		for k := m.First; m.Label == Person && m.Last-m.First >= 2 && k < m.Last; k++ {
			delete(forms, formSeq(info, k, k+1))
		}
	}
	for i := range ms {
		if m := &ms[i]; m.Label == Person && m.Last-m.First == 1 && forms[formSeq(info, m.First, m.Last)] {
			m.Label = Org
		}
	}
}

// ownedPeople makes a person of a name of two or three words that opens with a given name
// or ends in a surname, found right after an organization's possessive: "DAB's Elizabeth
// Quat". The tagger, seeing an organization run on, calls the name one too. (A place stays
// one: "Real Madrid's Santiago Bernabeu".) The same words elsewhere in the article are the
// same person.
func ownedPeople(ms []Mention, d *text.Doc, info []tokInfo) {
	var forms map[uint64]bool
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], ms[k]
		if p.Label != Org || m.Label != Org || m.Last-m.First < 2 || m.Last-m.First > 3 ||
			m.First != p.Last+1 || !isPossessive(d.Text(p.Last)) || d.Tokens[m.First].Newlines > 0 {
			continue
		}
		first, last := gazetteer.Kind(info[m.First].gaz), gazetteer.Kind(info[m.Last-1].gaz)
		if first&gazetteer.FirstName == 0 && last&gazetteer.Surname == 0 {
			continue // "DAB's Starry Lee": a given name, or a surname
		}
		// no word of organization, team or product names, and after the first (Regina is a
		// city too) none of places
		const body = gazetteer.OrgWord | gazetteer.PlaceWord | gazetteer.Company | gazetteer.Org | gazetteer.Team | gazetteer.Product
		plain := first&body == 0
		for i := m.First + 1; i < m.Last; i++ {
			plain = plain && d.Tokens[i].Kind == text.Word && text.StartsUpper(d.Text(i)) && gazetteer.Kind(info[i].gaz)&(body|gazetteer.AnyPlace) == 0
		}
		if plain {
			if forms == nil {
				forms = map[uint64]bool{}
			}
			forms[formSeq(info, m.First, m.Last)] = true
		}
	}
	for i := range ms {
		if m := &ms[i]; forms != nil && m.Label != Misc && forms[formSeq(info, m.First, m.Last)] {
			m.Label = Person
		}
	}
}
