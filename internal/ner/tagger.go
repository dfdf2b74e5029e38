package ner

import (
	_ "embed"
	"math"
	"sync"
	"unicode"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

//go:embed model/ner.bin.gz
var embedded []byte

// Tagger finds mentions with one model. It is safe for concurrent use.
type Tagger struct {
	m     *model
	names gazetteer.Lookuper
	pool  sync.Pool
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger with the embedded model, loading it on first use. The model is
// part of the binary and is checked by the package tests, so Default never fails; should the
// embedded bytes ever be unreadable it returns a tagger that finds nothing.
func Default() *Tagger {
	defaultOnce.Do(func() {
		t, err := New(embedded)
		if err != nil {
			t = &Tagger{m: &model{slots: make([]slot, 1), pair: &model{slots: make([]slot, 1)}}, names: gazetteer.BuiltIn()}
		}
		defaultTagger = t
	})
	return defaultTagger
}

// New returns a tagger for a model file written by the training command.
func New(modelFile []byte) (*Tagger, error) {
	m, err := decodeModel(modelFile)
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, names: gazetteer.BuiltIn()}, nil
}

// Tag returns the mentions of d in text order.
func (t *Tagger) Tag(d *text.Doc) []Mention { return t.AppendTag(nil, d) }

// AppendTag appends the mentions of d to dst in text order and returns the result. It
// allocates only when dst must grow (and for its reusable buffers on first use).
func (t *Tagger) AppendTag(dst []Mention, d *text.Doc) []Mention {
	if d == nil || len(d.Tokens) == 0 {
		return dst
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	info := sc.prepare(d, &t.m.lex, t.names)
	sc.decode(d, info, t.m, nil, nil)
	n0 := len(dst)
	dst = sc.mentions(dst, d, info)
	ms := sc.consistency(dst[n0:], d, info, t.names)
	ms = sc.wholeNames(ms, d, info, t.names)
	dst = append(dst[:n0], ms...)
	t.pool.Put(sc)
	return dst
}

// scorer gives the scores of all tags for a token's unary feature keys, and of all (previous
// tag, tag) pairs for its pair feature keys.
type scorer interface {
	score(keys []uint64, out *[nLabels]float32)
	scorePair(keys []uint64, out *[nPair]float32)
}

// prepare computes the per-token information of d.
func (sc *scratch) prepare(d *text.Doc, lex *lexicon, names gazetteer.Lookuper) []tokInfo {
	info := sc.analyzeTokens(d)
	if names != nil {
		sc.gazetteer(d, info, names)
	}
	for i := range info {
		if info[i].word {
			info[i].lex = lex.get(info[i].lower)
		}
	}
	truecase(info)
	sc.docCase(info)
	return info
}

// updater is called in training for every token of a sentence whose best path differs from
// the gold path: ukeys/pkeys are the token's unary and pair keys, g/p the gold and predicted
// tags, gp/pp the gold and predicted previous tags (nLabels at a sentence start).
type updater func(ukeys, pkeys []uint64, g, p, gp, pp int)

// decode tags d sentence by sentence with the Viterbi algorithm over valid BILOU sequences
// into sc.tags. The tag memory features see the tags of earlier sentences. When gold is
// given (training), upd is called for the tokens where the best path differs from gold.
func (sc *scratch) decode(d *text.Doc, info []tokInfo, s scorer, gold []uint8, upd updater) {
	n := len(info)
	sc.grow(n)
	clear(sc.tags)
	sc.mem.reset(n)
	for _, sent := range d.Sentences {
		first, last := sent.First, min(sent.Last, n)
		if first >= last {
			continue
		}
		delta := sc.viterbi(d, info, s, first, last, gold == nil)
		sc.backtrack(first, last, &delta)
		if gold != nil {
			sc.learn(info, first, last, gold, upd)
		}
		sc.remember(info, first, last, sc.tags)
	}
}

// grow sizes the per-token decoding buffers for n tokens.
func (sc *scratch) grow(n int) {
	if cap(sc.tags) < n {
		sc.tags = make([]uint8, n, n+n/4)
		sc.conf = make([]float32, n, n+n/4)
	}
	sc.tags = sc.tags[:n]
	sc.conf = sc.conf[:n]
	if cap(sc.bp) < n*nLabels {
		sc.bp = make([]uint8, n*nLabels, (n+n/4)*nLabels)
		sc.loc = make([]float32, n*nLabels, (n+n/4)*nLabels)
	}
	sc.bp = sc.bp[:n*nLabels]
	sc.loc = sc.loc[:n*nLabels]
}

// minus is the score of an impossible tag.
const minus = -1e30

// viterbi runs the forward pass over the sentence [first, last): it fills the back-pointers
// sc.bp and local scores sc.loc of its tokens and returns the best score of each last tag.
// With skipQuiet, quiet tokens are given the O tag without asking the model.
func (sc *scratch) viterbi(d *text.Doc, info []tokInfo, s scorer, first, last int, skipQuiet bool) (delta [nLabels]float32) {
	// The score arrays live in sc: passed to the scorer interface, locals would escape to the
	// heap on every call.
	u, pw := &sc.uScores, &sc.pScores
	var next [nLabels]float32
	for i := first; i < last; i++ {
		if skipQuiet && quiet(d, first, last, i) {
			// Far from any capital letter: no name can be here, so only O is scored.
			*u, *pw = quietScores, [nPair]float32{}
		} else {
			uk, pk := sc.tokenKeys(info, first, last, i)
			s.score(uk, u)
			s.scorePair(pk, pw)
		}
		bp := sc.bp[i*nLabels : (i+1)*nLabels]
		loc := sc.loc[i*nLabels : (i+1)*nLabels]
		for t := 0; t < nLabels; t++ {
			best, arg := float32(minus), 0
			if i == first {
				if validPair(nLabels, t) {
					best, arg = pw[pairIndex(nLabels, t)], nLabels
				}
			} else {
				for _, p := range prevsOf[t] {
					if v := delta[p] + pw[pairIndex(int(p), t)]; v > best {
						best, arg = v, int(p)
					}
				}
			}
			if best <= minus/2 {
				next[t], bp[t], loc[t] = minus, 0, minus
				continue
			}
			// arg is the best previous tag, or nLabels at the sentence start
			local := u[t] + pw[pairIndex(arg, t)]
			next[t], bp[t], loc[t] = best+u[t], uint8(arg), local
		}
		delta = next
	}
	return delta
}

// backtrack follows the back-pointers from the best valid last tag into sc.tags, and gives
// each token the confidence of the margin of its local score over the next best tag's.
func (sc *scratch) backtrack(first, last int, delta *[nLabels]float32) {
	bt, bv := 0, float32(minus)
	for t := 0; t < nLabels; t++ {
		if validLast(t) && delta[t] > bv {
			bt, bv = t, delta[t]
		}
	}
	for i := last - 1; i >= first; i-- {
		sc.tags[i] = uint8(bt)
		loc := sc.loc[i*nLabels : (i+1)*nLabels]
		second := float32(minus)
		for t := 0; t < nLabels; t++ {
			if t != bt && loc[t] > second {
				second = loc[t]
			}
		}
		sc.conf[i] = float32(1 / (1 + math.Exp(-float64(loc[bt]-second))))
		if i > first {
			bt = int(sc.bp[i*nLabels+bt])
		}
	}
}

// learn calls upd for the tokens of the sentence [first, last) whose tag or previous tag
// differs from gold.
func (sc *scratch) learn(info []tokInfo, first, last int, gold []uint8, upd updater) {
	for i := first; i < last; i++ {
		g, p := int(gold[i]), int(sc.tags[i])
		gp, pp := nLabels, nLabels
		if i > first {
			gp, pp = int(gold[i-1]), int(sc.tags[i-1])
		}
		if g != p || gp != pp {
			uk, pk := sc.tokenKeys(info, first, last, i)
			upd(uk, pk, g, p, gp, pp)
		}
	}
}

// remember puts the tags of the sentence [first, last) into the tag memory.
func (sc *scratch) remember(info []tokInfo, first, last int, tags []uint8) {
	for i := first; i < last; i++ {
		if info[i].word {
			sc.mem.vals[sc.mem.slot(info[i].lower)] = uint32(tags[i]) + 1
		}
	}
}

// quietScores allow only the O tag.
var quietScores = func() (u [nLabels]float32) {
	for t := 1; t < nLabels; t++ {
		u[t] = -1e30
	}
	return u
}()

// quiet reports whether token i of the sentence [first, last) and its neighbours are all
// lower-case words (no capital letter anywhere): such a token is never part of a name, since
// the lower-case words inside names ("Bank of England", "Osama bin Laden", "de la Fuente") stand
// next to a capitalized one. Tagging skips the model there, which halves its work on news text.
func quiet(d *text.Doc, first, last, i int) bool {
	for j := max(i-1, first); j <= i+1 && j < last; j++ {
		t := d.Tokens[j]
		if t.Kind != text.Word || !allLower(d.Src[t.Start:t.End]) {
			return false
		}
	}
	return true
}

// allLower reports whether w starts with a lower-case letter and has no upper-case one.
func allLower(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsLower(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// tokenKeys returns the unary and pair feature keys of token i in sc's buffers (valid until
// the next call).
func (sc *scratch) tokenKeys(info []tokInfo, first, last, i int) (ukeys, pkeys []uint64) {
	var mem, memNext uint32
	if info[i].word {
		mem = sc.mem.get(info[i].lower)
	}
	if i+1 < last && info[i+1].word {
		memNext = sc.mem.get(info[i+1].lower)
	}
	sc.ukeys = memKeys(staticKeys(sc.ukeys[:0], info, first, last, i), info, i, mem)
	sc.pkeys = pairKeys(sc.pkeys[:0], info, i, memNext)
	return sc.ukeys, sc.pkeys
}

// mentions turns the tags into mentions, leniently: an I or L tag without an opening starts
// a mention, I and L tags continue one whatever their type, and a mention never crosses a
// sentence end.
func (sc *scratch) mentions(dst []Mention, d *text.Doc, info []tokInfo) []Mention {
	toks := d.Tokens
	for _, s := range d.Sentences {
		open := -1
		var typ Label
		var conf float32
		closeAt := func(end int) {
			if open >= 0 && end == open+1 && info[open].acro && typ != Misc {
				open = -1 // a common-noun initialism alone is no name, whatever the model says
			}
			// A name does not end in "etc.", "et al." or a lower-case function word.
			for open >= 0 && end > open+1 && typ != Misc && isTrailingJunk(d.Src[toks[end-1].Start:toks[end-1].End]) {
				end--
			}
			if open >= 0 {
				dst = append(dst, Mention{Start: toks[open].Start, End: toks[end-1].End, Label: typ,
					First: open, Last: end, Score: conf})
			}
			open = -1
		}
		last := min(s.Last, len(sc.tags))
		for i := s.First; i < last; i++ {
			tg := int(sc.tags[i])
			ty := tagType(tg)
			if ty == None {
				closeAt(i)
				continue
			}
			pos := tagPos(tg)
			if pos == posB || pos == posU || open < 0 {
				closeAt(i)
				open, conf = i, sc.conf[i]
			}
			// Inside a mention the type of the last tag wins: English names end in their
			// head ("Jones Medical Industries Inc" is an organization).
			typ = ty
			conf = min(conf, sc.conf[i])
			if pos == posL || pos == posU {
				closeAt(i + 1)
			}
		}
		closeAt(last)
	}
	return dst
}

// prevsOf lists for each tag the tags that may precede it inside a sentence.
var prevsOf [nLabels][]uint8

func init() {
	for t := 0; t < nLabels; t++ {
		for p := 0; p < nLabels; p++ {
			if validPair(p, t) {
				prevsOf[t] = append(prevsOf[t], uint8(p))
			}
		}
	}
}

// isTrailingJunk reports whether w cannot end a name: "etc.", the "al." of "et al." and
// lower-case connectors.
func isTrailingJunk(w string) bool {
	switch w {
	case "etc", "etc.", "al", "al.", "et", "in", "of", "the", "and", "for", "at", "on", "to", "with", "by", "from":
		return true
	}
	return false
}
