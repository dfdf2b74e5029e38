package extract

import (
	"encoding/json"
	"sort"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/quote"
)

// The JSON form of a Document follows the evaluation format (FORMAT.md in the evaluation data):
// "entities" lists name mentions and dates, "quotes" the quoted passages. Fields beyond that
// format ("entity", "kind", "cue", "group", "rule", "resolved", ...) add what the Go types hold.

type jsonEntity struct {
	Start int         `json:"start"`
	End   int         `json:"end"`
	Type  entity.Type `json:"type"`
	Text  string      `json:"text"`
	Value string      `json:"value,omitempty"`
	// Entity is the index of the mention's entity in "resolved".
	Entity *int `json:"entity,omitempty"`
	// RangeWith is the index, in "entities", of the other end of a date range.
	RangeWith *int `json:"range_with,omitempty"`
}

// jsonAttribution is who said a quote or a reported clause; its fields are written inline.
type jsonAttribution struct {
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	Entity       *int    `json:"entity,omitempty"`
	Cue          string  `json:"cue,omitempty"`
	CueStart     *int    `json:"cue_start,omitempty"`
	CueEnd       *int    `json:"cue_end,omitempty"`
	CueClass     string  `json:"cue_class"`
}

func newJSONAttribution(a quote.Attribution) jsonAttribution {
	j := jsonAttribution{CueClass: a.CueClass.String()}
	if a.Speaker != "" {
		j.Speaker = &a.Speaker
	}
	if a.SpeakerStart >= 0 {
		j.SpeakerStart, j.SpeakerEnd = intp(a.SpeakerStart), intp(a.SpeakerEnd)
		if a.SpeakerText != a.Speaker {
			j.SpeakerText = a.SpeakerText
		}
	}
	if a.Entity >= 0 {
		j.Entity = intp(a.Entity)
	}
	if a.CueStart >= 0 {
		j.Cue, j.CueStart, j.CueEnd = a.Cue, intp(a.CueStart), intp(a.CueEnd)
	}
	return j
}

type jsonQuote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	jsonAttribution
	Kind       string  `json:"kind"`
	Group      int     `json:"group"`
	Rule       string  `json:"rule,omitempty"`
	Confidence float32 `json:"confidence"`
}

type jsonReported struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	jsonAttribution
	Rule string `json:"rule,omitempty"`
}

type jsonMention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Pronoun bool   `json:"pronoun,omitempty"`
}

type jsonResolved struct {
	ID       int           `json:"id"`
	Name     string        `json:"name"`
	Type     entity.Type   `json:"type"`
	Mentions []jsonMention `json:"mentions"`
}

// JSON is the evaluation-format view of a Document; Document.MarshalJSON writes it.
type jsonDocument struct {
	Published string         `json:"published,omitempty"`
	Entities  []jsonEntity   `json:"entities"`
	Quotes    []jsonQuote    `json:"quotes"`
	Reported  []jsonReported `json:"reported"`
	Resolved  []jsonResolved `json:"resolved"`
}

func intp(v int) *int { return &v }

func (d *Document) jsonView() jsonDocument {
	v := jsonDocument{Entities: []jsonEntity{}, Quotes: []jsonQuote{}, Reported: []jsonReported{}, Resolved: []jsonResolved{}}
	if !d.Published.IsZero() {
		v.Published = d.Published.Format("2006-01-02")
	}
	type keyed struct {
		e     jsonEntity
		date  int // index in d.Dates, or -1
		start int
	}
	var all []keyed
	for _, m := range d.Mentions {
		e := jsonEntity{Start: m.Start, End: m.End, Type: m.Type, Text: m.Text}
		if m.Entity >= 0 {
			e.Entity = intp(m.Entity)
		}
		all = append(all, keyed{e, -1, m.Start})
	}
	for i, t := range d.Dates {
		all = append(all, keyed{jsonEntity{Start: t.Start, End: t.End, Type: t.Type, Text: t.Text, Value: t.Value}, i, t.Start})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	where := make([]int, len(d.Dates)) // date index -> position in entities
	for i, k := range all {
		if k.date >= 0 {
			where[k.date] = i
		}
	}
	for _, k := range all {
		if k.date >= 0 && d.Dates[k.date].RangeWith >= 0 && d.Dates[k.date].RangeWith < len(where) {
			k.e.RangeWith = intp(where[d.Dates[k.date].RangeWith])
		}
		v.Entities = append(v.Entities, k.e)
	}
	for _, q := range d.Quotes {
		v.Quotes = append(v.Quotes, jsonQuote{Start: q.Start, End: q.End, Text: q.Text, jsonAttribution: newJSONAttribution(q.Attribution),
			Kind: q.Kind.String(), Group: q.Group, Rule: q.Rule, Confidence: q.Confidence})
	}
	for _, r := range d.Reported {
		v.Reported = append(v.Reported, jsonReported{Start: r.Start, End: r.End, Text: r.Text,
			jsonAttribution: newJSONAttribution(r.Attribution), Rule: r.Rule})
	}
	for _, e := range d.Entities {
		r := jsonResolved{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: make([]jsonMention, len(e.Mentions))}
		for i, m := range e.Mentions {
			r.Mentions[i] = jsonMention{m.Start, m.End, m.Text, m.Pronoun}
		}
		v.Resolved = append(v.Resolved, r)
	}
	return v
}

// MarshalJSON writes the document in the evaluation format (entities and quotes with byte
// offsets), with the resolved entities under "resolved". The text itself is not repeated.
func (d *Document) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.jsonView())
}
