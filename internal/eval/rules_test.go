package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormValue(t *testing.T) {
	tests := []struct {
		name, reason, in, want string
	}{
		{"unknown month and day", "1995-XX-XX means the year 1995", "1995-XX-XX", "1995"},
		{"unknown day", "1949-XX means 1949", "1949-XX", "1949"},
		{"decade", "199X is the decade written 199", "199X", "199"},
		{"century", "19XX is the century 19", "19XX", "19"},
		{"one-digit week", "2000-W7 is week 07", "2000-W7", "2000-W07"},
		{"one-digit week with day", "a week followed by more parts is padded too", "2000-W7-3", "2000-W07-3"},
		{"two-digit week kept", "W12 needs no padding", "1998-W12", "1998-W12"},
		{"whole hour", "T17 is T17:00", "XXXX-XX-XXT17", "XXXX-XX-XXT17:00"},
		{"zero seconds", "seconds of zero are dropped", "2017-06-15T10:30:00.000", "2017-06-15T10:30"},
		{"case and spaces", "lower case and spaces do not change the meaning", " present_ref ", "PRESENT_REF"},
		{"X in the middle stays", "only trailing unknown parts go", "XXXX-04-21", "XXXX-04-21"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := normValue(tc.in, true)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("normValue(%q) (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestValueOK(t *testing.T) {
	tests := []struct {
		name, reason, gold, pred string
		wildcard, want           bool
	}{
		{"trailing unknowns", "1995 says what 1995-XX-XX says", "1995-XX-XX", "1995", false, true},
		{"time of day on the right day", "a time added to the right day is right", "1998-10-02", "1998-10-02TNI", false, true},
		{"time of day on the wrong day", "the day still has to be right", "1998-10-02", "1998-10-03T10:00", false, false},
		{"gold time kept", "a gold with a time needs the time", "1998-10-02T17:00", "1998-10-02", false, false},
		{"resolved X with date", "with a publication date an X is any digit", "1989-WXX", "1989-W12", true, true},
		{"resolved X without date", "without one no digit may be invented", "1989-WXX", "1989-W12", false, false},
		{"invented year", "XXXX-04-21 must stay as it is without a date", "XXXX-04-21", "2025-04-21", false, false},
		{"X needs a digit", "an X in the gold is a digit, not a letter", "XXXX-04-21", "ABCD-04-21", true, false},
		{"length must agree", "a resolved value has the gold's length", "XXXX-04", "2016-04-21", true, false},
		{"wrong day", "different days differ", "2017-06-15", "2017-06-16", true, false},
		{"empty prediction", "no value is never right", "2017", "", true, false},
		{"empty gold", "a gold without value matches nothing", "", "2017", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := valueOK(tc.gold, tc.pred, tc.wildcard); got != tc.want {
				t.Errorf("valueOK(%q, %q, %v) = %v, want %v (%s)", tc.gold, tc.pred, tc.wildcard, got, tc.want, tc.reason)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             []string
	}{
		{"possessive curly", "’s is dropped", "Clinton’s campaign", []string{"clinton", "campaign"}},
		{"possessive straight", "'s is dropped", "the Mayor's office", []string{"the", "mayor", "office"}},
		{"not a possessive", "'s followed by a letter stays (split at the mark)", "it'sy", []string{"it", "sy"}},
		{"unicode letters", "Python's \\w is Unicode", "Zoë Müller-Lüdenscheidt", []string{"zoë", "müller", "lüdenscheidt"}},
		{"digits and underscore", "digits and _ are word characters", "agent_007, MI6", []string{"agent_007", "mi6"}},
		{"empty", "no words", " , ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, words(tc.in)); diff != "" {
				t.Errorf("words(%q) (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestSpans(t *testing.T) {
	text := "He said “ yes,\u00a0” in the 1990s.!"
	at := func(sub string) span {
		i := strings.Index(text, sub)
		return span{i, i + len(sub)}
	}
	tests := []struct {
		name, reason string
		got, want    span
	}{
		{"trim quote", "white space, a no-break space and punctuation go", trimmed(text, at(" yes,\u00a0")), at("yes")},
		{"trim keeps marks", "quotation marks are not trimmed", trimmed(text, at("“ yes")), at("“ yes")},
		{"trim all", "a span of only punctuation becomes empty at its end", trimmed(text, at(".!")), span{at(".!").e, at(".!").e}},
		{"date span", "a date loses punctuation and a leading the", dateSpan(text, at("the 1990s.!")), at("1990s")},
		{"strip the", "a leading 'the ' goes", stripThe(text, at("the 1990s").s, at("the 1990s").e), at("1990s")},
		{"strip the needs more", "'the ' alone is kept", stripThe(text, at("the ").s, at("the ").e), at("the ")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got, cmp.AllowUnexported(span{})); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestGreedyMatch(t *testing.T) {
	tests := []struct {
		name, reason string
		golds, preds []span
		want         [][2]int
	}{
		{"largest overlap first", "the pred goes to the gold it overlaps most",
			[]span{{0, 10}, {8, 20}}, []span{{5, 15}}, [][2]int{{1, 0}}},
		{"identical span wins a tie", "equal overlaps prefer the identical span",
			[]span{{0, 4}, {2, 6}}, []span{{2, 6}, {0, 10}}, [][2]int{{1, 0}, {0, 1}}},
		{"document order breaks ties", "then the earlier gold, then the earlier pred",
			[]span{{0, 4}, {4, 8}}, []span{{2, 6}}, [][2]int{{0, 0}}},
		{"no overlap no pair", "touching spans do not overlap",
			[]span{{0, 4}}, []span{{4, 8}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := greedyMatch(tc.golds, tc.preds, func(gi, pi int) int { return overlap(tc.golds[gi], tc.preds[pi]) })
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestSpeakerOK(t *testing.T) {
	gold := func(speaker string, s, e int) Quote {
		return Quote{Speaker: ptr(speaker), SpeakerStart: ptr(s), SpeakerEnd: ptr(e)}
	}
	name := func(speaker string) Quote { return Quote{Speaker: ptr(speaker)} }
	spanQ := func(s, e int) Quote { return Quote{Speaker: ptr("x"), SpeakerStart: ptr(s), SpeakerEnd: ptr(e)} }
	tests := []struct {
		name, reason string
		g, p         Quote
		want         bool
	}{
		{"span overlaps", "an overlapping mention is right", gold("he", 100, 102), spanQ(101, 110), true},
		{"span 120 bytes", "a mention of 120 bytes is still evidence", gold("he", 100, 102), spanQ(0, 120), true},
		{"span 121 bytes", "a longer mention is no evidence", gold("he", 100, 102), spanQ(0, 121), false},
		{"span as long as gold", "a mention as long as the gold's is allowed", gold("x", 0, 200), spanQ(0, 200), true},
		{"last word", "the name contains the gold's last word", gold("Jane Doe", 0, 8), name("Ms. Doe"), true},
		{"before the comma", "the gold name ends at its first comma", gold("Jane Doe, a long-time aide", 0, 8), name("Doe"), true},
		{"after the comma", "words after the comma do not count", gold("Jane Doe, a long-time aide", 0, 8), name("aide"), false},
		{"six words", "a name of six words is a name", gold("Doe", 0, 3), name("a b c d e Doe"), true},
		{"seven words", "a longer name is no name", gold("Doe", 0, 3), name("a b c d e f Doe"), false},
		{"possessive counts as one word", "'s is dropped before counting", gold("Doe", 0, 3), name("a b c d e Doe’s"), true},
		{"pronoun gold needs the span", "a gold pronoun is matched by span alone", gold("he", 0, 2), name("he"), false},
		{"pronoun gold with span", "the span still works for a pronoun", gold("he", 0, 2), spanQ(0, 2), true},
		{"no speaker", "a prediction without name or span is wrong", gold("Doe", 0, 3), Quote{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := speakerOK(tc.g, tc.p); got != tc.want {
				t.Errorf("speakerOK = %v, want %v (%s)", got, tc.want, tc.reason)
			}
		})
	}
}

// doc builds a gold record, finding each surface after the previous one.
func doc(t *testing.T, text string, layers []string, ents ...Entity) Record {
	t.Helper()
	pos := 0
	for i, e := range ents {
		j := strings.Index(text[pos:], e.Text)
		if j < 0 {
			t.Fatalf("%q not in text", e.Text)
		}
		ents[i].Start, ents[i].End = pos+j, pos+j+len(e.Text)
		pos += j + 1
	}
	return Record{ID: "d", Text: text, Layers: layers, Entities: ents}
}

func at(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	return i, i + len(sub)
}

func ent(text, sub, typ, value string) Entity {
	s, e := at(text, sub)
	return Entity{Start: s, End: e, Type: typ, Value: value}
}

func TestScoreEntities(t *testing.T) {
	text := "The Lakeside Cup was won by Ana Ruiz of the Harbour Club in Velmora."
	gold := doc(t, text, []string{"PERSON", "ORG", "PLACE"},
		Entity{Text: "Lakeside Cup", Type: "MISC"}, Entity{Text: "Ana Ruiz", Type: "PERSON"},
		Entity{Text: "the Harbour Club", Type: "ORG"}, Entity{Text: "Velmora", Type: "PLACE"})
	type prf3 struct{ TP, FP, FN int }
	tests := []struct {
		name, reason string
		pred         []Entity
		want         map[string]prf3
	}{
		{"the stripped", "'Harbour Club' matches gold 'the Harbour Club'",
			[]Entity{ent(text, "Harbour Club", "ORG", "")},
			map[string]prf3{"PERSON": {0, 0, 1}, "ORG": {1, 0, 0}, "PLACE": {0, 0, 1}, "micro": {1, 0, 2}}},
		{"misc zone", "an unmatched prediction inside a gold MISC is ignored",
			[]Entity{ent(text, "Lakeside", "PLACE", ""), ent(text, "Ana", "PERSON", "")},
			map[string]prf3{"PERSON": {0, 1, 1}, "ORG": {0, 0, 1}, "PLACE": {0, 0, 1}, "micro": {0, 1, 3}}},
		{"wrong type", "exact span with another type is a false positive and a miss",
			[]Entity{ent(text, "Velmora", "ORG", "")},
			map[string]prf3{"PERSON": {0, 0, 1}, "ORG": {0, 1, 1}, "PLACE": {0, 0, 1}, "micro": {0, 1, 3}}},
		{"duplicates count once", "spans are compared as sets",
			[]Entity{ent(text, "Ana Ruiz", "PERSON", ""), ent(text, "Ana Ruiz", "PERSON", ""), ent(text, "Velmora", "DATE", "2020")},
			map[string]prf3{"PERSON": {1, 0, 0}, "ORG": {0, 0, 1}, "PLACE": {0, 0, 1}, "micro": {1, 0, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score([]Record{gold}, []Record{{ID: "d", Entities: tc.pred}})
			got := map[string]prf3{}
			for k, m := range r.Entities {
				got[k] = prf3{m.TP, m.FP, m.FN}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestScoreDates(t *testing.T) {
	text := "It is now spring; on 4 May 2015 the fair opened for ten days, as every year."
	gold := doc(t, text, []string{"DATE"},
		Entity{Text: "4 May 2015", Type: "DATE", Value: "2015-05-04"},
		Entity{Text: "ten days", Type: "DURATION", Value: "P10D"},
		Entity{Text: "every year", Type: "SET", Value: "P1Y"})
	gold.DontCareValues = []string{"PRESENT_REF"}
	type out struct{ Exact, Relaxed, Value [3]int }
	c := func(m PRF) [3]int { return [3]int{m.TP, m.FP, m.FN} }
	tests := []struct {
		name, reason string
		pred         []Entity
		want         out
	}{
		{"exact with punctuation", "'on 4 May 2015' overlaps but is not exact",
			[]Entity{ent(text, "on 4 May 2015", "DATE", "2015-05-04")},
			out{[3]int{0, 1, 1}, [3]int{1, 0, 0}, [3]int{1, 0, 0}}},
		{"don't-care zones", "predictions on DURATION/SET spans are not false positives",
			[]Entity{ent(text, "ten days", "DATE", "P10D"), ent(text, "every year", "DATE", "XXXX")},
			out{[3]int{0, 0, 1}, [3]int{0, 0, 1}, [3]int{0, 0, 1}}},
		{"dont_care_values", "a value the gold does not annotate is ignored",
			[]Entity{ent(text, "now", "DATE", "present_ref")},
			out{[3]int{0, 0, 1}, [3]int{0, 0, 1}, [3]int{0, 0, 1}}},
		{"wrong value", "overlap with the wrong value counts for spans only",
			[]Entity{ent(text, "4 May 2015", "TIME", "2015-05-05")},
			out{[3]int{1, 0, 0}, [3]int{1, 0, 0}, [3]int{0, 1, 1}}},
		{"spurious", "a date outside every zone is a false positive",
			[]Entity{ent(text, "spring", "DATE", "XXXX-SP")},
			out{[3]int{0, 1, 1}, [3]int{0, 1, 1}, [3]int{0, 1, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Score([]Record{gold}, []Record{{ID: "d", Entities: tc.pred}}).Dates
			got := out{c(d.Exact), c(d.Relaxed), c(d.Value)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestScoreQuotes(t *testing.T) {
	text := "“We will win the vote,” said Mara Kell. “Never,” she said. He called it a “farce”."
	q := func(sub, speaker string, spk string) Quote {
		s, e := at(text, sub)
		out := Quote{Start: s, End: e}
		if speaker != "" {
			out.Speaker = ptr(speaker)
		}
		if spk != "" {
			ss, se := at(text, spk)
			out.SpeakerStart, out.SpeakerEnd = ptr(ss), ptr(se)
		}
		return out
	}
	gold := Record{ID: "d", Text: text, Layers: []string{"QUOTE"},
		Quotes: []Quote{q("We will win the vote,", "Mara Kell", "Mara Kell"), q("Never,", "she", "she said")}}
	gold.Quotes[1].SpeakerEnd = ptr(*gold.Quotes[1].SpeakerStart + 3)
	type out struct{ Overlap, Exact, Attr [3]int }
	c := func(m PRF) [3]int { return [3]int{m.TP, m.FP, m.FN} }
	tests := []struct {
		name, reason string
		pred         []Quote
		want         out
	}{
		{"speakerless ignored", "a quote with neither speaker nor span is not scored",
			[]Quote{q("farce", "", "")}, out{[3]int{0, 0, 2}, [3]int{0, 0, 2}, [3]int{0, 0, 2}}},
		{"half overlap", "half of the longer span is enough; trailing comma is trimmed for exact",
			[]Quote{q("Nev", "Kell", ""), q("We will win the vote", "Ms. Kell", "")},
			out{[3]int{2, 0, 0}, [3]int{1, 1, 1}, [3]int{1, 1, 1}}},
		{"under half", "less than half of the longer span is no match",
			[]Quote{q("We will", "Kell", "")}, out{[3]int{0, 1, 2}, [3]int{0, 1, 2}, [3]int{0, 1, 2}}},
		{"pronoun by span", "a gold 'she' is matched by the speaker span",
			[]Quote{q("Never,", "Mara Kell", "she")}, out{[3]int{1, 0, 1}, [3]int{1, 0, 1}, [3]int{1, 0, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score([]Record{gold}, []Record{{ID: "d", Quotes: tc.pred}}).Quotes
			got := out{c(r.Overlap), c(r.Exact), c(r.Attribution)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestReadAndCheck(t *testing.T) {
	gold := `{"id": "a", "published": null, "text": "Zoë went to Oslo.", "layers": ["PLACE"], "entities": [{"start": 13, "end": 17, "type": "PLACE", "text": "Oslo"}], "quotes": []}` + "\n\n"
	tests := []struct {
		name, reason, pred  string
		wantRead, wantCheck bool // errors expected
	}{
		{"byte offsets", "right byte offsets pass", `{"id": "a", "entities": [{"start": 13, "end": 17, "type": "PLACE", "text": "Oslo"}]}`, false, false},
		{"char offsets", "character offsets give other bytes than the text", `{"id": "a", "entities": [{"start": 12, "end": 16, "type": "PLACE", "text": "Oslo"}]}`, false, true},
		{"out of range", "an end past the text is an error", `{"id": "a", "entities": [{"start": 13, "end": 99, "type": "PLACE"}]}`, false, true},
		{"empty span", "start must be before end", `{"id": "a", "quotes": [{"start": 3, "end": 3, "speaker": "x"}]}`, false, true},
		{"other text", "a predicted text must equal the gold", `{"id": "a", "text": "Zoe", "entities": []}`, false, true},
		{"unknown id", "unknown ids are ignored", `{"id": "zzz", "entities": [{"start": 0, "end": 999, "type": "PLACE"}]}`, false, false},
		{"duplicate id", "an id may appear once", `{"id": "a"}` + "\n" + `{"id": "a"}`, true, false},
		{"not json", "a broken line is an error", `{"id": `, true, false},
	}
	g, err := ReadJSONL(strings.NewReader(gold))
	if err != nil || len(g) != 1 {
		t.Fatalf("ReadJSONL(gold) = %d records, %v", len(g), err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ReadJSONL(strings.NewReader(tc.pred))
			if (err != nil) != tc.wantRead {
				t.Fatalf("ReadJSONL error = %v, want error %v (%s)", err, tc.wantRead, tc.reason)
			}
			if err != nil {
				return
			}
			if err := Check(g, p); (err != nil) != tc.wantCheck {
				t.Errorf("Check error = %v, want error %v (%s)", err, tc.wantCheck, tc.reason)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	text := "Ana Ruiz spoke."
	gold := doc(t, text, []string{"PERSON"}, Entity{Text: "Ana Ruiz", Type: "PERSON"})
	r := Score([]Record{gold, {ID: "e", Text: "x", Layers: []string{"QUOTE"}}}, []Record{{ID: "d", Entities: []Entity{ent(text, "Ana", "PERSON", "")}}})
	out := r.Format()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := "entities F1 0.000 | dates value-F1 n/a | quotes F1 n/a speaker-acc n/a attribution-F1 n/a"
	if diff := cmp.Diff(want, lines[len(lines)-1]); diff != "" {
		t.Errorf("last line (-want +got):\n%s", diff)
	}
	if !strings.Contains(lines[0], "[1 docs without prediction]") {
		t.Errorf("first line %q does not report the doc without prediction", lines[0])
	}
	if !strings.Contains(out, "  speaker accuracy   n/a over 0 matched quotes") {
		t.Errorf("quote section missing its n/a speaker accuracy:\n%s", out)
	}
}

// FuzzScore checks that Score never panics on arbitrary spans and values
// and that its counts are never negative.
func FuzzScore(f *testing.F) {
	f.Add("He said “yes” on 4 May.", 0, 2, 9, 12, "2015-05-04", "he")
	f.Add("\xff\xfe the ", -5, 100, 3, 1, "XXXX-W7", "")
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, value, speaker string) {
		gold := Record{ID: "d", Text: text, Layers: []string{"PERSON", "ORG", "PLACE", "DATE", "QUOTE"},
			Entities: []Entity{{Start: s1, End: e1, Type: "DATE", Value: value}, {Start: s2, End: e2, Type: "MISC"}},
			Quotes:   []Quote{{Start: s1, End: e1, Speaker: ptr(speaker), SpeakerStart: ptr(s2), SpeakerEnd: ptr(e2)}}}
		pred := Record{ID: "d",
			Entities: []Entity{{Start: s2, End: e2, Type: "TIME", Value: value}, {Start: s1, End: e2, Type: "PERSON"}},
			Quotes:   []Quote{{Start: s2, End: e2, Speaker: ptr(speaker)}, {Start: s1, End: e1, SpeakerStart: ptr(e1), SpeakerEnd: ptr(s1)}}}
		r := Score([]Record{gold}, []Record{pred})
		_ = r.Format()
		for k, m := range r.Entities {
			if m.TP < 0 || m.FP < 0 || m.FN < 0 {
				t.Errorf("entities %s: negative count %+v", k, m)
			}
		}
		for _, m := range []PRF{r.Quotes.Overlap, r.Quotes.Exact, r.Quotes.Attribution, r.Dates.Exact, r.Dates.Relaxed} {
			if m.TP < 0 || m.FP < 0 || m.FN < 0 {
				t.Errorf("negative count %+v", m)
			}
		}
	})
}
