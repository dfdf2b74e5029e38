// Command devscore writes timex predictions for an evaluation file in the
// shared JSONL format, for ../shared/eval/score.py. It is a development tool:
//
//	go run ./internal/timex/internal/devscore -in ../shared/eval/dev/timebank.jsonl -out /tmp/tb.pred.jsonl
//	python3 ../shared/eval/score.py ../shared/eval/dev/timebank.jsonl /tmp/tb.pred.jsonl
//
// With -errors it also prints the gold dates it missed or got wrong and the
// dates it invented, with some context.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/timex"
)

// pred is a prediction line: eval.Record would also write the gold's
// "published" and other fields.
type pred struct {
	ID       string        `json:"id"`
	Entities []eval.Entity `json:"entities"`
	Quotes   []any         `json:"quotes"`
}

func main() {
	in := flag.String("in", "", "gold JSONL file")
	out := flag.String("out", "", "prediction JSONL file to write")
	noRef := flag.Bool("noref", false, "ignore the published date (use the dateline or nothing)")
	errs := flag.Bool("errors", false, "print missed, wrong and invented dates")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	recs, err := eval.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, r := range recs {
		ref := timex.Ref{}
		if r.Published != nil && !*noRef {
			fmt.Sscanf(*r.Published, "%d-%d-%d", &ref.Year, &ref.Month, &ref.Day)
		}
		p := pred{ID: r.ID, Entities: []eval.Entity{}, Quotes: []any{}}
		ms := timex.Find(r.Text, ref)
		for _, m := range ms {
			p.Entities = append(p.Entities, eval.Entity{Start: m.Start, End: m.End, Type: m.Kind.String(),
				Text: r.Text[m.Start:m.End], Value: m.Value})
		}
		if err := enc.Encode(p); err != nil {
			log.Fatal(err)
		}
		if *errs {
			report(r, p.Entities)
		}
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
}

func isDate(t string) bool { return t == "DATE" || t == "TIME" }

func context(text string, s, e int) string {
	a, b := max(0, s-50), min(len(text), e+30)
	return strings.ReplaceAll(text[a:s]+"[["+text[s:e]+"]]"+text[e:b], "\n", " ")
}

// report prints gold dates without an overlapping prediction (MISS), with one
// of another value (VAL) and predictions overlapping no gold (FP).
func report(r eval.Record, ps []eval.Entity) {
	pub := ""
	if r.Published != nil {
		pub = *r.Published
	}
	used := make([]bool, len(ps))
	for _, g := range r.Entities {
		if !isDate(g.Type) {
			continue
		}
		found := -1
		for i, p := range ps {
			if isDate(p.Type) && p.Start < g.End && g.Start < p.End {
				found = i
				break
			}
		}
		if found < 0 {
			fmt.Printf("MISS %s %q %s | %s\n", pub, g.Text, g.Value, context(r.Text, g.Start, g.End))
			continue
		}
		used[found] = true
		p := ps[found]
		if !eval.ValueOK(g.Value, p.Value, pub != "") {
			fmt.Printf("VAL  %s %q gold=%s pred=%q %s | %s\n", pub, g.Text, g.Value, p.Text, p.Value, context(r.Text, g.Start, g.End))
		}
	}
	for i, p := range ps {
		if used[i] || !isDate(p.Type) {
			continue
		}
		dc := false
		for _, g := range r.Entities {
			if !isDate(g.Type) && p.Start < g.End && g.Start < p.End {
				dc = true
			}
		}
		tag := "FP  "
		if dc {
			tag = "FPdc"
		}
		fmt.Printf("%s %s %q %s | %s\n", tag, pub, p.Text, p.Value, context(r.Text, p.Start, p.End))
	}
}
