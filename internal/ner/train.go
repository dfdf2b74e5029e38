package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/perceptron"
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
	Models   int     // models trained on different example orders and averaged (default 8)
	Seed     uint64  // shuffling seed (default 1)
	MinCount int     // features seen fewer times (with gold history) are dropped (default 2)
	Prune    float64 // averaged weights smaller than this in absolute value are dropped (default 0.5)
	Folds    int     // folds for jackknifed casing statistics on the training text (default 10)
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
	if opt.Models <= 0 {
		opt.Models = 8
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
	// Title-Case headlines do not occur in CoNLL (its headlines are ALL CAPS): every second
	// document is added again with its ALL-CAPS first line in Title Case, so that the
	// Title-Case features are learned.
	n0 := len(docs)
	for i := 0; i < n0; i += 2 {
		if src, ok := titleCaseHeadline(docs[i].Src); ok {
			docs = append(docs, TrainDoc{Src: src, Spans: docs[i].Spans})
		}
	}

	// Casing lexicon, jackknifed: each fold's documents see the counts of the other folds.
	cs := newCasingStats(opt.Folds)
	analyzed := make([]*text.Doc, len(docs))
	for i, doc := range docs {
		analyzed[i] = text.Analyze(doc.Src)
		cs.count(sc, analyzed[i], i%opt.Folds)
	}
	for _, u := range opt.Unlabeled {
		cs.count(sc, text.Analyze(u), -1)
	}
	lexKeys, lexVals := cs.lexicon(-1)
	logf("lexicon: %d words", len(lexKeys))
	md := &modelData{lexKeys: lexKeys, lexVals: lexVals}

	// Documents, gold tags and token information (with the lexicon of the other folds).
	type tdoc struct {
		d    *text.Doc
		info []tokInfo
		gold []uint8
	}
	tds := make([]tdoc, len(docs))
	misaligned, cut := 0, 0
	for f := 0; f < opt.Folds; f++ {
		lex := newLexicon(cs.lexicon(f))
		for i := f; i < len(docs); i += opt.Folds {
			d := analyzed[i]
			gold, bad := goldTags(d, docs[i].Spans)
			misaligned += bad
			cut += splitAtSentences(d, gold)
			info := new(scratch).prepare(d, &lex, opt.Names) // a scratch of its own: info points into its hashes
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
	logf("docs: %d, spans not on token boundaries: %d, cut by sentence breaks: %d, tokens with gazetteer kinds: %d", len(docs), misaligned, cut, withGaz)

	all := make([]int, len(tds))
	for i := range all {
		all[i] = i
	}
	// Models trained on different example orders make different mistakes: the shipped
	// weights are the mean of opt.Models runs (each an averaged perceptron).
	var tr *perceptron.SeqTrainer
	for run := 0; run < opt.Models; run++ {
		rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), 0x6e6572))
		t := perceptron.NewSeqTrainer(scheme)
		for _, di := range all {
			td := tds[di]
			walkGold(t, sc, td.d, td.info, td.gold)
		}
		t.SelectFeatures(opt.MinCount)
		order := slices.Clone(all)
		for ep := 0; ep < opt.Epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for _, di := range order {
				td := tds[di]
				sc.decode(td.d, td.info, t, td.gold, t.Update)
				for i, g := range td.gold {
					if sc.tags[i] != g {
						errs++
					}
				}
				t.Tick(len(td.gold))
			}
			logf("  run %d epoch %d: token errors %d", run+1, ep+1, errs)
		}
		t.Average()
		if tr == nil {
			tr = t
			continue
		}
		if err := tr.Add(t); err != nil {
			return nil, err
		}
	}
	tr.Divide(opt.Models)
	stages, err := tr.Export(opt.Prune)
	if err != nil {
		return nil, err
	}
	md.stages = stages
	nu, np := tr.Features()
	for i, kept := range []int{nu, np} {
		logf("%s features: %d kept, %d in model, %d weights", []string{"unary", "pair"}[i], kept, len(md.stages[i].Keys), len(md.stages[i].Tags))
	}
	return md.encode()
}

// caseCounts counts the spellings of a word at reliable positions: lower case,
// capitalized, ALL CAPS.
type caseCounts [3]int32

// casingStats counts the spellings of every word (by lower-case hash) in all the text and
// in each fold of the training documents.
type casingStats struct {
	total map[uint64]caseCounts
	folds []map[uint64]caseCounts
}

func newCasingStats(folds int) *casingStats {
	cs := &casingStats{total: map[uint64]caseCounts{}, folds: make([]map[uint64]caseCounts, folds)}
	for i := range cs.folds {
		cs.folds[i] = map[uint64]caseCounts{}
	}
	return cs
}

// count adds the spellings in d to the totals and to fold (-1: none).
func (cs *casingStats) count(sc *scratch, d *text.Doc, fold int) {
	for _, t := range sc.analyzeTokens(d) {
		if !t.word {
			continue
		}
		slot, ok := reliable(t.capc)
		if !ok {
			continue
		}
		add := func(m map[uint64]caseCounts) {
			v := m[t.h.lower]
			v[slot]++
			m[t.h.lower] = v
		}
		if fold >= 0 {
			add(cs.folds[fold])
		}
		add(cs.total)
	}
}

// casingBucket tells how a word with the counts c is usually written.
func casingBucket(c caseCounts) uint8 {
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

// lexicon returns the casing lexicon, sorted by key, of all the counts but those of fold
// (-1: all).
func (cs *casingStats) lexicon(fold int) (keys []uint64, vals []uint8) {
	all := make([]uint64, 0, len(cs.total))
	for k := range cs.total {
		all = append(all, k)
	}
	slices.Sort(all)
	for _, k := range all {
		c := cs.total[k]
		if fold >= 0 {
			m := cs.folds[fold][k]
			c[0] -= m[0]
			c[1] -= m[1]
			c[2] -= m[2]
		}
		if b := casingBucket(c); b != lexUnseen {
			keys = append(keys, k)
			vals = append(vals, b)
		}
	}
	return keys, vals
}

// walkGold counts the feature keys of every token, with the gold tags as tag memory.
func walkGold(st *perceptron.SeqTrainer, sc *scratch, d *text.Doc, info []tokInfo, gold []uint8) {
	sc.mem.reset(len(info))
	for _, s := range d.Sentences {
		first, last := s.First, min(s.Last, len(info))
		for i := first; i < last; i++ {
			st.CountKeys(sc.tokenKeys(d, info, first, last, i))
		}
		sc.remember(info, first, last, gold)
	}
}

// goldTags returns the BILOU tags of the gold spans over the tokens of d, and how many
// spans do not start and end on token boundaries (those are widened to the tokens they
// touch, or dropped when they touch none).
func goldTags(d *text.Doc, spans []TrainSpan) (gold []uint8, misaligned int) {
	gold = make([]uint8, len(d.Tokens))
	for _, sp := range spans {
		if sp.Label < Person || sp.Label > Misc {
			continue
		}
		a := sort.Search(len(d.Tokens), func(j int) bool { return int(d.Tokens[j].End) > sp.Start })
		b := a
		for b < len(d.Tokens) && int(d.Tokens[b].Start) < sp.End {
			b++
		}
		if a >= b {
			misaligned++
			continue
		}
		if int(d.Tokens[a].Start) != sp.Start || int(d.Tokens[b-1].End) != sp.End {
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
	return gold, misaligned
}

// splitAtSentences cuts the gold mentions that cross a sentence break at the break, so that
// every sentence's gold tags are a valid BILOU sequence, and returns how many it cut.
func splitAtSentences(d *text.Doc, gold []uint8) int {
	cut := 0
	for _, s := range d.Sentences {
		first, last := s.First, min(s.Last, len(gold))
		if first >= last {
			continue
		}
		if g := int(gold[first]); g != 0 && tagPos(g) == posI {
			gold[first] = uint8(tagOf(tagType(g), posB))
			cut++
		} else if g != 0 && tagPos(g) == posL {
			gold[first] = uint8(tagOf(tagType(g), posU))
			cut++
		}
		if g := int(gold[last-1]); g != 0 && (tagPos(g) == posB || tagPos(g) == posI) {
			if tagPos(g) == posB {
				gold[last-1] = uint8(tagOf(tagType(g), posU))
			} else {
				gold[last-1] = uint8(tagOf(tagType(g), posL))
			}
		}
	}
	return cut
}

// titleCaseHeadline returns src with its first line changed from ALL CAPS to Title Case
// (function words after the first lower case); ok is false unless the first line is ASCII
// and ALL CAPS. Byte offsets do not change.
func titleCaseHeadline(src string) (string, bool) {
	end := strings.IndexByte(src, '\n')
	if end < 0 {
		end = len(src)
	}
	if !isCapsLine(src[:end]) {
		return "", false
	}
	words := strings.Split(strings.ToLower(src[:end]), " ")
	for i, w := range words {
		if w == "" || (i > 0 && isFunctionWord(w)) {
			continue
		}
		if c := w[0]; 'a' <= c && c <= 'z' {
			words[i] = string(c-32) + w[1:]
		}
	}
	return strings.Join(words, " ") + src[end:], true
}

// isCapsLine reports whether line is ASCII with at least four letters, all upper case.
func isCapsLine(line string) bool {
	letters := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c >= 0x80 || ('a' <= c && c <= 'z') {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 4
}
