// Command train trains the name tagger of package ner on CoNLL-2003 English (from the shared
// evaluation folder) and writes the model that package ner embeds. With -eval it only tags
// the dev sets with a model file and prints scores.
//
//	go run ./internal/ner/train                 # train (about 100 s), write internal/ner/model/ner.bin.gz, score dev
//	go run ./internal/ner/train -eval -pred /tmp/pred.jsonl   # CoNLL dev predictions for score.py
//	go run ./internal/ner/train -eval -preddir /tmp/preds     # predictions for every dev file
//
// The defaults make the shipped model. Training is single-threaded and deterministic: the
// same data, gazetteer and flags give the same bytes. The model's features read the
// gazetteer, so retrain whenever the gazetteer is regenerated.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

func main() {
	out := flag.String("o", "internal/ner/model/ner.bin.gz", "model file to write")
	evalOnly := flag.Bool("eval", false, "only evaluate the model file -o")
	pred := flag.String("pred", "", "write CoNLL dev predictions (JSONL) here, for score.py")
	predDir := flag.String("preddir", "", "write the predictions for every dev file into this folder, for score.py")
	epochs := flag.Int("epochs", 12, "training epochs")
	minCount := flag.Int("mincount", 2, "drop features seen fewer times")
	prune := flag.Float64("prune", 0.5, "drop averaged weights below this")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	models := flag.Int("models", 8, "models trained on different example orders and averaged")
	gumCopies := flag.Int("gum", 0, "times GUM train (../shared/eval/train/gum-train.jsonl) is added to CoNLL train; 0, the default: it cost CoNLL dev ORG F1 and did not raise GUM dev's (see the package doc)")
	flag.Parse()
	shared, err := testshared.Find()
	if err != nil {
		log.Fatal(err)
	}
	dev := filepath.Join(shared, "eval", "dev")
	if err := gazetteer.Load(); err != nil {
		log.Fatalf("gazetteer: %v", err)
	}
	train := read(filepath.Join(dev, "conll-train.jsonl"))
	if !*evalOnly {
		var docs []ner.TrainDoc
		for _, r := range train {
			docs = append(docs, trainDoc(r))
		}
		gum := read(filepath.Join(shared, "eval", "train", "gum-train.jsonl"))
		for range *gumCopies {
			for _, r := range gum {
				docs = append(docs, trainDoc(r))
			}
		}
		// The text of the other training files, for the casing lexicon only (no labels are
		// used): PolNeAR's 840 news articles and GUM's thirteen other genres.
		var unlabeled []string
		for _, f := range []string{"polnear-train.jsonl", "gum-train.jsonl"} {
			for _, r := range read(filepath.Join(shared, "eval", "train", f)) {
				unlabeled = append(unlabeled, r.Text)
			}
		}
		start := time.Now()
		b, err := ner.Train(docs, ner.TrainOptions{Epochs: *epochs, Models: *models, Seed: *seed, MinCount: *minCount,
			Prune: *prune, Unlabeled: unlabeled, Log: os.Stderr, Names: gazetteer.BuiltIn()})
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("trained in %v, model %d bytes", time.Since(start).Round(time.Millisecond), len(b))
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	b, err := os.ReadFile(*out)
	if err != nil {
		log.Fatal(err)
	}
	t, err := ner.New(b)
	if err != nil {
		log.Fatal(err)
	}
	seen := trainSurfaces(train)
	for _, f := range []string{"conll-dev.jsonl", "gum-dev.jsonl", "seed.jsonl"} {
		gold := read(filepath.Join(dev, f))
		preds := tagAll(t, gold)
		rep := eval.Score(gold, preds)
		fmt.Printf("== %s\n", f)
		for _, ty := range []string{"PERSON", "ORG", "PLACE", "micro"} {
			m := rep.Entities[ty]
			fmt.Printf("  %-7s tp %5d fp %5d fn %5d  P %s R %s F1 %s\n", ty, m.TP, m.FP, m.FN, f3(m.P), f3(m.R), f3(m.F1))
		}
		if f == "conll-dev.jsonl" {
			withText := make([]eval.Record, len(preds))
			for i := range preds {
				withText[i] = preds[i]
				withText[i].Text = gold[i].Text
			}
			ug, up := unseenOnly(gold, seen), unseenOnly(withText, seen)
			urep := eval.Score(ug, up)
			for _, ty := range []string{"PERSON", "ORG", "PLACE", "micro"} {
				m := urep.Entities[ty]
				fmt.Printf("  unseen %-7s tp %5d fp %5d fn %5d  P %s R %s F1 %s\n", ty, m.TP, m.FP, m.FN, f3(m.P), f3(m.R), f3(m.F1))
			}
		}
		if f == "conll-dev.jsonl" && *pred != "" {
			writePred(*pred, preds)
		}
		if *predDir != "" {
			writePred(filepath.Join(*predDir, f), preds)
		}
		if f == "seed.jsonl" {
			showSeed(gold[0], preds[0])
		}
	}
}

// trainSurfaces returns the surface strings of every mention (any type) in the training
// file, for the unseen-name report: taggers lose most on the names a test set has and the
// training data has not.
func trainSurfaces(train []eval.Record) map[string]bool {
	seen := map[string]bool{}
	for _, r := range train {
		for _, e := range r.Entities {
			seen[r.Text[e.Start:e.End]] = true
		}
	}
	return seen
}

// unseenOnly keeps the PERSON, ORG and PLACE mentions whose surface string is not in seen
// (and every MISC mention, the scorer's don't-care zones), so that scoring gold against
// predictions both filtered this way gives recall on unseen gold names and precision of
// predicted names never seen in training. recs must carry their text.
func unseenOnly(recs []eval.Record, seen map[string]bool) []eval.Record {
	out := make([]eval.Record, len(recs))
	for i, r := range recs {
		out[i] = r
		out[i].Entities = nil
		for _, e := range r.Entities {
			if e.Type == "MISC" || !seen[r.Text[e.Start:e.End]] {
				out[i].Entities = append(out[i].Entities, e)
			}
		}
	}
	return out
}

func f3(x *float64) string {
	if x == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.4f", *x)
}

func read(path string) []eval.Record {
	recs, err := eval.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return recs
}

var types = map[string]ner.Label{"PERSON": ner.Person, "ORG": ner.Org, "PLACE": ner.Place, "MISC": ner.Misc}

func trainDoc(r eval.Record) ner.TrainDoc {
	d := ner.TrainDoc{Src: r.Text}
	for _, e := range r.Entities {
		if l, ok := types[e.Type]; ok {
			d.Spans = append(d.Spans, ner.TrainSpan{Start: e.Start, End: e.End, Label: l})
		}
	}
	return d
}

var typeNames = map[ner.Label]string{ner.Person: "PERSON", ner.Org: "ORG", ner.Place: "PLACE", ner.Misc: "MISC"}

func tagAll(t *ner.Tagger, gold []eval.Record) []eval.Record {
	var preds []eval.Record
	for _, g := range gold {
		p := eval.Record{ID: g.ID, Entities: []eval.Entity{}, Quotes: []eval.Quote{}}
		for _, m := range t.Tag(text.Analyze(g.Text)) {
			p.Entities = append(p.Entities, eval.Entity{Start: m.Start, End: m.End, Type: typeNames[m.Label]})
		}
		preds = append(preds, p)
	}
	return preds
}

func writePred(path string, preds []eval.Record) {
	if err := eval.WriteFile(path, preds); err != nil {
		log.Fatal(err)
	}
}

// showSeed prints the seed article's missed and spurious mentions.
func showSeed(g, p eval.Record) {
	key := func(e eval.Entity) string {
		s := g.Text[e.Start:e.End]
		s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
		return fmt.Sprintf("%d %s %q", e.Start, e.Type, s)
	}
	gs, ps := map[string]bool{}, map[string]bool{}
	for _, e := range g.Entities {
		if e.Type == "PERSON" || e.Type == "ORG" || e.Type == "PLACE" {
			gs[key(e)] = true
		}
	}
	for _, e := range p.Entities {
		ps[key(e)] = true
	}
	for k := range gs {
		if !ps[k] {
			fmt.Println("  seed missed:", k)
		}
	}
	for k := range ps {
		if !gs[k] {
			fmt.Println("  seed extra: ", k)
		}
	}
}
