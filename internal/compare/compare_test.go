package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/testshared"
)

func TestAlign(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		src    string
		toks   []string
		want   Alignment
	}{
		{
			name:   "exact",
			reason: "tokens equal to the source are placed where they stand, white space skipped",
			src:    "He  said\u00a0it.",
			toks:   []string{"He", "said", "it", "."},
			want:   Alignment{Spans: []Span{{0, 2}, {4, 8}, {10, 12}, {12, 13}}, Exact: 4, SourceBytes: 9},
		},
		{
			name:   "folded quotes",
			reason: "prose writes “ ” ’ as ASCII; such tokens are placed but counted as changed, with the source bytes rewritten",
			src:    "“Ukraine’s”",
			toks:   []string{`"`, "Ukraine", "'s", `"`},
			want: Alignment{Spans: []Span{{0, 3}, {3, 10}, {10, 14}, {14, 17}}, Exact: 1, Changed: 3,
				ChangedBytes: 9, SourceBytes: 17},
		},
		{
			name:   "dropped text",
			reason: "source text no token covers counts as lost, the following token is still found",
			src:    "Mark O'Meara won",
			toks:   []string{"Mark", "O", "won"},
			want:   Alignment{Spans: []Span{{0, 4}, {5, 6}, {13, 16}}, Exact: 3, LostBytes: 6, SourceBytes: 14},
		},
		{
			name:   "invented token",
			reason: "a token found nowhere is unaligned and does not move the cursor",
			src:    "a b",
			toks:   []string{"a", "zzz", "b"},
			want:   Alignment{Spans: []Span{{0, 1}, {-1, -1}, {2, 3}}, Exact: 2, Unaligned: 1, SourceBytes: 2},
		},
		{
			name:   "trailing loss",
			reason: "text after the last token is lost too",
			src:    "isn't,",
			toks:   []string{"is"},
			want:   Alignment{Spans: []Span{{0, 2}}, Exact: 1, LostBytes: 4, SourceBytes: 6},
		},
		{
			name:   "html entity",
			reason: "prose turns &rsquo; into an apostrophe",
			src:    "it&rsquo;s",
			toks:   []string{"it", "'s"},
			want:   Alignment{Spans: []Span{{0, 2}, {2, 10}}, Exact: 1, Changed: 1, ChangedBytes: 7, SourceBytes: 10},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Align(tc.src, tc.toks)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nAlign(%q) mismatch (-want +got):\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

func TestScoreBoundaries(t *testing.T) {
	tests := []struct {
		name      string
		reason    string
		ref, sys  []int
		first     int
		want      PRF
		wantP, wR float64
	}{
		{name: "perfect", reason: "same boundaries", ref: []int{5, 9}, sys: []int{0, 5, 9}, want: PRF{TP: 2}, wantP: 1, wR: 1},
		{name: "text start ignored", reason: "the start of the text is no boundary, even when only one side lists it",
			ref: []int{3, 8}, sys: []int{3, 8}, first: 3, want: PRF{TP: 1}, wantP: 1, wR: 1},
		{name: "mixed", reason: "one right, one extra, one missed",
			ref: []int{5, 9}, sys: []int{5, 7}, want: PRF{TP: 1, FP: 1, FN: 1}, wantP: 0.5, wR: 0.5},
		{name: "empty", reason: "no predictions gives zero precision, not NaN", ref: []int{4}, want: PRF{FN: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ScoreBoundaries(tc.ref, tc.sys, tc.first)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
			if got.Precision() != tc.wantP || got.Recall() != tc.wR {
				t.Errorf("%s: P, R = %v, %v; want %v, %v", tc.reason, got.Precision(), got.Recall(), tc.wantP, tc.wR)
			}
		})
	}
}

func TestSpansAndStarts(t *testing.T) {
	src := "EU rejects German call .\nPeter Blackburn\n\nNext para .\n"
	tests := []struct {
		name   string
		reason string
		got    any
		want   any
	}{
		{name: "FieldSpans", reason: "CoNLL tokens are separated by one space or a line break",
			got:  FieldSpans("EU rejects .\nPeter"),
			want: []Span{{0, 2}, {3, 10}, {11, 12}, {13, 18}}},
		{name: "LineStarts", reason: "every non-blank line starts a sentence in CoNLL",
			got: LineStarts(src), want: []int{0, 25, 42}},
		{name: "ParagraphStarts", reason: "only text after a blank line",
			got: ParagraphStarts(src), want: []int{42}},
		{name: "ScoreSpans", reason: "both ends must agree; an unplaced token is a false positive",
			got:  ScoreSpans([]Span{{0, 2}, {3, 5}}, []Span{{0, 2}, {3, 4}, {-1, -1}}),
			want: PRF{TP: 1, FP: 2, FN: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestPlaceSentences(t *testing.T) {
	src := "One. Two.\n\nThree."
	starts, missing := PlaceSentences(src, []string{"One.", " Two. ", "Nope.", "Three."})
	if diff := cmp.Diff([]int{0, 5, 11}, starts); diff != "" || missing != 1 {
		t.Errorf("trimmed sentences are found in order, a missing one is counted (-want +got):\n%s\nmissing = %d, want 1", diff, missing)
	}
}

// TestProseChangesText keeps the README's claim about prose v2 checked: its tokenizer rewrites
// curly quotes and apostrophes to ASCII and drops text outright after some apostrophes, so its
// tokens cannot be mapped back to the caller's text. Ours keeps every byte.
func TestProseChangesText(t *testing.T) {
	tests := []struct {
		name        string
		reason      string
		src         string
		wantChanged bool // some prose token differs from the bytes it stands for
		wantLost    bool // some non-space source bytes are in no prose token
	}{
		{name: "curly quotes", reason: "“ ” become \"", src: "He is “satisfied” now.", wantChanged: true},
		{name: "curly apostrophe", reason: "’ becomes '", src: "Ukraine’s NATO bid", wantChanged: true},
		{name: "O'Reilly", reason: "'Re is taken for the clitic 're, and the rest of the name is dropped", src: "O'Reilly said", wantLost: true},
		{name: "quoted word", reason: "a word opening with 's ('self-medicating') is dropped whole", src: "about 'self-medicating' ants", wantLost: true},
		{name: "n't before comma", reason: "isn't, loses n't,", src: "if it isn't, and", wantLost: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pt, err := ProseTokens(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			a := Align(tc.src, pt)
			if got := a.Changed > 0; got != tc.wantChanged {
				t.Errorf("%s: prose tokens %q: changed = %v, want %v", tc.reason, pt, got, tc.wantChanged)
			}
			if got := a.LostBytes > 0; got != tc.wantLost {
				t.Errorf("%s: prose tokens %q: lost %d bytes, want loss %v", tc.reason, pt, a.LostBytes, tc.wantLost)
			}
			ours := Align(tc.src, OurTokenTexts(tc.src))
			if ours.Changed != 0 || ours.LostBytes != 0 || ours.Unaligned != 0 {
				t.Errorf("newsextract changed or lost text: %+v", ours)
			}
		})
	}
}

// TestSeedSentences checks newsextract's sentence splitter against the hand split of the
// sample article, the figure the README quotes.
func TestSeedSentences(t *testing.T) {
	src := testshared.SeedArticle(t)
	ref, err := os.ReadFile(filepath.Join("testdata", "seed-sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, missing := PlaceSentences(src, strings.Split(string(ref), "\n"))
	if missing != 0 {
		t.Fatalf("%d hand-split sentences not found in the article", missing)
	}
	got := OurSentenceStarts(src)
	if s := ScoreBoundaries(want, got, 0); s.FP+s.FN != 0 {
		for _, b := range sortedDiff(got, want, 0) {
			t.Errorf("extra split: %s", Context(src, b, 30))
		}
		for _, b := range sortedDiff(want, got, 0) {
			t.Errorf("missed split: %s", Context(src, b, 30))
		}
	}
}

// FuzzAlign checks Align's invariants on any source and any token list: one span per token,
// spans inside the source, in order and not overlapping, and the counts add up.
func FuzzAlign(f *testing.F) {
	f.Add("He is “satisfied” now.", "He|is|\"|satisfied|\"|now|.")
	f.Add("O'Reilly and O’Reilly", "O|and|O")
	f.Add("it&rsquo;s\u00a0ok", "it|'s|ok")
	f.Add("\xff\xfe", "\xff|x")
	f.Fuzz(func(t *testing.T, src, joined string) {
		toks := strings.Split(joined, "|")
		a := Align(src, toks)
		if len(a.Spans) != len(toks) {
			t.Fatalf("%d spans for %d tokens", len(a.Spans), len(toks))
		}
		if a.Exact+a.Changed+a.Unaligned != len(toks) {
			t.Fatalf("counts %d+%d+%d != %d tokens", a.Exact, a.Changed, a.Unaligned, len(toks))
		}
		end := 0
		for i, s := range a.Spans {
			if s.Start < 0 {
				continue
			}
			if s.Start < end || s.End < s.Start || s.End > len(src) {
				t.Fatalf("span %d %v out of order or range (previous end %d, len %d)", i, s, end, len(src))
			}
			if !utf8.ValidString(src) {
				continue // invalid bytes: only order and range are promised
			}
			end = s.End
		}
		if a.LostBytes < 0 || a.LostBytes > a.SourceBytes {
			t.Fatalf("lost %d of %d bytes", a.LostBytes, a.SourceBytes)
		}
	})
}
