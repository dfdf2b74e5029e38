package attrib

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
)

// linkLabels open a line that links to another story: "Related: Trump says Canada should
// become the 51st state", "READ MORE: …". What such a line says is another article's
// headline, not this story's words, so no quotation or reported speech is taken from it.
var linkLabels = [][]string{
	{"related"}, {"read", "more"}, {"read", "also"}, {"also", "read"}, {"see", "also"},
	{"more"}, {"more", "coverage"}, {"watch"}, {"listen"}, {"recommended"}, {"trending"},
	{"latest"},
}

// linkLines returns the spans of d's lines that a link label and a colon open, as byte
// offsets [start, end) in text order.
func linkLines(d *text.Doc) [][2]int {
	var out [][2]int
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].Newlines == 0 {
			continue
		}
		k, ok := linkLabel(d, i)
		if !ok {
			continue
		}
		end := k
		for end+1 < len(toks) && toks[end+1].Newlines == 0 {
			end++
		}
		out = append(out, [2]int{int(toks[i].Start), int(toks[end].End)})
		i = end
	}
	return out
}

// linkLabel reports whether a link label and a colon start at token i, and returns the
// colon's index.
func linkLabel(d *text.Doc, i int) (int, bool) {
	for _, l := range linkLabels {
		k := i
		for _, w := range l {
			if k >= len(d.Tokens) || k > i && d.Tokens[k].Newlines > 0 || !strings.EqualFold(d.Text(k), w) {
				k = -1
				break
			}
			k++
		}
		if k >= 0 && k < len(d.Tokens) && d.Tokens[k].Newlines == 0 && d.Text(k) == ":" {
			return k, true
		}
	}
	return 0, false
}

// quotesOutside removes the quotations that start inside one of lines (see linkLines).
func quotesOutside(lines [][2]int, qs []Quote) []Quote {
	return slices.DeleteFunc(qs, func(q Quote) bool { return inLines(lines, q.Start) })
}

// reportedOutside removes the reported speech that starts inside one of lines.
func reportedOutside(lines [][2]int, rs []Reported) []Reported {
	return slices.DeleteFunc(rs, func(r Reported) bool { return inLines(lines, r.Start) })
}

// passagesOutside removes the passages that start inside one of lines, as quotesOutside
// removes their quotations: FindAll hands its passages over one at a time (Quotes.At). Nothing
// may read the passages by index after it.
func (f *finder) passagesOutside(lines [][2]int) {
	f.ps = slices.DeleteFunc(f.ps, func(p passage) bool { return inLines(lines, int(p.start)) })
}

// inLines reports whether byte pos is inside one of lines (in text order).
func inLines(lines [][2]int, pos int) bool {
	if len(lines) == 0 {
		return false
	}
	k, _ := slices.BinarySearchFunc(lines, pos, func(l [2]int, p int) int {
		if l[1] <= p {
			return -1
		}
		if l[0] > p {
			return 1
		}
		return 0
	})
	return k < len(lines) && lines[k][0] <= pos && pos < lines[k][1]
}
