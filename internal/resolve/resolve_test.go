package resolve

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
)

// mentions finds each listed name in src in order and types it.
func mentions(t *testing.T, src string, typed ...string) []Name {
	t.Helper()
	var out []Name
	pos := 0
	for k := 0; k < len(typed); k += 2 {
		i := strings.Index(src[pos:], typed[k])
		if i < 0 {
			t.Fatalf("%q not in %q after %d", typed[k], src, pos)
		}
		var ty entity.Type
		if err := ty.UnmarshalText([]byte(typed[k+1])); err != nil {
			t.Fatal(err)
		}
		out = append(out, Name{Start: pos + i, End: pos + i + len(typed[k]), Type: ty})
		pos += i + len(typed[k])
	}
	return out
}

func canon(s string) (string, bool) {
	switch s {
	case "US", "U.S.", "United States":
		return "United States", true
	}
	return "", false
}

func TestPersonGender(t *testing.T) {
	src := "Her husband, Joe, met Clinton. Mrs. Clinton and Hillary Clinton and Bill Clinton and Jordan Smith."
	for _, c := range []struct {
		name, mention, reason string
		want                  gazetteer.Gender
	}{
		{"Hillary Clinton", "Mrs. Clinton", "a courtesy title decides", gazetteer.Female},
		{"Bill Clinton", "Bill Clinton", "else the first name", gazetteer.Male},
		{"Jordan Smith", "Jordan Smith", "a name borne by both sexes says nothing", gazetteer.UnknownGender},
		{"Joe", "Joe", "a lone first name that is no surname or place is a first name", gazetteer.Male},
		{"Clinton", "Clinton", "a lone word that is a first name and a town is likely a surname: nothing", gazetteer.UnknownGender},
	} {
		i := strings.Index(src, c.mention)
		got, _ := personGender(src, c.name, []Name{{Start: i, End: i + len(c.mention), Type: entity.Person}}, []int{0})
		if got != c.want {
			t.Errorf("personGender(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}

func TestTitleGender(t *testing.T) {
	for _, c := range []struct {
		name, reason, src, mention string
		want                       gazetteer.Gender
	}{
		{"after a space", "the title right before the name", "Then Ms. Roe spoke.", "Roe", gazetteer.Female},
		{"after a paragraph break", "a title opening a paragraph is still the word before the name", "It rained.\n\nMs.\nLula Roe spoke.", "Lula Roe", gazetteer.Female},
		{"non-breaking space", "a non-breaking space separates title and name as a space does", "Then Mr.\u00a0Roe spoke.", "Roe", gazetteer.Male},
		{"no title", "a word that is no title says nothing", "Then Jo Roe spoke.", "Roe", gazetteer.UnknownGender},
	} {
		t.Run(c.name, func(t *testing.T) {
			i := strings.Index(c.src, c.mention)
			if got := titleGender(c.src, Name{Start: i, End: i + len(c.mention), Type: entity.Person}); got != c.want {
				t.Errorf("titleGender(%q) = %v, want %v (%s)", c.mention, got, c.want, c.reason)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, reason, src string
		names             []string
		want              map[string][]int // canonical name -> member indices
	}{
		{
			name:   "surname joins full name",
			reason: "Peskov after Dmitry Peskov is the same person, named by the fullest mention",
			src:    "Dmitry Peskov said so. Later Peskov added more.",
			names:  []string{"Dmitry Peskov", "PERSON", "Peskov", "PERSON"},
			want:   map[string][]int{"Dmitry Peskov": {0, 1}},
		},
		{
			name:   "surname before full name",
			reason: "a headline may use the surname before the body gives the full name",
			src:    "Peskov speaks\nDmitry Peskov said so.",
			names:  []string{"Peskov", "PERSON", "Dmitry Peskov", "PERSON"},
			want:   map[string][]int{"Dmitry Peskov": {0, 1}},
		},
		{
			name:   "later name a run of the full name",
			reason: "names of many languages are cut to their last words later on: Lula da Silva and von der Leyen are the people named in full",
			src:    "Luiz Inácio Lula da Silva met Ursula von der Leyen. Lula da Silva and von der Leyen spoke.",
			names:  []string{"Luiz Inácio Lula da Silva", "PERSON", "Ursula von der Leyen", "PERSON", "Lula da Silva", "PERSON", "von der Leyen", "PERSON"},
			want:   map[string][]int{"Luiz Inácio Lula da Silva": {0, 2}, "Ursula von der Leyen": {1, 3}},
		},
		{
			name:   "surname without its joined particle",
			reason: "the press writes Abdel Fattah al-Sisi in full and Sisi after; el-Sisi alone is him too",
			src:    "Abdel Fattah al-Sisi spoke. Sisi left; el-Sisi returned.",
			names:  []string{"Abdel Fattah al-Sisi", "PERSON", "Sisi", "PERSON", "el-Sisi", "PERSON"},
			want:   map[string][]int{"Abdel Fattah al-Sisi": {0, 1, 2}},
		},
		{
			name:   "a run two longer names hold, one ending with it",
			reason: "Ben Mbarek is the surname of Jaouhar Ben Mbarek; inside Dalila Ben Mbarek Msaddek it is not her last name",
			src:    "Jaouhar Ben Mbarek and Dalila Ben Mbarek Msaddek spoke. Ben Mbarek refused.",
			names:  []string{"Jaouhar Ben Mbarek", "PERSON", "Dalila Ben Mbarek Msaddek", "PERSON", "Ben Mbarek", "PERSON"},
			want:   map[string][]int{"Jaouhar Ben Mbarek": {0, 2}, "Dalila Ben Mbarek Msaddek": {1}},
		},
		{
			name:   "given name and surname with the middle names left out",
			reason: "Suhail Al Mazrouei is Suhail Mohamed Al Mazrouei without his father's name, and then Al Mazrouei is his alone; George Bush fits two longer names and joins neither",
			src:    "Suhail Mohamed Al Mazrouei spoke. Suhail Al Mazrouei and Al Mazrouei left. George W. Bush met George H. W. Bush and George Bush.",
			names: []string{"Suhail Mohamed Al Mazrouei", "PERSON", "Suhail Al Mazrouei", "PERSON", "Al Mazrouei", "PERSON",
				"George W. Bush", "PERSON", "George H. W. Bush", "PERSON", "George Bush", "PERSON"},
			want: map[string][]int{"Suhail Mohamed Al Mazrouei": {0, 1, 2}, "George W. Bush": {3}, "George H. W. Bush": {4}, "George Bush": {5}},
		},
		{
			name:   "initial and surname of a team sheet",
			reason: "F Russell is Finn Russell, the only Russell whose given name starts with F; G Thomas fits no one with a given name and stays apart, and J Davies fits two and joins neither",
			src:    "Finn Russell and Jac Davies met John Davies. Scotland: F Russell, G Thomas, B Thomas, J Davies.",
			names: []string{"Finn Russell", "PERSON", "Jac Davies", "PERSON", "John Davies", "PERSON", "F Russell", "PERSON", "G Thomas", "PERSON",
				"B Thomas", "PERSON", "J Davies", "PERSON"},
			want: map[string][]int{"Finn Russell": {0, 3}, "Jac Davies": {1}, "John Davies": {2}, "G Thomas": {4}, "B Thomas": {5}, "J Davies": {6}},
		},
		{
			name:   "organization by its first word",
			reason: "Compaq and Goldman after the full names are those companies; Apple after Apple Music is Apple, which the lists know alone",
			src:    "Compaq Computer Corp. and Goldman Sachs met Apple Music. Compaq, Goldman and Apple left.",
			names:  []string{"Compaq Computer Corp.", "ORG", "Goldman Sachs", "ORG", "Apple Music", "ORG", "Compaq", "ORG", "Goldman", "ORG", "Apple", "ORG"},
			want:   map[string][]int{"Compaq Computer Corp.": {0, 3}, "Goldman Sachs": {1, 4}, "Apple Music": {2}, "Apple": {5}},
		},
		{
			name:   "firm by its first partner",
			reason: "Skadden, tagged a person or a place, and Latham, also a town, after firms named for their partners are those firms",
			src:    "Skadden, Arps, Slate, Meagher & Flom hired partners from Latham & Watkins. Skadden gained; Latham lost; Skadden won.",
			names:  []string{"Skadden, Arps, Slate, Meagher & Flom", "ORG", "Latham & Watkins", "ORG", "Skadden", "PERSON", "Latham", "ORG", "Skadden", "PLACE"},
			want:   map[string][]int{"Skadden, Arps, Slate, Meagher & Flom": {0, 2, 4}, "Latham & Watkins": {1, 3}},
		},
		{
			name:   "a person and a place of one name",
			reason: "the same words tagged a place once and a person once make two entities of their own types, not one",
			src:    "Regina Ip won.\nRegina Ip spoke.",
			names:  []string{"Regina Ip", "PLACE", "Regina Ip", "PERSON"},
			want:   map[string][]int{"Regina Ip": {0}, "Regina Ip/PERSON": {1}},
		},
		{
			name:   "team by its last word",
			reason: "Lakers before the full name and City after it are the only teams ending in them; Madrid ends two teams and stays apart",
			src:    "Lakers win. The Los Angeles Lakers beat Real Madrid, Atlético Madrid and Manchester City. City lost; Madrid won.",
			names:  []string{"Lakers", "ORG", "Los Angeles Lakers", "ORG", "Real Madrid", "ORG", "Atlético Madrid", "ORG", "Manchester City", "ORG", "City", "ORG", "Madrid", "ORG"},
			want:   map[string][]int{"Los Angeles Lakers": {0, 1}, "Real Madrid": {2}, "Atlético Madrid": {3}, "Manchester City": {4, 5}, "Madrid": {6}},
		},
		{
			name:   "organization by its first word, named first",
			reason: "a first word named before the full name may be another body: it stays apart",
			src:    "Heritage said no. Heritage Media Corp. agreed.",
			names:  []string{"Heritage", "ORG", "Heritage Media Corp.", "ORG"},
			want:   map[string][]int{"Heritage": {0}, "Heritage Media Corp.": {1}},
		},
		{
			name:   "inner name alone",
			reason: "Lula, a word inside the full name, is the one person who bears it",
			src:    "Luiz Inácio Lula da Silva spoke. Lula left.",
			names:  []string{"Luiz Inácio Lula da Silva", "PERSON", "Lula", "PERSON"},
			want:   map[string][]int{"Luiz Inácio Lula da Silva": {0, 1}},
		},
		{
			name:   "inner name of two people",
			reason: "Singh is inside two full names: it joins neither",
			src:    "Jagjit Singh Dallewal and Shivraj Singh Chouhan met. Singh spoke.",
			names:  []string{"Jagjit Singh Dallewal", "PERSON", "Shivraj Singh Chouhan", "PERSON", "Singh", "PERSON"},
			want:   map[string][]int{"Jagjit Singh Dallewal": {0}, "Shivraj Singh Chouhan": {1}, "Singh": {2}},
		},
		{
			name:   "two-word run of two names",
			reason: "a shorter name inside two longer ones joins neither",
			src:    "Anna Maria Lopez Garcia and Jose Lopez Garcia came. Lopez Garcia spoke.",
			names:  []string{"Anna Maria Lopez Garcia", "PERSON", "Jose Lopez Garcia", "PERSON", "Lopez Garcia", "PERSON"},
			want:   map[string][]int{"Anna Maria Lopez Garcia": {0}, "Jose Lopez Garcia": {1}, "Lopez Garcia": {2}},
		},
		{
			name:   "title stripped",
			reason: "Mr. Peskov is Peskov; titles are not part of the canonical name",
			src:    "Dmitry Peskov spoke. Mr. Peskov left.",
			names:  []string{"Dmitry Peskov", "PERSON", "Mr. Peskov", "PERSON"},
			want:   map[string][]int{"Dmitry Peskov": {0, 1}},
		},
		{
			name:   "place variants",
			reason: "US, U.S. and United States are one place under the gazetteer's standard name",
			src:    "The US and the U.S. and the United States.",
			names:  []string{"US", "PLACE", "U.S.", "PLACE", "United States", "PLACE"},
			want:   map[string][]int{"United States": {0, 1, 2}},
		},
		{
			name:   "two people share a surname",
			reason: "a surname joins the nearest earlier full name with that surname",
			src:    "Hillary Clinton met Bill Clinton. Then Clinton spoke.",
			names:  []string{"Hillary Clinton", "PERSON", "Bill Clinton", "PERSON", "Clinton", "PERSON"},
			want:   map[string][]int{"Hillary Clinton": {0}, "Bill Clinton": {1, 2}},
		},
		{
			name:   "relative named later",
			reason: "Carl Reiner is introduced as Rob's father; the story goes on about Rob, so Reiner alone after them is Rob",
			src:    "Rob Reiner has died. Reiner, the son of comedy legend Carl Reiner, became famous on TV. Reiner directed hits.",
			names:  []string{"Rob Reiner", "PERSON", "Reiner", "PERSON", "Carl Reiner", "PERSON", "Reiner", "PERSON"},
			want:   map[string][]int{"Rob Reiner": {0, 1, 3}, "Carl Reiner": {2}},
		},
		{
			name:   "courtesy title picks the sex",
			reason: "\"Mr. Obama\" after \"Michelle Obama\" is not her: Michelle is a woman's name, Mr. a man's title",
			src:    "Barack Obama and Michelle Obama came. Mr. Obama spoke.",
			names:  []string{"Barack Obama", "PERSON", "Michelle Obama", "PERSON", "Mr. Obama", "PERSON"},
			want:   map[string][]int{"Barack Obama": {0, 2}, "Michelle Obama": {1}},
		},
		{
			name:   "known as",
			reason: "the name a person goes by is that person; a later mention of it joins too",
			src:    "Mohamed Hamdan Dagalo, known as Hemedti, did not comment. Hemedti later spoke.",
			names:  []string{"Mohamed Hamdan Dagalo", "PERSON", "Hemedti", "PERSON", "Hemedti", "PERSON"},
			want:   map[string][]int{"Mohamed Hamdan Dagalo": {0, 1, 2}},
		},
		{
			name:   "better known as, two words",
			reason: "an alias of two words joins as well",
			src:    "Joaquín Guzmán, better known as El Chapo, was sentenced.",
			names:  []string{"Joaquín Guzmán", "PERSON", "El Chapo", "PERSON"},
			want:   map[string][]int{"Joaquín Guzmán": {0, 1}},
		},
		{
			name:   "who is known as",
			reason: "a relative clause that says the name someone goes by links the alias as known as does",
			src:    "Joko Widodo, who is widely known as Jokowi, voted. Jokowi smiled.",
			names:  []string{"Joko Widodo", "PERSON", "Jokowi", "PERSON", "Jokowi", "PERSON"},
			want:   map[string][]int{"Joko Widodo": {0, 1, 2}},
		},
		{
			name:   "nickname in quotation marks",
			reason: "the nickname alone later is the same person, who keeps the name as written; a quoted name alone is no nickname",
			src:    "Oliver \"Tuku\" Mtukudzi led the band. When Tuku died, “Amanda” wept.",
			names:  []string{"Oliver \"Tuku\" Mtukudzi", "PERSON", "Tuku", "PERSON", "Amanda", "PERSON"},
			want:   map[string][]int{"Oliver \"Tuku\" Mtukudzi": {0, 1}, "Amanda": {2}},
		},
		{
			name:   "nickname tells father from son",
			reason: "the name less its nickname would be a run of the son's: the nickname stays in the name the names are joined by",
			src:    "Joaquín Guzmán López, a son of Joaquín “El Chapo” Guzmán, was held.",
			names:  []string{"Joaquín Guzmán López", "PERSON", "Joaquín “El Chapo” Guzmán", "PERSON"},
			want:   map[string][]int{"Joaquín Guzmán López": {0}, "Joaquín “El Chapo” Guzmán": {1}},
		},
		{
			name:   "not an alias",
			reason: "two people next to each other without known as stay two",
			src:    "Ruto met Odinga, and Kenya watched.",
			names:  []string{"Ruto", "PERSON", "Odinga", "PERSON", "Kenya", "PLACE"},
			want:   map[string][]int{"Ruto": {0}, "Odinga": {1}, "Kenya": {2}},
		},
		{
			name:   "surname before two full names",
			reason: "\"President Obama\" before both \"Michelle Obama\" and \"Barack Obama\" could be either: it stands alone",
			src:    "President Obama spoke. Later Michelle Obama and Barack Obama came.",
			names:  []string{"President Obama", "PERSON", "Michelle Obama", "PERSON", "Barack Obama", "PERSON"},
			want:   map[string][]int{"Obama": {0}, "Michelle Obama": {1}, "Barack Obama": {2}},
		},
		{
			name:   "headline surname before the story's person and a later namesake",
			reason: "the headline's Bolsonaro is the one the story names first; his son is named only paragraphs later",
			src:    "Prosecutors charge Bolsonaro over coup plot\n\nBrazil charged former President Jair Bolsonaro on Tuesday with plotting a coup." + strings.Repeat(" The case goes on.", 20) + " Senator Flávio Bolsonaro, his son, called it persecution.",
			names:  []string{"Bolsonaro", "PERSON", "Brazil", "PLACE", "Jair Bolsonaro", "PERSON", "Flávio Bolsonaro", "PERSON"},
			want:   map[string][]int{"Jair Bolsonaro": {0, 2}, "Brazil": {1}, "Flávio Bolsonaro": {3}},
		},
		{
			name:   "corporate suffix",
			reason: "\"Apple Inc\" and then \"Apple\" are one company, named as the article first named it; \"Corp.\" alone stays itself",
			src:    "Apple Inc unveiled a phone. Apple shares fell. Corp. is a word.",
			names:  []string{"Apple Inc", "ORG", "Apple", "ORG", "Corp.", "ORG"},
			want:   map[string][]int{"Apple Inc": {0, 1}, "Corp.": {2}},
		},
		{
			name:   "acronym",
			reason: "NATO abbreviates North Atlantic Treaty Organization",
			src:    "The North Atlantic Treaty Organization (NATO) met.",
			names:  []string{"North Atlantic Treaty Organization", "ORG", "NATO", "ORG"},
			want:   map[string][]int{"North Atlantic Treaty Organization": {0, 1}},
		},
		{
			name:   "acronym the lists know as another body",
			reason: "AP is the Associated Press, not the initials of AirPods Pro",
			src:    "CUPERTINO (AP) — Apple introduced new AirPods Pro.",
			names:  []string{"AP", "ORG", "Apple", "ORG", "AirPods Pro", "ORG"},
			want:   map[string][]int{"AP": {0}, "Apple": {1}, "AirPods Pro": {2}},
		},
		{
			name:   "same word, different types",
			reason: "Washington the place and Washington the person are different entities",
			src:    "George Washington never saw Washington.",
			names:  []string{"George Washington", "PERSON", "Washington", "PLACE"},
			want:   map[string][]int{"George Washington": {0}, "Washington": {1}},
		},
		{
			name:   "possessive and leading the",
			reason: "the Kremlin’s and Kremlin are one organization named Kremlin",
			src:    "Kremlin says. The Kremlin’s view.",
			names:  []string{"Kremlin", "ORG", "The Kremlin’s", "ORG"},
			want:   map[string][]int{"Kremlin": {0, 1}},
		},
		{
			name:   "The in the name",
			reason: "a capitalized The that the tagger put in the name stays in it",
			src:    "According to The Guardian, it rained.",
			names:  []string{"The Guardian", "ORG"},
			want:   map[string][]int{"The Guardian": {0}},
		},
		{
			name:   "headline surname before two full names",
			reason: "a headline's surname before two full names that end in it is the one the story names in full first, its main person",
			src:    "Former president Bolsonaro sentenced\nJair Bolsonaro was convicted. Eduardo Bolsonaro, a lawmaker, called it persecution.",
			names:  []string{"Bolsonaro", "PERSON", "Jair Bolsonaro", "PERSON", "Eduardo Bolsonaro", "PERSON"},
			want:   map[string][]int{"Jair Bolsonaro": {0, 1}, "Eduardo Bolsonaro": {2}},
		},
		{
			name:   "headline surname next to kin",
			reason: "\"Yeltsin's wife\" in a headline may be either Yeltsin named after it: a word of kin keeps the surname apart",
			src:    "Yeltsin's wife has kidney operation\nNaina Yeltsin, wife of Boris Yeltsin, is recovering.",
			names:  []string{"Yeltsin", "PERSON", "Naina Yeltsin", "PERSON", "Boris Yeltsin", "PERSON"},
			want:   map[string][]int{"Yeltsin": {0}, "Naina Yeltsin": {1}, "Boris Yeltsin": {2}},
		},
		{
			name:   "headline surname, first full name a relative",
			reason: "when the first full name is someone's relative (\"his son, Eduardo Bolsonaro\"), the surname is not given to it",
			src:    "Bolsonaro convicted\nHis son, Eduardo Bolsonaro, spoke. Jair Bolsonaro was absent.",
			names:  []string{"Bolsonaro", "PERSON", "Eduardo Bolsonaro", "PERSON", "Jair Bolsonaro", "PERSON"},
			want:   map[string][]int{"Bolsonaro": {0}, "Eduardo Bolsonaro": {1}, "Jair Bolsonaro": {2}},
		},
		{
			name:   "headline family name before two full names",
			reason: "a Korean family name comes first: the headline's \"Yoon\" before two full names that open with it is the one named in full first",
			src:    "South Korea's Yoon removed from office\nPresident Yoon Suk Yeol was removed. His lawyer, Yoon Kab-keun, objected.",
			names:  []string{"Yoon", "PERSON", "Yoon Suk Yeol", "PERSON", "Yoon Kab-keun", "PERSON"},
			want:   map[string][]int{"Yoon Suk Yeol": {0, 1}, "Yoon Kab-keun": {2}},
		},
		{
			name:   "hong kong names: family name before the given name",
			reason: "in Chan Tin-chu and Paul Chan Mo-po the family name is Chan, before the hyphenated given name: Chan after the first is the first, not the later Paul Chan Mo-po; Tse after Raymond Tse Ka-lok is he, not his wife named later",
			src:    "Superintendent Chan Tin-chu spoke. Chan said so. Raymond Tse Ka-lok was jailed. Tse wept. His wife, Jenny Tse, came. Tse left. Paul Chan Mo-po agreed.",
			names:  []string{"Chan Tin-chu", "PERSON", "Chan", "PERSON", "Raymond Tse Ka-lok", "PERSON", "Tse", "PERSON", "Jenny Tse", "PERSON", "Tse", "PERSON", "Paul Chan Mo-po", "PERSON"},
			want:   map[string][]int{"Chan Tin-chu": {0, 1}, "Raymond Tse Ka-lok": {2, 3, 5}, "Jenny Tse": {4}, "Paul Chan Mo-po": {6}},
		},
		{
			name:   "company by its name before a corporate suffix",
			reason: "Toyota, a company the lists know, is Toyota Motor Corp.: the suffix names nothing more; in the headline it may come first",
			src:    "Toyota shares jump\nToyota Motor Corp. raised its forecast. Toyota said demand was strong.",
			names:  []string{"Toyota", "ORG", "Toyota Motor Corp.", "ORG", "Toyota", "ORG"},
			want:   map[string][]int{"Toyota Motor Corp.": {0, 1, 2}},
		},
		{
			name:   "body before a committee in the headline",
			reason: "a headline's first word of a name with no corporate suffix may be another body: \"House\" is not the House Benghazi Committee",
			src:    "House panel votes\nThe House Benghazi Committee voted.",
			names:  []string{"House", "ORG", "House Benghazi Committee", "ORG"},
			want:   map[string][]int{"House": {0}, "House Benghazi Committee": {1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names := mentions(t, tt.src, tt.names...)
			ids, ents := Resolve(tt.src, names, canon)
			got := map[string][]int{}
			for _, e := range ents {
				key := e.Name
				if _, dup := got[key]; dup {
					key += "/" + e.Type.String() // a second entity of the same name
				}
				got[key] = e.Members
				for _, m := range e.Members {
					if ents[ids[m]].Name != e.Name {
						t.Errorf("ids[%d] = %d, but member of %q", m, ids[m], e.Name)
					}
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, d)
			}
		})
	}
}
