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
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // entity.Type's name (its MarshalText would allocate per mention)
	Text  string `json:"text"`
	Value string `json:"value,omitempty"`
	// Entity is the index of the mention's entity in "resolved".
	Entity *int `json:"entity,omitempty"`
	// RangeWith is the index, in "entities", of the other end of a date range.
	RangeWith *int `json:"range_with,omitempty"`
	// Credit marks a person named only in a credit ("Photo: Maria Lopez/Reuters"): a name
	// in the text, listed here as the name mention it is, but no entity of the story.
	Credit bool `json:"credit,omitempty"`
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
	Continues    bool    `json:"continues,omitempty"`
	CueClass     string  `json:"cue_class"`
}

// jsonAttribution returns a's JSON form; its numbers are e's (see jsonWriter.num), valid until
// the next call.
func (d *Document) jsonAttribution(a *quote.Attribution, e *jsonWriter) jsonAttribution {
	j := jsonAttribution{CueClass: a.CueClass.String()}
	if a.Speaker != "" {
		j.Speaker = &a.Speaker
	}
	if a.SpeakerStart >= 0 {
		j.SpeakerStart, j.SpeakerEnd = e.num(0, a.SpeakerStart), e.num(1, a.SpeakerEnd)
		if t := d.Text[a.SpeakerStart:a.SpeakerEnd]; t != a.Speaker {
			j.SpeakerText = t
		}
	}
	if a.Entity >= 0 {
		j.Entity = e.num(2, a.Entity)
	}
	if a.CueStart >= 0 {
		j.Cue, j.CueStart, j.CueEnd = d.Text[a.CueStart:a.CueEnd], e.num(3, a.CueStart), e.num(4, a.CueEnd)
	}
	j.Continues = a.Continues
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
	ID   int         `json:"id"`
	Name string      `json:"name"`
	Type entity.Type `json:"type"`
	Role string      `json:"role,omitempty"`
	// Gender and GenderEvidence are written for people only.
	Gender         string `json:"gender,omitempty"`
	GenderEvidence string `json:"gender_evidence,omitempty"`
	Members        []int  `json:"members,omitempty"`
	// "mentions" follows, written by WriteJSON one mention at a time.
}

type jsonSource struct {
	Entity   *int   `json:"entity"`
	Name     string `json:"name"`
	Role     string `json:"role,omitempty"`
	Gender   string `json:"gender,omitempty"`
	Direct   int    `json:"direct"`
	Reported int    `json:"reported"`
}

// jsonCredit is one credited person or organization; absent parts are left out.
type jsonCredit struct {
	Start       int         `json:"start"`
	End         int         `json:"end"`
	Text        string      `json:"text"`
	Role        entity.Role `json:"role"`
	Person      string      `json:"person,omitempty"`
	PersonStart *int        `json:"person_start,omitempty"`
	PersonEnd   *int        `json:"person_end,omitempty"`
	Org         string      `json:"org,omitempty"`
	OrgStart    *int        `json:"org_start,omitempty"`
	OrgEnd      *int        `json:"org_end,omitempty"`
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
		date  int // index in d.Dates, or the mention at index -date-2 (a credit past the mentions)
	}
	all := make([]item, 0, len(d.Mentions)+len(d.Dates))
	for i, m := range d.Mentions {
		all = append(all, item{m.Start, -i - 2})
	}
	// A person named only in a credit is listed as the PERSON name mention it is, marked as
	// a credit, with no entity: index -i-2-len(d.Mentions) for credit i.
	for i, c := range d.Credits {
		if c.PersonStart < 0 || d.hasMention(c.PersonStart, c.PersonEnd) {
			continue
		}
		all = append(all, item{c.PersonStart, -i - 2 - len(d.Mentions)})
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
	// The records of the long lists are written from one variable each, reused.
	e.str(`"entities":[`)
	var v jsonEntity
	for i, k := range all {
		if k.date >= 0 {
			t := d.Dates[k.date]
			v = jsonEntity{Start: t.Start, End: t.End, Type: t.Type.String(), Text: t.Text, Value: t.Value}
			if t.RangeWith >= 0 && t.RangeWith < len(where) {
				v.RangeWith = e.num(0, where[t.RangeWith])
			}
		} else if n := -k.date - 2; n >= len(d.Mentions) {
			c := d.Credits[n-len(d.Mentions)]
			v = jsonEntity{Start: c.PersonStart, End: c.PersonEnd, Type: entity.Person.String(), Text: c.Person, Credit: true}
		} else {
			m := d.Mentions[n]
			v = jsonEntity{Start: m.Start, End: m.End, Type: m.Type.String(), Text: d.Text[m.Start:m.End]}
			if m.Entity >= 0 {
				v.Entity = e.num(0, m.Entity)
			}
		}
		e.item(i, &v)
	}
	e.str(`],"quotes":[`)
	var jq jsonQuote
	for i := range d.Quotes {
		q := &d.Quotes[i]
		jq = jsonQuote{Start: q.Start, End: q.End, Text: d.Text[q.Start:q.End], jsonAttribution: d.jsonAttribution(&q.Attribution, &e),
			Kind: q.Kind.String(), Group: q.Group, Rule: q.Rule.String(), Confidence: q.Confidence}
		e.item(i, &jq)
	}
	e.str(`],"reported":[`)
	var jr jsonReported
	for i := range d.Reported {
		r := &d.Reported[i]
		jr = jsonReported{Start: r.Start, End: r.End, Text: d.Text[r.Start:r.End],
			jsonAttribution: d.jsonAttribution(&r.Attribution, &e), Rule: r.Rule.String()}
		e.item(i, &jr)
	}
	e.str(`],"resolved":[`)
	for i, en := range d.Entities {
		r := jsonResolved{ID: en.ID, Name: en.Name, Type: en.Type, Role: en.Role, Members: en.Members}
		if en.Type == entity.Person && en.Members == nil {
			r.Gender, r.GenderEvidence = en.Gender.String(), en.GenderEvidence.String()
		}
		// The mentions, last, one at a time: an entity of a long document can have millions.
		if i > 0 {
			e.str(",")
		}
		e.open(r)
		e.str(`,"mentions":[`)
		var jm jsonMention
		for k, m := range en.Mentions {
			jm = jsonMention{m.Start, m.End, d.Text[m.Start:m.End], m.Pronoun}
			e.item(k, &jm)
		}
		e.str("]}")
	}
	e.str(`],"credits":[`)
	for i, c := range d.Credits {
		j := jsonCredit{Start: c.Start, End: c.End, Text: c.Text, Role: c.Role}
		if c.PersonStart >= 0 {
			j.Person, j.PersonStart, j.PersonEnd = c.Person, intp(c.PersonStart), intp(c.PersonEnd)
		}
		if c.OrgStart >= 0 {
			j.Org, j.OrgStart, j.OrgEnd = c.Org, intp(c.OrgStart), intp(c.OrgEnd)
		}
		e.item(i, j)
	}
	e.str(`],"sources":[`)
	for i, src := range d.Sources() {
		j := jsonSource{Name: src.Name, Role: src.Role, Direct: src.Direct, Reported: src.Reported}
		if src.Entity >= 0 {
			j.Entity = intp(src.Entity)
			if en := d.Entities[src.Entity]; en.Type == entity.Person && en.Members == nil {
				j.Gender = src.Gender.String()
			}
		}
		e.item(i, j)
	}
	e.str("]}")
	return e.err
}

// hasMention reports whether a name mention spans [start, end); Mentions are in text order.
func (d *Document) hasMention(start, end int) bool {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= start })
	for ; i < len(d.Mentions) && d.Mentions[i].Start == start; i++ {
		if d.Mentions[i].End == end {
			return true
		}
	}
	return false
}

// jsonWriter writes JSON pieces to w and keeps the first error. It encodes each value into one
// reused buffer (json.Marshal would make a new slice per value): writing a long document's
// millions of records makes little garbage, which would otherwise fill the heap up to the
// limit the pipeline's peak set.
type jsonWriter struct {
	w    io.Writer
	err  error
	buf  bytes.Buffer
	enc  *json.Encoder // writes to buf
	ints [5]int        // the numbers a record's optional fields point to (see num)
}

// num sets slot k of e.ints to v and returns its address, valid until the slot is set again:
// a record's optional numbers without an allocation each.
func (e *jsonWriter) num(k, v int) *int {
	e.ints[k] = v
	return &e.ints[k]
}

// encode returns prefix and the JSON of v, valid until the next call.
func (e *jsonWriter) encode(prefix string, v any) []byte {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
	}
	e.buf.Reset()
	e.buf.WriteString(prefix)
	if err := e.enc.Encode(v); err != nil {
		e.err = err
		return nil
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")) // Encode ends each value with a newline
}

// str writes s through the buffer: io.WriteString would copy s into a new slice for a writer
// without a WriteString method.
func (e *jsonWriter) str(s string) {
	if e.err == nil {
		e.buf.Reset()
		e.buf.WriteString(s)
		_, e.err = e.w.Write(e.buf.Bytes())
	}
}

func (e *jsonWriter) value(v any) { e.write("", v) }

// write writes prefix and the JSON of v in one piece.
func (e *jsonWriter) write(prefix string, v any) {
	if e.err != nil {
		return
	}
	if b := e.encode(prefix, v); e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// open writes the object v without its closing brace, for fields to follow.
func (e *jsonWriter) open(v any) {
	if e.err != nil {
		return
	}
	if b := e.encode("", v); e.err == nil {
		_, e.err = e.w.Write(bytes.TrimSuffix(b, []byte("}")))
	}
}

// item writes the i-th element of a list, with the comma before it.
func (e *jsonWriter) item(i int, v any) {
	if i > 0 {
		e.write(",", v)
		return
	}
	e.write("", v)
}

// MarshalJSON returns what WriteJSON writes.
func (d *Document) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := d.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
