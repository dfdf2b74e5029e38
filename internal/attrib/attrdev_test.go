package attrib

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/text"
)

// predictAll runs FindAll over gold documents and returns its quotations and reported records
// in the evaluation format (without entity names).
func predictAll(gold []eval.Record) []eval.Record {
	preds := make([]eval.Record, 0, len(gold))
	ip := func(v int) *int { return &v }
	for _, g := range gold {
		pr := eval.Record{ID: g.ID}
		qs, rs := FindAll(text.Analyze(g.Text), nil, nil)
		for _, q := range qs.All() {
			eq := eval.Quote{Start: q.Start, End: q.End}
			if q.SpeakerStart >= 0 {
				name := q.Speaker
				eq.SpeakerStart, eq.SpeakerEnd, eq.Speaker = ip(q.SpeakerStart), ip(q.SpeakerEnd), &name
			}
			if q.CueStart >= 0 {
				eq.CueStart, eq.CueEnd = ip(q.CueStart), ip(q.CueEnd)
			}
			pr.Quotes = append(pr.Quotes, eq)
		}
		for _, r := range rs {
			name := r.Speaker
			a := eval.Attribution{Start: r.Start, End: r.End, Speaker: &name,
				SpeakerStart: ip(r.SpeakerStart), SpeakerEnd: ip(r.SpeakerEnd)}
			if r.CueStart >= 0 {
				a.CueStart, a.CueEnd = ip(r.CueStart), ip(r.CueEnd)
			}
			pr.Reported = append(pr.Reported, a)
		}
		preds = append(preds, pr)
	}
	return preds
}

// TestPolNeARDevAttributions is the regression floor of the ATTRIBUTION figures on PolNeAR
// dev, scored by internal/eval (score.py's rules; without entity names; measured: F1 0.792,
// with speaker 0.740, precision 0.835, F1 above 0.8 overlap 0.670, recall indirect 0.649,
// mixed 0.927, direct 0.976, cue accuracy 0.929), and checks that every reported span lies
// inside the text and holds a letter.
func TestPolNeARDevAttributions(t *testing.T) {
	gold := readGold(t, "eval/dev/polnear-dev.jsonl")
	pred := predictAll(gold)
	for i, p := range pred {
		src := gold[i].Text
		for _, r := range p.Reported {
			if r.Start < 0 || r.End > len(src) || r.Start >= r.End || *r.SpeakerStart < 0 || *r.SpeakerEnd > len(src) ||
				!utf8.ValidString(src[r.Start:r.End]) || strings.IndexFunc(src[r.Start:r.End], unicode.IsLetter) < 0 {
				t.Fatalf("%s: bad span %+v", p.ID, r)
			}
		}
	}
	at := eval.Score(gold, pred).Attributions
	if at == nil {
		t.Fatal("no ATTRIBUTION layer scored")
	}
	c3, c8 := at.Cover3, at.Cover8
	recall := func(kind string) float64 { return val(c3.RecallByKind[kind].Recall) }
	t.Logf("overlap>0.3: P %.3f R %.3f F1 %.3f, with speaker F1 %.3f, cue acc %.3f; recall direct %.3f indirect %.3f mixed %.3f; overlap>0.8 F1 %.3f",
		val(c3.P), val(c3.R), val(c3.F1), val(c3.Attribution.F1), val(c3.CueAccuracy), recall("direct"), recall("indirect"), recall("mixed"), val(c8.F1))
	floors := []struct {
		name      string
		got, want float64
	}{
		{"F1 (>0.3)", val(c3.F1), 0.77},
		{"F1 with speaker (>0.3)", val(c3.Attribution.F1), 0.72},
		{"precision (>0.3)", val(c3.P), 0.81},
		{"F1 (>0.8)", val(c8.F1), 0.64},
		{"indirect recall", recall("indirect"), 0.63},
		{"mixed recall", recall("mixed"), 0.90},
		{"direct recall", recall("direct"), 0.96},
		{"cue accuracy", val(c3.CueAccuracy), 0.92},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("%s %.3f below %.3f", fl.name, fl.got, fl.want)
		}
	}
}
