package extract

import (
	"context"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/attrib"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/internal/timex"
	"github.com/newsextract/newsextract/quote"
)

// stages holds what the pipeline's stages share across calls: loaded models and user names.
type stages struct {
	tagger *ner.Tagger
	user   *userNames // nil when the user gave none
}

func newStages(o options) (*stages, error) {
	st := &stages{tagger: ner.Default()}
	if len(o.names) > 0 {
		u, err := newUserNames(o.names)
		if err != nil {
			return nil, err
		}
		st.user = u
	}
	return st, nil
}

// run is the one pass over the text: each stage reads the one before.
func (st *stages) run(ctx context.Context, src string, o options) (*Document, error) {
	// The context is checked between stages: a long text stops within one stage of its
	// cancellation, and a done context always gives its error, never a document.
	doc := &Document{Text: src, Published: o.published}
	// The dates are scanned first, from the text alone: the date scanner's tokens and the text
	// model's are never held together.
	dates := doc.scanDates()
	release(src)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	td := text.Analyze(src)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	found, misc := st.names(td)
	release(src)
	names := doc.findCredits(td, found)
	if st.user != nil {
		names = st.user.apply(td, names)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sexes := doc.resolveEntities(td, names)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc.findDates(dates, misc)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc.findQuotes(td, sexes)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// releaseOver is the text size from which the pipeline returns a finished stage's memory to
// the system (release).
const releaseOver = 1 << 20

// release returns the memory of the stage just finished to the system when src is long. The
// stages of a long text each build lists of millions of records and drop them; left to
// itself, the collector finds them only once the heap has doubled, and the next stage's large
// lists need fresh memory beside them. A full collection costs a few milliseconds per hundred
// megabytes live, little beside a stage's work on a megabyte of text; shorter texts never pay it.
func release(src string) {
	if len(src) >= releaseOver {
		debug.FreeOSMemory()
	}
}

// names finds the tagger's name mentions (people, organizations, places) in text order, and
// the other names it found (events, works, nationalities), which are not reported but hold no
// dates ("Winter Paralympics").
func (st *stages) names(td *text.Doc) (names []resolve.Name, misc []entity.Mention) {
	found := st.tagger.Tag(td)
	names = make([]resolve.Name, 0, len(found))
	for _, m := range found {
		var t entity.Type
		switch m.Label {
		case ner.Person:
			t = entity.Person
		case ner.Org:
			t = entity.Org
		case ner.Place:
			t = entity.Place
		default:
			misc = append(misc, entity.Mention{Start: m.Start, End: m.End})
			continue
		}
		names = append(names, resolve.Name{Start: m.Start, End: m.End, Type: t})
	}
	return names, misc
}

// resolveEntities fills Mentions and Entities from the name mentions, and returns the entity
// stage's view of them (sex, age) for the quote stage.
func (d *Document) resolveEntities(td *text.Doc, names []resolve.Name) []resolve.Entity {
	sort.Slice(names, func(i, j int) bool { return names[i].Start < names[j].Start })
	ids, groups := resolve.Resolve(d.Text, names, gazetteer.Canonical)
	resolve.Describe(td, names, ids, groups)
	d.Mentions = make([]entity.Mention, len(names))
	for i, n := range names {
		t := n.Type
		if ids[i] >= 0 {
			t = groups[ids[i]].Type // a mention merged into an entity of another type takes its type
		}
		d.Mentions[i] = entity.Mention{Start: n.Start, End: n.End, Type: t, Entity: ids[i]}
	}
	d.Entities = make([]entity.Entity, len(groups))
	for e, g := range groups {
		ms := make([]entity.Mention, len(g.Members))
		for k, m := range g.Members {
			ms[k] = d.Mentions[m]
		}
		d.Entities[e] = entity.Entity{ID: e, Name: g.Name, Type: g.Type, Mentions: ms, Role: g.Role}
		if g.Type == entity.Person {
			d.Entities[e].Gender, d.Entities[e].GenderEvidence = publicGender(g.Gender), g.Evidence
		}
	}
	return groups
}

// publicGender is the entity package's name for the gazetteer's sex.
func publicGender(g gazetteer.Gender) entity.Gender {
	switch g {
	case gazetteer.Female:
		return entity.Female
	case gazetteer.Male:
		return entity.Male
	}
	return entity.Unknown
}

// scanDates returns the temporal expressions of the text, resolved against the publication
// date, else the article's dateline (which it then sets as Published).
func (d *Document) scanDates() []timex.Match {
	ref := timex.RefFromTime(d.Published)
	if !ref.Known() {
		if r, ok := timex.Dateline(d.Text); ok && r.Month > 0 && r.Day > 0 {
			ref = r
			d.Published = time.Date(r.Year, time.Month(r.Month), r.Day, 0, 0, 0, 0, time.UTC)
		}
	}
	return timex.Find(d.Text, ref)
}

// findDates fills Dates from the expressions scanDates found. A date inside a name (the
// reported mentions, or misc, the names not reported) is part of it.
func (d *Document) findDates(dates []timex.Match, misc []entity.Mention) {
	inside := d.Mentions
	if len(misc) > 0 {
		inside = append(slices.Clone(d.Mentions), misc...)
		sort.Slice(inside, func(i, j int) bool { return inside[i].Start < inside[j].Start })
	}
	found := inNames(d.Text, dates, inside)
	d.Dates = make([]entity.DateMention, len(found))
	for i, m := range found {
		t := entity.Date
		switch m.Kind {
		case timex.Time:
			t = entity.Time
		case timex.Duration:
			t = entity.Duration
		case timex.Set:
			t = entity.Set
		}
		d.Dates[i] = entity.DateMention{Start: m.Start, End: m.End, Text: d.Text[m.Start:m.End], Type: t, Value: m.Value, RangeWith: m.RangeEnd}
	}
}

// inNames drops the dates written in words that a name runs on past ("Winter Paralympics",
// "Easter Island", "Saturday Morning Breakfast Cereal"): the tagger saw a name there. Years stay
// ("the 1994 Crime Bill" was passed in 1994). Range links follow the matches that stay.
func inNames(text string, found []timex.Match, names []entity.Mention) []timex.Match {
	drop := make([]bool, len(found))
	dropped := false
	k := 0
	for i, m := range found {
		if c := text[m.Start]; '0' <= c && c <= '9' {
			continue
		}
		for k < len(names) && names[k].End <= m.Start {
			k++
		}
		for j := k; j < len(names) && names[j].Start < m.End; j++ {
			if names[j].End > m.End {
				drop[i], dropped = true, true
			}
		}
	}
	if !dropped {
		return found
	}
	newIndex := make([]int, len(found))
	out := make([]timex.Match, 0, len(found))
	for i, m := range found {
		newIndex[i] = -1
		if !drop[i] {
			newIndex[i] = len(out)
			out = append(out, m)
		}
	}
	for i := range out {
		if r := out[i].RangeEnd; r >= 0 {
			out[i].RangeEnd = newIndex[r]
		}
	}
	return out
}

// findQuotes fills Quotes and adds the pronouns that speak them to their entities' mentions.
func (d *Document) findQuotes(td *text.Doc, stage []resolve.Entity) {
	ents := make([]attrib.Entity, len(d.Entities))
	for i, e := range d.Entities {
		ents[i] = attrib.Entity{Name: e.Name, Type: e.Type, Gender: stage[i].Gender, GenderEvidence: stage[i].Evidence, Role: stage[i].Role, Age: stage[i].Age}
	}
	// The interview turns are found first: after FindAll nothing reads the tokens, which can
	// then be collected while the quotations' records are made.
	turns := attrib.Turns(td, d.Mentions, ents)
	found, reported := attrib.FindAll(td, d.Mentions, ents)
	release(d.Text)
	attribution := func(speaker string, entity, ss, se, cs, ce int, members []int, continues bool, class attrib.CueClass) quote.Attribution {
		a := quote.Attribution{Speaker: speaker, Entity: entity, Continues: continues, CueClass: class}
		a.SpeakerStart, a.SpeakerEnd = d.span(ss, se)
		a.CueStart, a.CueEnd = d.span(cs, ce)
		if a.Entity >= len(d.Entities) {
			a.Entity = -1
		}
		if a.Entity < 0 && len(members) > 0 {
			a.Entity = d.groupEntity(members)
		}
		if a.Entity >= 0 && a.SpeakerStart >= 0 && attrib.IsPronoun(d.Text[a.SpeakerStart:a.SpeakerEnd]) {
			d.addPronoun(a.Entity, a.SpeakerStart, a.SpeakerEnd)
		}
		return a
	}
	// One quotation at a time: the finder's records and ours are never two lists at once.
	d.Quotes = make([]quote.Quote, found.Len())
	for i := range d.Quotes {
		q := found.At(i)
		d.Quotes[i] = quote.Quote{Start: q.Start, End: q.End, Kind: q.Kind,
			Attribution: attribution(q.Speaker, q.Entity, q.SpeakerStart, q.SpeakerEnd, q.CueStart, q.CueEnd, q.Members, q.Continues, q.CueClass),
			Group:       q.Group, Rule: q.Rule, Confidence: q.Confidence}
	}
	d.addTurns(turns, attribution)
	for _, r := range reported {
		s, e := d.span(r.Start, r.End)
		if s < 0 {
			continue
		}
		d.Reported = append(d.Reported, quote.Reported{Start: s, End: e, Rule: r.Rule,
			Attribution: attribution(r.Speaker, r.Entity, r.SpeakerStart, r.SpeakerEnd, r.CueStart, r.CueEnd, r.Members, r.Continues, r.CueClass)})
	}
}

// addTurns merges the turns of a printed interview into Quotes in text order, leaving out a
// turn that holds a marked quotation (the marks' speaker is the one the text names), and
// renumbers the groups.
func (d *Document) addTurns(turns []attrib.Quote, attribution func(string, int, int, int, int, int, []int, bool, attrib.CueClass) quote.Attribution) {
	if len(turns) == 0 {
		return
	}
	old := d.Quotes
	merged := make([]quote.Quote, 0, len(old)+len(turns))
	newIndex := make([]int, len(old))
	k := 0
	keep := func(limit int) { // old quotations before byte limit, their groups renumbered
		for ; k < len(old) && old[k].Start < limit; k++ {
			q := old[k]
			newIndex[k] = len(merged)
			if q.Group >= 0 && q.Group <= k {
				q.Group = newIndex[q.Group] // a group's first quotation comes first
			}
			merged = append(merged, q)
		}
	}
	for _, t := range turns {
		keep(t.Start)
		if k < len(old) && old[k].Start < t.End || k > 0 && old[k-1].End > t.Start {
			continue // a quotation inside the turn
		}
		merged = append(merged, quote.Quote{Start: t.Start, End: t.End, Kind: t.Kind, Group: len(merged), Rule: t.Rule, Confidence: t.Confidence,
			Attribution: attribution(t.Speaker, t.Entity, t.SpeakerStart, t.SpeakerEnd, t.CueStart, t.CueEnd, nil, false, t.CueClass)})
	}
	keep(len(d.Text) + 1)
	d.Quotes = merged
}

// span returns s and e when [s,e) is a span of the text, else -1, -1.
func (d *Document) span(s, e int) (int, int) {
	if s < 0 || e > len(d.Text) || s > e {
		return -1, -1
	}
	return s, e
}

// groupEntity returns the entity of a group that speaks as one, adding it once: its name joins
// its members' ("Lena Ortiz and Tomas Berg"), its type is theirs, -1 for a bad member.
func (d *Document) groupEntity(members []int) int {
	for _, m := range members {
		if m < 0 || m >= len(d.Entities) || d.Entities[m].Members != nil {
			return -1
		}
	}
	for _, e := range d.Entities {
		if slices.Equal(e.Members, members) {
			return e.ID
		}
	}
	names := make([]string, len(members))
	for i, m := range members {
		names[i] = d.Entities[m].Name
	}
	id := len(d.Entities)
	d.Entities = append(d.Entities, entity.Entity{ID: id, Name: strings.Join(names, " and "),
		Type: d.Entities[members[0]].Type, Members: slices.Clone(members)})
	return id
}

// addPronoun lists a pronoun under entity e, once. A he or she that speaks for a person of
// unknown gender tells it, as it tells a reader.
func (d *Document) addPronoun(e, start, end int) {
	if ent := &d.Entities[e]; ent.Type == entity.Person && ent.Members == nil && ent.Gender == entity.Unknown {
		switch strings.ToLower(d.Text[start:end]) {
		case "she":
			ent.Gender, ent.GenderEvidence = entity.Female, entity.PronounEvidence
		case "he":
			ent.Gender, ent.GenderEvidence = entity.Male, entity.PronounEvidence
		}
	}
	ms := d.Entities[e].Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	if i < len(ms) && ms[i].Start == start {
		return
	}
	d.Entities[e].Mentions = slices.Insert(ms, i, entity.Mention{Start: start, End: end,
		Type: d.Entities[e].Type, Entity: e, Pronoun: true})
}
