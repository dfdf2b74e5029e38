package timex

import (
	"testing"

	"github.com/newsextract/newsextract/internal/testshared"
)

// FuzzFind checks invariants on any input: no panic, spans inside the text,
// in order and not overlapping, range links pointing both ways.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"June 15, 2017", "April 17–21", "the 1990s", "9 a.m. Tuesday", "\xff\xfeMay 5", "", "2000 - 2050",
		"last Oct. 23", "'90s", "a year-earlier loss", "the day before last Tuesday's hearing", "1995-96 season",
		"10:35 a.m. (0735 GMT) Friday", "nineteen ninety-six", "Tuesday, January 28, 2014\n\nNow",
		"the third quarter of the",
	} {
		f.Add(s, 2025, 4, 22)
	}
	f.Add(testshared.SeedArticle(f), 0, 0, 0)
	f.Fuzz(func(t *testing.T, src string, y, m, d int) {
		ms := Find(src, Ref{y, m, d})
		end := 0
		for i, x := range ms {
			if x.Start < end || x.Start >= x.End || x.End > len(src) {
				t.Fatalf("match %d %+v: bad span (previous end %d, len %d)", i, x, end, len(src))
			}
			end = x.End
			if x.Value == "" || x.Kind < Date || x.Kind > Set {
				t.Fatalf("match %d %+v: no value or kind", i, x)
			}
			if x.RangeEnd != -1 && (x.RangeEnd < 0 || x.RangeEnd >= len(ms) || ms[x.RangeEnd].RangeEnd != i) {
				t.Fatalf("match %d %+v: bad range link", i, x)
			}
		}
	})
}
