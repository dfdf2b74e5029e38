package compare

import (
	"fmt"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/text"
)

// LoadJSONL reads the "text" field of every record of an evaluation file (one JSON object per
// line, as described in the shared eval/FORMAT.md), with eval.ReadFile's checks.
func LoadJSONL(path string) ([]string, error) {
	recs, err := eval.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Text
	}
	return out, nil
}

// SentenceResult sums a sentence-splitting comparison over a set of texts.
type SentenceResult struct {
	Docs, Bytes               int
	OurSents, ProseSents      int
	ProseMissing              int // prose sentences not found verbatim in the source
	Ours, Prose               PRF // against the reference, when there is one
	Both, OnlyOurs, OnlyProse int // boundaries both split at, or only one of them
}

// Sentences runs both sentence splitters on texts and scores their sentence starts against
// ref(src), if ref is not nil, and against each other.
func Sentences(texts []string, ref func(src string) []int) (SentenceResult, error) {
	var r SentenceResult
	for _, src := range texts {
		r.Docs++
		r.Bytes += len(src)
		ours := OurSentenceStarts(src)
		ps, err := ProseSentences(src)
		if err != nil {
			return r, err
		}
		prose, missing := PlaceSentences(src, ps)
		r.OurSents += len(ours)
		r.ProseSents += len(ps)
		r.ProseMissing += missing
		first := FirstNonSpace(src)
		if ref != nil {
			want := ref(src)
			r.Ours = r.Ours.Add(ScoreBoundaries(want, ours, first))
			r.Prose = r.Prose.Add(ScoreBoundaries(want, prose, first))
		}
		agree := ScoreBoundaries(ours, prose, first)
		r.Both += agree.TP
		r.OnlyProse += agree.FP
		r.OnlyOurs += agree.FN
	}
	return r, nil
}

// Disagreements lists, for one text, the sentence starts only ours has and only prose has.
func Disagreements(src string) (onlyOurs, onlyProse []int, err error) {
	ours := OurSentenceStarts(src)
	ps, err := ProseSentences(src)
	if err != nil {
		return nil, nil, err
	}
	prose, _ := PlaceSentences(src, ps)
	first := FirstNonSpace(src)
	return sortedDiff(ours, prose, first), sortedDiff(prose, ours, first), nil
}

// TokenResult sums a tokenizer comparison over a set of texts.
type TokenResult struct {
	Docs                   int
	OurTokens, ProseTokens int
	Ours, Prose            PRF // token spans against the reference, when there is one

	// What prose kept of the text, from aligning its token strings to the source.
	ProseExact, ProseChanged, ProseUnaligned int
	ProseChangedBytes, ProseLostBytes        int
	OurLostBytes                             int // non-space bytes no token of ours covers
	SourceBytes                              int // non-space source bytes
}

// Tokens runs both tokenizers on texts, aligns prose's tokens to the source and scores both
// against ref(src), if ref is not nil.
func Tokens(texts []string, ref func(src string) []Span) (TokenResult, error) {
	var r TokenResult
	for _, src := range texts {
		r.Docs++
		ours := OurTokens(src)
		pt, err := ProseTokens(src)
		if err != nil {
			return r, err
		}
		a := Align(src, pt)
		r.OurTokens += len(ours)
		r.ProseTokens += len(pt)
		r.ProseExact += a.Exact
		r.ProseChanged += a.Changed
		r.ProseUnaligned += a.Unaligned
		r.ProseChangedBytes += a.ChangedBytes
		r.ProseLostBytes += a.LostBytes
		r.SourceBytes += a.SourceBytes
		r.OurLostBytes += a.SourceBytes - coveredNonSpace(src, ours)
		if ref != nil {
			want := ref(src)
			r.Ours = r.Ours.Add(ScoreSpans(want, ours))
			r.Prose = r.Prose.Add(ScoreSpans(want, a.Spans))
		}
	}
	return r, nil
}

// coveredNonSpace counts the non-space bytes inside spans (assumed ordered, not overlapping).
func coveredNonSpace(src string, spans []Span) int {
	n := 0
	for _, s := range spans {
		if s.Start >= 0 && s.Start <= s.End && s.End <= len(src) {
			n += nonSpace(src[s.Start:s.End])
		}
	}
	return n
}

// Speed measures tokenizing plus sentence splitting over texts, in MB/s, for newsextract's
// text model and for prose v2 (tagging and entities off), and prose's tokenizer alone (prose
// rebuilds its sentence segmenter, decoding its training data, on every NewDocument). It uses
// testing.Benchmark, so each runs for about a second.
func Speed(texts []string) (oursMBs, proseMBs, proseTokMBs float64) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	run := func(f func(string)) float64 {
		res := testing.Benchmark(func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, t := range texts {
					f(t)
				}
			}
		})
		if res.T <= 0 {
			return 0
		}
		return float64(res.Bytes) * float64(res.N) / res.T.Seconds() / 1e6
	}
	oursMBs = run(func(s string) { text.Analyze(s) })
	proseMBs = run(func(s string) { _, _ = proseLight(s) })
	proseTokMBs = run(func(s string) {
		_, _ = prose.NewDocument(s, prose.WithTagging(false), prose.WithExtraction(false), prose.WithSegmentation(false))
	})
	return oursMBs, proseMBs, proseTokMBs
}
