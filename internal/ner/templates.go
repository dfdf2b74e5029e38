package ner

import (
	"math/bits"

	"github.com/newsextract/newsextract/internal/perceptron"
)

// Feature template ids. Changing a template changes the model: bump modelVersion.
const (
	tBias = iota + 1
	tLower
	tForm
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tBigramM1
	tBigramP1
	tShape
	tShapeM1
	tShapeP1
	tShort3
	tShortLen
	tPre
	tPre3
	tPre4
	tSuf
	tSuf3
	tSuf4
	tCap
	tCapLex
	tCapM1
	tCapP1
	tCapLexM1
	tCapLexP1
	tLineShort
	tLineLower
	tDocCase
	tDocCaseLex
	tGaz
	tGazPh
	tGazM1
	tGazP1
	tLowerCapP1
	tLowerCapM1
	tAcroNoun
	tGazCtx
	tGazAny
	tGazPhAny
	// five ids of the word-class templates of a removed experiment, kept so that the ids
	// after them (and so the keys of the shipped model) do not move
	_
	_
	_
	_
	_
	// tag memory and pair templates
	tPrev
	tPrevLower
	tPrevShort
	tMem
	tMemCap
	tMemP1
	tMemLex
)

// neighbour returns token info j of the sentence [first, last), padded outside.
func neighbour(info []tokInfo, first, last, j int) *tokInfo {
	if j < first {
		return &padLeft
	}
	if j >= last {
		return &padRight
	}
	return &info[j]
}

func k1(t int, a uint64) uint64    { return perceptron.Mix(uint64(t), a) }
func k2(t int, a, b uint64) uint64 { return perceptron.Mix3(uint64(t), a, b) }

// commonKeys appends the keys of the features of few values that depend on token i alone:
// its shape, case, line, casing elsewhere in the document and tag memory (mem). Many tokens
// share the set, so the model remembers its summed weights (perceptron.Scores.UnaryCommon);
// there are at most 11 of them (perceptron.MaxCommon bounds a set).
func commonKeys(keys []uint64, info []tokInfo, i int, mem uint32) []uint64 {
	t := &info[i]
	cap0 := uint64(t.capc)
	keys = append(keys,
		k1(tBias, 0),
		k1(tShape, t.h.shape),
		k2(tShortLen, t.h.short, uint64(t.lenB)),
		k1(tCap, cap0),
		k2(tCapLex, cap0, uint64(t.lex)),
		k2(tLineShort, uint64(t.line), t.h.short),
	)
	if t.word {
		keys = append(keys,
			k2(tDocCase, uint64(t.dcase), cap0),
			k2(tDocCaseLex, uint64(t.dcase)<<8|uint64(t.lex), cap0),
		)
	}
	return memKeys(keys, info, i, mem)
}

// neighbourCommon is the number of keys staticKeys starts with that depend only on the
// shapes and case of a token and its neighbours: a second set of common keys, after
// commonKeys' (perceptron.Scores.UnaryCommon).
const neighbourCommon = 7

// staticKeys appends the keys of the other features of token i that do not depend on tags
// (commonKeys has the rest); pre and suf are its affixes.
func staticKeys(keys []uint64, info []tokInfo, pre, suf *[3]uint64, first, last, i int) []uint64 {
	t := &info[i]
	m1 := neighbour(info, first, last, i-1)
	m2 := neighbour(info, first, last, i-2)
	p1 := neighbour(info, first, last, i+1)
	p2 := neighbour(info, first, last, i+2)
	cap0 := uint64(t.capc)
	// the neighbours' shapes and case first: neighbourCommon common keys
	keys = append(keys,
		k2(tShapeM1, m1.h.shape, t.h.shape),
		k2(tShapeP1, t.h.shape, p1.h.shape),
		k2(tShort3, perceptron.Mix(m1.h.short, t.h.short), p1.h.short),
		k2(tCapM1, uint64(m1.capc), cap0),
		k2(tCapP1, cap0, uint64(p1.capc)),
		k2(tCapLexM1, uint64(m1.capc)<<8|uint64(m1.lex), cap0<<8|uint64(t.lex)),
		k2(tCapLexP1, cap0<<8|uint64(t.lex), uint64(p1.capc)<<8|uint64(p1.lex)),
		k1(tLower, t.h.lower),
		k1(tForm, t.h.form),
		k1(tLowerM1, m1.h.lower),
		k1(tLowerP1, p1.h.lower),
		k1(tLowerM2, m2.h.lower),
		k1(tLowerP2, p2.h.lower),
		k2(tBigramM1, m1.h.lower, t.h.lower),
		k2(tBigramP1, t.h.lower, p1.h.lower),
		k1(tPre, pre[0]), k1(tPre+1, pre[1]), k1(tPre+2, pre[2]),
		k1(tSuf, suf[0]), k1(tSuf+1, suf[1]), k1(tSuf+2, suf[2]),
		k2(tLowerCapP1, t.h.lower, uint64(p1.capc)),
		k2(tLowerCapM1, t.h.lower, uint64(m1.capc)),
	)
	if t.word {
		keys = append(keys, k2(tLineLower, uint64(t.line), t.h.lower))
	}
	if t.acro {
		keys = append(keys, k2(tAcroNoun, cap0, uint64(p1.capc)))
	}
	for g := t.gaz; g != 0; g &= g - 1 {
		b := uint64(bits.TrailingZeros32(g))
		keys = append(keys, k2(tGaz, b, cap0), k1(tGazAny, b))
	}
	if t.gaz != 0 && t.capc != capLower {
		// the kinds with the case of both neighbours: a first name before a lower-case word is
		// a person named by first name alone ("Gloria developed")
		ctx := uint64(m1.capc)<<8 | uint64(p1.capc)
		for g := t.gaz; g != 0; g &= g - 1 {
			keys = append(keys, k2(tGazCtx, uint64(bits.TrailingZeros32(g)), ctx))
		}
	}
	for g := t.gazPh; g != 0; g &= g - 1 {
		b := uint64(bits.TrailingZeros32(g))
		keys = append(keys, k2(tGazPh, b, cap0), k1(tGazPhAny, b))
	}
	for g := m1.gaz; g != 0; g &= g - 1 {
		keys = append(keys, k1(tGazM1, uint64(bits.TrailingZeros32(g))))
	}
	for g := p1.gaz; g != 0; g &= g - 1 {
		keys = append(keys, k1(tGazP1, uint64(bits.TrailingZeros32(g))))
	}
	return keys
}

// memKeys appends the keys of the features of token i that depend on the tag memory: the
// last tag given to the same word earlier in the document (mem, tag+1, 0 for none).
func memKeys(keys []uint64, info []tokInfo, i int, mem uint32) []uint64 {
	t := &info[i]
	if t.word {
		keys = append(keys,
			k1(tMem, uint64(mem)),
			k2(tMemCap, uint64(mem), uint64(t.capc)),
			k2(tMemLex, uint64(mem), uint64(t.lex)),
		)
	}
	return keys
}

// pairKeys appends the keys of token i's pair features: their weights are per (previous
// tag, tag) pair (see pairIndex), so one lookup scores every transition. memNext is the tag
// memory of the next word.
func pairKeys(keys []uint64, info []tokInfo, i int, memNext uint32) []uint64 {
	t := &info[i]
	// the word's key last: the others are common ones (source.Scores)
	keys = append(keys,
		k1(tPrev, 0),
		k1(tPrevShort, t.h.short),
	)
	if t.word {
		keys = append(keys, k1(tMemP1, uint64(memNext)))
	}
	return append(keys, k1(tPrevLower, t.h.lower))
}
