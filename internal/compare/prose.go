package compare

import (
	"github.com/jdkato/prose/v2"

	"github.com/newsextract/newsextract/internal/text"
)

// proseLight runs prose v2's tokenizer and sentence segmenter only: no tagging, no entities, so
// no model weights are loaded and the comparison with text.Analyze is like for like.
func proseLight(src string) (*prose.Document, error) {
	return prose.NewDocument(src, prose.WithTagging(false), prose.WithExtraction(false))
}

// ProseTokens returns prose v2's token strings for src.
func ProseTokens(src string) ([]string, error) {
	doc, err := proseLight(src)
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out, nil
}

// ProseSentences returns prose v2's sentence strings for src.
func ProseSentences(src string) ([]string, error) {
	doc, err := proseLight(src)
	if err != nil {
		return nil, err
	}
	sents := doc.Sentences()
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.Text
	}
	return out, nil
}

// OurTokens returns the token spans of newsextract's text model.
func OurTokens(src string) []Span {
	d := text.Analyze(src)
	out := make([]Span, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = Span{int(t.Start), int(t.End)}
	}
	return out
}

// OurTokenTexts returns the token strings of newsextract's text model.
func OurTokenTexts(src string) []string {
	d := text.Analyze(src)
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.Text(i)
	}
	return out
}

// OurSentenceStarts returns the start offsets of newsextract's sentences.
func OurSentenceStarts(src string) []int {
	d := text.Analyze(src)
	out := make([]int, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Start
	}
	return out
}
