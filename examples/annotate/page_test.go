package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/quote"
)

// element is one highlighted piece found in the page's article.
type element struct {
	id, class string
	attrs     map[string]string
	text      string // the unescaped text inside it
}

var attrRE = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)

// parseArticle reads the markup between <article id="article"> and </article>. It checks that
// the only tags are <span ...> and </span> and that they nest, and returns the article's text
// (unescaped) and each span piece with the text inside it.
func parseArticle(t *testing.T, page string) (string, []element) {
	t.Helper()
	const open, close = `<article id="article">`, `</article>`
	i, j := strings.Index(page, open), strings.LastIndex(page, close)
	if i < 0 || j < i {
		t.Fatal("no article element in the page")
	}
	s := page[i+len(open) : j]
	var text strings.Builder
	var stack []int // indices into pieces of the open spans
	var pieces []element
	for s != "" {
		if s[0] != '<' {
			k := strings.IndexByte(s, '<')
			if k < 0 {
				k = len(s)
			}
			if strings.ContainsAny(s[:k], ">\"\r") { // an HTML parser turns a raw \r into \n
				t.Fatalf("unescaped character in text %q", s[:k])
			}
			u := html.UnescapeString(s[:k])
			text.WriteString(u)
			for _, p := range stack {
				pieces[p].text += u
			}
			s = s[k:]
			continue
		}
		k := strings.IndexByte(s, '>')
		if k < 0 {
			t.Fatalf("unterminated tag %q", s)
		}
		tag := s[:k+1]
		s = s[k+1:]
		switch {
		case tag == "</span>":
			if len(stack) == 0 {
				t.Fatal("</span> with no open span")
			}
			stack = stack[:len(stack)-1]
		case strings.HasPrefix(tag, "<span "):
			e := element{attrs: map[string]string{}}
			for _, m := range attrRE.FindAllStringSubmatch(tag, -1) {
				e.attrs[m[1]] = html.UnescapeString(m[2])
			}
			e.id, e.class = e.attrs["data-id"], e.attrs["class"]
			stack = append(stack, len(pieces))
			pieces = append(pieces, e)
		default:
			t.Fatalf("unexpected tag %q in the article", tag)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("%d spans left open", len(stack))
	}
	return text.String(), pieces
}

// checkPage checks the page for doc: every byte of the text once, each highlighted span's
// pieces together holding exactly its text, the counts of names, dates, quotations and reported
// clauses equal to the Document's, every speaker link pointing at a highlighted mention, and
// nothing fetched from elsewhere.
func checkPage(t *testing.T, doc *extract.Document) {
	t.Helper()
	var b bytes.Buffer
	if err := writePage(&b, "test <page>", doc); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{" src=", " href=", "@import", "url(", "<link", "<iframe"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q: it must load nothing", bad)
		}
	}
	text, pieces := parseArticle(t, page)
	if text != doc.Text {
		t.Errorf("article text differs from the input (-want +got):\n%s", cmp.Diff(doc.Text, text))
	}
	byID := map[string]string{}
	var order []string
	at := map[string]bool{}
	for _, p := range pieces {
		if _, ok := byID[p.id]; !ok {
			order = append(order, p.id)
		}
		byID[p.id] += p.text
		if a, ok := p.attrs["data-at"]; ok {
			at[a] = true
		}
	}
	count := map[string]int{}
	for _, id := range order {
		count[id[:1]]++
	}
	names := 0
	for _, e := range doc.Entities {
		names += len(e.Mentions)
	}
	for _, m := range doc.Mentions {
		if m.Entity < 0 {
			names++
		}
	}
	want := map[string]int{"m": names, "d": len(doc.Dates), "q": len(doc.Quotes), "r": len(doc.Reported)}
	got := map[string]int{"m": count["m"], "d": count["d"], "q": count["q"], "r": count["r"]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("highlighted spans by kind (-want +got):\n%s", diff)
	}
	wantText := map[string]string{}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			wantText[fmt.Sprintf("m%d-%d", m.Start, m.End)] = doc.Text[m.Start:m.End]
		}
	}
	for i, d := range doc.Dates {
		wantText[fmt.Sprintf("d%d", i)] = d.Text
	}
	for i, q := range doc.Quotes {
		wantText[fmt.Sprintf("q%d", i)] = doc.Text[q.Start:q.End]
	}
	for i, r := range doc.Reported {
		wantText[fmt.Sprintf("r%d", i)] = doc.Text[r.Start:r.End]
	}
	for id, w := range wantText {
		if byID[id] != w {
			t.Errorf("span %s holds %q, want %q", id, byID[id], w)
		}
	}
	for _, p := range pieces {
		if spk, ok := p.attrs["data-spk"]; ok && !at[spk] {
			t.Errorf("%s points at speaker %s, which is not highlighted", p.id, spk)
		}
	}
}

func TestPageSampleArticle(t *testing.T) {
	doc, err := extract.Text(testshared.SeedArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) == 0 || len(doc.Dates) == 0 || len(doc.Reported) == 0 {
		t.Fatalf("the sample article should have quotes, dates and reported speech: %d, %d, %d", len(doc.Quotes), len(doc.Dates), len(doc.Reported))
	}
	checkPage(t, doc)
}

// TestPageSpans checks the markup on hand-made documents whose spans cross, coincide, fall
// outside the text or hold characters that must be escaped.
func TestPageSpans(t *testing.T) {
	attr := func(start, end, e int) quote.Attribution {
		return quote.Attribution{Speaker: "Ann Lee", SpeakerStart: start, SpeakerEnd: end, Entity: e, CueStart: -1, CueEnd: -1}
	}
	mention := func(text string, start, end int, typ entity.Type, e int) entity.Mention {
		return entity.Mention{Start: start, End: end, Type: typ, Entity: e}
	}
	tests := []struct {
		name, reason string
		doc          func() *extract.Document
	}{{
		name:   "quote crosses reported",
		reason: "a quotation that runs past the end of the reported clause around it is split, not left overlapping",
		doc: func() *extract.Document {
			text := `Ann Lee said that it "aligns with Bob's view." Then more.`
			d := &extract.Document{Text: text}
			d.Entities = []entity.Entity{{ID: 0, Name: "Ann Lee", Type: entity.Person, Mentions: []entity.Mention{mention(text, 0, 7, entity.Person, 0)}}}
			d.Mentions = d.Entities[0].Mentions
			d.Quotes = []quote.Quote{{Start: 22, End: 45, Kind: quote.Partial, Attribution: attr(0, 7, 0)}}
			d.Reported = []quote.Reported{{Start: 18, End: 44, Attribution: attr(0, 7, 0)}}
			return d
		},
	}, {
		name:   "name crosses quote end",
		reason: "a name that starts inside a quotation and ends outside it is split into two pieces",
		doc: func() *extract.Document {
			text := `He said "New York" City is big.`
			d := &extract.Document{Text: text}
			d.Mentions = []entity.Mention{mention(text, 9, 23, entity.Place, -1)}
			d.Quotes = []quote.Quote{{Start: 3, End: 12, Kind: quote.Scare, Attribution: quote.Attribution{SpeakerStart: -1, SpeakerEnd: -1, Entity: -1, CueStart: -1, CueEnd: -1}}}
			return d
		},
	}, {
		name:   "same span twice",
		reason: "a date and a name on the same bytes, and a non-name speaker, each get their own element",
		doc: func() *extract.Document {
			text := "May said on May 5 that rates rise, the bank said."
			d := &extract.Document{Text: text}
			d.Mentions = []entity.Mention{mention(text, 12, 15, entity.Person, -1)}
			d.Dates = []entity.DateMention{{Start: 12, End: 17, Text: text[12:17], Type: entity.Date, Value: "XXXX-05-05", RangeWith: -1}, {Start: 12, End: 15, Text: text[12:15], Type: entity.Date, Value: "XXXX-05", RangeWith: 0}}
			d.Reported = []quote.Reported{{Start: 23, End: 33, Attribution: quote.Attribution{Speaker: "the bank", SpeakerStart: 35, SpeakerEnd: 43, Entity: -1, CueStart: -1, CueEnd: -1}}}
			return d
		},
	}, {
		name:   "escaping",
		reason: "markup characters, carriage returns and invalid UTF-8 in the text come back byte for byte",
		doc: func() *extract.Document {
			text := "<b>A&B</b> \"x\" 'y'\r\nZ\xff\xfe end"
			d := &extract.Document{Text: text}
			d.Mentions = []entity.Mention{mention(text, 3, 6, entity.Org, -1)}
			return d
		},
	}, {
		name:   "out of range",
		reason: "spans outside the text or empty are left out instead of panicking",
		doc: func() *extract.Document {
			text := "short"
			d := &extract.Document{Text: text}
			d.Dates = []entity.DateMention{{Start: 3, End: 99, Type: entity.Date, RangeWith: 7}, {Start: 2, End: 2, Type: entity.Date, RangeWith: -1}}
			return d
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tc.doc()
			if tc.name == "out of range" {
				var b bytes.Buffer
				if err := writePage(&b, "x", doc); err != nil {
					t.Fatal(err)
				}
				text, pieces := parseArticle(t, b.String())
				if text != doc.Text || len(pieces) != 0 {
					t.Errorf("got text %q and %d pieces, want %q and none", text, len(pieces), doc.Text)
				}
				return
			}
			checkPage(t, doc)
		})
	}
}

// TestPageExtracted runs the extractor on texts with a name inside a quotation and checks the
// page it makes.
func TestPageExtracted(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		`“Talks with Ukraine on May 3 went well,” Dmitry Peskov said. He added that Moscow “remains open”.`,
		"",
		`Nothing & nobody <here>.`,
	} {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkPage(t, doc)
	}
}

// TestQuotedPanel checks that the panel lists who is quoted as Document.Sources counts them:
// thoughts are no quotation, a split quotation counts once, most quoted first.
func TestQuotedPanel(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), "Ana Ruiz said the plan would work. “It is a good plan,” Ruiz said. “We start now,” she added. "+
		"Tom Hale believes the plan will fail. “It will not,” Hale said, “and we know it.”")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writePage(&b, "x", doc); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	list := page[strings.Index(page, `<ul class="quoted">`):]
	list = list[:strings.Index(list, "</ul>")]
	got := regexp.MustCompile(`<span class="name">([^<]*)</span> <span class="count">(\d+)</span> <small>quotations?, (\d+) reported`).FindAllStringSubmatch(list, -1)
	var rows, want []string
	for _, m := range got {
		rows = append(rows, m[1]+" "+m[2]+" "+m[3])
	}
	for _, s := range doc.Sources() {
		want = append(want, fmt.Sprintf("%s %d %d", html.EscapeString(s.Name), s.Direct, s.Reported))
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("panel rows (-Sources +page):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Ana Ruiz 2 1", "Tom Hale 1 0"}, rows); diff != "" {
		t.Errorf("who is quoted: two quotations and a report for Ana Ruiz; Tom Hale's belief is no quotation and his split quotation counts once (-want +got):\n%s", diff)
	}
}
