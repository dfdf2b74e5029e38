package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/credits"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
)

// findCredits fills Credits and returns names without the people named only in credits: a
// byline's or a photo credit's person is not one of the story's people. A credited person
// stays when the story names them too (a person mention outside every credit with the same
// name, or the same surname alone). An organization in a credit stays, and is added whole when the tagger missed it or
// cut it.
func (d *Document) findCredits(td *text.Doc, names []resolve.Name) []resolve.Name {
	cn := make([]credits.Name, len(names))
	for i, n := range names {
		cn[i] = credits.Name{Start: n.Start, End: n.End, Type: n.Type}
	}
	found := credits.Find(td, cn)
	if len(found) == 0 {
		return names
	}
	d.Credits = make([]entity.Credit, len(found))
	for i, c := range found {
		e := entity.Credit{Role: c.Role, Start: c.Span.Start, End: c.Span.End, Text: d.Text[c.Span.Start:c.Span.End],
			PersonStart: c.Person.Start, PersonEnd: c.Person.End, OrgStart: c.Org.Start, OrgEnd: c.Org.End}
		if c.Person.Start >= 0 {
			e.Person = d.Text[c.Person.Start:c.Person.End]
		}
		if c.Org.Start >= 0 {
			e.Org = d.Text[c.Org.Start:c.Org.End]
		}
		d.Credits[i] = e
	}
	// Everything below is linear in the names: names and credits are in text order, and a
	// 30 MB article may hold thousands of credits.
	inCredit := make([]bool, len(names))
	k := 0
	for i, n := range names {
		for k < len(found) && found[k].Span.End <= n.Start {
			k++
		}
		for j := k; j < len(found) && found[j].Span.Start < n.End; j++ {
			inCredit[i] = true
		}
	}
	// The story names a credited person when a person mention outside the credits is the same
	// name, or is the same surname alone and no other full name in the story ends in it (case
	// aside): "Hale said" after "By Tom Hale", but not "Stella Li" for "Reporting by Qiaoyi Li".
	full, alone, surnames := make(map[uint64]bool), make(map[uint64]bool), make(map[uint64]bool)
	for i, n := range names {
		if n.Type != entity.Person || inCredit[i] {
			continue
		}
		name := d.Text[n.Start:n.End]
		if last := lastWord(name); last == name {
			alone[foldHash(name)] = true
		} else {
			full[foldHash(name)] = true
			surnames[foldHash(last)] = true
		}
	}
	named := func(name string) bool {
		last := foldHash(lastWord(name))
		return full[foldHash(name)] || alone[last] && !surnames[last]
	}
	var people, orgs []credits.Span // credited people the story does not name, and organizations
	for _, c := range found {
		if p := c.Person; p.Start >= 0 && !named(d.Text[p.Start:p.End]) {
			people = append(people, p)
		}
		if o := c.Org; o.Start >= 0 && (len(orgs) == 0 || orgs[len(orgs)-1] != o) {
			orgs = append(orgs, o)
		}
	}
	slices.SortFunc(people, func(a, b credits.Span) int { return a.Start - b.Start })
	slices.SortFunc(orgs, func(a, b credits.Span) int { return a.Start - b.Start })
	orgs = slices.Compact(orgs)
	// Drop the mentions of those people, and any mention a credited organization overlaps
	// but for the organization itself ("UK" of "UK Government" gives way to it).
	has := make([]bool, len(orgs))
	kp, ko := 0, 0
	names = slices.DeleteFunc(names, func(n resolve.Name) bool {
		for kp < len(people) && people[kp].End <= n.Start {
			kp++
		}
		if kp < len(people) && people[kp].Start < n.End {
			return true
		}
		for ko < len(orgs) && orgs[ko].End <= n.Start {
			ko++
		}
		for j := ko; j < len(orgs) && orgs[j].Start < n.End; j++ {
			if orgs[j].Start == n.Start && orgs[j].End == n.End {
				has[j] = true
				return false
			}
			return true
		}
		return false
	})
	if slices.Contains(has, true) {
		// a credited organization the tagger took for a person ("Jairo Bolledo/Rappler") is one
		ko = 0
		for i, n := range names {
			for ko < len(orgs) && orgs[ko].End <= n.Start {
				ko++
			}
			if ko < len(orgs) && orgs[ko].Start == n.Start && orgs[ko].End == n.End {
				names[i].Type = entity.Org
			}
		}
	}
	for j, o := range orgs {
		if !has[j] {
			names = append(names, resolve.Name{Start: o.Start, End: o.End, Type: entity.Org})
		}
	}
	return names // resolveEntities sorts them
}

// lastWord is the last space-separated word of a name.
func lastWord(name string) string {
	return name[strings.LastIndexAny(name, " \u00a0")+1:]
}

// foldHash is the FNV-1a hash of s with ASCII letters in lower case.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}
