package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/internal/text"
)

// TestSurnameAfterFullName runs the consistency pass on mentions given by hand: a lone word
// that ended a person's full name earlier is that person.
func TestSurnameAfterFullName(t *testing.T) {
	type named struct {
		text  string
		label Label
	}
	tests := []struct {
		name, reason, src string
		in                []named // in text order; each text's first occurrence after the previous one
		want              []Label
	}{
		{"after", "the film director, then his surname alone, which the lists know as a country",
			"Neil Jordan made the film. Jordan defends it.",
			[]named{{"Neil Jordan", Person}, {"Jordan", Place}}, []Label{Person, Person}},
		{"before", "a place named before any person of that name stays a place",
			"Jordan closed its border. Neil Jordan made a film.",
			[]named{{"Jordan", Place}, {"Neil Jordan", Person}}, []Label{Place, Person}},
		{"organization", "a lone surname the model called an organization",
			"Ana Legeard won. Legeard said it was hard.",
			[]named{{"Ana Legeard", Person}, {"Legeard", Org}}, []Label{Person, Person}},
		{"no person", "without a full name the place keeps its type",
			"Jordan and Syria met. Jordan spoke first.",
			[]named{{"Jordan", Place}, {"Syria", Place}, {"Jordan", Place}}, []Label{Place, Place, Place}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.Analyze(tc.src)
			sc := new(scratch)
			info := sc.prepare(d, &Default().m.lex, nil)
			var ms []Mention
			from := 0
			for _, n := range tc.in {
				start := from + strings.Index(tc.src[from:], n.text)
				end := start + len(n.text)
				from = end
				first, last := -1, -1
				for i, tok := range d.Tokens {
					if tok.Start == start {
						first = i
					}
					if tok.End == end {
						last = i + 1
					}
				}
				ms = append(ms, Mention{Start: start, End: end, Label: n.label, First: first, Last: last})
			}
			var got []Label
			for _, m := range sc.consistency(ms, d, info, nil) {
				got = append(got, m.Label)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.reason, diff)
			}
		})
	}
}
