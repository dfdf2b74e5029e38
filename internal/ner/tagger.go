package ner

import (
	_ "embed"
	"slices"
	"sync"
	"unicode"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/perceptron"
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
			t = &Tagger{m: &model{Model: perceptron.Empty(scheme)}, names: gazetteer.BuiltIn()}
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
	sc.decode(d, info, t.m.Model, nil, nil)
	n0 := len(dst)
	dst = sc.mentions(dst, d, info)
	dropOpeningPreposition(dst[n0:], d)
	// a name around a nickname is one before the votes, so its surname counts as one
	// ("Ismael “El Mayo” Zambada" … "Zambada's lawyer")
	ms := joinNicknames(dst[n0:], d, info)
	ms = sc.consistency(ms, d, info, t.names)
	ms = sc.wholeNames(ms, d, info, t.names)
	datelines(ms, d, info, t.names)
	dst = append(dst[:n0], ms...)
	if len(d.Tokens) <= poolTokens {
		t.pool.Put(sc)
	}
	return dst
}

// poolTokens is the most tokens whose scratch is kept for the next call: the scratch of a long
// document (about 200 bytes a token) is let go, not held while later stages run.
const poolTokens = 1 << 16

// scratchCap is the capacity of a per-token buffer for n tokens: room to grow for a scratch
// that goes back to the pool, none for one that is let go.
func scratchCap(n int) int {
	if n > poolTokens {
		return n
	}
	return n + n/4
}

// maxDecode is the longest run of tokens decoded as one sequence. A longer sentence (never one
// of news, but adversarial text without a full stop) is decoded in parts of this size, so the
// decoder's memory stays bounded.
const maxDecode = 1000

// prepare computes the per-token information of d.
func (sc *scratch) prepare(d *text.Doc, lex *lexicon, names gazetteer.Lookuper) []tokInfo {
	info := sc.analyzeTokens(d)
	if names != nil {
		sc.gazetteer(d, info, names)
	}
	for i := range info {
		if info[i].word {
			info[i].lex = lex.get(info[i].h.lower)
		}
	}
	sc.truecase(d, info)
	if len(info) > poolTokens {
		sc.vtab = table{} // no more interning: let a long document's table go
	}
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
func (sc *scratch) decode(d *text.Doc, info []tokInfo, s perceptron.Scorer, gold []uint8, upd updater) {
	n := len(info)
	sc.grow(n)
	clear(sc.tags)
	sc.mem.reset(n)
	for _, sent := range d.Sentences {
		for first, end := sent.First, min(sent.Last, n); first < end; first += maxDecode {
			last := min(end, first+maxDecode)
			sc.src = source{sc: sc, d: d, info: info, s: s, first: first, last: last, skipQuiet: gold == nil}
			sc.dec.Decode(scheme, last-first, &sc.src, sc.tags[first:last], sc.conf[first:last])
			if gold != nil {
				sc.learn(d, info, first, last, gold, upd)
			}
			sc.remember(info, first, last, sc.tags)
		}
	}
}

// grow sizes the per-token decoding buffers for n tokens.
func (sc *scratch) grow(n int) {
	if cap(sc.tags) < n {
		sc.tags = make([]uint8, n, scratchCap(n))
		sc.conf = make([]float32, n, scratchCap(n))
	}
	sc.tags = sc.tags[:n]
	sc.conf = sc.conf[:n]
}

// source gives the decoder the scores of the tokens of the sentence [first, last).
type source struct {
	sc          *scratch
	d           *text.Doc
	info        []tokInfo
	s           perceptron.Scorer
	first, last int
	skipQuiet   bool // quiet tokens get the O tag without asking the model
}

func (src *source) Scores(i int, out *perceptron.Scores) {
	i += src.first
	if src.skipQuiet && quiet(src.info, src.first, src.last, i) {
		// Far from any capital letter: no name can be here, so only O is scored.
		out.Only = 1 // tag 0, O
		return
	}
	uk, pk := src.sc.tokenKeys(src.d, src.info, src.first, src.last, i)
	out.UnaryCommon = [perceptron.CommonSets]int{src.sc.common, neighbourCommon}
	out.PairCommon[0] = len(pk) - 1 // all but the word's
	src.s.Score(uk, pk, out)
}

// learn calls upd for the tokens of the sentence [first, last) whose tag or previous tag
// differs from gold.
func (sc *scratch) learn(d *text.Doc, info []tokInfo, first, last int, gold []uint8, upd updater) {
	for i := first; i < last; i++ {
		g, p := int(gold[i]), int(sc.tags[i])
		gp, pp := nLabels, nLabels
		if i > first {
			gp, pp = int(gold[i-1]), int(sc.tags[i-1])
		}
		if g != p || gp != pp {
			uk, pk := sc.tokenKeys(d, info, first, last, i)
			upd(uk, pk, g, p, gp, pp)
		}
	}
}

// remember puts the tags of the sentence [first, last) into the tag memory.
func (sc *scratch) remember(info []tokInfo, first, last int, tags []uint8) {
	for i := first; i < last; i++ {
		if info[i].word {
			sc.mem.vals[sc.mem.slot(info[i].h.lower)] = uint32(tags[i]) + 1
		}
	}
}

// quiet reports whether token i of the sentence [first, last) and its neighbours are all
// lower-case words or clause punctuation (no capital letter anywhere): such a token is never
// part of a name, since
// the lower-case words inside names ("Bank of England", "Osama bin Laden", "de la Fuente") stand
// next to a capitalized one. Tagging skips the model there, which halves its work on news text.
func quiet(info []tokInfo, first, last, i int) bool {
	for j := max(i-1, first); j <= i+1 && j < last; j++ {
		if !info[j].calm {
			return false
		}
	}
	return true
}

// calm reports whether token t (text w) is a lower-case word or clause punctuation (see quiet).
func calm(t text.Token, w string) bool {
	return t.Kind == text.Word && allLower(w) || t.Kind == text.Punct && isClausePunct(w)
}

// isClausePunct reports whether w is a mark that ends or splits a clause (, ; : . ! ? …),
// which no name has as a word of its own (a hyphen or slash may join a name's words).
func isClausePunct(w string) bool {
	switch w {
	case ",", ";", ":", ".", "!", "?", "…":
		return true
	}
	return false
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
// the next call); the first sc.common unary keys are common ones (commonKeys).
func (sc *scratch) tokenKeys(d *text.Doc, info []tokInfo, first, last, i int) (ukeys, pkeys []uint64) {
	var mem, memNext uint32
	if info[i].word {
		mem = sc.mem.get(info[i].h.lower)
	}
	if i+1 < last && info[i+1].word {
		memNext = sc.mem.get(info[i+1].h.lower)
	}
	pre, suf := sc.affixes(d.Text(i), info[i].h.lower)
	sc.ukeys = commonKeys(sc.ukeys[:0], info, i, mem)
	sc.common = len(sc.ukeys)
	sc.ukeys = staticKeys(sc.ukeys, info, &pre, &suf, first, last, i)
	sc.pkeys = pairKeys(sc.pkeys[:0], info, i, memNext)
	return sc.ukeys, sc.pkeys
}

// mentions turns the tags into mentions, leniently: an I or L tag without an opening starts
// a mention, I and L tags continue one whatever their type, and a mention never crosses a
// sentence end.
func (sc *scratch) mentions(dst []Mention, d *text.Doc, info []tokInfo) []Mention {
	toks := d.Tokens
	// Room for every mention a tag opens, counted first: a long document's list is made once,
	// not grown (and copied) a dozen times.
	opens := 0
	for _, s := range d.Sentences {
		prev := 0
		for i := s.First; i < min(s.Last, len(sc.tags)); i++ {
			tg := int(sc.tags[i])
			if tg != 0 && (prev == 0 || tagPos(tg) == posB || tagPos(tg) == posU || tagPos(prev) == posL || tagPos(prev) == posU) {
				opens++
			}
			prev = tg
		}
	}
	in := dst
	dst = slices.Grow(dst, opens)
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
				dst = append(dst, Mention{Start: int(toks[open].Start), End: int(toks[end-1].End), Label: typ,
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
	if len(dst) == len(in) {
		return in // none: dst as given (nil stays nil)
	}
	return dst
}

// openingWords are the prepositions and greetings that, capitalized at the start of a
// sentence, the model sometimes takes into the name after them ("During Ramadan", "Hey
// Frank"). ("Under Armour" and "Inside Edition" are names, so those two are not listed.)
var openingWords = map[string]bool{"During": true, "After": true, "Before": true, "Since": true,
	"Until": true, "Despite": true, "Following": true, "Unlike": true, "Among": true, "Amid": true,
	"Throughout": true, "Hey": true, "Hi": true, "Hello": true}

// dropOpeningPreposition takes a capitalized preposition or greeting that opens a sentence or a
// quotation off the name that follows it. ms are in text order.
func dropOpeningPreposition(ms []Mention, d *text.Doc) {
	s := 0
	for i := range ms {
		m := &ms[i]
		for s < len(d.Sentences) && d.Sentences[s].Last <= m.First {
			s++
		}
		if m.Last-m.First < 2 || !openingWords[d.Text(m.First)] {
			continue
		}
		opens := s < len(d.Sentences) && d.Sentences[s].First == m.First
		if q := m.First - 1; q >= 0 && d.Tokens[q].Kind == text.Quote && d.Tokens[q].End == d.Tokens[m.First].Start {
			opens = true // a quotation's first word: "say, 'Hey Frank, …'"
		}
		if opens {
			m.First++
			m.Start = int(d.Tokens[m.First].Start)
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
