package ner

import (
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// datelines makes the name that opens a news dateline a place: "SÃO PAULO —", "LAGOS, Nigeria
// (Reuters) -", "KYIV (AP) —". A name in capitals that starts a line of running text and is
// followed by a comma, a dash or an opening parenthesis is where the story was filed, while
// the model, which learned that capitals often mark organizations, may call it one. A name
// the lists know only as an organization ("NATO, the alliance …") keeps its type.
func datelines(ms []Mention, d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	toks := d.Tokens
	for i := range ms {
		m := &ms[i]
		if m.Label == Place || m.Label == Misc || m.Last >= len(toks) {
			continue
		}
		if m.First > 0 && toks[m.First].Newlines == 0 {
			continue // not at the start of a line
		}
		dated := datedLine(d, m.Last)
		if info[m.First].line == lineCaps && !dated {
			continue // a headline in capitals; "ROCHESTER, N.H. 1996-08-30" is a dateline
		}
		if !allCaps(d.Src[m.Start:m.End]) {
			continue
		}
		var kind gazetteer.Kind
		if look != nil {
			kind = look.Lookup(d.Src[m.Start:m.End])
		}
		if kind&(gazetteer.Org|gazetteer.Company|gazetteer.Team) != 0 && kind&gazetteer.AnyPlace == 0 {
			continue
		}
		word := func(j int) string {
			if j >= len(toks) || toks[j].Newlines > 0 {
				return ""
			}
			return d.Src[toks[j].Start:toks[j].End]
		}
		switch word(m.Last) {
		case "—", "–", "-":
			// "SÃO PAULO —"
		case "(":
			// "KYIV (AP) —"
			if word(m.Last+2) != ")" {
				continue
			}
		case ",":
			// "LAGOS, Nigeria": a place the lists know, or one followed by a known country or
			// region; "DPC, an investor group" is neither
			if kind&gazetteer.AnyPlace == 0 && (look == nil || look.Lookup(word(m.Last+1))&(gazetteer.Country|gazetteer.Region) == 0) {
				continue
			}
		default:
			// "VANCOUVER 1996-08-31": a place the lists know, then the date
			if !dated || kind&gazetteer.AnyPlace == 0 {
				continue
			}
		}
		m.Label = Place
	}
}

// datedLine reports whether the line goes on from token i to a date in figures at its end
// ("1996-08-30"), within a few tokens, as wire datelines end.
func datedLine(d *text.Doc, i int) bool {
	toks := d.Tokens
	for j := i; j < len(toks) && j < i+6 && (j == i || toks[j].Newlines == 0); j++ {
		if toks[j].Newlines > 0 && j > i {
			return false
		}
		if toks[j].Kind == text.Number && (j+1 >= len(toks) || toks[j+1].Newlines > 0) && strings.Count(d.Text(j), "-") == 2 {
			return true
		}
	}
	return false
}

// allCaps reports whether s has at least three letters and none in lower case.
func allCaps(s string) bool { return text.CapsLetters(s) >= 3 }
