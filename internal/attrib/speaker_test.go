package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
)

// withNames finds quotations in src with the given names (each "text/TYPE", found in order)
// resolved and described by the entity stage, as the pipeline does, so the speaker rules are
// tested apart from the name tagger.
func withNames(t *testing.T, src string, typed ...string) ([]Quote, []Entity) {
	t.Helper()
	d, names, ents := analyzeWithNames(t, src, typed...)
	return Find(d, names, ents), ents
}

// analyzeWithNames analyzes src and gives the names and entities the entity stage would.
func analyzeWithNames(t *testing.T, src string, typed ...string) (*text.Doc, []Name, []Entity) {
	t.Helper()
	var rn []resolve.Name
	pos := 0
	for _, tn := range typed {
		s, ty, _ := strings.Cut(tn, "/")
		i := strings.Index(src[pos:], s)
		if i < 0 {
			t.Fatalf("%q not in %q after %d", s, src, pos)
		}
		var typ entity.Type
		if err := typ.UnmarshalText([]byte(ty)); err != nil {
			t.Fatal(err)
		}
		rn = append(rn, resolve.Name{Start: pos + i, End: pos + i + len(s), Type: typ})
		pos += i + len(s)
	}
	d := text.Analyze(src)
	ids, groups := resolve.Resolve(src, rn, nil)
	resolve.Describe(d, rn, ids, groups)
	names := make([]Name, len(rn))
	for i, n := range rn {
		names[i] = Name{Start: n.Start, End: n.End, Type: n.Type, Entity: ids[i]}
	}
	ents := make([]Entity, len(groups))
	for i, g := range groups {
		ents[i] = Entity{Name: g.Name, Type: g.Type, Gender: g.Gender, GenderEvidence: g.Evidence, Role: g.Role, Age: g.Age}
	}
	return d, names, ents
}

// TestReportedWithNames checks reported speech whose speaker rests on the entity stage's names.
func TestReportedWithNames(t *testing.T) {
	tests := []struct {
		name, reason, src string
		names             []string
		want              []rep
	}{
		{"name and colon", "NAME: CLAUSE, as headlines write it: the name speaks, the colon is the cue, not the clause's own subject and verb",
			"Dana Whitfield: Drivers Say Depot Must Stay Open\n\nThe depot opened in 2009.",
			[]string{"Dana Whitfield/PERSON"},
			[]rep{{"Depot Must Stay Open", "Dana Whitfield", "Dana Whitfield", ":", ruleModel}}},
		{"label before a colon", "a word that is no name before a colon (Update) speaks for no one",
			"Update: The food bank ran out of rice within two days, Rania Salib said.",
			[]string{"Rania Salib/PERSON"},
			[]rep{{"The food bank ran out of rice within two days", "Rania Salib", "Rania Salib", "said", ruleRepAfter}}},
		{"description with an appositive name", "the name set off by commas after the description is the speaker mention",
			"Its spokeswoman, Jane Roe, said the reforms were sound.",
			[]string{"Jane Roe/PERSON"},
			[]rep{{"the reforms were sound", "Jane Roe", "Jane Roe", "said", ruleModel}}},
		{"subject before an apposition", "the apposition after the subject is no speaker, nor the owner named inside it: the subject spoke; where the statement was posted is no record",
			"Lumen, Mr. Tate's satellite company, said it would comply with the ruling, according to a statement posted on its account.",
			[]string{"Lumen/ORG", "Tate/PERSON"},
			[]rep{{"it would comply with the ruling", "Lumen", "Lumen", "said", ruleModel}}},
		{"owner inside the mention", "the campaign of a person spoke, not the person",
			"Jane Roe’s campaign said the ads would run for a week.",
			[]string{"Jane Roe/PERSON"},
			[]rep{{"the ads would run for a week", "Jane Roe’s campaign", "Jane Roe’s campaign", "said", ruleModel}}},
		{"second verb phrase", "told opens the second verb phrase of a sentence whose subject is Mwangi; the spokeswoman of the next sentence only denies it",
			"Mwangi was released on Monday and told reporters he had been beaten by police. Police spokeswoman Muchiri Nyaga denied the claim.",
			[]string{"Mwangi/PERSON", "Muchiri Nyaga/PERSON"},
			[]rep{{"he had been beaten by police", "Mwangi", "Mwangi", "told", ruleModel}, {"the claim", "Police spokeswoman Muchiri Nyaga", "Muchiri Nyaga", "denied", ruleModel}}},
		{"residents of a place", "the residents spoke, not the village they are from; the city of Phoenix is Phoenix",
			"Residents of Varnavas said the fire came at night. The city of Phoenix said the image must not be used.",
			[]string{"Varnavas/PLACE", "Phoenix/PLACE"},
			[]rep{{"the fire came at night", "Residents of Varnavas", "Residents of Varnavas", "said", ruleModel}, {"the image must not be used", "The city of Phoenix", "Phoenix", "said", ruleModel}}},
		{"relative pronoun after a preposition", "who and which stand for the noun phrase before them, also after by",
			"The ceremony was boycotted by 20 opposition parties who said the president should have led it.",
			nil,
			[]rep{{"the president should have led it", "who", "20 opposition parties", "said", ruleModel}}},
		{"relative pronoun after by, with a comma", "which stands for the noun phrase with its determiner",
			"The ceremony was boycotted by the opposition, which said the president should have performed it.",
			nil,
			[]rep{{"the president should have performed it", "which", "the opposition", "said", ruleRepThat}}},
		{"the company of the sentence", "the company named before the description in its own sentence is the company, not the one the story named most; the content keeps its percent sign",
			"Morgan Stanley rose. Morgan Stanley hired staff. Shares of Johnson & Johnson fell after the company said sales dropped 30%.",
			[]string{"Morgan Stanley/ORG", "Morgan Stanley/ORG", "Johnson & Johnson/ORG"},
			[]rep{{"sales dropped 30%", "the company", "Johnson & Johnson", "said", ruleModel}}},
		{"participle after a dateline", "saying has the sentence's subject, not the dateline's place or the object; the apposition before the participle is nobody's words",
			"MOUNTAIN VIEW, Calif. — Google on Tuesday released Gemini 3, the latest version of its model, saying it outperformed rivals on tests of reasoning.",
			[]string{"MOUNTAIN VIEW/PLACE", "Calif./PLACE", "Google/ORG", "Gemini/ORG"},
			[]rep{{"it outperformed rivals on tests of reasoning", "Google", "Google", "saying", ruleModel}}},
		{"who after a place", "who stands for a person: the one named before the place, not the city",
			"“If the machine does the first draft, how do we learn?” asked Maya Patel, a second-year associate at a firm in Chicago who asked that her firm not be named.",
			[]string{"Maya Patel/PERSON", "Chicago/PLACE"},
			[]rep{{"that her firm not be named", "who", "Maya Patel", "asked", ruleModel}}},
		{"circumstance after the cue", "a phrase of place and time after said, up to a comma, reports nothing; the clause after adding does; backing the court is a stance, kept as a thought",
			"Lula Barros has backed the court. “No one is above the law,” he said at an event in Recife on Thursday, adding that the state would not negotiate.",
			[]string{"Lula Barros/PERSON", "Recife/PLACE"},
			[]rep{{"the court", "Lula Barros", "Lula Barros", "has backed", ruleModel}, {"that the state would not negotiate", "he", "Lula Barros", "adding", ruleModel}}},
		{"circumstance only", "said at a news conference: the place where it was said reports nothing, whether or not the tagger took at into the cue",
			"“I will stay,” Shigeru Ishiba said at a news conference at party headquarters in Nagatacho.",
			[]string{"Shigeru Ishiba/PERSON", "Nagatacho/PLACE"},
			nil},
		{"clause of time", "what happened after his party lost is no content of rejected calls: nobody said it",
			"Japanese Prime Minister Shigeru Ishiba rejected calls to resign on Monday after his Liberal Democratic Party and its coalition partner Komeito lost their majority in the upper house of parliament.",
			[]string{"Shigeru Ishiba/PERSON", "Liberal Democratic Party/ORG", "Komeito/ORG"},
			nil},
		{"name modifying the speaker", "the mission spoke, not the UN, whose name only says whose mission it is",
			"The UN human rights mission said more than 12,000 civilians have been killed.",
			[]string{"UN/ORG"},
			[]rep{{"more than 12,000 civilians have been killed", "The UN human rights mission", "The UN human rights mission", "said", ruleModel}}},
		{"officials in a place", "the officials spoke, not the city they are in",
			"Officials in Kharkiv said two people were killed.",
			[]string{"Kharkiv/PLACE"},
			[]rep{{"two people were killed", "Officials in Kharkiv", "Officials in Kharkiv", "said", ruleModel}}},
		{"analysts at a firm", "analysts at a firm speak for the firm, which is named",
			"Analysts at Nomura Securities said the yen could weaken further.",
			[]string{"Nomura Securities/ORG"},
			[]rep{{"the yen could weaken further", "Analysts at Nomura Securities", "Nomura Securities", "said", ruleModel}}},
		{"quoted as saying", "the agency quoted him: the spokesman said the words",
			"Kremlin spokesman Dmitry Peskov was quoted by the RIA Novosti news agency as saying that Moscow was open to dialogue.",
			[]string{"Dmitry Peskov/PERSON", "RIA Novosti/ORG", "Moscow/PLACE"},
			[]rep{{"that Moscow was open to dialogue", "Dmitry Peskov", "Dmitry Peskov", "as saying", ruleModel}}},
		{"said in an address", "where it was said, after a preposition the tagger left out of both cue and content, reports nothing",
			"“Ukraine will not give up its land,” Zelensky said in his nightly video address.",
			[]string{"Ukraine/PLACE", "Zelensky/PERSON"},
			nil},
		{"dateline with a colon", "NEW DELHI: opens the story; the minister after it is the source, the dateline no part of the mention",
			"NEW DELHI: Finance Minister Nirmala Sitharaman said the scheme would start in April.",
			[]string{"NEW DELHI/PLACE", "Nirmala Sitharaman/PERSON"},
			[]rep{{"the scheme would start in April", "Finance Minister Nirmala Sitharaman", "Nirmala Sitharaman", "said", ruleModel}}},
		{"headline surname", "the headline's surname, which the tagger left untagged, is the person the story names in full",
			"Centre to roll out pension scheme from April, says Sitharaman\n\nFinance Minister Nirmala Sitharaman spoke on Friday.",
			[]string{"Nirmala Sitharaman/PERSON"},
			[]rep{{"Centre to roll out pension scheme from April", "Sitharaman", "Nirmala Sitharaman", "says", ruleRepAfter}}},
		{"told reporters at the end", "a clause, then the source and told with the one told: the source's words",
			"The guard was shot as he tried to break up a fight, Houston Police Chief Noe Diaz told reporters.",
			[]string{"Houston/PLACE", "Noe Diaz/PERSON"},
			[]rep{{"The guard was shot as he tried to break up a fight", "Houston Police Chief Noe Diaz", "Noe Diaz", "told", ruleRepAfter}}},
		{"organization, not its spokeswoman", "the campaign is not the person whose role is campaign spokeswoman",
			"Hope Hicks, a campaign spokeswoman, did not comment.\n\nThe Trump campaign has said he is not being audited for returns before 2009.",
			[]string{"Hope Hicks/PERSON", "Trump/PERSON"},
			[]rep{{"he is not being audited for returns before 2009", "The Trump campaign", "The Trump campaign", "has said", ruleModel}}},
		{"source in its own sentence", "the subject before the cue speaks, not the person named in the next sentence",
			"Lawyers for the shareholders called the accord \"an excellent result.\" Shawn Williams, a partner at the firm, declined to comment further.",
			[]string{"Shawn Williams/PERSON"},
			[]rep{{"the accord \"an excellent result.\"", "Lawyers for the shareholders", "Lawyers for the shareholders", "called", ruleModel}, {"to comment further", "Shawn Williams", "Shawn Williams", "declined", ruleModel}}},
		{"company after an introductory filing", "the filing is where it was said; the company is the one the story keeps naming, not the law firm named last nor the regulator",
			"Apple agreed to pay $490 million. Apple denied wrongdoing. Shawn Williams, a partner at Robbins Geller, declined to comment.\n\nIn a filing with the Securities and Exchange Commission, the company said revenue in China fell 8% in the quarter.",
			[]string{"Apple/ORG", "Apple/ORG", "Shawn Williams/PERSON", "Robbins Geller/ORG", "Securities and Exchange Commission/ORG", "China/PLACE"},
			[]rep{{"to pay $490 million", "Apple", "Apple", "agreed", ruleModel}, {"wrongdoing", "Apple", "Apple", "denied", ruleModel}, {"to comment", "Shawn Williams", "Shawn Williams", "declined", ruleModel}, {"revenue in China fell 8% in the quarter", "the company", "Apple", "said", ruleModel}}},
		{"ministry is no company", "the ministry is not the regulator named before it",
			"The Securities and Exchange Commission opened an inquiry.\n\nIn a statement, the ministry said the talks had failed.",
			[]string{"Securities and Exchange Commission/ORG"},
			[]rep{{"the talks had failed", "the ministry", "the ministry", "said", ruleModel}}},
		{"the Spaniard", "a nationality noun stands for the person the story follows, as a demonym does",
			"Jannik Sinner won the title. Carlos Alcaraz, 22, had won 24 matches in a row. The Spaniard said he was proud of his run.",
			[]string{"Jannik Sinner/PERSON", "Carlos Alcaraz/PERSON"},
			[]rep{{"he was proud of his run", "The Spaniard", "Carlos Alcaraz", "said", ruleModel}}},
		{"said after a quotation closed by a comma", "the relative clause's quotation ends with its comma; said after it is the subject's verb, not part of what called reports (what Argentina wants is a thought of its own)",
			"Milei, who has called Mercosur “a prison,” said Argentina wanted the freedom to sign its own deals.",
			[]string{"Milei/PERSON", "Mercosur/ORG", "Argentina/PLACE"},
			[]rep{{"Mercosur “a prison,”", "who", "Milei", "has called", ruleModel}, {"the freedom to sign its own deals", "Argentina", "Argentina", "wanted", ruleModel}}},
		{"thing before a participle", "the capital does not demand: the participle is the farmers', and the tagger gave it the noun before it",
			"Thousands of farmers blocked highways into the capital demanding guaranteed prices for their crops.",
			nil,
			nil},
		{"relative clause after a phrase", "a trade fight that has rattled the industry: the relative clause is no one's words",
			"Shares of Nvidia fell after Beijing told domestic companies to stop buying its chips, the latest turn in a trade fight that has rattled the semiconductor industry.",
			[]string{"Nvidia/ORG", "Beijing/PLACE"},
			[]rep{{"to stop buying its chips", "Beijing", "Beijing", "told", ruleModel}}},
		{"next sentence's object", "a cue does not reach into the middle of the next sentence, which has its own subject and verb",
			"Judge Paulo Mendes wrote in his decision that the firm had ignored court orders. Lumen did not respond to a request for comment.",
			[]string{"Paulo Mendes/PERSON", "Lumen/ORG"},
			[]rep{{"that the firm had ignored court orders", "Judge Paulo Mendes", "Paulo Mendes", "wrote in his decision", ruleModel}}},
		{"appositive name at the sentence end", "the name set off by a comma after the description, closing the sentence, is the source",
			"Fighting in the north has displaced two million people, according to the refugee agency, UNHCR.",
			[]string{"UNHCR/ORG"},
			[]rep{{"Fighting in the north has displaced two million people", "UNHCR", "UNHCR", "according to", ruleModel}}},
		{"relative clause before the cue", "the source is the pair a relative clause describes, not a noun inside the clause",
			"Taro Kono and Sanae Takaichi, who lost to Ishiba in last year's leadership race, said the party needed a fresh start.",
			[]string{"Taro Kono/PERSON", "Sanae Takaichi/PERSON", "Ishiba/PERSON"},
			[]rep{{"the party needed a fresh start", "Taro Kono and Sanae Takaichi", "Taro Kono and Sanae Takaichi", "said", ruleModel}}},
		{"relative clause on an apposition", "the clause describes the company inside the apposition; the subject before it spoke",
			"Ana Brunner, a spokeswoman for the Harbor Coalition, which is made up of developers, said the critics were wrong.",
			[]string{"Ana Brunner/PERSON", "Harbor Coalition/ORG"},
			[]rep{{"the critics were wrong", "Ana Brunner", "Ana Brunner", "said", ruleModel}}},
		{"subordinate clause opening the sentence", "the content of a cue inside an opening while-clause ends where the main clause begins: the ruling and the appeal are the writer's",
			"While the regulator found the merger lawful in 2019, its ruling was overturned by a higher court, and the firm appealed.",
			nil,
			[]rep{{"the merger lawful in 2019", "the regulator", "the regulator", "found", ruleModel}}},
		{"coordinated attributions", "a clause after a comma and a conjunction whose own subject argues is a second attribution, not part of the first content",
			"The minister emphasized that the budget was balanced, and opposition parties argued that it hid a deficit of billions.",
			nil,
			[]rep{{"that the budget was balanced", "The minister", "The minister", "emphasized", ruleModel}, {"that it hid a deficit of billions", "opposition parties", "opposition parties", "argued", ruleModel}}},
		{"coordinated wishes", "each side of the comma and conjunction wants its own thing",
			"Farmers want water rules that protect their wells, and developers want rules that speed up building permits in the valley.",
			nil,
			[]rep{{"water rules that protect their wells", "Farmers", "Farmers", "want", ruleModel}, {"rules that speed up building permits in the valley", "developers", "developers", "want", ruleModel}}},
		{"cue without content", "a verb of speech with its subject and no content tagged reports what follows it to the sentence end",
			"The agency said nothing. Tenants also asked whether the repairs would be finished before winter.",
			nil,
			[]rep{{"whether the repairs would be finished before winter", "Tenants", "Tenants", "also asked", ruleModel}}},
		{"restrictive who", "who without a comma stands for the noun phrase before it",
			"The strike was led by students who called for the rector to resign.",
			nil,
			[]rep{{"the rector to resign", "who", "students", "called for", ruleModel}}},
		{"who after an organization", "who after an organization in a prepositional phrase is the person the phrase describes",
			"Ana Ruiz, a technician at the Water Authority who warned that the pumps would fail, lost her job.",
			[]string{"Ana Ruiz/PERSON", "Water Authority/ORG"},
			[]rep{{"that the pumps would fail", "who", "Ana Ruiz", "warned", ruleModel}}},
		{"evidence closing the sentence", "a study after the comma with its verb of evidence at the sentence end shows the clause before it",
			"Bus fares in the region rose by a fifth last year, a new analysis of transit budgets shows.",
			nil,
			[]rep{{"Bus fares in the region rose by a fifth last year", "a new analysis of transit budgets", "a new analysis of transit budgets", "shows", ruleRepAfter}}},
		{"evidence after an auxiliary", "have shown closes the sentence as shows does",
			"Night shifts raise the risk of heart disease, several studies have shown.",
			nil,
			[]rep{{"Night shifts raise the risk of heart disease", "several studies", "several studies", "shown", ruleRepAfter}}},
		{"no evidence noun", "a person who found something is no source of evidence for the clause before the comma",
			"The keys were under the mat, where the neighbor found them.",
			nil,
			nil},
		{"endorsement", "endorsing a candidate is a stance, kept as a thought, as supporting is",
			"The largest teachers union endorsed Maria Lopez for mayor.",
			[]string{"Maria Lopez/PERSON"},
			[]rep{{"Maria Lopez for mayor", "The largest teachers union", "The largest teachers union", "endorsed", ruleModel}}},
		{"closing attribution over a nested cue", "the clause before \", X told reporters\" is his whole, though it holds a verb of its own that reports",
			"The mayor could back the stadium, but only if she can be convinced that it pays for itself, Ray Ortiz told reporters on Friday.",
			[]string{"Ray Ortiz/PERSON"},
			[]rep{{"The mayor could back the stadium, but only if she can be convinced that it pays for itself", "Ray Ortiz", "Ray Ortiz", "told", ruleModel}}},
		{"headline label of a name", "a headline opened by a person's name and a colon is that person's clause",
			"Okafor: Depot Will Stay Open Through the Winter\n\nThe depot opened in 2009.",
			[]string{"Okafor/PERSON"},
			[]rep{{"Depot Will Stay Open Through the Winter", "Okafor", "Okafor", ":", ruleRepAfter}}},
		{"headline label of evidence", "a first line opened by a noun of evidence and a colon reports what the evidence shows, whatever its case",
			"Survey: most renters in the city spend half their income on rent.\n\nThe survey asked 2,000 tenants.",
			nil,
			[]rep{{"most renters in the city spend half their income on rent", "Survey", "Survey", ":", ruleRepAfter}}},
		{"headline label of a kind of story", "Analysis: names the kind of story, no source",
			"Analysis: Rents Keep Rising in the Capital\n\nRents rose again in May.",
			nil,
			nil},
		{"said of a topic", "what a speaker said something of is the topic, not the words; the doubled-apostrophe quotation after the sentence is the speaker's",
			"''It is a good first step,'' Ana Lima said of the tax plan. ''It does not go far enough.''",
			[]string{"Ana Lima/PERSON"},
			[]rep{{"''It is a good first step,''", "Ana Lima", "Ana Lima", "said of", ruleModel}, {"''It does not go far enough.''", "Ana Lima", "Ana Lima", "said of", ruleModel}}},
		{"one-word object", "the noun a verb of the lexicon reports, closing the sentence, is content enough",
			"The mining company denied wrongdoing.",
			nil,
			[]rep{{"wrongdoing", "The mining company", "The mining company", "denied", ruleModel}}},
		{"indirect question after a negated verb", "when after \"have not said\" opens what was not said, no time of saying",
			"Officials have not said when the bridge would reopen.",
			nil,
			[]rep{{"when the bridge would reopen", "Officials", "Officials", "have not said", ruleModel}}},
		{"as after describe", "as after a verb of describing opens the description",
			"The move was what critics described as a blatant land grab.",
			nil,
			[]rep{{"as a blatant land grab", "critics", "critics", "described", ruleModel}}},
		{"inverted speaker with her newspaper", "in \", noted NAME of the PAPER.\" the name speaks for the clause before",
			"Turnout fell in every district, noted Anna Berg of the Daily Ledger.",
			[]string{"Anna Berg/PERSON", "Daily Ledger/ORG"},
			[]rep{{"Turnout fell in every district", "Anna Berg", "Anna Berg", "noted", ruleRepAfter}}},
		{"inverted speaker with a possessive", "\", noted NBC's Dana Cole.\" speaks for the clause before",
			"Debates rarely change an election, noted NBC's Dana Cole.",
			[]string{"NBC/ORG", "Dana Cole/PERSON"},
			[]rep{{"Debates rarely change an election", "NBC's Dana Cole", "Dana Cole", "noted", ruleRepAfter}}},
		{"plural subject before a bare verb", "say after \"the country\" is the verb of the observers when a name follows it, not a noun",
			"Political observers in the region and around the country say Okafor deserves the post.",
			[]string{"Okafor/PERSON"},
			[]rep{{"Okafor deserves the post", "Political observers in the region and around the country", "Political observers in the region and around the country", "say", ruleModel}}},
		{"concession after the content", "a clause of concession with its own subject after the reported clause is the writer's",
			"The ministry said the dam was safe, although engineers may need weeks to inspect it.",
			nil,
			[]rep{{"the dam was safe", "The ministry", "The ministry", "said", ruleModel}}},
		{"doubled apostrophes held whole", "a passage in doubled apostrophes before its cue is the speaker's whole, past a colon inside it",
			"''Their aim is plain: to look like a real newspaper,'' Ana Lima said of the site.",
			[]string{"Ana Lima/PERSON"},
			[]rep{{"''Their aim is plain: to look like a real newspaper,''", "Ana Lima", "Ana Lima", "said of", ruleModel}}},
		{"concession after the second part", "the part after \", officials said,\" stops before the writer's clause of concession",
			"The fire, officials said, started in the kitchen, although the cause is still unknown.",
			nil,
			[]rep{{"The fire", "officials", "officials", "said", ruleModel}, {"started in the kitchen", "officials", "officials", "said", ruleModel}}},
		{"no evidence opening the sentence", "a person who found something is no source of evidence",
			"A neighbor walking his dog found the missing keys near the gate.",
			nil,
			nil},
		{"doubled apostrophes after a cut content", "the next passage in doubled apostrophes is the speaker's though the tagger began the first content inside its passage",
			"''The plan is a start. Beyond that, the city has other priorities, such as new buses and safer streets,'' she added. ''But these come first.''",
			nil,
			[]rep{{"Beyond that, the city has other priorities, such as new buses and safer streets,''", "she", "she", "added", ruleModel}, {"''But these come first.''", "she", "she", "added", ruleModel}}},
		{"according to after a where clause", "a closing according-to that follows a where clause vouches for that clause, not for the meeting before it",
			"In Lagos, the council met to discuss the north, where fighting has displaced two million people, according to the refugee agency, UNHCR.",
			[]string{"Lagos/PLACE", "UNHCR/ORG"},
			[]rep{{"fighting has displaced two million people", "UNHCR", "UNHCR", "according to", ruleModel}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, names, ents := analyzeWithNames(t, tc.src, tc.names...)
			got := viewReported(tc.src, FindReported(d, names, ents))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// spoken is what a speaker test compares for each attributed quotation.
type spoken struct {
	Text      string
	Speaker   string
	Members   []string
	Continues bool
}

func TestSpeakerResolution(t *testing.T) {
	tests := []struct {
		name, reason, src string
		names             []string
		want              []spoken
	}{
		{"subject over relative clause", "the issue's example: the story follows Salib; Pike is named inside a relative clause, and Casey is a name of both sexes",
			"Rania Salib runs the food bank on Main Street.\n\nSalib said demand rose sharply after the closure of the Kerr plant, where Casey Pike had worked for years.\n\n“We ran out of rice in two days,” she said.",
			[]string{"Rania Salib/PERSON", "Salib/PERSON", "Casey Pike/PERSON"},
			[]spoken{{Text: "We ran out of rice in two days,", Speaker: "Rania Salib"}}},
		{"quotation after a sentence about a person", "a quotation that is a whole sentence closing the paragraph, after a sentence whose subject is a person named in apposition, is that person's; it continues no one",
			"Mr. Clarke built a chain of nursing homes. His former business partner at Lenox, Lawrence Cummings, called him a master of hard deals. “He showed again and again an ability to close deals.”\n\nLenox went bankrupt in 1999.",
			[]string{"Clarke/PERSON", "Lenox/ORG", "Lawrence Cummings/PERSON", "Lenox/ORG"},
			[]spoken{{Text: "He showed again and again an ability to close deals.", Speaker: "Lawrence Cummings", Continues: true}}},
		{"titled name in apposition", "the person named after the describing subject, with a title between the comma and the name, is the speaker; called after the second comma is the sentence's verb",
			"The hospital's chief nursing officer, Dr. Angela Reyes, called Santos “a legend.”",
			[]string{"Angela Reyes/PERSON", "Santos/PERSON"},
			[]spoken{{Text: "a legend.", Speaker: "Angela Reyes"}}},
		{"conjunction before the subject", "But opens the sentence; the subject after it, with its apposition, is the speaker",
			"But Rachael Maskell, the MP for York Central, said the plans would “push disabled people into poverty.”",
			[]string{"Rachael Maskell/PERSON", "York Central/PLACE"},
			[]spoken{{Text: "push disabled people into poverty.", Speaker: "Rachael Maskell"}}},
		{"nationality noun after the quotation", "the Spaniard is the salient player the story does not make another nationality: not the Serbian",
			"The 38-year-old Serbian Novak Djokovic won. Carlos Alcaraz said he had been too passive. “He was better today,” the Spaniard said.",
			[]string{"Novak Djokovic/PERSON", "Carlos Alcaraz/PERSON"},
			[]spoken{{Text: "He was better today,", Speaker: "Carlos Alcaraz"}}},
		{"pronoun after a described subject", "the sentence before has the judge as its subject, by description, and names no one after: she is the judge, not the prosecutor who spoke last",
			"U.S. District Judge Mary Rowland heard the case. Assistant U.S. Attorney Sarah Chen told the court the bribes were a business.\n\nThe judge rejected that argument. “The damage cannot be repaid,” she said.",
			[]string{"Mary Rowland/PERSON", "Sarah Chen/PERSON"},
			[]spoken{{Text: "The damage cannot be repaid,", Speaker: "Mary Rowland"}}},
		{"subject with a title of lower-case words", "BJP state president opens the subject the name ends: he is Annamalai, not the chief minister quoted before",
			"Chief Minister M.K. Stalin spoke first. “The Centre is punishing us,” Stalin said.\n\nBJP state president K. Annamalai dismissed the charge. “The funds will be released,” he told reporters.",
			[]string{"M.K. Stalin/PERSON", "Stalin/PERSON", "BJP/ORG", "K. Annamalai/PERSON"},
			[]spoken{{Text: "The Centre is punishing us,", Speaker: "M.K. Stalin"}, {Text: "The funds will be released,", Speaker: "K. Annamalai"}}},
		{"quotation after a sentence about a thing", "the subject of the sentence before is a company, no person: the quotation gets no speaker",
			"Lenox was a chain of nursing homes. Lenox grew into a giant by 1995. “It was the best of times.”\n\nIt went bankrupt in 1999.",
			[]string{"Lenox/ORG", "Lenox/ORG"},
			nil},
		{"quotation with words after it", "a quotation followed by words of the writer in its paragraph is not taken from the sentence before",
			"Lawrence Cummings built a chain of nursing homes. “He showed again and again an ability to close deals” is how partners saw him.\n\nLenox went bankrupt in 1999.",
			[]string{"Lawrence Cummings/PERSON"},
			nil},
		{"name after the cue starts a clause", "said is followed by the subject of what was said, not by the speaker: the quotation is the relative clause's, and who is Milei",
			"Milei, who has called Mercosur “a prison,” said Argentina wanted the freedom to sign its own deals.",
			[]string{"Milei/PERSON", "Mercosur/ORG", "Argentina/PLACE"},
			[]spoken{{Text: "a prison,", Speaker: "Milei"}}},
		{"appositive name of the subject", "the sentence before is about the resident named in apposition, a woman by her title: she, not the governor named earlier",
			"Governor Babajide Sanwo-Olu urged residents to cooperate.\n\nA resident of Ajah, Mrs Funmilayo Adebayo, told our correspondent that her shop was pulled down. “They came at night,” she said.",
			[]string{"Babajide Sanwo-Olu/PERSON", "Ajah/PLACE", "Funmilayo Adebayo/PERSON"},
			[]spoken{{Text: "They came at night,", Speaker: "Funmilayo Adebayo"}}},
		{"apposition in a coordinated clause", "the name set off by commas before the verb speaks, not the first clause's subject; warned after the comma is a verb, not a participle",
			"The Institute for Fiscal Studies said the numbers did not add up, and the Resolution Foundation’s chief executive, Ruth Curtice, warned of “tough choices” ahead.",
			[]string{"Institute for Fiscal Studies/ORG", "Resolution Foundation/ORG", "Ruth Curtice/PERSON"},
			[]spoken{{Text: "tough choices", Speaker: "Ruth Curtice"}}},
		{"name inside the quotation", "he is the Spaniard the story just spoke of, not the player he names inside his quotation",
			"Jannik Sinner won the title.\n\nCarlos Alcaraz, 22, had won 24 matches in a row. The Spaniard said he was proud of his run. “Jannik played better than me today,” he said.",
			[]string{"Jannik Sinner/PERSON", "Carlos Alcaraz/PERSON", "Jannik/PERSON"},
			[]spoken{{Text: "Jannik played better than me today,", Speaker: "Carlos Alcaraz"}}},
		{"subject over prepositional phrase", "both first names are borne by both sexes: the subject wins over the nearer name after 'with'",
			"Jordan Lee toured the plant with Casey Pike on Monday. “It is ready,” she said.",
			[]string{"Jordan Lee/PERSON", "Casey Pike/PERSON"},
			[]spoken{{Text: "It is ready,", Speaker: "Jordan Lee"}}},
		{"gender from the article", "the story calls Casey Pike she and Jordan Lee he, though neither first name tells",
			"Casey Pike runs the clinic. She opened it in 2019.\n\nJordan Lee joined later. He trained in Boston.\n\n“We are busy,” she said.",
			[]string{"Casey Pike/PERSON", "Jordan Lee/PERSON"},
			[]spoken{{Text: "We are busy,", Speaker: "Casey Pike"}}},
		{"nearest when equal", "two subjects of unknown sex: the nearer sentence wins",
			"Jordan Lee spoke first. Casey Pike spoke next. “We agree,” she said.",
			[]string{"Jordan Lee/PERSON", "Casey Pike/PERSON"},
			[]spoken{{Text: "We agree,", Speaker: "Casey Pike"}}},
		{"subject just before", "he follows the subject of the sentence just before, though the judge spoke last and is named more; Lula counts as a woman's name only by statistics",
			"Judge Paulo Mendes wrote in his ruling that the firm had “ignored” orders. Paulo Mendes gave it a week. The firm did not respond.\n\nLula Barros, the governor, has backed the court. “No one is above the law,” he said at an event in Recife.",
			[]string{"Paulo Mendes/PERSON", "Paulo Mendes/PERSON", "Lula Barros/PERSON", "Recife/PLACE"},
			[]spoken{{Text: "ignored", Speaker: "Paulo Mendes"}, {Text: "No one is above the law,", Speaker: "Lula Barros"}}},
		{"subject just before, title says otherwise", "a courtesy title outweighs the sentence just before: Ms. Barros is no he",
			"Judge Paulo Mendes wrote in his ruling that the firm had “ignored” orders.\n\nMs. Lula Barros has backed the court. “No one is above the law,” he said.",
			[]string{"Paulo Mendes/PERSON", "Lula Barros/PERSON"},
			[]spoken{{Text: "ignored", Speaker: "Paulo Mendes"}, {Text: "No one is above the law,", Speaker: "Paulo Mendes"}}},
		{"subject just before, nearer man", "a fitting person named after the subject is closer: the sentence-just-before rule yields to him",
			"Lula Barros, the governor, met Paulo Mendes on Monday; Paulo Mendes then spoke to the press. “No one is above the law,” he said.",
			[]string{"Lula Barros/PERSON", "Paulo Mendes/PERSON", "Paulo Mendes/PERSON"},
			[]spoken{{Text: "No one is above the law,", Speaker: "Paulo Mendes"}}},
		{"coordinated pair", "the issue's example: two people speaking together are one group speaker",
			"The owners of the bakery, Lena Ortiz and Tomas Berg, said they respected the vote.\n\n“We will work with the union in good faith,” they said.",
			[]string{"Lena Ortiz/PERSON", "Tomas Berg/PERSON"},
			[]spoken{{Text: "We will work with the union in good faith,", Speaker: "Lena Ortiz and Tomas Berg", Members: []string{"Lena Ortiz", "Tomas Berg"}}}},
		{"pair of places", "two countries joined by and speak as one group, not the nearer one alone",
			"“We will close the strait for a week,” Malaysia and Indonesia said.",
			[]string{"Malaysia/PLACE", "Indonesia/PLACE"},
			[]spoken{{Text: "We will close the strait for a week,", Speaker: "Malaysia and Indonesia", Members: []string{"Malaysia", "Indonesia"}}}},
		{"they is the organization", "without a pair, they is the organization named",
			"Acme Foods raised its forecast on Tuesday. “Demand was stronger than we expected,” they said.",
			[]string{"Acme Foods/ORG"},
			[]spoken{{Text: "Demand was stronger than we expected,", Speaker: "Acme Foods"}}},
		{"the company", "the issue's example: the company is the company named",
			"Kellogg raised its forecast on Tuesday.\n\n“Demand was stronger than we expected,” the company said in a statement.",
			[]string{"Kellogg/ORG"},
			[]spoken{{Text: "Demand was stronger than we expected,", Speaker: "Kellogg"}}},
		{"the union", "an organization whose name holds the noun, even when another is nearer",
			"The Amalgamated Transit Union called the strike. Acme Buses said it would talk.\n\n“We are ready,” the union said.",
			[]string{"Amalgamated Transit Union/ORG", "Acme Buses/ORG"},
			[]spoken{{Text: "We are ready,", Speaker: "Amalgamated Transit Union"}}},
		{"the mayor", "the issue's example: an apposition before the name gives the role",
			"The mayor, Dana Whitfield, welcomed the news. “It means jobs,” the mayor said.",
			[]string{"Dana Whitfield/PERSON"},
			[]spoken{{Text: "It means jobs,", Speaker: "Dana Whitfield"}}},
		{"union president", "a title before the name: union president Sam Okafor is the president",
			"Union president Sam Okafor called the vote.\n\n“It was fair,” the president said.",
			[]string{"Sam Okafor/PERSON"},
			[]spoken{{Text: "It was fair,", Speaker: "Sam Okafor"}}},
		{"the 26-year-old", "the age the story gave",
			"Casey Pike, 26, signed with the Hawks on Monday. Jordan Lee, 31, did not.\n\n“I am ready,” the 26-year-old said.",
			[]string{"Casey Pike/PERSON", "Jordan Lee/PERSON"},
			[]spoken{{Text: "I am ready,", Speaker: "Casey Pike"}}},
		{"the 37-year-old Serbian", "an age and a nationality the story never gave: the most salient person, the subject just before, not the coach who spoke last nor the one beaten",
			"Coach Carlo Bianchi told reporters the defeat was “painful.” Luis Alves missed a penalty.\n\nIn Perth, Goran Petrovic reached the final after beating Jan Novak in five sets. “I am still hungry,” the 37-year-old Serbian said.",
			[]string{"Carlo Bianchi/PERSON", "Luis Alves/PERSON", "Perth/PLACE", "Goran Petrovic/PERSON", "Jan Novak/PERSON"},
			[]spoken{{Text: "painful.", Speaker: "Carlo Bianchi"}, {Text: "I am still hungry,", Speaker: "Goran Petrovic"}}},
		{"the Brazilian", "a nationality alone: the salient person whose role names no other nationality",
			"Argentine striker Tomas Vega scored twice. Goalkeeper Marco Lima, 31, saved a penalty. “We deserved it,” the Brazilian said.",
			[]string{"Tomas Vega/PERSON", "Marco Lima/PERSON"},
			[]spoken{{Text: "We deserved it,", Speaker: "Marco Lima"}}},
		{"the 29-year-old", "an age the story never gave: the most salient person, not one of another age",
			"Casey Pike, 31, coached the side. Jordan Lee scored the winner. “It was a great night,” the 29-year-old said.",
			[]string{"Casey Pike/PERSON", "Jordan Lee/PERSON"},
			[]spoken{{Text: "It was a great night,", Speaker: "Jordan Lee"}}},
		{"a 29-year-old", "an indefinite description is someone new: it stays as written",
			"Jordan Lee scored the winner. “It was a great night,” a 29-year-old said.",
			[]string{"Jordan Lee/PERSON"},
			[]spoken{{Text: "It was a great night,", Speaker: "a 29-year-old"}}},
		{"description with an appositive name", "a description set off from a name by commas is that name, not the description",
			"The fund has urged the bank to act. Its spokeswoman, Jane Roe, said last week that the reforms were “bold and necessary.”",
			[]string{"Jane Roe/PERSON"},
			[]spoken{{Text: "bold and necessary.", Speaker: "Jane Roe"}}},
		{"description with a relative clause", "no name after the comma: the description stays the speaker",
			"The fund has urged the bank to act. Its spokeswoman, who asked not to be named, said the reforms were “bold and necessary.”",
			nil,
			[]spoken{{Text: "bold and necessary.", Speaker: "Its spokeswoman"}}},
		{"the rookie pitcher", "a description that fits the role of one person only",
			"The Hawks called up rookie pitcher Casey Pike and catcher Jordan Lee.\n\n“I am ready,” the rookie pitcher said.",
			[]string{"Hawks/ORG", "Casey Pike/PERSON", "Jordan Lee/PERSON"},
			[]spoken{{Text: "I am ready,", Speaker: "Casey Pike"}}},
		{"company spokesperson", "a spokeswoman named in an apposition is the company spokesperson",
			"Jane Roe, a spokeswoman for Acme Foods, confirmed the sale.\n\n“We are pleased,” a company spokesperson said.",
			[]string{"Jane Roe/PERSON", "Acme Foods/ORG"},
			[]spoken{{Text: "We are pleased,", Speaker: "Jane Roe"}}},
		{"unnamed spokesperson", "no spokesperson is named: the description stays, never a guessed name",
			"Jane Roe bought shares of Acme Foods.\n\n“We are pleased,” a company spokesperson said.",
			[]string{"Jane Roe/PERSON", "Acme Foods/ORG"},
			[]spoken{{Text: "We are pleased,", Speaker: "a company spokesperson"}}},
		{"unnamed agency", "no organization named nearby: the agency stays as written",
			"Jane Roe bought a house.\n\n“Rates will rise,” the agency said.",
			[]string{"Jane Roe/PERSON"},
			[]spoken{{Text: "Rates will rise,", Speaker: "the agency"}}},
		{"the senator", "an abbreviated title stands for the role noun, across a non-breaking space",
			"Vermont\u00a0Sen. Bernie Sanders spoke in Ohio.\n\n“We will win,” the senator said.",
			[]string{"Bernie Sanders/PERSON"},
			[]spoken{{Text: "We will win,", Speaker: "Bernie Sanders"}}},
		{"vice president", "the president is not the story's vice president",
			"Vice President Jane Roe visited the plant.\n\n“We will build,” the president said.",
			[]string{"Jane Roe/PERSON"},
			[]spoken{{Text: "We will build,", Speaker: "the president"}}},
		{"state abbreviation", "the full stop of R-Ky. does not end the attribution after the quotation",
			"“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
			[]string{"Mitch McConnell/PERSON"},
			[]spoken{{Text: "The veto will be overridden,", Speaker: "Mitch McConnell"}}},
		{"description with age and of", "a number word before the verb ends the description; the speaker is the description, not the she before it",
			"Ivanka Trump spoke last week. She said fathers would not be eligible, and when pressed, the 34-year-old mother of three replied, \"It's meant to benefit the mother.\"",
			[]string{"Ivanka Trump/PERSON"},
			[]spoken{{Text: "It's meant to benefit the mother.", Speaker: "the 34-year-old mother of three"}}},
		{"fragment ends its sentence", "a quoted fragment closing the writer's sentence is not attributed by the next sentence's cue",
			"South Korea accused the North's leader, Kim Jong Un, of “fanatic recklessness.” South Korean President Park Geun-hye said Kim's mental state was spiraling out of control.",
			[]string{"South Korea/PLACE", "Kim Jong Un/PERSON", "Park Geun-hye/PERSON", "Kim/PERSON"},
			[]spoken{{Text: "fanatic recklessness.", Speaker: "South Korea"}}},
		{"subordinate clause", "a fragment in a clause with a subject of its own is that subject's, not the earlier speaker's",
			"Tom Hale described Rania Salib as a “disgrace” after she blamed the closure on “bad luck” in a speech.",
			[]string{"Tom Hale/PERSON", "Rania Salib/PERSON"},
			[]spoken{{Text: "disgrace", Speaker: "Tom Hale"}, {Text: "bad luck", Speaker: "Rania Salib"}}},
		{"continues", "the second sentence and the quotation-only paragraph carry the speaker over; the first has its own",
			"“We ran out,” Rania Salib said. “Nobody came.”\n\n“We will reopen.”",
			[]string{"Rania Salib/PERSON"},
			[]spoken{{Text: "We ran out,", Speaker: "Rania Salib"}, {Text: "Nobody came.", Speaker: "Rania Salib", Continues: true},
				{Text: "We will reopen.", Speaker: "Rania Salib", Continues: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, ents := withNames(t, tt.src, tt.names...)
			var got []spoken
			for _, q := range qs {
				if !q.Kind.HasSpeaker() {
					continue
				}
				s := spoken{Text: tt.src[q.Start:q.End], Speaker: q.Speaker, Continues: q.Continues}
				for _, m := range q.Members {
					s.Members = append(s.Members, ents[m].Name)
				}
				got = append(got, s)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s(%s)", d, tt.reason)
			}
		})
	}
}
