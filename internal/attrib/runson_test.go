package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/text"
)

// TestRunsOn checks when a content the tagger cut at a word it took for a cue runs on over
// it, given the spans the tagger would mark (each written as the words of the span; the
// second source, cue and content are looked for after the first content).
func TestRunsOn(t *testing.T) {
	tests := []struct {
		name, reason, src                        string
		prevSrc, prevCue, prevContent, src2, cue string
		content                                  string
		want                                     bool
	}{
		{"content's own verb", "will allow, outside the lexicon, has no subject of its own after the content of is hoping: it is that content's verb",
			"Mr. Clarke is hoping that states, led by Ohio, will allow utilities to pass the costs to customers.",
			"Mr. Clarke", "is hoping", "that states", "Mr. Clarke", "will allow", "utilities to pass the costs to customers", true},
		{"noun phrase between", "the words between the two contents are a phrase of the first content's clause (run by …), not a subject of the verb's own",
			"Supporters say the program, run by the Commerce Department, has brought money to poor areas.",
			"Supporters", "say", "the program", "the Commerce Department", "has brought", "money to poor areas", true},
		{"pronoun subject after but", "but he starts a clause of its own, with its own subject and verb",
			"The governor said 20 people want the seat, but he refuses to discuss names.",
			"The governor", "said", "20 people want the seat", "he", "refuses", "to discuss names", false},
		{"name subject after a comma", "a name right after a comma and before the verb is the subject of the main clause, which reports on its own",
			"Asked about reports suggesting that the deal may fail, Peskov declined to comment directly.",
			"reports", "suggesting", "that the deal may fail", "Peskov", "declined", "to comment directly", false},
		{"participle", "a participle after the content (referring to) is an attribution of its own",
			"Peskov said the alliance caused the war, referring to the invasion of 2022.",
			"Peskov", "said", "the alliance caused the war", "Peskov", "referring to", "the invasion of 2022", false},
		{"verb of the lexicon", "a verb of the lexicon after the content (warned) reports on its own",
			"Ann Lee said the plan was costly, Tom Berg warned the budget would fail.",
			"Ann Lee", "said", "the plan was costly", "Ann Lee", "warned", "the budget would fail", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			span := func(w string, from int) tspan {
				i := strings.Index(tc.src[from:], w)
				if i < 0 {
					t.Fatalf("%q not in %q", w, tc.src)
				}
				s, e := f.tokenSpan(from+i, from+i+len(w))
				return tspan{s, e}
			}
			prev := assembled{src: span(tc.prevSrc, 0), cue: span(tc.prevCue, 0), c: span(tc.prevContent, 0)}
			after := f.toks[prev.c.e-1].End // the second source and cue come after the first content
			cue := span(tc.cue, int(after))
			src := prev.src
			if tc.src2 != tc.prevSrc {
				src = span(tc.src2, int(after))
			}
			c := span(tc.content, int(f.toks[cue.e-1].End))
			if got := f.runsOn(prev, c, cue, src); got != tc.want {
				t.Errorf("%s\n%q: runsOn = %v, want %v", tc.reason, tc.src, got, tc.want)
			}
		})
	}
}

// TestSubjectApposition checks the sentence-subject rule when the subject is a description
// with a person named in apposition.
func TestSubjectApposition(t *testing.T) {
	tests := []struct {
		name, reason, src string
		names             []string
		want              []got
	}{
		{"person in apposition", "the person named after the description is the subject; the verb after the apposition is the cue",
			"The mayor defended the rules.\n\nAnother critic, Laurence Tribe, likened the rules to “burning the Constitution.”",
			[]string{"Laurence Tribe/PERSON"},
			[]got{{"burning the Constitution.", "partial", "Laurence Tribe", "Laurence Tribe", "likened"}}},
		{"no person in apposition", "without a person's name after the comma the description stays the subject; the verb after the apposition is the cue",
			"The mayor defended the rules.\n\nAnother critic, a law professor, likened the rules to “burning the Constitution.”",
			nil,
			[]got{{"burning the Constitution.", "partial", "Another critic", "Another critic", "likened"}}},
		{"party and aside after the name", "a party in parentheses and an aside set off by commas stand between the subject and its verb, which is the cue",
			"Few leaders spoke up. Senate leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist” for months.",
			[]string{"Harry Reid/PERSON", "Trump/PERSON"},
			[]got{{"con artist", "partial", "Harry Reid", "Harry Reid", "has been steadily pounding"}}},
		{"verb in the words after the comma", "words with a verb after the comma are a clause, not an aside: no cue is taken past them",
			"Few leaders spoke up. Harry Reid, who retires soon, has been steadily pounding Trump as a “con artist” for months.",
			[]string{"Harry Reid/PERSON", "Trump/PERSON"},
			[]got{{"con artist", "partial", "Harry Reid", "Harry Reid", ""}}},
		{"determiner opening a description", "Another is no name: the description it opens is the speaker",
			"Another official said the plan was “a disaster.”",
			nil,
			[]got{{"a disaster.", "partial", "Another official", "Another official", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := withNames(t, tc.src, tc.names...)
			if diff := cmp.Diff(tc.want, view(tc.src, qs)); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}
