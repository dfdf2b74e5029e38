package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range src[Start:End]; Start is -1 for a token that could not be placed.
type Span struct {
	Start, End int
}

// Alignment places a list of token strings on the source text they came from. prose v2 tokens
// carry no offsets and may be rewritten (curly quotes become straight ones), so the only way to
// see what prose kept is to walk both texts side by side.
type Alignment struct {
	Spans []Span // one per token, in order; Start == -1 when the token was not found

	Exact     int // tokens equal to the source bytes they cover
	Changed   int // tokens that match only after folding quotes: the token text differs from the source
	Unaligned int // tokens found nowhere near the cursor: text the tokenizer made up or reordered

	ChangedBytes int // source bytes covered by changed tokens whose bytes differ from the token
	LostBytes    int // non-space source bytes covered by no token
	SourceBytes  int // non-space source bytes in total
}

// window bounds how far ahead of the cursor Align looks for a token it cannot place at the cursor.
const window = 256

// Align places toks on src greedily, left to right: each token is matched at the cursor (after
// white space), exactly or with quote folding (“ ” → ", ‘ ’ → ', &rsquo; → '); failing that, at
// the nearest later position within a short window, and the non-space bytes skipped count as
// lost. It never panics; tokens of any content are accepted.
func Align(src string, toks []string) Alignment {
	a := Alignment{Spans: make([]Span, len(toks))}
	a.SourceBytes = nonSpace(src)
	var gaps []Span // stretches of source skipped to place a token
	c := 0
	for k, t := range toks {
		c = skipSpace(src, c)
		if t == "" {
			a.Spans[k] = Span{c, c}
			a.Exact++
			continue
		}
		if end, changed, ok := matchAt(src, c, t); ok {
			a.place(k, c, end, changed)
			c = end
			continue
		}
		found := false
		limit := min(len(src), c+window)
		for p := c + 1; p < limit; p++ {
			if !utf8.RuneStart(src[p]) {
				continue
			}
			if end, changed, ok := matchAt(src, p, t); ok {
				gaps = append(gaps, Span{c, p})
				a.place(k, p, end, changed)
				c = end
				found = true
				break
			}
		}
		if !found {
			a.Spans[k] = Span{-1, -1}
			a.Unaligned++
		}
	}
	gaps = append(gaps, Span{c, len(src)})
	a.LostBytes = nonSpaceIn(src, gaps)
	return a
}

// nonSpaceIn counts the non-space source bytes of the runes that start inside gaps (sorted, not
// overlapping). It decodes src once from the start, as nonSpace does, so that a token matched
// inside an invalid multi-byte sequence cannot make a gap count bytes the whole text does not.
func nonSpaceIn(src string, gaps []Span) int {
	n, g := 0, 0
	for i := 0; i < len(src) && g < len(gaps); {
		r, w := utf8.DecodeRuneInString(src[i:])
		for g < len(gaps) && gaps[g].End <= i {
			g++
		}
		if g < len(gaps) && gaps[g].Start <= i && !unicode.IsSpace(r) {
			n += w
		}
		i += w
	}
	return n
}

func (a *Alignment) place(k, start, end, changed int) {
	a.Spans[k] = Span{start, end}
	if changed > 0 {
		a.Changed++
		a.ChangedBytes += changed
	} else {
		a.Exact++
	}
}

// matchAt reports whether token t matches src at i, possibly with folded quotes, where the match
// ends, and how many source bytes were rewritten.
func matchAt(src string, i int, t string) (end, changed int, ok bool) {
	j := 0
	for j < len(t) {
		if i >= len(src) {
			return 0, 0, false
		}
		if src[i] == t[j] {
			i++
			j++
			continue
		}
		if strings.HasPrefix(src[i:], "&rsquo;") && t[j] == '\'' {
			i += len("&rsquo;")
			j++
			changed += len("&rsquo;")
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		if f := fold(r); f != 0 && byte(f) == t[j] {
			i += w
			j++
			changed += w
			continue
		}
		return 0, 0, false
	}
	return i, changed, true
}

// fold maps a typographic quotation mark to the ASCII mark prose v2 writes for it, else 0.
func fold(r rune) rune {
	switch r {
	case '“', '”', '„', '‟':
		return '"'
	case '‘', '’', '‚', '‛':
		return '\''
	}
	return 0
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

func nonSpace(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			n += w
		}
		i += w
	}
	return n
}
