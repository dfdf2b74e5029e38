// Command beam runs newsextract over a corpus as an Apache Beam pipeline (see package
// pipeline): on the prism runner in this process by default, or on Dataflow, Flink or Spark.
//
//	go run . -input 'articles/*.jsonl' -output out/news                  # prism, in-process
//	go run . -runner dataflow -project P -region R -staging_location gs://B/staging \
//	    -input 'gs://B/articles/*' -output gs://B/out/news
//	go run . -runner flink -endpoint localhost:8099 -environment_type LOOPBACK -input ... -output ...
//	go run . -runner spark -endpoint localhost:8099 -environment_type LOOPBACK -input ... -output ...
//
// It writes PREFIX.jsonl (one line per article), PREFIX-speakers.jsonl (the most quoted
// speakers) and PREFIX-types.jsonl (entities and mentions by type).
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // runners, and the local and gs:// filesystems

	"github.com/newsextract/newsextract/examples/beam/pipeline"
)

func main() {
	var o pipeline.Options
	flag.StringVar(&o.Input, "input", "", "glob of the files to read, on any Beam filesystem (local, gs://, s3://)")
	flag.StringVar(&o.Output, "output", "", "prefix of the output files")
	flag.IntVar(&o.TopSpeakers, "top", 100, "how many of the most quoted speakers to list")
	flag.Set("runner", "prism")
	flag.Parse()
	beam.Init()
	if o.Input == "" || o.Output == "" {
		log.Fatal("beam: -input and -output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Build(s, o)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}
