package eval

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// fmtNum is score.py's fmt: three decimals, or "  n/a" for None.
func fmtNum(x *float64) string {
	if x == nil {
		return "  n/a"
	}
	return strconv.FormatFloat(*x, 'f', 3, 64)
}

// summaryLine is the last line score.py prints; commands and logs quote it.
func summaryLine(r *Report) string {
	var e, d, q, s, a *float64
	if m, ok := r.Entities["micro"]; ok {
		e = m.F1
	}
	if r.Dates != nil {
		d = r.Dates.Value.F1
	}
	if r.Quotes != nil {
		q, s, a = r.Quotes.Overlap.F1, r.Quotes.SpeakerAccuracy, r.Quotes.Attribution.F1
	}
	t := func(x *float64) string { return strings.TrimSpace(fmtNum(x)) }
	line := fmt.Sprintf("entities F1 %s | dates value-F1 %s | quotes F1 %s speaker-acc %s attribution-F1 %s",
		t(e), t(d), t(q), t(s), t(a))
	if at := r.Attributions; at != nil {
		c := at.Cover3
		line += fmt.Sprintf(" | attributions F1 %s speaker-acc %s attribution-F1 %s",
			t(c.F1), t(c.SpeakerAccuracy), t(c.Attribution.F1))
	}
	return line
}

// Format returns the human-readable table, like score.py's text output, with
// placeholder names for the files; it ends with the summary line.
func (r Report) Format() string { return r.FormatFiles("GOLD", "PRED") }

// FormatFiles returns exactly what `python3 score.py goldPath predPath`
// prints (without --json), newline-terminated.
func (r Report) FormatFiles(goldPath, predPath string) string {
	var b strings.Builder
	row := func(name string, m PRF) {
		fmt.Fprintf(&b, "  %-22s%7d%7d%7d   %s  %s  %s\n", name, m.TP, m.FP, m.FN, fmtNum(m.P), fmtNum(m.R), fmtNum(m.F1))
	}
	head := fmt.Sprintf("  %-22s%7s%7s%7s   %5s  %5s  %5s\n", "", "tp", "fp", "fn", "prec", "rec", "f1")
	fmt.Fprintf(&b, "gold %s (%d docs) vs pred %s", goldPath, r.Docs, predPath)
	if r.DocsWithoutPrediction != 0 {
		fmt.Fprintf(&b, "  [%d docs without prediction]", r.DocsWithoutPrediction)
	}
	b.WriteString("\n")
	if len(r.Entities) > 0 {
		b.WriteString("ENTITIES (exact span+type, leading 'the ' stripped)\n")
		b.WriteString(head)
		for _, t := range []string{"PERSON", "ORG", "PLACE", "micro"} {
			if m, ok := r.Entities[t]; ok {
				row(t, m)
			}
		}
	}
	if d := r.Dates; d != nil {
		fmt.Fprintf(&b, "DATES (%d docs; gold DATE+TIME, DURATION/SET don't-care)\n", d.Docs)
		b.WriteString(head)
		row("exact span", d.Exact)
		row("relaxed (overlap)", d.Relaxed)
		row("value (overlap+value)", d.Value)
		fmt.Fprintf(&b, "  value accuracy %s over %d relaxed matches\n", fmtNum(d.ValueAccuracy), d.ValuePairs)
	}
	if q := r.Quotes; q != nil {
		fmt.Fprintf(&b, "QUOTES (%d docs)\n", q.Docs)
		b.WriteString(head)
		row("overlap >= 50%", q.Overlap)
		row("exact span", q.Exact)
		row("attribution (+speaker)", q.Attribution)
		by := q.BySpeaker
		fmt.Fprintf(&b, "  speaker accuracy %s over %d matched quotes (gold speaker a pronoun: %s of %d; other: %s of %d)\n",
			fmtNum(q.SpeakerAccuracy), q.Matched, fmtNum(by.Pronoun.Acc), by.Pronoun.N, fmtNum(by.Other.Acc), by.Other.N)
	}
	if at := r.Attributions; at != nil {
		fmt.Fprintf(&b, "ATTRIBUTIONS, direct and indirect (%d docs; overlap as a share of the longer span)\n", at.Docs)
		b.WriteString(head)
		for _, c := range []struct {
			name string
			r    CoverReport
		}{{"overlap > 0.3", at.Cover3}, {"overlap > 0.8", at.Cover8}} {
			row(c.name, c.r.PRF)
			row("  + speaker right", c.r.Attribution)
			kinds := slices.Sorted(maps.Keys(c.r.RecallByKind))
			parts := make([]string, len(kinds))
			for i, k := range kinds {
				parts[i] = fmt.Sprintf("%s %s of %d", k, fmtNum(c.r.RecallByKind[k].Recall), c.r.RecallByKind[k].N)
			}
			fmt.Fprintf(&b, "  speaker accuracy %s, cue accuracy %s; recall by kind: %s\n",
				fmtNum(c.r.SpeakerAccuracy), fmtNum(c.r.CueAccuracy), strings.Join(parts, ", "))
		}
	}
	b.WriteString(r.Summary)
	b.WriteString("\n")
	return b.String()
}
