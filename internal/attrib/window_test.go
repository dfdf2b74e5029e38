package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

// TestFeatureWindows checks that the tagger tags a long document the same whether its token
// features are computed a window of sentences at a time, as it does, or for the whole
// document at once, as training does.
func TestFeatureWindows(t *testing.T) {
	seed := testshared.SeedArticle(t)
	tests := []struct {
		name, reason string
		src          string
	}{
		{"paragraphs", "windows end between blocks and between sentences of one block",
			strings.Repeat(seed+"\n\n", 100)},
		{"one line", "one block: windows end inside a run of sentences the tagger decodes as one",
			strings.Repeat(strings.ReplaceAll(seed, "\n", " ")+" ", 100)},
		{"said", "every sentence has a cue: one run over the whole document",
			strings.Repeat("Smith said “ok.” The mayor said the plan works. ", 3000)},
		{"no full stop", "one sentence longer than a window: the window holds it whole",
			strings.Repeat("the mayor said the plan works and ", 5000)},
	}
	m := defaultModel()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			if n := len(f.toks); n <= 2*featChunk {
				t.Fatalf("%d tokens: the text should span several windows of %d", n, featChunk)
			}
			whole := new(tagScratch)
			f.features(whole, m.learned)
			f.tagBlocks(whole, m)
			windowed := &tagScratch{learned: m.learned}
			f.tagBlocks(windowed, m)
			if len(windowed.feat) >= len(f.toks) && tc.name != "no full stop" {
				t.Errorf("%s: the window grew to %d features for %d tokens", tc.reason, len(windowed.feat), len(f.toks))
			}
			tagged := 0
			for _, g := range whole.tags {
				if g != tagO {
					tagged++
				}
			}
			if tagged == 0 {
				t.Fatalf("%s: nothing tagged, so nothing compared", tc.reason)
			}
			if diff := cmp.Diff(whole.tags, windowed.tags); diff != "" {
				t.Errorf("%s: tags differ (-whole +windowed):\n%s", tc.reason, diff)
			}
		})
	}
}
