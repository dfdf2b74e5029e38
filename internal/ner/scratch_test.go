package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
)

func TestTableGrows(t *testing.T) {
	tests := []struct {
		name   string
		expect int // the size hint given to reset
		keys   int // distinct keys inserted
		reason string
	}{
		{"fits", 100, 50, "fewer keys than expected: no growth"},
		{"grows", 10, 5000, "many more keys than expected: the table doubles and keeps them all"},
		{"large hint", 1 << 20, 3, "a large hint starts at tableStart, not at the hint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tb table
			tb.reset(tc.expect)
			if len(tb.keys) > 2*tableStart {
				t.Fatalf("reset(%d) made %d slots, more than 2*tableStart (%s)", tc.expect, len(tb.keys), tc.reason)
			}
			for k := 1; k <= tc.keys; k++ {
				tb.vals[tb.slot(uint64(k)*0x9E3779B97F4A7C15)] = uint32(k)
			}
			var want, got []uint32
			for k := 1; k <= tc.keys; k++ {
				want = append(want, uint32(k))
				got = append(got, tb.get(uint64(k)*0x9E3779B97F4A7C15))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("values after %d inserts (-want +got) (%s):\n%s", tc.keys, tc.reason, diff)
			}
			if tb.used != tc.keys || 2*tb.used > len(tb.keys) {
				t.Errorf("used %d of %d slots for %d keys (%s)", tb.used, len(tb.keys), tc.keys, tc.reason)
			}
		})
	}
}

func TestLongSentenceTagged(t *testing.T) {
	// A sentence far over maxDecode tokens (no full stop anywhere) is decoded in parts: the
	// names in it are still found, and the tagger's scratch stays bounded.
	unit := "and then Angela Merkel met Emmanuel Macron in Paris "
	src := strings.Repeat(unit, 3*maxDecode/8)
	d := text.Analyze(src)
	if len(d.Sentences) != 1 || len(d.Tokens) <= 2*maxDecode {
		t.Fatalf("want one sentence over %d tokens, got %d sentences, %d tokens", 2*maxDecode, len(d.Sentences), len(d.Tokens))
	}
	ms := Default().Tag(d)
	per := map[string]int{}
	for _, m := range ms {
		per[src[m.Start:m.End]]++
	}
	n := 3 * maxDecode / 8
	for _, name := range []string{"Angela Merkel", "Emmanuel Macron", "Paris"} {
		if per[name] < n*9/10 {
			t.Errorf("%q found %d times of %d", name, per[name], n)
		}
	}
}

// TestCommonKeys checks that a token's common keys fit the model's remembered sets
// (perceptron.MaxCommon): a larger set would still score right, key by key, but slowly.
func TestCommonKeys(t *testing.T) {
	tests := []struct {
		name, reason, src string
	}{
		{"words", "a word has the most common keys: case, casing elsewhere and tag memory", "The Bank of England said Smith would go."},
		{"punctuation", "punctuation has no casing or memory keys", "— , ; : ( ) 42 ..."},
	}
	tg := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.Analyze(tc.src)
			sc := new(scratch)
			info := sc.prepare(d, &tg.m.lex, tg.names)
			sc.grow(len(info))
			sc.mem.reset(len(info))
			for i := range info {
				sc.tokenKeys(d, info, 0, len(info), i)
				if sc.common < 1 || sc.common > perceptron.MaxCommon {
					t.Errorf("token %q: %d common keys, want 1 to %d (%s)", d.Text(i), sc.common, perceptron.MaxCommon, tc.reason)
				}
			}
		})
	}
}
