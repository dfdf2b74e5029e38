package attrib

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
)

// TrainDoc is one document annotated with its attributions, for Train.
type TrainDoc struct {
	Src          string
	Attributions []TrainAttribution
}

// TrainAttribution is one gold attribution: byte spans of its content, source and cue (cue
// -1, -1 when it has none).
type TrainAttribution struct {
	Start, End       int
	SrcStart, SrcEnd int
	CueStart, CueEnd int
}

// TrainOptions sets up Train. Zero values take the defaults.
type TrainOptions struct {
	Epochs   int     // passes over the data (default 20)
	Models   int     // models trained on different example orders and averaged (default 2)
	Seed     uint64  // shuffling seed (default 1)
	MinCount int     // features seen fewer times are dropped (default 2)
	Prune    float64 // averaged weights smaller than this in absolute value are dropped (default 4)
	Log      io.Writer
}

// trainDoc is a training document ready for the tagger.
type trainDoc struct {
	f    *finder
	feat []tokFeat
	gold []uint8
}

// Train trains the attribution tagger on docs and returns the model file. The same inputs
// and options give the same bytes.
func Train(docs []TrainDoc, opt TrainOptions) ([]byte, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 20
	}
	if opt.Models <= 0 {
		opt.Models = 2
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Prune == 0 {
		opt.Prune = 4
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", a...)
		}
	}
	sc := new(tagScratch)
	var tds []trainDoc
	cueCount, allCount := map[uint64]int{}, map[uint64]int{}
	for _, doc := range docs {
		d := text.Analyze(doc.Src)
		f := prepare(d, nil, nil)
		if f == nil {
			continue
		}
		td := trainDoc{f: f, gold: goldAttrTags(d, doc.Attributions)}
		for _, bl := range f.blocks { // a block is a sequence of its own: none starts inside
			if bl.first < bl.last && td.gold[bl.first]%2 == 0 && td.gold[bl.first] != tagO {
				td.gold[bl.first]--
			}
		}
		for i := range f.toks {
			h := perceptron.Hash(f.lower(i))
			allCount[h]++
			if roleOf(int(td.gold[i])) == 2 {
				cueCount[h]++
			}
		}
		tds = append(tds, td)
	}
	// Learned cue words: lower-case words outside the lexicon marked as (part of) a cue at
	// least learnedMin times and in at least a quarter of their uses; not the nouns of saying
	// and writing ("in a statement"), which the rules read, nor adverbs ("also", "publicly"),
	// which only go with a cue.
	learned := map[uint64]bool{}
	for i := range tds {
		f := tds[i].f
		for j := range f.toks {
			h := perceptron.Hash(f.lower(j))
			if c := cueCount[h]; c >= learnedMin && c*4 >= allCount[h] && f.isLowerWord(j) && !f.lexical(j) &&
				!f.in(claimNouns, j) && !f.in(writingNouns, j) {
				learned[h] = true
			}
		}
	}
	var learnedKeys []uint64
	for k := range learned {
		learnedKeys = append(learnedKeys, k)
	}
	slices.Sort(learnedKeys)
	for i := range tds {
		tds[i].f.features(sc, learned)
		tds[i].feat = slices.Clone(sc.feat)
	}
	// Cue words: marked as (part of) a cue at least 3 times and in at least 2% of their uses.
	var cueKeys []uint64
	for k, c := range cueCount {
		if c >= 3 && c*50 >= allCount[k] {
			cueKeys = append(cueKeys, k)
		}
	}
	slices.Sort(cueKeys)
	cueWords := map[uint64]bool{}
	for _, k := range cueKeys {
		cueWords[k] = true
	}
	// The runs of sentences the tagger will see, and how much gold they hold.
	var seqs []attrSeq
	goldIn, goldAll := 0, 0
	for di, td := range tds {
		sc.feat = td.feat
		for i := range td.gold {
			if td.gold[i] == tagBCon {
				goldAll++
			}
		}
		for b := range td.f.blocks {
			td.f.cueRuns(sc, cueWords, b, func(s, e int) {
				if td.gold[s]%2 == 0 && td.gold[s] != tagO { // a sequence starts outside any part
					td.gold[s]--
				}
				for i := s; i < e; i++ {
					if td.gold[i] == tagBCon {
						goldIn++
					}
				}
				seqs = append(seqs, attrSeq{di, b, s, e})
			})
		}
	}
	logf("learned cue words %d", len(learnedKeys))
	logf("docs %d, cue words %d, runs tagged %d, gold contents in them %d of %d", len(tds), len(cueKeys), len(seqs), goldIn, goldAll)

	// The shipped weights are the mean of opt.Models averaged perceptrons trained on different
	// example orders: steadier than one.
	var mean *perceptron.SeqTrainer
	for run := 0; run < opt.Models; run++ {
		t := trainRun(tds, seqs, sc, opt, run, logf)
		if mean == nil {
			mean = t
			continue
		}
		if err := mean.Add(t); err != nil {
			return nil, err
		}
	}
	mean.Divide(opt.Models)
	t := mean
	stages, err := t.Export(opt.Prune)
	if err != nil {
		return nil, err
	}
	logf("model: %d unary and %d pair features, %d weights", len(stages[0].Keys), len(stages[1].Keys), len(stages[0].Tags)+len(stages[1].Tags))
	return perceptron.Encode(modelMagic, modelVersion, stages, func(raw *bytes.Buffer) {
		binary.Write(raw, binary.LittleEndian, uint32(len(cueKeys)))
		perceptron.PutKeys(raw, cueKeys)
		binary.Write(raw, binary.LittleEndian, uint32(len(learnedKeys)))
		perceptron.PutKeys(raw, learnedKeys)
	})
}

// learnedMin is how often the training data must mark a word as a cue for it to be learned.
const learnedMin = 10

// lexical reports whether token i is a verb of the lexicon's (reporting, thought or
// evidence).
func (f *finder) lexical(i int) bool {
	w := f.lower(i)
	_, ok := cues[string(w)]
	return ok || thoughtLemmas[string(w)] || evidenceVerbs[string(w)]
}

// goldAttrTags returns the BIO tags of the gold attributions over the tokens of d: contents
// first, then sources and cues over them (a source inside another attribution's content is a
// source).
func goldAttrTags(d *text.Doc, atts []TrainAttribution) []uint8 {
	gold := make([]uint8, len(d.Tokens))
	paint := func(s, e int, b uint8) {
		if s < 0 || e <= s {
			return
		}
		a := sort.Search(len(d.Tokens), func(j int) bool { return int(d.Tokens[j].End) > s })
		first := true
		for j := a; j < len(d.Tokens) && int(d.Tokens[j].Start) < e; j++ {
			if first {
				gold[j] = b
				first = false
			} else {
				gold[j] = b + 1
			}
		}
	}
	for _, a := range atts {
		paint(a.Start, a.End, tagBCon)
	}
	for _, a := range atts {
		paint(a.SrcStart, a.SrcEnd, tagBSrc)
		paint(a.CueStart, a.CueEnd, tagBCue)
	}
	// An inside tag must follow its part's begin or inside tag: repair what overlaps left.
	prev := nTags
	for i, g := range gold {
		if !attrScheme.Valid(prev, int(g)) {
			gold[i] = g - 1
		}
		prev = int(gold[i])
	}
	return gold
}

// attrSeq is one run of sentences [s, e) of a block of a training document: a sequence for
// the tagger.
type attrSeq struct{ doc, block, s, e int }

// trainRun trains one averaged perceptron over seqs in the order of seed opt.Seed+run.
func trainRun(tds []trainDoc, seqs []attrSeq, sc *tagScratch, opt TrainOptions, run int, logf func(string, ...any)) *perceptron.SeqTrainer {
	t := perceptron.NewSeqTrainer(attrScheme)
	for _, s := range seqs {
		td := tds[s.doc]
		sc.feat = td.feat
		for i := s.s; i < s.e; i++ {
			t.CountKeys(td.f.tokenKeys(sc, s.block, i))
		}
	}
	t.SelectFeatures(opt.MinCount)
	nu, np := t.Features()
	logf("features: %d unary, %d pair", nu, np)
	rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), 0x617474))
	order := slices.Clone(seqs)
	tags := make([]uint8, 0, 256)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, s := range order {
			td := tds[s.doc]
			sc.feat = td.feat
			n := s.e - s.s
			tags = slices.Grow(tags[:0], n)[:n]
			sc.src = blockSource{f: td.f, sc: sc, s: t, b: s.block, off: s.s}
			sc.dec.Decode(attrScheme, n, &sc.src, tags, nil)
			gold := td.gold[s.s:s.e]
			for i := range n {
				g, p, gp, pp := int(gold[i]), int(tags[i]), nTags, nTags
				if i > 0 {
					gp, pp = int(gold[i-1]), int(tags[i-1])
				}
				if g != p {
					errs++
				}
				if g != p || gp != pp {
					uk, pk := td.f.tokenKeys(sc, s.block, s.s+i)
					t.Update(uk, pk, g, p, gp, pp)
				}
			}
			t.Tick(n)
			toks += n
		}
		logf("  run %d epoch %d: token errors %d of %d", run+1, ep+1, errs, toks)
	}
	t.Average()
	return t
}
