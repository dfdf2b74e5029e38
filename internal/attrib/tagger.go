package attrib

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
)

// The attribution tagger labels every token of a block (a paragraph or line) as part of an
// attribution's source, its cue, its content, or nothing, with BIO tags so that two
// attributions side by side stay apart. It is trained on PolNeAR by ./train.

// Tags of the attribution tagger.
const (
	tagO = iota
	tagBSrc
	tagISrc
	tagBCue
	tagICue
	tagBCon
	tagICon
	nTags
)

// roleOf is the part of an attribution a tag marks: 0 none, 1 source, 2 cue, 3 content.
func roleOf(t int) int { return (t + 1) / 2 }

// attrScheme is BIO: an inside tag only after the begin or inside tag of its part.
var attrScheme = perceptron.NewScheme(nTags,
	func(prev, t int) bool {
		if t == tagO || t%2 == 1 {
			return true
		}
		return prev < nTags && prev != tagO && roleOf(prev) == roleOf(t)
	},
	func(int) bool { return true })

//go:embed model/attrib.bin.gz
var embeddedModel []byte

var (
	modelMagic          = [4]byte{'A', 'T', 'T', 'R'}
	modelVersion uint32 = 2
)

// attrModel is the tagger's weights and the cue words: the words the training data marks as
// cues often enough. A block without any of them is left untagged (nothing is attributed
// without a cue), which keeps the tagger off most of an article.
type attrModel struct {
	*perceptron.Model
	cueWords map[uint64]bool
	// learned are the words outside the lexicon that the training data marks as cues in a
	// good share of their uses ("declined", "defended", "rejected"): the features treat them
	// as cues, so the tagger sees the acts and stances the annotators marked.
	learned map[uint64]bool
}

var (
	modelOnce sync.Once
	theModel  *attrModel
)

// defaultModel returns the embedded model, loaded on first use. Should the embedded bytes be
// unreadable (the package tests check they are not), it returns a model that tags nothing.
func defaultModel() *attrModel {
	modelOnce.Do(func() {
		m, err := decodeAttrModel(embeddedModel)
		if err != nil {
			m = &attrModel{Model: perceptron.Empty(attrScheme)}
		}
		theModel = m
	})
	return theModel
}

func decodeAttrModel(b []byte) (*attrModel, error) {
	pm, r, err := perceptron.Decode(b, modelMagic, modelVersion, attrScheme)
	if err != nil {
		return nil, err
	}
	n := int(r.U32())
	keys := r.Keys(n)
	if r.Err() {
		return nil, perceptron.ErrModel
	}
	nl := int(r.U32())
	lkeys := r.Keys(nl)
	if r.Err() {
		return nil, perceptron.ErrModel
	}
	m := &attrModel{Model: pm, cueWords: make(map[uint64]bool, n), learned: make(map[uint64]bool, nl)}
	for _, k := range keys {
		m.cueWords[k] = true
	}
	for _, k := range lkeys {
		m.learned[k] = true
	}
	return m, nil
}

// tokFeat is what the features need of one token, computed once per document.
type tokFeat struct {
	lower, shape uint64
	cue          uint64 // lemma hash of a reporting verb of the lexicon, 0 for none
	kind         uint8  // text.Kind
	quoted       bool   // inside a quoted passage (marks included)
	cap          bool
	class        uint8 // for the source features: 1 capitalized, 2 pronoun, 3 role noun, 4 other word, 0 no word
	// The nearest lexicon cue outside quotations before and after the token in its sentence
	// (-1 for none), whether a "that" stands between the cue before and the token, and a
	// comma between the token and the cue after.
	cl, cr      int32
	that, comma bool
	// Since the cue before: the commas passed (at most 3) and whether a clause was joined
	// after one (", but", ", while", "; and"): a content tends to end where a clause is joined.
	lcommas uint8
	lbreak  bool
}

// scratch holds per-token features and the decoder's buffers; pooled. feat holds the features
// of tokens [off, off+len(feat)), whole sentences: the tagger computes them for a window of the
// sentences it decodes (see window), training for the whole document (off 0). learned are the
// model's learned cue words.
type tagScratch struct {
	feat    []tokFeat
	off     int
	learned map[uint64]bool
	tags    []uint8
	dec     perceptron.Decoder
	uk, pk  []uint64
	src     blockSource
}

var scratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// poolTokens is the most tokens whose scratch goes back to scratchPool.
const poolTokens = 1 << 16

// scratchCap is the capacity of a per-token buffer for n tokens: room to grow for a scratch
// that goes back to the pool, none for one that is let go.
func scratchCap(n int) int {
	if n > poolTokens {
		return n
	}
	return n + n/4
}

// wordShape is a short shape class: capitalized, lower, all caps, number, quote mark, the
// punctuation itself.
func (f *finder) wordShape(i int) uint64 {
	t := f.toks[i]
	switch t.Kind {
	case text.Word:
		switch {
		case f.isAllCaps(i):
			return 1
		case f.isCap(i):
			return 2
		default:
			return 3
		}
	case text.Number:
		return 4
	case text.Quote:
		return 5
	case text.Punct, text.Symbol:
		return perceptron.Hash(f.word(i))
	}
	return 6
}

// features computes the per-token features of the finder's whole document into sc.feat;
// learned are the model's learned cue words.
func (f *finder) features(sc *tagScratch, learned map[uint64]bool) {
	sc.learned = learned
	f.featuresOf(sc, 0, len(f.toks))
}

// featChunk is the fewest tokens a window of features holds when the document has them: a
// long document's features are computed a window at a time, not held whole.
const featChunk = 1 << 14

// window makes sc.feat hold the features of tokens [lo, hi) and of their whole sentences,
// computing those of the next featChunk tokens or more when it does not.
func (f *finder) window(sc *tagScratch, lo, hi int) {
	if lo >= sc.off && hi <= sc.off+len(sc.feat) {
		return
	}
	n := len(f.toks)
	sents := f.d.Sentences
	s := clamp(sents[f.sentOf[lo]].First, n)
	si := int(f.sentOf[hi-1])
	e := clamp(sents[si].Last, n)
	for e-s < featChunk && si+1 < len(sents) {
		si++
		e = clamp(sents[si].Last, n)
	}
	f.featuresOf(sc, s, e)
}

// cueOf is token i's cue feature (w is its lower case, lower that hashed): the lemma hash of
// a reporting verb of the lexicon, the word's own hash for a verb of thought or evidence or a
// learned cue word, else 0.
func (f *finder) cueOf(i int, w []byte, lower uint64, learned map[uint64]bool) uint64 {
	if c, ok := cueHashes[lower]; ok {
		return c
	} else if learned[lower] && f.isLowerWord(i) {
		return lower
	}
	return 0
}

// cueHashes maps the hash of each lower-case cue word of the lexicon to the hash of its lemma,
// and each verb of thought or evidence to its own hash ("believes", "shows" cue attributions
// too): one lookup per token where cueOf made three by string.
var cueHashes = func() map[uint64]uint64 {
	m := make(map[uint64]uint64, len(cues)+len(thoughtLemmas)+len(evidenceVerbs))
	for _, set := range []map[string]bool{thoughtLemmas, evidenceVerbs} {
		for w := range set {
			m[perceptron.Hash(w)] = perceptron.Hash(w)
		}
	}
	for w, c := range cues { // the lexicon's lemma first, as before
		m[perceptron.Hash(w)] = perceptron.Hash(c.lemma)
	}
	return m
}()

// isCueWord reports whether token i is one of cueWords, as its features say (tokFeat.cue
// and lower) without computing them.
func (f *finder) isCueWord(i int, cueWords, learned map[uint64]bool) bool {
	w := f.lower(i)
	h := perceptron.Hash(w)
	return cueWords[h] && f.cueOf(i, w, h, learned) != 0
}

// featuresOf computes the features of tokens [s, e), whole sentences, into sc.feat.
func (f *finder) featuresOf(sc *tagScratch, s, e int) {
	n := e - s
	if cap(sc.feat) < n {
		sc.feat = make([]tokFeat, n, scratchCap(n))
	}
	sc.feat, sc.off = sc.feat[:n], s
	for i := s; i < e; i++ {
		w := f.lower(i)
		ft := tokFeat{lower: perceptron.Hash(w), shape: f.wordShape(i), kind: uint8(f.toks[i].Kind), quoted: f.quoted(i) != 0, cap: f.isCap(i)}
		ft.cue = f.cueOf(i, w, ft.lower, sc.learned)
		switch {
		case f.toks[i].Kind != text.Word:
		case subjectPronouns[string(w)] != 0:
			ft.class = 2
		case roleNouns[string(w)]:
			ft.class = 3
		case ft.cap:
			ft.class = 1
		default:
			ft.class = 4
		}
		sc.feat[i-s] = ft
	}
	if s >= e {
		return
	}
	for _, st := range f.d.Sentences[f.sentOf[s] : f.sentOf[e-1]+1] {
		ss, se := max(clamp(st.First, len(f.toks)), s), min(clamp(st.Last, len(f.toks)), e)
		last, that := int32(-1), false
		commas, brk := uint8(0), false
		for i := ss; i < se; i++ {
			t := &sc.feat[i-s]
			t.cl, t.that, t.lcommas, t.lbreak = last, that, commas, brk
			switch {
			case t.cue != 0 && !t.quoted:
				last, that, commas, brk = int32(i), false, 0, false
			case t.lower == hThat:
				that = true
			case t.lower == hComma || t.lower == hSemi:
				commas = min(commas+1, 3)
			case i > ss && (sc.feat[i-1-s].lower == hComma || sc.feat[i-1-s].lower == hSemi) && joinHash[t.lower]:
				brk = true
			}
		}
		next, comma := int32(-1), false
		for i := se - 1; i >= ss; i-- {
			t := &sc.feat[i-s]
			t.cr, t.comma = next, comma
			if t.cue != 0 && !t.quoted {
				next, comma = int32(i), false
			} else if t.lower == hComma {
				comma = true
			}
		}
	}
}

// Feature templates.
const (
	fBias uint64 = iota + 1
	fW0
	fWm1
	fWp1
	fWm2
	fWp2
	fBiM1
	fBiP1
	fShape
	fShapeM1
	fShapeP1
	fShapes
	fCue0
	fCueM1
	fCueP1
	fQuote
	fQuoteM1
	fQuoteP1
	fSentPos
	fSentEnd
	fCueLeft
	fCueRight
	fCueLeftLemma
	fCueRightLemma
	fThatLeft
	fCommaRight
	fCapQ
	fSentIdx
	fHeadline
	fSrcRight
	fSrcLeft
	fPairBias
	fPairW0
	fPairShape
	fPairSent
	fPairQuote
	fPairCueL
	fCueLeftNext
	fCueRightPrev
	fAfterCue
	fCueLeftClause
)

func bucket(d int) uint64 {
	switch {
	case d <= 3:
		return uint64(d)
	case d <= 5:
		return 4
	case d <= 10:
		return 5
	case d <= 20:
		return 6
	}
	return 7
}

// tokenKeys returns the unary and pair feature keys of token i of block b (tokens [bs, be)),
// in sc's buffers.
func (f *finder) tokenKeys(sc *tagScratch, b, i int) (uk, pk []uint64) {
	ft, o := sc.feat, sc.off // token j's features are ft[j-o]
	bl := f.blocks[b]
	at := func(j int) (tokFeat, bool) {
		if j < bl.first || j >= bl.last {
			return tokFeat{lower: 0x5e9, shape: 0x5e9}, false
		}
		return ft[j-o], true
	}
	t := ft[i-o]
	m1, _ := at(i - 1)
	p1, _ := at(i + 1)
	m2, _ := at(i - 2)
	p2, _ := at(i + 2)
	si := int(f.sentOf[i])
	ss := max(clamp(f.d.Sentences[si].First, len(f.toks)), bl.first)
	se := min(clamp(f.d.Sentences[si].Last, len(f.toks)), bl.last)
	cl, cr := int(t.cl), int(t.cr)
	that, comma := t.that, t.comma
	uk = sc.uk[:0]
	q := uint64(0)
	if t.quoted {
		q = 1
	}
	qm1, qp1 := uint64(0), uint64(0)
	if m1.quoted {
		qm1 = 1
	}
	if p1.quoted {
		qp1 = 1
	}
	sentPos := bucket(i - ss)
	sentEnd := bucket(se - 1 - i)
	// the common keys first (see unaryCommon): shapes and quotation around the token
	uk = append(uk,
		perceptron.Mix(fBias, 0),
		perceptron.Mix(fShape, t.shape),
		perceptron.Mix3(fShapeM1, m1.shape, t.shape),
		perceptron.Mix3(fShapeP1, t.shape, p1.shape),
		perceptron.Mix3(fShapes, perceptron.Mix(m1.shape, t.shape), p1.shape),
		perceptron.Mix3(fQuote, q, t.shape),
		perceptron.Mix3(fQuoteM1, qm1, q),
		perceptron.Mix3(fQuoteP1, q, qp1),
		// a second set: the cue words around the token and the sentence's place
		perceptron.Mix(fCue0, t.cue),
		perceptron.Mix(fCueM1, m1.cue),
		perceptron.Mix(fCueP1, p1.cue),
		perceptron.Mix(fSentIdx, bucket(si-f.blocks[b].sfirst)),
		perceptron.Mix(fW0, t.lower),
		perceptron.Mix(fWm1, m1.lower),
		perceptron.Mix(fWp1, p1.lower),
		perceptron.Mix(fWm2, m2.lower),
		perceptron.Mix(fWp2, p2.lower),
		perceptron.Mix3(fBiM1, m1.lower, t.lower),
		perceptron.Mix3(fBiP1, t.lower, p1.lower),
		perceptron.Mix3(fSentPos, sentPos, q),
		perceptron.Mix3(fSentEnd, sentEnd, q),
	)
	if cl >= 0 {
		uk = append(uk, perceptron.Mix3(fCueLeft, bucket(i-cl), q), perceptron.Mix3(fCueLeftLemma, ft[cl-o].cue, bucket(i-cl)),
			perceptron.Mix3(fSrcLeft, uint64(t.class), bucket(i-cl)))
	} else {
		uk = append(uk, perceptron.Mix3(fCueLeft, 99, q))
	}
	if cr >= 0 {
		uk = append(uk, perceptron.Mix3(fCueRight, bucket(cr-i), q), perceptron.Mix3(fCueRightLemma, ft[cr-o].cue, bucket(cr-i)),
			perceptron.Mix3(fSrcRight, uint64(t.class), bucket(cr-i)))
	} else {
		uk = append(uk, perceptron.Mix3(fCueRight, 99, q))
	}
	if cl >= 0 {
		b := uint64(t.lcommas)
		if t.lbreak {
			b += 4
		}
		uk = append(uk, perceptron.Mix3(fCueLeftClause, b, q))
	}
	if cl >= 0 && cl+1 < bl.last {
		uk = append(uk, perceptron.Mix3(fCueLeftNext, ft[cl+1-o].lower, bucket(i-cl)))
		if i == cl+1 {
			uk = append(uk, perceptron.Mix(fAfterCue, t.lower))
		}
	}
	if cr > bl.first {
		uk = append(uk, perceptron.Mix3(fCueRightPrev, ft[cr-1-o].lower, bucket(cr-i)))
	}
	if that {
		uk = append(uk, perceptron.Mix(fThatLeft, bucket(i-cl)))
	}
	if comma && cr >= 0 {
		uk = append(uk, perceptron.Mix(fCommaRight, bucket(cr-i)))
	}
	if t.cap {
		uk = append(uk, perceptron.Mix3(fCapQ, q, sentPos))
	}
	if bl.headline {
		uk = append(uk, perceptron.Mix(fHeadline, t.shape))
	}
	pk = sc.pk[:0]
	first := uint64(0)
	if i == ss {
		first = 1
	}
	// the word's key last: the others are common ones (blockSource.Scores)
	pk = append(pk,
		perceptron.Mix(fPairBias, 0),
		perceptron.Mix(fPairShape, t.shape),
		perceptron.Mix(fPairSent, first),
		perceptron.Mix3(fPairQuote, qm1, q),
	)
	if cl >= 0 {
		pk = append(pk, perceptron.Mix(fPairCueL, bucket(i-cl)))
	}
	pk = append(pk, perceptron.Mix(fPairW0, t.lower))
	sc.uk, sc.pk = uk, pk
	return uk, pk
}

var (
	hThat  = perceptron.Hash("that")
	hComma = perceptron.Hash(",")
	hSemi  = perceptron.Hash(";")
)

// joinHash holds the words that join a clause after a comma.
var joinHash = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`but and while whereas although though because since so yet or as which who where when if after before until`) {
		m[perceptron.Hash(w)] = true
	}
	return m
}()

// unaryCommon are the sizes of the sets of common unary keys tokenKeys puts first: keys of
// few values whose sets many tokens share (perceptron.Scores.UnaryCommon).
var unaryCommon = [perceptron.CommonSets]int{8, 4}

// blockSource feeds the decoder the scores of one block's tokens.
type blockSource struct {
	f   *finder
	sc  *tagScratch
	s   perceptron.Scorer
	b   int
	off int // token index of the sequence's first token
}

func (bs *blockSource) Scores(i int, out *perceptron.Scores) {
	j, bl := bs.off+i, bs.f.blocks[bs.b]
	bs.f.window(bs.sc, max(j-2, bl.first), min(j+3, bl.last)) // the token, its neighbours, its sentence
	uk, pk := bs.f.tokenKeys(bs.sc, bs.b, j)
	out.UnaryCommon = unaryCommon
	out.PairCommon[0] = len(pk) - 1 // all but the word's
	bs.s.Score(uk, pk, out)
}

// tagBlocks tags, in every block of the document that holds a cue word, the runs of
// sentences that hold one into sc.tags (tagO elsewhere). The features still see the whole
// block; a sentence without a cue word is left out because its content almost never belongs
// to a cue of another sentence, and decoding it cost a third of the pipeline's time.
func (f *finder) tagBlocks(sc *tagScratch, m *attrModel) {
	n := len(f.toks)
	if cap(sc.tags) < n {
		sc.tags = make([]uint8, n, scratchCap(n))
	}
	sc.tags = sc.tags[:n]
	clear(sc.tags)
	for b := range f.blocks {
		f.cueRuns(sc, m.cueWords, b, func(s, e int) { f.decodeRun(sc, m, b, s, e) })
	}
	sc.src = blockSource{}
}

// maxRun is the most tokens decoded as one sequence. A longer run of sentences with cue words
// (never one of news, but adversarial text: a block of millions of "X said “…”") is decoded
// in parts, cut at a sentence's start, so that the decoder's memory stays bounded, as the name
// tagger's does (a sentence longer than maxRun is cut inside).
const maxRun = 4000

// cueRuns calls run with the token range [s, e) of each run of sentences of block b that hold
// a cue word: the sequences the tagger decodes, in training as in use.
func (f *finder) cueRuns(sc *tagScratch, cueWords map[uint64]bool, b int, run func(s, e int)) {
	bl := f.blocks[b]
	if bl.last <= bl.first {
		return
	}
	emit := func(s, e int) {
		for ; e-s > maxRun; s += maxRun {
			run(s, s+maxRun)
		}
		run(s, e)
	}
	start := -1 // first token of the current run of sentences with a cue word
	for i := bl.first; i < bl.last; {
		si := int(f.sentOf[i])
		end := min(clamp(f.d.Sentences[si].Last, len(f.toks)), bl.last)
		if end <= i {
			end = i + 1
		}
		cue := false
		for j := i; j < end && !cue; j++ {
			cue = f.isCueWord(j, cueWords, sc.learned)
		}
		if cue && start >= 0 && end-start > maxRun {
			emit(start, i) // this sentence would take the run past maxRun: it starts the next
			start = -1
		}
		if cue && start < 0 {
			start = i
		}
		if !cue && start >= 0 {
			emit(start, i)
			start = -1
		}
		i = end
	}
	if start >= 0 {
		emit(start, bl.last)
	}
}

// decodeRun tags tokens [s, e) of block b.
func (f *finder) decodeRun(sc *tagScratch, m *attrModel, b, s, e int) {
	sc.src = blockSource{f: f, sc: sc, s: m.Model, b: b, off: s}
	sc.dec.Decode(attrScheme, e-s, &sc.src, sc.tags[s:e], nil)
}
