package perceptron

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bio is a toy scheme: 0 O, 1 B, 2 I; I only after B or I.
var bio = NewScheme(3,
	func(prev, t int) bool { return t != 2 || prev == 1 || prev == 2 },
	func(t int) bool { return true })

// fixed is a Source with given unary scores and no pair scores; a nil row allows only tag 0
// (Scores.Only).
type fixed [][]float32

func (f fixed) Scores(i int, out *Scores) {
	if f[i] == nil {
		out.Only = 1
		return
	}
	copy(out.Unary, f[i])
	clear(out.Pair)
}

func TestSchemeValid(t *testing.T) {
	tests := []struct {
		name, reason string
		tags         []uint8
		want         bool
	}{
		{"empty", "no tags is a valid sequence", nil, true},
		{"B I I", "inside after begin", []uint8{1, 2, 2}, true},
		{"I first", "inside cannot start a sequence (prev is Labels())", []uint8{2}, false},
		{"O I", "inside cannot follow outside", []uint8{0, 2}, false},
		{"out of range", "tags beyond the scheme are never valid", []uint8{3}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, bio.ValidSequence(tc.tags)); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.reason, diff)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, reason string
		scores       fixed
		want         []uint8
	}{
		{"argmax", "without constraints in play the best tag of each token wins",
			fixed{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, []uint8{0, 1, 2}},
		{"no I after O", "I is best for the second token but cannot follow O; B I beats O O and O B",
			fixed{{0.5, 0.4, 0}, {0, 0, 3}}, []uint8{1, 2}},
		{"no I first", "a sequence cannot start with I even when I scores best",
			fixed{{0, 0.5, 2}}, []uint8{1}},
	}
	var d Decoder
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := make([]uint8, len(tc.scores))
			conf := make([]float32, len(tc.scores))
			d.Decode(bio, len(tc.scores), tc.scores, got, conf)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.reason, diff)
			}
			for i, c := range conf {
				if !(c > 0 && c < 1) {
					t.Errorf("token %d: confidence %v outside (0, 1)", i, c)
				}
			}
			// Without confidences the decoder keeps no local scores: the path must not change.
			noConf := make([]uint8, len(tc.scores))
			d.Decode(bio, len(tc.scores), tc.scores, noConf, nil)
			if diff := cmp.Diff(got, noConf); diff != "" {
				t.Errorf("without confidences (-with +without)\n%s", diff)
			}
		})
	}
}

// TestDecodeOnly checks that a token allowing one tag (Scores.Only) decodes as one whose
// other tags score minus infinity would, after and before tokens of every tag.
func TestDecodeOnly(t *testing.T) {
	const no = -1e30
	tests := []struct {
		name, reason string
		only, scored fixed
	}{
		{"first", "a sequence may start with the only tag", fixed{nil, {0, 2, 0}}, fixed{{0, no, no}, {0, 2, 0}}},
		{"after B I", "the best path into the only tag comes from I, which must follow B",
			fixed{{0, 1, 0}, {0, 0, 3}, nil, {1, 0, 0}}, fixed{{0, 1, 0}, {0, 0, 3}, {0, no, no}, {1, 0, 0}}},
		{"all", "every token forced", fixed{nil, nil, nil}, fixed{{0, no, no}, {0, no, no}, {0, no, no}}},
		{"last", "the only tag ends the sequence", fixed{{0, 5, 0}, nil}, fixed{{0, 5, 0}, {0, no, no}}},
	}
	var d Decoder
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := make([]uint8, len(tc.scored))
			d.Decode(bio, len(tc.scored), tc.scored, want, nil)
			got := make([]uint8, len(tc.only))
			d.Decode(bio, len(tc.only), tc.only, got, nil)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.reason, diff)
			}
		})
	}
}

// toy is a tiny tagging task: a token is B when it follows key 7, I when it follows a B or I
// token and is not 9, and O otherwise.
func toy() (seqs [][]uint64, gold [][]uint8) {
	x := uint64(1)
	for range 200 {
		var s []uint64
		var g []uint8
		prev := uint8(0)
		for range 12 {
			x = x*6364136223846793005 + 1442695040888963407
			k := x>>60 + 1 // 1..16
			tag := uint8(0)
			switch {
			case len(s) > 0 && s[len(s)-1] == 7:
				tag = 1
			case (prev == 1 || prev == 2) && k != 9:
				tag = 2
			}
			s, g, prev = append(s, k), append(g, tag), tag
		}
		seqs, gold = append(seqs, s), append(gold, g)
	}
	return seqs, gold
}

// toySource gives the keys of a toy sequence: the token and the token before it.
type toySource struct {
	s   Scorer
	seq []uint64
}

func (ts *toySource) keys(i int) (uk, pk []uint64) {
	prev := uint64(100)
	if i > 0 {
		prev = ts.seq[i-1]
	}
	return []uint64{ts.seq[i], 1000 + prev}, []uint64{2000 + ts.seq[i], 3000}
}

func (ts *toySource) Scores(i int, out *Scores) {
	uk, pk := ts.keys(i)
	ts.s.Score(uk, pk, out)
}

func trainToy(t *testing.T) ([]byte, *SeqTrainer) {
	t.Helper()
	seqs, gold := toy()
	tr := NewSeqTrainer(bio)
	for _, s := range seqs {
		src := &toySource{seq: s}
		for i := range s {
			tr.CountKeys(src.keys(i))
		}
	}
	tr.SelectFeatures(1)
	var d Decoder
	for range 5 {
		for si, s := range seqs {
			src := &toySource{s: tr, seq: s}
			tags := make([]uint8, len(s))
			d.Decode(bio, len(s), src, tags, nil)
			for i := range s {
				g, p, gp, pp := int(gold[si][i]), int(tags[i]), 3, 3
				if i > 0 {
					gp, pp = int(gold[si][i-1]), int(tags[i-1])
				}
				if g != p || gp != pp {
					uk, pk := src.keys(i)
					tr.Update(uk, pk, g, p, gp, pp)
				}
			}
			tr.Tick(len(s))
		}
	}
	tr.Average()
	st, err := tr.Export(0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encode([4]byte{'T', 'E', 'S', 'T'}, 1, st, func(raw *bytes.Buffer) { raw.WriteString("extra") })
	if err != nil {
		t.Fatal(err)
	}
	return b, tr
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	b, tr := trainToy(t)
	b2, _ := trainToy(t)
	if !bytes.Equal(b, b2) {
		t.Fatal("training twice gave different model files")
	}
	m, r, err := Decode(b, [4]byte{'T', 'E', 'S', 'T'}, 1, bio)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(r.Next(5)); got != "extra" || r.Err() {
		t.Errorf("extra section: got %q (err %v), want %q", got, r.Err(), "extra")
	}
	seqs, gold := toy()
	var d Decoder
	errs, total := 0, 0
	var sm, st Scores
	for si, s := range seqs {
		tags := make([]uint8, len(s))
		d.Decode(bio, len(s), &toySource{s: m, seq: s}, tags, nil)
		for i := range s {
			total++
			if tags[i] != gold[si][i] {
				errs++
			}
			// The quantized model scores as the trainer does, up to rounding.
			src := &toySource{seq: s}
			uk, pk := src.keys(i)
			m.Score(uk, pk, &sm)
			tr.Score(uk, pk, &st)
			for k := range sm.Unary {
				if math.Abs(float64(sm.Unary[k]-st.Unary[k])) > 0.01*(1+math.Abs(float64(st.Unary[k]))) {
					t.Fatalf("unary score %d: model %v, trainer %v", k, sm.Unary[k], st.Unary[k])
				}
			}
			for k := range sm.Pair { // by the valid pairs' places, in both
				if math.Abs(float64(sm.Pair[k]-st.Pair[k])) > 0.01*(1+math.Abs(float64(st.Pair[k]))) {
					t.Fatalf("pair score %d: model %v, trainer %v", k, sm.Pair[k], st.Pair[k])
				}
			}
		}
	}
	if errs*20 > total {
		t.Errorf("toy task: %d of %d tokens wrong after training, want under 5%%", errs, total)
	}
	if f, w := m.Size(); f == 0 || w == 0 {
		t.Errorf("model has %d features and %d weights", f, w)
	}
}

func TestDecodeRejects(t *testing.T) {
	good, _ := trainToy(t)
	magic := [4]byte{'T', 'E', 'S', 'T'}
	// A pair stage holding an invalid pair (O then I: index 2) must be refused.
	badPair, err := Encode(magic, 1, [2]Stage{{Scale: 1}, {Scale: 1, Keys: []uint64{5}, Counts: []uint8{1}, Tags: []uint16{2}, Weights: []int16{1}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	zeroKey, _ := Encode(magic, 1, [2]Stage{{Scale: 1, Keys: []uint64{0}, Counts: []uint8{1}, Tags: []uint16{0}, Weights: []int16{1}}, {}}, nil)
	tests := []struct {
		name, reason string
		file         []byte
		magic        [4]byte
		version      uint32
	}{
		{"not gzip", "garbage is not a model", []byte("hello"), magic, 1},
		{"truncated", "a cut file fails to read", good[:len(good)/2], magic, 1},
		{"magic", "another tagger's model is refused", good, [4]byte{'N', 'E', 'R', 'M'}, 1},
		{"version", "a model of another version is refused", good, magic, 2},
		{"invalid pair", "weights for a transition the scheme forbids mean another scheme", badPair, magic, 1},
		{"zero key", "key 0 marks an empty slot", zeroKey, magic, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Decode(tc.file, tc.magic, tc.version, bio); !errors.Is(err, ErrModel) {
				t.Errorf("%s: got %v, want ErrModel", tc.reason, err)
			}
		})
	}
}

func TestEmptyModel(t *testing.T) {
	var out Scores
	Empty(bio).Score([]uint64{1, 2}, []uint64{3}, &out)
	if diff := cmp.Diff([]float32{0, 0, 0}, out.Unary); diff != "" {
		t.Errorf("an empty model scores every tag 0 (-want +got)\n%s", diff)
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := Encode([4]byte{'T', 'E', 'S', 'T'}, 1, [2]Stage{{Scale: 1, Keys: []uint64{5, 9}, Counts: []uint8{1, 2},
		Tags: []uint16{0, 1, 2}, Weights: []int16{3, -4, 5}}, {Scale: 1}}, nil)
	zr, _ := gzip.NewReader(bytes.NewReader(good))
	raw, _ := io.ReadAll(zr)
	f.Add(raw)
	f.Fuzz(func(t *testing.T, raw []byte) {
		// The body of a model file, gzip-wrapped, reaches the stage reader.
		var file bytes.Buffer
		zw := gzip.NewWriter(&file)
		zw.Write(raw)
		zw.Close()
		if m, _, err := Decode(file.Bytes(), [4]byte{'T', 'E', 'S', 'T'}, 1, bio); err == nil {
			var out Scores
			m.Score([]uint64{5, 9, 1}, []uint64{5, 9}, &out)
		}
		Decode(raw, [4]byte{'T', 'E', 'S', 'T'}, 1, bio)
	})
}

// randomModel returns a model for bio with features keyed 1 to nf, each with one to three
// random weights of valid tags (unary) or valid pairs (pair).
func randomModel(t *testing.T, rng *rand.Rand, nf int) *Model {
	t.Helper()
	var st [2]Stage
	for s := range st {
		st[s].Scale = 0.5
		for k := 1; k <= nf; k++ {
			n := 1 + rng.IntN(3)
			st[s].Keys = append(st[s].Keys, uint64(k))
			st[s].Counts = append(st[s].Counts, uint8(n))
			for range n {
				tag := rng.IntN(bio.Labels())
				if s == 1 {
					tag = bio.pairs[rng.IntN(len(bio.pairs))]
				}
				st[s].Tags = append(st[s].Tags, uint16(tag))
				st[s].Weights = append(st[s].Weights, int16(rng.IntN(2001)-1000))
			}
		}
	}
	b, err := Encode([4]byte{'T', 'E', 'S', 'T'}, 1, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := Decode(b, [4]byte{'T', 'E', 'S', 'T'}, 1, bio)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestScoreCommon checks that the sums Score remembers for common keys give the scores to
// the bit, whether a set repeats, another set takes its way, or another model uses the
// same Scores.
func TestScoreCommon(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	models := []*Model{randomModel(t, rng, 300), randomModel(t, rng, 300)}
	all := -1 // all pair keys but the last
	tests := []struct {
		name, reason string
		uc, pc       [CommonSets]int
	}{
		{"none", "no common keys: the plain sum", [CommonSets]int{}, [CommonSets]int{}},
		{"unary", "the first three unary keys common", [CommonSets]int{3}, [CommonSets]int{}},
		{"pair", "all pair keys but the last common", [CommonSets]int{}, [CommonSets]int{all}},
		{"both", "common keys in both tables", [CommonSets]int{2}, [CommonSets]int{all}},
		{"two sets", "two sets of common keys, each remembered on its own", [CommonSets]int{1, 2}, [CommonSets]int{1, 1}},
		{"too many", "more common keys than the token has are ignored", [CommonSets]int{50}, [CommonSets]int{2, 50}},
		{"above the bound", "more than MaxCommon keys are summed plainly", [CommonSets]int{MaxCommon + 1}, [CommonSets]int{1, MaxCommon + 1}},
		{"second without first", "a size 0 ends the sets", [CommonSets]int{0, 2}, [CommonSets]int{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var plain, cached Scores
			for i := range 5000 {
				m := models[i/1000%2]
				// keys of few values first, as a tagger puts them, then rarer ones
				var uk, pk []uint64
				for range 3 + rng.IntN(8) {
					uk = append(uk, uint64(1+rng.IntN(4+len(uk)*40)))
				}
				for range 1 + rng.IntN(10) {
					pk = append(pk, uint64(1+rng.IntN(3+len(pk)*30)))
				}
				m.Score(uk, pk, &plain)
				cached.UnaryCommon, cached.PairCommon = tc.uc, tc.pc
				if tc.pc[0] == all {
					cached.PairCommon[0] = len(pk) - 1
				}
				m.Score(uk, pk, &cached)
				if diff := cmp.Diff(plain.Unary, cached.Unary); diff != "" {
					t.Fatalf("token %d: unary scores (-plain +cached):\n%s", i, diff)
				}
				if diff := cmp.Diff(plain.Pair, cached.Pair); diff != "" {
					t.Fatalf("token %d: pair scores (-plain +cached):\n%s", i, diff)
				}
			}
		})
	}
}
