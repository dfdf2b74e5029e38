package attrib

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/text"
)

// FuzzFind checks the invariants of Find on any input: no panic; every span inside the text
// and in order (marks around words, quotations in text order without overlap); a quotation
// never crosses a blank line, so an unmatched mark recovers at its paragraph end; speaker and
// cue spans valid; groups point backwards. It runs once without names and once with every
// capitalized word given as a person name.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We are satisfied,” Peskov said.",
		"Peskov said “we are satisfied.\n\nThe ministry said it was “productive.”",
		"'a' \"b\" ‘c’ «d» „e“ ‹f› 「g」 ''h'' ``i''",
		"“X,” he said, “Y.”\n\n“Z.\n\n“W,” she added.",
		"\"SMITH: yes.\n\n\"(CROSSTALK)\n\n\"JONES: no.\"",
		"Jones’ car, the ’90s, rock ’n’ roll, don’t.",
		"\xff“\x00”",
		"sAid “0",
		"Peskov noted that Moscow had heard. The talks went on, he said.",
		"Lena Ortiz and Tomas Berg said they agreed.\n\n“We will work,” they said. “Yes.”",
		"Casey Pike, 26, a rookie pitcher, signed. “Ready,” the 26-year-old said, and the rookie pitcher added: “Go.”",
		"The mayor, Dana Whitfield, spoke. “Jobs,” the mayor said. “Good,” she said; the company said “no.”",
		"The union will represent all drivers at both depots, according to a statement it released Friday.",
		"Morales said about 60 percent of the drivers at the north depot voted in favor.\n\nHe added that “the vote” was close",
		"SPRINGFIELD (AP) — The depot will close, the governor said Tuesday.\n\nUpdate: It closed, officials said.",
		"''The plan is no reform,'' said Ms. Lee. ''It adds complexity. It will not help.''",
		"The depot was a success, Ms. Okafor said, until the city cut its budget, according to a statement from the union.",
		"Dana Whitfield: Drivers Say Depot Must Stay Open\n\nHe said he plans to spend the $2 million he says he raised.",
		"Starlink, Mr. Musk's satellite company, said it would comply, according to a statement posted on its account.",
		"Lula Barros has backed the court. “No one is above the law,” he said at an event in Recife, adding that …",
		"“I am still hungry,” the 37-year-old Serbian said. “Yes,” the Brazilian said. “No,” the 29-year-old said.",
		"Its spokeswoman, Julie Kozack, said it was “bold.” X met, where fighting rose, according to the agency, UNHCR.",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := text.Analyze(src)
		check(t, src, Find(d, nil, nil), 0)
		var names []Name
		var ents []Entity
		for _, tok := range d.Tokens {
			r, _ := utf8.DecodeRuneInString(src[tok.Start:tok.End])
			if tok.Kind == text.Word && unicode.IsUpper(r) {
				names = append(names, Name{Start: int(tok.Start), End: int(tok.End), Type: NameType(len(names)%3 + 1), Entity: len(ents)})
				ents = append(ents, Entity{Name: src[tok.Start:tok.End], Type: NameType(len(ents)%3 + 1), Gender: Gender(len(ents) % 3), GenderEvidence: entity.Evidence(len(ents) % 4), Age: len(ents) % 40})
			}
		}
		check(t, src, Find(d, names, ents), len(ents))
		checkReported(t, src, FindReported(d, nil, nil), 0)
		checkReported(t, src, FindReported(d, names, ents), len(ents))
	})
}

// checkReported checks FindReported's invariants: spans inside the text, in text order, the
// clause not overlapping the speaker mention or the cue, a speaker name for every mention.
func checkReported(t *testing.T, src string, rs []Reported, nEnts int) {
	t.Helper()
	prev := 0
	for k, r := range rs {
		if !(prev <= r.Start && r.Start < r.End && r.End <= len(src)) {
			t.Fatalf("reported %d: clause %d-%d out of order or range (prev %d, len %d)", k, r.Start, r.End, prev, len(src))
		}
		prev = r.Start
		for i, sp := range [][2]int{{r.SpeakerStart, r.SpeakerEnd}, {r.CueStart, r.CueEnd}} {
			if i == 1 && sp == [2]int{-1, -1} && r.Rule == ruleModel {
				continue // the tagger may find a source and no cue
			}
			if !(0 <= sp[0] && sp[0] < sp[1] && sp[1] <= len(src)) {
				t.Fatalf("reported %d: bad span %v", k, sp)
			}
			if sp[0] < r.End && r.Start < sp[1] {
				t.Fatalf("reported %d: span %v overlaps the clause %d-%d", k, sp, r.Start, r.End)
			}
		}
		if r.Speaker == "" || r.Rule == ruleNone || r.Entity < -1 || r.Entity >= nEnts || r.CueClass > Evidence {
			t.Fatalf("reported %d: speaker %q rule %q entity %d", k, r.Speaker, r.Rule, r.Entity)
		}
	}
}

func check(t *testing.T, src string, qs []Quote, nEnts int) {
	t.Helper()
	prevEnd := 0
	for k, q := range qs {
		if !(prevEnd <= q.OpenStart && q.OpenStart <= q.Start && q.Start < q.End && q.End <= q.CloseEnd && q.CloseEnd <= len(src)) {
			t.Fatalf("quote %d: spans out of order: prev end %d, %+v (len %d)", k, prevEnd, q, len(src))
		}
		prevEnd = q.CloseEnd
		if strings.Contains(src[q.OpenStart:q.CloseEnd], "\n\n") {
			t.Fatalf("quote %d crosses a blank line: %q", k, src[q.OpenStart:q.CloseEnd])
		}
		if (q.SpeakerStart < 0) != (q.SpeakerEnd < 0) || q.SpeakerStart >= 0 && !(q.SpeakerStart < q.SpeakerEnd && q.SpeakerEnd <= len(src)) {
			t.Fatalf("quote %d: bad speaker span %d-%d", k, q.SpeakerStart, q.SpeakerEnd)
		}
		if q.SpeakerStart >= 0 && (q.Speaker == "" || !q.Kind.HasSpeaker()) {
			t.Fatalf("quote %d: speaker span without speaker or with kind %v", k, q.Kind)
		}
		if q.SpeakerStart < 0 && (q.Speaker != "" || q.Kind.HasSpeaker()) {
			t.Fatalf("quote %d: speaker %q of kind %v without a span", k, q.Speaker, q.Kind)
		}
		if (q.CueStart < 0) != (q.CueEnd < 0) || q.CueStart >= 0 && !(q.CueStart < q.CueEnd && q.CueEnd <= len(src)) {
			t.Fatalf("quote %d: bad cue span %d-%d", k, q.CueStart, q.CueEnd)
		}
		if q.Entity < -1 || q.Entity >= nEnts {
			t.Fatalf("quote %d: entity %d out of range", k, q.Entity)
		}
		if q.Group < 0 || q.Group > k {
			t.Fatalf("quote %d: group %d", k, q.Group)
		}
		if q.Confidence <= 0 || q.Confidence > 1 || q.Rule == ruleNone {
			t.Fatalf("quote %d: rule %q confidence %v", k, q.Rule, q.Confidence)
		}
	}
}
