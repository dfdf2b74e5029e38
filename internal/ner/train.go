package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/newsextract/newsextract/internal/text"
)

// TrainDoc is one annotated document for Train.
type TrainDoc struct {
	Src   string
	Spans []TrainSpan
}

// TrainSpan is a gold mention: bytes Src[Start:End] of type Label.
type TrainSpan struct {
	Start, End int
	Label      Label
}

// TrainOptions sets up Train. Zero values take the defaults.
type TrainOptions struct {
	Epochs   int     // passes over the data (default 12)
	Seed     uint64  // shuffling seed (default 1)
	MinCount int     // features seen fewer times (with gold history) are dropped (default 2)
	Prune    float64 // averaged weights smaller than this in absolute value are dropped (default 0.5)
	Folds    int     // folds for jackknifed casing statistics on the training text (default 10)
	// Unlabeled texts add to the casing lexicon (how words are usually capitalized).
	Unlabeled []string
	Log       io.Writer
}

// Train trains a model on docs and returns the model file. The same inputs and options give
// the same bytes.
func Train(docs []TrainDoc, opt TrainOptions) ([]byte, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Prune == 0 {
		opt.Prune = 0.5
	}
	if opt.Folds == 0 {
		opt.Folds = 10
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", a...)
		}
	}
	sc := new(scratch)

	// Casing lexicon: counts of lower/capitalized/ALL-CAPS spellings at reliable positions.
	type caseCounts [3]int32
	total := map[uint64]caseCounts{}
	folds := make([]map[uint64]caseCounts, opt.Folds)
	for i := range folds {
		folds[i] = map[uint64]caseCounts{}
	}
	count := func(src string, m map[uint64]caseCounts) {
		d := text.Analyze(src)
		info := sc.analyzeTokens(d)
		for _, t := range info {
			if !t.word {
				continue
			}
			var c caseCounts
			switch t.capc {
			case capLower:
				c[0] = 1
			case capMid:
				c[1] = 1
			case capAcronym:
				c[2] = 1
			default:
				continue
			}
			for _, mm := range []map[uint64]caseCounts{m, total} {
				if mm == nil {
					continue
				}
				v := mm[t.lower]
				v[0] += c[0]
				v[1] += c[1]
				v[2] += c[2]
				mm[t.lower] = v
			}
		}
	}
	for i, doc := range docs {
		count(doc.Src, folds[i%opt.Folds])
	}
	for _, u := range opt.Unlabeled {
		count(u, nil)
	}
	bucket := func(c caseCounts) uint8 {
		n := c[0] + c[1] + c[2]
		if n <= 0 {
			return lexUnseen
		}
		rare := uint8(0)
		if n < 3 {
			rare = lexRareLower - lexLower
		}
		switch {
		case float64(c[0]) >= 0.9*float64(n):
			return lexLower + rare
		case float64(c[2]) >= 0.5*float64(n):
			return lexAcro + rare
		case float64(c[1]+c[2]) >= 0.9*float64(n):
			return lexCap + rare
		}
		return lexMixed + rare
	}
	buildLex := func(minus map[uint64]caseCounts) (lexicon, []uint64, []uint8) {
		keys := make([]uint64, 0, len(total))
		for k := range total {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var ks []uint64
		var vs []uint8
		for _, k := range keys {
			c := total[k]
			if minus != nil {
				m := minus[k]
				c[0] -= m[0]
				c[1] -= m[1]
				c[2] -= m[2]
			}
			if b := bucket(c); b != lexUnseen {
				ks = append(ks, k)
				vs = append(vs, b)
			}
		}
		return newLexicon(ks, vs), ks, vs
	}
	_, lexKeys, lexVals := buildLex(nil)
	logf("lexicon: %d words", len(lexKeys))

	// Documents, gold tags and token information (with the lexicon of the other folds).
	type tdoc struct {
		d    *text.Doc
		info []tokInfo
		gold []uint8
	}
	tds := make([]tdoc, len(docs))
	misaligned := 0
	for f := 0; f < opt.Folds; f++ {
		lex, _, _ := buildLex(folds[f])
		for i := f; i < len(docs); i += opt.Folds {
			d := text.Analyze(docs[i].Src)
			gold := make([]uint8, len(d.Tokens))
			for _, sp := range docs[i].Spans {
				if sp.Label < Person || sp.Label > Misc {
					continue
				}
				a := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].End > sp.Start })
				b := a
				for b < len(d.Tokens) && d.Tokens[b].Start < sp.End {
					b++
				}
				if a >= b {
					misaligned++
					continue
				}
				if d.Tokens[a].Start != sp.Start || d.Tokens[b-1].End != sp.End {
					misaligned++
				}
				if b-a == 1 {
					gold[a] = uint8(tagOf(sp.Label, posU))
					continue
				}
				gold[a] = uint8(tagOf(sp.Label, posB))
				for j := a + 1; j < b-1; j++ {
					gold[j] = uint8(tagOf(sp.Label, posI))
				}
				gold[b-1] = uint8(tagOf(sp.Label, posL))
			}
			info := slices.Clone(sc.prepare(d, &lex))
			tds[i] = tdoc{d: d, info: info, gold: gold}
		}
	}
	logf("docs: %d, spans not on token boundaries: %d", len(docs), misaligned)

	// Feature selection: count keys along the gold path.
	tr := &trainer{idx: map[uint64]int32{}}
	counts := map[uint64]int32{}
	for _, td := range tds {
		tr.walkGold(sc, td.d, td.info, td.gold, func(keys []uint64) {
			for _, k := range keys {
				counts[k]++
			}
		})
	}
	kept := make([]uint64, 0, len(counts))
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			kept = append(kept, k)
		}
	}
	slices.Sort(kept)
	for i, k := range kept {
		tr.idx[k] = int32(i)
	}
	tr.w = make([]float32, len(kept)*nLabels)
	tr.u = make([]float64, len(kept)*nLabels)
	logf("features: %d seen, %d kept", len(counts), len(kept))
	counts = nil

	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	order := make([]int, len(tds))
	for i := range order {
		order[i] = i
	}
	upd := func(keys []uint64, g, p int) { tr.update(keys, g, p) }
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, di := range order {
			td := tds[di]
			sc.decode(td.d, td.info, tr, td.gold, upd)
			for i, g := range td.gold {
				if sc.tags[i] != g {
					errs++
				}
				n++
				tr.c++
			}
		}
		logf("epoch %d: token errors %d / %d", ep+1, errs, n)
	}

	// Average, quantize, prune.
	c := float64(tr.c)
	maxAbs := 0.0
	avg := make([]float64, len(tr.w))
	for i := range tr.w {
		avg[i] = float64(tr.w[i]) - tr.u[i]/c
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	scale := maxAbs / 32767
	md := &modelData{scale: float32(scale), lexKeys: lexKeys, lexVals: lexVals}
	for fi, k := range kept {
		n := 0
		for l := 0; l < nLabels; l++ {
			a := avg[fi*nLabels+l]
			if math.Abs(a) < opt.Prune {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			md.tags = append(md.tags, uint8(l))
			md.weights = append(md.weights, int16(q))
			n++
		}
		if n > 0 {
			md.keys = append(md.keys, k)
			md.counts = append(md.counts, uint8(n))
		}
	}
	logf("model: %d features, %d weights, scale %.4g", len(md.keys), len(md.tags), scale)
	return md.encode()
}

// trainer is the float, growing form of the model used while training.
type trainer struct {
	idx map[uint64]int32
	w   []float32
	u   []float64 // sum of c*delta, for averaging: avg = w - u/c
	c   int64
}

func (tr *trainer) score(keys []uint64, out *[nLabels]float32) {
	*out = [nLabels]float32{}
	for _, k := range keys {
		if f, ok := tr.idx[k]; ok {
			row := tr.w[int(f)*nLabels : int(f)*nLabels+nLabels]
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
			b := int(f) * nLabels
			tr.w[b+g]++
			tr.u[b+g] += c
			tr.w[b+p]--
			tr.u[b+p] -= c
		}
	}
}

// walkGold calls fn with the feature keys of every token, using the gold tags as history.
func (tr *trainer) walkGold(sc *scratch, d *text.Doc, info []tokInfo, gold []uint8, fn func([]uint64)) {
	sc.mem.reset(len(info))
	for _, s := range d.Sentences {
		first, last := s.First, min(s.Last, len(info))
		for i := first; i < last; i++ {
			keys := staticKeys(sc.keys[:0], info, first, last, i)
			prev1, prev2 := 0, 0
			if i-1 >= first {
				prev1 = int(gold[i-1])
			}
			if i-2 >= first {
				prev2 = int(gold[i-2])
			}
			var mem, memNext uint32
			if info[i].word {
				mem = sc.mem.get(info[i].lower)
			}
			if i+1 < last && info[i+1].word {
				memNext = sc.mem.get(info[i+1].lower)
			}
			keys = dynKeys(keys, info, first, i, prev1, prev2, mem, memNext)
			sc.keys = keys
			fn(keys)
			if info[i].word {
				sc.mem.vals[sc.mem.slot(info[i].lower)] = uint32(gold[i]) + 1
			}
		}
	}
}
