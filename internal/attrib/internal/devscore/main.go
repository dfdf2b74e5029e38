// Command devscore runs the quotation finder over evaluation files in the common JSONL format
// and writes predictions for /work/shared/eval/score.py, for development only.
//
//	go run ./internal/attrib/internal/devscore -o /tmp/pred.jsonl [FILE.jsonl ...]
//
// Without files it reads ../shared/eval/dev/polnear-dev.jsonl and seed.jsonl. Each predicted
// quote carries, besides the scored fields, its kind, rule, cue and group, so errors can be
// read off the output. With -score it also prints the Go scorer's summary line.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsextract/newsextract/internal/attrib"
	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

type quote struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerText  string  `json:"speaker_text,omitempty"`
	Kind         string  `json:"kind"`
	Rule         string  `json:"rule"`
	Cue          string  `json:"cue,omitempty"`
	Group        int     `json:"group"`
}

type record struct {
	ID       string  `json:"id"`
	Entities []any   `json:"entities"`
	Quotes   []quote `json:"quotes"`
}

func main() {
	out := flag.String("o", "", "write predictions here (default: stdout)")
	score := flag.Bool("score", false, "print the Go scorer's summary per file")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		dir, err := testshared.Find()
		if err != nil {
			fmt.Fprintln(os.Stderr, "devscore:", err)
			os.Exit(1)
		}
		files = []string{filepath.Join(dir, "eval/dev/polnear-dev.jsonl"), filepath.Join(dir, "eval/dev/seed.jsonl")}
	}
	w := bufio.NewWriter(os.Stdout)
	if *out != "" {
		fh, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "devscore:", err)
			os.Exit(1)
		}
		defer fh.Close()
		w = bufio.NewWriter(fh)
	}
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, path := range files {
		gold, err := eval.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "devscore:", err)
			os.Exit(1)
		}
		var preds []eval.Record
		for _, g := range gold {
			d := text.Analyze(g.Text)
			qs := attrib.Find(d, nil, nil)
			rec := record{ID: g.ID, Entities: []any{}, Quotes: []quote{}}
			pr := eval.Record{ID: g.ID}
			for _, q := range qs {
				o := quote{Start: q.Start, End: q.End, Text: g.Text[q.Start:q.End], Kind: q.Kind.String(), Rule: q.Rule.String(), Group: q.Group}
				eq := eval.Quote{Start: q.Start, End: q.End}
				if q.SpeakerStart >= 0 {
					s, e, name := q.SpeakerStart, q.SpeakerEnd, q.Speaker
					o.SpeakerStart, o.SpeakerEnd, o.Speaker = &s, &e, &name
					eq.SpeakerStart, eq.SpeakerEnd, eq.Speaker = &s, &e, &name
					if t := g.Text[s:e]; t != name {
						o.SpeakerText = t
					}
				}
				if q.CueStart >= 0 {
					o.Cue = g.Text[q.CueStart:q.CueEnd]
				}
				rec.Quotes = append(rec.Quotes, o)
				pr.Quotes = append(pr.Quotes, eq)
			}
			preds = append(preds, pr)
			if err := enc.Encode(rec); err != nil {
				fmt.Fprintln(os.Stderr, "devscore:", err)
				os.Exit(1)
			}
		}
		if *score {
			r := eval.Score(gold, preds)
			fmt.Fprintf(os.Stderr, "%s: %s\n", filepath.Base(path), r.Summary)
		}
	}
}
