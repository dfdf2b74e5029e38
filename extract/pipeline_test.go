package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/timex"
)

// TestInNames checks which dates give way to the names around them, and that range links
// survive the drop.
func TestInNames(t *testing.T) {
	text := "At the Winter Paralympics on Easter Island, from 2010 to 2014, under the 1994 Crime Bill, in winter."
	span := func(s string, kind timex.Kind, v string) timex.Match {
		i := strings.Index(text, s)
		return timex.Match{Start: i, End: i + len(s), Kind: kind, Value: v, RangeEnd: -1}
	}
	name := func(s string, typ entity.Type) entity.Mention {
		i := strings.Index(text, s)
		return entity.Mention{Start: i, End: i + len(s), Type: typ}
	}
	found := []timex.Match{
		span("Winter", timex.Date, "2013-WI"),
		span("Easter", timex.Date, "2013-03-31"),
		span("2010", timex.Date, "2010"),
		span("2014", timex.Date, "2014"),
		span("1994", timex.Date, "1994"),
		span("winter", timex.Date, "2013-WI"),
	}
	found[2].RangeEnd, found[3].RangeEnd = 3, 2
	names := []entity.Mention{name("Winter Paralympics", entity.Org), name("Easter Island", entity.Place), name("1994 Crime Bill", entity.Org)}
	var got []string
	for _, m := range inNames(text, found, names) {
		got = append(got, text[m.Start:m.End])
		if m.RangeEnd >= 0 {
			got[len(got)-1] += "~"
		}
	}
	// "Winter" and "Easter" are words of names; a year inside a name is still its year; the
	// range 2010–2014 keeps its link after two drops before it
	want := []string{"2010~", "2014~", "1994", "winter"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	out := inNames(text, found, names)
	if len(out) == 4 && (out[0].RangeEnd != 1 || out[1].RangeEnd != 0) {
		t.Errorf("range links %d, %d, want 1, 0", out[0].RangeEnd, out[1].RangeEnd)
	}
}
