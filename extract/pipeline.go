package extract

import (
	"context"
	"sort"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
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
	td := text.Analyze(src)
	doc := &Document{Text: src, Published: o.published}
	doc.fill(td)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	names := st.names(td)
	doc.resolveEntities(names)
	return doc, nil
}

// names finds the name mentions (people, organizations, places) in text order.
func (st *stages) names(td *text.Doc) []resolve.Name {
	found := st.tagger.Tag(td)
	names := make([]resolve.Name, 0, len(found))
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
			continue // Misc names (events, works, nationalities) are not reported
		}
		names = append(names, resolve.Name{Start: m.Start, End: m.End, Type: t})
	}
	if st.user != nil {
		names = st.user.apply(td, names)
	}
	return names
}

// resolveEntities fills Mentions and Entities from the name mentions.
func (d *Document) resolveEntities(names []resolve.Name) {
	sort.Slice(names, func(i, j int) bool { return names[i].Start < names[j].Start })
	ids, groups := resolve.Resolve(d.Text, names, gazetteer.Canonical)
	d.Mentions = make([]entity.Mention, len(names))
	for i, n := range names {
		d.Mentions[i] = entity.Mention{Start: n.Start, End: n.End, Text: d.Text[n.Start:n.End], Type: n.Type, Entity: ids[i]}
	}
	d.Entities = make([]entity.Entity, len(groups))
	for e, g := range groups {
		ms := make([]entity.Mention, len(g.Members))
		for k, m := range g.Members {
			ms[k] = d.Mentions[m]
		}
		d.Entities[e] = entity.Entity{ID: e, Name: g.Name, Type: g.Type, Mentions: ms}
	}
}
