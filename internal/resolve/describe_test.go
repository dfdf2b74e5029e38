package resolve

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// described resolves and describes the typed names of src and returns the first entity.
func described(t *testing.T, src string, typed ...string) []Entity {
	t.Helper()
	names := mentions(t, src, typed...)
	ids, ents := Resolve(src, names, canon)
	Describe(text.Analyze(src), names, ids, ents)
	return ents
}

func TestDescribeRole(t *testing.T) {
	tests := []struct {
		name, reason, src, person string
		role                      string
		age                       int
	}{
		{"title before", "a lower-case role noun before the name makes it his title",
			"Union president Sam Okafor said the vote was fair.", "Sam Okafor", "Union president", 0},
		{"inverted title", "the cue before the title is no part of it",
			"“We are satisfied,” said Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov", "Kremlin spokesman", 0},
		{"apposition after", "the issue's own example",
			"Sam Okafor, president of the union, said the vote was fair.", "Sam Okafor", "president of the union", 0},
		{"apposition with article", "the article is left out of the role",
			"Dmitry Peskov, the Kremlin spokesman, said talks went well.", "Dmitry Peskov", "Kremlin spokesman", 0},
		{"apposition before", "the issue's own example: the description, a comma, the name",
			"The mayor, Dana Whitfield, welcomed the news.", "Dana Whitfield", "mayor", 0},
		{"owner of several words", "the bank's whole name owns the role, not its last word",
			"The Bank of England's deputy governor, Sarah Breeden, warned banks.", "Sarah Breeden", "Bank of England's deputy governor", 0},
		{"apposition before a name with letters after it", "KC after the name does not keep the description before it from being her role",
			"Harrow's lawyer, Clare Montgomery KC, said her client would appeal.", "Clare Montgomery", "Harrow's lawyer", 0},
		{"rank after the role", "Sgt. is how he is addressed; the role is the department's spokesman; U.S. Sen. keeps its title",
			"Police spokesman Sgt. Luis Menendez spoke.", "Luis Menendez", "Police spokesman", 0},
		{"abbreviated title alone", "an abbreviated title after a capitalised word stays the role",
			"U.S. Sen. Jane Doe spoke.", "Jane Doe", "U.S. Sen.", 0},
		{"adjective before a name", "major in lower case is an adjective, not a rank: the name modifies a program",
			"The gallery is part of a major Andy Warhol donor program.", "Andy Warhol", "", 0},
		{"doctor and an apposition", "Dr. says what degree she holds; the apposition says what she does",
			"“We will grow,” said Dr. Amara Nwosu, chief executive of Acme Robotics.", "Amara Nwosu", "chief executive of Acme Robotics", 0},
		{"a plain person noun", "richest man says he is a man, not what he does: no role",
			"Vietnam's richest man Pham Nhat Vuong pledged more money.", "Pham Nhat Vuong", "", 0},
		{"age then role", "an age in commas, then the role",
			"Casey Pike, 26, a rookie pitcher, said he was ready.", "Casey Pike", "rookie pitcher", 26},
		{"years-old before", "the age written before the name",
			"The club signed 26-year-old Casey Pike on Monday.", "Casey Pike", "", 26},
		{"party and state", "R-Ky. is no role",
			"Mitch McConnell, R-Ky., said Tuesday the veto would fail.", "Mitch McConnell", "", 0},
		{"no description", "a verb after the name gives no role",
			"Dmitry Peskov told reporters the talks went well.", "Dmitry Peskov", "", 0},
		{"relative clause", "a clause after the comma is no apposition",
			"Dmitry Peskov, who spoke on Monday, said talks went well.", "Dmitry Peskov", "", 0},
		{"verb that is also a noun", "'have' is a WordNet person noun but here a verb: no role, and no panic",
			"We have Jane Doe on the line.", "Jane Doe", "", 0},
		{"courtesy title", "Mr says nothing of what he does: no role",
			"Mr Tokunbo Wahab disclosed this on Sunday.", "Tokunbo Wahab", "", 0},
		{"knighthood", "Sir is how a knight is addressed, not what he does: no role",
			"Sir Keir Starmer is facing a rebellion.", "Keir Starmer", "", 0},
		{"Malaysian honorific", "Datuk Seri between the title and the name says nothing of what he does: the role is the title before it",
			"Prime Minister Datuk Seri Anwar Ibrahim told parliament.", "Anwar Ibrahim", "Prime Minister", 0},
		{"role with a phrase before", "a role noun with its phrase of for, before the name and a courtesy title",
			"The Commissioner for the Environment and Water Resources, Mr Tokunbo Wahab, disclosed this.", "Tokunbo Wahab", "Commissioner for the Environment and Water Resources", 0},
		{"apposition before, a clause after", "the description before the name wins; the clause after the comma is no apposition",
			"Speaking through his Chief Press Secretary, Mr Gboyega Akosile, Governor Babajide Sanwo-Olu urged residents to cooperate.", "Gboyega Akosile", "Chief Press Secretary", 0},
		{"clause after the comma", "a name, then a capitalised title and a verb: a clause, not an apposition",
			"After a call with Gboyega Akosile, Governor Babajide Sanwo-Olu urged residents to cooperate.", "Gboyega Akosile", "", 0},
		{"title and first name", "John is a WordNet person noun, Mayor a first name: the title is Mayor alone",
			"Mayor John Whitmire called the killing senseless.", "John Whitmire", "Mayor", 0},
		{"owner and role before", "the owner stays with the role before the name",
			"Price's mother, Angela Price, said her son had planned to study.", "Angela Price", "Price's mother", 0},
		{"apposition over an ampersand", "a firm's name with an ampersand stays in the role",
			"Shawn Williams, a partner at Robbins Geller Rudman & Dowd, declined to comment.", "Shawn Williams", "partner at Robbins Geller Rudman & Dowd", 0},
		{"team before the role", "team is part of the title: Red Bull team principal",
			"Red Bull team principal Christian Horner called it a great drive.", "Christian Horner", "Red Bull team principal", 0},
		{"headline verb that is a person noun", "charge is a verb of the headline (WordNet knows a charge as a person), so the words before the name are no role",
			"Brazilian prosecutors charge Jair Bolsonaro over coup plot", "Jair Bolsonaro", "", 0},
		{"headline verb", "beats is a verb of the headline, not a role",
			"Sinner beats Carlos Alcaraz to win the title.", "Carlos Alcaraz", "", 0},
		{"title opening the sentence", "a capitalized word opening the sentence is part of the title when it is no sentence opener",
			"The economy shrank. Economy Minister Robert Habeck blamed the last government.", "Robert Habeck", "Economy Minister", 0},
		{"sentence opener before a title", "Only opens the sentence; it is no part of the title",
			"Only Foreign Minister Musalia Mudavadi kept his job.", "Musalia Mudavadi", "Foreign Minister", 0},
		{"role before a relative clause", "the role ends where the relative clause begins",
			"“We want accountability,” said Hanifa Adan, a 27-year-old activist who helped lead the demonstrations.", "Hanifa Adan", "27-year-old activist", 0},
		{"global head", "global is a modifier of a role",
			"“It is stuck in a rut,” said Carsten Brzeski, global head of macro at ING.", "Carsten Brzeski", "global head of macro at ING", 0},
		{"role of someone's", "a spokeswoman for the mayor is the spokeswoman, not the mayor",
			"A spokeswoman for the mayor, Jada Reed, said he would sign it.", "Jada Reed", "spokeswoman for the mayor", 0},
		{"title in the mention", "a title the tagger kept in the name is the role",
			"Sen. Jane Doe said the bill would pass.", "Jane Doe", "Sen.", 0},
		{"preposition a person noun", "\"opposite\" before a name is a preposition (WordNet lists it as a person noun): no role",
			"He began acting in 1983, playing opposite David Bowie.", "David Bowie", "", 0},
		{"modifier of a field", "a field before chief or lord belongs to the role: intelligence, drug",
			"Seven were convicted, including former intelligence chief Alexandre Ramagem.", "Alexandre Ramagem", "former intelligence chief", 0},
		{"title-case headline", "a comma in a headline in title case opens no apposition: \"Sanders Vows To …\" is no role of Trump",
			"Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers\nThe senator spoke.", "Trump", "", 0},
		{"sentence-case headline", "a headline in sentence case keeps the title before the name",
			"Former Brazilian president Bolsonaro sentenced to 27 years for coup plot\nThe court ruled.", "Bolsonaro", "Former Brazilian president", 0},
		{"headline verb names", "\"names\" before a name in a headline is the verb, no role",
			"Macron names Lecornu prime minister as France seeks budget deal\nThe president spoke.", "Lecornu", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mention := tt.person
			if tt.name == "title in the mention" {
				mention = "Sen. Jane Doe"
			}
			ents := described(t, tt.src, mention, "PERSON")
			got := [2]any{ents[0].Role, ents[0].Age}
			if d := cmp.Diff([2]any{tt.role, tt.age}, got); d != "" {
				t.Errorf("%q: role, age (-want +got):\n%s(%s)", tt.src, d, tt.reason)
			}
		})
	}
}

func TestDescribeGender(t *testing.T) {
	tests := []struct {
		name, reason, src string
		typed             []string
		want              []gazetteer.Gender
		evidence          []entity.Evidence
	}{
		{"pronoun over both-sex name", "Casey is a name of both sexes; the story's she decides",
			"Casey Pike said she would stay.", []string{"Casey Pike", "PERSON"},
			[]gazetteer.Gender{gazetteer.Female}, []entity.Evidence{entity.PronounEvidence}},
		{"next sentence", "a He opening the next sentence refers to the only person of the one before",
			"Jordan Lee runs a shop on Main Street. He said sales fell.", []string{"Jordan Lee", "PERSON"},
			[]gazetteer.Gender{gazetteer.Male}, []entity.Evidence{entity.PronounEvidence}},
		{"someone else's successor", "her replacement is the replacement of someone else: no evidence about Purbaya",
			"Purbaya Sadewa was named as her replacement.", []string{"Purbaya Sadewa", "PERSON"},
			[]gazetteer.Gender{gazetteer.UnknownGender}, []entity.Evidence{entity.NoEvidence}},
		{"title wins", "a courtesy title outranks a pronoun",
			"Mr. Lee said she would stay.", []string{"Mr. Lee", "PERSON"},
			[]gazetteer.Gender{gazetteer.Male}, []entity.Evidence{entity.TitleEvidence}},
		{"two people", "a pronoun in a sentence naming two people tells nothing of either",
			"Casey Pike met Jordan Lee, and she said nothing.", []string{"Casey Pike", "PERSON", "Jordan Lee", "PERSON"},
			[]gazetteer.Gender{gazetteer.UnknownGender, gazetteer.UnknownGender}, []entity.Evidence{entity.NoEvidence, entity.NoEvidence}},
		{"quotation", "a pronoun inside a quotation is the speaker's, about someone else",
			"“He is wrong,” Casey Pike said.", []string{"Casey Pike", "PERSON"},
			[]gazetteer.Gender{gazetteer.UnknownGender}, []entity.Evidence{entity.NoEvidence}},
		{"object pronoun", "him is someone other than the subject, and his after it is his: Casey keeps no sex from them",
			"Casey Pike described him as a gentle man who worked to support his daughter.", []string{"Casey Pike", "PERSON"},
			[]gazetteer.Gender{gazetteer.UnknownGender}, []entity.Evidence{entity.NoEvidence}},
		{"first name", "without the article's word, the first name's statistics",
			"Rania Salib runs the food bank.", []string{"Rania Salib", "PERSON"},
			[]gazetteer.Gender{gazetteer.Female}, []entity.Evidence{entity.FirstNameEvidence}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := described(t, tt.src, tt.typed...)
			var got []gazetteer.Gender
			var ev []entity.Evidence
			for _, e := range ents {
				got, ev = append(got, e.Gender), append(ev, e.Evidence)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("gender (-want +got):\n%s(%s)", d, tt.reason)
			}
			if d := cmp.Diff(tt.evidence, ev); d != "" {
				t.Errorf("evidence (-want +got):\n%s(%s)", d, tt.reason)
			}
		})
	}
}

// FuzzDescribe: on any text, with every capitalized word a person, Describe does not panic and
// every role is text of the input (less white space).
func FuzzDescribe(f *testing.F) {
	for _, s := range []string{"We have Jane Doe on the line.", "The mayor, Dana Whitfield, spoke.",
		"Casey Pike, 26, a rookie pitcher, said she was ready.", "said Kremlin spokesman Dmitry Peskov.",
		"Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus, said", "\xff, ,Sen.\u00a0Jo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := text.Analyze(src)
		var names []Name
		for _, tk := range d.Tokens {
			if w := src[tk.Start:tk.End]; tk.Kind == text.Word && capitalized(w) {
				names = append(names, Name{Start: int(tk.Start), End: int(tk.End), Type: entity.Person})
			}
		}
		ids, ents := Resolve(src, names, nil)
		Describe(d, names, ids, ents)
		squeezed := strings.Join(strings.Fields(src), " ")
		for _, e := range ents {
			if e.Role != "" && !strings.Contains(squeezed, e.Role) {
				t.Fatalf("role %q is not in the text", e.Role)
			}
		}
	})
}
