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
// stays when the story names them too (the same name, or the same surname, outside every
// credit). An organization in a credit stays, and is added when the tagger missed it.
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
	inCredit := func(n resolve.Name) bool {
		for _, c := range found {
			if n.Start < c.Span.End && c.Span.Start < n.End {
				return true
			}
		}
		return false
	}
	// storyNamed[i]: a person mention outside the credits has the name or surname of credit
	// i's person.
	storyNamed := make([]bool, len(found))
	for i, c := range found {
		if c.Person.Start < 0 {
			continue
		}
		name := d.Text[c.Person.Start:c.Person.End]
		last := lastWord(name)
		for _, n := range names {
			if n.Type != entity.Person || inCredit(n) {
				continue
			}
			if m := d.Text[n.Start:n.End]; strings.EqualFold(m, name) || strings.EqualFold(lastWord(m), last) {
				storyNamed[i] = true
				break
			}
		}
	}
	names = slices.DeleteFunc(names, func(n resolve.Name) bool {
		for i, c := range found {
			if c.Person.Start >= 0 && n.Start < c.Person.End && c.Person.Start < n.End && !storyNamed[i] {
				return true
			}
		}
		return false
	})
	// A credited organization is one name: the tagger's parts of it ("UK" of "UK Government")
	// give way to it.
	for _, c := range found {
		o := c.Org
		if o.Start < 0 || slices.ContainsFunc(names, func(n resolve.Name) bool { return n.Start == o.Start && n.End == o.End }) {
			continue
		}
		names = slices.DeleteFunc(names, func(n resolve.Name) bool { return n.Start < o.End && o.Start < n.End })
		names = append(names, resolve.Name{Start: o.Start, End: o.End, Type: entity.Org})
	}
	return names // resolveEntities sorts them
}

// lastWord is the last space-separated word of a name.
func lastWord(name string) string {
	return name[strings.LastIndexAny(name, " \u00a0")+1:]
}
