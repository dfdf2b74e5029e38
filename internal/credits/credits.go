package credits

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

// Name is a name mention the tagger found, to tell people from organizations.
type Name struct {
	Start, End int
	Type       entity.Type
}

// Span is bytes [Start, End) of the text; a missing span is {-1, -1}.
type Span struct{ Start, End int }

var none = Span{-1, -1}

// Credit is one person or organization credited, with the credit it stands in.
type Credit struct {
	Role        entity.Role
	Span        Span // the whole credit: "(Photo: Maria Lopez/Reuters)"
	Person, Org Span
}

// Find returns the credits of d in text order. names are the tagger's mentions in text order,
// not overlapping.
func Find(d *text.Doc, names []Name) []Credit {
	s := scanner{d: d, names: names}
	n := len(d.Tokens)
	var buf [16]byte
	lines := 0 // lines started so far: a sign-off without "By" is read near the top only
	for i := 0; i < n; i++ {
		if s.lineStart(i) {
			lines++
		}
		if d.Tokens[i].Kind == text.Punct && d.Text(i) == "/" {
			s.agencySlash(i)
			continue
		}
		if d.Text(i) == "|" && (i < 2 || !s.is(i-2, "|")) {
			s.pipeCredit(i)
			continue
		}
		if d.Text(i) == "©" && (s.lineStart(i) || i > 0 && s.is(i-1, ".", "(", "[", "|")) {
			i = s.copyright(i)
			continue
		}
		if d.Tokens[i].Kind != text.Word {
			continue
		}
		w := d.Text(i)
		key := lower(buf[:0], w)
		switch {
		case (w == "By" || w == "BY") && s.lineStart(i):
			i = s.byline(i, i)
		case (w == "Story" || w == "Words" || w == "Text") && s.lineStart(i) && s.is(i+1, "by"):
			i = s.byline(i, i+1) // "Story by Jane Roe • 2h", as news apps print a byline
		case lines <= maxSignoffLine && s.lineStart(i) && s.nameWord(i) && s.signoff(i):
		case lines <= maxSignoffLine && (w == "spoke" || w == "talked") && s.is(i+1, "to", "with") && s.interview():
			i = s.interviewer(i)
		case w == "Courtesy" && s.lineStart(i) && s.is(i+1, "of"):
			i = s.courtesy(i)
		case w == "Follow" && s.lineStart(i):
			s.follow(i)
		case (w == "With" || w == "with") && s.lineOpen(i) && (s.is(i+1, "reports", "reporting") && s.is(i+2, "from", "by") || s.is(i+1, "assistance", "files") && s.is(i+2, "from", "by")):
			i = s.withReports(i)
		case w == "To" && s.lineStart(i) && s.is(i+1, "contact"):
			i = s.contactLine(i, i+2)
		case w == "Contact" && s.lineStart(i) && s.is(i+1, "the"):
			i = s.contactLine(i, i+1) // "Contact the author: Mark Lee at mlee@example.com"
		case w == "Contact" && s.lineStart(i) && i+1 < n && s.nameWord(i+1):
			i = s.contactName(i)
		case w == "I" && s.is(i+1, "’m", "'m"):
			i = s.selfIntro(i)
		case w == "contributed":
			s.contributed(i)
		case w == "reported" && s.is(i+1, "from"):
			s.reportedFrom(i)
		case text.StartsUpper(w) && labels[string(key)] != entity.NoRole:
			i = s.label(i)
		case agencies[w] && s.is(i+1, ":") && i > 0 && !s.lineStart(i) && s.is(i-1, "(", "["):
			i = s.label(i) // the ABC's "(AFP: Emmanuel Eralia)": the agency heads the credit
		case tagRoles[string(key)] != entity.NoRole:
			i = s.tagLine(i)
		}
	}
	before := len(s.out)
	s.topBios()
	s.bios()
	if len(s.out) > before {
		// an author's note may come before a credit read above: keep text order
		sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Span.Start < s.out[b].Span.Start })
	}
	return s.out
}

// bioRoles are what an author's note at the end of a story says the author is: "Jane Roe is
// a senior correspondent for Reuters covering energy."
var bioRoles = map[string]bool{"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"columnist": true, "journalist": true, "contributor": true, "producer": true, "photographer": true,
	"critic": true, "author": true, "photojournalist": true}

// bios reads an author's note in the last three paragraphs: a line that opens with a person's
// name, then "is a" and a journalist's role within a few words ("Jane Roe is a staff writer at
// The Atlantic."), or the name of an author the byline credits and "covers", "writes" or
// "reports" ("Helen Branswell covers global health."). Inside a story such a sentence is about someone the story covers, so only
// the end of the text counts.
func (s *scanner) bios() {
	toks := s.d.Tokens
	from, paras := len(toks), 0
	for from > 0 && paras < 3 {
		from--
		if toks[from].Newlines >= 2 {
			paras++
		}
	}
	for i := from; i < len(toks); i++ {
		if !s.lineStart(i) || !s.nameWord(i) || s.inCredit(i) {
			continue
		}
		parts, end := s.list(i, len(toks), false)
		reach := s.is(end, "can", "may") && s.is(end+1, "be") && s.is(end+2, "reached", "contacted")
		beat := s.is(end, "covers", "writes", "reports") && len(parts) == 1 && s.credited(parts[0])
		if len(parts) != 1 || parts[0].org || !s.plausible(parts) || !s.is(end, "is", "was") && !reach && !beat {
			continue
		}
		if reach || beat {
			// "Tom Reyes can be reached at treyes@example.com.": the author's address, to the
			// line's end; a beat to its sentence's end
			last := end + 2
			if beat {
				last = end
			}
			for last+1 < len(toks) && !s.lineEnd(last+1) && !(beat && s.is(last, ".")) {
				last++
			}
			s.add(entity.Author, Span{int(toks[i].Start), int(toks[last].End)}, parts)
			continue
		}
		last, ok := s.bioEnd(end)
		if !ok {
			continue
		}
		s.add(entity.Author, Span{int(toks[i].Start), int(toks[last].End)}, parts)
	}
}

// selfIntro reads a live blog's writer introducing themself under their byline: "I’m Léonie
// Chao-Fong and I’ll be bringing you the latest news". Token i is "I"; only the name of an
// author the byline credits counts, so "I’m Jane Roe's lawyer" in a quotation is no credit.
func (s *scanner) selfIntro(i int) int {
	p, end := s.name(i + 2)
	if p.last == p.first || !s.credited(p) || !s.is(end, "and", ",", ".") {
		return i
	}
	s.add(entity.Author, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, []part{p})
	return end - 1
}

// topBios reads an author's note on the line right under a byline, as opinion pages print it:
// "By Golnar Motevalli\nMs. Motevalli is a journalist who covered Iran for a decade." The
// line opens with the author's surname, a courtesy title before it at most, then "is a" and
// a journalist's role within a few words; the note runs to its sentence's end.
func (s *scanner) topBios() {
	toks := s.d.Tokens
	n := len(s.out)
	for c := 0; c < n; c++ {
		cr := s.out[c]
		if cr.Role != entity.Author || cr.Person == none {
			continue
		}
		k := sort.Search(len(toks), func(j int) bool { return int(toks[j].Start) >= cr.Span.End })
		for k < len(toks) && !s.lineStart(k) {
			k++
		}
		if k >= len(toks) || c+1 < n && s.out[c+1].Span.Start <= int(toks[k].Start) {
			continue // no line after the byline, or it is another credit
		}
		first := k
		if text.CourtesyTitle(s.d.Text(k)) {
			k++
		}
		p, end := s.name(k)
		author := s.d.Src[cr.Person.Start:cr.Person.End]
		if p.last == p.first || !strings.HasSuffix(author, " "+s.d.Text(p.last-1)) || !s.is(end, "is", "was") {
			continue
		}
		last, ok := s.bioEnd(end)
		if !ok {
			continue
		}
		s.add(entity.Author, Span{int(toks[first].Start), int(toks[last].End)}, []part{p})
	}
}

// bioEnd reads the rest of an author's note after "NAME is" (token is): a journalist's role
// within six words on the line ("a senior correspondent", "a journalist"), then the words to
// the sentence's end. It returns the note's last token.
func (s *scanner) bioEnd(is int) (int, bool) {
	toks := s.d.Tokens
	k := is + 1
	for ; k < len(toks) && k < is+7 && !s.lineEnd(k); k++ {
		var buf [16]byte
		if bioRoles[string(lower(buf[:0], s.d.Text(k)))] {
			break
		}
	}
	if k >= len(toks) || k >= is+7 || s.lineEnd(k) {
		return 0, false
	}
	last := k
	for last+1 < len(toks) && !s.lineEnd(last+1) && !s.is(last, ".") {
		last++
	}
	return last, true
}

// inCredit reports whether token i lies inside a credit read before (topBios reads a short
// story's note under the byline before bios looks at its end).
func (s *scanner) inCredit(i int) bool {
	pos := int(s.d.Tokens[i].Start)
	for _, c := range s.out {
		if c.Span.Start <= pos && pos < c.Span.End {
			return true
		}
	}
	return false
}

// credited reports whether the name of p is already an author's in a credit read before:
// "Helen Branswell covers global health." at the end of a story she signed.
func (s *scanner) credited(p part) bool {
	name := s.d.Src[s.d.Tokens[p.first].Start:s.d.Tokens[p.last-1].End]
	for _, c := range s.out {
		if c.Role == entity.Author && c.Person != none && s.d.Src[c.Person.Start:c.Person.End] == name {
			return true
		}
	}
	return false
}

// labels are the words that head a credit line: "Photo: ...", "Image: ...", "Contributing: ...".
var labels = map[string]entity.Role{
	"photo": entity.Photographer, "photos": entity.Photographer, "photograph": entity.Photographer,
	"photographs": entity.Photographer, "picture": entity.Photographer, "pictures": entity.Photographer,
	"image": entity.Photographer, "images": entity.Photographer, "credit": entity.Photographer,
	"illustration": entity.Photographer, "graphic": entity.Photographer, "supplied": entity.Photographer, // the ABC's "(Supplied: …)"
	"video": entity.Videographer, "source": entity.Source,
	"contributing": entity.Contributor, "contributors": entity.Contributor, // USA Today's "Contributing: Kelly Tyko"
	"contact": entity.Contact, "contacts": entity.Contact, // a press release's "Media Contact:"
	"editor": entity.Editor, "editors": entity.Editor, // ERR News's "Editor: Marcus Turovski" under a story
}

// tagRoles are the words of a wire tag line's "X by" parts: "Reporting by ...; Editing by ...".
var tagRoles = map[string]entity.Role{
	"reporting": entity.Contributor, "research": entity.Contributor, "compiled": entity.Contributor,
	"writing": entity.Author, "written": entity.Author, "editing": entity.Editor, "edited": entity.Editor,
}

// roleNouns stand between a wire service and a reporter's name: "Associated Press writer Tom Hale".
var roleNouns = map[string]bool{
	"writer": true, "writers": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "staff": true, "photographer": true, "photographers": true,
	"researcher": true, "researchers": true, "editor": true, "editors": true, "contributor": true,
}

// orgHeads end the names of picture sources that the gazetteer does not mark: "UK Government",
// "Library of Congress", "White House Photo Office".
var orgHeads = map[string]bool{
	"Government": true, "Images": true, "Photos": true, "Pictures": true, "Press": true, "News": true,
	"Archive": true, "Archives": true, "Collection": true, "Library": true, "Museum": true, "Office": true,
	"Handout": true, "Pool": true, "Service": true, "Agency": true, "Commons": true,
}

// notNames are what picture credits name that is no one: "Image credit: Public Domain".
var notNames = map[string]bool{"Public Domain": true, "File": true, "Handout": true, "Stock": true}

// stopWords in capitals ("BY THE NUMBERS") are no name words.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "by": true, "with": true, "at": true, "from": true, "is": true, "are": true,
}

type scanner struct {
	d     *text.Doc
	names []Name
	out   []Credit
}

// part is a name in a credit: tokens [first, last); org says what it is taken for, titled
// that a journalist's title follows it ("Reuters staff", "AP Business Writer"), which makes it
// an organization.
type part struct {
	first, last int
	org, titled bool
}

func (s *scanner) lineStart(i int) bool { return i == 0 || s.d.Tokens[i].Newlines > 0 }

// lineOpen reports whether token i opens its line, after dashes at most ("--With assistance
// from Mia Glass.", as Bloomberg ends a story).
func (s *scanner) lineOpen(i int) bool {
	for i > 0 && !s.lineStart(i) && s.is(i-1, "-", "--", "—", "–") {
		i--
	}
	return s.lineStart(i)
}

// lineEnd reports whether the line ends before token i.
func (s *scanner) lineEnd(i int) bool { return i >= len(s.d.Tokens) || s.d.Tokens[i].Newlines > 0 }

func (s *scanner) is(i int, words ...string) bool {
	if i < 0 || i >= len(s.d.Tokens) {
		return false
	}
	w := s.d.Text(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// nameWord reports whether token i can be part of a name: a capitalized word or an initial.
func (s *scanner) nameWord(i int) bool {
	t := s.d.Tokens[i]
	w := s.d.Text(i)
	if t.Kind != text.Word || !text.StartsUpper(w) {
		return false
	}
	var buf [8]byte
	return !stopWords[string(lower(buf[:0], w))]
}

// lower appends the lower-case form of an ASCII word to buf, or nothing when w is longer than
// buf or not ASCII: the keys looked up are short ASCII words, and no map lookup allocates.
func lower(buf []byte, w string) []byte {
	if len(w) > cap(buf) {
		return buf
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return buf[:0]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// name reads one name from token i on the same line: name words with inner connectors and a
// leading "The", which is left out of the span. It returns the part and the token after it;
// last == first when there is no name at i.
func (s *scanner) name(i int) (part, int) {
	start := i
	if s.is(i, "The", "the") && i+1 < len(s.d.Tokens) && !s.lineEnd(i+1) {
		i++
	}
	p := part{first: i, last: i}
	k := i
	for k < len(s.d.Tokens) && (k == i || !s.lineEnd(k)) && k-i < 6 {
		w := s.d.Text(k)
		if k > i && (w == "of" || text.NameParticle(w) || w == "&" && s.inOneName(k)) && k+1 < len(s.d.Tokens) && !s.lineEnd(k+1) && s.nameWord(k+1) {
			k++
			continue
		}
		if k > i && text.NameParticle(w) && k+2 < len(s.d.Tokens) && text.NameParticle(s.d.Text(k+1)) && !s.lineEnd(k+2) && s.nameWord(k+2) {
			k += 2 // "Marco van der Berg": two particles
			continue
		}
		if k > i && text.JoinedParticle(w) {
			k++ // "Nidal al-Mughrabi": a particle joined to the name by a hyphen
			p.last = k
			continue
		}
		if !s.nameWord(k) || w == "The" && k > i {
			break
		}
		if k > i && s.titleAt(k) > k && !s.jobTitle(part{first: i, last: k}) && s.titleAt(i) == i {
			break // "AP Business Writer Kelvin Chan": the agency ends before its writer
		}
		k++
		p.last = k
	}
	if p.last == p.first {
		return part{first: start, last: start}, start // "the" and no name after it: none
	}
	return p, p.last
}

// titleAt returns the token after a journalist's title that starts at token i, in any case
// ("writer", "staff writer", "Business Writer"), or i when none starts there.
func (s *scanner) titleAt(i int) int {
	var buf [16]byte
	k := i
	for k < len(s.d.Tokens) && k-i < 3 && (k == i || !s.lineEnd(k)) && jobTitleWords[string(lower(buf[:0], s.d.Text(k)))] {
		k++
	}
	if k < len(s.d.Tokens) && (k == i || !s.lineEnd(k)) && roleNouns[string(lower(buf[:0], s.d.Text(k)))] {
		return k + 1
	}
	if k > i && roleNouns[string(lower(buf[:0], s.d.Text(k-1)))] { // "Reuters staff"
		return k
	}
	return i
}

// over returns the names overlapping bytes [start, end): names are in text order and do not
// overlap, so their ends are in order too and a binary search finds the first.
func (s *scanner) over(start, end int) []Name {
	i := sort.Search(len(s.names), func(i int) bool { return s.names[i].End > start })
	j := i
	for j < len(s.names) && s.names[j].Start < end {
		j++
	}
	return s.names[i:j]
}

// inOneName reports whether a tagger mention spans token k ("Procter & Gamble").
func (s *scanner) inOneName(k int) bool {
	t := s.d.Tokens[k]
	for _, n := range s.over(int(t.Start), int(t.End)) {
		if n.Start < int(t.Start) && int(t.End) < n.End {
			return true
		}
	}
	return false
}

// list reads names separated by commas, "and", "&", "/", "|", "via", "of" and "for" from token i up to limit
// (exclusive), skipping "in Chicago" ("at Monza") after a name when places is set and taking the name before
// a role noun ("Associated Press writer") for an organization. It stops at the first token that
// fits none of these and returns the parts and that token. defOrg is the default for names
// nothing else decides: the first argument for those before "/" or "via", the second after.
func (s *scanner) list(i, limit int, places bool) ([]part, int) {
	var parts []part
	orgNext := false // after "/", "via", "of", "for": an agency is likelier than a person
	for start := i; i < limit && (i == start || !s.lineEnd(i)); {
		p, next := s.name(i)
		if p.last == p.first {
			break
		}
		if !notNames[s.d.Src[s.d.Tokens[p.first].Start:s.d.Tokens[p.last-1].End]] && !s.jobTitle(p) {
			p.org = s.isOrg(p, orgNext)
			parts = append(parts, p)
		}
		i = next
		if places && s.is(i, "(") && i+2 < limit && s.is(i+2, ")") && s.d.Tokens[i+1].Kind == text.Word && !text.StartsUpper(s.d.Text(i+1)) && !s.lineEnd(i+2) {
			i += 3 // a live blog's "By Dan Sabbagh (now) and Léonie Chao-Fong (earlier)"
		}
		if after := s.titleAt(i); len(parts) > 0 && i < limit && !s.lineEnd(i) && after > i && after <= limit {
			parts[len(parts)-1].org = true
			parts[len(parts)-1].titled = true
			i = after
			if i < limit && s.is(i, "writer", "writers", "photographer") { // "staff writer"
				i++
			}
			orgNext = false
			continue
		}
		if places && i+1 < limit && s.is(i, "in", "from", "at") && !s.lineEnd(i+1) {
			if _, after := s.name(i + 1); after > i+1 {
				i = after
				// "in West Palm Beach, Florida": the state is part of the place
				if s.is(i, ",") && i+1 < limit && !s.lineEnd(i+1) {
					if q, after := s.name(i + 1); after > i+1 && s.placeOnly(q) {
						i = after
					}
				}
			}
		}
		if i >= limit || s.lineEnd(i) {
			break
		}
		switch s.d.Text(i) {
		case ",", "and", "&":
			orgNext = false
		case "/", "via", "|", "of", "for":
			orgNext = true
		default:
			return parts, i
		}
		i++
		if s.is(i, "and") { // ", and"
			i++
		}
	}
	return parts, i
}

// jobTitleWords make up a journalist's title written in capitals after the name: "By Tom
// Reyes, Staff Writer", "Senior Political Correspondent", "Local Democracy Reporter".
var jobTitleWords = text.WordSet(`staff senior chief contributing special political business sports
	national foreign associate deputy managing investigative health science tech technology local
	democracy`)

// jobTitle reports whether part p is a journalist's title, not a name: a role noun, alone or
// after title words.
func (s *scanner) jobTitle(p part) bool {
	var buf [16]byte
	if !roleNouns[string(lower(buf[:0], s.d.Text(p.last-1)))] {
		return false
	}
	for k := p.first; k < p.last-1; k++ {
		if !jobTitleWords[string(lower(buf[:0], s.d.Text(k)))] {
			return false
		}
	}
	return true
}

// placeOnly reports whether p is a region or country the tagger does not take for a person
// ("Florida" is also a first name in the gazetteer).
func (s *scanner) placeOnly(p part) bool {
	start, end := s.d.Tokens[p.first].Start, s.d.Tokens[p.last-1].End
	for _, n := range s.over(int(start), int(end)) {
		if n.Type == entity.Person {
			return false
		}
	}
	return gazetteer.Lookup(s.d.Src[start:end])&(gazetteer.Region|gazetteer.Country) != 0
}

// isPlace reports whether p is a place: the tagger's place, else a place the gazetteer knows
// that the tagger does not take for a person (a lone city in a byline is often tagged a body).
func (s *scanner) isPlace(p part) bool {
	start, end := s.d.Tokens[p.first].Start, s.d.Tokens[p.last-1].End
	for _, n := range s.over(int(start), int(end)) {
		if n.Type == entity.Person {
			return false
		}
		if n.Type == entity.Place && n.Start == int(start) && n.End == int(end) {
			return true
		}
	}
	return gazetteer.Lookup(s.d.Src[start:end])&gazetteer.AnyPlace != 0
}

// isOrg decides whether a credited name is an organization: the tagger's mention there, the
// gazetteer, an initialism ("AP", "NASA"), else def.
func (s *scanner) isOrg(p part, def bool) bool {
	start, end := s.d.Tokens[p.first].Start, s.d.Tokens[p.last-1].End
	person, org := false, false
	firstName := p.last-p.first >= 2 && gazetteer.Lookup(s.d.Text(p.first))&gazetteer.FirstName != 0
	for _, n := range s.over(int(start), int(end)) {
		person = person || n.Type == entity.Person
		// "UK Government"; but a place the tagger found in a name's last word after a
		// first name it left out is a surname: "By Will Hayward" (Hayward, California)
		org = org || (n.Type == entity.Org || n.Type == entity.Place) && !(firstName && n.Start > int(start))
	}
	if person {
		return false
	}
	if org {
		return true
	}
	if gazetteer.Lookup(s.d.Src[start:end])&(gazetteer.Company|gazetteer.Org) != 0 {
		return true
	}
	if last := s.d.Text(p.last - 1); gazetteer.Lookup(last)&gazetteer.OrgWord != 0 || orgHeads[last] {
		return true
	}
	if p.last-p.first == 1 {
		w := s.d.Text(p.first)
		if len(w) >= 2 && w == strings.ToUpper(w) && len(w) <= 5 {
			return true // "AP", "NASA", "AFP"
		}
	}
	return def
}

// add records the credits of parts: one per person with the first organization, or one per
// organization when there is no person.
func (s *scanner) add(role entity.Role, whole Span, parts []part) {
	org := none
	for _, p := range parts {
		if p.org {
			org = s.span(p)
			break
		}
	}
	people := false
	for _, p := range parts {
		if !p.org {
			s.out = append(s.out, Credit{Role: role, Span: whole, Person: s.span(p), Org: org})
			people = true
		}
	}
	if !people {
		for _, p := range parts {
			s.out = append(s.out, Credit{Role: role, Span: whole, Person: none, Org: s.span(p)})
		}
	}
}

func (s *scanner) span(p part) Span {
	return Span{int(s.d.Tokens[p.first].Start), int(s.d.Tokens[p.last-1].End)}
}

// people reports whether a byline's names look like people or agencies: each person has at
// least two words or is tagged as a person.
func (s *scanner) plausible(parts []part) bool {
	for _, p := range parts {
		if p.org || p.last-p.first >= 2 {
			continue
		}
		start, end := s.d.Tokens[p.first].Start, s.d.Tokens[p.last-1].End
		tagged := false
		for _, n := range s.over(int(start), int(end)) {
			tagged = tagged || n.Type == entity.Person && n.Start <= int(start) && int(end) <= n.End
		}
		if !tagged {
			return false
		}
	}
	return len(parts) > 0
}

// byline reads "By Jane Roe", "By JANE ROE and TOM HALE, Associated Press", "By Jane Roe of
// The Washington Post": a whole line of names after By (token i; the credit starts at token
// lead, "Story by"), or names and then a date or time ("By Jane Roe | Updated March 3, 2024
// 10:04 AM"). It returns the last token it read.
func (s *scanner) byline(lead, i int) int {
	limit := s.dateOnLine(i + 1)
	dated := limit < len(s.d.Tokens) && !s.lineEnd(limit)
	for dated && limit > i+1 && s.is(limit-1, "|", ",", "-", "—", "–", "•", "·", "/") {
		limit--
	}
	parts, end := s.list(i+1, limit, true) // "By Giles Richards at Monza"
	if s.is(end, ".") && !dated {
		end++
	}
	if !dated && len(parts) > 0 && s.is(end, "—", "–", "-", "|") && !s.lineEnd(end+1) {
		// "By Hamza Guessous — Casablanca": the place the story was filed from ends the line
		if q, after := s.name(end + 1); after > end+1 && s.lineEnd(after) && s.isPlace(q) {
			end = after
		}
	}
	if dated && end != limit || !dated && !s.lineEnd(end) || !s.plausible(parts) {
		return i
	}
	if !dated && end < len(s.d.Tokens) {
		// "By Laura A. Bischoff\nColumbus Dispatch": the paper's name on the next line
		if p, after := s.name(end); after > end && s.lineEnd(after) && paperWords[s.d.Text(after-1)] {
			p.org = true
			parts = append(parts, p)
			end = after
		}
	}
	s.add(entity.Author, Span{int(s.d.Tokens[lead].Start), int(s.d.Tokens[end-1].End)}, parts)
	return end - 1
}

// paperWords end the names of newspapers: a line of such a name under a byline is the
// author's paper.
var paperWords = text.WordSet(`Dispatch Times Post Herald Tribune Journal Gazette Chronicle Star Inquirer
	Observer Examiner Globe Telegraph Register Courier Enquirer Bee Sentinel Independent Guardian`)

// dateOnLine returns the first token from i on that starts a date or time on i's line (a
// number, "Updated", "Published", a month before a number) or an address ("By Marcus Webb |
// mwebb@daytondaily.com", "@mwebb"), else the line's end.
func (s *scanner) dateOnLine(i int) int {
	for k := i; k < len(s.d.Tokens) && (k == i || !s.lineEnd(k)); k++ {
		w := s.d.Text(k)
		switch {
		case s.d.Tokens[k].Kind == text.Number, k > i && strings.Contains(w, "@"),
			w == "Updated" || w == "Published" || w == "Posted" || w == "UPDATED" || w == "PUBLISHED",
			text.MonthName(w) && k+1 < len(s.d.Tokens) && !s.lineEnd(k+1) && s.d.Tokens[k+1].Kind == text.Number:
			return k
		}
	}
	k := i
	for k < len(s.d.Tokens) && (k == i || !s.lineEnd(k)) {
		k++
	}
	return k
}

// label reads a picture credit: "Photo: Maria Lopez/Reuters", "(Source: Getty Images)",
// "Photo by Jane Roe", "AP Photo/Evan Vucci". It returns the last token it read.
func (s *scanner) label(i int) int {
	n := len(s.d.Tokens)
	var buf [16]byte
	role := labels[string(lower(buf[:0], s.d.Text(i)))]
	open := i > 0 && s.is(i-1, "(", "[") && !s.lineStart(i)
	first := i
	if role == entity.Contact && !s.lineStart(i) && s.is(i-1, "Media", "Press", "MEDIA", "PRESS", "Investor") {
		first = i - 1 // "Media Contact:"
	}
	var lead []part
	if role == entity.NoRole && agencies[s.d.Text(i)] {
		role, lead = entity.Photographer, []part{{first: i, last: i + 1, org: true}} // "(AFP: Emmanuel Eralia)"
	}
	k := i + 1
	switch {
	case s.is(k, ":"):
		k++
	case s.is(k, "credit", "Credit") && s.is(k+1, ":"):
		k += 2
	case s.is(k, "by") && role != entity.Source:
		k++
	case s.is(k, "/") && i > 0 && !s.lineStart(i):
		// "AP Photo/Evan Vucci": the agency before the label
		j := i
		for j > 0 && !s.lineStart(j) && s.nameWord(j-1) {
			j--
		}
		if j == i || !(s.lineStart(j) || s.is(j-1, "(", "[")) {
			return i
		}
		lead = []part{{first: j, last: i, org: true}}
		first, open = j, s.is(j-1, "(", "[") && !s.lineStart(j)
		k++
	default:
		return i
	}
	if open {
		first--
	}
	parts, end := s.list(k, n, false)
	if len(parts) == 0 {
		return i
	}
	if len(lead) > 0 {
		for j := range parts {
			parts[j].org = s.isOrg(parts[j], false)
		}
		parts = append(lead, parts...)
	}
	last := end
	switch {
	case open && s.is(end, ")", "]"):
		last = end + 1
	case !open && (s.lineEnd(end) || s.is(end, ".")):
	case !open && s.is(end, ")", "]") && s.lineEnd(end+1):
		// "[Photo caption: … Photo: Nipah Dennis/AFP]": a caption in brackets ends with it
	default:
		return i
	}
	if role == entity.Source {
		// "Source: NATO": a person under Source is unusual; take what the tagger says.
		for j := range parts {
			parts[j].org = s.isOrg(parts[j], true)
		}
	}
	s.add(role, Span{int(s.d.Tokens[first].Start), int(s.d.Tokens[last-1].End)}, parts)
	return last - 1
}

// agencies are the picture agencies that credit a photographer with a slash and no label:
// "REUTERS/Kevin Lamarque", "(Maria Lopez/AFP)".
var agencies = map[string]bool{
	"Reuters": true, "REUTERS": true, "AP": true, "AFP": true, "Getty Images": true, "Getty": true,
	"EPA": true, "EPA-EFE": true, "Bloomberg": true, "Xinhua": true, "Shutterstock": true,
	"Alamy": true, "ZUMA": true, "Sipa": true, "Anadolu": true, "Pool": true, "POOL": true,
	"dpa": true, "PA": true, "AAP": true, "ANSA": true, "EFE": true, "Kyodo": true, "Yonhap": true,
	"Imago": true, "PTI": true, "NurPhoto": true,
}

// agencySlash reads a photo credit without a label around the slash at token k: an agency
// and a photographer's full name, alone in brackets or ending their line ("The president
// spoke. REUTERS/Kevin Lamarque").
func (s *scanner) agencySlash(k int) {
	if k == 0 || s.lineStart(k) || k+1 >= len(s.d.Tokens) || s.lineEnd(k+1) {
		return
	}
	first := k
	for first > 0 && k-first < 4 && !s.lineStart(first) && s.nameWord(first-1) {
		first--
	}
	if first == k {
		return
	}
	right, end := s.name(k + 1)
	if right.last == right.first && agencies[s.d.Text(k+1)] {
		right, end = part{first: k + 1, last: k + 2}, k+2 // "(Michael Kappeler/dpa)": a lower-case agency
	}
	if right.last == right.first {
		return
	}
	str := func(p part) string { return s.d.Src[s.d.Tokens[p.first].Start:s.d.Tokens[p.last-1].End] }
	via := false
	if s.is(end, "via") {
		// "(Jose Jordan/AFP via Getty Images)", "Ritzau Scanpix/Ida Marie Odgaard via
		// REUTERS": an agency that passed the picture on
		if p, after := s.name(end + 1); p.last > p.first && agencies[str(p)] {
			via, end = true, after
		}
	}
	left := part{first: first, last: k}
	open := !s.lineStart(first) && s.is(first-1, "(", "[")
	if !open && !s.lineStart(first) && !s.is(first-1, ".", "|", "-", "—") {
		return
	}
	last := end
	switch {
	case open && s.is(end, ")", "]"):
		last = end + 1
		first--
	case !open && (s.lineEnd(end) || s.is(end, ".") && s.lineEnd(end+1)):
	case !open && s.is(end, ")", "]") && s.lineEnd(end+1) && !s.lineStart(first):
		// "[Caption: Relatives protest in Tunis. REUTERS/Jihed Abidellaoui]": a caption in
		// brackets ends with the credit
	case !open && s.fileTail(end):
		// "REUTERS/Alexandros Avramidis/File Photo": an archive picture, also closing a
		// caption in brackets
		for last = end; !s.closes(last); last++ {
		}
	default:
		return
	}
	var person, agency part
	switch {
	case agencies[str(left)]:
		agency, person = left, right
	case agencies[str(right)], right.last-right.first >= 2 && paperWords[s.d.Text(right.last-1)]:
		// "Steve Russell/Toronto Star": a newspaper credits its own photographer so
		agency, person = right, left
	case via:
		// a national agency the list does not know, on the side without a given name:
		// "Ritzau Scanpix/Ida Marie Odgaard", "Ida Marie Odgaard/Ritzau Scanpix"
		agency, person = left, right
		if given(s.d.Text(left.first)) && !given(s.d.Text(right.first)) {
			agency, person = right, left
		}
	default:
		return
	}
	if person.last-person.first < 2 || s.isOrg(person, false) {
		return
	}
	agency.org = true
	s.add(entity.Photographer, Span{int(s.d.Tokens[first].Start), int(s.d.Tokens[last-1].End)}, []part{person, agency})
}

// fileTail reports whether token k is a slash and "File Photo", "File" or "Pool" ends the
// credit after it, as Reuters marks an archive or pool picture.
func (s *scanner) fileTail(k int) bool {
	if !s.is(k, "/") {
		return false
	}
	j := k + 1
	for ; !s.lineEnd(j) && s.is(j, "File", "Photo", "Pool", "FILE", "PHOTO", "POOL"); j++ {
	}
	return j > k+1 && s.closes(j)
}

// given reports whether the lists know w as a given name.
func given(w string) bool { return gazetteer.Lookup(w)&gazetteer.FirstName != 0 }

// closes reports whether a credit that runs to token j ends there: at its line's end, or at a
// bracket that closes a caption at the line's end ("[Photo: … REUTERS/Imad Creidi/File Photo]").
func (s *scanner) closes(j int) bool {
	return s.lineEnd(j) || s.is(j, ")", "]") && s.lineEnd(j+1)
}

// pipeCredit reads a picture credit of a photographer and agencies between bars, ending its
// line: "Smoke over Penteli. Angelos Tzortzinis | AFP | Getty Images". Token k is the first bar;
// the name before it opens the line or follows a full stop.
func (s *scanner) pipeCredit(k int) {
	first := k
	for first > 0 && k-first < 4 && !s.lineStart(first) && s.nameWord(first-1) {
		first--
	}
	if first == k || k-first < 2 || !(s.lineStart(first) || s.is(first-1, ".")) {
		return
	}
	person := part{first: first, last: k}
	if s.isOrg(person, false) {
		return
	}
	var agency part
	j := k
	for s.is(j, "|") && !s.lineEnd(j+1) {
		p, end := s.name(j + 1)
		str := s.d.Src[s.d.Tokens[p.first].Start:s.d.Tokens[max(p.last-1, p.first)].End]
		if p.last == p.first || !agencies[str] {
			return
		}
		if agency.last == 0 {
			agency = p
		}
		j = end
	}
	if agency.last == 0 || !s.lineEnd(j) {
		return
	}
	agency.org = true
	s.add(entity.Photographer, Span{int(s.d.Tokens[first].Start), int(s.d.Tokens[j-1].End)}, []part{person, agency})
}

// copyright reads a line of "©" and names, a year allowed first: "© Milos Bicanski" credits
// the photographer, "© 2025 The Associated Press" the source. It returns the last token read.
func (s *scanner) copyright(i int) int {
	k := i + 1
	if k < len(s.d.Tokens) && !s.lineEnd(k) && s.d.Tokens[k].Kind == text.Number {
		k++
	}
	parts, end := s.list(k, len(s.d.Tokens), false)
	if s.is(end, ".") {
		end++
	}
	// "[Photo: The mine at Khouribga. © Fadel Senna / AFP]": the caption's bracket may end it
	bracket := s.is(end, ")", "]") && s.lineEnd(end+1) && !s.lineStart(i)
	if len(parts) == 0 || !s.lineEnd(end) && !bracket || !s.plausible(parts) {
		return i
	}
	role := entity.Photographer
	if parts[0].org {
		role = entity.Source
	}
	s.add(role, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, parts)
	return end - 1
}

// courtesy reads "Courtesy of Dimitra Kalogeropoulou" on a line of its own: who gave the
// picture, its source. It returns the last token read.
func (s *scanner) courtesy(i int) int {
	parts, end := s.list(i+2, len(s.d.Tokens), false)
	if s.is(end, ".") {
		end++
	}
	if len(parts) == 0 || !s.lineEnd(end) || !s.plausible(parts) {
		return i
	}
	s.add(entity.Source, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, parts)
	return end - 1
}

// contributed reads a wire tag line ending in "contributed to this report", "contributed
// reporting" or "contributed.": all of the sentence before "contributed" must be names.
func (s *scanner) contributed(c int) {
	switch {
	case s.is(c+1, "to") && s.is(c+2, "this", "the") && s.is(c+3, "report", "story", "article"):
	case s.is(c+1, "reporting", "research", ".", "additional"):
	case s.is(c+1, "from"):
		// "Associated Press writer Mauricio Savarese contributed from São Paulo.": places
		// and the full stop, nothing else
		places, end := s.list(c+2, len(s.d.Tokens), false)
		if len(places) == 0 || !s.is(end, ".") {
			return
		}
	default:
		return
	}
	first := c
	for first > 0 && !s.lineStart(first) && !s.is(first-1, ".", "!", "?", ")", "(") {
		first--
	}
	parts, end := s.list(first, c, true)
	if end != c || len(parts) == 0 {
		return
	}
	last := c + 1
	for last < len(s.d.Tokens) && !s.lineEnd(last) && !s.is(last-1, ".") {
		last++
	}
	s.add(entity.Contributor, Span{int(s.d.Tokens[first].Start), int(s.d.Tokens[last-1].End)}, parts)
}

// reportedFrom reads a wire tag line "Abby Sewell reported from Beirut.": a line that is names,
// "reported from" and places, and nothing else up to its full stop.
func (s *scanner) reportedFrom(c int) {
	first := c
	for first > 0 && !s.lineStart(first) {
		first--
	}
	parts, end := s.list(first, c, false)
	if end != c || len(parts) == 0 {
		return
	}
	places, end := s.list(c+2, len(s.d.Tokens), false)
	if len(places) == 0 || !s.is(end, ".") {
		return
	}
	s.add(entity.Contributor, Span{int(s.d.Tokens[first].Start), int(s.d.Tokens[end].End)}, parts)
}

// maxSignoffLine is the last line on which a sign-off without "By" is read: it stands under
// the headline, a standfirst or a picture and its caption.
const maxSignoffLine = 8

// signoff reads a byline without "By", as The Guardian prints it: names and where they
// filed, or a name and the journalist's title (RNZ's "Rachel Thomas, Reporter"), alone on a
// line that a date line follows ("Sam Jones in Madrid" then "Wed 2 Jul 2025 11.05 BST"). It
// reports whether it found one.
func (s *scanner) signoff(i int) bool {
	parts, end := s.list(i, len(s.d.Tokens), true)
	if len(parts) == 0 || !s.lineEnd(end) || !s.plausible(parts) {
		return false
	}
	if l := parts[len(parts)-1].last; !s.is(l, "in") && !(s.is(l, ",") && l+1 < end && s.titleAt(l+1) == end) {
		return false
	}
	for _, p := range parts {
		if p.org {
			return false
		}
	}
	if end >= len(s.d.Tokens) {
		return false
	}
	// the next line opens with a date: a day, a number or a month
	w := s.d.Text(end)
	if !(text.DayName(w) || text.DayAbbrev(w) || s.d.Tokens[end].Kind == text.Number || text.MonthName(w)) {
		return false
	}
	s.add(entity.Author, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, parts)
	return true
}

// interview reports whether the story is an interview in questions and answers: two lines or
// more open with "Q:".
func (s *scanner) interview() bool {
	qs := 0
	for i := range s.d.Tokens {
		if s.lineStart(i) && s.is(i, "Q") && s.is(i+1, ":") {
			qs++
		}
	}
	return qs >= 2
}

// interviewer reads the journalist an interview's standfirst names, "He spoke to Meera
// Srinivasan in Colombo about debt": a person's full name after "spoke to" near the top of a
// story in questions and answers. It returns the last token it read.
func (s *scanner) interviewer(i int) int {
	p, end := s.name(i + 2)
	if p.last-p.first < 2 || s.isOrg(p, false) || !s.is(end, "in", "about", "on", ",", ".") {
		return i
	}
	s.add(entity.Author, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, []part{p})
	return end - 1
}

// follow reads "Follow Sam Jones on X: @swajones", an invitation to follow the author: the
// names before "on" and a network's name.
func (s *scanner) follow(i int) {
	parts, end := s.list(i+1, len(s.d.Tokens), false)
	if len(parts) == 0 || !s.is(end, "on") || !s.is(end+1, "X", "Twitter", "Instagram", "Bluesky", "Threads", "Facebook", "LinkedIn", "TikTok") {
		return
	}
	last := end + 1
	for last+1 < len(s.d.Tokens) && !s.lineEnd(last+1) {
		last++
	}
	for j := range parts {
		parts[j].org = false
	}
	s.add(entity.Author, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[last].End)}, parts)
}

// withReports reads "With reports from Jairo Bolledo/Rappler", "With reporting by Jane Roe",
// "With files from The Canadian Press" or "--With assistance from Mia Glass." on a line of
// its own: the reporters contributed, the agency after a slash is theirs. It
// returns the last token it read.
func (s *scanner) withReports(i int) int {
	parts, end := s.list(i+3, len(s.d.Tokens), true)
	if len(parts) == 0 || !(s.lineEnd(end) || s.is(end, ".")) {
		return i
	}
	for j := range parts {
		if j > 0 && s.is(parts[j].first-1, "/") {
			parts[j].org = true // "Jairo Bolledo/Rappler": his outlet
		}
	}
	s.add(entity.Contributor, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[end-1].End)}, parts)
	return end - 1
}

// contactLine reads the line that closes a Bloomberg story, "To contact the reporter on this
// story: Yuki Tanaka in Tokyo at ytanaka@bloomberg.net" ("the editors responsible for this
// story: ...", "Contact the author: ..."): before the colon (from token k) a reporter, author
// or editor word, after it (on its line or the next) names, each with where it works and an
// address. The reporters are authors, the editors editors. It returns the last token it read.
func (s *scanner) contactLine(i, k int) int {
	n := len(s.d.Tokens)
	role := entity.NoRole
	for ; k < n && k < i+10 && !s.lineEnd(k) && !s.is(k, ":"); k++ {
		switch {
		case s.is(k, "reporter", "reporters", "author", "authors"):
			role = entity.Author
		case s.is(k, "editor", "editors"):
			role = entity.Editor
		}
	}
	if role == entity.NoRole || !s.is(k, ":") {
		return i
	}
	var all []part
	k++
	next := k < n && s.lineEnd(k) // the names on the line after, as Bloomberg prints them
	for ; k < n && (next || !s.lineEnd(k)); next = false {
		parts, end := s.list(k, n, true)
		if len(parts) == 0 {
			return i
		}
		all = append(all, parts...)
		k = end
		if s.is(k, "at") && k+1 < n && !s.lineEnd(k+1) && strings.Contains(s.d.Text(k+1), "@") {
			k += 2 // the address
		}
		if k >= n || s.lineEnd(k) || s.is(k, ".") {
			break
		}
		if !s.is(k, ",", ";", "and") {
			return i
		}
		k++
		if s.is(k, "and") {
			k++
		}
	}
	if !s.plausible(all) {
		return i
	}
	for j := range all {
		all[j].org = false
	}
	if k < n && s.is(k, ".") && !s.lineEnd(k) {
		k++
	}
	s.add(role, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[k-1].End)}, all)
	return k - 1
}

// contactName reads "Contact Dean Olsen: 217-788-1543, dolsen@sj-r.com" closing a story: a
// name, a colon (or "at" and an e-mail address) and an address or number, as USA Today's papers give the reporter's. It
// returns the last token it read.
func (s *scanner) contactName(i int) int {
	parts, end := s.list(i+1, len(s.d.Tokens), false)
	if s.is(end, "at") && end+1 < len(s.d.Tokens) && strings.Contains(s.d.Text(end+1), "@") {
		end++ // "Contact Dana Kowalski at dkowalski@example.com or 555-0142."
	} else if !s.is(end, ":") {
		return i
	}
	if len(parts) != 1 || parts[0].org || !s.plausible(parts) {
		return i
	}
	last, reach := end, false
	for last+1 < len(s.d.Tokens) && !s.lineEnd(last+1) {
		last++
		reach = reach || s.d.Tokens[last].Kind == text.Number || strings.Contains(s.d.Text(last), "@")
	}
	if !reach {
		return i
	}
	s.add(entity.Author, Span{int(s.d.Tokens[i].Start), int(s.d.Tokens[last].End)}, parts)
	return last
}

// tagLine reads "Reporting by Jane Smith and Paul Brown in London; Editing by Mark Heinrich"
// (also "Additional reporting by", "Writing by"), one credit per part. It returns the last
// token it read.
func (s *scanner) tagLine(i int) int {
	n := len(s.d.Tokens)
	k := i
	if !s.is(i+1, "by") {
		return i
	}
	start := i
	if s.is(i-1, "Additional", "additional") {
		start = i - 1
	}
	w := s.d.Text(start)
	if !text.StartsUpper(w) && !s.is(start-1, ";", "(") {
		return i
	}
	if !s.lineStart(start) && !s.is(start-1, "(", ";", ".", "-", "—", "–") {
		return i
	}
	var buf [16]byte
	role := tagRoles[string(lower(buf[:0], s.d.Text(i)))]
	parts, end := s.list(k+2, n, true)
	if len(parts) == 0 || !(s.lineEnd(end) || s.is(end, ";", ")", ".", "]")) {
		return i
	}
	for j := range parts { // in a tag line every name is a reporter's, but "Reuters staff"
		parts[j].org = parts[j].titled
	}
	s.add(role, Span{int(s.d.Tokens[start].Start), int(s.d.Tokens[end-1].End)}, parts)
	return end - 1
}
