package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/text"
)

func TestCueClass(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []string // class of each reported record, then of each attributed quotation
	}{
		{"said", "a verb of saying is speech",
			"The mayor said the plant would reopen next year.", []string{"speech"}},
		{"according to", "according to a person is speech",
			"The plant will reopen next year, according to the mayor.", []string{"speech"}},
		{"in a statement", "said in a statement is writing: the words were written",
			"The company said in a statement that the plant would reopen.", []string{"writing"}},
		{"tweeted", "a tweet is writing",
			"The senator tweeted that the vote had been delayed again.", []string{"writing"}},
		{"wrote", "wrote is writing, also for a quotation",
			"“We will not close the plant,” the owner wrote.", []string{"writing"}},
		{"polls show", "polls showing something is evidence, not anybody's words",
			"Recent polls show that the mayor has lost support among drivers.", []string{"evidence"}},
		{"records indicate", "records are evidence",
			"Court records indicate that the company paid the fine in March.", []string{"evidence"}},
		{"photos show", "photos showing something are evidence, as records are",
			"Photos released of the scene showed numerous bloodied bodies and scattered debris.", []string{"evidence"}},
		{"person shows", "a person who shows something did it in words or deeds: not evidence",
			"The mayor said the figures show that the plan works.", []string{"speech"}},
		{"praised the vote", "a stance verb with a noun phrase and no quotation: thought, not words said",
			"Mayor Tom Becker praised the vote on Tuesday.", []string{"thought"}},
		{"agreed a deal", "agreeing a deal is an act: thought, not words said",
			"The two parties agreed a budget deal on Thursday after weeks of talks.", []string{"thought"}},
		{"praised with a quotation", "with the speaker's words quoted it stays speech",
			"Mayor Tom Becker praised the budget as “a win for every family.”", []string{"speech", "speech"}},
		{"act", "an act the tagger learned from PolNeAR (ordered) says nobody said anything: it is kept apart from speech, as thought",
			"The court ordered the firm to pay fines of 2 million reais before it can resume operating.", []string{"thought"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, rs := FindAll(text.Analyze(tc.src), nil, nil)
			var got []string
			for _, r := range rs {
				got = append(got, r.CueClass.String())
			}
			for _, q := range qs.All() {
				if q.Kind.HasSpeaker() {
					got = append(got, q.CueClass.String())
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// TestCueClassOf checks the classifier alone on given source and cue words, for cues the
// tagger need not find in a one-sentence text.
func TestCueClassOf(t *testing.T) {
	tests := []struct {
		name, reason, src, source, cue string
		want                           CueClass
	}{
		{"believes", "a belief is thought, not speech", "Morales believes the union will win.", "Morales", "believes", Thought},
		{"fears", "a fear is thought", "The owner fears that the bakery will close.", "The owner", "fears", Thought},
		{"supports", "a stance is thought: nobody is said to have said anything", "The union supports the mayor.", "The union", "supports", Thought},
		{"a study found", "a study is evidence", "A study found that drivers earn less.", "A study", "found", Evidence},
		{"she found", "a person finding something is no evidence source", "She found that drivers earn less.", "She", "found", Speech},
		{"according to a statement", "a statement is writing", "According to a statement, the plant will close.", "a statement", "According to", Writing},
		{"the newspaper reported", "reporting in a newspaper is writing", "The newspaper reported that the plant will close.", "The newspaper", "reported", Writing},
		{"told", "told is speech", "Morales told reporters the vote was close.", "Morales", "told", Speech},
		{"no cue", "without a cue the class is speech", "Morales: the vote was close.", "Morales", "", Speech},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			cs, ce := -1, -1
			if tc.cue != "" {
				cs = strings.Index(tc.src, tc.cue)
				ce = cs + len(tc.cue)
			}
			ss := strings.Index(tc.src, tc.source)
			got := f.cueClass(cs, ce, ss, ss+len(tc.source))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
