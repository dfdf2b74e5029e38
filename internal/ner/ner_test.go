package ner

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/internal/text"
)

func TestEmbeddedModelLoads(t *testing.T) {
	start := time.Now()
	m, err := decodeModel(embedded)
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	t.Logf("model: %d bytes, %d features, %d weights, %d lexicon slots, loaded in %v",
		len(embedded), len(m.slots)/2, len(m.ents), len(m.lex.keys), time.Since(start))
	if len(m.ents) == 0 {
		t.Fatal("embedded model has no weights")
	}
	if Default().m == nil || len(Default().m.ents) == 0 {
		t.Fatal("Default() has no model")
	}
}

type span struct {
	Text  string
	Label string
}

func tagSpans(src string) []span {
	var got []span
	for _, m := range Default().Tag(text.Analyze(src)) {
		if m.Label == Misc {
			continue
		}
		got = append(got, span{src[m.Start:m.End], m.Label.String()})
	}
	return got
}

func TestTagSentences(t *testing.T) {
	tests := []struct {
		name, reason string
		src          string
		want         []span
	}{
		{
			name:   "spokesperson",
			reason: "a role noun before a full name; a country as subject",
			src:    "Kremlin spokesperson Dmitry Peskov said Russia is satisfied.",
			want:   []span{{"Kremlin", "Org"}, {"Dmitry Peskov", "Person"}, {"Russia", "Place"}},
		},
		{
			name:   "possessive",
			reason: "the possessive ’s is not part of the name",
			src:    "Germany’s chancellor met officials from Siemens in Berlin on Monday.",
			want:   []span{{"Germany", "Place"}, {"Siemens", "Org"}, {"Berlin", "Place"}},
		},
		{
			name:   "title-case headline",
			reason: "capitals on a Title-Case line say nothing; the body shows how its words are written",
			src: "Kremlin Says It Is “Satisfied” With US Signals Ruling Out Ukraine’s NATO Membership\n\n" +
				"The Kremlin welcomed comments by US officials that rule out NATO membership for Ukraine.",
			want: []span{{"Kremlin", "Org"}, {"US", "Place"}, {"Ukraine", "Place"}, {"NATO", "Org"},
				{"Kremlin", "Org"}, {"US", "Place"}, {"NATO", "Org"}, {"Ukraine", "Place"}},
		},
		{
			name:   "all-caps headline",
			reason: "ALL-CAPS lines (wire headlines) still give their names",
			src:    "PUTIN MEETS MERKEL IN BERLIN\nRussian President Vladimir Putin met Angela Merkel in Berlin.",
			want:   []span{{"PUTIN", "Person"}, {"MERKEL", "Person"}, {"BERLIN", "Place"}, {"Vladimir Putin", "Person"}, {"Angela Merkel", "Person"}, {"Berlin", "Place"}},
		},
		{
			name:   "page furniture",
			reason: "capitalized navigation words on lines of their own are no names",
			src:    "Category\nLatest news\n\n2 min read\nAuthors\n\nSee all",
			want:   nil,
		},
		{
			name:   "repeated surname",
			reason: "a surname mentioned alone after the full name stays a person",
			src:    "Angela Merkel spoke in Hamburg. Later, Merkel told reporters she was pleased.",
			want:   []span{{"Angela Merkel", "Person"}, {"Hamburg", "Place"}, {"Merkel", "Person"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tagSpans(tc.src)); diff != "" {
				t.Errorf("%s\n%q: (-want +got)\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

func TestWithNames(t *testing.T) {
	tests := []struct {
		name, reason string
		names        map[string]gazetteer.Kind
		src          string
		want         []span
	}{
		{
			name:   "tracked organization",
			reason: "a newsroom's own organization is tagged Org even where the model sees none",
			names:  map[string]gazetteer.Kind{"Quorvex Pelligrand": gazetteer.Company},
			src:    "Shares of Quorvex Pelligrand fell after Dmitry Peskov spoke.",
			want:   []span{{"Quorvex Pelligrand", "Org"}, {"Dmitry Peskov", "Person"}},
		},
		{
			name:   "no names",
			reason: "an empty layer changes nothing",
			names:  map[string]gazetteer.Kind{},
			src:    "Dmitry Peskov spoke in Moscow.",
			want:   []span{{"Dmitry Peskov", "Person"}, {"Moscow", "Place"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg := Default().WithNames(gazetteer.NewLayer(tc.names))
			d := text.Analyze(tc.src)
			ms := tg.Tag(d)
			checkMentions(t, d, ms)
			var got []span
			for _, m := range ms {
				got = append(got, span{tc.src[m.Start:m.End], m.Label.String()})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n%q: (-want +got)\n%s", tc.reason, tc.src, diff)
			}
		})
	}
}

// checkMentions verifies the invariants every tagging must keep.
func checkMentions(t *testing.T, d *text.Doc, ms []Mention) {
	t.Helper()
	prevEnd, prevLast := 0, 0
	for _, m := range ms {
		if m.First < prevLast || m.First >= m.Last || m.Last > len(d.Tokens) {
			t.Fatalf("bad token range %+v (previous ended at %d, %d tokens)", m, prevLast, len(d.Tokens))
		}
		if m.Start < prevEnd || m.Start >= m.End || m.End > len(d.Src) {
			t.Fatalf("bad byte range %+v (previous ended at %d)", m, prevEnd)
		}
		if m.Start != d.Tokens[m.First].Start || m.End != d.Tokens[m.Last-1].End {
			t.Fatalf("mention %+v not on token boundaries", m)
		}
		if m.Label < Person || m.Label > Misc {
			t.Fatalf("bad label %+v", m)
		}
		prevEnd, prevLast = m.End, m.Last
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"", "Dmitry Peskov said.", "A\n\nB C D\xff E", "U.S. - based IBM ’s", strings.Repeat("Paris ", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := text.Analyze(src)
		checkMentions(t, d, Default().Tag(d))
	})
}

func TestSeedArticle(t *testing.T) {
	src, err := os.ReadFile(testshared.Path(t, "gold/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(string(src))
	checkMentions(t, d, Default().Tag(d))
}

// TestConllDev is the regression test: micro-F1 over PERSON/ORG/PLACE on CoNLL-2003 dev
// must not fall below what the committed model reaches.
func TestConllDev(t *testing.T) {
	const minF1 = 0.94
	f, err := os.Open(testshared.Path(t, "eval/dev/conll-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadJSONL(f)
	if err != nil {
		t.Fatal(err)
	}
	names := map[Label]string{Person: "PERSON", Org: "ORG", Place: "PLACE", Misc: "MISC"}
	var pred []eval.Record
	for _, g := range gold {
		if !utf8.ValidString(g.Text) {
			t.Fatalf("%s: invalid UTF-8", g.ID)
		}
		p := eval.Record{ID: g.ID}
		d := text.Analyze(g.Text)
		ms := Default().Tag(d)
		checkMentions(t, d, ms)
		for _, m := range ms {
			p.Entities = append(p.Entities, eval.Entity{Start: m.Start, End: m.End, Type: names[m.Label]})
		}
		pred = append(pred, p)
	}
	rep := eval.Score(gold, pred)
	micro := rep.Entities["micro"]
	if micro.F1 == nil || *micro.F1 < minF1 {
		t.Fatalf("CoNLL dev micro-F1 %v below %.3f\n%s", micro.F1, minF1, rep.Format())
	}
	t.Logf("CoNLL dev: %s", rep.Summary)
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeModel(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func benchTag(b *testing.B, src string) {
	d := text.Analyze(src)
	tg := Default()
	var ms []Mention
	ms = tg.AppendTag(ms[:0], d)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ms = tg.AppendTag(ms[:0], d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagSeed(b *testing.B) {
	src, err := os.ReadFile(testshared.Path(b, "gold/seed-article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, string(src))
}

func BenchmarkTagGUM(b *testing.B) {
	f, err := os.Open(testshared.Path(b, "eval/dev/gum-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	recs, err := eval.ReadJSONL(f)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, r := range recs {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	benchTag(b, sb.String())
}
