package extract_test

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
)

// stressKinds are the texts of the stress benchmark: news, and inputs built to make a stage
// look far or pair badly. Each gives n bytes (or a little less) of its kind.
var stressKinds = []struct {
	name string
	gen  func(tb testing.TB, n int) string
}{
	{"news", func(tb testing.TB, n int) string { return repeatTo(newsText(tb), n) }},
	{"quotes", func(tb testing.TB, n int) string { return repeatTo(`"a" `, n) }},
	{"marks", func(tb testing.TB, n int) string { return repeatTo(`"“”‘’«»„‹›'「」`, n) }},
	{"caps", func(tb testing.TB, n int) string {
		return repeatTo("Peskov Moscow Said Apple The Minister John Smith Of United Nations Kremlin Ukraine ", n)
	}},
	{"line", func(tb testing.TB, n int) string {
		return repeatTo(strings.ReplaceAll(newsText(tb), "\n", " "), n)
	}},
	{"nested", func(tb testing.TB, n int) string {
		return repeatTo(strings.Repeat("« „ ‹ ", 1000)+"he said "+strings.Repeat("› “ » ", 1000), n)
	}},
}

// newsText is the PolNeAR development articles joined, one paragraph break apart.
func newsText(tb testing.TB) string {
	recs, err := eval.ReadFile(testshared.Path(tb, "eval/dev/polnear-dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for _, r := range recs {
		b.WriteString(r.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// repeatTo repeats unit to n bytes, whole units only (at least one).
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkStress runs Extract on one document of 1, 4 and 16 MB of each stress kind. Time per
// byte should stay about flat from 1 to 16 MB: a stage that rescans the text shows as a
// collapse of MB/s.
//
//	go test ./extract -run '^$' -bench Stress -benchtime 1x
func BenchmarkStress(b *testing.B) {
	x, err := extract.New(extract.MaxBytes(32 << 20))
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range stressKinds {
		for _, mb := range []int{1, 4, 16} {
			b.Run(fmt.Sprintf("%s/%dMB", k.name, mb), func(b *testing.B) {
				src := k.gen(b, mb<<20)
				b.SetBytes(int64(len(src)))
				// Each size starts from a heap given back to the system, as in a new process:
				// otherwise a size run after a larger one reuses its memory and GC goal, and
				// the growth from 1 to 16 MB measures the order of the runs.
				runtime.GC()
				debug.FreeOSMemory()
				cpu0 := cpuTime()
				for b.Loop() {
					if _, err := x.Extract(context.Background(), src); err != nil {
						b.Fatal(err)
					}
				}
				// CPU time of the process (GC included) per run: unlike the wall time, it does
				// not grow when other programs share the machine.
				b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}
