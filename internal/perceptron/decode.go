package perceptron

import "math"

// Scorer gives a token's scores from its feature keys: a Model, or a SeqTrainer while
// training.
type Scorer interface {
	Score(uk, pk []uint64, out *Scores)
}

// Source gives the scores of token i (0-based within the sequence being decoded) into out,
// usually by computing the token's feature keys and calling a Scorer.
type Source interface {
	Scores(i int, out *Scores)
}

// minus is the score of an impossible tag.
const minus = -1e30

// Decoder finds the best valid tag sequence with the Viterbi algorithm. Its buffers grow to
// the longest sequence seen and are reused; a Decoder is not safe for concurrent use (pool
// one per goroutine). The zero value is ready to use.
type Decoder struct {
	sc   Scores
	bp   []uint8   // back-pointers, Labels() per token
	loc  []float32 // local scores (tag after its best previous tag), Labels() per token
	loc1 []float32 // the current token's local scores when no confidence is wanted
	// the best path scores up to the last token and the current one, by tag (a tag indexes
	// them without a bounds check)
	delta, next [MaxLabels + 1]float32
}

// Decode tags a sequence of n tokens under scheme s, asking src for each token's scores in
// order, and writes the best valid tags into tags[:n] and, when conf is not nil, a
// confidence in (0, 1) per token into conf[:n]: the logistic of the margin of the token's
// local score over the next best tag's.
func (d *Decoder) Decode(s *Scheme, n int, src Source, tags []uint8, conf []float32) {
	if n <= 0 {
		return
	}
	nl := s.n
	d.sc.size(s)
	if cap(d.bp) < n*nl {
		d.bp = make([]uint8, n*nl, (n+n/4)*nl)
	}
	d.bp = d.bp[:n*nl]
	// The local scores are kept only for the confidences: without them a long sequence
	// needs a byte a tag, not five.
	if conf != nil {
		if cap(d.loc) < n*nl {
			d.loc = make([]float32, n*nl, (n+n/4)*nl)
		}
		d.loc = d.loc[:n*nl]
	}
	if len(d.loc1) != nl {
		d.loc1 = make([]float32, nl)
	}
	u, pw := d.sc.Unary, d.sc.Pair
	delta, next := &d.delta, &d.next
	for i := 0; i < n; i++ {
		d.sc.Only, d.sc.UnaryCommon, d.sc.PairCommon = 0, [CommonSets]int{}, [CommonSets]int{}
		src.Scores(i, &d.sc)
		bp := d.bp[i*nl : (i+1)*nl]
		loc := d.loc1
		if conf != nil {
			loc = d.loc[i*nl : (i+1)*nl]
		}
		if only := d.sc.Only - 1; only >= 0 && only < nl {
			// One possible tag with zero scores: the best previous tag is the best valid
			// one so far, as the loop below would find it.
			best, arg := float32(minus), 0
			if i == 0 {
				if s.valid[s.Pair(nl, only)] {
					best, arg = 0, nl
				}
			} else {
				for _, prev := range s.prevs[only] {
					if v := delta[prev]; v > best {
						best, arg = v, int(prev)
					}
				}
			}
			for t := range nl {
				next[t], bp[t], loc[t] = minus, 0, minus
			}
			if best > minus/2 {
				next[only], bp[only], loc[only] = best, uint8(arg), 0
			}
			delta, next = next, delta
			continue
		}
		s.advance(i == 0, delta, next, u, pw, bp, loc)
		delta, next = next, delta
	}
	// Back from the best valid last tag.
	bt, bv := 0, float32(minus)
	for t := 0; t < nl; t++ {
		if s.validLast[t] && delta[t] > bv {
			bt, bv = t, delta[t]
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = uint8(bt)
		if conf != nil {
			loc := d.loc[i*nl : (i+1)*nl]
			second := float32(minus)
			for t := 0; t < nl; t++ {
				if t != bt && loc[t] > second {
					second = loc[t]
				}
			}
			conf[i] = float32(1 / (1 + math.Exp(-float64(loc[bt]-second))))
		}
		if i > 0 {
			bt = int(d.bp[i*nl+bt])
		}
	}
}

// advance sets, for each tag t of a token, next[t] to the best score of a path ending in t,
// bp[t] to its previous tag and loc[t] to t's local score, from the best scores delta of the
// paths ending in the token before (first: none before) and the token's unary scores u and
// pair scores pw. It is a function of its own so that its loops keep their values in
// registers.
func (s *Scheme) advance(first bool, delta, next *[MaxLabels + 1]float32, u, pw []float32, bp []uint8, loc []float32) {
	nl := s.n
	for t := 0; t < nl; t++ {
		best, arg, pair := float32(minus), 0, float32(0)
		if first {
			if k := s.place[s.Pair(nl, t)]; k >= 0 {
				best, arg, pair = pw[k], nl, pw[k]
			}
		} else {
			prevs := s.prevs[t]
			ps := pw[s.first[t]:][:len(prevs)] // their pair scores, in the same order
			bk := -1
			for k, prev := range prevs {
				if v := delta[prev] + ps[k]; v > best {
					best, bk = v, k
				}
			}
			if bk >= 0 {
				arg, pair = int(prevs[bk]), ps[bk]
			}
		}
		if best <= minus/2 {
			next[t], bp[t], loc[t] = minus, 0, minus
			continue
		}
		// arg is the best previous tag, or nl at the sequence start
		next[t], bp[t], loc[t] = best+u[t], uint8(arg), u[t]+pair
	}
}
