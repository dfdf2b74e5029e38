// Command tokcompare compares newsextract's tokenizer and sentence splitter (internal/text)
// with prose v2's on the sample article and, when the shared evaluation folder is present
// (../shared or $NEWSEXTRACT_SHARED), on the CoNLL, GUM and PolNeAR dev texts. It prints
// Markdown tables: sentence boundaries, token boundaries and what prose keeps of the text,
// probes of hard cases, and speed.
//
//	go run ./internal/compare/cmd/tokcompare [-show 10] [-speed=false]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/newsextract/newsextract/internal/compare"
	"github.com/newsextract/newsextract/internal/testshared"
)

type corpus struct {
	name  string
	texts []string
}

func main() {
	show := flag.Int("show", 0, "print up to N sentence-boundary disagreements per corpus, for checking by hand")
	speed := flag.Bool("speed", true, "measure MB/s (about 2 s per corpus)")
	flag.Parse()
	log.SetFlags(0)

	seedText, seedRef := loadSeed()
	seed := corpus{"seed article", []string{seedText}}

	var conll, gum, polnear corpus
	if dir, err := testshared.Find(); err != nil {
		fmt.Printf("> shared folder missing, only the sample article is measured (%v)\n\n", err)
	} else {
		conll = load(dir, "CoNLL dev", "conll-dev.jsonl")
		gum = load(dir, "GUM dev", "gum-dev.jsonl")
		polnear = load(dir, "PolNeAR dev", "polnear-dev.jsonl")
	}

	fmt.Println("## Sentence boundaries (sentence starts)")
	fmt.Println()
	fmt.Println("| texts | docs | reference | ref. boundaries | newsextract P / R / F1 | prose P / R / F1 | agree / only newsextract / only prose |")
	fmt.Println("|---|---:|---|---:|---|---|---|")
	sentRow(seed, "hand-split (testdata)", func(string) []int { return seedRef }, false)
	if conll.texts != nil {
		sentRow(conll, "lines", compare.LineStarts, false)
		joined := corpus{"CoNLL dev, line breaks → spaces", nil}
		for _, t := range conll.texts {
			joined.texts = append(joined.texts, strings.ReplaceAll(t, "\n", " "))
		}
		// Same byte offsets: the original line starts remain the reference.
		refs := map[string][]int{}
		for i, t := range joined.texts {
			refs[t] = compare.LineStarts(conll.texts[i])
		}
		sentRow(joined, "former lines", func(s string) []int { return refs[s] }, false)
	}
	for _, c := range []corpus{gum, polnear} {
		if c.texts != nil {
			sentRow(c, "paragraph breaks only (recall)", compare.ParagraphStarts, true)
		}
	}
	fmt.Println()
	fmt.Println("P = share of a splitter's boundaries that are in the reference, R = share of the reference found.")
	fmt.Println("Where only paragraph breaks are known, precision is not defined (—).")
	fmt.Println()

	if *show > 0 {
		for _, c := range []corpus{seed, gum, polnear} {
			showDisagreements(c, *show)
		}
	}

	fmt.Println("## Tokens")
	fmt.Println()
	fmt.Println("| texts | newsextract tokens | prose tokens | vs CoNLL tokens: newsextract P / R | prose P / R | prose tokens changed | source bytes changed by prose | non-space bytes lost by prose | lost by newsextract |")
	fmt.Println("|---|---:|---:|---|---|---:|---:|---:|---:|")
	tokRow(seed, nil)
	if conll.texts != nil {
		tokRow(conll, compare.FieldSpans)
	}
	for _, c := range []corpus{gum, polnear} {
		if c.texts != nil {
			tokRow(c, nil)
		}
	}
	fmt.Println()
	fmt.Println("prose tokens carry no offsets; they are placed on the source greedily (curly quotes folded to")
	fmt.Println("straight ones for matching). \"Changed\" tokens match only after folding; \"lost\" bytes are covered by")
	fmt.Println("no token.")
	fmt.Println()

	fmt.Println("## Probes")
	fmt.Println()
	fmt.Println("| input | newsextract tokens | prose tokens |")
	fmt.Println("|---|---|---|")
	for _, p := range probes {
		pt, err := compare.ProseTokens(p)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("| `%s` | %s | %s |\n", visible(p), joinTokens(compare.OurTokenTexts(p)), joinTokens(pt))
	}
	fmt.Println()
	fmt.Println("| input | newsextract sentences | prose sentences |")
	fmt.Println("|---|---|---|")
	for _, p := range sentenceProbes {
		ps, err := compare.ProseSentences(p)
		if err != nil {
			log.Fatal(err)
		}
		var ours []string
		starts := compare.OurSentenceStarts(p)
		for i, s := range starts {
			end := len(p)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			ours = append(ours, strings.TrimSpace(p[s:end]))
		}
		fmt.Printf("| `%s` | %s | %s |\n", visible(p), joinSents(ours), joinSents(ps))
	}
	fmt.Println()

	if *speed {
		fmt.Println("## Speed (tokens + sentences, one goroutine)")
		fmt.Println()
		fmt.Printf("%s, %s/%s, GOMAXPROCS=%d\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
		fmt.Println("| texts | MB | newsextract MB/s | prose MB/s | ratio | prose tokenizer alone MB/s |")
		fmt.Println("|---|---:|---:|---:|---:|---:|")
		news := corpus{"seed + GUM dev + PolNeAR dev", append(append([]string{seedText}, gum.texts...), polnear.texts...)}
		if gum.texts == nil && polnear.texts == nil {
			news.name = "seed article"
		}
		for _, c := range []corpus{news, conll} {
			if c.texts == nil {
				continue
			}
			n := 0
			for _, t := range c.texts {
				n += len(t)
			}
			o, p, pt := compare.Speed(c.texts)
			fmt.Printf("| %s | %.2f | %.1f | %.2f | %.0f× | %.1f |\n", c.name, float64(n)/1e6, o, p, o/p, pt)
		}
		fmt.Println()
	}
}

// probes are short hand-written inputs around quotes, apostrophes and non-breaking spaces.
var probes = []string{
	"Ukraine’s NATO bid",
	"Ukraine's NATO bid",
	"They don't know.",
	"They don’t know.",
	"O'Reilly and O’Reilly",
	"He is “satisfied” now.",
	"‘Rock ’n’ roll’ in the ’90s",
	"It\u00a0Is on\u00a0June\u00a015",
	"Mr.\u00a0Smith paid $1,000.50 (U.S.).",
	"the &rsquo; entity",
	"cannot won't y'all",
}

var sentenceProbes = []string{
	"Mr. Smith went to Washington. He left.",
	"The U.S. Senate voted. It passed.",
	"Prices rose in the U.S. Analysts were surprised.",
	"He said “We are satisfied.” Then he left.",
	"“Are you sure?” she asked. “Yes.”",
	"Headline Without A Full Stop\n\nThe story starts here.",
	"It ended at 3 p.m. Friday, he said.",
	"J. R. R. Tolkien wrote it. He was British.",
	"Taken in 2017. (Source: Getty Images)",
}

func loadSeed() (string, []int) {
	dir := filepath.Join("internal", "compare", "testdata")
	if _, err := os.Stat(dir); err != nil {
		dir = "testdata" // run from the package folder
	}
	src, err := os.ReadFile(filepath.Join(dir, "..", "..", "..", "testdata", "seed-article.txt"))
	if err != nil {
		log.Fatalf("run from the module root: %v", err)
	}
	ref, err := os.ReadFile(filepath.Join(dir, "seed-sentences.txt"))
	if err != nil {
		log.Fatal(err)
	}
	starts, missing := compare.PlaceSentences(string(src), strings.Split(string(ref), "\n"))
	if missing > 0 {
		log.Fatalf("seed-sentences.txt: %d sentences not found in seed-article.txt", missing)
	}
	return string(src), starts
}

func load(dir, name, file string) corpus {
	texts, err := compare.LoadJSONL(filepath.Join(dir, "eval", "dev", file))
	if err != nil {
		fmt.Printf("> skipping %s: %v\n\n", name, err)
		return corpus{name: name}
	}
	return corpus{name, texts}
}

func sentRow(c corpus, refName string, ref func(string) []int, recallOnly bool) {
	r, err := compare.Sentences(c.texts, ref)
	if err != nil {
		log.Fatal(err)
	}
	prf := func(s compare.PRF) string {
		if recallOnly {
			return fmt.Sprintf("— / %.3f / —", s.Recall())
		}
		return fmt.Sprintf("%.3f / %.3f / %.3f", s.Precision(), s.Recall(), s.F1())
	}
	miss := ""
	if r.ProseMissing > 0 {
		miss = fmt.Sprintf(" (%d prose sentences not found in the source)", r.ProseMissing)
	}
	fmt.Printf("| %s | %d | %s | %d | %s | %s | %d / %d / %d%s |\n", c.name, r.Docs, refName,
		r.Ours.TP+r.Ours.FN, prf(r.Ours), prf(r.Prose), r.Both, r.OnlyOurs, r.OnlyProse, miss)
}

func showDisagreements(c corpus, n int) {
	fmt.Printf("### Disagreements, %s (first %d of each)\n\n", c.name, n)
	var ours, prose []string
	for _, src := range c.texts {
		o, p, err := compare.Disagreements(src)
		if err != nil {
			log.Fatal(err)
		}
		for _, at := range o {
			ours = append(ours, compare.Context(src, at, 40))
		}
		for _, at := range p {
			prose = append(prose, compare.Context(src, at, 40))
		}
	}
	fmt.Printf("only newsextract splits (%d):\n", len(ours))
	for _, s := range ours[:min(n, len(ours))] {
		fmt.Printf("    %s\n", s)
	}
	fmt.Printf("only prose splits (%d):\n", len(prose))
	for _, s := range prose[:min(n, len(prose))] {
		fmt.Printf("    %s\n", s)
	}
	fmt.Println()
}

func tokRow(c corpus, ref func(string) []compare.Span) {
	r, err := compare.Tokens(c.texts, ref)
	if err != nil {
		log.Fatal(err)
	}
	o, p := "—", "—"
	if ref != nil {
		o = fmt.Sprintf("%.3f / %.3f", r.Ours.Precision(), r.Ours.Recall())
		p = fmt.Sprintf("%.3f / %.3f", r.Prose.Precision(), r.Prose.Recall())
	}
	fmt.Printf("| %s | %d | %d | %s | %s | %d (%d unplaced) | %d | %d of %d | %d |\n", c.name, r.OurTokens, r.ProseTokens,
		o, p, r.ProseChanged, r.ProseUnaligned, r.ProseChangedBytes, r.ProseLostBytes, r.SourceBytes, r.OurLostBytes)
}

func visible(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", "⍽")
	return strings.ReplaceAll(s, "\n", "⏎")
}

func joinTokens(ts []string) string {
	for i, t := range ts {
		ts[i] = visible(t)
	}
	return "`" + strings.Join(ts, "` `") + "`"
}

func joinSents(ss []string) string {
	for i, s := range ss {
		ss[i] = visible(s)
	}
	return "[" + strings.Join(ss, "] [") + "]"
}
