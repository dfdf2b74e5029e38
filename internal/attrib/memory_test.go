package attrib

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/newsextract/newsextract/internal/text"
)

// TestPassageSize holds the working record of a passage to its budget: a text of short
// quotations has a passage every four bytes, and the records are a large part of its memory.
func TestPassageSize(t *testing.T) {
	if n := unsafe.Sizeof(passage{}); n > 64 {
		t.Errorf("a passage is %d bytes, over the budget of 64 (millions of them on a long text of quotations)", n)
	}
}

// TestCueRunParts checks that the tagger's sequences are at most maxRun tokens, cut at a
// sentence's start unless one sentence is longer, and cover the sentences with a cue word,
// each token once.
func TestCueRunParts(t *testing.T) {
	tests := []struct {
		name, reason string
		src          string
		parts        int // at least this many sequences
	}{
		{"short", "one run of a few sentences is one sequence",
			"Smith said “ok.” The mayor said the plan works.", 1},
		{"said", "one block whose every sentence has a cue: parts ending between sentences",
			strings.Repeat("Smith said “ok.” The mayor said the plan works. ", 2000), 4},
		{"no full stop", "one sentence longer than maxRun: parts cut inside it",
			strings.Repeat("the mayor said the plan works and ", 2000), 3},
		{"gaps", "runs broken by sentences without a cue stay apart",
			strings.Repeat("Smith said “ok.” The plan works. ", 3000), 2},
	}
	m := defaultModel()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := prepare(text.Analyze(tc.src), nil, nil)
			sc := &tagScratch{learned: m.learned}
			starts := map[int]bool{}
			for _, s := range f.d.Sentences {
				starts[s.First] = true
			}
			covered := make([]int, len(f.toks))
			parts, last := 0, 0
			for b := range f.blocks {
				f.cueRuns(sc, m.cueWords, b, func(s, e int) {
					parts++
					if e-s > maxRun || e <= s || s < last {
						t.Errorf("%s: part [%d, %d) after %d: at most %d tokens, in order", tc.reason, s, e, last, maxRun)
					}
					if !starts[s] && !(s == last && f.sentOf[s] == f.sentOf[s-1]) {
						t.Errorf("%s: part [%d, %d) starts inside a sentence it did not continue", tc.reason, s, e)
					}
					for i := s; i < e; i++ {
						covered[i]++
					}
					last = e
				})
			}
			if parts < tc.parts {
				t.Errorf("%s: %d sequences, want at least %d", tc.reason, parts, tc.parts)
			}
			// every token of a sentence with a cue word is in one sequence, no other token is
			for _, s := range f.d.Sentences {
				cue := false
				for i := s.First; i < s.Last; i++ {
					cue = cue || f.isCueWord(i, m.cueWords, sc.learned)
				}
				for i := s.First; i < s.Last; i++ {
					if want := map[bool]int{true: 1, false: 0}[cue]; covered[i] != want {
						t.Fatalf("%s: token %d (%q) is in %d sequences, want %d", tc.reason, i, f.word(i), covered[i], want)
					}
				}
			}
		})
	}
}
