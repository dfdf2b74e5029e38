package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// maxPhrase is the longest gazetteer phrase the tagger looks up, in tokens.
const maxPhrase = 5

// Phrase-match bits (tokInfo.gazPh): class × position in a multi-word gazetteer match.
const (
	phPlace = iota
	phOrg
	phPerson
	phOther
	phMisc // a stock index or a product: a name that is none of the reported types
)

func phraseClass(k gazetteer.Kind) int {
	switch {
	case k&(gazetteer.Company|gazetteer.Org|gazetteer.Team) != 0:
		return phOrg
	case k&gazetteer.AnyPlace != 0:
		return phPlace
	case k&(gazetteer.FirstName|gazetteer.Surname) != 0:
		return phPerson
	case k&(gazetteer.Index|gazetteer.Product) != 0:
		return phMisc
	}
	return phOther
}

// gazetteer fills the gazetteer fields of info: the kinds of each word, and for the
// longest multi-word match starting at each capitalized word, its class and the position
// of each token in it (first, inside, last).
func (sc *scratch) gazetteer(d *text.Doc, info []tokInfo, look gazetteer.Lookuper) {
	toks := d.Tokens
	sc.gtab.reset(len(info))
	for _, s := range d.Sentences {
		last := min(s.Last, len(info))
		for i := s.First; i < last; i++ {
			if !info[i].word {
				continue
			}
			w := d.Src[toks[i].Start:toks[i].End]
			j := sc.gtab.slot(info[i].h.form)
			if sc.gtab.vals[j] == 0 {
				sc.gtab.vals[j] = uint32(look.Lookup(w)) | 1<<31
			}
			info[i].gaz = sc.gtab.vals[j] &^ (1 << 31)
			if !text.StartsUpper(w) || !look.Begins(w) {
				continue
			}
			// Longest phrase of 2..maxPhrase tokens separated by single spaces, as long as
			// some name begins with the words so far.
			bestEnd, bestKind := 0, gazetteer.Kind(0)
			plain := true // the words so far are separated by single spaces
			for j := i + 1; j < last && j < i+maxPhrase; j++ {
				gap := d.Src[toks[j-1].End:toks[j].Start]
				if gap != " " {
					if !isNarrowSpace(gap) {
						break
					}
					plain = false
				}
				phrase := d.Src[toks[i].Start:toks[j].End]
				if !plain {
					phrase = sc.spacedPhrase(d, i, j+1)
				}
				// names end in a capitalized word or a number ("FTSE 100")
				if toks[j].Kind == text.Number || text.StartsUpper(d.Src[toks[j].Start:toks[j].End]) {
					k := look.Lookup(phrase)
					if k&^(gazetteer.CommonWord|gazetteer.RoleNoun|gazetteer.PersonTitle) != 0 {
						bestEnd, bestKind = j+1, k
					}
				}
				if !look.Begins(phrase) {
					break
				}
			}
			if bestEnd == 0 {
				continue
			}
			c := uint32(phraseClass(bestKind)) * 3
			info[i].gazPh |= 1 << c
			for j := i + 1; j < bestEnd-1; j++ {
				info[j].gazPh |= 1 << (c + 1)
			}
			info[bestEnd-1].gazPh |= 1 << (c + 2)
		}
	}
}

// isNarrowSpace reports whether gap is one space character other than a line break, such
// as a no-break space between the words of a name ("New\u00a0York").
func isNarrowSpace(gap string) bool {
	r, n := utf8.DecodeRuneInString(gap)
	return n == len(gap) && n > 0 && r != '\n' && r != '\r' && unicode.IsSpace(r)
}

// spacedPhrase returns tokens [first, end) of d joined by single spaces, for names with
// other spaces between their words. The strings are kept in a small per-scratch cache, so
// a phrase seen before costs no allocation.
func (sc *scratch) spacedPhrase(d *text.Doc, first, end int) string {
	b := sc.phrase[:0]
	for j := first; j < end; j++ {
		if j > first {
			b = append(b, ' ')
		}
		b = append(b, d.Src[d.Tokens[j].Start:d.Tokens[j].End]...)
	}
	sc.phrase = b
	if s, ok := sc.phrases[string(b)]; ok {
		return s
	}
	if sc.phrases == nil || len(sc.phrases) >= 4096 {
		sc.phrases = make(map[string]string)
	}
	s := string(b)
	sc.phrases[s] = s
	return s
}
