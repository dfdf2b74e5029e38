package grow

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestSlice(t *testing.T) {
	long := make([]int, 3*piece/8+5) // more than one piece of ints
	for i := range long {
		long[i] = i
	}
	tests := []struct {
		name   string
		reason string
		s      []int
		more   int
	}{
		{"nil", "a nil list grows like an empty one", nil, 3},
		{"room", "a list with room enough is returned as it is", make([]int, 2, 10), 5},
		{"short", "a short list is copied whole", []int{1, 2, 3}, 4},
		{"long", "a list of several pieces is copied piece by piece, the last one partial", long, 10},
		{"none", "no room asked for leaves the list as it is", []int{7}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Slice(tc.s, tc.more)
			if diff := cmp.Diff(tc.s, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: items changed (-want +got):\n%s", tc.reason, diff)
			}
			if cap(got)-len(got) < tc.more {
				t.Errorf("%s: room %d, want at least %d", tc.reason, cap(got)-len(got), tc.more)
			}
		})
	}
}

func TestMore(t *testing.T) {
	tests := []struct {
		name           string
		reason         string
		n, done, total int
		want           int
	}{
		{"half", "half the text gave 100 items: the rest at that rate (counting one more item, so that a text with none so far still gets room), a sixteenth more and 64", 100, 1000, 2000, 101 + 6 + 64},
		{"done", "all of the text read: only the spare 64", 100, 1000, 1000, 64},
		{"dense", "a tenth of the text gave 1000 items", 1000, 100, 1000, 9009 + 563 + 64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, More(tc.n, tc.done, tc.total)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
