package timex

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/internal/testshared"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		name, reason, src string
		want              Ref
		ok                bool
	}{
		{"own line", "a line under the headline that is only a date", "Hackers attack website\n\nSunday, January 20, 2008\n\nWikinews has learned", Ref{2008, 1, 20}, true},
		{"first line", "the date may open the text", "Friday, January 3, 2014\n\nPreston, Victoria", Ref{2014, 1, 3}, true},
		{"in sentence", "a date inside a sentence is no dateline", "Title\n\nThe ship landed on January 15, 2006 in Utah.\n", Ref{}, false},
		{"caption", "a caption with a date is no dateline", "Title\n\nPutin and Peskov in Moscow on June 15, 2017. (Source: Getty Images)\n", Ref{}, false},
		{"month only", "a month and year is still a dateline", "Title\n\nMarch 2011\n\nText", Ref{2011, 3, 0}, true},
		{"too far down", "only the top of the article counts", strings.Repeat("line\n", 20) + "May 5, 2010\n", Ref{}, false},
		{"no year", "a date without a year gives no reference", "Title\n\nApril 21\n\nText", Ref{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, ok := Dateline(c.src)
			if d := cmp.Diff(c.want, r); d != "" || ok != c.ok {
				t.Errorf("%s\nDateline = %v, %v; want %v, %v (-want +got):\n%s", c.reason, r, ok, c.want, c.ok, d)
			}
		})
	}
}

func TestFindUsesDateline(t *testing.T) {
	src := "Crane collapse\n\nSaturday, September 12, 2015\n\nA storm yesterday caused a crane to fall."
	g := render(t, src, Find(src, Ref{}))
	want := []got{{"Saturday, September 12, 2015", Date, "2015-09-12"}, {"yesterday", Date, "2015-09-11"}}
	if d := cmp.Diff(want, g); d != "" {
		t.Errorf("without a reference the dateline resolves yesterday (-want +got):\n%s", d)
	}
}

// TestSeedArticle checks the sample article (testdata/seed-article.txt, the
// project's hand-checked example) against its four demanded dates: nothing
// missing and nothing extra. The answer's don't-care zones ("annual",
// "current", "currently", "Earlier", "now") may hold any match; anything else,
// such as the adjective "recent" in "recent statements", may not.
func TestSeedArticle(t *testing.T) {
	src := testshared.SeedArticle(t)
	for _, c := range []struct {
		name string
		ref  Ref
		want []got
	}{
		{"no reference", Ref{}, []got{{"June 15, 2017", Date, "2017-06-15"}, {"April 21", Date, "XXXX-04-21"}, {"2022", Date, "2022"}, {"April 17", Date, "XXXX-04-17"}}},
		{"reference 2025-04-22", Ref{2025, 4, 22}, []got{{"June 15, 2017", Date, "2017-06-15"}, {"April 21", Date, "2025-04-21"}, {"2022", Date, "2022"}, {"April 17", Date, "2025-04-17"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var g []got
			for _, m := range render(t, src, Find(src, c.ref)) {
				switch m.Text {
				case "annual", "current", "currently", "Earlier", "now":
					continue // don't care
				}
				g = append(g, m)
			}
			if d := cmp.Diff(c.want, g); d != "" {
				t.Errorf("sample article dates (-want +got):\n%s", d)
			}
		})
	}
}
