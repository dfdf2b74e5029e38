package extract

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/quote"
)

// Errors that callers may branch on.
var (
	// ErrTooLarge is returned for a text longer than the MaxBytes option allows.
	ErrTooLarge = errors.New("extract: text too large")
	// ErrNotText is returned for input that is evidently binary: it holds NUL bytes, or most of
	// it is not UTF-8.
	ErrNotText = errors.New("extract: input is not text")
)

// Span is a stretch of the article: article[Start:End].
type Span struct {
	Start, End int
}

// Token is one token of the article: article[Start:End]. It holds no copy of its text (a
// string header would double the size of a long document's token list).
type Token struct {
	Start, End int
}

// Document is what Extract found in one article. All offsets are byte offsets into Text.
type Document struct {
	Text string
	// Published is the reference date used to resolve relative dates: the Published option, or
	// else the article's dateline; zero when neither is known.
	Published time.Time

	// Mentions are the name mentions of people, organizations and places in text order
	// (pronouns are listed only under their entity). Misc names are not included.
	Mentions []entity.Mention
	// Entities are the people, organizations and places the mentions resolve to.
	Entities []entity.Entity
	// Dates are the temporal expressions in text order, durations and sets included.
	Dates []entity.DateMention
	// Quotes are the quoted passages in text order, with their speakers.
	Quotes []quote.Quote
	// Reported is the reported (indirect) speech in text order: "He stated that …".
	Reported []quote.Reported
	// Credits are the bylines, photo and video credits and wire tag lines in text order, one
	// per person or organization credited. People named only in credits are not among
	// Mentions and Entities; organizations in credits are.
	Credits []entity.Credit
}

// Extractor runs the pipeline. It is safe for concurrent use by many goroutines; build it once.
type Extractor struct {
	opts   options
	stages *stages
}

// New returns an Extractor configured by opts. The model and gazetteers are shared by all
// Extractors and load once per process on first use.
func New(opts ...Option) (*Extractor, error) {
	o := defaultOptions()
	for _, f := range opts {
		f(&o)
	}
	if o.maxBytes <= 0 {
		return nil, fmt.Errorf("extract: MaxBytes must be positive, got %d", o.maxBytes)
	}
	st, err := newStages(o)
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: o, stages: st}, nil
}

var (
	defaultOnce      sync.Once
	defaultExtractor *Extractor
	defaultErr       error
)

// Text extracts from one article with the default settings: the one-call convenience.
func Text(article string, opts ...Option) (*Document, error) {
	defaultOnce.Do(func() { defaultExtractor, defaultErr = New() })
	if defaultErr != nil {
		return nil, defaultErr
	}
	return defaultExtractor.Extract(context.Background(), article, opts...)
}

// Extract runs the pipeline over article. Options given here (Published, MaxBytes) apply to this
// call only; Names applies only in New. Invalid UTF-8 is tolerated (offsets still index the
// bytes given); evidently binary input gets ErrNotText, overlong input ErrTooLarge, and a done
// context its error. On a text of 1 MB or more it runs a full garbage collection after each of
// its large stages and returns the freed memory to the system (debug.FreeOSMemory), so that a
// long document's peak memory is what its stages hold, not twice that.
func (x *Extractor) Extract(ctx context.Context, article string, opts ...Option) (*Document, error) {
	o := x.opts
	for _, f := range opts {
		f(&o)
	}
	if limit := min(o.maxBytes, math.MaxInt32); len(article) > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(article), limit)
	}
	if !looksLikeText(article) {
		return nil, ErrNotText
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return x.stages.run(ctx, article, o)
}

// looksLikeText rejects input with NUL bytes or where more than a tenth of the first 64 KiB is
// not UTF-8, as binary files are.
func looksLikeText(s string) bool {
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	bad := 0
	for i := 0; i < len(s); {
		if s[i] == 0 {
			return false
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			bad++
		}
		i += w
	}
	return bad*10 <= len(s)
}

// The text model (tokens, sentences, paragraphs) is not kept in a Document: on a long text of
// short tokens it outweighs everything else the pipeline returns. These methods compute it
// again from Text, each call anew: call once and keep the result.

// Tokens returns the tokens of Text in order, as the pipeline saw them.
func (d *Document) Tokens() []Token {
	td := text.Analyze(d.Text)
	ts := make([]Token, len(td.Tokens))
	for i, t := range td.Tokens {
		ts[i] = Token{Start: int(t.Start), End: int(t.End)}
	}
	return ts
}

// Sentences returns the sentences of Text in order, as the pipeline saw them.
func (d *Document) Sentences() []Span {
	td := text.Analyze(d.Text)
	ss := make([]Span, len(td.Sentences))
	for i, s := range td.Sentences {
		ss[i] = Span{s.Start, s.End}
	}
	return ss
}

// Paragraphs returns the paragraphs of Text in order, as the pipeline saw them.
func (d *Document) Paragraphs() []Span {
	td := text.Analyze(d.Text)
	ps := make([]Span, len(td.Paragraphs))
	for i, p := range td.Paragraphs {
		ps[i] = Span{p.Start, p.End}
	}
	return ps
}
