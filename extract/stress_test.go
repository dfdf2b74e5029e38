package extract_test

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/stress"
	"github.com/newsextract/newsextract/internal/testshared"
)

// warmUp is a short article that uses every model and gazetteer.
const warmUp = "WASHINGTON (AP) — Senator Maria Lopez of the Finance Committee said on Monday that the bill “will pass this week.” She told Reuters the vote was close, and John Smith, a spokesman for Apple, declined to comment.\n"

// newsText is the PolNeAR development articles joined, one paragraph break apart.
func newsText(tb testing.TB) string {
	news, err := stress.News(testshared.Path(tb, "eval/dev/polnear-dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	return news
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
	// The models and gazetteers load before any run is timed: otherwise the first 1 MB run
	// includes their loading and the growth from 1 to 16 MB of its kind looks smaller.
	if _, err := x.Extract(context.Background(), warmUp); err != nil {
		b.Fatal(err)
	}
	var news string
	for _, k := range stress.Kinds {
		for _, mb := range []int{1, 4, 16} {
			b.Run(fmt.Sprintf("%s/%dMB", k.Name, mb), func(b *testing.B) {
				if k.News && news == "" {
					news = newsText(b)
				}
				src := k.Text(news, mb<<20)
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
