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
	"regexp"
	"strings"

	"github.com/newsextract/newsextract/internal/timex"
)

type entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
	Value string `json:"value,omitempty"`
}

type record struct {
	ID        string   `json:"id"`
	Published *string  `json:"published"`
	Text      string   `json:"text"`
	Entities  []entity `json:"entities"`
}

type pred struct {
	ID       string   `json:"id"`
	Entities []entity `json:"entities"`
	Quotes   []any    `json:"quotes"`
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
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			log.Fatal(err)
		}
		ref := timex.Ref{}
		if r.Published != nil && !*noRef {
			fmt.Sscanf(*r.Published, "%d-%d-%d", &ref.Year, &ref.Month, &ref.Day)
		}
		p := pred{ID: r.ID, Entities: []entity{}, Quotes: []any{}}
		ms := timex.Find(r.Text, ref)
		for _, m := range ms {
			p.Entities = append(p.Entities, entity{Start: m.Start, End: m.End, Type: m.Kind.String(),
				Text: r.Text[m.Start:m.End], Value: m.Value})
		}
		if err := enc.Encode(p); err != nil {
			log.Fatal(err)
		}
		if *errs {
			report(r, p.Entities)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
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
func report(r record, ps []entity) {
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
		if !valueOK(g.Value, p.Value, pub != "") {
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

var (
	reSecs  = regexp.MustCompile(`(T\d\d:\d\d):00(\.0+)?$`)
	reHour  = regexp.MustCompile(`T(\d\d)$`)
	reWeek  = regexp.MustCompile(`-W(\d)($|-)`)
	reDecX  = regexp.MustCompile(`^(\d{2,3})X+$`)
	reSpace = regexp.MustCompile(`\s+`)
)

// norm mirrors score.py's norm_value: one notation for equal meanings.
func norm(v string) string {
	v = strings.ToUpper(reSpace.ReplaceAllString(v, ""))
	v = reSecs.ReplaceAllString(v, "$1")
	v = reHour.ReplaceAllString(v, "T$1:00")
	v = reWeek.ReplaceAllString(v, "-W0$1$2")
	for strings.HasSuffix(v, "-XX") {
		v = v[:len(v)-3]
	}
	return reDecX.ReplaceAllString(v, "$1")
}

// valueOK mirrors score.py's value_ok.
func valueOK(gold, pred string, wildcard bool) bool {
	g, p := norm(gold), norm(pred)
	if g == "" || p == "" {
		return false
	}
	if strings.Contains(p, "T") && !strings.Contains(g, "T") {
		p = p[:strings.Index(p, "T")]
	}
	if g == p {
		return true
	}
	if !wildcard || !strings.Contains(g, "X") || len(g) != len(p) {
		return false
	}
	for i := 0; i < len(g); i++ {
		if g[i] != p[i] && !(g[i] == 'X' && p[i] >= '0' && p[i] <= '9') {
			return false
		}
	}
	return true
}
