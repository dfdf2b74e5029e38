package ner

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// consistency makes the mentions of one document agree with each other: a name the tagger
// tagged the same way more often than not gets that type everywhere (majority vote over
// exact token sequences), and a capitalized token sequence that is a tagged name elsewhere in
// the document, or the surname of a tagged full name ("Peskov" after "Dmitry Peskov"), is
// tagged too where the tagger missed it. ms are the document's mentions, in order; look is
// the gazetteer (nil: none).
func (sc *scratch) consistency(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) []Mention {
	if len(ms) == 0 {
		return ms
	}
	const maxLen = 4
	officeHolders(ms, d, look)
	theDead(ms, d, look)
	// votes: per sequence, a count for each type (8 bits each, saturating); bit 31 marks
	// sequences that are only surnames of full names.
	sc.cons.reset(2 * len(ms))
	for _, m := range ms {
		if m.Label == Misc || m.Last-m.First > maxLen {
			continue
		}
		j := sc.cons.slot(formSeq(info, m.First, m.Last))
		v := sc.cons.vals[j] &^ (1 << 31)
		sh := 8 * uint(m.Label-1)
		if (v>>sh)&0xff < 0xff {
			v += 1 << sh
		}
		sc.cons.vals[j] = v
	}
	for _, m := range ms {
		if m.Label == Person && m.Last-m.First >= 2 {
			j := sc.cons.slot(formSeq(info, m.Last-1, m.Last))
			if sc.cons.vals[j] == 0 {
				sc.cons.vals[j] = 1<<31 | 1 // a surname: Person
			}
		}
	}
	vote := func(v uint32) Label {
		best, bl := uint32(0), None
		for l := Person; l <= Place; l++ {
			c := (v >> (8 * uint(l-1))) & 0xff
			if c > best {
				best, bl = c, l
			}
		}
		return bl
	}
	// Relabel a lone dissenter: a type given once against at least three of another.
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First > maxLen {
			continue
		}
		v := sc.cons.get(formSeq(info, m.First, m.Last))
		l := vote(v)
		if l == None || l == m.Label || v>>31 != 0 {
			continue
		}
		if (v>>(8*uint(l-1)))&0xff >= 3 && (v>>(8*uint(m.Label-1)))&0xff == 1 {
			m.Label = l
		}
	}
	// "The" opening a name the article also writes without it, as a name of another type, is
	// no part of it, and the name takes that type: "The House on Friday passed" (a place to
	// the model) … "House Speaker". ("The Washington Post" stays whole.)
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.Last-m.First < 2 || m.Last-m.First > maxLen || d.Text(m.First) != "The" {
			continue
		}
		v := sc.cons.get(formSeq(info, m.First+1, m.Last))
		if l := vote(v); l != None && l != m.Label && v>>31 == 0 {
			m.First++
			m.Start = int(d.Tokens[m.First].Start)
			m.Label = l
		}
	}
	// A name the lists know as a city, region or country and as no organization, tagged a
	// place in the article at least half as often as an organization, is a place wherever the
	// model wavered ("pilgrimage to Mecca", "Mecca's Grand Mosque"). Not on a sports page,
	// where a city is often its team ("Milwaukee has won 10 of its last 15").
	if look != nil && !sportsPage(ms, d, look) {
		for i := range ms {
			m := &ms[i]
			if m.Label != Org || m.Last-m.First > maxLen || m.End <= m.Start {
				continue
			}
			if k := look.Lookup(d.Src[m.Start:m.End]); k&(gazetteer.City|gazetteer.Region|gazetteer.Country) == 0 || k&(gazetteer.Org|gazetteer.Company|gazetteer.Team) != 0 {
				continue
			}
			v := sc.cons.get(formSeq(info, m.First, m.Last))
			if places, orgs := (v>>(8*uint(Place-1)))&0xff, (v>>(8*uint(Org-1)))&0xff; v>>31 == 0 && places > 0 && 2*places >= orgs && info[m.First].line != lineCaps {
				m.Label = Place
			}
		}
	}
	// A city the tagger called an organization after "in", and no possessive or noun after it,
	// is where something happened: "lost 2-1 to the United States in Marseille on Wednesday"
	// (a club is "in Barcelona's 3-0 win").
	for i := range ms {
		m := &ms[i]
		if m.Label != Org || m.First == 0 || d.Text(m.First-1) != "in" || gazetteer.Kind(info[m.First].gaz)&gazetteer.City == 0 || m.Last-m.First > 2 {
			continue
		}
		if m.Last < len(d.Tokens) && d.Tokens[m.Last].Newlines == 0 && (isPossessive(d.Text(m.Last)) || d.Tokens[m.Last].Kind == text.Word && !text.DayName(d.Text(m.Last)) && !stopAfterPlace[d.Text(m.Last)]) {
			continue
		}
		if look != nil && look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Org|gazetteer.Company) != 0 {
			continue
		}
		m.Label = Place
	}
	// A city the tagger called an organization next to a place in a list is a place: "18
	// cities including Rome and Milan" (not on a sports page, where Milan is its club).
	sports := -1 // whether this is a sports page, found when first needed
	for i := 1; look != nil && i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if between := d.Src[a.End:b.Start]; between != " and " && between != ", " || a.Last-a.First != 1 || b.Last-b.First != 1 {
			continue
		}
		if a.Label == Org && b.Label == Place {
			a, b = b, a
		}
		if a.Label != Place || b.Label != Org || gazetteer.Kind(info[b.First].gaz)&gazetteer.City == 0 || gazetteer.Kind(info[a.First].gaz)&gazetteer.City == 0 {
			continue
		}
		if sports < 0 {
			sports = 0
			if sportsPage(ms, d, look) {
				sports = 1
			}
		}
		if sports == 0 {
			b.Label = Place
		}
	}
	// A name of two words the tagger called an organization is a person when the article
	// calls its last word alone a person at least twice and more than twice as often as
	// anything else, or once and nothing else after initials ("KL Rahul" … "Rahul said"): on a
	// sports page "Jannik Sinner beat Carlos Alcaraz" reads like a team's result, "Sinner
	// said" does not. A name the lists know, or one ending in a word of organization names,
	// stays.
	if look != nil {
		for i := range ms {
			m := &ms[i]
			if m.Label != Org || m.Last-m.First != 2 || m.End <= m.Start {
				continue
			}
			v := sc.cons.get(formSeq(info, m.Last-1, m.Last))
			persons, others := v&0xff, (v>>8)&0xff+(v>>16)&0xff
			if look.Lookup(d.Text(m.Last-1))&gazetteer.OrgWord != 0 || look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Org|gazetteer.Company|gazetteer.Team) != 0 || v>>31 != 0 {
				continue
			}
			first := d.Text(m.First)
			// Initials before a surname the article calls a person alone and nothing else:
			// "KL Rahul" … "Rahul said".
			if l := len(first); l >= 2 && l <= 3 && text.CapsLetters(first) == l && persons >= 1 && others == 0 {
				m.Label = Person
				continue
			}
			if persons < 2 || persons <= 2*others {
				continue
			}
			// the first word must read as a given name: no English word ("Spacecraft
			// Stardust"), acronym ("JPL Stardust") or surname alone ("Warhol Polaroid")
			if g := look.Lookup(first); g&gazetteer.CommonWord != 0 || g&gazetteer.Surname != 0 && g&gazetteer.FirstName == 0 || text.CapsLetters(first) >= 2 {
				continue
			}
			m.Label = Person
		}
	}
	// A name of two or three words the tagger called an organization is a person when it
	// opens with a word the lists know only as a first name and none of it names an
	// organization: "DAB's Elizabeth Quat", "Dries Mertens's attempt". Companies named for
	// people ("Eli Lilly", "Morgan Stanley") are in the lists.
	if look != nil {
		for i := range ms {
			m := &ms[i]
			if m.Label != Org || m.Last-m.First < 2 || m.Last-m.First > 3 || m.End <= m.Start {
				continue
			}
			g := look.Lookup(d.Text(m.First))
			if g&gazetteer.FirstName == 0 || g&(gazetteer.Surname|gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company|gazetteer.CommonWord|gazetteer.PersonTitle) != 0 {
				continue
			}
			if look.Lookup(d.Text(m.Last-1))&(gazetteer.OrgWord|gazetteer.CommonWord) != 0 || look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Org|gazetteer.Company|gazetteer.Team) != 0 ||
				strings.ContainsAny(d.Src[m.Start:m.End], "&") {
				continue // "Lindsey & Africa": no person's name holds an ampersand
			}
			m.Label = Person
		}
	}
	// A lone word that ends a person's full name is that person ("Neil Jordan … Jordan
	// defends his decision"), whatever the lists say of it as a place or the model as an
	// organization. Before the full name (a headline's "Japan's Ishiba faces revolt") it is so
	// when the article uses it alone after the full name as well, and the lists know it as no
	// place or organization: "Jordan" before "Michael Jordan" stays the country.
	// Two or more words that end a person's fuller name named before, one that opens with a
	// first name, are that person: "Marine Le Pen … Le Pen said" ("Cie. de Navigation Mixte",
	// which the model may call a person, opens with none).
	for i := range ms {
		m := &ms[i]
		k := m.Last - m.First
		if m.Label != Org && m.Label != Place || k < 2 || k > maxLen {
			continue
		}
		form := formSeq(info, m.First, m.Last)
		for _, p := range ms[:i] {
			if p.Label == Person && p.Last-p.First > k && gazetteer.Kind(info[p.First].gaz)&gazetteer.FirstName != 0 && formSeq(info, p.Last-k, p.Last) == form {
				m.Label = Person
				break
			}
		}
	}
	var surnames map[uint64]int // a surname's form → the index of its first full name
	for i, m := range ms {
		if m.Label == Person && m.Last-m.First >= 2 {
			if surnames == nil {
				surnames = make(map[uint64]int)
			}
			if _, ok := surnames[info[m.Last-1].h.form]; !ok {
				surnames[info[m.Last-1].h.form] = i
			}
			if last := d.Text(m.Last - 1); text.JoinedParticle(last) {
				// "Abdel Fattah al-Burhan" … "Burhan has said": the press drops the particle
				bare := formOf(last[strings.IndexByte(last, '-')+1:])
				if _, ok := surnames[bare]; !ok {
					surnames[bare] = i
				}
			}
			// Family name first ("Yoon Suk Yeol", "Xi Jinping"): a first word the lists know
			// as no first name and no place is the name a story calls the person by.
			if g := gazetteer.Kind(info[m.First].gaz); g&(gazetteer.FirstName|gazetteer.AnyPlace|gazetteer.PersonTitle|gazetteer.RoleNoun) == 0 && info[m.First].capc != capLower {
				if _, ok := surnames[info[m.First].h.form]; !ok {
					surnames[info[m.First].h.form] = i
				}
			}
		}
	}
	var aloneAfter map[uint64]bool // surnames used alone after their full name
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First != 1 || m.Label == Misc || m.Label == None || !isSurname(surnames, info[m.First].h.form, i) {
			continue
		}
		m.Label = Person
		if aloneAfter == nil {
			aloneAfter = make(map[uint64]bool)
		}
		aloneAfter[info[m.First].h.form] = true
	}
	// Before the full name, the word is the person too when the full name opens with a known
	// first name ("Boric: I don't agree" … "Gabriel Boric, 39, is"), not with a month the
	// model took for one ("In June Comelf sold more").
	givenFirst := func(form uint64) bool {
		full, ok := surnames[form]
		if !ok {
			return false
		}
		f := ms[full].First
		return gazetteer.Kind(info[f].gaz)&gazetteer.FirstName != 0 && !text.MonthName(d.Text(f)) && !text.DayName(d.Text(f))
	}
	// In the first line, a headline, it is the person whenever the story names them in full
	// after it: "Nigeria's Tinubu sacks service chiefs" … "President Bola Tinubu".
	headlineEnd := len(d.Tokens) // one past the headline's last token
	if e := text.HeadlineEnd(d.Src); e >= 0 {
		headlineEnd = 0
		for headlineEnd < len(d.Tokens) && int(d.Tokens[headlineEnd].Start) < e {
			headlineEnd++
		}
	}
	inHeadline := func(m *Mention, form uint64) bool {
		full, ok := surnames[form]
		return ok && m.Last <= headlineEnd && ms[full].First >= headlineEnd
	}
	for i := range ms {
		m := &ms[i]
		if (m.Label != Place && m.Label != Org) || m.Last-m.First != 1 {
			continue
		}
		form, g := info[m.First].h.form, gazetteer.Kind(info[m.First].gaz)
		if (aloneAfter[form] || givenFirst(form)) && g&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Team|gazetteer.Company) == 0 ||
			inHeadline(m, form) && g&(gazetteer.AnyPlace&^gazetteer.City|gazetteer.Org|gazetteer.Team|gazetteer.Company) == 0 && !bigCity(d.Text(m.First), g) {
			// (a headline's town is the person too: "as Ueda flags wage risks" before
			// "Governor Kazuo Ueda"; a large city stays one)
			m.Label = Person
		}
	}
	// A lone word after "at" and a role noun is where the person works, an organization:
	// "Economists at Desjardins said", "a senior director of economics at Desjardins" (not a
	// surname of the article's people).
	for i := range ms {
		m := &ms[i]
		if m.Label != Person || m.Last-m.First != 1 || m.First < 2 || d.Text(m.First-1) != "at" || isSurname(surnames, info[m.First].h.form, i) {
			continue
		}
		if m.Last < len(d.Tokens) && isPossessive(d.Text(m.Last)) {
			continue // "at Smith's home"
		}
		for k := m.First - 2; k >= 0 && k >= m.First-5; k-- {
			if gazetteer.LookupLower(d.Text(k))&gazetteer.RoleNoun != 0 {
				m.Label = Org
				break
			}
			if d.Tokens[k].Kind != text.Word {
				break
			}
		}
	}
	// A lone name after a person's name and "of", which the lists know as no place, is where
	// the person works: "Analyst Stacy Rasgon of Bernstein" ("Jane Roe of Chicago" stays).
	for i := 1; i < len(ms); i++ {
		m, p := &ms[i], ms[i-1]
		if m.Label != Place && m.Label != Person || m.Last-m.First != 1 || !personOf(p, *m, d) ||
			gazetteer.Kind(info[m.First].gaz)&(gazetteer.AnyPlace|gazetteer.FirstName) != 0 || isSurname(surnames, info[m.First].h.form, i) {
			continue
		}
		if m.Last < len(d.Tokens) && isPossessive(d.Text(m.Last)) {
			continue
		}
		m.Label = Org
	}
	// A lone name in a list of businesses is one: "cosmetics makers such as Shiseido".
	for i := range ms {
		m := &ms[i]
		if m.Label != Person || m.Last-m.First != 1 || m.First < 3 || isSurname(surnames, info[m.First].h.form, i) {
			continue
		}
		k := m.First - 1
		switch {
		case d.Text(k) == "as" && d.Text(k-1) == "such":
			k -= 2
		case d.Text(k) == "including" || d.Text(k) == "like":
			k--
		default:
			continue
		}
		if k >= 0 && d.Text(k) == "," {
			k--
		}
		if k >= 0 && firmPlural(d.Text(k)) {
			m.Label = Org
		}
	}
	knownAs(ms, d)
	titledSurnames(ms, d, info)
	relatives(ms, d, info)
	pairedWithName(ms, d, look)
	roleBeforeLoneName(ms, d, look)
	kindNamed(ms, d, info, look)
	namedWorks(ms, d)
	dwellers(ms, d, look)
	constituencies(ms, d)
	personsBody(ms, d, info)
	partyMembers(ms, d, look)
	orgAppositions(ms, d, look)
	firmAppositions(ms, d, look)
	venues(ms, d, look)
	sources(ms, d, info)
	orgWordPlaces(ms, info)
	landsNoPeople(ms, d, info)
	bodies(ms, d, info, look)
	ownedProducts(ms, d, info)
	namedStorms(ms, d, look)
	// Institutions that CoNLL calls places but that act as organizations ("the Kremlin"):
	// a name the gazetteer knows only as an organization or a team is one; a name it knows
	// only as a stock index or a brand is none of the reported types.
	var firms map[uint64]bool // lone words a firm's noun names so: "the nuclear company Rosatom"
	if look != nil {
		for i := range ms {
			m := &ms[i]
			if j := m.Last; j < len(d.Tokens) && d.Tokens[j].Kind == text.Number && d.Src[m.End:d.Tokens[j].Start] == " " && m.End > m.Start {
				// an index named with its number ("CAC 40", "Nikkei 225"): the whole phrase
				if k := look.Lookup(d.Src[m.Start:d.Tokens[j].End]); k&gazetteer.Index != 0 && k&^(gazetteer.Index|gazetteer.Product|gazetteer.CommonWord) == 0 {
					m.End, m.Last, m.Label = int(d.Tokens[j].End), j+1, Misc
					continue
				}
			}
			if m.Label == Misc && m.Last-m.First == 1 {
				g := gazetteer.Kind(info[m.First].gaz)
				switch {
				case g&gazetteer.Country != 0 && g&(gazetteer.CommonWord|gazetteer.Demonym) == 0 && info[m.First].line != lineCaps:
					m.Label = Place
				case g&gazetteer.Company != 0 && g&^(gazetteer.Company|gazetteer.OrgWord) == 0 && info[m.First].line != lineCaps:
					m.Label = Org // "OpenAI unveils GPT-5": a company the lists know as nothing else
				}
				continue
			}
			if m.Label == Misc && m.Last-m.First >= 2 && m.End > m.Start && look.Lookup(d.Text(m.Last-1))&gazetteer.OrgWord != 0 &&
				look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Event|gazetteer.Product|gazetteer.Index) == 0 {
				m.Label = Org // "the U.S. Geological Survey": a name ending in a body's word is that body
				continue
			}
			if m.Label == Misc || m.End <= m.Start {
				continue
			}
			k := look.Lookup(d.Src[m.Start:m.End])
			switch {
			case k&(gazetteer.Index|gazetteer.Product) != 0 && k&^(gazetteer.Index|gazetteer.Product|gazetteer.CommonWord) == 0:
				// a stock index or a brand and nothing else the lists know: "the Hang Seng",
				// "Ozempic" are no person, place or organization
				m.Label = Misc
			case k&gazetteer.Event != 0 && k&^(gazetteer.Event|gazetteer.CommonWord|gazetteer.FirstName|gazetteer.Surname) == 0 &&
				!(m.Last-m.First == 1 && isSurname(surnames, info[m.First].h.form, i)):
				// an event ("Diwali", "Ramadan"), unless it is the surname of a person named in
				// full before ("Tariq Ramadan … Ramadan said")
				m.Label = Misc
			case m.Label == Place && k&(gazetteer.Org|gazetteer.Team) != 0 && k&gazetteer.AnyPlace == 0:
				m.Label = Org // "the Kremlin", "the Knicks"
			case (m.Label == Place || m.Label == Person) && (k&(gazetteer.AnyPlace|gazetteer.FirstName) == 0 || k&gazetteer.Org != 0) && m.Last < len(d.Tokens) &&
				d.Tokens[m.Last].Newlines == 0 && bodyNouns[d.Text(m.Last)]:
				m.Label = Org // "the ruling Pastef party", "the Wagner group", "Sheinbaum's Morena party" (a city too)
			case m.Label == Person && m.Last-m.First >= 2 && k&gazetteer.Country != 0 && k&(gazetteer.FirstName|gazetteer.Surname|gazetteer.Org|gazetteer.Company|gazetteer.Team) == 0:
				m.Label = Place // "Côte d'Ivoire": a country's name of two words or more is no person's
			case (m.Label == Place || m.Label == Person) && k&gazetteer.AnyPlace == 0 && m.First > 0 && bodyNouns[d.Text(m.First-1)] &&
				d.Src[d.Tokens[m.First-1].End:m.Start] == " ":
				m.Label = Org // "the Peronist coalition Fuerza Patria", "the alliance Frente Amplio"
			case (m.Label == Place || m.Label == Person) && k&gazetteer.AnyPlace == 0 && m.First > 0 && firmWords[d.Text(m.First-1)] &&
				(gazetteer.Kind(info[m.First].gaz)&gazetteer.FirstName == 0 || commonLast(m, info)) && d.Src[d.Tokens[m.First-1].End:m.Start] == " ":
				m.Label = Org // "tyre and cables giant Pirelli", "the research firm Leaders Index", "the consultancy Avia Solutions"
				if m.Last-m.First == 1 {
					if firms == nil {
						firms = map[uint64]bool{}
					}
					firms[info[m.First].h.form] = true
				}
			case m.Label == Place && k&gazetteer.Company != 0 && k&(gazetteer.AnyPlace&^gazetteer.Place) == 0 && !(m.First > 0 && strings.EqualFold(d.Text(m.First-1), "the")):
				m.Label = Org // "Amazon said": a company, where the river is "the Amazon"
			case m.Label == Person && k&gazetteer.Team != 0 && k&(gazetteer.FirstName|gazetteer.Surname|gazetteer.AnyPlace) == 0:
				m.Label = Org // "the Eagles"
			case m.Label == Person && m.Last-m.First >= 2 && k&gazetteer.Company != 0 && k&(gazetteer.FirstName|gazetteer.Surname|gazetteer.AnyPlace) == 0:
				m.Label = Org // "Eli Lilly", "Berkshire Hathaway": a company named after a person
			case m.Label == Person && m.Last-m.First == 1 && hyphenedBody(d.Text(m.First), look):
				m.Label = Org // "The State Journal-Register", "the Times-Picayune": a newspaper
			case m.Label != Person && m.Last-m.First >= 2 && nameSuffixes[d.Text(m.Last-1)] && k&(gazetteer.Org|gazetteer.Company|gazetteer.Team) == 0:
				m.Label = Person // "Vinícius Júnior", "Martin Luther King Jr."
			}
		}
	}
	// A firm is one wherever the tagger took its name for a person's ("that Rosatom was
	// ready"), unless the word is the surname of a person the article names in full.
	for i := range ms {
		if m := &ms[i]; firms != nil && m.Label == Person && m.Last-m.First == 1 && firms[info[m.First].h.form] && !isSurname(surnames, info[m.First].h.form, i) {
			m.Label = Org
		}
	}
	// Tag missed occurrences: capitalized tokens outside every mention.
	toks := len(d.Tokens)
	add := func(first, last int, l Label) {
		ms = append(ms, Mention{Start: int(d.Tokens[first].Start), End: int(d.Tokens[last-1].End), Label: l,
			First: first, Last: last, Score: 0.5})
	}
	n := len(ms)
	next := 0
	for i := 0; i < toks && i < len(info); i++ {
		for next < n && ms[next].Last <= i {
			next++
		}
		if next < n && ms[next].First <= i {
			i = ms[next].Last - 1
			continue
		}
		if !info[i].word || info[i].capc == capLower || info[i].capc == capNone {
			continue
		}
		// A country name the tagger missed ("US officials"): the gazetteer knows it in exactly
		// this spelling, and not as a common word.
		if g := gazetteer.Kind(info[i].gaz); g&gazetteer.Country != 0 && g&gazetteer.CommonWord == 0 && info[i].line != lineCaps {
			add(i, i+1, Place)
			continue
		}
		limit := toks
		if next < n {
			limit = ms[next].First
		}
		for k := min(maxLen, limit-i); k >= 1; k-- {
			if l := vote(sc.cons.get(formSeq(info, i, i+k))); l != None {
				add(i, i+k, l)
				i += k - 1
				break
			}
		}
	}
	if len(ms) > n {
		slices.SortFunc(ms, func(a, b Mention) int { return a.First - b.First })
	}
	return ms
}

// hyphenedBody reports whether w is a hyphened name of common words, one of which ends names of
// organizations: "Journal-Register", "Times-Picayune", "Post-Gazette" (not "Alexander-Arnold").
func hyphenedBody(w string, look gazetteer.Lookuper) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	body := false
	for _, p := range parts {
		k := look.Lookup(p)
		if k&gazetteer.CommonWord == 0 || !text.StartsUpper(p) {
			return false
		}
		body = body || k&gazetteer.OrgWord != 0
	}
	return body
}

// kindNouns say, in lower case after a name and its article, what kind of body the name is:
// "told the Handelsblatt newspaper", "the Munich-based Ifo institute".
var kindNouns = text.WordSet(`newspaper daily tabloid weekly magazine broadcaster channel network agency
institute institution foundation`)

// dwellers takes the people of a place out of the names: "North Carolinians", "New Yorkers",
// "Virginians", "Texans" are what CoNLL and GUM call nationalities (MISC), though the tagger
// makes organizations of some. A word ending in -ans or -ers is one when, without its ending,
// it is a country, a state or a large city, and the lists know the whole as no place, name, organization
// or team ("the Texans" of Houston stay a team; "Stevens" stays a surname). A people's name
// alone is one too ("the Rohingya", "Uyghurs").
func dwellers(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		t := d.Src[m.Start:m.End]
		if m.Label != Misc && m.Last-m.First == 1 && peoples[t] {
			m.Label = Misc
			continue
		}
		if m.Label == Misc || len(t) < 6 || !strings.HasSuffix(t, "ans") && !strings.HasSuffix(t, "ers") ||
			look.Lookup(t)&(gazetteer.AnyPlace|gazetteer.FirstName|gazetteer.Surname|gazetteer.Org|gazetteer.Team|gazetteer.Company) != 0 {
			continue
		}
		var stems []string
		switch {
		case strings.HasSuffix(t, "ians"):
			stems = []string{t[:len(t)-2], t[:len(t)-4] + "a"} // Virginia-ns, Florid-ians
		case strings.HasSuffix(t, "ans"):
			stems = []string{t[:len(t)-2], t[:len(t)-2] + "s"} // Kenya-ns, Texa-ns
		case strings.HasSuffix(t, "ers"):
			stems = []string{t[:len(t)-3]} // New York-ers
		}
		for _, st := range stems {
			// a country, a state or a city of some size: small towns match too much
			if k := look.Lookup(st); k&(gazetteer.Country|gazetteer.Region) != 0 || k&gazetteer.City != 0 && gazetteer.Population(st) >= 500000 {
				m.Label = Misc
				break
			}
		}
	}
}

// peoples are the names of peoples and ethnic groups that world news names often and the
// lists do not know as demonyms: MISC to CoNLL and GUM, like nationalities, where the tagger
// makes people of some ("Rohingya", "Maasai"), organizations of others ("Uyghurs", "Yazidis")
// and places of the rest ("Hazaras"). Written by hand from general knowledge. It is kept out
// of the gazetteer because the gazetteer's kinds are the tagger's features, fixed when the
// model was trained. Names that are as often a first name or a place ("Karen", "Roma", "Sami",
// "Amhara") are left out.
var peoples = text.WordSet(`Rohingya Rohingyas Uyghur Uyghurs Uighur Uighurs Yazidi Yazidis Yezidi
	Yezidis Hazara Hazaras Maasai Masai Pashtun Pashtuns Baloch Baluch Oromo Oromos Tigrayan
	Tigrayans Fulani Hausa Hutu Hutus Tutsi Tutsis Tamil Tamils Alawite Alawites Druze Bedouin
	Bedouins Tuareg Tuaregs Igbo Yoruba Zulu Zulus Xhosa Hmong Inuit Copts Maronites Chechens
	Tatars Kurd Kurds`)

// pairedWithName gives a lone word the tagger called a place, which the lists do not know as
// one, the kind of the name "and" joins it to: an organization ("shares such as Advantest and
// Tokyo Electron") or a person ("Vinícius Júnior and Rodrygo", a player known by one name; not
// a word the lists know as a body's). A pair is of one kind.
func pairedWithName(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	joined := func(i int, l Label) bool {
		return i+1 < len(ms) && ms[i+1].Label == l && ms[i+1].First == ms[i].Last+1 && d.Text(ms[i].Last) == "and" ||
			i > 0 && ms[i-1].Label == l && ms[i-1].Last == ms[i].First-1 && d.Text(ms[i].First-1) == "and"
	}
	for _, l := range [...]Label{Org, Person} {
		for i := range ms {
			m := &ms[i]
			if m.Label != Place || m.Last-m.First != 1 {
				continue
			}
			k := look.Lookup(d.Src[m.Start:m.End])
			if k&gazetteer.AnyPlace == 0 && (l == Org || k&(gazetteer.Org|gazetteer.Company|gazetteer.Team) == 0) && joined(i, l) {
				m.Label = l
			}
		}
	}
}

// roleBeforeLoneName makes a person of a lone word the tagger called an organization or a place
// that the lists do not know at all, right after a player's position, which no body holds:
// "Barcelona winger Raphinha", "Chelsea teenager Estêvão". (Wider role nouns name bodies too:
// "telecoms operator Unicom", "state engineer Comelf".)
func roleBeforeLoneName(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label != Org && m.Label != Place || m.Last-m.First != 1 || m.First == 0 || d.Tokens[m.First].Newlines > 0 ||
			d.Src[d.Tokens[m.First-1].End:m.Start] != " " || look.Lookup(d.Src[m.Start:m.End]) != 0 {
			continue
		}
		if playerRoles[d.Text(m.First-1)] {
			m.Label = Person
		}
	}
}

// playerRoles are positions and stations of a player, said of people only.
var playerRoles = text.WordSet(`winger striker midfielder defender goalkeeper keeper full-back
	centre-back center-back playmaker teenager teammate rookie pitcher quarterback shortstop
	outfielder linebacker batsman bowler all-rounder`)

// workNouns name a kind of work; a name right after one is its title: "his play Ngaahika
// Ndeenda", "the film Barbie".
var workNouns = text.WordSet(`play novel book film movie album song poem opera musical documentary
memoir novella painting sculpture column podcast series`)

var workDeterminers = text.WordSet(`the a an his her their its my our your`)

// namedWorks makes a title of work of a name right after a lower-case noun of a kind of work
// and its article or an owner's 's ("Dan Savage's column Savage Love"), and of an
// organization's name between "the" and such a noun ("the Savage Love advice column"): no
// person, place or organization (CoNLL and GUM leave works out of the three).
func namedWorks(ms []Mention, d *text.Doc) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Org && m.First > 0 && d.Text(m.First-1) == "the" && workAfter(d, m.Last) {
			m.Label = Misc
			continue
		}
		if m.First < 2 || !workNouns[d.Text(m.First-1)] || d.Tokens[m.First].Newlines > 0 || d.Src[d.Tokens[m.First-1].End:m.Start] != " " {
			continue
		}
		// an article or a possessive before the noun, one word between at most: "his
		// play", "her graphic novel", "the 1969 film" (not the verbs of "would play Lada")
		if w := d.Text(m.First - 2); workDeterminers[strings.ToLower(w)] || isPossessive(w) || m.First >= 3 && workDeterminers[strings.ToLower(d.Text(m.First-3))] {
			m.Label = Misc
		}
	}
}

// workAfter reports whether a noun of a kind of work follows at token k, perhaps after one
// lower-case word: "column", "advice column".
func workAfter(d *text.Doc, k int) bool {
	for j := k; j < len(d.Tokens) && j <= k+1 && d.Tokens[j].Newlines == 0 && d.Tokens[j].Kind == text.Word && allLower(d.Text(j)); j++ {
		if workNouns[d.Text(j)] {
			return true
		}
	}
	return false
}

// kindNamed makes an organization of a name the tagger found that a noun of kind follows,
// after "the" or a "-based" modifier ("told the Handelsblatt newspaper", a German word to the
// model), unless the lists know it as a nationality ("the German newspaper") or, after "the",
// as a place ("the Berlin newspaper").
func kindNamed(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == Org || m.Label == Person || m.Last-m.First > 3 || m.First == 0 || m.Last >= len(d.Tokens) || m.Last >= len(info) ||
			info[m.First].capc != capMid || !kindNouns[d.Text(m.Last)] || d.Tokens[m.Last].Newlines > 0 {
			continue // a person's name before "foundation" is the person's ("the Trump foundation")
		}
		if m.Last+1 < len(d.Tokens) && text.StartsUpper(d.Text(m.Last+1)) {
			continue // "the Bengali newspaper Banglabazar Patrika": the name follows
		}
		based := strings.HasSuffix(d.Text(m.First-1), "-based")
		if d.Text(m.First-1) != "the" && !based {
			continue
		}
		if k := look.Lookup(d.Src[m.Start:m.End]); k&gazetteer.Demonym != 0 || k&gazetteer.AnyPlace != 0 && !based {
			continue // after "Munich-based" a name is no place: "the Munich-based Ifo institute"
		}
		m.Label = Org
	}
}

// sportsPage reports whether the article names two or more sports teams the lists know.
func sportsPage(ms []Mention, d *text.Doc, look gazetteer.Lookuper) bool {
	teams := 0
	for _, m := range ms {
		if m.Label != Misc && m.End > m.Start && look.Lookup(d.Src[m.Start:m.End])&gazetteer.Team != 0 {
			if teams++; teams >= 2 {
				return true
			}
		}
	}
	return false
}

// knownAs makes the name a person goes by a person too: "Mohamed Hamdan Dagalo, known as
// Hemedti", "Joaquín Guzmán, better known as El Chapo", "Lionel Messi, nicknamed La Pulga".
// The lists and the model know such names, if at all, as something else.
func knownAs(ms []Mention, d *text.Doc) {
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], &ms[k]
		if p.Label == Person && m.Label != Person && p.End <= m.Start && AliasLink(d.Src[p.End:m.Start]) {
			m.Label = Person
		}
	}
}

// titledSurnames makes a person of a name of two to four words tagged something else whose
// last word the article gives alone as a titled person's, when no word of it is an
// organization's: "after [Anura Kumara Dissanayake] won the presidency" … "President
// Dissanayake said".
func titledSurnames(ms []Mention, d *text.Doc, info []tokInfo) {
	var titled map[string]bool // lone words tagged people right after a title
	for _, m := range ms {
		if m.Label == Person && m.Last-m.First == 1 && m.First > 0 && d.Tokens[m.First].Newlines == 0 && gazetteer.Kind(info[m.First-1].gaz)&gazetteer.PersonTitle != 0 {
			if titled == nil {
				titled = map[string]bool{}
			}
			titled[d.Text(m.First)] = true
		}
	}
	if titled == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == Person || m.Label == Misc || m.Last-m.First < 2 || m.Last-m.First > 4 || !titled[d.Text(m.Last-1)] {
			continue
		}
		person := true
		for k := m.First; k < m.Last && person; k++ {
			g := gazetteer.Kind(info[k].gaz)
			person = text.StartsUpper(d.Text(k)) && g&(gazetteer.OrgWord|gazetteer.Org|gazetteer.Company|gazetteer.AnyPlace|gazetteer.PersonTitle) == 0
		}
		if person {
			m.Label = Person
		}
	}
}

// relatives makes a person of a name of two or three words tagged something else that is
// joined by "and" or a comma to a person's name ending in the same word, when the lists know
// its other words as names or not at all: "workers [Cresente Canada] and Paulene Canada".
func relatives(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Person || m.Label == Misc || m.Last-m.First < 2 || m.Last-m.First > 3 {
			continue
		}
		kin := false
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || ms[j].Label != Person || ms[j].Last-ms[j].First < 2 || d.Text(ms[j].Last-1) != d.Text(m.Last-1) {
				continue
			}
			a, b := ms[j], *m
			if j > i {
				a, b = *m, ms[j]
			}
			if b.First == a.Last+1 && (d.Text(a.Last) == "and" || d.Text(a.Last) == ",") {
				kin = true
			}
		}
		for k := m.First; k < m.Last-1 && kin; k++ {
			kin = text.StartsUpper(d.Text(k)) && gazetteer.Kind(info[k].gaz)&^(gazetteer.FirstName|gazetteer.Surname) == 0 // "Air Canada": a common word
		}
		if kin {
			m.Label = Person
		}
	}
}

// nameSuffixes end people's names: "Vinícius Júnior", "Ken Griffey Jr.", "Gustavo Filho".
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Junior": true, "Júnior": true, "Filho": true,
	"Neto": true, "Sr.": true}

// bodyNouns, in lower case right after or before a name, say that the name is a body's: "the
// Pastef party", "the coalition Fuerza Patria".
var bodyNouns = map[string]bool{"party": true, "movement": true, "coalition": true, "alliance": true,
	"group": true, "militia": true, "faction": true, "bloc": true}

// ownedProducts: a lone first name right after an organization's possessive is something it
// makes, not a person: "Anthropic's Claude", "Google's Gemini", "Amazon's Alexa". A person
// after an organization's possessive is named in full ("Google's Sundar Pichai").
func ownedProducts(ms []Mention, d *text.Doc, info []tokInfo) {
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], &ms[k]
		if p.Label != Org || m.Label != Person || m.Last-m.First != 1 || m.First != p.Last+1 || !isPossessive(d.Text(p.Last)) {
			continue
		}
		if gazetteer.Kind(info[m.First].gaz)&gazetteer.FirstName != 0 && gazetteer.Kind(info[m.First].gaz)&gazetteer.Surname == 0 {
			m.Label = Misc
		}
	}
}

// firmAppositions: a name followed by an apposition that calls it a business is an
// organization: "Harvey, a startup backed by OpenAI, said" (Harvey is a town and a first
// name), "Vingroup, his conglomerate,", "Agratas, a Tata Sons subsidiary,". The business noun is the apposition's head, not a
// modifier of a person noun ("Jo Lee, a startup founder") or an owner ("Jo Lee, a company's
// founder").
func firmAppositions(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	n := len(d.Tokens)
	for i := range ms {
		m := &ms[i]
		if m.Label != Person && m.Label != Place || m.Last+2 >= n || d.Text(m.Last) != "," {
			continue
		}
		switch d.Text(m.Last + 1) {
		case "a", "an", "his", "her", "their": // "Vingroup, his conglomerate,"
		default:
			continue
		}
		owner := true // capitalised words may open the apposition: "a Tata Sons subsidiary"
		for k := m.Last + 2; k < n && k < m.Last+6; k++ {
			w := d.Text(k)
			if owner && text.StartsUpper(w) && d.Tokens[k].Kind == text.Word {
				continue
			}
			owner = false
			if !allLower(w) || isFunctionWord(w) {
				break // the head comes before "of", "in", "and": "a director of the company"
			}
			if firmWords[w] {
				if next := d.Text(min(k+1, n-1)); k+1 >= n || !(allLower(next) && look != nil && look.Lookup(next)&gazetteer.RoleNoun != 0) && !isPossessive(next) {
					m.Label = Org
				}
				break
			}
		}
	}
}

// commonLast reports whether mention m has two words or more and ends in a common word that is
// no name ("Avia Solutions"): a business's name, though its first word is a first name.
func commonLast(m *Mention, info []tokInfo) bool {
	g := gazetteer.Kind(info[m.Last-1].gaz)
	return m.Last-m.First >= 2 && g&gazetteer.CommonWord != 0 && g&(gazetteer.FirstName|gazetteer.Surname) == 0
}

// firmPlural reports whether w is the plural of a word of firmWords: "makers", "companies".
func firmPlural(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return firmWords[stem+"y"]
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && firmWords[stem]
}

// firmWords name a business (or a body that oversees businesses): heading an apposition they
// make one of the name before it ("Harvey, a startup backed by OpenAI"), and before a name they
// say it is one ("the research firm Leaders Index", "cables giant Pirelli", "the health
// regulator Anvisa").
var firmWords = map[string]bool{"startup": true, "company": true, "firm": true, "maker": true,
	"manufacturer": true, "retailer": true, "lender": true, "insurer": true, "carrier": true,
	"airline": true, "chain": true, "brand": true, "nonprofit": true, "charity": true,
	"conglomerate": true, "subsidiary": true, "consultancy": true, "group": true, "provider": true,
	"agency": true, "giant": true, "drugmaker": true, "carmaker": true, "automaker": true, "chipmaker": true,
	"planemaker": true, "steelmaker": true, "supplier": true, "bank": true, "broadcaster": true, "utility": true,
	"regulator": true, "watchdog": true}

// partyMembers: a name the tagger called a person, right before a word for an elected member
// and a person's name, is that member's party: "Lib Dem councillor Rodney Berman", "Reform UK
// MP Lee Anderson". A person's name does not stand before another's that way; names the lists
// know as a surname ("Trump adviser") are left alone, and the member words are no such words.
func partyMembers(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	for i := 0; i+1 < len(ms); i++ {
		m, next := &ms[i], ms[i+1]
		if m.Label != Person || next.Label != Person || next.First != m.Last+1 || d.Tokens[m.Last].Newlines > 0 || d.Tokens[next.First].Newlines > 0 ||
			!memberNouns[d.Text(m.Last)] {
			continue
		}
		if look != nil && look.Lookup(d.Text(m.Last-1))&(gazetteer.Surname|gazetteer.FirstName) != 0 {
			continue
		}
		m.Label = Org
	}
}

// orgAppositions: a lone name the lists do not know, tagged a place or person, whose apposition
// is "the" and an organization's name and nothing more is that organization's short name:
// "Gavi, the Vaccine Alliance, paid". ("Smith, the Reuters correspondent" goes on after the
// organization.)
func orgAppositions(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	for i := 0; i+1 < len(ms); i++ {
		m, o := &ms[i], ms[i+1]
		if m.Label != Place && m.Label != Person || m.Last-m.First != 1 || o.Label != Org || o.First != m.Last+2 ||
			d.Text(m.Last) != "," || d.Text(m.Last+1) != "the" {
			continue
		}
		if j := o.Last; j < len(d.Tokens) && !(d.Tokens[j].Kind == text.Punct && (d.Text(j) == "," || d.Text(j) == "." || d.Text(j) == ";")) {
			continue
		}
		if look != nil && look.Lookup(d.Src[m.Start:m.End]) != 0 {
			continue
		}
		m.Label = Org
	}
}

// memberNouns are what a party's elected members are called before their names.
var memberNouns = text.WordSet(`councillor councilor MP MEP MSP MLA MPP lawmaker legislator senator
	congressman congresswoman assemblyman assemblywoman candidate`)

// constituencies: the name after "MP for" or "member for" is the seat, a place: "Rachael
// Maskell, the MP for York Central".
func constituencies(ms []Mention, d *text.Doc) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc || m.First < 2 || d.Text(m.First-1) != "for" {
			continue
		}
		switch d.Text(m.First - 2) {
		case "MP", "MPs", "member", "Member", "MLA", "MSP":
			m.Label = Place
		}
	}
}

// personOf reports whether m comes right after person p and "of": "Stacy Rasgon of
// [Bernstein]", "Nathan Law of [Demosisto]".
func personOf(p, m Mention, d *text.Doc) bool {
	return p.Label == Person && m.First == p.Last+1 && d.Text(p.Last) == "of"
}

// personsBody makes an organization of a lone word the tagger called Misc after a person's
// name and "of", as consistency does for a place or a person there: "Nathan Law of Demosisto"
// is a member of a party, as "Tom Hale of Reuters" works for a company. A word the lists know
// as a place or a people's is left alone, and so is a hyphened one ("of Boston-based …"). It
// runs after the noun rules, which may make Misc of the word first.
func personsBody(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := 1; i < len(ms); i++ {
		m := &ms[i]
		if m.Label == Misc && m.Last-m.First == 1 && personOf(ms[i-1], *m, d) && !strings.Contains(d.Text(m.First), "-") &&
			gazetteer.Kind(info[m.First].gaz)&(gazetteer.AnyPlace|gazetteer.Demonym|gazetteer.Event|gazetteer.Product) == 0 {
			m.Label = Org
		}
	}
}

// venueWords end names of buildings and sites that are places, not the bodies that run them:
// "NTU Hospital Station", "the Chiang Kai Shek Memorial". "Center" and "Centre" are bodies as
// often ("Center for American Progress"), so they count only after a word in venueKinds.
var venueWords = map[string]bool{"Station": true, "Memorial": true, "Stadium": true, "Arena": true,
	"Bridge": true, "Tunnel": true, "Square": true, "Street": true, "Avenue": true, "Road": true,
	"Boulevard": true, "Tower": true, "Towers": true, "Plaza": true}

var venueKinds = map[string]bool{"Convention": true, "Exhibition": true, "Conference": true,
	"Shopping": true, "Trade": true, "Space": true, "Events": true}

// stopAfterPlace are words that may follow a place's name in "in PLACE …" without making it
// a modifier: "in Marseille on Wednesday", "in Miami last year".
var stopAfterPlace = text.WordSet(`on last this next and or but as after before when where while for with to at during since`)

// sources makes an organization of a lone word tagged a place that the lists know as no
// place, right after "according to": a source of figures or news ("the 135th most popular
// site according to Quantcast"). orgWordPlaces then carries it to the same word elsewhere.
func sources(ms []Mention, d *text.Doc, info []tokInfo) {
	for i := range ms {
		m := &ms[i]
		if m.Label == Place && m.Last-m.First == 1 && m.First >= 2 && d.Text(m.First-1) == "to" && strings.EqualFold(d.Text(m.First-2), "according") &&
			gazetteer.Kind(info[m.First].gaz)&gazetteer.AnyPlace == 0 {
			m.Label = Org
		}
	}
}

// landsNoPeople makes a place of a lone word tagged a person that the lists know as a
// continent or a country and as no surname, when no fuller name of a person in the article
// holds it ("Shoprite Holdings Ltd., [Africa]'s largest grocer"; "Jordan" after "Michael
// Jordan" stays him), and an organization of a name a web address ends in ("– [Rappler].com")
// or one spoke on ("said on [Stan Sport]").
func landsNoPeople(ms []Mention, d *text.Doc, info []tokInfo) {
	var inNames map[string]bool // the words of people's names of two words or more
	for i := range ms {
		m := &ms[i]
		if m.Label != Person {
			continue
		}
		g := gazetteer.Kind(info[m.First].gaz)
		if m.Last-m.First == 1 && g&(gazetteer.Continent|gazetteer.Country) != 0 && g&gazetteer.Surname == 0 {
			if inNames == nil {
				inNames = map[string]bool{}
				for _, p := range ms {
					for k := p.First; p.Label == Person && p.Last-p.First >= 2 && k < p.Last; k++ {
						inNames[d.Text(k)] = true
					}
				}
			}
			if !inNames[d.Text(m.First)] {
				m.Label = Place
			}
		}
		if webAddress(d.Src[m.End:]) || spokenOn(ms[i], d) {
			m.Label = Org
		}
	}
}

// spokenOn reports whether m names where someone spoke: "said on [Stan Sport] that", "wrote
// on [Facebook]", a channel or a network. A name with a full stop in it may run over a
// sentence's end ("said on [X. Jordan Bardella]"), and one that owns something is a topic.
func spokenOn(m Mention, d *text.Doc) bool {
	if m.First < 2 || d.Text(m.First-1) != "on" || !spokeOn[d.Text(m.First-2)] || isPossessive(d.Text(m.Last-1)) ||
		m.Last < len(d.Tokens) && isPossessive(d.Text(m.Last)) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		if strings.Contains(d.Text(k), ".") {
			return false
		}
	}
	return true
}

// spokeOn are the verbs of speech after which "on" names a channel.
var spokeOn = text.WordSet(`said says told spoke speaking appeared wrote writes posted posting`)

// webAddress reports whether s opens with the top-level domain of a web address: ".com",
// ".net", ".org", ".co.uk", followed by no letter.
func webAddress(s string) bool {
	for _, tld := range [...]string{".com", ".net", ".org", ".co."} {
		if len(s) >= len(tld) && strings.EqualFold(s[:len(tld)], tld) {
			rest := s[len(tld):]
			return tld == ".co." || rest == "" || !text.StartsUpper(rest) && !('a' <= rest[0] && rest[0] <= 'z')
		}
	}
	return false
}

// orgWordPlaces makes an organization of a lone word tagged a place that the lists know as no
// place, when the article calls it an organization too, alone or as the first word of one's
// name: "Kenya suspends Adani airport deal" … "India's Adani Group" … "Adani said".
// The word must be an organization at least as often as a place ("the Kurdish city of
// Arbil" twice and "Arbil attack" once stays a place).
func orgWordPlaces(ms []Mention, info []tokInfo) {
	unknown := false // a lone place the lists do not know: rare, and the only case to weigh
	for _, m := range ms {
		if m.Label == Place && m.Last-m.First == 1 && gazetteer.Kind(info[m.First].gaz)&gazetteer.AnyPlace == 0 {
			unknown = true
			break
		}
	}
	if !unknown {
		return
	}
	var votes map[uint64]int // organizations less places, by the form of the first word
	for _, m := range ms {
		if m.Label == Org || m.Label == Place && m.Last-m.First == 1 {
			if votes == nil {
				votes = map[uint64]int{}
			}
			if m.Label == Org {
				votes[info[m.First].h.form]++
			} else {
				votes[info[m.First].h.form]--
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Label == Place && m.Last-m.First == 1 && votes[info[m.First].h.form] >= 0 && gazetteer.Kind(info[m.First].gaz)&gazetteer.AnyPlace == 0 {
			m.Label = Org
		}
	}
}

// siteNouns after a name in lower case make it the name of a site or a region: "Charles de
// Gaulle airport", "La Moneda palace", "Russia's Samara region".
var siteNouns = map[string]bool{"airport": true, "airfield": true, "stadium": true, "palace": true,
	"station": true, "bridge": true, "region": true, "province": true, "district": true, "oblast": true,
	"county": true, "prefecture": true, "governorate": true,
	"river": true, "lake": true, "valley": true, "desert": true, "mountains": true, "glacier": true,
	// plurals after coordinated names: "the Amu Darya and Syr Darya rivers"
	"rivers": true, "lakes": true, "valleys": true, "regions": true, "provinces": true, "districts": true}

// siteCoordinated reports whether the site noun after mention i is a plural one that ms[i-1]
// shares, joined by "and" or a comma: "the Tian Shan and Pamir mountains".
func siteCoordinated(ms []Mention, d *text.Doc, i int) bool {
	if i+1 >= len(ms) || ms[i+1].First != ms[i].Last+1 || ms[i+1].Last >= len(d.Tokens) {
		return false
	}
	w := d.Text(ms[i+1].Last)
	if !siteNouns[w] || !strings.HasSuffix(w, "s") || d.Tokens[ms[i+1].Last].Newlines > 0 {
		return false
	}
	between := d.Src[ms[i].End:ms[i+1].Start]
	return between == " and " || between == ", "
}

// venues makes a place of an organization the tagger found whose name ends in a venue word,
// unless the lists know the whole as an organization ("Wall Street" is a place to them), and
// of a person or organization named right before a site noun ("Charles de Gaulle airport").
func venues(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	var orgs map[string]int   // forms tagged organizations: "the Adani airport deal" is Adani's
	var sited map[string]bool // words a site noun made places of when tagged people
	for i := range ms {
		m := &ms[i]
		if (m.Label == Org || m.Label == Person) && m.Last < len(d.Tokens) && (d.Tokens[m.Last].Newlines == 0 && siteNouns[d.Text(m.Last)] || siteCoordinated(ms, d, i)) {
			if orgs == nil {
				orgs = map[string]int{}
				for _, o := range ms {
					if o.Label == Org {
						orgs[d.Src[o.Start:o.End]]++
					}
				}
			}
			if m.Label == Person || orgs[d.Src[m.Start:m.End]] < 2 { // another mention than this one
				if m.Label == Person && m.Last-m.First == 1 {
					if sited == nil {
						sited = map[string]bool{}
					}
					sited[d.Src[m.Start:m.End]] = true
				}
				m.Label = Place
			}
			continue
		}
		if m.Label != Org || m.Last-m.First < 2 || m.End <= m.Start {
			continue
		}
		last := d.Text(m.Last - 1)
		if !venueWords[last] && !((last == "Center" || last == "Centre") && venueKinds[d.Text(m.Last-2)]) {
			continue
		}
		if look.Lookup(d.Src[m.Start:m.End])&(gazetteer.Org|gazetteer.Company|gazetteer.Team) == 0 {
			m.Label = Place
		}
	}
	if sited == nil {
		return
	}
	// "Samara region" makes a place of the other lone "Samara" the tagger called a person
	// ("23 over Samara"), when the lists know the word as a place
	for i := range ms {
		m := &ms[i]
		if m.Label == Person && m.Last-m.First == 1 && sited[d.Src[m.Start:m.End]] && look.Lookup(d.Src[m.Start:m.End])&gazetteer.AnyPlace != 0 {
			m.Label = Place
		}
	}
}

// bodyWords end names of bodies that are never buildings or sites. (A hospital, a centre or a
// university is a place as often as a body.)
var bodyWords = map[string]bool{"Court": true, "Council": true, "Ministry": true, "Department": true,
	"Agency": true, "Commission": true, "Committee": true, "Parliament": true, "Senate": true,
	"Congress": true, "Party": true, "Tribunal": true, "Authority": true, "Bureau": true, "Board": true}

// schoolWords open ("University of New Mexico") or end ("Heriot-Watt University") the names
// of schools, which the evaluation data and news call organizations.
var schoolWords = map[string]bool{"University": true, "College": true, "Institute": true, "School": true, "Academy": true}

// bodies corrects two kinds of name by their last word: a place the tagger found whose name
// ends in a word of bodyWords is that body ("Kenya's High Court"), and so is a school ("the
// University of New Mexico"), unless the lists know the
// whole as a place; a name ending in "Index" is an index or a measure ("the Jakarta Composite
// Index", "the Consumer Price Index"), none of the reported types, unless a word before it
// says it is a firm.
// schoolOf reports whether a school's word and "of" stand in m: "University of New Mexico",
// "S. Rajaratnam School of International Studies".
func schoolOf(d *text.Doc, m *Mention) bool {
	for k := m.First; k < m.Last-1; k++ {
		if schoolWords[d.Text(k)] && d.Text(k+1) == "of" {
			return true
		}
	}
	return false
}

func bodies(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First < 2 || m.End <= m.Start {
			continue
		}
		switch last := m.Last - 1; {
		case d.Text(last) == "Index" && m.Label != Misc && !(m.First > 0 && firmWords[d.Text(m.First-1)]):
			m.Label = Misc
		case m.Label == Place && (bodyWords[d.Text(last)] || schoolWords[d.Text(last)] || schoolOf(d, m)) &&
			look.Lookup(d.Src[m.Start:m.End])&gazetteer.AnyPlace == 0:
			m.Label = Org
		}
	}
}

// AliasLink reports whether between, the text between two names, says that the second is a
// name the first goes by: ", known as ", " better known as ", ", nicknamed ", ", who is widely
// known as ", ", who goes by ". The entity stage merges such names; this stage types the
// second like the first.
func AliasLink(between string) bool {
	// At most five words, read without a list of all of them: between is often a paragraph.
	var words [5]string
	f := words[:0]
	for w := range strings.FieldsSeq(strings.TrimPrefix(strings.TrimSpace(between), ",")) {
		if len(f) == len(words) {
			return false
		}
		f = append(f, w)
	}
	if len(f) == 3 && f[0] == "who" && (f[1] == "goes" || f[1] == "went") && f[2] == "by" {
		return true // "Mohamed Abdallah Hamid, who goes by Wad Hamid"
	}
	if len(f) > 2 && f[0] == "who" && (f[1] == "is" || f[1] == "was") {
		f = f[2:]
	}
	switch len(f) {
	case 1:
		return f[0] == "nicknamed"
	case 3:
		if !aliasAdverbs[f[0]] {
			return false
		}
		f = f[1:]
		fallthrough
	case 2:
		return f[0] == "known" && f[1] == "as"
	}
	return false
}

// aliasAdverbs may stand before "known as".
var aliasAdverbs = map[string]bool{"also": true, "better": true, "widely": true, "popularly": true}

// stormWords name the kinds of storm that get a name of their own.
var stormWords = map[string]bool{"Hurricane": true, "Typhoon": true, "Cyclone": true, "Storm": true,
	"Depression": true, "HURRICANE": true, "TYPHOON": true, "CYCLONE": true, "STORM": true}

// namedStorms takes storms out of the people, organizations and places: "Hurricane Helene",
// "Typhoon Haiyan", "Tropical Storm Dolly", "Cyclone Freddy" are events (as CoNLL and GUM mark
// them), though their names are first names. An organization named for them ("National
// Hurricane Center") keeps its type. The storm's name alone is a storm too, anywhere in the
// article, and a storm word alone is no name ("Typhoon kills dozens"), unless it is a team's.
func namedStorms(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	var storms map[string]bool // the storms' own names
	for i := range ms {
		m := &ms[i]
		if m.Label == Misc {
			continue
		}
		first := m.First
		if m.Last-m.First == 1 && stormWords[d.Text(first)] && (look == nil || look.Lookup(d.Text(first))&(gazetteer.Team|gazetteer.Org|gazetteer.Company) == 0) {
			m.Label = Misc // "Typhoon kills dozens": the word alone, capitalised, is no name
			continue
		}
		if w := d.Text(first); stormWords[w] && m.Last-m.First >= 2 {
			first++ // "Hurricane Helene" as one mention
		} else if first == 0 || !stormWords[d.Text(first-1)] || d.Tokens[first].Newlines > 0 {
			continue
		}
		if look != nil && look.Lookup(d.Text(m.Last-1))&gazetteer.OrgWord != 0 {
			continue
		}
		if first == m.First && m.First > 0 && d.Src[d.Tokens[m.First-1].End:d.Tokens[m.First].Start] != " " {
			continue // the storm word belongs to something else ("Storm. Helene said")
		}
		m.Label = Misc
		if storms == nil {
			storms = make(map[string]bool)
		}
		storms[d.Src[d.Tokens[first].Start:m.End]] = true
	}
	if storms == nil {
		return
	}
	for i := range ms { // "Phailin" alone after "Cyclone Phailin"
		if m := &ms[i]; storms[d.Src[m.Start:m.End]] {
			m.Label = Misc
		}
	}
}

// bigCity reports whether w, of gazetteer kinds g, is a city of a million people or more.
func bigCity(w string, g gazetteer.Kind) bool {
	return g&gazetteer.City != 0 && gazetteer.Population(w) >= 1000000
}

// personNouns name a post only a person holds; a name right after one, or after a word of kin
// (text.KinNoun), is that person: "former leader Hun Sen", "his daughter Wanjiku wa Ngũgĩ".
var personNouns = text.WordSet(`leader president premier minister chancellor spokesman spokeswoman
spokesperson governor mayor senator lawmaker legislator chairman chairwoman dictator strongman
king queen prince princess monarch envoy ambassador diplomat commander coach striker midfielder
defender goalkeeper captain singer actor actress rapper novelist novelists journalist activist`)

// officeTitle reports whether token k is a capitalized title of office, whole or after its
// last hyphen: "President", "Director-General", "Secretary-General".
func officeTitle(d *text.Doc, k int) bool {
	w := d.Text(k)
	if !text.StartsUpper(w) || text.CapsLetters(w) >= 2 || d.Tokens[k+1].Newlines > 0 {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	w = strings.ToLower(w)
	return personNouns[w] || text.KinNoun(w) || gazetteer.LookupLower(w)&gazetteer.PersonTitle != 0
}

// relabelNamed gives label to every mention whose text a rule found in names ("the same name
// elsewhere in the article is that person too") and whose label from accepts.
func relabelNamed(ms []Mention, d *text.Doc, names map[string]bool, label Label, from func(Label) bool) {
	if names == nil {
		return
	}
	for i := range ms {
		if m := &ms[i]; from(m.Label) && names[d.Src[m.Start:m.End]] {
			m.Label = label
		}
	}
}

// officeHolders makes a person of a name of one to three words that the tagger called a place
// or an organization right after a lower-case noun of office or kinship (personNouns) or a
// title that no name holds,
// when the lists know the name as neither: "Cambodia's former leader Hun Sen" (a place to the
// model), "WHO Director-General Tedros Adhanom Ghebreyesus" (an organization). The same name
// elsewhere in the article is that person too.
func officeHolders(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	var held map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.Label != Place && m.Label != Org || m.Last-m.First > 3 || m.First == 0 || !personNouns[d.Text(m.First-1)] && !text.KinNoun(d.Text(m.First-1)) && !officeTitle(d, m.First-1) ||
			i > 0 && ms[i-1].Last > m.First-1 ||
			look.Lookup(d.Src[m.Start:m.End])&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company|gazetteer.Team) != 0 {
			continue
		}
		if m.Last-m.First == 1 && look.Lookup(d.Text(m.First))&(gazetteer.CommonWord|gazetteer.OrgWord) != 0 {
			continue
		}
		m.Label = Person
		if held == nil {
			held = make(map[string]bool)
		}
		held[d.Src[m.Start:m.End]] = true
	}
	relabelNamed(ms, d, held, Person, func(l Label) bool { return l == Place || l == Org })
}

// theDead makes a person of a name of two or three words that the tagger called something else
// when it is the subject of "dies" or "died", perhaps across an apposition, as an obituary
// opens: "Tserenbaatar Ganbold, Mongolia’s ‘lion’ of Naadam wrestling, dies at 78". Bodies
// are said to close or fold, not to die; a name the lists know as a place or an organization
// stays. The same name elsewhere in the article is that person too.
func theDead(ms []Mention, d *text.Doc, look gazetteer.Lookuper) {
	if look == nil {
		return
	}
	var dead map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.Label == Person || m.Label == None || m.Last-m.First < 2 || m.Last-m.First > 3 ||
			look.Lookup(d.Src[m.Start:m.End])&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company|gazetteer.Team|gazetteer.Event|gazetteer.Product) != 0 ||
			look.Lookup(d.Text(m.Last-1))&(gazetteer.OrgWord|gazetteer.CommonWord|gazetteer.PlaceWord) != 0 {
			continue
		}
		k := m.Last
		if k < len(d.Tokens) && d.Text(k) == "," {
			// an apposition: to its closing comma within the sentence
			for k++; k < len(d.Tokens) && k < m.Last+16 && d.Text(k) != "," && d.Text(k) != "." && d.Tokens[k].Newlines == 0; k++ {
			}
			if k >= len(d.Tokens) || d.Text(k) != "," {
				continue
			}
			k++
		}
		if k+1 >= len(d.Tokens) || d.Text(k) != "dies" && d.Text(k) != "died" || d.Tokens[k].Newlines > 0 {
			continue
		}
		if w := d.Text(k + 1); w != "at" && w != "on" && w != "in" && w != "aged" && w != "after" && w != "of" && w != "." && w != "," {
			continue
		}
		m.Label = Person
		if dead == nil {
			dead = make(map[string]bool)
		}
		dead[d.Src[m.Start:m.End]] = true
	}
	relabelNamed(ms, d, dead, Person, func(l Label) bool { return l != Person && l != None })
}

// isSurname reports whether the word form ends the full name of a person named before mention
// i; surnames maps a surname to the index of its first full name.
func isSurname(surnames map[uint64]int, form uint64, i int) bool {
	full, ok := surnames[form]
	return ok && full < i
}

// shortNames makes an organization of "the" and a capitalized common noun that opens or ends
// an organization the article named before: "the Church" after "the Church of Scientology",
// "the Court" after "the Supreme Court", "the Commission" after "the European Commission".
// CoNLL and GUM both tag the short form; the tagger, seeing a common noun, often does not.
func shortNames(ms []Mention, d *text.Doc, info []tokInfo) []Mention {
	var add []Mention
	var heads map[uint64]bool // first and last words of the organizations named so far
	mi := 0                   // ms[:mi] end before the token looked at
	for i := 1; i < len(d.Tokens); i++ {
		for ; mi < len(ms) && ms[mi].Last <= i; mi++ {
			if m := ms[mi]; m.Label == Org && m.Last-m.First >= 2 {
				if heads == nil {
					heads = map[uint64]bool{}
				}
				heads[info[m.First].h.form], heads[info[m.Last-1].h.form] = true, true
			}
		}
		if heads == nil || mi < len(ms) && ms[mi].First <= i || !heads[info[i].h.form] {
			continue // no such organization yet, or inside a name already
		}
		if w := d.Text(i - 1); w != "the" && w != "The" || d.Tokens[i].Kind != text.Word || !text.StartsUpper(d.Text(i)) ||
			info[i].line == lineCaps || gazetteer.Kind(info[i].gaz)&gazetteer.CommonWord == 0 {
			continue
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Newlines == 0 && (text.StartsUpper(d.Text(i+1)) || d.Text(i+1) == "of") {
			continue // "the Church Road", "the University of …": a longer name
		}
		add = append(add, Mention{Start: int(d.Tokens[i].Start), End: int(d.Tokens[i].End), First: i, Last: i + 1, Score: 1, Label: Org})
	}
	if add == nil {
		return ms
	}
	ms = append(ms, add...)
	slices.SortFunc(ms, func(a, b Mention) int { return a.First - b.First })
	return ms
}
