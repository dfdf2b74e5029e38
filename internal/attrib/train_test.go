package attrib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

// TestTrainLearns trains on a small made-up corpus whose paragraphs each hold one attribution
// after a sentence without one, and checks that the model finds the attribution of a new
// paragraph. Every document opens with a paragraph the trainer skips, so no trained block starts
// at the document's first token: a trainer that scored the wrong tokens (as one did, reading a
// block from the document's start) learns nothing.
func TestTrainLearns(t *testing.T) {
	names := []string{"Morales", "Okafor", "Whitfield", "Salib", "Berg", "Ortiz", "Pike", "Hale"}
	things := []string{"the vote was close", "the plan would fail", "prices will rise", "the depot will close",
		"the talks went well", "the rally was large", "demand rose sharply", "the bridge is safe"}
	var docs []TrainDoc
	for i := range 40 {
		var b strings.Builder
		b.WriteString("Local news in brief, with reports from the depot and the bridge.\n\n") // no cue word: never tagged
		var atts []TrainAttribution
		for p := range 4 {
			name, thing := names[(i+p)%len(names)], things[(i*3+p)%len(things)]
			fmt.Fprintf(&b, "The weather was mild on day %d. ", i+p)
			s := b.Len()
			b.WriteString(name)
			c := b.Len() + 1
			b.WriteString(" said ")
			cs := b.Len()
			b.WriteString(thing)
			atts = append(atts, TrainAttribution{Start: cs, End: b.Len(), SrcStart: s, SrcEnd: s + len(name),
				CueStart: c, CueEnd: c + 4})
			b.WriteString(".\n\n")
		}
		docs = append(docs, TrainDoc{Src: b.String(), Attributions: atts})
	}
	model, err := Train(docs, TrainOptions{Epochs: 5, Models: 1, MinCount: 1, Prune: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeAttrModel(model)
	if err != nil {
		t.Fatal(err)
	}
	src := "The sky was grey on day 99. Hale said the bridge is safe.\n\nThe weather was mild on day 7. Okafor said the talks went well.\n"
	f := newFinder(text.Analyze(src), nil, nil)
	var got []string
	for _, r := range f.modelReported(m) {
		got = append(got, src[r.Start:r.End])
	}
	for _, want := range []string{"the bridge is safe", "the talks went well"} {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, want)
		}
		if !found {
			t.Errorf("the trained model misses %q; found %q", want, got)
		}
	}
}
