package attrib

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/text"
)

// Turns returns the turns of an interview printed as a transcript, as direct quotations in
// text order: paragraphs that open with a person's name and a colon, the rest of the
// paragraph being what that person said. A document needs two such paragraphs to count as a
// transcript, so a headline ("Pence: Flowers Won't Be at Debate") or a lone label is none.
// The name must be a person mention of names, all of its words before the colon ("Boric:",
// "Laura Méndez:"); Group is -1 (the caller numbers the quotations). Without such turns, the
// answers of a "Q:"/"A:" interview are its interviewee's.
func Turns(d *text.Doc, names []Name, entities []Entity) []Quote {
	var out []Quote
	for _, para := range d.Paragraphs {
		if q, ok := turn(d, para, names, entities); ok {
			out = append(out, q)
		}
	}
	if len(out) < 2 {
		return answerTurns(d, names, entities)
	}
	return out
}

// answerTurns returns the answers of an interview printed as questions and answers, each
// paragraph that opens with "A:" after one that opens with "Q:" (two of each at least): the
// answers are the interviewee's, the person the text before the first question names most
// often (the first of them on a tie), nil when it names none. The label "A" is the speaker
// mention.
func answerTurns(d *text.Doc, names []Name, entities []Entity) []Quote {
	var qs, as []int // the label token of each question and answer paragraph
	for _, para := range d.Paragraphs {
		if para.First >= para.Last || para.First >= len(d.Sentences) {
			continue
		}
		first := d.Sentences[para.First].First
		if first+2 >= len(d.Tokens) || d.Text(first+1) != ":" || d.Tokens[first+2].Newlines > 0 {
			continue
		}
		switch d.Text(first) {
		case "Q":
			qs = append(qs, first)
		case "A":
			if len(qs) > 0 {
				as = append(as, first)
			}
		}
	}
	if len(qs) < 2 || len(as) < 2 {
		return nil
	}
	ent := interviewee(names, int(d.Tokens[qs[0]].Start))
	if ent < 0 || ent >= len(entities) {
		return nil
	}
	var out []Quote
	for _, para := range d.Paragraphs {
		if para.First >= para.Last || para.First >= len(d.Sentences) {
			continue
		}
		first := d.Sentences[para.First].First
		if _, ok := slices.BinarySearch(as, first); !ok {
			continue
		}
		last := d.Sentences[min(para.Last, len(d.Sentences))-1].Last
		q := Quote{Start: int(d.Tokens[first+2].Start), End: int(d.Tokens[last-1].End), Kind: Direct,
			SpeakerStart: int(d.Tokens[first].Start), SpeakerEnd: int(d.Tokens[first].End), Speaker: entities[ent].Name, Entity: ent,
			CueStart: int(d.Tokens[first+1].Start), CueEnd: int(d.Tokens[first+1].End), CueClass: Speech,
			Group: -1, Rule: ruleTurn, Confidence: confidence(ruleTurn)}
		q.OpenStart, q.CloseEnd = q.Start, q.End
		out = append(out, q)
	}
	return out
}

// interviewee returns the person entity named most often before byte limit, the first named
// of those on a tie, or -1.
func interviewee(names []Name, limit int) int {
	count := map[int]int{}
	best := -1
	for _, n := range names {
		if n.Start >= limit {
			break
		}
		if n.Type != Person || n.Entity < 0 {
			continue
		}
		count[n.Entity]++
		if best < 0 || count[n.Entity] > count[best] {
			best = n.Entity
		}
	}
	return best
}

// maxLabelTokens is the longest name a turn opens with.
const maxLabelTokens = 5

// turn reads paragraph para as a turn: a person's name, a colon, then words up to the end of
// the paragraph that are no headline.
func turn(d *text.Doc, para text.Paragraph, names []Name, entities []Entity) (Quote, bool) {
	if para.First >= para.Last || para.First >= len(d.Sentences) {
		return Quote{}, false
	}
	first := d.Sentences[para.First].First
	last := d.Sentences[min(para.Last, len(d.Sentences))-1].Last // one past the paragraph's last token
	colon := -1
	for k := first + 1; k < last && k <= first+maxLabelTokens; k++ {
		if d.Tokens[k].Newlines > 0 {
			break
		}
		if d.Text(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || colon+1 >= last || d.Tokens[colon+1].Newlines > 0 {
		return Quote{}, false
	}
	start, end := d.Tokens[first].Start, d.Tokens[colon-1].End
	i := sort.Search(len(names), func(i int) bool { return names[i].Start >= int(start) })
	if i >= len(names) || names[i].Start != int(start) || names[i].End != int(end) || names[i].Type != Person {
		return Quote{}, false
	}
	if headlineWords(d, colon+1, last) {
		return Quote{}, false
	}
	q := Quote{Start: int(d.Tokens[colon+1].Start), End: int(d.Tokens[last-1].End), Kind: Direct,
		SpeakerStart: int(start), SpeakerEnd: int(end), Speaker: d.Src[start:end], Entity: names[i].Entity,
		CueStart: int(d.Tokens[colon].Start), CueEnd: int(d.Tokens[colon].End), CueClass: Speech,
		Group: -1, Rule: ruleTurn, Confidence: confidence(ruleTurn)}
	q.OpenStart, q.CloseEnd = q.Start, q.End
	if e := q.Entity; e >= 0 && e < len(entities) {
		q.Speaker = entities[e].Name
	} else {
		q.Entity = -1
	}
	return q, true
}

// headlineWords reports whether tokens [first, last) read as a headline: every word of four
// letters or more capitalised ("Donald Trump Is Right About Chicago").
func headlineWords(d *text.Doc, first, last int) bool {
	long := 0
	for k := first; k < last; k++ {
		w := d.Text(k)
		if r, _ := utf8.DecodeRuneInString(w); d.Tokens[k].Kind != text.Word || utf8.RuneCountInString(w) < 4 || !unicode.IsLetter(r) {
			continue
		}
		if !text.StartsUpper(w) {
			return false
		}
		long++
	}
	return long > 0
}
