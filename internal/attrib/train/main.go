// Command train trains the attribution tagger of package attrib on the PolNeAR training
// articles (../shared/eval/train/polnear-train.jsonl, layer ATTRIBUTION) and writes the model
// that package attrib embeds.
//
//	go run ./internal/attrib/train        # train, write internal/attrib/model/attrib.bin.gz
//
// Training is single-threaded and deterministic: the same data and flags give the same bytes.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsextract/newsextract/internal/attrib"
	"github.com/newsextract/newsextract/internal/testshared"
)

func main() {
	out := flag.String("o", "internal/attrib/model/attrib.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 20, "training epochs")
	models := flag.Int("models", 2, "models trained on different example orders and averaged")
	minCount := flag.Int("mincount", 2, "drop features seen fewer times")
	prune := flag.Float64("prune", 4, "drop averaged weights below this")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	flag.Parse()
	shared, err := testshared.Find()
	if err != nil {
		log.Fatal(err)
	}
	recs, err := read(filepath.Join(shared, "eval", "train", "polnear-train.jsonl"))
	if err != nil {
		log.Fatal(err)
	}
	var docs []attrib.TrainDoc
	for _, r := range recs {
		d := attrib.TrainDoc{Src: r.Text}
		for _, a := range r.Attributions {
			ta := attrib.TrainAttribution{Start: a.Start, End: a.End, SrcStart: a.SpeakerStart, SrcEnd: a.SpeakerEnd, CueStart: -1, CueEnd: -1}
			if a.CueStart != nil && a.CueEnd != nil {
				ta.CueStart, ta.CueEnd = *a.CueStart, *a.CueEnd
			}
			d.Attributions = append(d.Attributions, ta)
		}
		docs = append(docs, d)
	}
	start := time.Now()
	b, err := attrib.Train(docs, attrib.TrainOptions{Epochs: *epochs, Models: *models, Seed: *seed, MinCount: *minCount, Prune: *prune, Log: os.Stderr})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained in %v, model %d bytes", time.Since(start).Round(time.Millisecond), len(b))
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// record is the part of an evaluation record (FORMAT.md) the training reads.
type record struct {
	Text         string `json:"text"`
	Attributions []struct {
		Start        int  `json:"start"`
		End          int  `json:"end"`
		SpeakerStart int  `json:"speaker_start"`
		SpeakerEnd   int  `json:"speaker_end"`
		CueStart     *int `json:"cue_start"`
		CueEnd       *int `json:"cue_end"`
	} `json:"attributions"`
}

func read(path string) ([]record, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var recs []record
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, sc.Err()
}
