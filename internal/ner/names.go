package ner

import (
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// WithNames returns a tagger that looks names up in names instead of the built-in
// gazetteer, typically a gazetteer.Layer of a newsroom's own names over the built-in lists
// (gazetteer.NewLayer). Every phrase of up to five words to which names gives a kind the
// built-in lists do not give is tagged as the caller says, overriding the model: Company or
// Org as Org, a place kind as Place, FirstName or Surname as Person. The receiver is not
// changed; both taggers share the model.
func (t *Tagger) WithNames(names gazetteer.Lookuper) *Tagger {
	if names == nil {
		names = gazetteer.BuiltIn()
	}
	return &Tagger{m: t.m, names: names, user: true}
}

// userLabel is the label the caller's own kinds give a phrase, None when the caller added
// nothing to what the built-in lists say.
func userLabel(names gazetteer.Lookuper, phrase string) Label {
	added := names.Lookup(phrase) &^ gazetteer.Lookup(phrase)
	switch {
	case added&(gazetteer.Company|gazetteer.Org) != 0:
		return Org
	case added&gazetteer.AnyPlace != 0:
		return Place
	case added&(gazetteer.FirstName|gazetteer.Surname) != 0:
		return Person
	}
	return None
}

// userNames merges the caller's names into ms (the mentions of d, in order): the longest
// phrase starting at a capitalized word wins and replaces the mentions it overlaps.
func (sc *scratch) userNames(ms []Mention, d *text.Doc, names gazetteer.Lookuper) []Mention {
	toks := d.Tokens
	var found []Mention
	for _, s := range d.Sentences {
		last := min(s.Last, len(toks))
		for i := s.First; i < last; i++ {
			if toks[i].Kind != text.Word || !startsUpper(d.Src[toks[i].Start:toks[i].End]) {
				continue
			}
			end := i + 1
			for end < last && end < i+maxPhrase && toks[end].Start == toks[end-1].End+1 && d.Src[toks[end-1].End] == ' ' {
				end++
			}
			for j := end; j > i; j-- {
				if l := userLabel(names, d.Src[toks[i].Start:toks[j-1].End]); l != None {
					found = append(found, Mention{Start: toks[i].Start, End: toks[j-1].End, Label: l, First: i, Last: j, Score: 1})
					i = j - 1
					break
				}
			}
		}
	}
	if len(found) == 0 {
		return ms
	}
	out := make([]Mention, 0, len(ms)+len(found))
	k := 0
	for _, m := range ms {
		for k < len(found) && found[k].First < m.Last {
			if found[k].Last <= m.First || len(out) == 0 || out[len(out)-1].Last <= found[k].First {
				out = append(out, found[k])
			}
			k++
		}
		overlaps := false
		for _, f := range found {
			if f.First < m.Last && m.First < f.Last {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, m)
		}
	}
	out = append(out, found[k:]...)
	return out
}
