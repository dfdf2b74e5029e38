package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/grow"
)

// Kind says what sort of token a token is.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with digits, inner hyphens, apostrophes or periods
	Number             // starts with a digit: 2022, 1,000.5, 10:30, 1990s
	Punct              // . , ; : ! ? … — – - ( ) [ ] and the like
	Quote              // a quotation mark or apostrophe standing alone: “ ” " ' ‘ ’ « » „ ‹ › 「 」
	Symbol             // % $ & # and other symbols, control characters, invalid UTF-8 bytes
	URL                // http://…, https://…, www.…
	Email              // name@example.com
	Handle             // @name, #tag
)

var kindNames = [...]string{"Word", "Number", "Punct", "Quote", "Symbol", "URL", "Email", "Handle"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one token: Src[Start:End]. Its offsets are 32-bit (texts are under 2 GiB; extract
// refuses longer ones), so that a token is 12 bytes: a long text of short tokens holds one
// per one or two bytes.
type Token struct {
	Start, End int32
	Kind       Kind
	// Space is true when white space precedes the token (or it starts the text).
	Space bool
	// Newlines counts the line breaks in the white space before the token: 1 starts a new
	// line, 2 or more a new paragraph. It stops at 255 (a small field keeps Token small).
	Newlines uint8
}

// IsSpace reports whether r separates tokens. Besides Unicode white space (which includes the
// non-breaking space U+00A0) it counts the zero-width space, word joiner and byte-order mark, which
// web text uses as invisible separators.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0x2060 || r == 0xFEFF
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		r == 0x00AD || r == 0x200C || r == 0x200D // soft hyphen and joiners live inside words
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// IsApostrophe reports whether r can serve as an apostrophe.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// IsQuoteMark reports whether r is a quotation mark (apostrophes included).
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‟', '‚', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂':
		return true
	}
	return false
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// decode returns the rune at s[i] and its width; an invalid byte is RuneError of width 1.
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokenize appends the tokens of src to dst and returns the result.
func Tokenize(dst []Token, src string) []Token {
	n0 := len(dst)
	i := 0
	newlines := uint8(0)
	space := true
	for i < len(src) {
		r, w := decode(src, i)
		if IsSpace(r) {
			if r == '\n' || (r == '\r' && (i+1 >= len(src) || src[i+1] != '\n')) || r == 0x2028 || r == 0x2029 || r == 0x85 {
				if newlines < 255 {
					newlines++
				}
			}
			space = true
			i += w
			continue
		}
		end, kind := scanToken(src, i, r, w)
		if end <= i { // never stall
			end, kind = i+w, Symbol
		}
		if len(dst) == cap(dst) {
			dst = grow.Slice(dst, growBy(len(dst)-n0, i, len(src)))
		}
		dst = append(dst, Token{Start: int32(i), End: int32(end), Kind: kind, Space: space, Newlines: newlines})
		// A token may end before a clitic ("do|n't", "Ukraine|’s"); the next scan picks it up.
		i = end
		space = false
		newlines = 0
	}
	return dst
}

// growBy returns how many more tokens to make room for when n tokens were found in the first
// done bytes of a text of size bytes: the rest at the same rate and a sixteenth more (grow.More).
// Growing by this estimate rather than by append's fixed factor copies a long text's tokens
// once, not a dozen times.
func growBy(n, done, size int) int {
	if done < 1<<12 {
		return size/4 + 64 // too early to tell: a token per four bytes
	}
	return grow.More(n, done, size)
}

// scanToken returns the end of the token starting at i, whose first rune is r of width w.
func scanToken(s string, i int, r rune, w int) (int, Kind) {
	switch {
	case r == utf8.RuneError && w == 1:
		return i + 1, Symbol
	case isWordRune(r):
		if e, ok := scanURL(s, i); ok {
			return e, URL
		}
		if e, ok := scanEmail(s, i); ok {
			return e, Email
		}
		return scanWord(s, i)
	case IsApostrophe(r):
		// ’s, 's, n't handled in scanWord; here: the ’90s, rock ’n’ roll, 'em, or a lone mark.
		// A clitic after a word, or after a space in already tokenized text ("Reuters 's").
		if e, ok := cliticEnd(s, i); ok {
			return e, Word
		}
		if r2, w2 := decode(s, i+w); isDigit(r2) {
			// ’90s: an apostrophe, two digits and an s.
			j := i + w + w2
			if j < len(s) && isDigit(rune(s[j])) && j+1 < len(s) && s[j+1] == 's' && !isWordAt(s, j+2) {
				return j + 2, Number
			}
		}
		if e, ok := matchFold(s, i+w, "n"); ok { // rock ’n’ roll
			if r3, w3 := decode(s, e); IsApostrophe(r3) && !isWordAt(s, e+w3) && !isWordBefore(s, i) {
				return e + w3, Word
			}
		}
		return i + w, Quote
	case IsQuoteMark(r):
		return i + w, Quote
	case r == '@' || r == '#':
		j := i + w
		for j < len(s) {
			r2, w2 := decode(s, j)
			if !(isWordRune(r2) || r2 == '_') {
				break
			}
			j += w2
		}
		if j > i+w {
			return j, Handle
		}
		return i + w, Symbol
	case r == '.':
		if strings.HasPrefix(s[i:], "...") {
			j := i + 3
			for j < len(s) && s[j] == '.' {
				j++
			}
			return j, Punct
		}
		if r2, _ := decode(s, i+1); isDigit(r2) && !isWordBefore(s, i) { // .5
			return scanWord(s, i)
		}
		return i + 1, Punct
	case r == '!' || r == '?':
		j := i + 1
		for j < len(s) && (s[j] == '!' || s[j] == '?') {
			j++
		}
		return j, Punct
	case r == '-':
		j := i + 1
		for j < len(s) && s[j] == '-' {
			j++
		}
		return j, Punct
	case unicode.IsPunct(r):
		return i + w, Punct
	}
	return i + w, Symbol
}

func isWordAt(s string, i int) bool {
	r, w := decode(s, i)
	return w > 0 && isWordRune(r)
}

func isWordBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// matchFold reports whether s at i starts with the ASCII lower-case word lit (any case) and
// returns the end.
func matchFold(s string, i int, lit string) (int, bool) {
	if i+len(lit) > len(s) {
		return 0, false
	}
	for k := 0; k < len(lit); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[k] {
			return 0, false
		}
	}
	return i + len(lit), true
}

// clitics split off a word in Penn Treebank style.
var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

// cliticEnd reports whether s at i is an apostrophe followed by a clitic (’s, 're, 'll, …) that
// ends the word, and returns the clitic's end.
func cliticEnd(s string, i int) (int, bool) {
	r, w := decode(s, i)
	if !IsApostrophe(r) {
		return 0, false
	}
	for _, c := range clitics {
		if e, ok := matchFold(s, i+w, c); ok && !isWordAt(s, e) {
			return e, true
		}
	}
	return 0, false
}

// scanWord scans a word or number starting at i.
func scanWord(s string, i int) (int, Kind) {
	start := i
	first, _ := decode(s, i)
	kind := Word
	if isDigit(first) || first == '.' {
		kind = Number
	}
	hasInnerPeriod := false
	j := i
	if first == '.' { // .596, .45
		j++
	}
	for j < len(s) {
		r, w := decode(s, j)
		if isWordRune(r) {
			// n't: "don't" -> "do" + "n't"
			if (r == 'n' || r == 'N') && j > start {
				if r2, w2 := decode(s, j+1); IsApostrophe(r2) {
					if e, ok := matchFold(s, j+1+w2, "t"); ok && !isWordAt(s, e) {
						return j, kind
					}
				}
			}
			j += w
			continue
		}
		next, _ := decode(s, j+w)
		prev, _ := utf8.DecodeLastRuneInString(s[:j])
		switch {
		case IsApostrophe(r) && j > start:
			if _, ok := cliticEnd(s, j); ok {
				return j, kind
			}
			if isLetter(next) && isLetter(prev) { // O'Reilly, Shi'ite
				j += w
				continue
			}
		case isHyphen(r) && j > start && isWordRune(next):
			j += w // long-standing, COVID-19, 2017-06-15
			continue
		case (r == ',' || r == '.' || r == ':' || r == '/') && isDigit(prev) && isDigit(next) && kind == Number:
			j += w // 1,000.5 10:30 9/11
			continue
		case r == '.' && isLetter(prev) && isLetter(next) && kind == Word && shortSegment(s, start, j):
			hasInnerPeriod = true // U.S, e.g, a.m
			j += w
			continue
		case r == '&' && isUpper(prev) && isUpper(next):
			j += w // AT&T, S&P
			continue
		case r == '_' && isWordRune(prev) && isWordRune(next):
			j += w
			continue
		}
		break
	}
	// A final period belongs to the token for abbreviations and initials.
	if j < len(s) && s[j] == '.' && kind == Word {
		word := s[start:j]
		if hasInnerPeriod && shortSegment(s, start, j) || isInitial(word) || abbreviations[abbrevKey(word)] {
			if !strings.HasPrefix(s[j:], "...") {
				j++
			}
		}
	}
	return j, kind
}

// shortSegment reports whether the letters since the last period (or start) up to j number at
// most three, as in U.S, Ph.D, e.g; "example.com" is not an abbreviation.
func shortSegment(s string, start, j int) bool {
	seg := s[start:j]
	if k := strings.LastIndexAny(seg, ".-"); k >= 0 {
		seg = seg[k+1:]
	}
	return utf8.RuneCountInString(seg) <= 3
}

func isUpper(r rune) bool { return unicode.IsUpper(r) }

// isInitial reports whether w is a single upper-case letter, as in "J. R. R. Tolkien".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// scanURL recognizes http://, https:// and www. addresses; trailing punctuation is left out.
func scanURL(s string, i int) (int, bool) {
	if c := s[i] | 0x20; c != 'h' && c != 'w' { // every prefix below starts so: most words stop here
		return 0, false
	}
	var ok bool
	var e int
	for _, p := range []string{"https://", "http://", "www."} {
		if e, ok = matchFold(s, i, p); ok {
			break
		}
	}
	if !ok || e >= len(s) || !isWordAt(s, e) {
		return 0, false
	}
	j := e
	for j < len(s) {
		r, w := decode(s, j)
		if IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == '«' || r == '»' || (r == utf8.RuneError && w == 1) {
			break
		}
		j += w
	}
	return trimURLEnd(s, e, j), true
}

func trimURLEnd(s string, min, j int) int {
	for j > min {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if strings.ContainsRune(".,;:!?)]}'’", r) {
			if r == ')' && strings.Count(s[min:j], "(") >= strings.Count(s[min:j], ")") {
				break // keep a balanced closing bracket, as in Wikipedia addresses
			}
			j -= w
			continue
		}
		break
	}
	return j
}

// scanEmail recognizes name@domain.tld.
func scanEmail(s string, i int) (int, bool) {
	j := i
	for j < len(s) {
		c := s[j]
		if c == '@' {
			break
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
			return 0, false
		}
		j++
	}
	if j >= len(s) || j == i {
		return 0, false
	}
	k := j + 1
	dots := 0
	for k < len(s) {
		c := s[k]
		if c == '.' {
			dots++
		} else if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			break
		}
		k++
	}
	for k > j+1 && s[k-1] == '.' {
		k--
		dots--
	}
	if dots == 0 || k <= j+2 {
		return 0, false
	}
	return k, true
}
