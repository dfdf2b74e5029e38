package timex

import (
	"fmt"
	"testing"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
)

// predictDates runs Find over gold documents, each against its own
// publication date, and returns the matches in the evaluation format.
func predictDates(gold []eval.Record) []eval.Record {
	preds := make([]eval.Record, 0, len(gold))
	for _, g := range gold {
		var ref Ref
		if g.Published != nil {
			fmt.Sscanf(*g.Published, "%d-%d-%d", &ref.Year, &ref.Month, &ref.Day)
		}
		pr := eval.Record{ID: g.ID, Entities: []eval.Entity{}}
		for _, m := range Find(g.Text, ref) {
			pr.Entities = append(pr.Entities, eval.Entity{Start: m.Start, End: m.End, Type: m.Kind.String(), Value: m.Value})
		}
		preds = append(preds, pr)
	}
	return preds
}

// TestDevDates scores the date dev sets and fails below the levels reached,
// so that a change that loses dates or values shows. The floors sit a little
// under the measured values (TimeBank value-F1 0.902, relaxed span F1 0.961;
// GUM value-F1 0.954, relaxed 0.98); issue 13's targets are 0.90, 0.96 and
// 0.95.
func TestDevDates(t *testing.T) {
	for _, c := range []struct {
		file           string
		value, relaxed float64
	}{
		{"eval/dev/timebank.jsonl", 0.897, 0.955},
		{"eval/dev/gum-dev.jsonl", 0.945, 0.975},
	} {
		t.Run(c.file, func(t *testing.T) {
			gold, err := eval.ReadFile(testshared.Path(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			r := eval.Score(gold, predictDates(gold)).Dates
			if r == nil || r.Value.F1 == nil || r.Relaxed.F1 == nil {
				t.Fatal("no DATE layer scored")
			}
			v, rel := *r.Value.F1, *r.Relaxed.F1
			t.Logf("value-F1 %.4f relaxed span F1 %.4f", v, rel)
			if v < c.value {
				t.Errorf("value-F1 %.4f below %.3f", v, c.value)
			}
			if rel < c.relaxed {
				t.Errorf("relaxed span F1 %.4f below %.3f", rel, c.relaxed)
			}
		})
	}
}
