package resolve

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
)

// Describe adds to the person entities what the story says about them beyond their names: the
// role it gives ("Kremlin spokesman Dmitry Peskov", "Sam Okafor, president of the union,", "The
// mayor, Dana Whitfield,"), the age ("Casey Pike, 26,", "26-year-old Casey Pike") and the
// gender its own pronouns tell ("she" in a sentence that names no other person). The article's
// words outrank the first name: a courtesy title first, then pronouns, then the first name's
// statistics. names and ids are as given to and returned by Resolve.
func Describe(d *text.Doc, names []Name, ids []int, ents []Entity) {
	if d == nil || len(d.Tokens) == 0 {
		return
	}
	votes := make([][2]int, len(ents)) // male, female
	for i, n := range names {
		e := ids[i]
		if n.Type != entity.Person || e < 0 || e >= len(ents) {
			continue
		}
		first := tokenAt(d, n.Start)
		end := tokenAt(d, n.End)
		if first >= len(d.Tokens) || end <= first {
			continue
		}
		if ents[e].Role == "" {
			if r := roleOf(d, first, end); r != "" {
				ents[e].Role = strings.Join(strings.Fields(r), " ") // one space between words, as names have
			}
		}
		if ents[e].Age == 0 {
			ents[e].Age = ageOf(d, first, end)
		}
	}
	pronounVotes(d, names, ids, votes)
	for e := range ents {
		if ents[e].Type != entity.Person || ents[e].Evidence == entity.TitleEvidence {
			continue
		}
		m, f := votes[e][0], votes[e][1]
		// Against a first name of one sex, pronouns decide only when none agrees with it: a
		// surname shared with a relative ("Trump") carries the relative's pronouns.
		switch ents[e].Gender {
		case gazetteer.Male:
			if m > 0 || f < 2 {
				f = 0
			}
		case gazetteer.Female:
			if f > 0 || m < 2 {
				m = 0
			}
		}
		switch {
		case m > 0 && m >= 3*f:
			ents[e].Gender, ents[e].Evidence = gazetteer.Male, entity.PronounEvidence
		case f > 0 && f >= 3*m:
			ents[e].Gender, ents[e].Evidence = gazetteer.Female, entity.PronounEvidence
		}
	}
}

// tokenAt returns the index of the first token that starts at or after byte pos.
func tokenAt(d *text.Doc, pos int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return int(d.Tokens[i].Start) >= pos })
}

func word(d *text.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.Src[d.Tokens[i].Start:d.Tokens[i].End]
}

func isWord(d *text.Doc, i int) bool {
	return i >= 0 && i < len(d.Tokens) && d.Tokens[i].Kind == text.Word
}

func isPunct(d *text.Doc, i int, set string) bool {
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != text.Punct {
		return false
	}
	w := word(d, i)
	for set != "" {
		var s string
		s, set, _ = strings.Cut(set, " ")
		if w == s {
			return true
		}
	}
	return false
}

func capitalized(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// roleWord reports whether w names what a person is or does: a WordNet person noun
// ("spokesperson", "pitcher") or a title ("Sen.", "President").
func roleWord(w string) bool {
	if w == "major" || w == "private" {
		return false // adjectives in lower case: "a major Warhol donor program"
	}
	if w == "opposite" {
		return false // a preposition: "playing opposite David Bowie"
	}
	if inLower(personTitles, w) {
		return true
	}
	if inLower(headlineVerbs, w) {
		return false
	}
	return gazetteer.LookupLower(w)&(gazetteer.RoleNoun|gazetteer.PersonTitle) != 0
}

// headlineVerbs are WordNet person nouns that before a name are verbs, as headlines and
// results write them: "Sinner beats Alcaraz", "Poland beat Amanda Anisimova", "Brazilian
// prosecutors charge Bolsonaro", "Macron names Lecornu prime minister".
var headlineVerbs = text.WordSet(`beat beats meet meets face faces join joins visit visits tell tells call calls
back backs hit hits slam slams blast blasts urge urges warn warns thank thanks lead leads name names
appoint appoints pick picks tap taps sack sacks fire fires hire hires charge charges sue sues jail jails
elect elects draft drafts`)

// inLower reports whether set holds w in lower case, without allocating for short ASCII words.
func inLower(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set[fold(w)]
	}
	b := buf[:len(w)]
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b)] // looked up in place: no allocation
}

// roleModifiers can stand before a role noun in a title: "former union president", "senior
// adviser", "rookie pitcher".
var roleModifiers = text.WordSet(`former senior junior chief deputy top vice assistant acting longtime
rookie veteran retired executive general associate press managing interim then-former then
state federal local national international foreign regional city county campaign party union
company presidential congressional prime principal head lead special foreign-policy policy
defense defence finance health interior justice economic political global team intelligence drug
security military opposition`)

// clauseWords end a title or an apposition: what follows them is a clause, not a description.
var clauseWords = text.WordSet(`who whom whose which that where when while said says say told tells
is are was were has have had will would can could did does do and or but as if because after
before since than`)

// roleOf returns the role the text gives the person named by tokens [first, end): a title
// before the name ("union president Sam Okafor", "Sen. Jane Doe"), an apposition after it
// ("The mayor, Dana Whitfield,") or after it ("Sam Okafor, president of the union,", "Dmitry
// Peskov, the Kremlin spokesman,"); "" when there is none. A courtesy title ("Mr") is none.
func roleOf(d *text.Doc, first, end int) string {
	for first > 0 && isWord(d, first-1) && d.Tokens[first].Newlines == 0 {
		// "Mr Tokunbo Wahab", "Prime Minister Datuk Seri Anwar Ibrahim": a courtesy title
		// says nothing of what he does
		if first > 1 && isWord(d, first-2) && text.CourtesyTitleWords(word(d, first-2), word(d, first-1)) == 2 {
			first -= 2
		} else if text.CourtesyTitle(word(d, first-1)) {
			first--
		} else {
			break
		}
	}
	if r := titleBefore(d, first, end); r != "" && !text.CourtesyTitle(r) {
		return r
	}
	if end < len(d.Tokens) && d.Tokens[end].Newlines == 0 && ner.PostNominal(word(d, end)) {
		end++ // "Clare Montgomery KC,": the letters after the name go with it
	}
	if titleCaseLine(d, first) {
		return "" // a headline in title case: "Railing Against Trump, Sanders Vows To …" has no apposition
	}
	if r := appositionBefore(d, first, end); r != "" {
		return r
	}
	return appositionAfter(d, end)
}

// titleCaseLine reports whether the line of token i is a headline in title case: six words or
// more, all capitalised but the small words of titles.
func titleCaseLine(d *text.Doc, i int) bool {
	a := i
	for a > 0 && d.Tokens[a].Newlines == 0 {
		a--
	}
	words := 0
	for k := a; k < len(d.Tokens) && (k == a || d.Tokens[k].Newlines == 0); k++ {
		if d.Tokens[k].Kind != text.Word {
			continue
		}
		w := word(d, k)
		if !capitalized(w) && !inLower(titleSmallWords, w) {
			return false
		}
		words++
	}
	return words >= 6
}

// titleSmallWords stay in lower case in a title-case headline.
var titleSmallWords = text.WordSet(`a an the and or but of in on at by for to with from as vs`)

// firstNameOnly reports whether w is a first name and no title: "John" is a WordNet person
// noun too, "Mayor" a first name too.
func firstNameOnly(w string) bool {
	return gazetteer.Lookup(w)&gazetteer.FirstName != 0 && !inLower(personTitles, w)
}

// sentenceOpeners open sentences without being part of a title after them.
var sentenceOpeners = text.WordSet(`yesterday today tonight meanwhile later earlier now then also but and however so
last next on in at after before when while as if only even just still`)

// plainPersonNouns say that someone is a person, not what they do: "Vietnam's richest man
// Pham Nhat Vuong" gives no role.
var plainPersonNouns = text.WordSet(`man men woman women person people boy girl guy lady gentleman child`)

// titleBefore: the words before the name (and title words opening the mention) that end in a
// role noun, back to the first word that is no part of a title.
func titleBefore(d *text.Doc, first, end int) string {
	// Titles inside the mention: "Sen. Jane Doe" when the tagger kept the title.
	in := first
	for in < end-1 && isWord(d, in) && roleWord(word(d, in)) && capitalized(word(d, in)) && !firstNameOnly(word(d, in)) {
		in++
	}
	s := first
	if !isWord(d, first-1) || !roleWord(word(d, first-1)) || inLower(plainPersonNouns, word(d, first-1)) || d.Tokens[first].Newlines > 0 {
		if in == first {
			return ""
		}
		return d.Src[d.Tokens[first].Start:d.Tokens[in-1].End]
	}
	for k := first - 1; k >= 0 && k >= first-5 && d.Tokens[k+1].Newlines == 0; k-- {
		w := word(d, k)
		ok := false
		switch {
		case d.Tokens[k].Kind != text.Word || inLower(clauseWords, w) || inLower(determinerWords, w):
		case roleWord(w) || inLower(roleModifiers, w):
			ok = true
		case capitalized(w):
			// a capitalized word; a sentence opener only when it is no word that opens
			// sentences ("Economy Minister Robert Habeck", not "Yesterday President …")
			ok = !isPunct(d, k-1, ".") && k > 0 && d.Tokens[k].Newlines == 0 || k == first-1 || !inLower(sentenceOpeners, w)
		case gazetteer.LookupLower(w)&(gazetteer.OrgWord|gazetteer.Demonym) != 0:
			ok = true
		}
		if !ok {
			break
		}
		s = k
	}
	if s == first { // the word before was no title after all ("that", "the")
		if in == first {
			return ""
		}
		return d.Src[d.Tokens[first].Start:d.Tokens[in-1].End]
	}
	e := first - 1
	if in > first {
		e = in - 1
	}
	for e > s && strings.HasSuffix(word(d, e), ".") && inLower(personTitles, word(d, e)) && !capitalized(word(d, e-1)) && roleWord(word(d, e-1)) {
		e-- // "police spokesman Sgt. Luis Menendez": the rank is a form of address, not the role
	}
	return d.Src[d.Tokens[s].Start:d.Tokens[e].End]
}

var apposDeterminers = text.WordSet(`the a an his her their its`)

// relativeWords open a relative clause that may follow a role: "an activist who …".
var relativeWords = text.WordSet(`who whose which that`)

var determinerWords = text.WordSet(`the a an this that these those his her their its our my your`)

// appositionAfter: ", president of the union," or ", the Kremlin spokesman." after a name (and
// after an age: "Casey Pike, 26, a rookie pitcher,").
func appositionAfter(d *text.Doc, end int) string {
	k := end
	if isPunct(d, k, "(") { // "Rep. Jim Clyburn (D-S.C.), the assistant leader …"
		for k < len(d.Tokens) && k < end+8 && !isPunct(d, k, ")") {
			k++
		}
		k++
	}
	if !isPunct(d, k, ",") {
		return ""
	}
	k++
	if d.Tokens[min(k, len(d.Tokens)-1)].Kind == text.Number && isPunct(d, k+1, ",") {
		k += 2 // an age
	}
	s := k
	if w := word(d, s); isWord(d, s) && (strings.EqualFold(w, "a") || strings.EqualFold(w, "an") || strings.EqualFold(w, "the")) {
		s++
	}
	head := -1
	e := s
	for ; e < len(d.Tokens) && e < s+12; e++ {
		if d.Tokens[e].Newlines > 0 || d.Tokens[e].Kind == text.Punct && word(d, e) != "&" || d.Tokens[e].Kind == text.Quote {
			break // "a partner at Robbins Geller Rudman & Dowd" goes on over the ampersand
		}
		w := word(d, e)
		if w == "’s" || w == "'s" || w == "’S" || w == "'S" {
			head = -1 // "the nominee's eldest daughter": the owner is no head
			continue
		}
		if head >= 0 && e > s && inLower(relativeWords, w) {
			break // "Hanifa Adan, a 27-year-old activist who helped lead …": the role ends at who
		}
		if inLower(clauseWords, w) || e == s && !capitalized(w) && !roleWord(w) && !inLower(roleModifiers, w) && d.Tokens[e].Kind != text.Number && s == k {
			return ""
		}
		if e > s && !capitalized(w) && len(w) > 4 && strings.HasSuffix(w, "ed") && !roleWord(w) {
			return "" // "…, Governor Babajide Sanwo-Olu urged residents": a clause, not an apposition
		}
		if head < 0 && roleWord(w) && !capitalized(w) || head < 0 && roleWord(w) && e > s {
			head = e
		}
	}
	if head < 0 || e == s || !isPunct(d, e, ", . ; — – ) :") && !inLower(relativeWords, word(d, e)) {
		return ""
	}
	return d.Src[d.Tokens[s].Start:d.Tokens[e-1].End]
}

// appositionBefore: "The mayor, Dana Whitfield, welcomed …": a description with a determiner,
// a comma, then the name, then punctuation.
func appositionBefore(d *text.Doc, first, end int) string {
	if !isPunct(d, first-1, ",") || !isPunct(d, end, ", . ; —") {
		return ""
	}
	head := first - 2
	if !isWord(d, head) || !roleWord(word(d, head)) {
		return roleWithPhrase(d, first-1)
	}
	for k := head - 1; k >= 0 && k >= head-5; k-- {
		w := word(d, k)
		if inLower(apposDeterminers, w) {
			start := k + 1
			// "A spokeswoman for the mayor, Jada Reed,": the role is the spokeswoman's
			if r := k - 2; r >= 0 && inLower(rolePhraseLinks, word(d, k-1)) && isWord(d, r) && roleWord(word(d, r)) {
				start = r
			}
			return d.Src[d.Tokens[start].Start:d.Tokens[head].End]
		}
		if (w == "’s" || w == "'s") && k > 0 && capitalized(word(d, k-1)) {
			// "Price’s mother, Angela Price,": the owner belongs to the role, whole ("The
			// Bank of England's deputy governor")
			o := k - 1
			for o > 0 && d.Tokens[o].Newlines == 0 {
				if isWord(d, o-1) && capitalized(word(d, o-1)) && !inLower(determinerWords, word(d, o-1)) {
					o--
				} else if o > 1 && inLower(nameLinks, word(d, o-1)) && isWord(d, o-2) && capitalized(word(d, o-2)) && d.Tokens[o-1].Newlines == 0 {
					o -= 2
				} else {
					break
				}
			}
			return d.Src[d.Tokens[o].Start:d.Tokens[head].End]
		}
		if !isWord(d, k) || inLower(clauseWords, w) {
			return ""
		}
	}
	return ""
}

// roleWithPhrase: "The Commissioner for the Environment and Water Resources, Mr Tokunbo Wahab,":
// a determiner, a role noun and a phrase of "for" or "of" and names, up to the comma at token
// comma; "" when the words before the comma are not that.
func roleWithPhrase(d *text.Doc, comma int) string {
	for k := comma - 2; k >= 0 && k >= comma-10; k-- {
		w := word(d, k)
		if !isWord(d, k) || d.Tokens[k+1].Newlines > 0 || inLower(clauseWords, w) && !strings.EqualFold(w, "and") {
			return ""
		}
		if !roleWord(w) || !inLower(apposDeterminers, word(d, k-1)) || !isWord(d, k+1) || !inLower(rolePhraseLinks, word(d, k+1)) {
			continue
		}
		for j := k + 2; j < comma; j++ { // the phrase: names and the small words between them
			if u := word(d, j); !capitalized(u) && !inLower(determinerWords, u) && !inLower(rolePhraseLinks, u) && !strings.EqualFold(u, "and") {
				return ""
			}
		}
		return d.Src[d.Tokens[k].Start:d.Tokens[comma-1].End]
	}
	return ""
}

var rolePhraseLinks = text.WordSet(`of for`)

// nameLinks join the words of an organization's name: "Bank of England", "Marks & Spencer".
var nameLinks = text.WordSet(`of for and &`)

// ageOf returns the age the text gives the person named by tokens [first, end): "Casey Pike,
// 26," or "26-year-old Casey Pike"; 0 when none.
func ageOf(d *text.Doc, first, end int) int {
	if isPunct(d, end, ",") && end+2 < len(d.Tokens) && d.Tokens[end+1].Kind == text.Number && isPunct(d, end+2, ", .") {
		if n, err := strconv.Atoi(word(d, end+1)); err == nil && n > 0 && n < 120 {
			return n
		}
	}
	if first > 0 && d.Tokens[first-1].Kind == text.Number {
		return YearsOld(word(d, first-1))
	}
	return 0
}

// YearsOld reads "26-year-old" as 26; 0 for anything else.
func YearsOld(w string) int {
	num, rest, ok := strings.Cut(w, "-")
	if !ok || !strings.EqualFold(rest, "year-old") {
		return 0
	}
	if n, err := strconv.Atoi(num); err == nil && n > 0 && n < 120 {
		return n
	}
	return 0
}

// pronounVotes counts, for each person entity, the he/him/his and she/her/hers that refer to
// it: those after its mention in a sentence that names no other person and holds no quotation
// (whose pronouns are the speaker's), and a He or She opening the next sentence of the
// paragraph.
func pronounVotes(d *text.Doc, names []Name, ids []int, votes [][2]int) {
	k := 0
	for si, s := range d.Sentences {
		for k < len(names) && names[k].Start < s.Start {
			k++
		}
		only, at := -1, -1
		for j := k; j < len(names) && names[j].Start < s.End; j++ {
			if names[j].Type != entity.Person || ids[j] < 0 {
				continue
			}
			if only >= 0 && ids[j] != only {
				only = -2
				break
			}
			if only == -1 {
				only, at = ids[j], names[j].End
			}
		}
		if only < 0 || hasQuote(d, s.First, s.Last) {
			continue
		}
		for i := tokenAt(d, at); i < s.Last; i++ {
			w := word(d, i)
			if w == "him" || w == "them" {
				break // "described him as a man who … his daughter": another person from here
			}
			if (w == "her" || w == "his") && i+1 < s.Last && successionNouns[word(d, i+1)] {
				break // "Purbaya was named as her replacement": hers is someone else
			}
			if g := pronounGender(w); g >= 0 {
				votes[only][g]++
			}
		}
		// "Rania Salib runs the food bank. She said …"
		if si+1 < len(d.Sentences) {
			n := d.Sentences[si+1]
			if n.First < len(d.Tokens) && d.Tokens[n.First].Newlines < 2 && !hasQuote(d, n.First, n.Last) {
				if w := word(d, n.First); w == "He" || w == "She" {
					votes[only][pronounGender(w)]++
				}
			}
		}
	}
}

func hasQuote(d *text.Doc, first, last int) bool {
	for i := first; i < last && i < len(d.Tokens); i++ {
		if d.Tokens[i].Kind == text.Quote {
			return true
		}
	}
	return false
}

// successionNouns after his or her name another person than the one the sentence is about.
var successionNouns = text.WordSet(`replacement successor predecessor`)

// pronounGender is 0 for he/him/his/himself, 1 for she/her/hers/herself, else -1.
func pronounGender(w string) int {
	switch w {
	case "he", "He", "him", "his", "His", "himself":
		return 0
	case "she", "She", "her", "Her", "hers", "herself":
		return 1
	}
	return -1
}
