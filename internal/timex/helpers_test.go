package timex

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is a match as the tables write it: the text instead of offsets.
type got struct {
	Text  string
	Kind  Kind
	Value string
}

// render turns matches into table form, checking offsets on the way.
func render(t *testing.T, src string, ms []Match) []got {
	t.Helper()
	out := []got{}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(src) || m.Start >= m.End {
			t.Fatalf("bad span %d-%d in %q", m.Start, m.End, src)
		}
		out = append(out, got{src[m.Start:m.End], m.Kind, m.Value})
	}
	return out
}

// ruleCase is one row of a rule table: the input, the reference date, the
// expressions expected and why the rule exists.
type ruleCase struct {
	name   string
	reason string
	src    string
	ref    Ref
	want   []got
}

// ref98 is a Saturday, 1998-08-08, the reference of most table rows.
var ref98 = Ref{1998, 8, 8}

func runTable(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := render(t, c.src, Find(c.src, c.ref))
			if c.want == nil {
				c.want = []got{}
			}
			if d := cmp.Diff(c.want, g); d != "" {
				t.Errorf("%s\nFind(%q, %v) mismatch (-want +got):\n%s", c.reason, c.src, c.ref, d)
			}
		})
	}
}
