package ner

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/text"
)

// Rules on the context that says a name is a team or a party, not a person: the role of a
// person named right after it ("Betis coach Manuel Pellegrini"), the seats it won, the
// initials after it; and the line-ups of a match report, whose surnames are people.

// sides runs the rules of this file; it returns ms with the line-ups' names as people.
func sides(ms []Mention, d *text.Doc) []Mention {
	var bodies map[string]bool // the names these rules made teams or parties
	made := func(m *Mention) {
		m.Label = Org
		if bodies == nil {
			bodies = map[string]bool{}
		}
		bodies[d.Src[m.Start:m.End]] = true
	}
	bodyBeforeRole(ms, d, made)
	seatWinners(ms, d, made)
	ms = lineups(ms, d, made)
	// the same name is the same team elsewhere in the story: "Villarreal beat Real Betis 2-1"
	relabelNamed(ms, d, bodies, Org, func(l Label) bool { return l == Person })
	return ms
}

// sideRoles are the posts that a team or party holds a person in, written between the body's
// name and the person's: "Vanchit Bahujan Aghadi leader Prakash Ambedkar".
var sideRoles = text.WordSet(`leader co-leader chief coach captain president chairman chairwoman
	secretary-general skipper manager boss`)

// bodyBeforeRole: a name tagged a person, then a role of sideRoles and a person's name, is the
// team or party the person leads: "Betis coach Manuel Pellegrini", "Shiv Sena (UBT) chief
// Uddhav Thackeray". The person must follow the role at once ("Obama chief of staff Denis
// McDonough" is no match).
func bodyBeforeRole(ms []Mention, d *text.Doc, made func(*Mention)) {
	for i := 0; i+1 < len(ms); i++ {
		m, p := &ms[i], ms[i+1]
		if m.Label != Person {
			continue
		}
		k := m.Last
		if k+2 < len(d.Tokens) && d.Text(k) == "(" && d.Text(k+2) == ")" && text.CapsLetters(d.Text(k+1)) == len(d.Text(k+1)) {
			k += 3 // "Shiv Sena (UBT) chief": the party's faction in brackets
			if p.Last <= k && i+2 < len(ms) {
				p = ms[i+2]
			}
		}
		if p.Label != Person || p.First != k+1 || !sideRoles[d.Text(k)] || d.Tokens[k].Newlines > 0 || d.Tokens[p.First].Newlines > 0 {
			continue
		}
		made(m)
	}
}

// seatWinners: a name tagged a person that won seats ("Sharad Pawar's NCP (SP) was reduced to
// 10" aside, "The All India Majlis-e-Ittehadul Muslimeen won one seat"), or that its initials
// follow in brackets ("Maha Vikas Aghadi (MVA)"), is a party: people win a seat, not seats, and
// have no acronym.
func seatWinners(ms []Mention, d *text.Doc, made func(*Mention)) {
	for i := range ms {
		m := &ms[i]
		if m.Label != Person {
			continue
		}
		if m.Last-m.First >= 2 && m.Last+2 < len(d.Tokens) && d.Text(m.Last) == "(" && d.Text(m.Last+2) == ")" && initialsOf(d, m.First, m.Last) == d.Text(m.Last+1) {
			made(m)
			continue
		}
		k := m.Last
		if k >= len(d.Tokens) {
			continue
		}
		switch d.Text(k) {
		case "won", "wins", "took", "takes", "secured", "secures":
		default:
			continue
		}
		for j := k + 1; j < len(d.Tokens) && j <= k+4 && d.Tokens[j].Newlines == 0; j++ {
			w := d.Text(j)
			if w == "his" || w == "her" || w == "their" || w == "the" || d.Tokens[j].Kind == text.Punct {
				break
			}
			if (w == "seats" || w == "seat") && j > k+1 && d.Text(j-1) != "a" {
				made(m)
				break
			}
		}
	}
}

// initialsOf is the capital initials of the words of [first, last), hyphened parts apart
// ("Majlis-e-Ittehadul" gives "MI").
func initialsOf(d *text.Doc, first, last int) string {
	var b strings.Builder
	for k := first; k < last; k++ {
		for _, part := range strings.Split(d.Text(k), "-") {
			if part != "" && text.StartsUpper(part) {
				b.WriteString(part[:1])
			}
		}
	}
	return b.String()
}

// lineups makes people of the names in a match report's line-up or a race's results (see
// resultItems). A line-up is a line of a team's name and a
// colon, then at least five names between commas and semicolons, at least one semicolon, a
// substitute in brackets with his minute ("Bartra (Riad 60)"). "Villarreal: Jörgensen; Foyth,
// Albiol, Bailly, Pedraza; Pino, …". The tagger misses lone surnames there, or runs two into one
// across the semicolon. A line whose items are not all names (results, scores) is no line-up.
func lineups(ms []Mention, d *text.Doc, made func(*Mention)) []Mention {
	n := len(d.Tokens)
	var out []Mention
	changed := false
	for lineStart := 0; lineStart < n; {
		end := lineStart + 1
		for end < n && d.Tokens[end].Newlines == 0 {
			end++
		}
		items := lineupItems(d, lineStart, end)
		head := -1
		if items == nil {
			items = resultItems(d, lineStart, end)
		} else {
			if head = namedHead(ms, lineStart, items[0][0]-1); head < 0 {
				items = nil // "Tags: Football; LaLiga, …": a page's topics, not a team's players
			} else if ms[head].Label == Person {
				made(&ms[head]) // the team heads its players: "Real Betis: Rui Silva; …"
			}
		}
		lineStart = end
		if items == nil {
			continue
		}
		if !changed {
			out = append(out, ms...)
			changed = true
		}
		kept, it := out[:0], 0 // the mentions that overlap no item (out and items in text order)
		for _, m := range out {
			for it < len(items) && items[it][1] <= m.First {
				it++
			}
			if it == len(items) || m.Last <= items[it][0] {
				kept = append(kept, m)
			}
		}
		out = kept
		for _, it := range items {
			out = append(out, Mention{Start: int(d.Tokens[it[0]].Start), End: int(d.Tokens[it[1]-1].End), First: it[0], Last: it[1], Score: 1, Label: Person})
		}
	}
	if !changed {
		return ms
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.First - b.First })
	return out
}

// namedHead returns the index of the mention of ms that spans exactly [first, last), the team's
// name before a line-up's colon, or -1.
func namedHead(ms []Mention, first, last int) int {
	i, _ := slices.BinarySearchFunc(ms, first, func(m Mention, k int) int { return m.First - k })
	if i < len(ms) && ms[i].First == first && ms[i].Last == last {
		return i
	}
	return -1
}

// lineupItems returns the names of a line-up in tokens [start, end), each as [first, last), or
// nil when the line is no line-up.
func lineupItems(d *text.Doc, start, end int) [][2]int {
	colon := -1
	for k := start; k < end && k < start+5; k++ {
		if d.Text(k) == ":" {
			colon = k
			break
		}
		if d.Tokens[k].Kind != text.Word {
			return nil
		}
	}
	if colon <= start {
		return nil
	}
	if end > colon+1 && d.Text(end-1) == "." {
		end--
	}
	var items [][2]int
	semis := 0
	k := colon + 1
	for k < end {
		j := k
		for j < end && j-k < 4 && lineupWord(d, j, j == k) {
			j++
		}
		if j == k {
			return nil
		}
		items = append(items, [2]int{k, j})
		if j+3 < end && d.Text(j) == "(" && lineupWord(d, j+1, true) && d.Tokens[j+2].Kind == text.Number && d.Text(j+3) == ")" {
			items = append(items, [2]int{j + 1, j + 2}) // "(Riad 60)": the substitute and his minute
			j += 4
		}
		if j == end {
			break
		}
		switch d.Text(j) {
		case ";":
			semis++
		case ",":
		default:
			return nil
		}
		k = j + 1
	}
	if semis == 0 || len(items) < 5 || k >= end {
		return nil
	}
	return items
}

// resultItems returns the names of a results line in tokens [start, end), each as [first,
// last), or nil: at least three places of a number, a name, its team or country in brackets and
// perhaps a time, between commas or semicolons ("1 Norris (McLaren), 2 Leclerc (Ferrari), …",
// "1 Sabastian Sawe (KEN) 2:02:16; 2 …"). A table of teams has numbers in its brackets.
func resultItems(d *text.Doc, start, end int) [][2]int {
	var items [][2]int
	for k := start; k < end; k++ {
		if d.Tokens[k].Kind != text.Number || k > start && d.Text(k-1) != ":" && d.Text(k-1) != "," && d.Text(k-1) != ";" {
			continue
		}
		j := k + 1
		for j < end && j-k <= 4 && lineupWord(d, j, j == k+1) {
			j++
		}
		if j == k+1 || j+2 >= end || d.Text(j) != "(" {
			continue
		}
		b := j + 1
		for b < end && b-j <= 3 && d.Tokens[b].Kind == text.Word && text.StartsUpper(d.Text(b)) {
			b++
		}
		if b == j+1 || b >= end || d.Text(b) != ")" {
			continue
		}
		items = append(items, [2]int{k + 1, j})
		k = b
	}
	if len(items) < 3 {
		return nil
	}
	return items
}

// lineupWord reports whether token k can be part of a player's name in a line-up: a capitalised
// word, an initial ("P."), or a particle inside the name ("Van der Flier").
func lineupWord(d *text.Doc, k int, opening bool) bool {
	t, w := d.Tokens[k], d.Text(k)
	if t.Kind != text.Word && w != "." {
		return false
	}
	if text.StartsUpper(w) {
		return true
	}
	if w == "." && k > 0 && !t.Space && len(d.Text(k-1)) == 1 && text.StartsUpper(d.Text(k-1)) {
		return true // "P. Gueye": the period of an initial
	}
	return !opening && text.NameParticle(w)
}
