package compare

import (
	"context"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
)

// newsTexts returns the texts the pipeline benchmarks run over: the GUM and PolNeAR dev texts
// when the shared folder is present, else the sample article in testdata.
func newsTexts(tb testing.TB) []string {
	tb.Helper()
	textsOnce.Do(func() {
		if dir, err := testshared.Find(); err == nil {
			for _, f := range []string{"gum-dev.jsonl", "polnear-dev.jsonl"} {
				ts, err := LoadJSONL(filepath.Join(dir, "eval", "dev", f))
				if err != nil {
					textsErr = err
					return
				}
				texts = append(texts, ts...)
			}
			textsFrom = "GUM dev + PolNeAR dev"
			return
		}
		textsSeed, textsFrom = true, "sample article (no shared folder)"
	})
	if textsErr != nil {
		tb.Fatal(textsErr)
	}
	if textsSeed {
		return []string{testshared.SeedArticle(tb)}
	}
	return texts
}

var (
	textsOnce sync.Once
	texts     []string
	textsErr  error
	textsSeed bool // no shared folder: the sample article, read on each call so a missing file fails every benchmark
	textsFrom string
)

func corpusSize(ts []string) (bytes, words int) {
	for _, t := range ts {
		bytes += len(t)
		words += len(strings.Fields(t))
	}
	return bytes, words
}

// peakHeap samples the bytes of live and not yet swept heap objects every millisecond until
// stop is called, and returns the highest value seen. It reads runtime/metrics, which does not
// stop the world, so it barely disturbs the timing.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak {
			peak = v
		}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				read()
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak
	}
}

// pipelines are the systems compared, each a function that analyzes one document. setup runs
// once per sub-benchmark, outside the timing.
var pipelines = []struct {
	name  string
	setup func(tb testing.TB) func(ctx context.Context, src string) error
}{
	{"newsextract", func(tb testing.TB) func(context.Context, string) error {
		x, err := extract.New()
		if err != nil {
			tb.Fatal(err)
		}
		return func(ctx context.Context, src string) error {
			_, err := x.Extract(ctx, src)
			return err
		}
	}},
	// prose as its README shows it: every NewDocument decodes the tagger and NER weights again.
	{"prose", func(testing.TB) func(context.Context, string) error {
		return func(_ context.Context, src string) error {
			_, err := prose.NewDocument(src)
			return err
		}
	}},
	// prose with its weights decoded once and shared (UsingModel; ModelFromData without data
	// sources is the default model). The segmenter is still rebuilt per document: prose gives no
	// way to keep it. This is the fair comparison.
	{"prose-model-once", func(testing.TB) func(context.Context, string) error {
		m := prose.ModelFromData("en-v2.0.0")
		return func(_ context.Context, src string) error {
			_, err := prose.NewDocument(src, prose.UsingModel(m))
			return err
		}
	}},
}

// BenchmarkPipeline runs each full pipeline over the news texts on one goroutine; one op is
// the whole set of texts. It reports MB/s, words/s (white-space separated words), allocations
// per op and per document, and the peak heap during the run.
//
//	go test ./internal/compare -run '^$' -bench 'Pipeline$' -benchtime 1x
//
// prose needs about 0.2 s per document just to reload its model, so keep -benchtime small.
func BenchmarkPipeline(b *testing.B) {
	ts := newsTexts(b)
	nBytes, nWords := corpusSize(ts)
	b.Logf("%d texts from %s: %d bytes, %d words", len(ts), textsFrom, nBytes, nWords)
	for _, p := range pipelines {
		b.Run(p.name, func(b *testing.B) {
			ctx := context.Background()
			run := p.setup(b)
			if err := run(ctx, ts[0]); err != nil { // warm up: lazy loads happen here, untimed
				b.Fatal(err)
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			stop := peakHeap()
			b.SetBytes(int64(nBytes))
			b.ReportAllocs()
			for b.Loop() {
				for _, src := range ts {
					if err := run(ctx, src); err != nil {
						b.Fatal(err)
					}
				}
			}
			peak := stop()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(nWords)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*len(ts)), "allocs/doc")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkPipelineParallel runs each pipeline from GOMAXPROCS goroutines (b.RunParallel); one
// op is one document, taken in turn from the news texts. MB/s and words/s count the documents
// actually processed.
//
//	go test ./internal/compare -run '^$' -bench 'PipelineParallel' -benchtime 2s
func BenchmarkPipelineParallel(b *testing.B) {
	ts := newsTexts(b)
	words := make([]int, len(ts))
	for i, t := range ts {
		words[i] = len(strings.Fields(t))
	}
	for _, p := range pipelines {
		b.Run(p.name, func(b *testing.B) {
			ctx := context.Background()
			run := p.setup(b)
			if err := run(ctx, ts[0]); err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			stop := peakHeap()
			var next, nBytes, nWords atomic.Int64
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := int(next.Add(1)-1) % len(ts)
					if err := run(ctx, ts[i]); err != nil {
						b.Error(err)
						return
					}
					nBytes.Add(int64(len(ts[i])))
					nWords.Add(int64(words[i]))
				}
			})
			b.StopTimer()
			peak := stop()
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(nBytes.Load())/1e6/sec, "MB/s")
			b.ReportMetric(float64(nWords.Load())/sec, "words/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}
