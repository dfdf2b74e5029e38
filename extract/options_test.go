package extract_test

import (
	"testing"

	"github.com/newsextract/newsextract/extract"
)

func TestPublishedDate(t *testing.T) {
	tests := []struct {
		name, reason, date string
		want               string // the value of "April 21" in the text, "" for an error
	}{
		{"date", "a YYYY-MM-DD date is the reference date", "2025-04-22", "2025-04-21"},
		{"empty", "no date sets nothing: the year stays unknown", "", "XXXX-04-21"},
		{"day first", "another format is an error, not a guess", "22/04/2025", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt, err := extract.PublishedDate(tt.date)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("PublishedDate(%q): no error (%s)", tt.date, tt.reason)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Text("The minister spoke on April 21.", opt)
			if err != nil {
				t.Fatal(err)
			}
			var got string
			for _, d := range doc.Dates {
				got = d.Value
			}
			if got != tt.want {
				t.Errorf("value %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}
