package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Entity is a name or time expression: a byte span of the document text with
// a type (PERSON, ORG, PLACE, DATE, MISC, TIME, DURATION, SET) and, for dates,
// a TimeML value. Empty Text or Value means "not given".
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
	Value string `json:"value,omitempty"`
}

// Quote is a quoted passage (marks excluded) and who said it: Speaker is the
// name, SpeakerStart/SpeakerEnd the mention that attributes the quote.
// SpeakerText is the text at that span when it differs from Speaker.
type Quote struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text,omitempty"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	// CueStart/CueEnd is the reporting cue ("said"), which the ATTRIBUTION
	// layer's cue accuracy reads from attributed quotes.
	CueStart *int `json:"cue_start,omitempty"`
	CueEnd   *int `json:"cue_end,omitempty"`
}

// Attribution is a stretch of content the article attributes to a source,
// quoted or paraphrased (layer ATTRIBUTION), and a predicted reported-speech
// record. Kind is "direct", "mixed" or "indirect" in the gold; Speaker and
// Cue are the source and cue as written, with their spans.
type Attribution struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text,omitempty"`
	Kind         string  `json:"kind,omitempty"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	Cue          *string `json:"cue,omitempty"`
	CueStart     *int    `json:"cue_start,omitempty"`
	CueEnd       *int    `json:"cue_end,omitempty"`
}

// quote gives the speaker fields of a as a Quote, for the speaker rule.
func (a Attribution) quote() Quote {
	return Quote{Start: a.Start, End: a.End, Speaker: a.Speaker, SpeakerStart: a.SpeakerStart, SpeakerEnd: a.SpeakerEnd}
}

// Record is one document of gold or predictions. Layers lists the annotation
// layers that are complete in the gold; DontCareValues lists date values the
// gold does not annotate (a prediction carrying one is not penalized).
type Record struct {
	ID        string   `json:"id"`
	Source    string   `json:"source,omitempty"`
	Published *string  `json:"published"`
	Text      string   `json:"text,omitempty"`
	Layers    []string `json:"layers,omitempty"`
	Entities  []Entity `json:"entities"`
	Quotes    []Quote  `json:"quotes"`
	// Attributions is the gold ATTRIBUTION layer; in predictions, a list
	// that replaces the attributed quotes and Reported when it is given
	// (non-nil), as in score.py.
	Attributions []Attribution `json:"attributions,omitempty"`
	// Reported is a prediction's reported (indirect) speech.
	Reported       []Attribution `json:"reported,omitempty"`
	DontCareValues []string      `json:"dont_care_values,omitempty"`
}

// ReadJSONL reads one record per line, skipping blank lines. It fails on a
// line that is not a JSON record and on a duplicate id, as score.py does.
func ReadJSONL(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	var recs []Record
	seen := map[string]bool{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var rec Record
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return recs, fmt.Errorf("line %d: not a JSON record: %v", n, jerr)
			}
			if seen[rec.ID] {
				return recs, fmt.Errorf("line %d: duplicate id %q", n, rec.ID)
			}
			seen[rec.ID] = true
			recs = append(recs, rec)
		}
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
	}
}

// ReadFile reads the JSONL file at path (see ReadJSONL), naming the file in
// its errors.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := ReadJSONL(f)
	if err != nil {
		return recs, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}

// WriteFile writes recs to path as JSONL, one record a line, in the form
// ReadFile reads back (HTML characters escaped, as json.Marshal does). The
// file is written whole or, when a record cannot be encoded, not at all.
func WriteFile(path string, recs []Record) error {
	var buf bytes.Buffer
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("%s: record %q: %w", path, r.ID, err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// Check applies score.py's checks on predictions: a predicted text must equal
// the gold text, every span must lie inside the text (0 <= start < end <=
// len), and a given span text must equal its bytes (which catches character
// offsets used as byte offsets). Score itself does not fail on bad spans, so
// call Check first when the predictions come from outside.
func Check(gold, pred []Record) error {
	byID := make(map[string]*Record, len(gold))
	for i := range gold {
		byID[gold[i].ID] = &gold[i]
	}
	var errs []error
	seen := map[string]bool{}
	for _, p := range pred {
		if seen[p.ID] {
			errs = append(errs, fmt.Errorf("duplicate id %q", p.ID))
			continue
		}
		seen[p.ID] = true
		g, ok := byID[p.ID]
		if !ok {
			continue // score.py ignores unknown ids with a warning
		}
		if p.Text != "" && p.Text != g.Text {
			errs = append(errs, fmt.Errorf("id %s: predicted text differs from gold text", p.ID))
		}
		n := len(g.Text)
		check := func(what string, start, end int, txt string) {
			if start < 0 || start >= end || end > n {
				errs = append(errs, fmt.Errorf("id %s %s: bad offsets %d-%d", p.ID, what, start, end))
				return
			}
			if txt != "" && strings.ToValidUTF8(g.Text[start:end], "\uFFFD") != txt {
				errs = append(errs, fmt.Errorf("id %s %s: text %q != bytes %q (offsets must be UTF-8 byte offsets)",
					p.ID, what, txt, g.Text[start:end]))
			}
		}
		for i, e := range p.Entities {
			check(fmt.Sprintf("entity %d", i), e.Start, e.End, e.Text)
		}
		for i, q := range p.Quotes {
			check(fmt.Sprintf("quote %d", i), q.Start, q.End, q.Text)
			if q.SpeakerStart != nil || q.SpeakerEnd != nil {
				if q.SpeakerStart == nil || q.SpeakerEnd == nil {
					errs = append(errs, fmt.Errorf("id %s quote %d speaker: only one of speaker_start/speaker_end", p.ID, i))
					continue
				}
				check(fmt.Sprintf("quote %d speaker", i), *q.SpeakerStart, *q.SpeakerEnd, "")
			}
		}
		for _, list := range []struct {
			key string
			as  []Attribution
		}{{"reported", p.Reported}, {"attributions", p.Attributions}} {
			for i, a := range list.as {
				check(fmt.Sprintf("%s %d", list.key, i), a.Start, a.End, a.Text)
				if a.SpeakerStart != nil || a.SpeakerEnd != nil {
					if a.SpeakerStart == nil || a.SpeakerEnd == nil {
						errs = append(errs, fmt.Errorf("id %s %s %d speaker: only one of speaker_start/speaker_end", p.ID, list.key, i))
						continue
					}
					check(fmt.Sprintf("%s %d speaker", list.key, i), *a.SpeakerStart, *a.SpeakerEnd, "")
				}
			}
		}
	}
	return errors.Join(errs...)
}
