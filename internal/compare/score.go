package compare

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// PRF counts agreements with a reference: true positives, false positives, false negatives.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (s PRF) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN), 0 when the reference is empty.
func (s PRF) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add returns the sum of two counts, for totals over many documents.
func (s PRF) Add(o PRF) PRF { return PRF{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN} }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreBoundaries compares boundary offsets (e.g. sentence starts) with a reference. The text
// start is no boundary, so offsets at or before first are ignored on both sides; duplicates
// count once.
func ScoreBoundaries(ref, sys []int, first int) PRF {
	r := intSet(ref, first)
	s := intSet(sys, first)
	var out PRF
	for b := range s {
		if r[b] {
			out.TP++
		} else {
			out.FP++
		}
	}
	for b := range r {
		if !s[b] {
			out.FN++
		}
	}
	return out
}

func intSet(xs []int, first int) map[int]bool {
	m := make(map[int]bool, len(xs))
	for _, x := range xs {
		if x > first {
			m[x] = true
		}
	}
	return m
}

// ScoreSpans compares token spans with reference spans: a span counts only when both its ends
// agree. Spans with Start < 0 (unplaced tokens) count as false positives.
func ScoreSpans(ref, sys []Span) PRF {
	r := make(map[Span]bool, len(ref))
	for _, s := range ref {
		r[s] = true
	}
	seen := make(map[Span]bool, len(sys))
	var out PRF
	for _, s := range sys {
		if s.Start >= 0 && r[s] && !seen[s] {
			out.TP++
			seen[s] = true
		} else {
			out.FP++
		}
	}
	out.FN = len(r) - out.TP
	return out
}

// FieldSpans returns the spans of the space- and newline-separated fields of src: the reference
// tokens of a pre-tokenized corpus such as CoNLL.
func FieldSpans(src string) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(src); i++ {
		sep := i == len(src) || src[i] == ' ' || src[i] == '\n'
		if sep && start >= 0 {
			out = append(out, Span{start, i})
			start = -1
		} else if !sep && start < 0 {
			start = i
		}
	}
	return out
}

// LineStarts returns the offset of every non-blank line: the reference sentence starts of a
// one-sentence-per-line corpus.
func LineStarts(src string) []int {
	var out []int
	for i := 0; i < len(src); {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			j = len(src) - i
		}
		if k := skipSpace(src[:i+j], i); k < i+j {
			out = append(out, k)
		}
		i += j + 1
	}
	return out
}

// ParagraphStarts returns the first non-space offset after every blank line: places where any
// sentence splitter must start a sentence, whatever else it does.
func ParagraphStarts(src string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(src[i:], "\n\n")
		if j < 0 {
			return out
		}
		k := skipSpace(src, i+j)
		if k < len(src) {
			out = append(out, k)
		}
		i = k
		if i >= len(src) {
			return out
		}
	}
}

// PlaceSentences finds sentence strings (trimmed substrings of src, in order) in src and
// returns their start offsets, and how many could not be found.
func PlaceSentences(src string, sents []string) (starts []int, missing int) {
	c := 0
	for _, s := range sents {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		j := strings.Index(src[c:], s)
		if j < 0 {
			missing++
			continue
		}
		starts = append(starts, c+j)
		c += j + len(s)
	}
	return starts, missing
}

// FirstNonSpace is the offset of the first non-space byte of src (len(src) if none).
func FirstNonSpace(src string) int { return skipSpace(src, 0) }

// sortedDiff returns the boundaries in a but not in b, sorted, ignoring those at or before first.
func sortedDiff(a, b []int, first int) []int {
	bs := intSet(b, first)
	var out []int
	for x := range intSet(a, first) {
		if !bs[x] {
			out = append(out, x)
		}
	}
	sort.Ints(out)
	return out
}

// Context returns up to n bytes of src on each side of offset at, with the offset marked by ‖
// and line breaks shown as ⏎, for printing a boundary disagreement.
func Context(src string, at, n int) string {
	lo, hi := max(0, at-n), min(len(src), at+n)
	for lo > 0 && !utf8.RuneStart(src[lo]) {
		lo--
	}
	for hi < len(src) && !utf8.RuneStart(src[hi]) {
		hi++
	}
	s := src[lo:at] + "‖" + src[at:hi]
	return strings.ReplaceAll(s, "\n", "⏎")
}
