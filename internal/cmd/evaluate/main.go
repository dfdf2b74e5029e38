// Command evaluate runs the newsextract pipeline over the development sets in ../shared/eval/dev
// (all but conll-train.jsonl, the training data) and prints, by the rules of the reference scorer
// score.py, precision/recall/F1 per entity type, date span and value scores, quote F1, speaker
// accuracy and attribution F1, and for the ATTRIBUTION layer (direct and reported speech) the
// F1 of attributions with the right speaker at overlap > 0.3 (attF1), the F1 of attributions
// found at overlap > 0.8 (F1.8), precision at 0.3, speaker accuracy, recall of indirect and mixed attributions, and cue accuracy.
//
//	go run ./internal/cmd/evaluate            # the summary table
//	go run ./internal/cmd/evaluate -v         # and score.py's full report per file
//	go run ./internal/cmd/evaluate -pred DIR  # also write the predictions, to check with score.py
//
// People named only in credits (bylines, photo credits) are scored as the PERSON mentions they
// are: the document's JSON lists them among its name mentions with "credit": true (no entity of
// the story), so score.py on the product's own output gives the same figures.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"strings"
	"sync"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
)

// devFiles are the development sets evaluated, in print order.
var devFiles = []string{"seed.jsonl", "conll-dev.jsonl", "gum-dev.jsonl", "timebank.jsonl", "polnear-dev.jsonl"}

func main() {
	verbose := flag.Bool("v", false, "print score.py's full report for each file")
	predDir := flag.String("pred", "", "write each file's predictions as JSONL into `DIR`")
	only := flag.String("only", "", "evaluate only the dev files whose names contain `SUBSTR`")
	flag.Parse()
	shared, err := testshared.Find()
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
	x, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
	var rows []row
	for _, name := range devFiles {
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		gold, err := eval.ReadFile(filepath.Join(shared, "eval", "dev", name))
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			os.Exit(1)
		}
		start := time.Now()
		pred, err := Predict(x, gold)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", name+":", err)
			os.Exit(1)
		}
		elapsed := time.Since(start)
		if *predDir != "" {
			if err := writeJSONL(filepath.Join(*predDir, name), pred); err != nil {
				fmt.Fprintln(os.Stderr, "evaluate:", err)
				os.Exit(1)
			}
		}
		rep := eval.Score(gold, pred)
		if *verbose {
			fmt.Print(rep.FormatFiles(name, "newsextract"))
			fmt.Println()
		}
		rows = append(rows, row{name, rep, elapsed})
	}
	printTable(os.Stdout, rows)
}

type row struct {
	file    string
	rep     eval.Report
	elapsed time.Duration
}

// writeJSONL writes predictions without their text, creating the folder if need be.
func writeJSONL(path string, recs []eval.Record) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	out := make([]eval.Record, len(recs))
	for i, r := range recs {
		r.Text = ""
		out[i] = r
	}
	return eval.WriteFile(path, out)
}

// Predict runs the pipeline on every gold record's text, on all cores, and returns the
// predictions in the evaluation format, in the same order.
func Predict(x *extract.Extractor, gold []eval.Record) ([]eval.Record, error) {
	pred := make([]eval.Record, len(gold))
	errs := make([]error, len(gold))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pred[i], errs[i] = predictOne(x, gold[i])
			}
		}()
	}
	for i := range gold {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", gold[i].ID, err)
		}
	}
	return pred, nil
}

// predictOne goes through the document's JSON form, so the evaluation also checks that form.
func predictOne(x *extract.Extractor, g eval.Record) (eval.Record, error) {
	var published string
	if g.Published != nil {
		published = *g.Published
	}
	pub, err := extract.PublishedDate(published)
	if err != nil {
		return eval.Record{}, err
	}
	doc, err := x.Extract(context.Background(), g.Text, pub)
	if err != nil {
		return eval.Record{}, err
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return eval.Record{}, err
	}
	var p eval.Record
	if err := json.Unmarshal(b, &p); err != nil {
		return eval.Record{}, err
	}
	p.ID = g.ID
	return p, nil
}

func f3(x *float64) string {
	if x == nil {
		return "  n/a"
	}
	return fmt.Sprintf("%.3f", *x)
}

// printTable prints one line per file: entity F1 per type and micro, date scores, quote scores,
// and the ATTRIBUTION layer's figures where the gold has it.
func printTable(w io.Writer, rows []row) {
	fmt.Fprintf(w, "%-18s %6s %6s %6s %6s | %7s %7s %7s | %6s %7s %7s %7s | %6s %6s %6s %6s %6s %6s %6s | %s\n",
		"file", "PERSON", "ORG", "PLACE", "micro", "dateRel", "dateVal", "valAcc", "quote", "spkAcc", "spkPron", "attrib",
		"attF1", "attP", "attSpk", "F1.8", "indir", "mixed", "cue", "time")
	for _, r := range rows {
		ent := func(t string) string {
			if m, ok := r.rep.Entities[t]; ok {
				return f3(m.F1)
			}
			return "  n/a"
		}
		var rel, val, acc, q, s, sp, a *float64
		if d := r.rep.Dates; d != nil {
			rel, val, acc = d.Relaxed.F1, d.Value.F1, d.ValueAccuracy
		}
		if qr := r.rep.Quotes; qr != nil {
			q, s, sp, a = qr.Overlap.F1, qr.SpeakerAccuracy, qr.BySpeaker.Pronoun.Acc, qr.Attribution.F1
		}
		var af, ap, as, a8, ind, mix, cue *float64
		if at := r.rep.Attributions; at != nil {
			c := at.Cover3
			af, ap, as, a8, cue = c.Attribution.F1, c.P, c.SpeakerAccuracy, at.Cover8.F1, c.CueAccuracy
			ind, mix = c.RecallByKind["indirect"].Recall, c.RecallByKind["mixed"].Recall
		}
		fmt.Fprintf(w, "%-18s %6s %6s %6s %6s | %7s %7s %7s | %6s %7s %7s %7s | %6s %6s %6s %6s %6s %6s %6s | %.1fs\n",
			r.file, ent("PERSON"), ent("ORG"), ent("PLACE"), ent("micro"), f3(rel), f3(val), f3(acc), f3(q), f3(s), f3(sp), f3(a),
			f3(af), f3(ap), f3(as), f3(a8), f3(ind), f3(mix), f3(cue), r.elapsed.Seconds())
	}
}
