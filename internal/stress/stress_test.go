package stress

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRepeatCut(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		unit   string
		n      int
		sep    string
		want   string
	}{
		{"cut", "after the whole copies comes the start of the unit up to its last separator that fits", "ab\n\ncd\n\nef", 19, "\n\n", "ab\n\ncd\n\nefab\n\ncd\n\n"},
		{"exact", "whole copies that fill n exactly take nothing more", "ab\n\n", 8, "\n\n", "ab\n\nab\n\n"},
		{"no separator", "when no separator fits, only whole copies", "abcd\n\n", 8, "\n\n", "abcd\n\n"},
		{"long unit", "a unit longer than n is given once, whole", "ab\n\ncd\n\n", 3, "\n\n", "ab\n\ncd\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, RepeatCut(tc.unit, tc.n, tc.sep)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
