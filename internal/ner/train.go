package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
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
	Epochs     int     // passes over the data (default 12)
	Seed       uint64  // shuffling seed (default 1)
	MinCount   int     // features seen fewer times (with gold history) are dropped (default 2)
	Prune      float64 // averaged weights smaller than this in absolute value are dropped (default 0.5)
	Folds      int     // folds for jackknifed casing statistics on the training text (default 10)
	StackFolds int     // folds for the jackknifed stage-1 output stage 2 learns from (default 5)
	Epochs2    int     // stage-2 passes (default 8)
	Step2      float64 // stage-2 update size (default 1)
	// Unlabeled texts add to the casing lexicon (how words are usually capitalized).
	Unlabeled []string
	Log       io.Writer
	// Names gives the gazetteer features; nil trains without them.
	Names gazetteer.Lookuper
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
	if opt.StackFolds == 0 {
		opt.StackFolds = 5
	}
	if opt.Epochs2 == 0 {
		opt.Epochs2 = 8
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
	// Title-Case headlines do not occur in CoNLL (its headlines are ALL CAPS): every second
	// document is added again with its ALL-CAPS first line in Title Case, so that the
	// Title-Case features are learned.
	n0 := len(docs)
	for i := 0; i < n0; i += 2 {
		if src, ok := titleCaseFirstLine(docs[i].Src); ok {
			docs = append(docs, TrainDoc{Src: src, Spans: docs[i].Spans})
		}
	}

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
			info := slices.Clone(sc.prepare(d, &lex, opt.Names))
			tds[i] = tdoc{d: d, info: info, gold: gold}
		}
	}
	withGaz := 0
	for _, td := range tds {
		for _, t := range td.info {
			if t.gaz != 0 {
				withGaz++
			}
		}
	}
	logf("docs: %d, spans not on token boundaries: %d, tokens with gazetteer kinds: %d", len(docs), misaligned, withGaz)

	all := make([]int, len(tds))
	for i := range all {
		all[i] = i
	}
	// Stage 1 on stage1Docs: count features along the gold path, then train.
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	trainStage1 := func(which []int, epochs int) *trainer {
		tr := newTrainer()
		for _, di := range which {
			td := tds[di]
			tr.walkGold(sc, td.d, td.info, td.gold, tr.countKeys)
		}
		tr.selectFeatures(opt.MinCount)
		order := slices.Clone(which)
		upd := func(keys []uint64, g, p int) { tr.update(keys, g, p) }
		for ep := 0; ep < epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for _, di := range order {
				td := tds[di]
				sc.decode(td.d, td.info, tr, td.gold, upd)
				for i, g := range td.gold {
					if sc.tags[i] != g {
						errs++
					}
					tr.c++
				}
			}
			logf("  stage 1 epoch %d: token errors %d", ep+1, errs)
		}
		tr.average()
		return tr
	}
	logf("stage 1 on all %d docs", len(all))
	tr1 := trainStage1(all, opt.Epochs)
	md := &modelData{lexKeys: lexKeys, lexVals: lexVals}
	md.stages[0] = tr1.export(opt.Prune)
	logf("stage 1: %d features kept, %d in model, %d weights", len(tr1.keys), len(md.stages[0].keys), len(md.stages[0].tags))

	if opt.Epochs2 < 0 {
		md.stages[1] = stageData{scale: 1}
		return md.encode()
	}
	// Jackknife: stage-1 output for each document from a model trained without it.
	type s1out struct {
		s1   []float32
		tags []uint8
		conf []float32
	}
	outs := make([]s1out, len(tds))
	for f := 0; f < opt.StackFolds; f++ {
		var train, held []int
		for i := range tds {
			if i%opt.StackFolds == f {
				held = append(held, i)
			} else {
				train = append(train, i)
			}
		}
		logf("jackknife fold %d/%d", f+1, opt.StackFolds)
		tr := trainStage1(train, opt.Epochs)
		for _, di := range held {
			td := tds[di]
			sc.decode(td.d, td.info, tr, nil, nil)
			n := len(td.info)
			outs[di] = s1out{s1: slices.Clone(sc.s1[:n*nLabels]), tags: slices.Clone(sc.tags[:n]), conf: slices.Clone(sc.conf[:n])}
		}
	}
	restore := func(di int) {
		o := outs[di]
		sc.s1 = append(sc.s1[:0], o.s1...)
		sc.tags = append(sc.tags[:0], o.tags...)
		sc.conf = append(sc.conf[:0], o.conf...)
		sc.keepStage1(tds[di].info)
	}

	// Stage 2 on the jackknifed stage-1 output.
	tr2 := newTrainer()
	tr2.step = float32(opt.Step2)
	for _, di := range all {
		restore(di)
		td := tds[di]
		tr2.walkGold2(sc, td.d, td.info, td.gold, tr2.countKeys)
	}
	tr2.selectFeatures(opt.MinCount)
	order := slices.Clone(all)
	upd2 := func(keys []uint64, g, p int) { tr2.update(keys, g, p) }
	for ep := 0; ep < opt.Epochs2; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, errs1 := 0, 0
		for _, di := range order {
			restore(di)
			td := tds[di]
			for i, g := range td.gold {
				if sc.tags1[i] != g {
					errs1++
				}
			}
			sc.decode2(td.d, td.info, tr2, td.gold, upd2)
			for i, g := range td.gold {
				if sc.tags[i] != g {
					errs++
				}
				tr2.c++
			}
		}
		logf("  stage 2 epoch %d: token errors %d (stage 1: %d)", ep+1, errs, errs1)
	}
	tr2.average()
	md.stages[1] = tr2.export(opt.Prune)
	logf("stage 2: %d features kept, %d in model, %d weights", len(tr2.keys), len(md.stages[1].keys), len(md.stages[1].tags))
	return md.encode()
}

// trainer is the float form of one stage's weights used while training.
type trainer struct {
	counts map[uint64]int32
	keys   []uint64 // selected features, sorted
	idx    map[uint64]int32
	w      []float32
	u      []float64 // sum of c*delta, for averaging: avg = w - u/c
	c      int64
	step   float32 // update size (stage 2 learns small corrections to stage-1 scores)
}

func newTrainer() *trainer { return &trainer{counts: map[uint64]int32{}, idx: map[uint64]int32{}} }

func (tr *trainer) countKeys(keys []uint64) {
	for _, k := range keys {
		tr.counts[k]++
	}
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
	tr.w = make([]float32, len(tr.keys)*nLabels)
	tr.u = make([]float64, len(tr.keys)*nLabels)
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

// export quantizes the averaged weights to int16 and drops those below prune.
func (tr *trainer) export(prune float64) stageData {
	maxAbs := 0.0
	for _, w := range tr.w {
		maxAbs = max(maxAbs, math.Abs(float64(w)))
	}
	scale := max(maxAbs, 1e-9) / 32767
	st := stageData{scale: float32(scale)}
	for fi, k := range tr.keys {
		n := 0
		for l := 0; l < nLabels; l++ {
			a := float64(tr.w[fi*nLabels+l])
			if math.Abs(a) < prune {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			st.tags = append(st.tags, uint8(l))
			st.weights = append(st.weights, int16(q))
			n++
		}
		if n > 0 {
			st.keys = append(st.keys, k)
			st.counts = append(st.counts, uint8(n))
		}
	}
	return st
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
	step := tr.step
	if step == 0 {
		step = 1
	}
	c := float64(tr.c) * float64(step)
	for _, k := range keys {
		if f, ok := tr.idx[k]; ok {
			b := int(f) * nLabels
			tr.w[b+g] += step
			tr.u[b+g] += c
			tr.w[b+p] -= step
			tr.u[b+p] -= c
		}
	}
}

// walkGold2 calls fn with the stage-2 feature keys of every token, gold tags as history.
func (tr *trainer) walkGold2(sc *scratch, d *text.Doc, info []tokInfo, gold []uint8, fn func([]uint64)) {
	for _, s := range d.Sentences {
		first, last := s.First, min(s.Last, len(info))
		for i := first; i < last; i++ {
			prev1, prev2 := 0, 0
			if i-1 >= first {
				prev1 = int(gold[i-1])
			}
			if i-2 >= first {
				prev2 = int(gold[i-2])
			}
			keys := sc.stage2Keys(sc.keys[:0], info, first, last, i, prev1, prev2)
			sc.keys = keys
			fn(keys)
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

// titleCaseFirstLine returns src with its first line changed from ALL CAPS to Title Case
// (function words lower case); ok is false unless that line is ASCII and ALL CAPS.
func titleCaseFirstLine(src string) (string, bool) {
	end := strings.IndexByte(src, '\n')
	if end < 0 {
		end = len(src)
	}
	line := src[:end]
	letters := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c >= 0x80 || ('a' <= c && c <= 'z') {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	if letters < 4 {
		return "", false
	}
	words := strings.Split(strings.ToLower(line), " ")
	for i, w := range words {
		if w == "" || (i > 0 && isFunctionWord(w)) {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ") + src[end:], true
}
