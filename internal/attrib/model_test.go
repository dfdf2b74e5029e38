package attrib

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/text"
)

// TestEmbeddedModelLoads checks that the embedded attribution model reads, has weights and
// cue words, and stays within the 10 MB the project allows it.
func TestEmbeddedModelLoads(t *testing.T) {
	start := time.Now()
	m, err := decodeAttrModel(embeddedModel)
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	nf, nw := m.Size()
	t.Logf("attribution model: %d bytes, %d features, %d weights, %d cue words, loaded in %v",
		len(embeddedModel), nf, nw, len(m.cueWords), time.Since(start))
	if nw == 0 || len(m.cueWords) == 0 {
		t.Fatal("embedded model has no weights or no cue words")
	}
	if len(embeddedModel) > 10<<20 {
		t.Errorf("model file %d bytes, over 10 MB", len(embeddedModel))
	}
}

// TestModelReported checks reported speech the hand-written patterns missed (issue 9's
// examples among them).
func TestModelReported(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []rep
	}{
		{"said without that", "a clause right after said, with no that, is reported speech; about goes with the figure, though the tagger takes it for part of the cue",
			"Morales said about 60 percent of the drivers at the north depot voted in favor.",
			[]rep{{"about 60 percent of the drivers at the north depot voted in favor", "Morales", "Morales", "said", ruleModel}}},
		{"according to a statement", "according to a statement at the end of the sentence: the clause before it; the source is the whole noun phrase",
			"The union will represent all drivers at both depots, according to a statement it released Friday.",
			[]rep{{"The union will represent all drivers at both depots", "a statement it released Friday", "a statement it released Friday", "according to", ruleModel}}},
		{"mixed", "a clause holding a quotation is one reported record that covers the quotation",
			"The mayor said the plant would “reopen within a year” if the sale went through.",
			[]rep{{"the plant would “reopen within a year” if the sale went through", "The mayor", "The mayor", "said", ruleModel}}},
		{"direct stays a quotation", "a content that is all quotation is Find's, not a reported record",
			"“We will reopen the plant,” the mayor said.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := viewReported(tc.src, FindReported(text.Analyze(tc.src), nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeAttrModel(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}
