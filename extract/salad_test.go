package extract_test

import (
	"context"
	"math/rand"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// saladWords are the words the rules look for (titles, possessives, credits, cues, relative
// pronouns, date words, name parts, marks) and plain glue. Texts made of them at random reach
// corners that real articles seldom do: a rule's word at the very start or end of the text, a
// mark with nothing after it, a name that is only a title. Six faults (three panics, two
// speakers inside their own content, overlapping mentions) were found this way.
var saladWords = strings.Fields(`Mr Mr. Ms Dr. Sen. R-Mo., Prof Sheikh Datuk Seri Alhaji Jr. M.
	John Anna Lee Smith Ali Khan Hasina Abu Mazen Chan Tin-chu “Benhur” Seth Goldstein
	Paris Texas Nile Dhaka Bangladesh Philippine Island Lake Mount Street Avenue Stadium Hall
	University of the US Church Press Inc. Local 32BJ & Ministry Reuters Google FC Awami League
	Morningstar Rohingya Uyghurs HMS USS Commodore Internet Explorer IE6 Nikkei 225 Celtics
	's ’s ' " “ ” ‘ ’ , , , . . : ; — - ( ) /Reuters (AFP: Supplied) Photo: By Reporting Editing
	contributed reporting writer Associated Press Q: A: said says told added according to
	spokesperson spokesman for led by who which whom that he she they it him her was is the a
	and as when if in at on of court jury sorry saying asked Tue October Jan. 2025 3 Monday
	last week 1990s noon Coun. MLA Sinn Féin Mme al-Sisi Sisi Ward 14 via File ] [ Song Eon-seok
	dies rivers Darya goes by I’m Editor: © mwebb@daily.com | inaugurates urges`)

// TestWordSalad runs the pipeline over texts of random rule words and checks what
// FuzzExtract checks: no panic, and every span inside the text and on its bytes.
func TestWordSalad(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	r := rand.New(rand.NewSource(1))
	seps := []string{" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "\n", "\n\n"}
	for range n {
		var b strings.Builder
		for i := range 2 + r.Intn(14) {
			if i > 0 {
				b.WriteString(seps[r.Intn(len(seps))])
			}
			b.WriteString(saladWords[r.Intn(len(saladWords))])
		}
		src := b.String()
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("%q: panic %v", src, e)
				}
				if t.Failed() {
					t.Logf("input %q", src)
				}
			}()
			doc, err := x.Extract(context.Background(), src)
			if err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			checkSpans(t, src, doc)
		}()
	}
}
