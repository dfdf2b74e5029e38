package ner

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

func TestDatelines(t *testing.T) {
	tests := []struct {
		name, reason, src, mention string
		place                      bool
	}{
		{"dash", "a name in capitals opening a line before a dash is where the story was filed",
			"SÃO PAULO — Brazil's top court ruled on Wednesday that the fines stand.", "SÃO PAULO", true},
		{"agency", "capitals, a country and an agency in parentheses",
			"KRAMATORSK, Ukraine (Reuters) - Shelling hit the city overnight, officials said.", "KRAMATORSK", true},
		{"known city", "a city the lists know, before a comma",
			"Some intro text.\nLAGOS, March 3 — The central bank raised rates again.", "LAGOS", true},
		{"acronym", "an organization's initials before a comma and a description are no dateline",
			"Some intro text.\nDPC, an investor group led by a fund, filed a suit on Monday.", "DPC", false},
		{"headline", "a headline in capitals is no dateline",
			"NATO, EU AGREE ON SANCTIONS\nThe allies met in Brussels on Monday.", "NATO", false},
	}
	tg := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The rule alone, on the name tagged as an organization by hand.
			d := text.Analyze(tc.src)
			first, last := -1, -1
			for i, tok := range d.Tokens {
				if int(tok.Start) == strings.Index(tc.src, tc.mention) {
					first = i
				}
				if first >= 0 && last < 0 && int(tok.End) == strings.Index(tc.src, tc.mention)+len(tc.mention) {
					last = i + 1
				}
			}
			if first < 0 || last < 0 {
				t.Fatalf("%q is not a token sequence", tc.mention)
			}
			sc := new(scratch)
			info := sc.prepare(d, &tg.m.lex, tg.names)
			ms := []Mention{{Start: int(d.Tokens[first].Start), End: int(d.Tokens[last-1].End), Label: Org, First: first, Last: last}}
			datelines(ms, d, info, tg.names)
			if (ms[0].Label == Place) != tc.place {
				t.Errorf("%q became %v, want place %v: %s", tc.mention, ms[0].Label, tc.place, tc.reason)
			}
		})
	}
}

// TestDatelineTagged checks the whole tagger on a dateline in capitals with diacritics,
// which the model alone calls an organization.
func TestDatelineTagged(t *testing.T) {
	src := "SÃO PAULO — Brazil's top court ruled on Wednesday that the fines stand."
	d := text.Analyze(src)
	for _, m := range Default().Tag(d) {
		if src[m.Start:m.End] == "SÃO PAULO" {
			if m.Label != Place {
				t.Errorf("SÃO PAULO is %v, want Place", m.Label)
			}
			return
		}
	}
	t.Errorf("SÃO PAULO not found as a name")
}
