package extract

import (
	"time"

	"github.com/newsextract/newsextract/entity"
)

// Option configures an Extractor (in New) or one call (in Extract).
type Option func(*options)

type options struct {
	published time.Time // zero: unknown
	names     map[string]entity.Type
	maxBytes  int
}

// DefaultMaxBytes is the largest text Extract accepts unless MaxBytes says otherwise: 8 MiB,
// far above any news article. Memory grows with the text: about 25 bytes per byte of news and
// up to about 120 for text that is nothing but short quotations, so the worst case at this
// limit stays near 1 GB; raise it with MaxBytes for larger texts when memory allows.
const DefaultMaxBytes = 8 << 20

func defaultOptions() options { return options{maxBytes: DefaultMaxBytes} }

// Published sets the publication (reference) date that relative dates resolve against:
// with 2025-04-22, "April 21" is 2025-04-21 and "last week" 2025-W16. Without it, Extract uses
// the article's dateline if it has one, and otherwise leaves unknown parts unknown
// ("XXXX-04-21"); it never uses the machine's clock.
func Published(t time.Time) Option {
	return func(o *options) { o.published = t }
}

// PublishedDate is Published for a date written YYYY-MM-DD, as command lines and JSON records
// give it. An empty string sets nothing; a malformed date is an error.
func PublishedDate(s string) (Option, error) {
	if s == "" {
		return func(*options) {}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil, err
	}
	return Published(t), nil
}

// Names adds names the tagger should know, such as the organizations a newsroom tracks:
// each name (as written, e.g. "Acme Widgets") is tagged with its type wherever it appears.
// Only Person, Org and Place are meaningful.
func Names(names map[string]entity.Type) Option {
	return func(o *options) {
		// a new map each time: Extract copies an Extractor's options, and writing into the
		// map it shares would race with other calls
		merged := make(map[string]entity.Type, len(o.names)+len(names))
		for n, t := range o.names {
			merged[n] = t
		}
		for n, t := range names {
			merged[n] = t
		}
		o.names = merged
	}
}

// MaxBytes sets the largest text Extract accepts; longer texts get ErrTooLarge. Texts of 2 GiB
// or more are refused whatever it says: the stages keep offsets in 32 bits where they hold
// one record per quotation.
func MaxBytes(n int) Option {
	return func(o *options) { o.maxBytes = n }
}
