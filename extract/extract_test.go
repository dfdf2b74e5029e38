package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the pipeline's output")

// TestGolden pins the pipeline's whole output on the sample article. A person checked the golden
// file once; after that it guards against silent change. Run with -update after an intended
// change and read the diff.
func TestGolden(t *testing.T) {
	src := testshared.SeedArticle(t)
	doc, err := extract.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const path = "../testdata/seed-article.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -run Golden -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("output changed on the sample article (-want +got); if intended, run with -update:\n%s", d)
	}
}

// handChecked is the part of testdata/seed-article.gold.json the test reads.
type handChecked struct {
	Entities []struct {
		Start, End int
		Text, Type string
		Value      string
	}
	Quotes []struct {
		Start, End    int
		Text, Speaker string
		SpeakerStart  int `json:"speaker_start"`
	}
}

// TestAgainstHandChecked compares the pipeline with the hand-checked answer for the sample
// article: nothing missing, nothing extra, for names, dates and quotations.
func TestAgainstHandChecked(t *testing.T) {
	src := testshared.SeedArticle(t)
	b, err := os.ReadFile("../testdata/seed-article.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold handChecked
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("names", func(t *testing.T) {
		var want, got []string
		for _, e := range gold.Entities {
			if e.Type == "PERSON" || e.Type == "ORG" || e.Type == "PLACE" {
				want = append(want, fmt.Sprintf("%d-%d %s %s", e.Start, e.End, e.Type, e.Text))
			}
		}
		for _, m := range doc.Mentions {
			got = append(got, fmt.Sprintf("%d-%d %s %s", m.Start, m.End, m.Type, doc.Text[m.Start:m.End]))
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("name mentions (-want +got):\n%s", d)
		}
	})
	t.Run("dates", func(t *testing.T) {
		var want, got []string
		var dontCare [][2]int
		for _, e := range gold.Entities {
			switch e.Type {
			case "DATE", "TIME":
				want = append(want, fmt.Sprintf("%d-%d %s %s", e.Start, e.End, e.Text, e.Value))
			case "DURATION", "SET":
				dontCare = append(dontCare, [2]int{e.Start, e.End})
			}
		}
	dates:
		for _, d := range doc.Dates {
			if d.Type != entity.Date && d.Type != entity.Time {
				continue
			}
			for _, dc := range dontCare {
				if d.Start < dc[1] && dc[0] < d.End {
					continue dates
				}
			}
			got = append(got, fmt.Sprintf("%d-%d %s %s", d.Start, d.End, d.Text, d.Value))
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("dates (-want +got):\n%s", d)
		}
	})
	t.Run("quotes", func(t *testing.T) {
		var want, got []string
		for _, q := range gold.Quotes {
			want = append(want, fmt.Sprintf("%d-%d %q by %s @%d", q.Start, q.End, q.Text, q.Speaker, q.SpeakerStart))
		}
		for _, q := range doc.Quotes {
			if q.Kind.HasSpeaker() {
				got = append(got, fmt.Sprintf("%d-%d %q by %s @%d", q.Start, q.End, doc.Text[q.Start:q.End], q.Speaker, q.SpeakerStart))
			}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("quotes (-want +got):\n%s", d)
		}
	})
}

// checkSpans verifies that every span of doc indexes src and carries the text it says.
func checkSpans(t *testing.T, src string, doc *extract.Document) {
	t.Helper()
	in := func(what string, s, e int, text string) {
		if s < 0 || e < s || e > len(src) {
			t.Fatalf("%s [%d,%d) out of bounds (len %d)", what, s, e, len(src))
		}
		if text != src[s:e] {
			t.Fatalf("%s [%d,%d) text %q, bytes %q", what, s, e, text, src[s:e])
		}
	}
	if doc.Text != src {
		t.Fatal("Document.Text differs from the input")
	}
	for _, tk := range doc.Tokens() {
		in("token", tk.Start, tk.End, src[tk.Start:tk.End])
	}
	prev := 0
	bounds := func(what string, s, e int) {
		if s < 0 || e < s || e > len(src) {
			t.Fatalf("%s [%d,%d) out of bounds (len %d)", what, s, e, len(src))
		}
	}
	for _, m := range doc.Mentions {
		bounds("mention", m.Start, m.End)
		if m.Start < prev {
			t.Fatalf("mention %q at %d overlaps or precedes the one before (ends %d)", src[m.Start:m.End], m.Start, prev)
		}
		prev = m.End
	}
	for i, e := range doc.Entities {
		for _, m := range e.Mentions {
			bounds("entity mention", m.Start, m.End)
		}
		if e.ID != i {
			t.Fatalf("entity %d has ID %d", i, e.ID)
		}
		for _, m := range e.Members {
			if m < 0 || m >= i || doc.Entities[m].Members != nil {
				t.Fatalf("group entity %d (%q) lists member %d, not an earlier single entity", i, e.Name, m)
			}
		}
	}
	for _, s := range doc.Sources() {
		if s.Entity < -1 || s.Entity >= len(doc.Entities) || s.Direct+s.Reported == 0 {
			t.Fatalf("source %+v: no such entity, or never quoted", s)
		}
	}
	for _, c := range doc.Credits {
		in("credit", c.Start, c.End, c.Text)
		if c.PersonStart >= 0 {
			in("credited person", c.PersonStart, c.PersonEnd, c.Person)
		}
		if c.OrgStart >= 0 {
			in("credited organization", c.OrgStart, c.OrgEnd, c.Org)
		}
		if c.PersonStart < 0 && c.OrgStart < 0 {
			t.Fatalf("credit %q names nobody", c.Text)
		}
	}
	prev = 0
	for _, d := range doc.Dates {
		in("date", d.Start, d.End, d.Text)
		if d.Start < prev {
			t.Fatalf("date %q at %d overlaps or precedes the one before (ends %d)", d.Text, d.Start, prev)
		}
		prev = d.End
	}
	prev = 0
	for _, q := range doc.Quotes {
		in("quote", q.Start, q.End, src[q.Start:q.End])
		if q.Start < prev {
			t.Fatalf("quote %q at %d overlaps or precedes the one before (ends %d)", src[q.Start:q.End], q.Start, prev)
		}
		prev = q.End
		if q.SpeakerStart >= 0 {
			in("speaker", q.SpeakerStart, q.SpeakerEnd, src[q.SpeakerStart:q.SpeakerEnd])
		}
		if q.CueStart >= 0 {
			in("cue", q.CueStart, q.CueEnd, src[q.CueStart:q.CueEnd])
		}
	}
	for _, r := range doc.Reported {
		in("reported", r.Start, r.End, src[r.Start:r.End])
		if r.SpeakerStart >= 0 {
			in("reported speaker", r.SpeakerStart, r.SpeakerEnd, src[r.SpeakerStart:r.SpeakerEnd])
		}
		if r.CueStart >= 0 {
			in("reported cue", r.CueStart, r.CueEnd, src[r.CueStart:r.CueEnd])
		}
	}
}

func TestBadInput(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sample := testshared.SeedArticle(t)
	tests := []struct {
		name, reason, in string
		wantErr          error
	}{
		{"empty", "no text is an empty result, not an error", "", nil},
		{"only space", "white space alone has nothing to find", " \n\u00a0\t\n", nil},
		{"invalid utf8", "stray invalid bytes are tolerated and keep their offsets",
			strings.Replace(sample, "Kremlin", "Krem\xfflin", 1) + "\xc3", nil},
		{"binary", "a NUL byte marks a binary file", "PK\x03\x04\x00\x00binary", extract.ErrNotText},
		{"mostly invalid", "mostly non-UTF-8 bytes are not text", strings.Repeat("\xff\xfe\x80", 100), extract.ErrNotText},
		{"unmatched quotes", "a stray quotation mark must not swallow the article",
			"He said “this is unclosed.\n\nNext paragraph “with” more.", nil},
		{"many marks", "a long run of marks and apostrophes",
			strings.Repeat("“’'\"«»„", 2000), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract(ctx, tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("%s: error %v, want %v", tt.reason, err, tt.wantErr)
			}
			if err == nil {
				checkSpans(t, tt.in, doc)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	x, err := extract.New(extract.MaxBytes(100))
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Extract(context.Background(), strings.Repeat("a ", 100))
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("200 bytes over a 100-byte limit: error %v, want ErrTooLarge", err)
	}
	// the default limit holds too: one byte over it is refused before any work
	if _, err := extract.Text(strings.Repeat("a", extract.DefaultMaxBytes+1)); !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("one byte over DefaultMaxBytes: error %v, want ErrTooLarge", err)
	}
	if _, err := extract.New(extract.MaxBytes(0)); err == nil {
		t.Fatal("MaxBytes(0) accepted")
	}
}

// TestHugeArticle runs a 30 MB article through the pipeline: it must finish with a result.
func TestHugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 30 MB article in -short mode")
	}
	sample := testshared.SeedArticle(t)
	var b strings.Builder
	for b.Len() < 30<<20 {
		b.WriteString(sample)
		b.WriteString("\n\n")
	}
	src := b.String()
	doc, err := extract.Text(src, extract.MaxBytes(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	one, _ := extract.Text(sample)
	copies := len(src) / (len(sample) + 2)
	if len(doc.Quotes) < copies*len(one.Quotes) || len(doc.Mentions) < copies*len(one.Mentions)/2 {
		t.Errorf("30 MB of %d copies: %d quotes, %d mentions; one copy has %d and %d",
			copies, len(doc.Quotes), len(doc.Mentions), len(one.Quotes), len(one.Mentions))
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x, _ := extract.New()
	if _, err := x.Extract(ctx, "Some text."); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: error %v", err)
	}
}

// TestCancelMidway cancels the context while Extract works on a 16 MB article: Extract must stop
// with the context's error rather than run to the end and return a document.
func TestCancelMidway(t *testing.T) {
	sample := testshared.SeedArticle(t)
	src := strings.Repeat(sample+"\n\n", 16<<20/(len(sample)+2))
	x, err := extract.New(extract.MaxBytes(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	// A few milliseconds in, the text is still being tokenized or tagged: 16 MB takes seconds.
	stop := time.AfterFunc(5*time.Millisecond, cancel)
	defer stop.Stop()
	doc, err := x.Extract(ctx, src)
	if !errors.Is(err, context.Canceled) || doc != nil {
		t.Fatalf("cancelled midway: error %v, document %v; want context.Canceled and no document", err, doc != nil)
	}
}

// TestConcurrent uses one Extractor from many goroutines; each must get the same answer.
// TestConcurrentNames calls an Extractor built with Names from many goroutines that each pass
// Names again (which Extract ignores). Under `go test -race` it fails if a call writes into the
// Extractor's own options, as it once did.
func TestConcurrentNames(t *testing.T) {
	x, err := extract.New(extract.Names(map[string]entity.Type{"Acme Widgets": entity.Org}))
	if err != nil {
		t.Fatal(err)
	}
	const src = "Acme Widgets said so."
	want, _ := x.Extract(context.Background(), src)
	wantJSON, _ := json.Marshal(want)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			extra := extract.Names(map[string]entity.Type{fmt.Sprintf("Corp %d", i): entity.Org})
			doc, err := x.Extract(context.Background(), src, extra)
			if err != nil {
				errs <- err.Error()
				return
			}
			if b, _ := json.Marshal(doc); !bytes.Equal(b, wantJSON) {
				errs <- "per-call Names changed the result"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestConcurrent(t *testing.T) {
	src := testshared.SeedArticle(t)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := x.Extract(context.Background(), src)
	wantJSON, _ := json.Marshal(want)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := x.Extract(context.Background(), src)
			if err != nil {
				errs <- err.Error()
				return
			}
			if b, _ := json.Marshal(doc); !bytes.Equal(b, wantJSON) {
				errs <- "concurrent result differs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestUserNames(t *testing.T) {
	src := "Officials at Zorblatt Widgets said on Monday that Qwxv Plorn would lead Zorblatt Widgets."
	x, err := extract.New(extract.Names(map[string]entity.Type{"Zorblatt Widgets": entity.Org, "Qwxv Plorn": entity.Person}))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Type.String()+" "+doc.Text[m.Start:m.End])
	}
	want := []string{"ORG Zorblatt Widgets", "PERSON Qwxv Plorn", "ORG Zorblatt Widgets"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("user-listed names are tagged wherever they appear (-want +got):\n%s", d)
	}
	if len(doc.Entities) != 2 {
		t.Errorf("two user names, %d entities: %+v", len(doc.Entities), doc.Entities)
	}
	if _, err := extract.New(extract.Names(map[string]entity.Type{"x": entity.Date})); err == nil {
		t.Error("a DATE user name was accepted")
	}
}

// TestJSONFormat checks the evaluation format: offsets, types, values, null speakers.
func TestJSONFormat(t *testing.T) {
	src := testshared.SeedArticle(t)
	doc, err := extract.Text(src, extract.Published(time.Date(2025, 4, 22, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(doc)
	var v struct {
		Published string
		Entities  []struct {
			Start, End int
			Type, Text string
		}
		Quotes []struct {
			Start, End   int
			Text         string
			Speaker      *string
			SpeakerStart *int `json:"speaker_start"`
		}
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if v.Published != "2025-04-22" {
		t.Errorf("published %q", v.Published)
	}
	if !sort.SliceIsSorted(v.Entities, func(i, j int) bool { return v.Entities[i].Start < v.Entities[j].Start }) {
		t.Error("entities not in text order")
	}
	for _, e := range v.Entities {
		if src[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at [%d,%d) holds %q", e.Text, e.Start, e.End, src[e.Start:e.End])
		}
	}
	for _, q := range v.Quotes {
		if (q.Speaker == nil) != (q.SpeakerStart == nil) && q.Speaker == nil {
			t.Errorf("quote %q has a speaker span but no speaker", q.Text)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	src := testshared.SeedArticle(b)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(ctx, src)
	}
}

// TestTextModel checks the tokens, sentences and paragraphs a Document computes from its text:
// the words as written, a sentence per full stop, a paragraph per blank line.
func TestTextModel(t *testing.T) {
	tests := []struct {
		name, reason, in      string
		words                 []string
		sentences, paragraphs []string
	}{
		{"empty", "no text has no tokens", "", nil, nil, nil},
		{"two paragraphs", "a blank line ends a paragraph, a full stop a sentence",
			"Peskov spoke. He left.\n\nRain fell.",
			[]string{"Peskov", "spoke", ".", "He", "left", ".", "Rain", "fell", "."},
			[]string{"Peskov spoke.", "He left.", "Rain fell."},
			[]string{"Peskov spoke. He left.", "Rain fell."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Text(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			var words, sentences, paragraphs []string
			for _, tk := range doc.Tokens() {
				words = append(words, tt.in[tk.Start:tk.End])
			}
			for _, s := range doc.Sentences() {
				sentences = append(sentences, tt.in[s.Start:s.End])
			}
			for _, p := range doc.Paragraphs() {
				paragraphs = append(paragraphs, tt.in[p.Start:p.End])
			}
			if d := cmp.Diff(tt.words, words); d != "" {
				t.Errorf("%s: tokens (-want +got):\n%s", tt.reason, d)
			}
			if d := cmp.Diff(tt.sentences, sentences); d != "" {
				t.Errorf("%s: sentences (-want +got):\n%s", tt.reason, d)
			}
			if d := cmp.Diff(tt.paragraphs, paragraphs); d != "" {
				t.Errorf("%s: paragraphs (-want +got):\n%s", tt.reason, d)
			}
		})
	}
}
