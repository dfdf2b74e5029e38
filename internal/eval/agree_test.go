package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/testshared"
)

// agreeFiles are the dev files scored in TestAgreesWithScorePy; maxDocs
// keeps the test quick (0 = all).
var agreeFiles = []struct {
	name    string
	maxDocs int
}{
	{"seed.jsonl", 0},
	{"conll-dev.jsonl", 60},
	{"gum-dev.jsonl", 0},
	{"timebank.jsonl", 120},
	{"polnear-dev.jsonl", 0},
}

// perturbations turn gold into deterministic prediction sets that exercise
// every rule: the gold itself, dropped items, shifted spans, changed types,
// values written in other notations or wrong, blanked and changed speakers,
// spurious items, and all of these at once.
var perturbations = []struct {
	name string
	fn   func(rng *rand.Rand, gold map[string]Record, p []Record) []Record
}{
	{"identity", func(_ *rand.Rand, _ map[string]Record, p []Record) []Record { return p }},
	{"drop", perturbDrop},
	{"shift", perturbShift},
	{"types", perturbTypes},
	{"values", perturbValues},
	{"speakers", perturbSpeakers},
	{"spurious", perturbSpurious},
	{"alnum", perturbAlnum},
	{"attributions", perturbAttributionList},
	{"mixed", func(rng *rand.Rand, g map[string]Record, p []Record) []Record {
		p = perturbSpurious(rng, g, p)
		p = perturbSpeakers(rng, g, p)
		p = perturbValues(rng, g, p)
		p = perturbTypes(rng, g, p)
		p = perturbShift(rng, g, p)
		return perturbDrop(rng, g, p)
	}},
}

// TestAgreesWithScorePy scores perturbed predictions with both Score and
// the reference score.py, and requires every number of the --json output to
// agree (and the text table of a few runs to be identical).
func TestAgreesWithScorePy(t *testing.T) {
	evalDir := filepath.Join(testshared.Dir(t), "eval")
	scorePy := filepath.Join(evalDir, "score.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found, cannot run score.py for the agreement test")
	}
	tmp := t.TempDir()

	type job struct {
		name, goldPath, predPath string
		text                     bool // compare the text table instead of --json
		want                     Report
	}
	type goldSet struct {
		name, path string
		recs       []Record
	}
	var sets []goldSet
	for _, f := range agreeFiles {
		path, recs := loadGoldSubset(t, filepath.Join(evalDir, "dev", f.name), f.maxDocs, tmp)
		sets = append(sets, goldSet{f.name, path, recs})
	}
	synth := synthGold(t)
	synthPath := filepath.Join(tmp, "synthetic.jsonl")
	writeJSONL(t, synthPath, synth)
	sets = append(sets, goldSet{"synthetic", synthPath, synth})

	var jobs []job
	for fi, f := range sets {
		goldPath, gold := f.path, f.recs
		for pi, pert := range perturbations {
			rng := rand.New(rand.NewPCG(uint64(fi+1), uint64(pi+1)))
			byID := map[string]Record{}
			for _, g := range gold {
				byID[g.ID] = g
			}
			pred := pert.fn(rng, byID, cloneAll(gold, pert.name == "identity"))
			predPath := filepath.Join(tmp, fmt.Sprintf("%s.%s.pred.jsonl", f.name, pert.name))
			writeJSONL(t, predPath, pred)
			// Score reads the predictions back from the file, as a command would.
			back := readFile(t, predPath)
			if err := Check(gold, back); err != nil {
				t.Fatalf("%s/%s: perturbed predictions fail Check: %v", f.name, pert.name, err)
			}
			rep := Score(gold, back)
			name := f.name + "/" + pert.name
			jobs = append(jobs, job{name: name, goldPath: goldPath, predPath: predPath, want: rep})
			if pert.name == "mixed" {
				jobs = append(jobs, job{name: name + "/text", goldPath: goldPath, predPath: predPath, text: true, want: rep})
			}
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	outs := make([]string, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2) // the machine has 2 cores
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			args := []string{scorePy, j.goldPath, j.predPath}
			if !j.text {
				args = append(args, "--json")
			}
			var stderr bytes.Buffer
			cmd := exec.CommandContext(ctx, python, args...)
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				err = fmt.Errorf("%v: %s", err, stderr.String())
			}
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()

	for i, j := range jobs {
		t.Run(j.name, func(t *testing.T) {
			if errs[i] != nil {
				t.Fatalf("score.py failed: %v", errs[i])
			}
			if j.text {
				if got := j.want.FormatFiles(j.goldPath, j.predPath); got != outs[i] {
					t.Errorf("FormatFiles differs from score.py's table:\n--- score.py\n%s--- Go\n%s", outs[i], got)
				}
				return
			}
			lines := strings.Split(strings.TrimRight(outs[i], "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("score.py --json printed %d lines, want 2", len(lines))
			}
			var py any
			if err := json.Unmarshal([]byte(lines[0]), &py); err != nil {
				t.Fatal(err)
			}
			enc, err := json.Marshal(j.want)
			if err != nil {
				t.Fatal(err)
			}
			var gor any
			if err := json.Unmarshal(enc, &gor); err != nil {
				t.Fatal(err)
			}
			var diffs []string
			compareJSON("", py, gor, &diffs)
			for _, d := range diffs {
				t.Error(d)
			}
			t.Log(lines[1])
			if lines[1] != j.want.Summary {
				t.Errorf("summary line: score.py %q, Go %q", lines[1], j.want.Summary)
			}
		})
	}
}

// compareJSON walks score.py's JSON (want) and Score's (got): numbers must
// agree to 1e-9 (the arithmetic is the same, so they should be identical),
// everything else exactly, and both must have the same keys.
func compareJSON(path string, want, got any, diffs *[]string) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*diffs = append(*diffs, fmt.Sprintf("%s: score.py has an object, Go %v", path, got))
			return
		}
		keys := map[string]bool{}
		for k := range w {
			keys[k] = true
		}
		for k := range g {
			keys[k] = true
		}
		var ks []string
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			wv, wok := w[k]
			gv, gok := g[k]
			if wok != gok {
				*diffs = append(*diffs, fmt.Sprintf("%s.%s: key in score.py %v, in Go %v", path, k, wok, gok))
				continue
			}
			compareJSON(path+"."+k, wv, gv, diffs)
		}
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(w-g) > 1e-9 {
			*diffs = append(*diffs, fmt.Sprintf("%s: score.py %v, Go %v", path, want, got))
		}
	default:
		if fmt.Sprint(want) != fmt.Sprint(got) {
			*diffs = append(*diffs, fmt.Sprintf("%s: score.py %v, Go %v", path, want, got))
		}
	}
}

// loadGoldSubset reads a gold file; with maxDocs > 0 it writes the first
// maxDocs lines, unchanged, to a temporary file for score.py.
func loadGoldSubset(t *testing.T, path string, maxDocs int, tmp string) (string, []Record) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if maxDocs > 0 {
		var keep [][]byte
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<26)
		for sc.Scan() && len(keep) < maxDocs {
			keep = append(keep, append([]byte(nil), sc.Bytes()...))
		}
		data = append(bytes.Join(keep, []byte("\n")), '\n')
		path = filepath.Join(tmp, "gold."+filepath.Base(path))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	recs, err := ReadJSONL(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return path, recs
}

func writeJSONL(t *testing.T, path string, recs []Record) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []Record {
	t.Helper()
	recs, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// ---------------------------------------------------------------- perturbations

func ptr[T any](v T) *T { return &v }

// cloneAll deep-copies records as predictions: no layers, and the document
// and span texts only when keepText (score.py then checks them).
func cloneAll(gold []Record, keepText bool) []Record {
	out := make([]Record, len(gold))
	for i, g := range gold {
		p := Record{ID: g.ID}
		if keepText {
			p.Text = g.Text
		}
		for _, e := range g.Entities {
			if !keepText {
				e.Text = ""
			}
			p.Entities = append(p.Entities, e)
		}
		for _, q := range g.Quotes {
			if !keepText {
				q.Text = ""
			}
			q.SpeakerText = ""
			if q.Speaker != nil {
				q.Speaker = ptr(*q.Speaker)
			}
			if q.SpeakerStart != nil {
				q.SpeakerStart, q.SpeakerEnd = ptr(*q.SpeakerStart), ptr(*q.SpeakerEnd)
			}
			// The cue of the attribution holding the quote, which the
			// attribution scoring reads from the quote.
			for _, a := range g.Attributions {
				if a.Start <= q.Start && q.End <= a.End && a.CueStart != nil {
					q.CueStart, q.CueEnd = ptr(*a.CueStart), ptr(*a.CueEnd)
					break
				}
			}
			p.Quotes = append(p.Quotes, q)
		}
		// Gold attributions become reported records, so the scorer's
		// fallback (attributed quotes outside them plus them) is exercised.
		for _, a := range g.Attributions {
			if a.Kind == "direct" {
				continue // the quotes stand for these
			}
			p.Reported = append(p.Reported, cloneAttribution(a, keepText))
		}
		out[i] = p
	}
	return out
}

func cloneAttribution(a Attribution, keepText bool) Attribution {
	if !keepText {
		a.Text = ""
	}
	a.SpeakerText, a.Kind = "", ""
	if a.Speaker != nil {
		a.Speaker = ptr(*a.Speaker)
	}
	if a.SpeakerStart != nil {
		a.SpeakerStart, a.SpeakerEnd = ptr(*a.SpeakerStart), ptr(*a.SpeakerEnd)
	}
	if a.Cue != nil {
		a.Cue = ptr(*a.Cue)
	}
	if a.CueStart != nil {
		a.CueStart, a.CueEnd = ptr(*a.CueStart), ptr(*a.CueEnd)
	}
	return a
}

// perturbAttributionList gives the predictions as their own attributions
// list (which replaces quotes and reported records in the scorer), from the
// gold attributions with spans and cues moved, widened or dropped.
func perturbAttributionList(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		g := gold[p[i].ID]
		n := len(g.Text)
		list := []Attribution{} // non-nil: given, even when empty
		for _, ga := range g.Attributions {
			a := cloneAttribution(ga, false)
			switch rng.IntN(8) {
			case 0:
				continue
			case 1: // a much longer span
				a.Start, a.End = max(0, a.Start-rng.IntN(400)), min(n, a.End+rng.IntN(400))
			case 2: // half of it
				a.End = a.Start + max(1, (a.End-a.Start)/2)
			case 3: // no cue
				a.Cue, a.CueStart, a.CueEnd = nil, nil, nil
			case 4: // a cue far too long, covering the gold cue
				if a.CueStart != nil {
					a.CueStart, a.CueEnd = ptr(max(0, *a.CueStart-30)), ptr(min(n, *a.CueEnd+30))
				}
			case 5: // the cue moved onto the content
				a.CueStart, a.CueEnd = ptr(a.Start), ptr(min(a.End, a.Start+5))
			case 6: // no speaker
				a.Speaker, a.SpeakerStart, a.SpeakerEnd = nil, nil, nil
			}
			list = append(list, a)
		}
		if rng.IntN(5) == 0 {
			list = list[:0]
		}
		p[i].Attributions = list
	}
	return p
}

func perturbDrop(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	var out []Record
	for i, r := range p {
		if i%7 == 3 {
			continue // no prediction for this doc
		}
		var es []Entity
		for j, e := range r.Entities {
			if j%3 != 1 {
				es = append(es, e)
			}
		}
		var qs []Quote
		for j, q := range r.Quotes {
			if j%3 != 2 {
				qs = append(qs, q)
			}
		}
		var rs []Attribution
		for j, a := range r.Reported {
			if j%3 != 0 {
				rs = append(rs, a)
			}
		}
		r.Entities, r.Quotes, r.Reported = es, qs, rs
		out = append(out, r)
	}
	return out
}

// shiftSpan moves a span by one byte in one of several ways, keeping it
// inside the text and non-empty.
func shiftSpan(s, e, n, how int) (int, int) {
	switch how {
	case 1:
		if s+1 < e {
			s++
		}
	case 2:
		if e-1 > s {
			e--
		}
	case 3:
		if e+1 <= n {
			s, e = s+1, e+1
		}
	case 4:
		if s > 0 {
			s--
		}
	case 5:
		if e-s > 6 {
			s, e = s+3, e-2
		}
	}
	return s, e
}

func perturbShift(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		n := len(gold[p[i].ID].Text)
		for j := range p[i].Entities {
			e := &p[i].Entities[j]
			e.Start, e.End = shiftSpan(e.Start, e.End, n, rng.IntN(6))
		}
		for j := range p[i].Quotes {
			q := &p[i].Quotes[j]
			q.Start, q.End = shiftSpan(q.Start, q.End, n, rng.IntN(6))
			if q.SpeakerStart != nil {
				*q.SpeakerStart, *q.SpeakerEnd = shiftSpan(*q.SpeakerStart, *q.SpeakerEnd, n, rng.IntN(6))
			}
			if q.CueStart != nil {
				*q.CueStart, *q.CueEnd = shiftSpan(*q.CueStart, *q.CueEnd, n, rng.IntN(6))
			}
		}
		for j := range p[i].Reported {
			a := &p[i].Reported[j]
			a.Start, a.End = shiftSpan(a.Start, a.End, n, rng.IntN(6))
			if a.CueStart != nil {
				*a.CueStart, *a.CueEnd = shiftSpan(*a.CueStart, *a.CueEnd, n, rng.IntN(6))
			}
		}
	}
	return p
}

var typeRotation = map[string]string{
	"PERSON": "ORG", "ORG": "PLACE", "PLACE": "PERSON", "DATE": "TIME", "TIME": "DATE",
	"MISC": "PERSON", "DURATION": "DATE", "SET": "DATE",
}

func perturbTypes(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		for j := range p[i].Entities {
			e := &p[i].Entities[j]
			if rng.IntN(3) == 0 {
				e.Type = typeRotation[e.Type]
			}
		}
	}
	return p
}

// valueVariant rewrites a TimeML value: equal meanings in another notation,
// wrong values, resolved or invented X digits, reference values.
func valueVariant(rng *rand.Rand, v string) string {
	switch rng.IntN(10) {
	case 0:
		return v
	case 1:
		if len(v) == 4 {
			return v + "-XX-XX"
		}
		if len(v) == 7 {
			return v + "-XX"
		}
		return v + "-xx"
	case 2:
		if strings.HasSuffix(v, ":00") {
			return []string{v[:len(v)-3], v + ":00", v + ":00.000"}[rng.IntN(3)]
		}
		if len(v) == 10 {
			return v + "T10:00"
		}
		return v + "T17"
	case 3: // wrong last digit
		b := []byte(v)
		for k := len(b) - 1; k >= 0; k-- {
			if b[k] >= '0' && b[k] <= '9' {
				b[k] = '0' + (b[k]-'0'+1)%10
				break
			}
		}
		return string(b)
	case 4: // resolve X digits
		return strings.Map(func(r rune) rune {
			if r == 'X' {
				return '0' + rune(rng.IntN(10))
			}
			return r
		}, v)
	case 5: // leave digits open
		if len(v) >= 4 {
			return "XXXX" + v[4:]
		}
		return v + "X"
	case 6:
		return []string{"PRESENT_REF", "PAST_REF", "FUTURE_REF"}[rng.IntN(3)]
	case 7:
		return strings.ToLower(v)
	case 8:
		if i := strings.Index(v, "-W0"); i >= 0 {
			return v[:i] + "-W" + v[i+3:]
		}
		return []string{"2000-W7", "2000-W07", "199X", "1995-XX-XX", "2017-06-15T00:00:00", " 2017 - 06", ""}[rng.IntN(7)]
	}
	if len(v) >= 2 {
		return v[:len(v)-1] + "X"
	}
	return v
}

func perturbValues(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		for j := range p[i].Entities {
			e := &p[i].Entities[j]
			switch e.Type {
			case "DATE", "TIME":
				e.Value = valueVariant(rng, e.Value)
			case "DURATION", "SET":
				if rng.IntN(2) == 0 {
					e.Type = "DATE"
					e.Value = valueVariant(rng, "PRESENT_REF")
				}
			}
		}
	}
	return p
}

var fakeNames = []string{"he", "She", "they", "Mr. Smith", "the spokesman", "Smith’s aide", "I",
	"a b c d e f g", "officials, who declined"}

func perturbSpeakers(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		n := len(gold[p[i].ID].Text)
		for j := range p[i].Quotes {
			q := &p[i].Quotes[j]
			gw := words(deref(q.Speaker))
			last := "x"
			if len(gw) > 0 {
				last = gw[len(gw)-1]
			}
			switch rng.IntN(10) {
			case 0: // blank: no speaker at all, so not scored
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = nil, nil, nil
			case 1: // a pronoun, no span
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = ptr(fakeNames[rng.IntN(3)]), nil, nil
			case 2: // name by its last word, no span
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = ptr("Ms. "+strings.ToUpper(last[:1])+last[1:]), nil, nil
			case 3: // a long name containing the word
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = ptr("one two three four five six "+last), nil, nil
			case 4: // a span far too long, covering the gold mention
				if q.SpeakerStart != nil {
					s := max(0, *q.SpeakerStart-70)
					e := min(n, *q.SpeakerEnd+70)
					q.SpeakerStart, q.SpeakerEnd = ptr(s), ptr(e)
					q.Speaker = ptr("Nobody")
				}
			case 5: // span moved onto the quote itself
				q.SpeakerStart, q.SpeakerEnd = ptr(q.Start), ptr(q.End)
				q.Speaker = ptr(fakeNames[rng.IntN(len(fakeNames))])
			case 6: // the name only, no span
				q.SpeakerStart, q.SpeakerEnd = nil, nil
			case 7: // empty name with a span
				q.Speaker = ptr("")
			case 8: // six words once the possessive 's is dropped
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = ptr("one two three four five "+last+"’s"), nil, nil
			}
		}
	}
	return p
}

// tokens returns the byte spans of space-separated tokens of s.
func tokens(s string) []span {
	var out []span
	start := -1
	for i := 0; i <= len(s); i++ {
		sp := i == len(s) || s[i] == ' ' || s[i] == '\n'
		if sp && start >= 0 {
			out = append(out, span{start, i})
			start = -1
		} else if !sp && start < 0 {
			start = i
		}
	}
	return out
}

var spuriousTypes = []string{"PERSON", "ORG", "PLACE", "DATE", "TIME", "MISC", "DURATION"}

func perturbSpurious(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		g := gold[p[i].ID]
		toks := tokens(g.Text)
		if len(toks) == 0 {
			continue
		}
		randSpan := func(maxToks int) (int, int) {
			if rng.IntN(8) == 0 { // raw bytes, possibly inside a character
				s := rng.IntN(len(g.Text))
				return s, min(len(g.Text), s+1+rng.IntN(12))
			}
			a := rng.IntN(len(toks))
			b := min(len(toks)-1, a+rng.IntN(maxToks))
			return toks[a].s, toks[b].e
		}
		for k := 0; k < len(g.Entities)/3+2; k++ {
			s, e := randSpan(3)
			ent := Entity{Start: s, End: e, Type: spuriousTypes[rng.IntN(len(spuriousTypes))]}
			if ent.Type == "DATE" || ent.Type == "TIME" {
				ent.Value = valueVariant(rng, "2016-10-12")
			}
			p[i].Entities = append(p[i].Entities, ent)
		}
		// duplicates and "the " variants of gold entities
		for _, e := range g.Entities {
			if rng.IntN(5) == 0 {
				p[i].Entities = append(p[i].Entities, Entity{Start: e.Start, End: e.End, Type: e.Type, Value: e.Value})
			}
			if e.Start >= 4 && g.Text[e.Start-4:e.Start] == "the " {
				p[i].Entities = append(p[i].Entities, Entity{Start: e.Start - 4, End: e.End, Type: e.Type, Value: e.Value})
			}
		}
		for k := 0; k < len(g.Quotes)/3+1; k++ {
			s, e := randSpan(15)
			q := Quote{Start: s, End: e}
			switch rng.IntN(3) {
			case 0:
				q.Speaker = ptr(fakeNames[rng.IntN(len(fakeNames))])
			case 1:
				ss, se := randSpan(2)
				q.SpeakerStart, q.SpeakerEnd = ptr(ss), ptr(se)
			}
			p[i].Quotes = append(p[i].Quotes, q)
		}
		// a second, overlapping prediction for some gold quotes
		for _, gq := range g.Quotes {
			if rng.IntN(4) == 0 && gq.End-gq.Start > 4 {
				q := Quote{Start: gq.Start + (gq.End-gq.Start)/4, End: gq.End, Speaker: ptr("Someone Else")}
				p[i].Quotes = append(p[i].Quotes, q)
			}
		}
		rng.Shuffle(len(p[i].Entities), func(a, b int) {
			p[i].Entities[a], p[i].Entities[b] = p[i].Entities[b], p[i].Entities[a]
		})
	}
	return p
}

// alnumSpan shrinks a span to its first and last letter or digit, which
// differs from score.py's trimming wherever marks other than white space and
// , . ; : ! ? surround the span.
func alnumSpan(text string, s, e int) (int, int) {
	isAlnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if isAlnum(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if isAlnum(r) {
			break
		}
		e -= n
	}
	return s, e
}

func perturbAlnum(rng *rand.Rand, gold map[string]Record, p []Record) []Record {
	for i := range p {
		text := gold[p[i].ID].Text
		for j := range p[i].Entities {
			e := &p[i].Entities[j]
			if s, t := alnumSpan(text, e.Start, e.End); s < t && rng.IntN(4) != 0 {
				e.Start, e.End = s, t
			}
		}
		for j := range p[i].Quotes {
			q := &p[i].Quotes[j]
			if s, t := alnumSpan(text, q.Start, q.End); s < t && rng.IntN(4) != 0 {
				q.Start, q.End = s, t
			}
		}
	}
	return p
}

// synthGold builds gold records from sentences written for this test, to
// reach rules the dev files rarely touch: a no-break space before a closing
// mark, one-digit weeks, possessive speakers, a pronoun gold speaker, a
// document without publication date, dont_care_values, MISC and SET zones.
func synthGold(t *testing.T) []Record {
	t.Helper()
	type ent struct{ surface, typ, value string }
	type quo struct{ surface, speaker, mention, ctx string } // mention is found inside the context ctx
	mk := func(id string, published *string, text string, layers []string, dontCare []string, ents []ent, quotes []quo) Record {
		r := Record{ID: id, Source: "synthetic", Published: published, Text: text, Layers: layers,
			Entities: []Entity{}, Quotes: []Quote{}, DontCareValues: dontCare}
		pos := 0
		for _, e := range ents {
			i := strings.Index(text[pos:], e.surface)
			if i < 0 {
				t.Fatalf("%s: %q not found after %d", id, e.surface, pos)
			}
			s := pos + i
			r.Entities = append(r.Entities, Entity{Start: s, End: s + len(e.surface), Type: e.typ, Text: e.surface, Value: e.value})
			pos = s + 1
		}
		for _, q := range quotes {
			s := strings.Index(text, q.surface)
			c := strings.Index(text, q.ctx)
			m := strings.Index(q.ctx, q.mention)
			if s < 0 || c < 0 || m < 0 {
				t.Fatalf("%s: quote %q or mention %q in %q not found", id, q.surface, q.mention, q.ctx)
			}
			ms := c + m
			qq := Quote{Start: s, End: s + len(q.surface), Text: q.surface, Speaker: ptr(q.speaker),
				SpeakerStart: ptr(ms), SpeakerEnd: ptr(ms + len(q.mention))}
			if q.mention != q.speaker {
				qq.SpeakerText = q.mention
			}
			r.Quotes = append(r.Quotes, qq)
		}
		return r
	}
	all := []string{"PERSON", "ORG", "PLACE", "DATE", "QUOTE"}
	return []Record{
		mk("s1", ptr("2016-10-12"),
			"The Ministry said on Monday that Zoë Müller met Russian officials in the Moscow region in week 7 of 2000.\n"+
				"“We are satisfied,\u00a0” Vasko said of the talks. He added: “The talks were useful.”\n"+
				"“Nothing more,” said Jane Doe’s aide, a long-time adviser. “Later,” he said, “we will see.”\n"+
				"In the 1990s prices fell; at 10 a.m. on April 21 they rose, and every Tuesday they stall for two weeks. Now they wait.",
			all, []string{"PRESENT_REF"},
			[]ent{{"The Ministry", "ORG", ""}, {"Monday", "DATE", "2016-10-10"}, {"Zoë Müller", "PERSON", ""},
				{"Russian", "MISC", ""}, {"Moscow", "PLACE", ""}, {"week 7 of 2000", "DATE", "2000-W07"},
				{"Vasko", "PERSON", ""}, {"Jane Doe", "PERSON", ""}, {"the 1990s", "DATE", "199"},
				{"10 a.m. on April 21", "TIME", "XXXX-04-21T10:00"}, {"every Tuesday", "SET", "XXXX-WXX-2"},
				{"two weeks", "DURATION", "P2W"}},
			[]quo{{"We are satisfied,\u00a0", "Vasko", "Vasko", "Vasko said"},
				{"The talks were useful.", "Oren Vasko", "He", "He added"},
				{"Nothing more,", "Jane Doe’s aide, a long-time adviser", "Jane Doe’s aide, a long-time adviser", "said Jane Doe’s aide, a long-time adviser"},
				{"Later,", "he", "he", "” he said"}, {"we will see.", "he", "he", "” he said"}}),
		mk("s2", nil,
			"On April 21 the mayor of Springfield spoke. “Taxes will fall in 1998,” she said, “and in the week of 1998-W5.”\n"+
				"Officials at the Springfield Water Board (SWB) said on 2 October 1998 at 17:00 that “nothing” had changed. "+
				"“No,” said all of them.",
			[]string{"DATE", "QUOTE", "ORG"}, nil,
			[]ent{{"April 21", "DATE", "XXXX-04-21"}, {"1998", "DATE", "1998"}, {"the week of 1998-W5", "DATE", "1998-W05"},
				{"the Springfield Water Board", "ORG", ""}, {"SWB", "ORG", ""}, {"2 October 1998 at 17:00", "TIME", "1998-10-02T17:00"}},
			[]quo{{"Taxes will fall in 1998,", "she", "she", "she said"},
				{"and in the week of 1998-W5.", "the mayor of Springfield", "the mayor of Springfield", "the mayor of Springfield"},
				{"No,", "all of them", "all of them", "all of them"}}),
	}
}
