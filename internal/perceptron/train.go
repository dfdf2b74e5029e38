package perceptron

import (
	"errors"
	"math"
	"slices"
)

// trainer holds the float weights of one feature table while training: width weights per
// feature, with the sums for lazy averaging.
type trainer struct {
	counts map[uint64]int32
	keys   []uint64 // selected features, sorted
	idx    map[uint64]int32
	w      []float32
	u      []float64 // sum of c*delta, for averaging: avg = w - u/c
	c      int64
	width  int
}

func newTrainer(width int) *trainer {
	return &trainer{counts: map[uint64]int32{}, idx: map[uint64]int32{}, width: width}
}

// selectFeatures keeps the features counted at least minCount times.
func (tr *trainer) selectFeatures(minCount int) {
	for k, c := range tr.counts {
		if int(c) >= minCount {
			tr.keys = append(tr.keys, k)
		}
	}
	slices.Sort(tr.keys)
	for i, k := range tr.keys {
		tr.idx[k] = int32(i)
	}
	tr.w = make([]float32, len(tr.keys)*tr.width)
	tr.u = make([]float64, len(tr.keys)*tr.width)
	tr.counts = nil
}

// average replaces the weights by their average over all updates.
func (tr *trainer) average() {
	c := float64(max(tr.c, 1))
	for i := range tr.w {
		tr.w[i] = float32(float64(tr.w[i]) - tr.u[i]/c)
	}
	tr.u = nil
}

// errTooMany is returned by Export when a feature keeps more than 255 weights (the model
// file stores the count in a byte).
var errTooMany = errors.New("perceptron: too many weights for one feature")

// export quantizes the weights to int16 and drops those below prune in absolute value.
func (tr *trainer) export(prune float64) (Stage, error) {
	maxAbs := 0.0
	for _, w := range tr.w {
		maxAbs = max(maxAbs, math.Abs(float64(w)))
	}
	scale := max(maxAbs, 1e-9) / 32767
	st := Stage{Scale: float32(scale)}
	for fi, k := range tr.keys {
		n := 0
		for l := 0; l < tr.width; l++ {
			a := float64(tr.w[fi*tr.width+l])
			if math.Abs(a) < prune {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			st.Tags = append(st.Tags, uint16(l))
			st.Weights = append(st.Weights, int16(q))
			n++
		}
		if n > 255 {
			return Stage{}, errTooMany
		}
		if n > 0 {
			st.Keys = append(st.Keys, k)
			st.Counts = append(st.Counts, uint8(n))
		}
	}
	return st, nil
}

func (tr *trainer) score(keys []uint64, out []float32) {
	clear(out)
	w := tr.width
	for _, k := range keys {
		if f, ok := tr.idx[k]; ok {
			row := tr.w[int(f)*w : int(f)*w+w]
			for l := range row {
				out[l] += row[l]
			}
		}
	}
}

func (tr *trainer) update(keys []uint64, g, p int) {
	c := float64(tr.c)
	for _, k := range keys {
		if f, ok := tr.idx[k]; ok {
			b := int(f) * tr.width
			tr.w[b+g]++
			tr.u[b+g] += c
			tr.w[b+p]--
			tr.u[b+p] -= c
		}
	}
}

// SeqTrainer trains the unary and pair weights of a Model. Use: CountKeys for every token
// of the training data (with its gold history), SelectFeatures once, then per epoch and
// sequence Decode with the trainer as Scorer, Update where the tags differ from gold, and
// Tick by the sequence's length; finally Average and Export.
type SeqTrainer struct {
	scheme    *Scheme
	uni, pair *trainer
}

// NewSeqTrainer returns a trainer for the tag set s.
func NewSeqTrainer(s *Scheme) *SeqTrainer {
	return &SeqTrainer{scheme: s, uni: newTrainer(s.n), pair: newTrainer(s.Pairs())}
}

// CountKeys counts one token's unary and pair feature keys, for SelectFeatures.
func (st *SeqTrainer) CountKeys(uk, pk []uint64) {
	for _, k := range uk {
		st.uni.counts[k]++
	}
	for _, k := range pk {
		st.pair.counts[k]++
	}
}

// SelectFeatures keeps the features counted at least minCount times; the others are
// ignored from now on.
func (st *SeqTrainer) SelectFeatures(minCount int) {
	st.uni.selectFeatures(minCount)
	st.pair.selectFeatures(minCount)
}

// Features returns how many unary and pair features were selected.
func (st *SeqTrainer) Features() (unary, pair int) { return len(st.uni.keys), len(st.pair.keys) }

// Score sets out to the current scores of a token with the keys uk and pk.
func (st *SeqTrainer) Score(uk, pk []uint64, out *Scores) {
	out.size(st.scheme)
	st.uni.score(uk, out.Unary)
	if len(out.byIndex) != st.scheme.Pairs() {
		out.byIndex = make([]float32, st.scheme.Pairs())
	}
	st.pair.score(pk, out.byIndex)
	for k, p := range st.scheme.pairs {
		out.Pair[k] = out.byIndex[p]
	}
}

// Update moves the weights toward the gold tag g (after gold tag gp) and away from the
// predicted tag p (after pp) of one token; gp and pp are Labels() at a sequence start.
func (st *SeqTrainer) Update(uk, pk []uint64, g, p, gp, pp int) {
	if g != p {
		st.uni.update(uk, g, p)
	}
	if gi, pi := st.scheme.Pair(gp, g), st.scheme.Pair(pp, p); gi != pi {
		st.pair.update(pk, gi, pi)
	}
}

// Tick counts n more tokens seen, the clock of the weight averaging.
func (st *SeqTrainer) Tick(n int) {
	st.uni.c += int64(n)
	st.pair.c += int64(n)
}

// Average replaces the weights by their average over the training so far; call it once,
// after the last epoch.
func (st *SeqTrainer) Average() {
	st.uni.average()
	st.pair.average()
}

// Add adds the weights of o, trained on the same features (another example order, say), so
// that several runs can be averaged: Add each, then Divide by their number.
func (st *SeqTrainer) Add(o *SeqTrainer) error {
	for i, tr := range []*trainer{st.uni, st.pair} {
		ot := []*trainer{o.uni, o.pair}[i]
		if !slices.Equal(tr.keys, ot.keys) {
			return errors.New("perceptron: Add of a trainer with other features")
		}
		for j := range tr.w {
			tr.w[j] += ot.w[j]
		}
	}
	return nil
}

// Divide divides every weight by k.
func (st *SeqTrainer) Divide(k int) {
	for _, tr := range []*trainer{st.uni, st.pair} {
		for j := range tr.w {
			tr.w[j] /= float32(k)
		}
	}
}

// Export quantizes the weights to int16 and drops those below prune in absolute value,
// giving the unary and pair stages for Encode.
func (st *SeqTrainer) Export(prune float64) ([2]Stage, error) {
	u, err := st.uni.export(prune)
	if err != nil {
		return [2]Stage{}, err
	}
	p, err := st.pair.export(prune)
	return [2]Stage{u, p}, err
}
