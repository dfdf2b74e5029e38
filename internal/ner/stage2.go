package ner

import (
	"math"

	"github.com/newsextract/newsextract/internal/text"
)

// Stage 2 sees the whole document as stage 1 tagged it. Its score for a tag is stage 1's
// score plus the weights of a few document-level features: which types stage 1 gave the
// same word anywhere in the document (so a later "Peskov said" informs an earlier headline
// "PESKOV"), stage 1's tags around the token, and stage 2's own previous tags. It is trained
// on stage-1 output for documents stage 1 was not trained on (jackknifing).
const (
	t2Bias = iota + 100
	t2Mask
	t2Maj
	t2Ctx
	t2Prev
	t2Prev2
	t2Multi
	t2Conf
	t2MaskM1
	t2MaskP1
	t2MaskLex
)

// Aggregate fields per word: counts (6 bits each, saturating) of stage-1 mention types
// Person..Misc and of "capitalized but tagged O", then flags for the word's place in
// multi-token mentions.
const (
	aggFields    = 5
	aggFirstFlag = 1 << 30 // first token of a multi-token mention
	aggLastFlag  = 1 << 31 // last token of a multi-token mention
)

// keepStage1 saves stage 1's tags and computes the per-word aggregates.
func (sc *scratch) keepStage1(info []tokInfo) {
	n := len(info)
	sc.tags1 = append(sc.tags1[:0], sc.tags[:n]...)
	sc.agg.reset(n)
	for i := range info {
		if !info[i].word {
			continue
		}
		tg := int(sc.tags1[i])
		f := -1
		if ty := tagType(tg); ty != None {
			f = int(ty) - 1
		} else if info[i].capc != capLower {
			f = 4
		}
		if f < 0 {
			continue
		}
		j := sc.agg.slot(info[i].lower)
		v := sc.agg.vals[j]
		if (v>>(6*f))&63 < 63 {
			v += 1 << (6 * f)
		}
		if tg != 0 {
			switch tagPos(tg) {
			case posB:
				v |= aggFirstFlag
			case posL:
				v |= aggLastFlag
			}
		}
		sc.agg.vals[j] = v
	}
}

// aggFeatures returns the mask of stage-1 types seen for token i's word (5 bits), the most
// frequent one (0 none, 1..5) and the multi-token flags (0..3).
func (sc *scratch) aggFeatures(info []tokInfo, i int) (mask, maj, multi uint64) {
	if i < 0 || i >= len(info) || !info[i].word {
		return 0, 0, 0
	}
	v := sc.agg.get(info[i].lower)
	best := uint32(0)
	for f := 0; f < aggFields; f++ {
		c := (v >> (6 * f)) & 63
		if c > 0 {
			mask |= 1 << f
			if c > best {
				best, maj = c, uint64(f+1)
			}
		}
	}
	return mask, maj, uint64(v >> 30)
}

// stage2Keys appends the stage-2 feature keys of token i of sentence [first, last).
func (sc *scratch) stage2Keys(keys []uint64, info []tokInfo, first, last, i, prev1, prev2 int) []uint64 {
	t1 := uint64(sc.tags1[i])
	m1, p1 := uint64(nLabels), uint64(nLabels)
	if i-1 >= first {
		m1 = uint64(sc.tags1[i-1])
	}
	if i+1 < last {
		p1 = uint64(sc.tags1[i+1])
	}
	mask, maj, multi := sc.aggFeatures(info, i)
	var maskM1, maskP1 uint64
	if i-1 >= first {
		maskM1, _, _ = sc.aggFeatures(info, i-1)
	}
	if i+1 < last {
		maskP1, _, _ = sc.aggFeatures(info, i+1)
	}
	pp1, pp2 := uint64(prev1+1), uint64(prev2+1)
	if i-1 < first {
		pp1 = 0
	}
	if i-2 < first {
		pp2 = 0
	}
	capc := uint64(info[i].capc)
	conf := uint64(0)
	if c := sc.conf[i]; c < 0.9 {
		conf = 1
		if c < 0.7 {
			conf = 2
		}
	}
	return append(keys,
		k1(t2Bias, t1),
		k2(t2Mask, mask, capc),
		k2(t2Maj, maj, t1),
		k2(t2Ctx, m1<<8|t1, p1),
		k2(t2Prev, pp1, t1),
		k2(t2Prev2, pp2, pp1),
		k2(t2Multi, multi<<8|mask, capc),
		k2(t2Conf, conf, t1),
		k2(t2MaskM1, maskM1, mask),
		k2(t2MaskP1, mask, maskP1),
		k2(t2MaskLex, mask, uint64(info[i].lex)<<8|capc),
	)
}

// decode2 runs stage 2 over d after decode and keepStage1, replacing sc.tags and sc.conf.
func (sc *scratch) decode2(d *text.Doc, info []tokInfo, s scorer, gold []uint8, upd func(keys []uint64, gold, pred int)) {
	n := len(info)
	var out [nLabels]float32
	for _, s0 := range d.Sentences {
		first, last := s0.First, min(s0.Last, n)
		for i := first; i < last; i++ {
			prev1, prev2 := 0, 0
			if i-1 >= first {
				prev1 = int(sc.tags[i-1])
			}
			if i-2 >= first {
				prev2 = int(sc.tags[i-2])
			}
			keys := sc.stage2Keys(sc.keys[:0], info, first, last, i, prev1, prev2)
			sc.keys = keys
			s.score(keys, &out)
			base := sc.s1[i*nLabels : i*nLabels+nLabels]
			for l := range out {
				out[l] += base[l]
			}
			best, second := 0, 1
			if out[second] > out[best] {
				best, second = second, best
			}
			for l := 2; l < nLabels; l++ {
				if out[l] > out[best] {
					best, second = l, best
				} else if out[l] > out[second] {
					second = l
				}
			}
			if gold != nil && int(gold[i]) != best {
				upd(keys, int(gold[i]), best)
			}
			sc.tags[i] = uint8(best)
			sc.conf[i] = float32(1 / (1 + math.Exp(-float64(out[best]-out[second]))))
		}
	}
}
