package extract

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/quote"
)

// Source is one person or body the article quotes, directly or in reported speech.
type Source struct {
	// Entity is the speaker's index in Entities, or -1 for a speaker the story does not name
	// ("a source", "officials"), who is then known by Name alone.
	Entity int
	Name   string
	Role   string
	Gender entity.Gender
	// Direct counts the quotations (the parts of one split quotation count once), Reported
	// the passages of reported speech.
	Direct, Reported int
}

// Sources lists who the article quotes and how often, most quoted first (then in order of
// first appearance): one entry per entity, and one per unnamed speaker as written ("a
// source"). Groups speaking as one ("Lena Ortiz and Tomas Berg") are one source. Only what
// was said or written counts (cue classes speech and writing), not thoughts or evidence.
func (d *Document) Sources() []Source {
	var out []Source
	byEntity := map[int]int{}
	byName := map[string]int{}
	first := map[int]int{} // index in out -> byte of first attribution
	at := func(a quote.Attribution, pos int) *Source {
		// Sources are who said or wrote something: thoughts and evidence ("she believes",
		// "polls show") are not counted.
		if a.Speaker == "" && a.Entity < 0 || !a.CueClass.Said() {
			return nil
		}
		var k int
		var ok bool
		if a.Entity >= 0 && a.Entity < len(d.Entities) {
			k, ok = byEntity[a.Entity]
			if !ok {
				e := d.Entities[a.Entity]
				k = len(out)
				byEntity[a.Entity] = k
				out = append(out, Source{Entity: e.ID, Name: e.Name, Role: e.Role, Gender: e.Gender})
			}
		} else {
			key := strings.ToLower(a.Speaker)
			k, ok = byName[key]
			if !ok {
				k = len(out)
				byName[key] = k
				out = append(out, Source{Entity: -1, Name: a.Speaker})
			}
		}
		if p, seen := first[k]; !seen || pos < p {
			first[k] = pos
		}
		return &out[k]
	}
	// The groups counted already. A group is the index of its first part, so a list serves
	// (a map of a long document's groups would be garbage of megabytes); the map takes any
	// other value a Document made by hand may hold.
	counted := make([]bool, len(d.Quotes))
	others := map[int]bool{}
	seen := func(g int) bool {
		if 0 <= g && g < len(counted) {
			return counted[g]
		}
		return others[g]
	}
	for _, q := range d.Quotes {
		if !q.Kind.HasSpeaker() || seen(q.Group) {
			continue
		}
		if s := at(q.Attribution, q.Start); s != nil {
			if 0 <= q.Group && q.Group < len(counted) {
				counted[q.Group] = true
			} else {
				others[q.Group] = true
			}
			s.Direct++
		}
	}
	for _, r := range d.Reported {
		if s := at(r.Attribution, r.Start); s != nil {
			s.Reported++
		}
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := out[order[i]], out[order[j]]
		if na, nb := a.Direct+a.Reported, b.Direct+b.Reported; na != nb {
			return na > nb
		}
		return first[order[i]] < first[order[j]]
	})
	sorted := make([]Source, len(out))
	for i, k := range order {
		sorted[i] = out[k]
	}
	return sorted
}
