package timex

// The tokenizer: one pass over the bytes that splits the text into words,
// numbers and punctuation and looks each ASCII word up in the lexicon.

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/grow"
)

// Token kinds.
const (
	tWord  uint8 = iota + 1 // letters, maybe digits after the first letter
	tNum                    // digits, maybe letters after them ("1990s", "21st", "6am")
	tPunct                  // one character that is neither a letter, a digit nor space
)

// Token flags.
const (
	fCap   uint8 = 1 << iota // the first letter is upper case
	fSpace                   // white space comes right before the token
	fNL                      // a line break comes before the token
	fPara                    // a blank line comes before the token
	fASCII                   // the word is plain ASCII (looked up in the lexicon)
)

// tok is one word, number or punctuation character of the text. The words are
// looked up in the lexicon once, here, so that the rules only compare small
// integers.
type tok struct {
	s, e int32 // byte span in the source
	num  int32 // tNum: value of the leading digits (capped); tPunct: the rune
	k    uint8 // kind
	fl   uint8 // flags
	nd   uint8 // tNum: number of leading digits
	cls  uint8 // lexicon class
	lf   uint8 // lexicon flags
	tf   uint8 // tense flags
	v    int16 // lexicon value
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLetter(c byte) bool {
	u := c &^ 0x20
	return 'A' <= u && u <= 'Z'
}

// growToks makes room in a full dst, whose tokens from n0 on came from the first done bytes
// of a text of size bytes: for the rest at the rate so far and a sixteenth more (at first, room
// for a short text's tokens), so that a long text's tokens are copied once, not a dozen times
// as append's fixed factor would, and not first into a list too small.
func growToks(dst []tok, n0, done, size int) []tok {
	if len(dst) < cap(dst) {
		return dst
	}
	more := min(size/4, 1<<14) + 64
	if n := len(dst) - n0; done >= 1<<12 {
		more = grow.More(n, done, size)
	}
	return grow.Slice(dst, more)
}

// tokenize appends the tokens of src to dst. It reads every byte once.
func tokenize(dst []tok, src string) []tok {
	var fl uint8
	n0 := len(dst)
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			fl |= fSpace
			i++
			continue
		case c == '\n':
			if fl&fNL != 0 {
				fl |= fPara
			}
			fl |= fSpace | fNL
			i++
			continue
		case isLetter(c) || isDigit(c) || c >= utf8.RuneSelf:
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(src[i:])
				if r == 0xA0 || unicode.IsSpace(r) {
					fl |= fSpace
					if r == 0x2028 || r == 0x2029 {
						fl |= fNL
					}
					i += n
					continue
				}
				if !unicode.IsLetter(r) {
					dst = growToks(dst, n0, i, len(src))
					dst = append(dst, tok{s: int32(i), e: int32(i + n), k: tPunct, num: r, fl: fl})
					fl = 0
					i += n
					continue
				}
			}
			start := i
			h := hashSeed
			t := tok{s: int32(i), fl: fl | fASCII}
			if isDigit(c) {
				t.k = tNum
				for i < len(src) && isDigit(src[i]) {
					if t.nd < 255 {
						t.nd++
					}
					if t.num < 100000000 {
						t.num = t.num*10 + int32(src[i]-'0')
					}
					i++
				}
			} else {
				t.k = tWord
				if c <= 'Z' {
					t.fl |= fCap
				} else if c >= utf8.RuneSelf {
					t.fl &^= fASCII
				}
			}
			for i < len(src) {
				c := src[i]
				if isLetter(c) {
					h = hashStep(h, c|0x20)
					i++
					continue
				}
				if isDigit(c) {
					h = hashStep(h, c)
					i++
					continue
				}
				if c >= utf8.RuneSelf {
					r, n := utf8.DecodeRuneInString(src[i:])
					if r != utf8.RuneError && unicode.IsLetter(r) {
						t.fl &^= fASCII
						i += n
						continue
					}
				}
				break
			}
			t.e = int32(i)
			if t.k == tWord && t.fl&fASCII != 0 {
				if e, ok := lookupHashed(src[start:i], h); ok {
					t.cls, t.lf, t.tf, t.v = e.cls, e.fl, e.tf, e.v
				}
			}
			dst = growToks(dst, n0, i, len(src))
			dst = append(dst, t)
			fl = 0
		default:
			dst = growToks(dst, n0, i, len(src))
			dst = append(dst, tok{s: int32(i), e: int32(i + 1), k: tPunct, num: rune(c), fl: fl})
			fl = 0
			i++
		}
	}
	return dst
}
