package extract_test

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// writeOnly is an io.Writer without a WriteString method, as a caller's wrapper often is.
type writeOnly struct{}

func (writeOnly) Write(b []byte) (int, error) { return len(b), nil }

// TestWriteJSONAllocs holds WriteJSON's allocations flat in the number of records: a long
// document's millions of records must not each leave garbage, which would raise the peak
// memory of a run.
func TestWriteJSONAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops sync.Pool items (encoding/json's encoder state): allocations are not counted under it")
	}
	tests := []struct {
		name, reason string
		unit         string
	}{
		{"quotes", "a quotation record per unit, no speaker", `"a" `},
		{"said", "a quotation with a speaker and a name mention per unit", "Smith said “ok.” "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			allocs := func(n int) (float64, int) {
				doc, err := extract.Text(strings.Repeat(tc.unit, n))
				if err != nil {
					t.Fatal(err)
				}
				return testing.AllocsPerRun(3, func() { doc.WriteJSON(writeOnly{}) }), len(doc.Quotes)
			}
			small, _ := allocs(100)
			large, quotes := allocs(1000)
			if quotes < 1000 {
				t.Fatalf("%s: %d quotations in 1000 units, want one per unit", tc.reason, quotes)
			}
			if per := (large - small) / 900; per > 0.1 {
				t.Errorf("%s: %.2f allocations per added record (%.0f for 100 units, %.0f for 1000)", tc.reason, per, small, large)
			}
		})
	}
}
