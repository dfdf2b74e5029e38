package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

// rep is the readable form of a Reported compared in table tests.
type rep struct {
	Clause, Mention, Speaker, Cue string
	Rule                          ruleID
}

func viewReported(src string, rs []Reported) []rep {
	var out []rep
	for _, r := range rs {
		out = append(out, rep{src[r.Start:r.End], src[r.SpeakerStart:r.SpeakerEnd], r.Speaker, src[r.CueStart:r.CueEnd], r.Rule})
	}
	return out
}

func TestFindReported(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []rep
	}{
		{"that clause", "a reporting verb, that and a clause; the content keeps that, as PolNeAR's does",
			"Peskov noted that Moscow had heard from Washington.",
			[]rep{{"that Moscow had heard from Washington", "Peskov", "Peskov", "noted", ruleModel}}},
		{"participle after a whole clause", "the subject of the clause before , saying speaks, not the person in its object; a past participle after a name is no such clause",
			"The board fired Smith on Monday, saying he had misled investors. The court acquitted Kim of one count, saying the evidence was thin.",
			[]rep{{"he had misled investors", "The board", "The board", "saying", ruleModel}, {"the evidence was thin", "The court", "The court", "saying", ruleModel}}},
		{"no that", "the complementizer may be left out",
			"The ministry said the talks went well.",
			[]rep{{"the talks went well", "The ministry", "The ministry", "said", ruleModel}}},
		{"pronoun", "He resolves to the person named before, as for quotations",
			"Dmitry Peskov met reporters on Monday.\n\nHe stated that the reports were false.",
			[]rep{{"that the reports were false", "He", "Dmitry Peskov", "stated", ruleModel}}},
		{"added a sum", "added before a number adds runs or jobs, not words",
			"Brydon Carse added 56 and Jamie Smith made 51. The economy added 150,000 jobs in May, the department said.",
			[]rep{{"The economy added 150,000 jobs in May", "the department", "the department", "said", ruleModel}}},
		{"added a goal or points, denied a player", "in a match report added the third or the conversions scores, and denied and a player's name is a save: no words; a that-less clause after added stays",
			"Giorgian de Arrascaeta added the third for Flamengo. Jack Crowley added the conversions, but Ireland lost. Rui Silva denied Pino twice. The coach added the goals would come. The minister denied Monday that he had lied.",
			[]rep{{"the goals would come", "The coach", "The coach", "added", ruleModel}, {"that he had lied", "The minister", "The minister", "denied Monday", ruleModel}}},
		{"clause after the attribution", "a clause of time after X said is the writer's: the words before the attribution are what the officials said",
			"Talks resumed on Sunday, officials said, as mediators pushed for a deal.",
			[]rep{{"Talks resumed on Sunday", "officials", "officials", "said", ruleRepAfter}}},
		{"parenthesis after the cue", "as did the campaign, closed by a comma, leaves the that clause the experts'",
			"Several experts cautioned, as did the campaign itself, that the tax plans might change.",
			[]rep{{"that the tax plans might change", "Several experts", "Several experts", "cautioned", ruleModel}}},
		{"the before the name", "CLAUSE, the Foreign Ministry said: the name after the comma has its article",
			"Trump congratulated her in a phone call, the Foreign Ministry said.",
			[]rep{{"Trump congratulated her in a phone call", "the Foreign Ministry", "the Foreign Ministry", "said", ruleRepAfter}}},
		{"according to a statement from", "the opening names the union through its statement; the clause after the comma is the content, not a source of the next sentence",
			"According to a statement from the police union, officers will lose 300 positions. Police say the cuts will slow response times.",
			[]rep{{"officers will lose 300 positions", "the police union", "the police union", "According to", ruleModel}, {"the cuts will slow response times", "Police", "Police", "say", ruleModel}}},
		{"source run on after according to", "the words right after an according-to source run the source on; they are no second content of it",
			"Sea ice around Antarctica shrank to its smallest winter extent on record last year, according to a study published Wednesday in the journal Nature Climate Change, raising fears that the continent has entered a new state.",
			[]rep{{"Sea ice around Antarctica shrank to its smallest winter extent on record last year", "a study published", "a study published", "according to", ruleModel}}},
		{"bracket after the speaker's name", "the ward in brackets after a councillor's name is no speaker, nor the place that ends it: the name before the bracket speaks",
			"Coun. Paula Fletcher (Ward 14, Toronto–Danforth) noted that the lanes were approved in 2016. Mike Colle (Ward 8) said that staff would report.",
			[]rep{{"that the lanes were approved in 2016", "Coun. Paula Fletcher", "Coun. Paula Fletcher", "noted", ruleModel}, {"that staff would report", "Mike Colle", "Mike Colle", "said", ruleModel}}},
		{"apposition before said", "a name in apposition then said and a clause: the words after said hold a verb, no source of an inverted attribution",
			"His father, Meshack Opiyo, said the family wanted justice.",
			[]rep{{"the family wanted justice", "Meshack Opiyo", "Meshack Opiyo", "said", ruleModel}}},
		{"participle before a noun", "repeated after a verb in the past and before a noun modifies the noun: nobody repeated anything",
			"President William Ruto, who has faced repeated protests over taxes and the cost of living, did not comment on Wednesday.",
			nil},
		{"question to the reader", "an interviewer's question to you reports nobody's words; the minister's statement stays",
			"Prime Minister Feleti Teo has said the same thing.\n\nWhat would you say to President Trump?",
			[]rep{{"the same thing", "Prime Minister Feleti Teo", "Prime Minister Feleti Teo", "has said", ruleModel}}},
		{"spoke to", "whom he spoke to is no content",
			"Maina Talia has spent two years pressing richer nations. He spoke to us ahead of the summit in Belem.",
			nil},
		{"reports of after a time", "reports of after weeks after is a noun, and the part after the attribution's comma opening with weeks after is the writer's",
			"Nigerian President Bola Tinubu has replaced the country's service chiefs, his office said Friday, weeks after reports of a foiled coup plot that the military denied.",
			[]rep{{"Nigerian President Bola Tinubu has replaced the country's service chiefs", "his office", "his office", "said", ruleModel}}},
		{"charges in apposition", "charges after a comma and before it denies is a noun in apposition, no verb",
			"Amnesty International has accused the military of abuses in both regions, charges it denies.",
			[]rep{{"the military of abuses in both regions", "Amnesty International", "Amnesty International", "has accused", ruleModel}}},
		{"relative clause on the speaker", "who after the inverted speaker tells of her, it is no content; the survivors' criticism stays",
			"Some survivors criticized the visit. “He has forgotten us,” said Yang Geum-deok, 96, who was sent to a Mitsubishi aircraft factory as a girl.",
			[]rep{{"the visit", "Some survivors", "Some survivors", "criticized", ruleModel}}},
		{"claim a victory", "to claim before his first victory takes a win, says nothing",
			"Max Verstappen won on Sunday, holding off Lando Norris and Oscar Piastri to claim his first victory of the season.",
			nil},
		{"think tank", "think before tank is a noun, no cue: no record reads tank estimated as words said",
			"The Resolution Foundation think tank estimated that 250,000 people would fall into poverty.",
			nil},
		{"called an election", "calling an election is an act, not words said",
			"The prime minister called a snap election on Sunday.",
			nil},
		{"called the vote a sham", "calling something a name is an attribution, even when the thing is an event",
			"The opposition leader called the vote a sham.",
			[]rep{{"the vote a sham", "The opposition leader", "The opposition leader", "called", ruleModel}}},
		{"called a vote a mistake", "a complement after a longer noun phrase: still an attribution",
			"Clinton called her vote in favor of the war a mistake.",
			[]rep{{"her vote in favor of the war a mistake", "Clinton", "Clinton", "called", ruleModel}}},
		{"stops before a quotation", "the reported clause ends with its sentence; the quotation after it is a record of the marks",
			"Howard Lutnick said on CNBC that Washington would not ease export controls. \"We are not going to sell them our best stuff,\" Lutnick said.",
			[]rep{{"that Washington would not ease export controls", "Howard Lutnick", "Howard Lutnick", "said", ruleModel}}},
		{"object before that", "told reporters that: the clause after that",
			"Lavrov told reporters on Friday that the deal was off.",
			[]rep{{"that the deal was off", "Lavrov", "Lavrov", "told", ruleModel}}},
		{"told and a pronoun", "told, the one told and a subject pronoun: the clause the pronoun opens; a clause of circumstance after the one told reports nothing",
			"Lyle Menendez, 57, told the court he was sorry. Samer Soliman told Reuters as he came out of prayers.",
			[]rep{{"he was sorry", "Lyle Menendez", "Lyle Menendez", "told", ruleRepThat}}},
		{"cue after the clause", "CLAUSE, X said: the clause before the comma",
			"The talks will resume next week, the ministry said.",
			[]rep{{"The talks will resume next week", "the ministry", "the ministry", "said", ruleModel}}},
		{"inverted cue after the clause", "CLAUSE, said X",
			"The talks will resume next week, said Peskov.",
			[]rep{{"The talks will resume next week", "Peskov", "Peskov", "said", ruleModel}}},
		{"according to", "According to X, CLAUSE when no verb names a nearer speaker",
			"According to the newspaper, the talks will resume next week.",
			[]rep{{"the talks will resume next week", "the newspaper", "the newspaper", "According to", ruleRepAccording}}},
		{"nearer verb wins", "According to X, Y noted that …: Y, the source next to the cue (trimSource)",
			"According to The Guardian, Peskov noted that Moscow was satisfied.",
			[]rep{{"that Moscow was satisfied", "Peskov", "Peskov", "noted", ruleModel}}},
		{"partial quotation inside", "a quoted fragment does not make the clause direct speech",
			"Peskov said Russia is “satisfied” with the talks.",
			[]rep{{"Russia is “satisfied” with the talks", "Peskov", "Peskov", "said", ruleModel}}},
		{"content cut by a non-cue", "a word outside the lexicon that the tagger takes for a cue (despite) does not cut the content in two",
			"The alliance argues that parents still want their own local clinics, despite the proliferation of publicly funded, privately run urgent care centers in recent years.",
			[]rep{{"that parents still want their own local clinics, despite the proliferation of publicly funded, privately run urgent care centers in recent years", "The alliance", "The alliance", "argues", ruleModel}}},
		{"participle after the content", "a cue after a content that opens a content of its own (saying …) is not the first content's cue",
			"The mayor is defending her cuts to the library budget, saying they keep taxes low.",
			[]rep{{"her cuts to the library budget", "The mayor", "The mayor", "is defending", ruleModel},
				{"they keep taxes low", "The mayor", "The mayor", "saying", ruleModel}}},
		{"closing attribution", "CLAUSE, X said. holds the whole clause, a verb and subject the tagger marked inside it (rules called for) included",
			"The fire department's rules called for the driver to be taken to a hospital after the crash on the bridge, officials said.",
			[]rep{{"The fire department's rules called for the driver to be taken to a hospital after the crash on the bridge", "officials", "officials", "said", ruleModel}}},
		{"nested attribution", "an attribution inside a content (it says it saved) keeps its record, and the outer content runs over it",
			"She said the city would spend the $2 million it says it saved on new buses.",
			[]rep{{"the city would spend the $2 million it says it saved on new buses", "She", "She", "said", ruleModel},
				{"it saved on new buses", "it", "it", "says", ruleModel}}},
		{"coordinated attributions", "X filed [A], arguing [B]: two attributions, neither runs over the other",
			"The union filed a motion to block the layoffs, arguing the move was needed to protect the drivers.",
			[]rep{{"to block the layoffs", "The union", "The union", "filed a motion", ruleModel},
				{"the move was needed to protect the drivers", "The union", "The union", "arguing", ruleModel}}},
		{"dateline before a closing cue", "a dateline (SPRINGFIELD (AP) —) is no part of the content; a time word after the closing cue (said Tuesday) does not hide it",
			"SPRINGFIELD (AP) — The north depot will close in March, the governor said Tuesday.",
			[]rep{{"The north depot will close in March", "the governor", "the governor", "said", ruleRepAfter}}},
		{"dateline in a model content", "the tagger's content does not run back over the dateline",
			"WASHINGTON (Reuters) - Talks on the rail contract will resume next week, officials said on Friday.",
			[]rep{{"Talks on the rail contract will resume next week", "officials", "officials", "said", ruleModel}}},
		{"dateline alone", "a dateline's agency is no source and opens no reported clause",
			"SPRINGFIELD (AP) — A bus driver who was hurt in the crash on Monday is recovering at home.", nil},
		{"stance with a noun phrase", "maintained a policy and welcomed the news are acts, no reported speech",
			"The ministry maintained a policy of silence on the matter.\n\nThe mayor welcomed the news of the plant's reopening.", nil},
		{"pair of places", "two places joined by and speak together (their governments)",
			"The strait will close for a week, Malaysia and Indonesia said in a joint statement.",
			[]rep{{"The strait will close for a week", "Malaysia and Indonesia", "Malaysia and Indonesia", "said", ruleRepAfter}}},
		{"according to at the end", "CLAUSE, according to AGENCY.",
			"The strait will reopen on Friday, according to AFP.",
			[]rep{{"The strait will reopen on Friday", "AFP", "AFP", "according to", ruleModel}}},
		{"according to a statement", "according to a statement from X: X is the speaker",
			"The strait will reopen on Friday, according to a statement from the port authority.",
			[]rep{{"The strait will reopen on Friday", "the port authority", "the port authority", "according to", ruleRepAccording}}},
		{"long cue cut", "a cue the tagger runs on over an adjunct stops before its first preposition",
			"The mayor said during a Friday evening rally in Dayton that the depot would stay open.",
			[]rep{{"that the depot would stay open", "The mayor", "The mayor", "said", ruleModel}}},
		{"infinitive cut off a cue", "an infinitive cut off a long cue opens the content",
			"The governor is also determined to warn her supporters about the dangers of staying home on election day.",
			[]rep{{"to warn her supporters about the dangers of staying home on election day", "The governor", "The governor", "is also determined", ruleModel}}},
		{"cue set off by commas", "CLAUSE, X said, CLAUSE: the words before the cue are a record of their own",
			"The depot was a success, Ms. Okafor said, until the city cut its budget in 2019.",
			[]rep{{"The depot was a success", "Ms. Okafor", "Okafor", "said", ruleModel},
				{"until the city cut its budget in 2019", "Ms. Okafor", "Okafor", "said", ruleModel}}},
		{"closing cue over a long subject", "CLAUSE, police said. holds the whole clause though the tagger cut its subject off",
			"The driver who hit the bus - a 40-year-old man from Dayton, who was later released - was not wearing a seat belt, police said.",
			[]rep{{"The driver who hit the bus - a 40-year-old man from Dayton, who was later released - was not wearing a seat belt", "police", "police", "said", ruleModel}}},
		{"participle's subject", "by saying takes the subject of the main clause, not a noun in between",
			"The mayor answered a question from a reporter on Tuesday by saying the depot would stay open.",
			[]rep{{"the depot would stay open", "The mayor", "The mayor", "saying", ruleModel}}},
		{"the one told", "told NAME after a quotation names who heard it, no reported clause",
			"“The depot must stay open,” Ms. Okafor told The Daily Ledger on Thursday.\n\n“The sooner he releases the audit, the better,” Lee told the city council audience.", nil},
		{"circumstance after the cue", "said as …, said after … after a quotation tell when, not what",
			"“We must be able to defend ourselves,” the prime minister said as he entered the talks.\n\n“Our goal is not to retaliate,” the mayor said after meeting with the union leaders.", nil},
		{"doubled apostrophes run on", "a passage in doubled apostrophes after an attributed one in the same paragraph is the same speaker's",
			"''The depot is not for sale,'' said Ms. Okafor, who has led the local since 2012. ''It belongs to the city. It always will.''",
			[]rep{{"''The depot is not for sale,''", "Ms. Okafor", "Okafor", "said", ruleModel},
				{"''It belongs to the city. It always will.''", "Ms. Okafor", "Okafor", "said", ruleModel}}},
		{"doubled apostrophes cut short", "a content the tagger stops inside a passage in doubled apostrophes runs to its closing marks",
			"''The plan is no reform,'' said Ms. Lee, an economist at the institute. ''It adds complexity. It will not help the drivers.''",
			[]rep{{"''The plan is no reform,''", "Ms. Lee", "Lee", "said", ruleModel},
				{"''It adds complexity. It will not help the drivers.''", "Ms. Lee", "Lee", "said", ruleModel}}},
		{"about a figure", "about before a figure belongs to the content, not to the cue (said about)",
			"Okafor said about 40 percent of the nurses at the east clinic voted against the deal.",
			[]rep{{"about 40 percent of the nurses at the east clinic voted against the deal", "Okafor", "Okafor", "said", ruleModel}}},
		{"speaker before according to a statement", "X said …, according to a statement: X spoke, the statement is where",
			"The ministry said on Monday it would close the bridge to trucks for a week, according to a statement.",
			[]rep{{"on Monday it would close the bridge to trucks for a week", "The ministry", "The ministry", "said", ruleModel}}},
		{"relative pronoun source", "who after a name set off by a comma speaks for the name; the mention is who",
			"The plan was drafted by Ann Lee, who said the depot would close in March.",
			[]rep{{"the depot would close in March", "who", "Ann Lee", "said", ruleModel}}},
		{"participle modifying a noun", "statements suggesting …: a participle right after a noun of the content modifies it and is no cue of its own",
			"The mayor said she was pleased with recent statements from the union suggesting the strike will end soon.",
			[]rep{{"she was pleased with recent statements from the union suggesting the strike will end soon", "The mayor", "The mayor", "said", ruleModel}}},
		{"adding after a quotation", "a content the tagger ran over ”, adding that … ends at the comma: adding is a cue of its own, same source",
			"The mayor noted that the city had “heard from the union at every level that the strike is over,” adding that this “changes nothing.”",
			[]rep{{"that the city had “heard from the union at every level that the strike is over,”", "The mayor", "The mayor", "noted", ruleModel},
				{"that this “changes nothing.”", "The mayor", "The mayor", "adding", ruleModel}}},
		{"outer attribution around a nested source", "X said [the results, published …, confirm earlier findings]: the tagger marks the inner source and cue; the outer content holds them",
			"Researchers at the university and the Pasteur Institute said the results, published in Science, confirm earlier findings.",
			[]rep{{"the results, published in Science, confirm earlier findings", "Researchers at the university and the Pasteur Institute", "Researchers at the university and the Pasteur Institute", "said", ruleModel},
				{"earlier findings", "the results", "the results", "confirm", ruleModel}}},
		{"writer's clause after the content", "a content run on to its sentence's end stops before , although …: the writer's own clause",
			"Okafor said the depot was the best in the state, although the buses were old and the roof leaked in winter.",
			[]rep{{"the depot was the best in the state", "Okafor", "Okafor", "said", ruleModel}}},
		{"partial quotation after its cue", "calls it “…”: the words between the cue and a partial quotation are the speaker's claim with it",
			"The mayor calls it “the single biggest mistake in the city's history.”",
			[]rep{{"it “the single biggest mistake in the city's history.”", "The mayor", "The mayor", "calls", rulePartialLead}}},
		{"next sentence with its own cue", "a content after its cue ends with its sentence when the next sentence has a cue of its own",
			"Chief executive Maria Duarte said the plant near Porto would build 40,000 bikes a year by 2028. 'We see demand growing every year,' Ms Duarte told the Lusa agency.",
			[]rep{{"the plant near Porto would build 40,000 bikes a year by 2028", "Chief executive Maria Duarte", "Chief executive Maria Duarte", "said", ruleModel}}},
		{"second verb after and", "said [A] and warned [B]: the second verb of the same subject has a content of its own",
			"The mayor said she would order a review of the depots and warned against cutting the bus routes.",
			[]rep{{"she would order a review of the depots", "The mayor", "The mayor", "said", ruleModel},
				{"against cutting the bus routes", "The mayor", "The mayor", "warned", ruleModel}}},
		{"nested subject cut off", "noted [that Okafor also] initially opposed [the plan]: the outer content runs on over the nested attribution, whose source is the subject before its verb",
			"At the hearing, the mayor noted that Okafor also initially opposed the plan in 2019 and has changed her mind since.",
			[]rep{{"that Okafor also initially opposed the plan in 2019 and has changed her mind since", "the mayor", "the mayor", "noted", ruleModel},
				{"the plan in 2019 and has changed her mind since", "Okafor", "Okafor", "initially opposed", ruleModel}}},
		{"thought nested in a because clause", "a subordinate clause inside a content whose subject thinks a clause of its own is an attribution of its own; the outer record stays",
			"Critics said the plan failed because the mayor believed the budget would grow.",
			[]rep{{"the plan failed because the mayor believed the budget would grow", "Critics", "Critics", "said", ruleModel},
				{"the budget would grow", "the mayor", "the mayor", "believed", ruleModel}}},
		{"speech nested in a when clause", "the state stated, inside the clause opened by when, reports its own words",
			"The lawsuit cites the 2000 election, when the state wrongly stated that 12,000 voters were felons.",
			[]rep{{"the 2000 election, when the state wrongly stated that 12,000 voters were felons", "The lawsuit", "The lawsuit", "cites", ruleModel},
				{"that 12,000 voters were felons", "the state", "the state", "stated", ruleModel}}},
		{"thought nested after and", "a second clause joined by and, whose subject believes a clause, is an attribution of its own",
			"Senators said the victims deserve a hearing and they believe the court will agree.",
			[]rep{{"the victims deserve a hearing and they believe the court will agree", "Senators", "Senators", "said", ruleModel},
				{"the court will agree", "they", "Senators", "believe", ruleModel}}},
		{"content's own verb after an apposition", "will allow, outside the lexicon, with no subject of its own after the content of is hoping, is the verb of that content, which runs on over it",
			"Mr. Clarke is hoping that states, led by Ohio, will allow utilities to pass the costs to customers.",
			[]rep{{"that states, led by Ohio, will allow utilities to pass the costs to customers", "Mr. Clarke", "Clarke", "is hoping", ruleModel}}},
		{"second verb after yet", "a verb after yet is the speaker's second predicate, and stays inside the one content here as the tagger made it",
			"Trump said the audit was unfair, yet refuses to release his tax returns.",
			[]rep{{"the audit was unfair, yet refuses to release his tax returns", "Trump", "Trump", "said", ruleModel}}},
		{"participle after the content", "a participle after a comma (referring to) is an attribution of its own, the content does not run on over it",
			"Peskov said the alliance was among the root causes of the war, referring to the invasion launched in 2022.",
			[]rep{{"the alliance was among the root causes of the war", "Peskov", "Peskov", "said", ruleModel},
				{"the invasion launched in 2022", "Peskov", "Peskov", "referring to", ruleModel}}},
		{"participle before the content", "said at a news conference announcing that …: the participle right before the content is its cue, the speaker the same",
			"“It may not be easy,” Ann Lee said at a recent news conference announcing that her office was suing the state over its new law.",
			[]rep{{"that her office was suing the state over its new law", "Ann Lee", "Ann Lee", "announcing", ruleModel}}},
		{"according to over a verb of perception", "a verb of perception inside a sentence opened by According to X yields to it: the whole clause is the source's",
			"According to police, officers saw the driver get out of a car with a handgun and get back into it.",
			[]rep{{"officers saw the driver get out of a car with a handgun and get back into it", "police", "police", "According to", ruleModel}}},
		{"according to over a word outside the lexicon", "a word the tagger took for a cue (are desperately) yields to the According to that opens the sentence",
			"According to a new report by the Ledger, party insiders are desperately trying to mobilize young voters before the election.",
			[]rep{{"party insiders are desperately trying to mobilize young voters before the election", "a new report by the Ledger", "a new report by the Ledger", "According to", ruleModel}}},
		{"verb of speech after according to", "a verb of speech keeps its own speaker and content, as for quotations",
			"According to the Ledger, Ann Lee said the plan would fail.",
			[]rep{{"the plan would fail", "Ann Lee", "Ann Lee", "said", ruleModel}}},
		{"hedge right after the cue", "said she thinks: the verb right after the content's start is the speaker's own hedge, no record of its own",
			"Ann Lee said she thinks the plan will fail.",
			[]rep{{"she thinks the plan will fail", "Ann Lee", "Ann Lee", "said", ruleModel}}},
		{"nested verb with an object", "assert his rights takes an object, no clause: nothing nested is reported",
			"Lawyers said the hearing was useless since the witness would assert his rights in court.",
			[]rep{{"the hearing was useless since the witness would assert his rights in court", "Lawyers", "Lawyers", "said", ruleModel}}},
		{"no comment", "did not respond to a request for comment is an act, no reported speech",
			"Lumen did not respond to a request for comment.", nil},
		{"direct quotation", "a quotation after a colon or right after the verb is Find's, not reported speech",
			"Peskov said: “We are satisfied with the talks.”\n\nLavrov said “we will wait for the answer.”", nil},
		{"quoted sentence", "a cue inside a quotation is not the writer's reported speech",
			"“He said that the talks went well,” Peskov said.", nil},
		{"no clause", "a verb with no clause after it reports nothing",
			"Trump responded by using the example of Chicago. The mayor told reporters.", nil},
		{"noun use", "the claims is a noun, not a verb",
			"The claims that the talks failed were false.", nil},
		{"such as in the content", "such as Huawei lists companies: the content goes on to its verb",
			"Speaking to reporters in Taipei, Huang said Chinese companies such as Huawei were catching up quickly.",
			[]rep{{"Chinese companies such as Huawei were catching up quickly", "Huang", "Huang", "said", ruleModel}}},
		{"cue in a noun's relative clause", "a move the company said: the company said what follows, not the sentence before the comma",
			"The Commerce Department last month restricted sales of the chip to China, a move the company said would cost it $5.5 billion.",
			[]rep{{"would cost it $5.5 billion", "the company", "the company", "said", ruleModel}}},
		{"closing attribution without a tagged content", "the agency and its verb close the sentence: the clause before their comma is what it said",
			"Spain has recorded its hottest June on record, with temperatures reaching 46C in the south, the state meteorological agency Aemet said.",
			[]rep{{"Spain has recorded its hottest June on record, with temperatures reaching 46C in the south", "the state meteorological agency Aemet", "the state meteorological agency Aemet", "said", ruleRepAfter}}},
		{"cue of the next sentence", "the sentence before a cue that has its own content is the writer's",
			"Questions are mounting over why the island's emergency sirens did not sound. Hawaii Attorney General Anne Lopez said her office would review the response.",
			[]rep{{"her office would review the response", "Hawaii Attorney General Anne Lopez", "Hawaii Attorney General Anne Lopez", "said", ruleModel}}},
		{"day after the cue", "said Saturday: the day says when, the clause after it is what was said",
			"Ukraine's military said Saturday it had hit a major oil refinery overnight.",
			[]rep{{"it had hit a major oil refinery overnight", "Ukraine's military", "Ukraine's military", "said", ruleModel}}},
		{"statement on a platform", "said in a statement on Telegram that: the platform is where, the that clause what",
			"The General Staff said in a statement on Telegram that explosions and a fire were recorded at the refinery.",
			[]rep{{"that explosions and a fire were recorded at the refinery", "The General Staff", "The General Staff", "said", ruleModel}}},
		{"speaking on condition of anonymity", "speaking on condition of anonymity says how the person spoke, not what",
			"The sale would let employees sell shares worth several billion dollars, the person said, speaking on condition of anonymity because the talks are private.",
			[]rep{{"The sale would let employees sell shares worth several billion dollars", "the person", "the person", "said", ruleModel}}},
		{"occasion before the attribution", "Speaking to a programme says where she spoke, not what: no reported content",
			"Speaking to BBC Radio 4's Today programme, Ms Reeves said: “We made a promise and we will keep it.”", nil},
		{"dateline before the subject", "the place of a dateline is no source; the subject after the dash vowed",
			"MANILA, Philippines — President Ferdinand Marcos Jr. on Monday vowed to jail government officials and contractors involved in anomalous flood control projects, as thousands of protesters marched in the capital.",
			[]rep{{"to jail government officials and contractors involved in anomalous flood control projects, as thousands of protesters marched in the capital", "President Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "vowed", ruleModel}}},
		{"accused of in the passive", "has been accused of says what others said of the subject",
			"The department has been accused of paying for projects that were never built.", nil},
		{"chosen in the passive", "was named and was elected say what others chose the subject for: no words of theirs",
			"Bumrah was named player of the match. She was elected president of the club.", nil},
		{"passive", "were told is a passive: its subject did not speak",
			"The voters were told that the polls would close early.", nil},
		{"headline", "a content of one word (the model's Talks here) is no clause",
			"Kremlin Says Talks Went Well With Washington\n\nThe talks ended.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := viewReported(tc.src, FindReported(text.Analyze(tc.src), nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// TestReportedSeed checks the sample article's reported speech: Peskov's statements under
// their cues, "He" resolved to Dmitry Peskov, and none of Find's direct quotations among them.
func TestReportedSeed(t *testing.T) {
	src := testshared.SeedArticle(t)
	d := text.Analyze(src)
	got := map[string]string{} // cue -> speaker of its first record
	rs := FindReported(d, nil, nil)
	for _, r := range rs {
		if c := src[r.CueStart:r.CueEnd]; got[c] == "" {
			got[c] = r.Speaker
		}
	}
	for _, cue := range []string{"said", "noted", "reiterated", "claimed", "stated"} {
		if sp := got[cue]; !strings.Contains(sp, "Peskov") {
			t.Errorf("cue %q: speaker %q, want Peskov's statement (he resolved to Dmitry Peskov)", cue, sp)
		}
	}
	for _, q := range Find(d, nil, nil) {
		if q.Kind != Direct {
			continue
		}
		for _, r := range rs {
			if r.Start == q.Start && r.End == q.End {
				t.Errorf("direct quotation %q is also a reported record: quotation marks decide direct speech", src[q.Start:q.End])
			}
		}
	}
}

func BenchmarkFindReported(b *testing.B) {
	src := testshared.SeedArticle(b)
	d := text.Analyze(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		FindReported(d, nil, nil)
	}
}

// TestFindAll checks that the shared run gives what Find and FindReported give one by one.
func TestFindAll(t *testing.T) {
	d := text.Analyze(testshared.SeedArticle(t))
	all, reported := FindAll(d, nil, nil)
	var quotes []Quote
	for _, q := range all.All() {
		quotes = append(quotes, q)
	}
	if diff := cmp.Diff(Find(d, nil, nil), quotes); diff != "" {
		t.Errorf("quotes (-Find +FindAll):\n%s", diff)
	}
	if diff := cmp.Diff(FindReported(d, nil, nil), reported); diff != "" {
		t.Errorf("reported (-FindReported +FindAll):\n%s", diff)
	}
	if len(quotes) == 0 || len(reported) == 0 {
		t.Errorf("FindAll found %d quotations and %d reported sentences on the sample article", len(quotes), len(reported))
	}
}

// TestLinkLines checks that a line linking to another story gives no quotation or reported
// speech, while the story's own lines do.
func TestLinkLines(t *testing.T) {
	tests := []struct {
		name, reason, src string
		wantQuotes        []string
		wantReported      []string
	}{
		{"related", "a related story's headline is not this story's words",
			"Carney called an election.\n\nRelated: Trump says Canada should become the 51st state\n\nPoilievre said the Liberals had failed.",
			nil, []string{"the Liberals had failed"}},
		{"read more", "two-word label in capitals, with a quotation in the linked headline",
			"READ MORE: ‘We will not yield,’ says Zelensky\n\n“We are ready,” Zelensky said.",
			[]string{"We are ready,"}, nil},
		{"label mid-line", "\"more:\" inside a sentence is no label",
			"He wanted more: the minister said the plan was dead.",
			nil, []string{"the plan was dead"}},
		{"no colon", "a headline that begins with Watch is the story's own",
			"Watch this space, the minister said on Friday.",
			nil, []string{"Watch this space"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.Analyze(tc.src)
			qs, rs := FindAll(d, nil, nil)
			var gotQ, gotR []string
			for _, q := range qs.All() {
				gotQ = append(gotQ, tc.src[q.Start:q.End])
			}
			for _, r := range rs {
				gotR = append(gotR, tc.src[r.Start:r.End])
			}
			if diff := cmp.Diff(tc.wantQuotes, gotQ); diff != "" {
				t.Errorf("%s: quotations (-want +got)\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(tc.wantReported, gotR); diff != "" {
				t.Errorf("%s: reported (-want +got)\n%s", tc.reason, diff)
			}
		})
	}
}

// TestPartialLeads checks the records partialLeads makes from the partial quotations alone,
// whatever the tagger finds.
func TestPartialLeads(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []string // the contents
	}{
		{"to the sentence end", "the claim runs from the cue over the quotation to the sentence's end",
			"Her doctor says she is in “excellent health” for a woman of 70.", []string{"she is in “excellent health” for a woman of 70"}},
		{"stops at a comma", "the claim stops before a clause set off by a comma",
			"The mayor calls it “a disgrace” for the city, and the council agrees.", []string{"it “a disgrace” for the city"}},
		{"quotation right after the cue", "no words between the cue and the quotation: the quotation is all there is, no record",
			"The union described “a culture of fear” at the depot.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			var got []string
			for _, r := range f.partialLeads(nil) {
				got = append(got, tc.src[r.Start:r.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// TestRuleReported checks the hand-written patterns alone (they add what the tagger misses),
// on sentences whose attribution closes them.
func TestRuleReported(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []rep
	}{
		{"the before a name", "the article opens the speaker's phrase: …, the Fiscal Institute said.",
			"The new levy still favors the suburbs, the Fiscal Institute said.",
			[]rep{{"The new levy still favors the suburbs", "the Fiscal Institute", "the Fiscal Institute", "said", ruleRepAfter}}},
		{"no article", "a bare name after the comma, as before",
			"The new levy still favors the suburbs, Fiscal Watch said.",
			[]rep{{"The new levy still favors the suburbs", "Fiscal Watch", "Fiscal Watch", "said", ruleRepAfter}}},
		{"article inside the clause", "an article with no comma before it belongs to the clause, so nothing is found",
			"The levy favors the Fiscal Institute said Mr. Ortiz.",
			nil},
		{"according to evidence", "…, according to federal statistics.: a bare plural of evidence is the source",
			"About 4,000 nurses work in the county, according to federal statistics.",
			[]rep{{"About 4,000 nurses work in the county", "federal statistics", "federal statistics", "according to", ruleRepAccording}}},
		{"according to data", "census data, a noun of evidence after a modifier",
			"The town lost a fifth of its people, according to census data.",
			[]rep{{"The town lost a fifth of its people", "census data", "census data", "according to", ruleRepAccording}}},
		{"according to a bare word", "a bare phrase that ends in no noun of evidence or writing is no source",
			"The firm paid no tax in 2019, according to rumors in town.",
			nil},
		{"cue inside the sentence", "CLAUSE, X said, CLAUSE: both clauses are the speaker's, two records",
			"The mill was a giant, Ms. Varga said, until it closed in 2003.",
			[]rep{{"The mill was a giant", "Ms. Varga", "Varga", "said", ruleRepAfter},
				{"until it closed in 2003", "Ms. Varga", "Varga", "said", ruleRepAfter}}},
		{"participle after the cue", "CLAUSE, X said, adding that CLAUSE: the participle is the second part's cue, that is left out",
			"The plan is dead, the mayor said, adding that the council would vote again in May.",
			[]rep{{"The plan is dead", "the mayor", "the mayor", "said", ruleRepAfter},
				{"the council would vote again in May", "the mayor", "the mayor", "adding", ruleRepAfter}}},
		{"relative clause after the speaker", "…, said X, who …: the relative clause is about the speaker, no second part",
			"The plan is dead, said the mayor, who has led the city since 2019.",
			[]rep{{"The plan is dead", "the mayor", "the mayor", "said", ruleRepAfter}}},
		{"time after the cue inside the sentence", "PART, X said Tuesday, PART: a phrase of time may stand between the cue and its comma; the first part may be a short subject",
			"The fire, officials said Tuesday, started in the kitchen.",
			[]rep{{"The fire", "officials", "officials", "said", ruleRepAfter},
				{"started in the kitchen", "officials", "officials", "said", ruleRepAfter}}},
		{"where it was said, inside the sentence", "said in a May report, …: a reporting verb after a determiner is a noun of the phrase, not a clause",
			"Fares will rise in spring, the agency said in a May report, and riders in the outer zones will pay more.",
			[]rep{{"Fares will rise in spring", "the agency", "the agency", "said", ruleRepAfter},
				{"and riders in the outer zones will pay more", "the agency", "the agency", "said", ruleRepAfter}}},
		{"the one told, inside the sentence", "told the Ledger on Friday, …: after told, the one told and when",
			"The fund is nearly empty, she told the Ledger on Friday, and donors are scarce.",
			[]rep{{"The fund is nearly empty", "she", "she", "told", ruleRepAfter},
				{"and donors are scarce", "she", "she", "told", ruleRepAfter}}},
		{"one word before an attribution inside the sentence", "a single word before the comma is no part of its own, and the patterns find nothing",
			"Fire, officials said, started in the kitchen.",
			nil},
		{"headline closed by its attribution", "CLAUSE, SOURCE Says as a headline: the cue capitalized and last",
			"Depot Will Close In March, Transit Agency Says\n\nThe depot opened in 1961.",
			[]rep{{"Depot Will Close In March", "Transit Agency", "Transit Agency", "Says", ruleRepAfter}}},
		{"headline without a cue", "a headline whose last word is no cue reports nothing",
			"Depot Will Close In March, Transit Agency Plans\n\nThe depot opened in 1961.",
			nil},
		{"headline with a short clause", "two words before the comma are no clause",
			"Depot Closes, Agency Says\n\nThe depot opened in 1961.",
			nil},
		{"short tail", "two words after the cue's comma are no clause",
			"The plan is dead, the mayor said, for now.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := prepare(text.Analyze(tt.src), nil, nil)
			got := viewReported(tt.src, f.ruleReported())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nruleReported(%q) (-want +got):\n%s", tt.reason, tt.src, diff)
			}
		})
	}
}

func TestQuantifiedSource(t *testing.T) {
	tests := []struct {
		name, reason, src, source string
		want                      bool
	}{
		{"others", "a quantifier alone stands for people: Others said …",
			"Others said the fare rise came too soon.", "Others", true},
		{"many of whom", "a quantifier with of whom after a comma: the people named before",
			"The firm hired 40 drivers, many of whom say the pay is too low.", "many of whom", true},
		{"of whom without a comma", "of whom with no comma before it opens no relative clause here",
			"Ask many of whom they think.", "many of whom", false},
		{"of which", "of which refers to things, which say nothing",
			"The firm runs 40 depots, many of which report losses.", "many of which", false},
		{"any other word", "a word that is no quantifier of people is left to the other tests",
			"Several said no.", "said", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := prepare(text.Analyze(tt.src), nil, nil)
			at := strings.Index(tt.src, tt.source)
			s, e := f.tokenSpan(at, at+len(tt.source))
			if diff := cmp.Diff(tt.want, f.quantifiedSource(tspan{s, e})); diff != "" {
				t.Errorf("%s\nquantifiedSource(%q in %q) (-want +got):\n%s", tt.reason, tt.source, tt.src, diff)
			}
		})
	}
}

// TestNPRightDescription checks the description npRight reads after "according to" or an
// inverted cue: where a reporting verb after its determiner ends it, and where it is a noun.
func TestNPRightDescription(t *testing.T) {
	tests := []struct {
		name, reason, src, from, want string
	}{
		{"report after a", "a bare verb form after \"a\" and an adjective is a noun: no verb agrees with a",
			"The firm paid no tax, according to a new report by the Ledger.", "a new", "a new report"},
		{"past tense after a", "a past tense after \"a\" and a noun is the verb that ends the description",
			"A senior official told reporters the firm paid no tax.", "A senior", "A senior official"},
		{"verb after the", "after \"the\", a later reporting verb still ends the description",
			"The new board reports that the firm paid no tax.", "The new", "The new board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := prepare(text.Analyze(tt.src), nil, nil)
			at := strings.Index(tt.src, tt.from)
			i, _ := f.tokenSpan(at, at+1)
			n := f.npRight(i, len(f.toks))
			got := ""
			if n.kind != npNone {
				got = tt.src[f.toks[n.s].Start:f.toks[n.e-1].End]
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nnpRight at %q in %q (-want +got):\n%s", tt.reason, tt.from, tt.src, diff)
			}
		})
	}
}

// BenchmarkFindReportedDev runs FindReported over the GUM and PolNeAR dev texts, already
// analyzed: the attribution tagger's share of the pipeline benchmark, on the same texts.
func BenchmarkFindReportedDev(b *testing.B) {
	var docs []*text.Doc
	nBytes := 0
	for _, f := range []string{"eval/dev/gum-dev.jsonl", "eval/dev/polnear-dev.jsonl"} {
		recs, err := eval.ReadFile(testshared.Path(b, f))
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range recs {
			docs = append(docs, text.Analyze(r.Text))
			nBytes += len(r.Text)
		}
	}
	b.SetBytes(int64(nBytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			FindReported(d, nil, nil)
		}
	}
}

// TestContentOpens checks which words may open the content of a cue the tagger gave none.
func TestContentOpens(t *testing.T) {
	tests := []struct {
		name, reason, src, word string
		want                    bool
	}{
		{"clause opener", "whether opens a reported question", "Tenants asked whether the rent would rise.", "whether", true},
		{"infinitive", "to before a verb opens what is hoped", "The firm hopes to sell the mine.", "to", true},
		{"the one spoken to", "to before a noun phrase is whom the words were addressed to", "She shouted to the crowd.", "to", false},
		{"time", "a day after the cue is when it was said", "He said Monday nothing.", "Monday", false},
		{"place", "on opens where it was said", "She said on television nothing.", "on", false},
		{"object pronoun", "him is the one told or asked", "They asked him again.", "him", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			i := -1
			for k := range f.toks {
				if f.word(k) == tc.word {
					i = k
					break
				}
			}
			if i < 0 {
				t.Fatalf("%q not a token of %q", tc.word, tc.src)
			}
			if got := f.contentOpens(i); got != tc.want {
				t.Errorf("%s: contentOpens(%q) = %v, want %v", tc.reason, tc.word, got, tc.want)
			}
		})
	}
}

// TestNestedIn checks when a closing attribution of the hand-written patterns stands beside a
// model record inside its content.
func TestNestedIn(t *testing.T) {
	src := "The plan works if she can be convinced that it pays, Ray Ortiz told reporters."
	at := func(s string) (int, int) {
		i := strings.Index(src, s)
		return i, i + len(s)
	}
	closing := func() Reported {
		r := Reported{Rule: ruleRepAfter}
		r.Start, r.End = at("The plan works if she can be convinced that it pays")
		r.SpeakerStart, r.SpeakerEnd = at("Ray Ortiz")
		r.CueStart, r.CueEnd = at("told")
		return r
	}
	inner := func() Reported {
		r := Reported{Rule: ruleModel}
		r.Start, r.End = at("that it pays")
		r.SpeakerStart, r.SpeakerEnd = at("she")
		r.CueStart, r.CueEnd = at("convinced")
		return r
	}
	tests := []struct {
		name, reason string
		m, r         Reported
		want         bool
	}{
		{"nested", "the inner record's source, cue and content lie inside the closing content", inner(), closing(), true},
		{"source outside", "a record whose source is the closing one's is no nested attribution",
			func() Reported { m := inner(); m.SpeakerStart, m.SpeakerEnd = at("Ray Ortiz"); return m }(), closing(), false},
		{"other rule", "only a closing attribution (cue after its content) takes a nested one in",
			inner(), func() Reported { r := closing(); r.Rule = ruleRepThat; return r }(), false},
		{"content running out", "a record whose content runs past the closing content overlaps it",
			func() Reported { m := inner(); _, m.End = at("Ray Ortiz told"); return m }(), closing(), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := nestedIn(tc.m, tc.r); got != tc.want {
				t.Errorf("%s: nestedIn = %v, want %v", tc.reason, got, tc.want)
			}
		})
	}
}

// TestEvidenceBefore checks the pattern of a sentence opened by a source of evidence and its
// verb, apart from the tagger (which finds most of these itself).
func TestEvidenceBefore(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []string // content, source, cue; nil for no record
	}{
		{"study by someone", "the study's authors belong to the source; what it found is the content",
			"A 2019 study by two economists at the central bank found 40 cases of fraud in ten years.",
			[]string{"40 cases of fraud in ten years", "A 2019 study by two economists at the central bank", "found"}},
		{"records with that", "that after the verb opens the content and is left out",
			"However, court records show that the firm paid no tax in 2019.",
			[]string{"the firm paid no tax in 2019", "court records", "show"}},
		{"a person finds", "a neighbor is no source of evidence",
			"A neighbor walking his dog found the keys near the gate.", nil},
		{"participle in the subject", "a subject with a verb of its own is left to the tagger",
			"A study published in May found 40 cases of fraud.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			s := f.d.Sentences[0]
			end := s.Last
			for end > s.First && f.toks[end-1].Kind == text.Punct {
				end--
			}
			r, ok := f.evidenceBefore(s.First, end)
			var got []string
			if ok {
				got = []string{tc.src[r.Start:r.End], tc.src[r.SpeakerStart:r.SpeakerEnd], tc.src[r.CueStart:r.CueEnd]}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestPastSpeaker checks the last mends of allReported: content that opens with its own
// speaker starts after the name, and a record whose speaker or cue the source mends moved
// inside its content is dropped. The broken texts are inputs the fuzzer found in CI.
func TestPastSpeaker(t *testing.T) {
	tests := []struct {
		name, reason, src, person string
		want                      []rep
	}{
		{"name after according to", "the coach's name in commas is the source, not the first words of what he said",
			"According to the team's coach, Alireza Mehraban, in their first matchup, the robot scored two points for the alliance.",
			"Alireza Mehraban",
			[]rep{{"in their first matchup, the robot scored two points for the alliance", "Alireza Mehraban", "Alireza Mehraban", "According to", ruleModel}}},
		{"quote mark as source", "a lone quotation mark before the cue is no source, so the sentence's first word cannot speak for it",
			"Y was whom added , in he , “ said", "", nil},
		{"title-in-marks mend", "the subject that stands for a quoted title lies inside the content here: no record",
			"had , Q: according “ court Reuters", "", nil},
		{"headline's two clauses", "the first clause of a headline is no source of the verb after its comma; its subject is, the person after the place's possessive",
			"Ethiopia's Abiy inaugurates Nile dam, urges Egypt to talks\n\nPrime Minister Abiy Ahmed spoke.", "Abiy",
			[]rep{{"Egypt to talks", "Ethiopia's Abiy", "Abiy", "urges", ruleModel}}},
		{"no subject for a participle", "a participle with no source before it has none (was an empty span and a panic)",
			"it , in , saying whom said, he Z\nsaying", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var names []Name
			var ents []Entity
			if i := strings.Index(tc.src, tc.person); tc.person != "" && i >= 0 {
				names = []Name{{Start: i, End: i + len(tc.person), Type: Person, Entity: 0}}
				ents = []Entity{{Name: tc.person, Type: Person}}
			}
			rs := FindReported(text.Analyze(tc.src), names, ents)
			checkReported(t, tc.src, rs, len(ents))
			if diff := cmp.Diff(tc.want, viewReported(tc.src, rs)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
