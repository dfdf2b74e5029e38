package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
)

// TestWorldNews runs short stories of our own, written as news from other countries writes, through
// the whole pipeline and checks who the people of the story are (credits left out) and who is
// quoted: names of other languages stay whole and join their later forms, a headline's surname
// is the person, and products, credits and bodies are no people.
func TestWorldNews(t *testing.T) {
	tests := []struct {
		name, reason, src string
		people            []string // the person entities' names, sorted
		speakers          []string // the speakers of quotations and reported speech, in text order, deduplicated
	}{
		{
			name:   "Portuguese name with particles",
			reason: "Lula da Silva is one person in full, as Lula and as Lula da Silva",
			src: "Lula and Milei clash over trade deal\n\n" +
				"MONTEVIDEO — Brazilian President Luiz Inácio Lula da Silva and Argentina's Javier Milei traded barbs on Friday. " +
				"Lula da Silva said the bloc was \"stronger together than apart.\" Milei, who has called Mercosur \"a prison,\" left early.",
			people:   []string{"Javier Milei", "Luiz Inácio Lula da Silva"},
			speakers: []string{"Luiz Inácio Lula da Silva", "Javier Milei"},
		},
		{
			name:   "headline surname and family name first",
			reason: "the headline's Ishiba and Yoon are the people the story names in full",
			src: "Japan's Ishiba meets Yoon in Tokyo\n\n" +
				"TOKYO (AP) — Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol on Monday. " +
				"\"We agreed to work together,\" Ishiba said. Yoon said the talks went well.",
			people:   []string{"Shigeru Ishiba", "Yoon Suk Yeol"},
			speakers: []string{"Shigeru Ishiba", "Yoon Suk Yeol"},
		},
		{
			name:   "Arabic article and a Hong Kong name",
			reason: "al-Sisi and Wong Kwok-kin keep their whole names",
			src: "Egypt's Abdel Fattah al-Sisi spoke with Hong Kong lawmaker Wong Kwok-kin on Friday. " +
				"Wong Kwok-kin of the FTU said the call was useful.",
			people:   []string{"Abdel Fattah al-Sisi", "Wong Kwok-kin"},
			speakers: []string{"Wong Kwok-kin"},
		},
		{
			name:   "a firm named for its partners",
			reason: "Skadden and Arps are partners' names of one firm, not people; the engineer of the apposition speaks, not its relative clause; Others at the hearing is no one named",
			src: "Skadden, Arps, Slate, Meagher & Flom hired three partners from Latham & Watkins this week. " +
				"Skadden said the hires would start in January. Latham said it wished them well.\n\n" +
				"Mesfin Tadesse, an engineer who worked on the project for nine years, said he cried when the turbines started. " +
				"Others at the hearing backed the plan, saying the shelter would take people off the street.",
			people:   []string{"Mesfin Tadesse"},
			speakers: []string{"Skadden, Arps, Slate, Meagher & Flom", "Latham & Watkins", "Mesfin Tadesse", "Others"},
		},
		{
			name:   "products and credits are no people",
			reason: "Anthropic's Claude is a product; the reporter of the closing line is no person of the story",
			src: "OpenAI unveils new model\n\n" +
				"OpenAI released a new model on Thursday, while Anthropic's Claude has become popular with programmers. " +
				"Chief Executive Sam Altman said it makes fewer mistakes.\n\n" +
				"Abby Sewell reported from Beirut.",
			people:   []string{"Sam Altman"},
			speakers: []string{"Sam Altman"},
		},
		{
			name:   "investors named for people",
			reason: "Andreessen Horowitz and Sequoia Capital are firms, not people; Dr. is no role",
			src: "Acme Robotics raised $50 million in funding led by Sequoia Capital, with participation from Andreessen Horowitz. " +
				"\"This funding will allow us to grow,\" said Dr. Amara Nwosu, chief executive of Acme Robotics.",
			people:   []string{"Amara Nwosu"},
			speakers: []string{"Amara Nwosu"},
		},
		{
			name:   "an interview printed as a transcript",
			reason: "the turns after each name and colon are the interviewer's and the president's words; the critics of a question are its reported source",
			src: "Q&A: Chile's president on copper\n\n" +
				"SANTIAGO — President Gabriel Boric sat down with our correspondent Laura Méndez on Monday.\n\n" +
				"Méndez: Critics say the lithium deal gave away too much.\n\n" +
				"Boric: I understand the criticism, but the state now controls the majority of the salt flat.\n\n" +
				"Méndez: Is China too important?\n\n" +
				"Boric: China is our largest customer. We do not have to choose.",
			people:   []string{"Gabriel Boric", "Laura Méndez"},
			speakers: []string{"Laura Méndez", "Critics", "Gabriel Boric"},
		},
		{
			name:   "a law firm and a courtesy title",
			reason: "Robbins Geller Rudman & Dowd is a firm, not two people; Mr is no role and does not split the speaker",
			src: "Shawn Williams, a partner at Robbins Geller Rudman & Dowd, declined to comment. " +
				"The Commissioner for the Environment, Mr Tokunbo Wahab, said the demolitions would go on.",
			people:   []string{"Shawn Williams", "Tokunbo Wahab"},
			speakers: []string{"Shawn Williams", "Tokunbo Wahab"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Text(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			var people []string
			for _, e := range doc.Entities {
				if e.Type == entity.Person {
					people = append(people, e.Name)
				}
			}
			sort.Strings(people)
			if d := cmp.Diff(tt.people, people); d != "" {
				t.Errorf("people: %s (-want +got):\n%s", tt.reason, d)
			}
			var speakers []string
			seen := map[string]bool{}
			add := func(s string) {
				if s != "" && !seen[s] && !strings.HasPrefix(s, "who") {
					seen[s] = true
					speakers = append(speakers, s)
				}
			}
			type rec struct {
				start   int
				speaker string
			}
			var recs []rec
			for _, q := range doc.Quotes {
				if q.Kind.HasSpeaker() {
					recs = append(recs, rec{q.Start, q.Speaker})
				}
			}
			for _, r := range doc.Reported {
				recs = append(recs, rec{r.Start, r.Speaker})
			}
			sort.SliceStable(recs, func(i, j int) bool { return recs[i].start < recs[j].start })
			for _, r := range recs {
				add(r.speaker)
			}
			if d := cmp.Diff(tt.speakers, speakers); d != "" {
				t.Errorf("speakers: %s (-want +got):\n%s", tt.reason, d)
			}
		})
	}
}

// TestInterviewTurns checks that the turns of a printed interview join the marked quotations in
// text order, with each quotation's group still pointing at the group's first part.
func TestInterviewTurns(t *testing.T) {
	src := "Chile's president speaks\n\n" +
		"“We will not raise royalties,” Boric told reporters, “because companies need stability.”\n\n" +
		"Laura Méndez: Is China too important?\n\n" +
		"Gabriel Boric: China is our largest customer.\n\n" +
		"“It is historic,” Boric said later, “and it is ours.”"
	doc, err := extract.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, q := range doc.Quotes {
		if i > 0 && doc.Quotes[i-1].Start >= q.Start {
			t.Errorf("quotation %d at %d comes after one at %d", i, q.Start, doc.Quotes[i-1].Start)
		}
		if q.Group < 0 || q.Group > i || doc.Quotes[q.Group].Speaker != q.Speaker {
			t.Errorf("quotation %d (%q) has group %d", i, src[q.Start:q.End], q.Group)
		}
		got = append(got, q.Speaker+": "+src[q.Start:q.End])
	}
	want := []string{
		"Gabriel Boric: We will not raise royalties,", "Gabriel Boric: because companies need stability.",
		"Laura Méndez: Is China too important?", "Gabriel Boric: China is our largest customer.",
		"Gabriel Boric: It is historic,", "Gabriel Boric: and it is ours.",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	var groups []int
	for _, q := range doc.Quotes {
		groups = append(groups, q.Group)
	}
	if d := cmp.Diff([]int{0, 0, 2, 3, 4, 4}, groups); d != "" {
		t.Errorf("groups: the split quotations are one group each, the turns their own (-want +got):\n%s", d)
	}
}
