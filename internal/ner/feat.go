package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/perceptron"
	"github.com/newsextract/newsextract/internal/text"
)

// Case classes: how a token is capitalized, and whether its capitals tell anything.
const (
	capNone       = iota // no letters
	capLower             // starts with a lower-case letter
	capMid               // capitalized inside a sentence on a normal line: the strongest name cue
	capInitial           // capitalized first word of a sentence on a normal line
	capAcronym           // ALL CAPS (two or more letters) inside a sentence on a normal line
	capAcroInit          // ALL CAPS first word of a sentence on a normal line
	capCapsLine          // any word on an ALL-CAPS line: capitals say nothing
	capTitleLine         // capitalized word on a Title-Case line
	capTitleInit         // first word of a Title-Case line
	capStyleLower        // capitalized on a Title-Case or ALL-CAPS line, usually written lower case
	capStyleCap          // on an ALL-CAPS line, usually written capitalized
)

// Line types.
const (
	lineNormal = iota
	lineCaps
	lineTitle
	lineTable
)

// endsInNumber reports whether the last token of a line other than punctuation is a number.
func endsInNumber(line []text.Token) bool {
	for i := len(line) - 1; i >= 0; i-- {
		switch line[i].Kind {
		case text.Number:
			return true
		case text.Word:
			return false
		}
	}
	return false
}

// reliable reports whether a token's case class shows how the word is usually written
// (lower case, capitalized or ALL CAPS inside a sentence on a normal line), and gives the
// slot of that spelling in caseCounts: 0 lower case, 1 capitalized, 2 ALL CAPS.
func reliable(c uint8) (slot int, ok bool) {
	switch c {
	case capLower:
		return 0, true
	case capMid:
		return 1, true
	case capAcronym:
		return 2, true
	}
	return 0, false
}

// Casing lexicon buckets: how a word is usually written at reliable positions.
const (
	lexUnseen = iota
	lexLower
	lexCap
	lexMixed
	lexAcro
	lexRareLower
	lexRareCap
	lexRareMixed
	lexRareAcro
)

// tokInfo is everything the features need from one token, computed once. It is 24 bytes:
// a long document has millions of tokens and far fewer spellings.
type tokInfo struct {
	// The prefixes and suffixes and the truecasing variants of a token are not kept here but
	// computed when needed (affixes, caseVariants); the word hashes are shared by the tokens
	// written alike (see scratch.intern).
	h     *hashes
	lenB  uint8
	capc  uint8
	lex   uint8
	dcase uint8 // casing of the same word elsewhere in the document: see docCase
	line  uint8
	word  bool // has a letter
	acro  bool // a common-noun initialism ("Q&A", "CEO"): see commonAcronyms
	calm  bool // a lower-case word or clause punctuation, as written: see quiet
	gaz   uint32
	gazPh uint32 // multi-word gazetteer phrase position bits
}

// hashes are a token's word hashes: its normalized form, lower-case form and shapes.
type hashes struct {
	form, lower, shape, short uint64
}

// noHashes are the hashes of a token outside every sentence.
var noHashes hashes

var (
	padLeft  = padding("<s>")
	padRight = padding("</s>")
)

// padding is the token info of a sentence edge, named s in all its hashes.
func padding(s string) tokInfo {
	h := perceptron.Hash(s)
	return tokInfo{h: &hashes{form: h, lower: h, shape: h, short: h}}
}

// normRune maps typographic variants onto one form so that curly-quoted news text and
// ASCII-quoted training text share features.
func normRune(r rune) rune {
	switch r {
	case '’', '‘', '‛', '′', 'ʼ', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '–', '—', '―', '‐', '‑', '−':
		return '-'
	}
	if '0' <= r && r <= '9' {
		return '0'
	}
	return r
}

// scratch holds per-call buffers so tagging allocates nothing once warmed up.
type scratch struct {
	// token information (analyzeTokens, gazetteer, docCase)
	info []tokInfo
	// the document's distinct word hashes (see intern): chunks that never move, so that
	// info can point into them; vocN are in use, vtab finds them
	voc  [][]hashes
	vocN int
	vtab table
	buf  []byte // a token's lower-case form
	ends []int  // rune end offsets in buf
	dtab table  // docCase: spellings of each word in the document
	gtab table  // gazetteer: kinds of each word form
	// phrase and phrases: see spacedPhrase
	phrase  []byte
	phrases map[string]string

	// decoding (decode, tokenKeys)
	tags   []uint8
	conf   []float32
	mem    table // tag memory: last tag (+1) of each word in the document
	dec    perceptron.Decoder
	src    source   // the sentence being decoded
	ukeys  []uint64 // a token's unary feature keys
	common int      // how many of them are common keys (commonKeys)
	pkeys  []uint64 // a token's pair feature keys

	cons table // consistency: votes per token sequence
}

// table is a tiny open-addressing map from uint64 keys to uint32 values, reset per document.
// It starts at a size for the expected keys, at most tableStart, and doubles when half full:
// a long document of few distinct words (adversarial or repetitive text) keeps a small table.
type table struct {
	keys []uint64
	vals []uint32
	mask uint64
	used int
}

// tableStart bounds a table's first size in keys (a news article's words fit).
const tableStart = 1 << 13

func (t *table) reset(n int) {
	size := 16
	for size < 2*min(n, tableStart) {
		size <<= 1
	}
	// The lists are reused when they are large enough and not far larger than needed, and
	// always when they are no larger than the largest first size (only size of them is
	// cleared): short and long articles in turn no longer make the tables anew each time.
	if cap(t.keys) >= size && cap(t.keys) <= max(4*size, 2*tableStart) {
		t.keys = t.keys[:size]
		t.vals = t.vals[:size]
		clear(t.keys)
		clear(t.vals)
	} else {
		t.keys = make([]uint64, size)
		t.vals = make([]uint32, size)
	}
	t.mask = uint64(size - 1)
	t.used = 0
}

// slot returns the index for key k, inserting it when absent.
func (t *table) slot(k uint64) int {
	i := k & t.mask
	for {
		if t.keys[i] == k {
			return int(i)
		}
		if t.keys[i] == 0 {
			if 2*(t.used+1) > len(t.keys) {
				t.grow()
				return t.slot(k)
			}
			t.used++
			t.keys[i] = k
			return int(i)
		}
		i = (i + 1) & t.mask
	}
}

// grow doubles the table, keeping its entries.
func (t *table) grow() {
	keys, vals := t.keys, t.vals
	t.keys = make([]uint64, 2*len(keys))
	t.vals = make([]uint32, 2*len(keys))
	t.mask = uint64(len(t.keys) - 1)
	for j, k := range keys {
		if k == 0 {
			continue
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, vals[j]
	}
}

func (t *table) get(k uint64) uint32 {
	i := k & t.mask
	for {
		if t.keys[i] == k {
			return t.vals[i]
		}
		if t.keys[i] == 0 {
			return 0
		}
		i = (i + 1) & t.mask
	}
}

// lineTypes classifies each line of the document (tokens from one line break to the next)
// as normal, ALL CAPS or Title Case and stores it in info[i].line.
func lineTypes(d *text.Doc, info []tokInfo) {
	toks := d.Tokens
	start := 0
	for start < len(toks) {
		end := start + 1
		for end < len(toks) && toks[end].Newlines == 0 {
			end++
		}
		upperLetters, lowerLetters := 0, 0
		capWords, lowWords, numbers := 0, 0, 0
		// A line with a lower-case letter and a lower-case word is normal whatever follows:
		// the rest of a paragraph's line need not be read.
		for i := start; i < end && (lowerLetters == 0 || lowWords == 0); i++ {
			if toks[i].Kind == text.Number {
				numbers++
			}
			if toks[i].Kind != text.Word {
				continue
			}
			s := d.Src[toks[i].Start:toks[i].End]
			first, lowFirst, inner := true, false, false
			for _, r := range s {
				if unicode.IsUpper(r) {
					upperLetters++
					if first {
						capWords++
					} else {
						inner = true
					}
					first = false
				} else if unicode.IsLower(r) {
					lowerLetters++
					if first && !isFunctionWord(s) {
						lowFirst = true
					}
					first = false
				}
			}
			if lowFirst && !inner { // "iPhone" and "eBay" keep a Title-Case line
				lowWords++
			}
		}
		lt := uint8(lineNormal)
		switch {
		case lowerLetters == 0 && upperLetters >= 2:
			lt = lineCaps
		case lowWords == 0 && capWords >= 3 && (numbers >= 2 || endsInNumber(toks[start:end])):
			// "Ruch Chorzow 3 Lech Poznan 1": a results or listing line, whose capitals mark
			// names as in running text
			lt = lineTable
		case lowWords == 0 && capWords >= 3:
			lt = lineTitle
		}
		for i := start; i < end; i++ {
			info[i].line = lt
		}
		start = end
	}
}

var functionWords = map[string]bool{}

func init() {
	for _, w := range []string{"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but",
		"with", "by", "from", "as", "vs", "via", "into", "over", "up", "off", "out", "is", "are", "be", "s", "'s", "’s", "n't", "de", "van", "von", "der", "la", "le", "del", "da", "du", "do", "dos", "das", "di", "des", "den", "ter", "bin", "al", "el", "y", "e"} {
		functionWords[w] = true
	}
}

func isFunctionWord(s string) bool {
	if len(s) > 5 {
		return false
	}
	return functionWords[s]
}

// analyzeTokens fills sc.info for d: forms, shapes, affixes, case classes, line types.
// lex, dcase and gazetteer fields are filled by the caller's later passes.
func (sc *scratch) analyzeTokens(d *text.Doc) []tokInfo {
	n := len(d.Tokens)
	if cap(sc.info) < n {
		sc.info = make([]tokInfo, n, scratchCap(n))
	} else {
		// Only a reused list is cleared: a new one is zero already, and clearing a long list
		// of pointers is one uninterruptible call that, with a garbage collection running
		// (as one often is after the allocation), passes every slot through the write barrier.
		sc.info = sc.info[:n]
		clear(sc.info)
	}
	info := sc.info
	sc.vocN = 0
	sc.vtab.reset(n)
	lineTypes(d, info)
	for si := range d.Sentences {
		s := d.Sentences[si]
		initial := true
		for i := s.First; i < s.Last && i < n; i++ {
			sc.tokenInfo(d, i, &info[i], initial)
			if info[i].word || d.Tokens[i].Kind == text.Number {
				initial = false
			}
		}
	}
	for i := range info {
		if info[i].h == nil {
			info[i].h = &noHashes
		}
	}
	return info
}

// vocChunk is the number of word hashes in one chunk of scratch.voc.
const vocChunk = 1 << 10

// intern returns the document's copy of h, added when new: the tokens written alike share one.
func (sc *scratch) intern(h hashes) *hashes {
	k := perceptron.Mix(perceptron.Mix3(h.form, h.lower, h.shape), h.short) | 1 // 0 marks an empty slot
	j := sc.vtab.slot(k)
	if v := sc.vtab.vals[j]; v != 0 {
		if e := &sc.voc[(v-1)/vocChunk][(v-1)%vocChunk]; *e == h {
			return e
		}
		return sc.addHashes(h) // another word under the same key (never seen): kept apart
	}
	e := sc.addHashes(h)
	sc.vtab.vals[j] = uint32(sc.vocN)
	return e
}

// addHashes appends h to sc.voc and returns its place.
func (sc *scratch) addHashes(h hashes) *hashes {
	c, k := sc.vocN/vocChunk, sc.vocN%vocChunk
	if c == len(sc.voc) {
		sc.voc = append(sc.voc, make([]hashes, vocChunk))
	}
	sc.voc[c][k] = h
	sc.vocN++
	return &sc.voc[c][k]
}

// shaper hashes a word shape: character classes with runs cut at two (shape) and at one
// (short).
type shaper struct {
	shape, short uint64
	last         rune
	run          int
}

func newShaper() shaper {
	return shaper{shape: perceptron.HashOffset, short: perceptron.HashOffset, last: -1}
}

func (sh *shaper) add(cls rune) {
	if cls == sh.last {
		sh.run++
	} else {
		sh.run = 1
		sh.short = (sh.short ^ uint64(cls)) * perceptron.HashPrime
	}
	if sh.run <= 2 {
		sh.shape = (sh.shape ^ uint64(cls)) * perceptron.HashPrime
	}
	sh.last = cls
}

// shapeClass returns the class of r in a word shape ('X' upper case, 'x' other letters, 'd'
// digits, else the normalized rune) and whether r is a letter.
func shapeClass(r rune) (rune, bool) {
	if r < utf8.RuneSelf { // most runes: the same answers without the Unicode tables
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X', true
		case 'a' <= r && r <= 'z':
			return 'x', true
		case '0' <= r && r <= '9':
			return 'd', false
		}
		return normRune(r), false
	}
	switch {
	case unicode.IsUpper(r):
		return 'X', true
	case unicode.IsLower(r):
		return 'x', true
	case '0' <= r && r <= '9':
		return 'd', false
	case unicode.IsLetter(r):
		return 'x', true
	}
	return normRune(r), false
}

// formOf returns the form hash that token info gives a token of text s.
func formOf(s string) uint64 {
	form := uint64(perceptron.HashOffset)
	for _, r := range s {
		nrm, _ := lowerRune(r)
		form = addForm(form, nrm)
	}
	return form
}

// addForm adds rune nrm (as lowerRune gives it) to form hash form, by its UTF-8 bytes.
func addForm(form uint64, nrm rune) uint64 {
	if nrm < utf8.RuneSelf {
		return (form ^ uint64(nrm)) * perceptron.HashPrime
	}
	var tmp [4]byte
	k := utf8.EncodeRune(tmp[:], nrm)
	for _, b := range tmp[:k] {
		form = (form ^ uint64(b)) * perceptron.HashPrime
	}
	return form
}

// lowerRune returns r as the features read it (normRune) and that rune in lower case.
func lowerRune(r rune) (nrm, lr rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r, r + 32
		}
		nrm = normRune(r)
		return nrm, nrm
	}
	nrm = normRune(r)
	return nrm, unicode.ToLower(nrm)
}

func (sc *scratch) tokenInfo(d *text.Doc, i int, ti *tokInfo, initial bool) {
	tok := d.Tokens[i]
	s := d.Src[tok.Start:tok.End]
	ti.calm = calm(tok, s)
	buf := sc.buf[:0]
	form := uint64(perceptron.HashOffset)
	sh := newShaper()
	upper, lower, nr := 0, 0, 0
	firstUpper := false
	for _, r := range s {
		nr++
		cls, letter := shapeClass(r)
		if letter && cls == 'X' {
			upper++
			if nr == 1 {
				firstUpper = true
			}
		} else if letter {
			lower++
		}
		sh.add(cls)
		nrm, lr := lowerRune(r)
		form = addForm(form, nrm)
		buf = utf8.AppendRune(buf, lr)
	}
	sc.buf = buf
	ti.h = sc.intern(hashes{form: form, lower: perceptron.Hash(buf), shape: sh.shape, short: sh.short})
	ti.acro = upper > 0 && acronymSet[ti.h.lower]
	switch {
	case nr <= 3:
		ti.lenB = uint8(nr)
	case nr <= 5:
		ti.lenB = 4
	case nr <= 8:
		ti.lenB = 5
	default:
		ti.lenB = 6
	}
	ti.word = upper+lower > 0
	switch {
	case !ti.word:
		ti.capc = capNone
	case ti.line == lineCaps:
		ti.capc = capCapsLine
	case !firstUpper:
		ti.capc = capLower
	case ti.line == lineTitle:
		if initial {
			ti.capc = capTitleInit
		} else {
			ti.capc = capTitleLine
		}
	case lower == 0 && upper >= 2:
		if initial {
			ti.capc = capAcroInit
		} else {
			ti.capc = capAcronym
		}
	case initial:
		ti.capc = capInitial
	default:
		ti.capc = capMid
	}
}

// affixes returns the hashes of the prefixes and suffixes of 2, 3 and 4 runes of the
// lower-case form of the word w, whose hash is lower; a shorter word has lower for them.
func (sc *scratch) affixes(w string, lower uint64) (pre, suf [3]uint64) {
	buf, ends := sc.buf[:0], sc.ends[:0]
	for _, r := range w {
		_, lr := lowerRune(r)
		buf = utf8.AppendRune(buf, lr)
		ends = append(ends, len(buf))
	}
	sc.buf, sc.ends = buf, ends
	for k := 0; k < 3; k++ {
		l := k + 2
		if l <= len(ends) {
			pre[k] = perceptron.Hash(buf[:ends[l-1]])
			cut := 0
			if len(ends)-l-1 >= 0 {
				cut = ends[len(ends)-l-1]
			}
			suf[k] = perceptron.Hash(buf[cut:])
		} else {
			pre[k] = lower
			suf[k] = lower
		}
	}
	return pre, suf
}

// caseVariants returns the shape of the word w written all lower case and capitalized, and
// its capitalized form, for truecasing headline words.
func caseVariants(w string) (lshape, lshort, cshape, cshort, cform uint64) {
	lsh, csh := newShaper(), newShaper()
	cform = perceptron.HashOffset
	nr := 0
	for _, r := range w {
		nr++
		cls, letter := shapeClass(r)
		switch {
		case !letter:
			lsh.add(cls)
			csh.add(cls)
		case nr == 1:
			lsh.add('x')
			csh.add('X')
		default:
			lsh.add('x')
			csh.add('x')
		}
		_, cr := lowerRune(r)
		if nr == 1 {
			cr = unicode.ToUpper(cr)
		}
		var tmp [4]byte
		k := utf8.EncodeRune(tmp[:], cr)
		for _, b := range tmp[:k] {
			cform = (cform ^ uint64(b)) * perceptron.HashPrime
		}
	}
	return lsh.shape, lsh.short, csh.shape, csh.short, cform
}

// truecase gives the words of Title-Case and ALL-CAPS lines the form and shape they
// usually have in running text, as the casing lexicon tells: "Shares" in "Apple Shares Fall"
// looks like "shares", "PUTIN" like "Putin". The features learned on body text then apply
// to headlines, of which the training data has few.
func (sc *scratch) truecase(d *text.Doc, info []tokInfo) {
	for i := range info {
		t := &info[i]
		if !t.word {
			continue
		}
		switch t.capc {
		case capTitleLine, capTitleInit, capCapsLine:
		default:
			continue
		}
		switch t.lex {
		case lexLower, lexRareLower:
			lshape, lshort, _, _, _ := caseVariants(d.Text(i))
			t.h = sc.intern(hashes{form: t.h.lower, lower: t.h.lower, shape: lshape, short: lshort})
			t.capc = capStyleLower
		case lexCap, lexRareCap:
			if t.capc == capCapsLine {
				_, _, cshape, cshort, cform := caseVariants(d.Text(i))
				t.h = sc.intern(hashes{form: cform, lower: t.h.lower, shape: cshape, short: cshort})
				t.capc = capStyleCap
			}
		}
	}
}

// docCase fills info[i].dcase: how the same word is written at reliable positions elsewhere
// in the document (bit 1: lower case seen, bit 2: capitalized seen, bit 4: ALL CAPS seen).
func (sc *scratch) docCase(info []tokInfo) {
	sc.dtab.reset(len(info))
	// ten bits of count per spelling: lower case, capitalized, ALL CAPS
	shift := func(c uint8) (uint, bool) {
		slot, ok := reliable(c)
		return uint(10 * slot), ok
	}
	for i := range info {
		if !info[i].word {
			continue
		}
		if sh, ok := shift(info[i].capc); ok {
			j := sc.dtab.slot(info[i].h.lower)
			if (sc.dtab.vals[j]>>sh)&0x3ff < 0x3ff {
				sc.dtab.vals[j] += 1 << sh
			}
		}
	}
	for i := range info {
		if !info[i].word {
			continue
		}
		v := sc.dtab.get(info[i].h.lower)
		if sh, ok := shift(info[i].capc); ok {
			v -= 1 << sh // the token itself does not count
		}
		var dc uint8
		if v&0x3ff != 0 {
			dc |= 1
		}
		if v&(0x3ff<<10) != 0 {
			dc |= 2
		}
		if v&(0x3ff<<20) != 0 {
			dc |= 4
		}
		info[i].dcase = dc
	}
}
