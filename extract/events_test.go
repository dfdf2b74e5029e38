package extract_test

import (
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// TestEventsAreNoNames checks, in sentences of our own, that festivals, events and awards are
// not reported as people, organizations or places, and that a season in an event's name is no
// date.
func TestEventsAreNoNames(t *testing.T) {
	tests := []struct {
		name, reason, src string
		notNames          []string
		notDates          []string
	}{
		{"ramadan", "a festival after a capitalized preposition", "During Ramadan, the market stayed open late.",
			[]string{"Ramadan", "During Ramadan"}, nil},
		{"festivals", "festivals the model takes for places and organizations",
			"Families celebrated Diwali and Hanukkah in London this year.", []string{"Diwali", "Hanukkah"}, nil},
		{"brexit", "a political event", "Brexit still shapes trade, the minister said.", []string{"Brexit"}, nil},
		{"games", "a season inside an event's name", "She won gold at the Winter Paralympics in Beijing.",
			[]string{"Winter Paralympics"}, []string{"Winter"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := extract.Text(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range doc.Mentions {
				for _, n := range tc.notNames {
					if doc.Text[m.Start:m.End] == n {
						t.Errorf("%q reported as %v: %s", n, m.Type, tc.reason)
					}
				}
			}
			for _, dm := range doc.Dates {
				for _, n := range tc.notDates {
					if dm.Text == n {
						t.Errorf("%q reported as a date: %s", n, tc.reason)
					}
				}
			}
		})
	}
}
