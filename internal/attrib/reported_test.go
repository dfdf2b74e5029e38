package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

// rep is the readable form of a Reported compared in table tests.
type rep struct {
	Clause, Mention, Speaker, Cue, Rule string
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
		{"no that", "the complementizer may be left out",
			"The ministry said the talks went well.",
			[]rep{{"the talks went well", "The ministry", "The ministry", "said", ruleModel}}},
		{"pronoun", "He resolves to the person named before, as for quotations",
			"Dmitry Peskov met reporters on Monday.\n\nHe stated that the reports were false.",
			[]rep{{"that the reports were false", "He", "Dmitry Peskov", "stated", ruleModel}}},
		{"object before that", "told reporters that: the clause after that",
			"Lavrov told reporters on Friday that the deal was off.",
			[]rep{{"that the deal was off", "Lavrov", "Lavrov", "told", ruleModel}}},
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
		{"nested attribution", "an attribution inside a content (he says he raised) keeps its record, and the outer content runs over it",
			"He said he plans to spend the approximately $2 million he says he raised for the shelter on the new roof.",
			[]rep{{"he plans to spend the approximately $2 million he says he raised for the shelter on the new roof", "He", "He", "said", ruleModel},
				{"he raised for the shelter on the new roof", "he", "he", "says", ruleModel}}},
		{"coordinated attributions", "X filed [A], arguing [B]: two attributions, neither runs over the other",
			"The union filed a motion to block the layoffs, arguing the move was needed to protect the drivers.",
			[]rep{{"a motion to block the layoffs", "The union", "The union", "filed", ruleModel},
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
			"The governor is also determined to warn her supporters about the dangers of staying home on election day.",
			[]rep{{"the dangers of staying home on election day", "The governor", "The governor", "is also determined", ruleModel}}},
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
		{"direct quotation", "a quotation after a colon or right after the verb is Find's, not reported speech",
			"Peskov said: “We are satisfied with the talks.”\n\nLavrov said “we will wait for the answer.”", nil},
		{"quoted sentence", "a cue inside a quotation is not the writer's reported speech",
			"“He said that the talks went well,” Peskov said.", nil},
		{"no clause", "a verb with no clause after it reports nothing",
			"Trump responded by using the example of Chicago. The mayor told reporters.", nil},
		{"noun use", "the claims is a noun, not a verb",
			"The claims that the talks failed were false.", nil},
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
