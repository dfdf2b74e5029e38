package timex

import (
	"fmt"
	"os"
	"testing"
)

// temporary debugging aid, not committed
func TestZZDebug(t *testing.T) {
	src := os.Getenv("TX")
	if src == "" {
		t.Skip()
	}
	var ref Ref
	fmt.Sscanf(os.Getenv("TXREF"), "%d-%d-%d", &ref.Year, &ref.Month, &ref.Day)
	for _, m := range Find(src, ref) {
		fmt.Printf("%q %v %s\n", src[m.Start:m.End], m.Kind, m.Value)
	}
	s := &scanner{}
	s.reset(src, ref, nil)
	for k := range s.toks {
		if tn := s.tenseOf(k); tn != 0 {
			fmt.Printf("  tense %q %d\n", s.src[s.toks[k].s:s.toks[k].e], tn)
		}
	}
}
