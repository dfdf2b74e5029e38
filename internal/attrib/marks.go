package attrib

import (
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/grow"
	"github.com/newsextract/newsextract/internal/text"
)

// family groups quotation marks that pair with each other.
type family uint8

const (
	famNone    family = iota
	famDouble         // “ ” " „ ‟ 〝 〞 ＂
	famSingle         // ‘ ’ ' ‚ ‛
	famAngle          // « »
	famAngle1         // ‹ ›
	famCorner         // 「 」
	famWCorner        // 『 』
)

// side is the class of the character next to a mark.
type side uint8

const (
	sideSpace side = iota // white space or the start/end of the text
	sideOpen              // an opening bracket, a dash or another quotation mark
	sideWord              // a letter, digit or closing punctuation
)

// mark is a quotation-mark token with what it can do here.
// Its fields are small (12 bytes): pair holds one per mark of the longest block, millions on a
// text made of quotation marks.
type mark struct {
	tok       int32
	w         uint8 // tokens: 2 for a doubled apostrophe ('' or ``), which is no mark
	fam       family
	canOpen   bool
	canClose  bool
	before    side // the character before the mark
	after     side // the character after the mark
	possessed bool // follows an s or n, so it may be an apostrophe (Jones’, goin’)
}

// passage is a top-level quoted passage found by pair. Its token indices and byte offsets are
// 32 bits (texts are under 2 GiB, extract.MaxBytes), its speaker and rule are indexes, and its
// fields are ordered by size, so that the millions of passages of a long text of short
// quotations take 64 bytes each (TestPassageSize). Once the passages are settled (see settle),
// open and close hold the marks' byte offsets (the opening mark's start, the closing mark's
// end) and spS, spE and cueS, cueE the spans' byte offsets, not tokens.
type passage struct {
	open, close int32 // mark tokens; close is -1 when the passage runs to the end of its block
	block       int32
	first, last int32 // inner tokens [first, last)
	group       int32

	// attribution
	spS, spE   int32 // speaker mention tokens [spS, spE), -1 when none
	cueS, cueE int32 // cue tokens [cueS, cueE), -1 when none
	entity     int32 // an index into ents, or len(ents)+k for the group groups[k]

	start, end int32 // inner bytes, white space trimmed
	speaker    int32 // the resolved name, f.speakers[speaker] ("" at 0)

	closeW  uint8 // tokens in the closing mark (2 for '')
	fam     family
	cont    bool // continues the previous passage (multi-paragraph quotation)
	kind    Kind
	carried bool // the speaker carries over from an earlier attribution (once settled: Continues)
	rule    ruleID
	cue     CueClass // set by settle
}

func isOpenSide(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '‐':
		return true
	}
	return text.IsQuoteMark(r)
}

// classify reports the family of the mark token i and whether it can open or close a passage.
func (f *finder) classify(i int) (m mark) {
	t := f.toks[i]
	r, _ := utf8.DecodeRuneInString(f.src[t.Start:t.End])
	m.tok, m.w = int32(i), 1
	m.before, m.after = sideSpace, sideSpace
	// Two apostrophes or backticks in a row (typewriter and Penn Treebank style: ''quote'',
	// ``quote'') are not taken for quotation marks, nor for two single marks: the marks this
	// package pairs are the ones news is written with, and the evaluation data (PolNeAR)
	// counts no passage in doubled apostrophes as a quotation. The pair is skipped whole.
	if doubling(r) && i+1 < len(f.toks) && f.toks[i+1].Start == t.End && int(t.End-t.Start) == len(string(r)) {
		if r2, _ := utf8.DecodeRuneInString(f.src[t.End:]); doubling(r2) && int(f.toks[i+1].End-f.toks[i+1].Start) == len(string(r2)) {
			return mark{tok: int32(i), w: 2}
		}
	}
	if !t.Space && t.Start > 0 {
		p, _ := utf8.DecodeLastRuneInString(f.src[:t.Start])
		switch {
		case text.IsSpace(p):
		case isOpenSide(p):
			m.before = sideOpen
		default:
			m.before = sideWord
			m.possessed = p == 's' || p == 'S' || p == 'n'
		}
	}
	if int(t.End) < len(f.src) && (i+int(m.w) >= len(f.toks) || !f.toks[i+int(m.w)].Space) {
		n, _ := utf8.DecodeRuneInString(f.src[t.End:])
		switch {
		case text.IsSpace(n):
		case text.IsQuoteMark(n):
			m.after = sideOpen
		case isCloseSide(n):
			m.after = sideOpen // punctuation: not a word
		default:
			m.after = sideWord
		}
	}
	b, a := m.before, m.after
	switch r {
	case '“', '‟', '〝':
		m.fam = famDouble
		m.canOpen = !(b == sideWord && a != sideWord)
		m.canClose = b == sideWord
	case '”', '〞', '〟':
		m.fam = famDouble
		m.canClose = !(b != sideWord && a == sideWord)
		// At the start of a line the mark has nothing to close: it opens, whatever follows
		// (” … we will win,” he said — a closing mark typed for an opening one).
		m.canOpen = b != sideWord && a == sideWord || t.Newlines > 0 || i == 0
	case '"', '＂':
		m.fam = famDouble
		m.canOpen = b != sideWord && a != sideSpace
		m.canClose = b == sideWord || a == sideSpace
		if !m.canOpen && !m.canClose {
			m.canOpen, m.canClose = true, true
		}
	case '„':
		m.fam, m.canOpen = famDouble, true
	case '‚', '‛':
		m.fam, m.canOpen = famSingle, true
	case '‘':
		m.fam = famSingle
		m.canOpen = a != sideSpace && !(b == sideWord && a != sideWord)
		m.canClose = b == sideWord && a != sideWord
	case '’', '\'', 'ʼ':
		m.fam = famSingle
		m.canOpen = b != sideWord && a == sideWord
		m.canClose = b == sideWord && a != sideWord
	case '«', '‹':
		m.fam = famAngle
		if r == '‹' {
			m.fam = famAngle1
		}
		m.canOpen = !(b == sideWord && a != sideWord)
		m.canClose = b == sideWord && a != sideWord
	case '»', '›':
		m.fam = famAngle
		if r == '›' {
			m.fam = famAngle1
		}
		m.canClose = true
		m.canOpen = b != sideWord && a == sideWord
	case '「':
		m.fam, m.canOpen = famCorner, true
	case '」':
		m.fam, m.canClose = famCorner, true
	case '『':
		m.fam, m.canOpen = famWCorner, true
	case '』':
		m.fam, m.canClose = famWCorner, true
	}
	return m
}

func doubling(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

func isCloseSide(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '…':
		return true
	}
	return false
}

// markCandidate reports whether token i may be a quotation mark: a quote token or a backtick.
func (f *finder) markCandidate(i int) bool {
	k := f.toks[i].Kind
	return k == text.Quote || k == text.Symbol && f.src[f.toks[i].Start] == '`'
}

// pair finds the top-level quoted passages of every block.
func (f *finder) pair() {
	// Room for the marks of the longest block, counted first: on a text of millions of marks,
	// growing the slice by appending cost more than the pairing.
	most := 0
	for _, bl := range f.blocks {
		n := 0
		for i := bl.first; i < bl.last; i++ {
			if f.markCandidate(i) {
				n++
			}
		}
		most = max(most, n)
	}
	marks := make([]mark, 0, most)
	for b := range f.blocks {
		first, last := f.blocks[b].first, f.blocks[b].last
		marks = marks[:0]
		for i := first; i < last; i++ {
			if f.markCandidate(i) {
				m := f.classify(i)
				if m.fam != famNone && i+int(m.w) <= last {
					marks = append(marks, m)
				}
				i += int(m.w) - 1
			}
		}
		if len(marks) == 0 {
			continue
		}
		f.pairBlock(b, marks)
	}
	// Multi-paragraph quotations: a passage left open at the end of its block, followed by a
	// block that opens again with a mark of the same family.
	for k := range f.ps {
		f.ps[k].group = int32(k)
		if k > 0 {
			prev := &f.ps[k-1]
			p := &f.ps[k]
			if int(prev.close) < 0 && p.block == prev.block+1 && int(p.open) == f.blocks[p.block].first && p.fam == prev.fam {
				p.cont = true
				p.group = prev.group
			}
		}
	}
}

// pairBlock pairs the marks of block b and appends its top-level passages. A single mark that
// opens and is never closed is taken for an apostrophe (’em, ’Tis) and the block is paired again
// without it, unless it opens the block (a quotation in single marks running on).
func (f *finder) pairBlock(b int, marks []mark) {
	first := f.blocks[b].first
	skip := make([]bool, len(marks))
	type open struct {
		k   int32 // index in marks (8 bytes an entry: a text of marks opens millions)
		fam family
	}
	var stack []open
	n0 := len(f.ps)
	for attempt := 0; attempt < 8; attempt++ {
		f.ps = f.ps[:n0]
		stack = stack[:0]
		for k := 0; k < len(marks); k++ {
			if skip[k] {
				continue
			}
			m := marks[k]
			if m.canClose {
				at := -1
				for s := len(stack) - 1; s >= 0; s-- {
					if stack[s].fam == m.fam {
						at = s
						break
					}
				}
				if at >= 0 && m.fam == famSingle && f.apostropheRatherThanCloser(marks, k) {
					continue
				}
				if at >= 0 {
					if at == 0 {
						f.addPassage(b, marks[stack[0].k], m)
					}
					stack = stack[:at]
					continue
				}
			}
			if m.canOpen {
				stack = append(stack, open{int32(k), m.fam})
			}
		}
		if len(stack) == 0 {
			return
		}
		bottom := marks[stack[0].k]
		if bottom.fam == famSingle && int(bottom.tok) != first && !f.blockOpensWith(b+1, famSingle) {
			skip[stack[0].k] = true
			continue
		}
		// Unclosed: the passage runs to the end of the block, never further.
		f.addPassage(b, bottom, mark{tok: -1})
		return
	}
}

// apostropheRatherThanCloser reports whether the single closing mark marks[k] is better read as
// an apostrophe (Jones’ car, goin’ home): a word follows it in the same sentence and a later mark
// in the block closes the single quotation before any new one opens.
func (f *finder) apostropheRatherThanCloser(marks []mark, k int) bool {
	m := marks[k]
	if m.after != sideSpace || int(m.tok)+1 >= len(f.toks) || f.toks[m.tok+1].Kind != text.Word {
		return false
	}
	if !m.possessed {
		return false
	}
	for j := k + 1; j < len(marks) && j <= k+16; j++ {
		n := marks[j]
		if n.fam != famSingle {
			continue
		}
		if n.canClose && !n.canOpen {
			return true
		}
		if n.canOpen {
			return false
		}
	}
	return false
}

// blockOpensWith reports whether block b starts with an opening mark of family fam.
func (f *finder) blockOpensWith(b int, fam family) bool {
	if b >= len(f.blocks) {
		return false
	}
	i := f.blocks[b].first
	if f.toks[i].Kind != text.Quote {
		return false
	}
	m := f.classify(i)
	return m.fam == fam && m.canOpen
}

// markBytes returns the bytes of passage p's marks: the opening mark's start and the closing
// mark's end (the passage's end when it runs unclosed).
func (f *finder) markBytes(p *passage) (openStart, closeEnd int) {
	openStart, closeEnd = int(f.toks[p.open].Start), int(p.end)
	if p.close >= 0 {
		closeEnd = int(f.toks[int(p.close)+int(p.closeW)-1].End)
	}
	return openStart, closeEnd
}

// addPassage appends the passage opened by mark o and closed by mark cm (cm.tok -1: unclosed,
// running to the end of block b).
func (f *finder) addPassage(b int, o mark, cm mark) {
	c, open := int(cm.tok), int(o.tok)
	p := passage{open: int32(open), close: int32(c), closeW: cm.w, block: int32(b), fam: o.fam, spS: -1, spE: -1, cueS: -1, cueE: -1, entity: -1}
	p.first = int32(open + int(o.w))
	start := int(f.toks[p.first-1].End)
	var end int
	if c >= 0 {
		p.last = int32(c)
		end = int(f.toks[c].Start)
	} else {
		p.last = int32(f.blocks[b].last)
		end = int(f.toks[p.last-1].End)
	}
	// Trim white space at the edges (« Bonjour », a quotation running to a line end).
	for start < end {
		r, w := utf8.DecodeRuneInString(f.src[start:end])
		if !text.IsSpace(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(f.src[start:end])
		if !text.IsSpace(r) {
			break
		}
		end -= w
	}
	if end <= start || p.last <= p.first {
		return
	}
	p.start, p.end = int32(start), int32(end)
	if n := len(f.ps); n == cap(f.ps) && n >= 1024 {
		// room for the passages of the rest of the text at the rate so far: millions of
		// passages are copied once, not a dozen times as append's factor would
		f.ps = grow.Slice(f.ps, grow.More(n, max(open, 1), len(f.toks)))
	}
	f.ps = append(f.ps, p)
}
