package quote_test

import (
	"fmt"

	"github.com/newsextract/newsextract/quote"
)

// Scare quotes and titles carry no speaker; callers filter on the kind.
func ExampleKind_HasSpeaker() {
	for _, k := range []quote.Kind{quote.Direct, quote.Partial, quote.Scare, quote.Title, quote.Unattributed} {
		fmt.Println(k, k.HasSpeaker())
	}
	// Output:
	// direct true
	// partial true
	// scare false
	// title false
	// unattributed false
}
