package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

// got is the readable form of a Quote compared in table tests.
type got struct {
	Text    string
	Kind    string
	Mention string // the speaker mention as written
	Speaker string // the resolved name
	Cue     string
}

func view(src string, qs []Quote) []got {
	var out []got
	for _, q := range qs {
		g := got{Text: src[q.Start:q.End], Kind: q.Kind.String(), Speaker: q.Speaker}
		if q.SpeakerStart >= 0 {
			g.Mention = src[q.SpeakerStart:q.SpeakerEnd]
		}
		if q.CueStart >= 0 {
			g.Cue = src[q.CueStart:q.CueEnd]
		}
		out = append(out, g)
	}
	return out
}

func run(src string) []Quote { return Find(text.Analyze(src), nil, nil) }

func TestMarks(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []got
	}{
		{"curly double", "the usual English marks", "“We are satisfied,” Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"straight double", "typewriter marks, told apart by the space before or after", `"We are satisfied," Peskov said.`,
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"curly single", "British style uses single marks for quotations", "‘We are satisfied,’ Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"straight single", "single typewriter marks are quotation marks when they pair around words", "'We are satisfied,' Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"apostrophes", "possessives, contractions, decades and rock ’n’ roll hold no quotation",
			"Ukraine’s leaders don’t like Jones’ plan from the ’90s or rock ’n’ roll, and the boys' club isn't either.", nil},
		{"plural possessive inside single quotes", "the ’ of Jones’ is an apostrophe when a later mark closes the quotation",
			"‘The Joneses’ car is red,’ she said.",
			[]got{{"The Joneses’ car is red,", "direct", "she", "she", "said"}}},
		{"guillemets", "« » as used in European and some English texts", "«We are satisfied,» Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"spaced guillemets", "French spacing inside « » is not part of the quotation", "« We are satisfied », Peskov said.",
			[]got{{"We are satisfied", "direct", "Peskov", "Peskov", "said"}}},
		{"low-high", "German „…“ opens low and closes with the English opening mark", "„We are satisfied,“ Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"single guillemets", "‹ › pair like « »", "‹We are satisfied,› Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"corner brackets", "「」 are quotation marks in East Asian text", "「We are satisfied,」 Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"doubled apostrophes", "''…'' (typewriter and treebank text) is not a quotation mark, as in the evaluation data, nor two single marks",
			"''We are satisfied,'' Peskov said.", nil},
		{"single inside doubled", "single marks inside a quotation in doubled apostrophes are nested, not a quotation of their own",
			"Many were older, she said, and ''I had to step back and think, 'This is their lives.' ''",
			[]got{{"This is their lives.", "unattributed", "", "", ""}}},
		{"nested", "a quotation inside a quotation stays inside the outer one", "“He told me ‘never again’ and left,” Peskov said.",
			[]got{{"He told me ‘never again’ and left,", "direct", "Peskov", "Peskov", "said"}}},
		{"closing mark opening a paragraph", "a ” at the start of a line has nothing to close, so it opens",
			"The mayor spoke.\n\n” … and we will win this,” he said.",
			[]got{{"… and we will win this,", "direct", "he", "he", "said"}}},
		{"stray mark", "an unmatched mark ends at its paragraph and does not swallow the next one",
			"Peskov said “we are satisfied with the talks.\n\nThe ministry said the talks were “productive.”",
			[]got{
				{"we are satisfied with the talks.", "partial", "Peskov", "Peskov", "said"},
				{"productive.", "partial", "The ministry", "The ministry", "said"},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, view(tc.src, run(tc.src))); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []got
	}{
		{"name after cue", "inverted order after the quotation", "“We are satisfied,” said Dmitry Peskov.",
			[]got{{"We are satisfied,", "direct", "Dmitry Peskov", "Dmitry Peskov", "said"}}},
		{"name before cue", "speaker and cue before a colon", "Peskov said: “We are satisfied.”",
			[]got{{"We are satisfied.", "direct", "Peskov", "Peskov", "said"}}},
		{"partial quote", "a fragment inside the writer's sentence", "Peskov said Russia is “satisfied” with the talks.",
			[]got{{"satisfied", "partial", "Peskov", "Peskov", "said"}}},
		{"split quote", "both halves share speaker, cue and group", "“We are satisfied,” he said, “and we will wait.”",
			[]got{{"We are satisfied,", "direct", "he", "he", "said"}, {"and we will wait.", "direct", "he", "he", "said"}}},
		{"album title after a comma", "a title-case quotation set off after album names the work", "Swift revealed her 12th album, “The Life of a Showgirl,” on Monday.",
			[]got{{"The Life of a Showgirl,", "title", "", "", ""}}},
		{"cue in a clause after the quotation", "\"after Takaichi said\" opens a clause of its own: its verb does not attribute the red line to Takaichi",
			"BEIJING, Nov 16 (Reuters) - Foreign Minister Wang Yi on Sunday accused Japan of crossing a “red line” after Prime Minister Sanae Takaichi said an attack could trigger a response.",
			[]got{{"red line", "scare", "", "", ""}}},
		{"cue inside a later reported clause", "\"and said Scholz had demanded\" reports Scholz's demand as Lindner's words: the partial quotation before it is Lindner's, not Scholz's",
			"Lindner accused the chancellor of a “calculated break” and said Scholz had demanded more.",
			[]got{{"calculated break", "partial", "Lindner", "Lindner", "accused"}}},
		{"pronoun", "He resolves to the person named before",
			"Dmitry Peskov spoke to reporters on Monday.\n\nHe claimed that the war had “root causes” elsewhere.",
			[]got{{"root causes", "partial", "He", "Dmitry Peskov", "claimed"}}},
		{"surname", "a bare surname resolves to the full name used earlier",
			"Dmitry Peskov met reporters.\n\n“We are satisfied,” Peskov said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Dmitry Peskov", "said"}}},
		{"role", "a description as the speaker", "“We are satisfied,” the spokesperson said.",
			[]got{{"We are satisfied,", "direct", "the spokesperson", "the spokesperson", "said"}}},
		{"role before name", "an apposition of role and name keeps the name", "Kremlin spokesperson Dmitry Peskov said Russia was “satisfied.”",
			[]got{{"satisfied.", "partial", "Dmitry Peskov", "Dmitry Peskov", "said"}}},
		{"role after cue", "said + role + name keeps the name", "“We are satisfied,” said Kremlin spokesperson Dmitry Peskov.",
			[]got{{"We are satisfied,", "direct", "Dmitry Peskov", "Dmitry Peskov", "said"}}},
		{"apposition", "words between the name and the cue", "“We are satisfied,” Peskov, a longtime aide, told reporters.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "told"}}},
		{"adverb between", "adverbs and auxiliaries stand between subject and cue", "“We are satisfied,” Peskov has repeatedly said.",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}}},
		{"according to after", "according to X after the quotation", "“The talks were productive,” according to the newspaper.",
			[]got{{"The talks were productive,", "direct", "the newspaper", "the newspaper", "according to"}}},
		{"according to before", "According to X, … “…”", "According to Peskov, the talks were “productive.”",
			[]got{{"productive.", "partial", "Peskov", "Peskov", "According to"}}},
		{"participle", "adding takes the subject of the main clause",
			"Peskov said the talks went well, adding that this “aligns with our position.”",
			[]got{{"aligns with our position.", "partial", "Peskov", "Peskov", "adding"}}},
		{"headline", "a headline's subject and its capitalized cue", "Kremlin Says It Is “Satisfied” With Talks\n\nThe Kremlin spoke on Monday.",
			[]got{{"Satisfied", "partial", "Kremlin", "Kremlin", "Says"}}},
		{"headline verb", "Title Case hides the verb among the capitals: the first reporting verb ends the subject and is the cue",
			"Black Lawmakers Call Senator A ‘Disgusting Fraud’\n\nThe caucus met on Monday.",
			[]got{{"Disgusting Fraud", "partial", "Black Lawmakers", "Black Lawmakers", "Call"}}},
		{"headline subject and topic", "the word after a headline's subject stands for its verb",
			"Obama on Climate Change: The Trends Are ‘Terrifying’\n\nThe president spoke on Monday.",
			[]got{{"Terrifying", "partial", "Obama", "Obama", "on"}}},
		{"headline colon", "Name: ‘…’ in a headline; the colon is the cue", "Peskov: Talks Are ‘Going Well’\n\nThe talks went on.",
			[]got{{"Going Well", "partial", "Peskov", "Peskov", ":"}}},
		{"quote-only paragraph", "a paragraph that is only a quotation continues the last speaker, with the cue that named them",
			"“We are satisfied,” Peskov said.\n\n“We will wait for the answer.”",
			[]got{{"We are satisfied,", "direct", "Peskov", "Peskov", "said"}, {"We will wait for the answer.", "direct", "Peskov", "Peskov", "said"}}},
		{"colon lead-in paragraph", "a paragraph ending in a colon introduces the next one",
			"Peskov continued:\n\n“We will wait for the answer from Washington.”",
			[]got{{"We will wait for the answer from Washington.", "direct", "Peskov", "Peskov", "continued"}}},
		{"multi-paragraph", "a quotation running over paragraphs is one record per paragraph, one speaker",
			"Peskov said: “We are satisfied.\n\n“We will wait for the answer.”",
			[]got{{"We are satisfied.", "direct", "Peskov", "Peskov", "said"}, {"We will wait for the answer.", "direct", "Peskov", "Peskov", "said"}}},
		{"list of phrases", "every phrase of a quoted list gets the speaker, not only the first",
			"Peskov called the reports “false,” “absurd” and “provocative.”",
			[]got{{"false,", "partial", "Peskov", "Peskov", "called"}, {"absurd", "partial", "Peskov", "Peskov", "called"}, {"provocative.", "partial", "Peskov", "Peskov", "called"}}},
		{"transcript", "a speaker label opens each turn of a transcript", "\"SMITH: We will win the vote.\n\n\"JONES: We will see.\"",
			[]got{{"SMITH: We will win the vote.", "direct", "SMITH", "SMITH", ":"}, {"JONES: We will see.", "direct", "JONES", "JONES", ":"}}},
		{"follow line", "a site's Follow … on Twitter line after a transcript is no one's words",
			"\"SMITH: We will win the vote.\n\n\"Follow Jane Doe on Twitter @janedoe.",
			[]got{{"SMITH: We will win the vote.", "direct", "SMITH", "SMITH", ":"}, {"Follow Jane Doe on Twitter @janedoe.", "unattributed", "", "", ""}}},
		{"dash signature", "a name after a dash signs a quotation; the dash is the cue", "“We will win the vote this year.” ― Jane Doe",
			[]got{{"We will win the vote this year.", "direct", "Jane Doe", "Jane Doe", "―"}}},
		{"subject and its verb", "a quoted phrase in a sentence without a reporting verb takes the subject, and the verb after it is the cue",
			"Lee has repeatedly dismissed the plan as “a stunt” in interviews.",
			[]got{{"a stunt", "partial", "Lee", "Lee", "has repeatedly dismissed"}}},
		{"subject and a verb after an auxiliary", "a word after has is the verb though it has no verb ending (gone)",
			"Lee has gone after the board as “a cartel” in recent weeks.",
			[]got{{"a cartel", "partial", "Lee", "Lee", "has gone"}}},
		{"noun after a determiner and a modifier", "a controversial comment is a noun, not a verb with the subject a controversial",
			"The bill prompted Lee to make a controversial comment that described all young drivers as “reckless.”",
			[]got{{"reckless.", "scare", "", "", ""}}},
		{"subject without a verb-like word", "a word after the subject that does not look like a verb is no cue",
			"Lee took the plan for “a stunt” from the start.",
			[]got{{"a stunt", "partial", "Lee", "Lee", ""}}},
		{"claim noun", "X’s claim that … “…” is X's", "Smith rejected Jones’s claim that there were “thousands of votes” missing.",
			[]got{{"thousands of votes", "partial", "Jones’s", "Jones", "claim"}}},
		{"scare quote", "a so-called phrase gets no speaker, not a guessed one", "The so-called “experts” disagree.",
			[]got{{"experts", "scare", "", "", ""}}},
		{"title", "the title of a work gets no speaker", "She starred in the film “The Long Night” last year.",
			[]got{{"The Long Night", "title", "", "", ""}}},
		{"title after her own", "a title-case quotation after her own names a work, even with a reporting verb earlier in the sentence",
			"The album broke the record, the company said, topping her own “The Tortured Poets Department.”",
			[]got{{"The Tortured Poets Department.", "title", "", "", ""}}},
		{"title after show", "a title after an episode of is no quotation even with a cue after it",
			"On this week’s episode of “Meet the Press,” Smith said the vote was close.",
			[]got{{"Meet the Press,", "title", "", "", ""}}},
		{"title-case words after of with a cue", "a reporting verb before the quotation outweighs of as a sign of a title",
			"In his speech, Smith proclaimed a goal of “Peace Through Trade.”",
			[]got{{"Peace Through Trade.", "partial", "Smith", "Smith", "proclaimed"}}},
		{"title-case words after a weak cue", "a weak cue a few words before (hailed him as) makes a short title-case phrase a quotation",
			"Years ago, a Courier column hailed Smith as “The Comeback Kid” for his work.",
			[]got{{"The Comeback Kid", "partial", "a Courier column", "a Courier column", "hailed"}}},
		{"title-case list after a weak cue", "the second phrase of a quoted list is judged with the sentence's verb, not only the words after the first phrase",
			"Smith called the winner “Miss Sunshine” and “Little Ray” on air.",
			[]got{{"Miss Sunshine", "partial", "Smith", "Smith", "called"}, {"Little Ray", "partial", "Smith", "Smith", "called"}}},
		{"title after a passive cue", "a passive verb (was labeled) is no speaker's verb: the rating stays a title",
			"When the board examined the claim, it was labeled “Mostly Fair.”",
			[]got{{"Mostly Fair.", "title", "", "", ""}}},
		{"show after a possessive", "a title-case name after a possessive stays a title though a cue comes first",
			"Lee tells WXYZ’s “Morning Talk” on Friday that the vote is close.",
			[]got{{"Morning Talk", "title", "", "", ""}}},
		{"title before a noun of works", "a title-case name before radio show is a title",
			"Lee began taking calls on his “Keep It Real” radio show on Sunday.",
			[]got{{"Keep It Real", "title", "", "", ""}}},
		{"cue word after a preposition", "a cue word after a preposition is a noun (with chants of), no verb with a subject",
			"Pressure is building on Lee, who was greeted with chants of “Bobby!” at a rally.",
			[]got{{"Bobby!", "title", "", "", ""}}},
		{"relative pronoun", "who is the mention, its antecedent the name", "The cuts angered Ann Lee, who said they were “a disgrace.”",
			[]got{{"a disgrace.", "partial", "who", "Ann Lee", "said"}}},
		{"question then cue", "a sentence break after ?” does not hide the cue that follows",
			"“Who would have believed it?” Trump said, looking at the crowd.",
			[]got{{"Who would have believed it?", "direct", "Trump", "Trump", "said"}}},
		{"weak cue next to the quotation", "continued is a cue when subject and verb follow the quotation at once",
			"“We will see,” she continued.",
			[]got{{"We will see,", "direct", "she", "she", "continued"}}},
		{"fragment in a later sentence", "a partial quotation in the writer's next sentence does not inherit the speaker",
			"“We are ready,” Smith said. The choice was between calling him “unfit” or something else.",
			[]got{{"We are ready,", "direct", "Smith", "Smith", "said"}, {"unfit", "scare", "", "", ""}}},
		{"subject of a passive", "the subject of a passive verb is not the speaker of a term in its sentence",
			"Mehmet Oz — a surgeon and TV star — has been criticized by fellow doctors for promoting “quack” cures.",
			[]got{{"quack", "scare", "", "", ""}}},
		{"possessive subject", "the owner of the subject noun did not say the phrase",
			"Ironically, Byrd's strategy of “massive resistance” prompted the move.",
			[]got{{"massive resistance", "scare", "", "", ""}}},
		{"opening participle", "a participle phrase before the comma is no subject; the name after it is",
			"Bemoaning the “phony system,” Trump accused Holt of bias.",
			[]got{{"phony system,", "partial", "Trump", "Trump", "accused"}}},
		{"pronoun without speech", "a pronoun subject needs a word of saying before the quoted phrase",
			"He has bought nursing homes and a “philanthropub” in Virginia.",
			[]got{{"philanthropub", "scare", "", "", ""}}},
		{"pronoun with speech", "with a verb of saying the pronoun subject is the speaker",
			"Ann Lee spoke on Monday. She called the plan “a disaster for the state.”",
			[]got{{"a disaster for the state.", "partial", "She", "Ann Lee", "called"}}},
		{"time phrase before the verb", "who in 2010 said: the relative pronoun past the time phrase",
			"Obama met McConnell, who in 2010 said the goal was to make Obama a “one-term president.”",
			[]got{{"one-term president.", "partial", "who", "McConnell", "said"}}},
		{"number subject", "a percentage is the subject of said",
			"However, 63 percent said Clinton was “justified” in waiting.",
			[]got{{"justified", "partial", "63 percent", "63 percent", "said"}}},
		{"prepositional phrase", "the noun after through is not the subject; the one before the phrase is",
			"Protesters marching through the streets chanted “What curfew?” and kept going.",
			[]got{{"What curfew?", "partial", "Protesters", "Protesters", "chanted"}}},
		{"as X put it after", "as X put it is a reporting idiom; X is the source",
			"The plan needs a “lawful source of funds,” as a government memo put it.",
			[]got{{"lawful source of funds,", "partial", "a government memo", "a government memo", "put"}}},
		{"as X put it before", "the idiom before the quotation works as a cue too",
			"He is seen, as The Daily Courier put it in a long profile, “the fixer.”",
			[]got{{"the fixer.", "direct", "Daily Courier", "Daily Courier", "put"}}},
		{"put it without as", "put it alone is no reporting verb",
			"She put it in a box marked “fragile goods only” and left.",
			[]got{{"fragile goods only", "scare", "", "", ""}}},
		{"participle phrase comma inside the marks", "American style puts the phrase's comma inside the closing mark; the subject follows it",
			"After saying her knee was “so sore I could not walk,” she was taken to a clinic.",
			[]got{{"so sore I could not walk,", "partial", "she", "she", "saying"}}},
		{"date in an introductory phrase", "the year after the day is part of the introductory phrase, not the subject",
			"On July 6, 2015, Ann Lee made the following remark:\n\n“The rate is 30 percent for the young.”",
			[]got{{"The rate is 30 percent for the young.", "direct", "Ann Lee", "Ann Lee", ":"}}},
		{"apposition in an introductory phrase", "a title in apposition after the introductory phrase is not the subject; the name after it is",
			"In her 2009 memoir, Hard Roads, Ann Lee wrote about her health.\n\nAfter saying her knee was “so sore I could not walk,” she was taken to a clinic.",
			[]got{{"so sore I could not walk,", "partial", "she", "Ann Lee", "saying"}}},
		{"number before a role", "a number opening a description (9/11 widow) does not hide the name after it",
			"“The rules are wrong,” said 9/11 widow Jane Doe.",
			[]got{{"The rules are wrong,", "direct", "Jane Doe", "Jane Doe", "said"}}},
		{"count before a name", "a count before a capitalized word is no name description",
			"Since May, 14 Baptists were admitted as well as 29 others who listed “Christian only” as their faith.",
			[]got{{"Christian only", "scare", "", "", ""}}},
		{"weak cue inside a description", "a weak cue word (talk) inside a description is a noun",
			"According to conservative talk radio host Jim Bell, the plan reeks of “panic” and fear.",
			[]got{{"panic", "partial", "Jim Bell", "Jim Bell", "According to"}}},
		{"number inside a description", "a description may hold a number (a 12-count complaint)",
			"According to a 12-count complaint filed by the state, the firm ran a “huge fraudulent scheme” for years.",
			[]got{{"huge fraudulent scheme", "partial", "a 12-count complaint filed", "a 12-count complaint filed", "According to"}}},
		{"object before the quotation", "a noun phrase between the verb and the quotation is its object, not an inverted subject",
			"The ad calls voters “fools” and “sad.”",
			[]got{{"fools", "partial", "The ad", "The ad", "calls"}, {"sad.", "partial", "The ad", "The ad", "calls"}}},
		{"inverted subject with a comma", "an inverted subject is set off from the quotation by punctuation",
			"Said the mayor, “We will rebuild.”",
			[]got{{"We will rebuild.", "direct", "the mayor", "the mayor", "Said"}}},
		{"nickname", "a quoted nickname inside a name is part of the name, no quotation with a speaker",
			"“We will win,” said state Sen. Mary “Mo” Ortiz, shouting to the crowd.",
			[]got{{"We will win,", "direct", "Sen. Mary", "Mary", "said"}, {"Mo", "title", "", "", ""}}},
		{"state before a name", "the bare form state is a noun or adjective unless that follows",
			"“We will win,” said state Rep. Ann Lee.",
			[]got{{"We will win,", "direct", "Rep. Ann Lee", "Ann Lee", "said"}}},
		{"state that", "state that is the verb",
			"The rules state that members are “in good standing” when they pay.",
			[]got{{"in good standing", "partial", "The rules", "The rules", "state"}}},
		{"continuation carries the cue", "a paragraph that is only a quotation continues the last speaker and keeps the cue that named them",
			"“We ran out of rice,” Rania Salib said.\n\nThe food bank opened in 2009.\n\n“Nobody expected it.”",
			[]got{{"We ran out of rice,", "direct", "Rania Salib", "Rania Salib", "said"}, {"Nobody expected it.", "direct", "Rania Salib", "Rania Salib", "said"}}},
		{"continuation after reported speech", "a quotation paragraph after \"X said …\" continues X, with that cue",
			"Rania Salib said demand rose sharply.\n\n“We ran out of rice in two days.”",
			[]got{{"We ran out of rice in two days.", "direct", "Rania Salib", "Rania Salib", "said"}}},
		{"description then name", "a description, then the name in apposition between commas, before the cue: the name is the mention",
			"“We will win,” his niece, Marcia Price, said.",
			[]got{{"We will win,", "direct", "Marcia Price", "Marcia Price", "said"}}},
		{"title and parenthesis in the apposition", "a title before the name and a party in parentheses after it stay inside the apposition",
			"“We will win,” Clinton’s campaign chairman, state Sen. John Podesta (D-Va.), told reporters.",
			[]got{{"We will win,", "direct", "Sen. John Podesta", "John Podesta", "told"}}},
		{"name then description", "the name before an apposition speaks, a parenthesis after it included",
			"“We will win,” Marcia Price (D-Va.), his niece, said.",
			[]got{{"We will win,", "direct", "Marcia Price", "Marcia Price", "said"}}},
		{"participle form after an article", "a ruling is a noun, not the participle of rule: the verb before it is the cue",
			"The court's chief justice, Ann Lee, has said a ruling would come “in due course.”",
			[]got{{"in due course.", "partial", "Ann Lee", "Ann Lee", "said"}}},
		{"nickname inside the speaker's name", "a quoted nickname between the parts of a name does not cut the clause after the quotation: the name and its cue follow",
			"“We will win,” Robert C. “Bobby” Scott said.",
			[]got{{"We will win,", "direct", "Robert C. “Bobby” Scott", "Robert C. “Bobby” Scott", "said"}, {"Bobby", "title", "", "", ""}}},
		{"description, name with a nickname", "the sentence ends at the quotation's exclamation mark; the description, the name with its nickname and a party in parentheses come before the cue",
			"“Vote for him!” Scott’s niece, state Del. Marcia “Cia” Price (D-Richmond), shouted to the crowd.",
			[]got{{"Vote for him!", "direct", "Del. Marcia “Cia” Price", "Del. Marcia “Cia” Price", "shouted"}, {"Cia", "title", "", "", ""}}},
		{"description with a verb is no subject", "words with a verb between the quotation and the comma are a clause, not a description: no speaker is guessed past them",
			"“We will win,” the crowd chanted, Marcia Price said.",
			[]got{{"We will win,", "direct", "the crowd", "the crowd", "chanted"}}},
		{"fragments in a subordinate clause", "fragments inside a clause opened by as, with a subject and verb of its own, are that subject's, not the main clause's speaker's; the ones joined by and share it",
			"Kevin dozed, and as Trump went on about “a rigged system,” and “forgotten families” and “our citizens,” Melanie said yes.",
			[]got{{"a rigged system,", "partial", "Trump", "Trump", "went"}, {"forgotten families", "partial", "Trump", "Trump", "went"}, {"our citizens,", "partial", "Trump", "Trump", "went"}}},
		{"role noun in a subordinate clause", "the minister, subject of the clause opened by although, promised the quoted word; the critics said something else",
			"Although the minister promised “results,” critics said nothing changed.",
			[]got{{"results,", "partial", "the minister", "the minister", "promised"}}},
		{"name modifying a noun in a subordinate clause", "Trump supporters chanted: the name is a modifier, not the clause's subject, so the clause gives no speaker of its own",
			"As Trump supporters chanted “lock her up,” the candidate smiled.",
			[]got{{"lock her up,", "partial", "Trump supporters", "Trump supporters", "chanted"}}},
		{"no person in the subordinate clause", "prices is no person: the cue of the main clause attributes the fragment",
			"Trump said the rally went well as prices rose to “record levels.”",
			[]got{{"record levels.", "partial", "Trump", "Trump", "said"}}},
		{"went on to say", "the verb after went on to goes on with the main clause's speaker and is the cue",
			"Ann Lee said the vote mattered, going on to say that voters were “tired of waiting.”",
			[]got{{"tired of waiting.", "partial", "Ann Lee", "Ann Lee", "say"}}},
		{"coordinated verbs", "I laughed and said: the subject of the first verb", "My friend was driving. I laughed and said, “Not today.”",
			[]got{{"Not today.", "direct", "I", "I", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, view(tc.src, run(tc.src))); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []int
	}{
		{"split", "the halves of a split quote share a group", "“We are satisfied,” he said, “and we will wait.”", []int{0, 0}},
		{"multi-paragraph", "the paragraphs of one quotation share a group", "Peskov said: “We are satisfied.\n\n“We will wait.”", []int{0, 0}},
		{"separate", "two quotations with their own cues are two groups", "“Yes,” Peskov said.\n\n“No,” Lavrov said.", []int{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var gs []int
			for _, q := range run(tc.src) {
				gs = append(gs, q.Group)
			}
			if diff := cmp.Diff(tc.want, gs); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestNames checks that given name mentions and entities resolve speakers: the mention keeps
// its span, the speaker takes the entity's canonical name, and pronouns pick the latest person
// of the right gender.
func TestNames(t *testing.T) {
	src := "Dmitry Peskov met Maria Zakharova on Monday.\n\nShe claimed that the talks were “productive.”\n\n“We are satisfied,” Peskov said."
	names := []Name{
		{Start: strings.Index(src, "Dmitry Peskov"), End: strings.Index(src, "Dmitry Peskov") + len("Dmitry Peskov"), Type: Person, Entity: 0},
		{Start: strings.Index(src, "Maria Zakharova"), End: strings.Index(src, "Maria Zakharova") + len("Maria Zakharova"), Type: Person, Entity: 1},
		{Start: strings.LastIndex(src, "Peskov"), End: strings.LastIndex(src, "Peskov") + len("Peskov"), Type: Person, Entity: 0},
	}
	ents := []Entity{{Name: "Dmitry Peskov", Type: Person, Gender: Male}, {Name: "Maria Zakharova", Type: Person, Gender: Female}}
	qs := Find(text.Analyze(src), names, ents)
	want := []got{
		{"productive.", "partial", "She", "Maria Zakharova", "claimed"},
		{"We are satisfied,", "direct", "Peskov", "Dmitry Peskov", "said"},
	}
	if diff := cmp.Diff(want, view(src, qs)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(qs) == 2 && (qs[0].Entity != 1 || qs[1].Entity != 0) {
		t.Errorf("entities %d, %d, want 1, 0", qs[0].Entity, qs[1].Entity)
	}
}

// TestPersonOfBody checks that a person named before "of" and an organization or a place
// speaks, not the body, when the entity stage found both names.
func TestPersonOfBody(t *testing.T) {
	type named struct {
		text string
		typ  entity.Type
	}
	tests := []struct {
		name, reason, src string
		names             []named // in text order
		want              []got
	}{
		{"party", "the lawmaker of a party speaks, not the party, before a partial quotation",
			"Rep. John Carter of the Republican Party said the court had “respected the law.”",
			[]named{{"John Carter", Person}, {"Republican Party", Org}},
			[]got{{"respected the law.", "partial", "Rep. John Carter", "John Carter", "said"}}},
		{"place", "a person of a place likewise: the mention runs over the place, the speaker is the person",
			"Jane Roe of Chicago said it was “fair.”",
			[]named{{"Jane Roe", Person}, {"Chicago", Place}},
			[]got{{"fair.", "partial", "Jane Roe of Chicago", "Jane Roe", "said"}}},
		{"no person before of", "with no person before of, the body and its place speak as one name",
			"The Ministry of Finance of Japan said it would “act.”",
			[]named{{"Ministry of Finance", Org}, {"Japan", Place}},
			[]got{{"act.", "partial", "Ministry of Finance of Japan", "Ministry of Finance of Japan", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var names []Name
			var ents []Entity
			from := 0
			for i, n := range tc.names {
				at := from + strings.Index(tc.src[from:], n.text)
				names = append(names, Name{Start: at, End: at + len(n.text), Type: n.typ, Entity: i})
				ents = append(ents, Entity{Name: n.text, Type: n.typ})
				from = at + len(n.text)
			}
			if diff := cmp.Diff(tc.want, view(tc.src, Find(text.Analyze(tc.src), names, ents))); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// TestRoleAndNamesake checks two resolutions beyond names and pronouns: "the chancellor" is the
// person the story titled Chancellor, and "she" after a "Clinton" the entity stage gave to Bill
// Clinton is Hillary Clinton.
func TestRoleAndNamesake(t *testing.T) {
	src := "German Chancellor Olaf Scholz met Hillary Clinton and Bill Clinton.\n\n“We will not give up,” the chancellor told reporters.\n\nIn her book, Clinton wrote about it.\n\n“It was hard,” she said."
	at := func(s string, last bool) (int, int) {
		i := strings.Index(src, s)
		if last {
			i = strings.LastIndex(src, s)
		}
		return i, i + len(s)
	}
	var names []Name
	for _, n := range []struct {
		s    string
		last bool
		ent  int
	}{{"Olaf Scholz", false, 0}, {"Hillary Clinton", false, 1}, {"Bill Clinton", false, 2}, {"Clinton", true, 2}} {
		s, e := at(n.s, n.last)
		names = append(names, Name{Start: s, End: e, Type: Person, Entity: n.ent})
	}
	ents := []Entity{{Name: "Olaf Scholz", Type: Person, Gender: Male}, {Name: "Hillary Clinton", Type: Person}, {Name: "Bill Clinton", Type: Person, Gender: Male}}
	qs := Find(text.Analyze(src), names, ents)
	want := []got{
		{"We will not give up,", "direct", "the chancellor", "Olaf Scholz", "told"},
		{"It was hard,", "direct", "she", "Hillary Clinton", "said"},
	}
	if diff := cmp.Diff(want, view(src, qs)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(qs) == 2 && (qs[0].Entity != 0 || qs[1].Entity != 1) {
		t.Errorf("entities %d, %d, want 0, 1", qs[0].Entity, qs[1].Entity)
	}
}

// TestHeadlineTitle checks that a headline's title word speaks for the person the story names
// with that title later: "Germany's Chancellor Says" is Olaf Scholz.
func TestHeadlineTitle(t *testing.T) {
	src := "Germany's Chancellor Says “We Will Prevail”\n\nBERLIN — Chancellor Olaf Scholz said on Monday that Germany would prevail."
	i := strings.Index(src, "Olaf Scholz")
	names := []Name{{Start: i, End: i + len("Olaf Scholz"), Type: Person, Entity: 0}}
	ents := []Entity{{Name: "Olaf Scholz", Type: Person, Gender: Male}}
	qs := Find(text.Analyze(src), names, ents)
	want := []got{{"We Will Prevail", "partial", "Chancellor", "Olaf Scholz", "Says"}}
	if diff := cmp.Diff(want, view(src, qs)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestSeedArticle checks the sample article: all eight quotations, the Kremlin for the two
// headlines and Dmitry Peskov for the rest, including the two after "He".
func TestSeedArticle(t *testing.T) {
	src := testshared.SeedArticle(t)
	var gotSpeakers, gotMentions []string
	for _, q := range run(src) {
		if q.Kind.HasSpeaker() {
			gotSpeakers = append(gotSpeakers, q.Speaker)
			gotMentions = append(gotMentions, src[q.SpeakerStart:q.SpeakerEnd])
		}
	}
	wantSpeakers := []string{"Kremlin", "Kremlin", "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov"}
	wantMentions := []string{"Kremlin", "Kremlin", "Dmitry Peskov", "Peskov", "Peskov", "He", "He", "Peskov"}
	if diff := cmp.Diff(wantSpeakers, gotSpeakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantMentions, gotMentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func BenchmarkFind(b *testing.B) {
	src := testshared.SeedArticle(b)
	d := text.Analyze(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Find(d, nil, nil)
	}
}

func BenchmarkAnalyzeAndFind(b *testing.B) {
	src := testshared.SeedArticle(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text.Analyze(src), nil, nil)
	}
}
