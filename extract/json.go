package extract

import (
	"bytes"
	"encoding/json"
	"io"
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
}

func newJSONAttribution(a quote.Attribution) jsonAttribution {
	var j jsonAttribution
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

func intp(v int) *int { return &v }

// WriteJSON writes the document in the evaluation format (entities and quotes with byte
// offsets), with the resolved entities under "resolved"; the text itself is not repeated. It
// writes one record at a time, so a large document's JSON is never held whole in memory.
func (d *Document) WriteJSON(w io.Writer) error {
	e := jsonWriter{w: w}
	e.str("{")
	if !d.Published.IsZero() {
		e.str(`"published":`)
		e.value(d.Published.Format("2006-01-02"))
		e.str(",")
	}
	// Name mentions and dates in one list by start (mentions first at equal starts); a date
	// range names the other end by its place in this list.
	type item struct {
		start int
		date  int // index in d.Dates, or -1 for the mention at index -date-2
	}
	all := make([]item, 0, len(d.Mentions)+len(d.Dates))
	for i, m := range d.Mentions {
		all = append(all, item{m.Start, -i - 2})
	}
	for i, t := range d.Dates {
		all = append(all, item{t.Start, i})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	where := make([]int, len(d.Dates)) // date index -> position in entities
	for i, k := range all {
		if k.date >= 0 {
			where[k.date] = i
		}
	}
	e.str(`"entities":[`)
	for i, k := range all {
		var v jsonEntity
		if k.date >= 0 {
			t := d.Dates[k.date]
			v = jsonEntity{Start: t.Start, End: t.End, Type: t.Type, Text: t.Text, Value: t.Value}
			if t.RangeWith >= 0 && t.RangeWith < len(where) {
				v.RangeWith = intp(where[t.RangeWith])
			}
		} else {
			m := d.Mentions[-k.date-2]
			v = jsonEntity{Start: m.Start, End: m.End, Type: m.Type, Text: m.Text}
			if m.Entity >= 0 {
				v.Entity = intp(m.Entity)
			}
		}
		e.item(i, v)
	}
	e.str(`],"quotes":[`)
	for i, q := range d.Quotes {
		e.item(i, jsonQuote{Start: q.Start, End: q.End, Text: q.Text, jsonAttribution: newJSONAttribution(q.Attribution),
			Kind: q.Kind.String(), Group: q.Group, Rule: q.Rule, Confidence: q.Confidence})
	}
	e.str(`],"reported":[`)
	for i, r := range d.Reported {
		e.item(i, jsonReported{Start: r.Start, End: r.End, Text: r.Text,
			jsonAttribution: newJSONAttribution(r.Attribution), Rule: r.Rule})
	}
	e.str(`],"resolved":[`)
	for i, en := range d.Entities {
		r := jsonResolved{ID: en.ID, Name: en.Name, Type: en.Type, Mentions: make([]jsonMention, len(en.Mentions))}
		for i, m := range en.Mentions {
			r.Mentions[i] = jsonMention{m.Start, m.End, m.Text, m.Pronoun}
		}
		e.item(i, r)
	}
	e.str("]}")
	return e.err
}

// jsonWriter writes JSON pieces to w and keeps the first error.
type jsonWriter struct {
	w   io.Writer
	err error
}

func (e *jsonWriter) str(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

func (e *jsonWriter) value(v any) {
	if e.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err == nil {
		_, err = e.w.Write(b)
	}
	e.err = err
}

// item writes the i-th element of a list.
func (e *jsonWriter) item(i int, v any) {
	if i > 0 {
		e.str(",")
	}
	e.value(v)
}

// MarshalJSON returns what WriteJSON writes.
func (d *Document) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := d.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
