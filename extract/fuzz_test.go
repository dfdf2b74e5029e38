package extract_test

import (
	"context"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
)

// FuzzExtract feeds arbitrary text through the whole pipeline: no panic, and every span it
// returns indexes the input and carries the input's bytes.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "“X,” he said, “Y.”", "Peskov said: “a", "April 17–21, 2022",
		"U.S. Dr. J. R. R. Tolkien’s ’90s", "\xff\xfe“’", "«a» „b“ ‹c› 「d」", "He said 'yes' and \"no\".",
		"By JANE ROE and TOM HALE, Associated Press\n(Photo: Maria Lopez/Reuters) REUTERS/Kevin Lamarque",
		"(Reporting by A B in C, D; Editing by E F)", "He ate at Denny's and Macy's. SEIU Local 32BJ and Barnes & Noble and X"} {
		f.Add(s)
	}
	f.Add(testshared.SeedArticle(f))
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := x.Extract(context.Background(), s)
		if err != nil {
			return // binary-looking input is refused with an error, which is fine
		}
		checkSpans(t, s, doc)
	})
}
