package ner

import (
	_ "embed"
	"math"
	"sync"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
)

//go:embed model/ner.bin.gz
var embedded []byte

// Tagger finds mentions with one model. It is safe for concurrent use.
type Tagger struct {
	m     *model
	names gazetteer.Lookuper
	user  bool // names holds the caller's own names: see WithNames
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
			t = &Tagger{m: &model{slots: make([]slot, 1), mask: 0}, names: gazetteer.BuiltIn()}
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
	if t.m.s2 != nil && len(t.m.s2.ents) > 0 {
		sc.keepStage1(info)
		sc.decode2(d, info, t.m.s2, nil, nil)
	}
	sc.look, sc.src = t.names, d.Src
	n0 := len(dst)
	dst = sc.mentions(dst, d)
	ms := sc.consistency(dst[n0:], info, len(d.Tokens))
	for i := range ms {
		if ms[i].Start == 0 && ms[i].End == 0 { // added by consistency: fill in the bytes
			ms[i].Start, ms[i].End = d.Tokens[ms[i].First].Start, d.Tokens[ms[i].Last-1].End
		}
	}
	if t.user {
		ms = sc.userNames(ms, d, t.names)
	}
	dst = append(dst[:n0], ms...)
	sc.look, sc.src = nil, ""
	t.pool.Put(sc)
	return dst
}

// scorer gives the scores of all tags for a token's feature keys.
type scorer interface {
	score(keys []uint64, out *[nLabels]float32)
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
	sc.docCase(info)
	return info
}

// decode tags d greedily, left to right, into sc.tags. When gold is given (training), upd is
// called for every token whose best tag is not the gold one.
func (sc *scratch) decode(d *text.Doc, info []tokInfo, s scorer, gold []uint8, upd func(keys []uint64, gold, pred int)) {
	n := len(info)
	if cap(sc.tags) < n {
		sc.tags = make([]uint8, n, n+n/4)
		sc.conf = make([]float32, n, n+n/4)
	}
	sc.tags = sc.tags[:n]
	sc.conf = sc.conf[:n]
	if cap(sc.s1) < n*nLabels {
		sc.s1 = make([]float32, n*nLabels, (n+n/4)*nLabels)
	}
	sc.s1 = sc.s1[:n*nLabels]
	clear(sc.tags)
	sc.mem.reset(n)
	var out [nLabels]float32
	for _, s0 := range d.Sentences {
		first, last := s0.First, min(s0.Last, n)
		for i := first; i < last; i++ {
			keys := staticKeys(sc.keys[:0], info, first, last, i)
			prev1, prev2 := 0, 0
			if i-1 >= first {
				prev1 = int(sc.tags[i-1])
			}
			if i-2 >= first {
				prev2 = int(sc.tags[i-2])
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
			s.score(keys, &out)
			copy(sc.s1[i*nLabels:], out[:])
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
			if info[i].word {
				sc.mem.vals[sc.mem.slot(info[i].lower)] = uint32(best) + 1
			}
		}
	}
}

// mentions turns the tags into mentions, leniently: an I or L tag without an opening starts
// a mention, I and L tags continue one whatever their type, and a mention never crosses a
// sentence end.
func (sc *scratch) mentions(dst []Mention, d *text.Doc) []Mention {
	toks := d.Tokens
	for _, s := range d.Sentences {
		open := -1
		var typ Label
		var conf float32
		closeAt := func(end int) {
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
