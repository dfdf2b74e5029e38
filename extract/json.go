package extract

import (
	"encoding/json"
	"sort"

	"github.com/newsextract/newsextract/entity"
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

type jsonQuote struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	Kind         string  `json:"kind"`
	Entity       *int    `json:"entity,omitempty"`
	Cue          string  `json:"cue,omitempty"`
	CueStart     *int    `json:"cue_start,omitempty"`
	CueEnd       *int    `json:"cue_end,omitempty"`
	Group        int     `json:"group"`
	Rule         string  `json:"rule,omitempty"`
	Confidence   float32 `json:"confidence"`
}

type jsonReported struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	Entity       *int    `json:"entity,omitempty"`
	Cue          string  `json:"cue,omitempty"`
	CueStart     *int    `json:"cue_start,omitempty"`
	CueEnd       *int    `json:"cue_end,omitempty"`
	Rule         string  `json:"rule,omitempty"`
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
		jq := jsonQuote{Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind.String(), Cue: q.Cue,
			Group: q.Group, Rule: q.Rule, Confidence: q.Confidence}
		if q.Speaker != "" {
			jq.Speaker = &q.Speaker
		}
		if q.SpeakerStart >= 0 {
			jq.SpeakerStart, jq.SpeakerEnd = intp(q.SpeakerStart), intp(q.SpeakerEnd)
			if q.SpeakerText != q.Speaker {
				jq.SpeakerText = q.SpeakerText
			}
		}
		if q.Entity >= 0 {
			jq.Entity = intp(q.Entity)
		}
		if q.CueStart >= 0 {
			jq.CueStart, jq.CueEnd = intp(q.CueStart), intp(q.CueEnd)
		}
		v.Quotes = append(v.Quotes, jq)
	}
	for _, r := range d.Reported {
		jr := jsonReported{Start: r.Start, End: r.End, Text: r.Text, Cue: r.Cue, Rule: r.Rule}
		if r.Speaker != "" {
			jr.Speaker = &r.Speaker
		}
		if r.SpeakerStart >= 0 {
			jr.SpeakerStart, jr.SpeakerEnd = intp(r.SpeakerStart), intp(r.SpeakerEnd)
			if r.SpeakerText != r.Speaker {
				jr.SpeakerText = r.SpeakerText
			}
		}
		if r.Entity >= 0 {
			jr.Entity = intp(r.Entity)
		}
		if r.CueStart >= 0 {
			jr.CueStart, jr.CueEnd = intp(r.CueStart), intp(r.CueEnd)
		}
		v.Reported = append(v.Reported, jr)
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
