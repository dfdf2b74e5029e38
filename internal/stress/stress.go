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
	{"news", true, func(news string, n int) string { return RepeatTo(news, n) }},
	{"quotes", false, func(_ string, n int) string { return RepeatTo(`"a" `, n) }},
	{"marks", false, func(_ string, n int) string { return RepeatTo(`"“”‘’«»„‹›'「」`, n) }},
	{"caps", false, func(_ string, n int) string {
		return RepeatTo("Peskov Moscow Said Apple The Minister John Smith Of United Nations Kremlin Ukraine ", n)
	}},
	{"line", true, func(news string, n int) string { return RepeatTo(strings.ReplaceAll(news, "\n", " "), n) }},
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
