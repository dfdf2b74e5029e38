package attrib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTurns(t *testing.T) {
	type turn struct{ Words, Label, Speaker string }
	tests := []struct {
		name, reason, src string
		names             []string
		want              []turn
	}{
		{"interview", "each paragraph that opens with a person's name and a colon is that person's turn, the full name's person for a surname",
			"President Gabriel Boric spoke to Laura Méndez.\n\nMéndez: Will Chile raise royalties?\n\nBoric: No. Companies need stability.\n\nThe talk ended.",
			[]string{"Gabriel Boric/PERSON", "Laura Méndez/PERSON", "Méndez/PERSON", "Boric/PERSON"},
			[]turn{{"Will Chile raise royalties?", "Méndez", "Laura Méndez"}, {"No. Companies need stability.", "Boric", "Gabriel Boric"}}},
		{"one label is no transcript", "a single name and colon is a headline's or a list's, no interview",
			"Pat Caddell: voters are worried about her health\n\nThe pollster spoke on Monday.",
			[]string{"Pat Caddell/PERSON"},
			nil},
		{"headline after the colon", "words in title case after the colon are a headline, not a turn",
			"Pence: Flowers Won’t Be at Debate\n\nGraham: Trump Rhetoric Destroying Party Chances\n\nThe debate is on Sunday.",
			[]string{"Pence/PERSON", "Graham/PERSON"},
			nil},
		{"questions and answers", "in a Q:/A: interview the answers are the interviewee's, the person the introduction names most; the questions are the interviewer's, who is unnamed",
			"Jasmine Paolini is the fourth seed. Paolini spoke to Paolo Bandini.\n\nQ: Does the final change things?\n\nA: A little bit, yes.\n\nQ: What do you do to relax?\n\nA: I cook with my mother.",
			[]string{"Jasmine Paolini/PERSON", "Paolini/PERSON", "Paolo Bandini/PERSON"},
			[]turn{{"A little bit, yes.", "A", "Jasmine Paolini"}, {"I cook with my mother.", "A", "Jasmine Paolini"}}},
		{"answers without questions", "paragraphs opening \"A:\" with no \"Q:\" before them are no interview",
			"Jasmine Paolini is the fourth seed.\n\nA: first point.\n\nA: second point.",
			[]string{"Jasmine Paolini/PERSON"},
			nil},
		{"labels that are no people", "a place or a word before the colon names no speaker",
			"Chile: copper output rose last year.\n\nUpdate: the mine reopened on Monday.",
			[]string{"Chile/PLACE"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, names, ents := analyzeWithNames(t, tt.src, tt.names...)
			var got []turn
			for _, q := range Turns(d, names, ents) {
				if q.Kind != Direct || q.Rule != ruleTurn || tt.src[q.CueStart:q.CueEnd] != ":" {
					t.Errorf("turn %+v: want a direct quotation of rule %s with the colon as its cue", q, ruleTurn)
				}
				got = append(got, turn{tt.src[q.Start:q.End], tt.src[q.SpeakerStart:q.SpeakerEnd], q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
