package timex

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
)

// seedText is the sample article repeated to about 1 MB.
func seedText(tb testing.TB) string {
	a := testshared.SeedArticle(tb)
	return strings.Repeat(a+"\n\n", 1<<20/len(a))
}

// gumText is the GUM dev texts joined (CC BY; read in place from ../shared).
func gumText(tb testing.TB) string {
	recs, err := eval.ReadFile(filepath.Join(testshared.Dir(tb), "eval", "dev", "gum-dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	for _, r := range recs {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkFind(b *testing.B) {
	for _, c := range []struct {
		name string
		text func(testing.TB) string
	}{{"seed", seedText}, {"gum", gumText}} {
		b.Run(c.name, func(b *testing.B) {
			src := c.text(b)
			ref := Ref{2025, 4, 22}
			var dst []Match
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendFind(dst[:0], src, ref)
			}
		})
	}
}

// TestAppendFindAllocs holds the allocation budget: on a text without dates a
// warm AppendFind allocates nothing.
func TestAppendFindAllocs(t *testing.T) {
	src := strings.Repeat("The committee met in a large room and talked for a while about nothing much. ", 50)
	dst := AppendFind(nil, src, Ref{2025, 4, 22})
	n := testing.AllocsPerRun(20, func() { dst = AppendFind(dst[:0], src, Ref{2025, 4, 22}) })
	if n != 0 {
		t.Errorf("AppendFind allocated %v times per run on a text without dates, want 0", n)
	}
}

// BenchmarkFindAdversarial runs Find on 1 MB of text built to make rules look far: times
// chained by "on", earnings periods after spans of months, elided units. MB/s here should stay
// within a small factor of BenchmarkFind's; a rule that rescans the text would show as a
// collapse.
func BenchmarkFindAdversarial(b *testing.B) {
	for _, unit := range []string{
		"1 p.m. on Tuesday at 2 p.m. on July 6 at ",
		"Third-quarter net rose. In the first nine months, net was $1, against the 1988 period and the 1987 period. ",
		"Until then, this crucial moment, this year as last, the year-ago period. ",
	} {
		src := strings.Repeat(unit, 1<<20/len(unit))
		b.Run(strings.Fields(unit)[0], func(b *testing.B) {
			var dst []Match
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				dst = AppendFind(dst[:0], src, Ref{1989, 10, 26})
			}
		})
	}
}
