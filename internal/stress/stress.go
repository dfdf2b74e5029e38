// Package stress builds the texts the stress benchmark (extract's BenchmarkStress) and the
// memory table (internal/cmd/memtable) run on: news, and inputs built to make a stage look far,
// pair badly or hold a record per few bytes. It is for measuring only.
package stress

import (
	"strings"

	"github.com/newsextract/newsextract/internal/eval"
)

// Kind is one kind of stress text.
type Kind struct {
	Name string
	// News is true for the kinds made of the news text (News).
	News bool
	// Text returns n bytes (or a little less, whole units only) of the kind. news is the news
	// text, which only the News kinds read.
	Text func(news string, n int) string
}

// Kinds are the stress texts, news first.
var Kinds = []Kind{
	{"news", true, func(news string, n int) string { return RepeatCut(news, n, "\n\n") }},
	{"quotes", false, func(_ string, n int) string { return RepeatTo(`"a" `, n) }},
	{"marks", false, func(_ string, n int) string { return RepeatTo(`"“”‘’«»„‹›'「」`, n) }},
	{"caps", false, func(_ string, n int) string {
		return RepeatTo("Peskov Moscow Said Apple The Minister John Smith Of United Nations Kremlin Ukraine ", n)
	}},
	{"line", true, func(news string, n int) string { return RepeatCut(strings.ReplaceAll(news, "\n", " "), n, "  ") }},
	{"nested", false, func(_ string, n int) string {
		return RepeatTo(strings.Repeat("« „ ‹ ", 1000)+"he said "+strings.Repeat("› “ » ", 1000), n)
	}},
	{"said", false, func(_ string, n int) string { return RepeatTo("Smith said “ok.” ", n) }},
}

// News returns the texts of the evaluation file at path (PolNeAR dev) joined, one paragraph
// break apart.
func News(path string) (string, error) {
	recs, err := eval.ReadFile(path)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, r := range recs {
		b.WriteString(r.Text)
		b.WriteString("\n\n")
	}
	return b.String(), nil
}

// RepeatTo repeats unit to n bytes, whole units only (at least one).
func RepeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// RepeatCut repeats unit to n bytes, then adds the start of unit up to the last sep that
// fits. A long unit such as the news text (415 KB) then gives about n bytes, as the short ones
// do: whole copies alone make 0.83 MB of "1 MB" and 16.6 MB of "16 MB", twenty times the
// bytes rather than sixteen.
func RepeatCut(unit string, n int, sep string) string {
	s := RepeatTo(unit, n)
	if rest := n - len(s); rest > 0 {
		if i := strings.LastIndex(unit[:min(rest, len(unit))], sep); i > 0 {
			s += unit[:i+len(sep)]
		}
	}
	return s
}
