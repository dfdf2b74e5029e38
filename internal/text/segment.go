package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/grow"
)

// Sentence is a span of tokens: Tokens[First:Last], bytes Src[Start:End].
type Sentence struct {
	Start, End  int
	First, Last int
}

// Paragraph is a span of sentences: Sentences[First:Last], bytes Src[Start:End].
type Paragraph struct {
	Start, End  int
	First, Last int
}

// Doc is an analyzed text. It only refers to Src, never copies or changes it.
type Doc struct {
	Src        string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
}

// Analyze tokenizes src and splits it into sentences and paragraphs.
func Analyze(src string) *Doc {
	d := &Doc{Src: src}
	// Room for a short text's tokens; a long text's list grows once the rate of its first
	// tokens is known (see growBy), rather than from a guess that a dense text outgrows.
	d.Tokens = Tokenize(make([]Token, 0, min(len(src)/5+1, 1<<14)), src)
	d.Sentences = splitSentences(nil, src, d.Tokens)
	d.Paragraphs = splitParagraphs(nil, d.Tokens, d.Sentences)
	return d
}

// Text returns the text of token i, or "" when there is no token i: the rules ask of the words
// around a name, which may open or close the text.
func (d *Doc) Text(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.Src[d.Tokens[i].Start:d.Tokens[i].End]
}

// HeadlineEnd gives the byte offset at which the first line holding text ends, or -1 when no
// line break follows it: a news page opens with its headline, and a text of one line has
// none. The stages that treat a headline apart (a surname alone in it, a company's short
// name) ask here, so they agree on where it is.
func HeadlineEnd(src string) int {
	start := len(src) - len(strings.TrimLeftFunc(src, unicode.IsSpace))
	if i := strings.IndexByte(src[start:], '\n'); i >= 0 {
		return start + i
	}
	return -1
}

// abbreviations end with a period that does not end a sentence by itself. Keys are written
// without the period.
var abbreviations = map[string]bool{}

// titles precede a name, so a sentence never ends after them.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Mr Mrs Ms Messrs Mmes Dr Prof Sr Jr St Mt Ft Gen Col Lt Maj Sgt Capt Cmdr Cpl Pvt Adm
		Gov Sen Rep Rev Hon Pres Supt Insp Det Amb Fr Sgt Brig Cdr Coun Cllr Mme v`) {
		abbreviations[w] = true
		titles[w] = true
	}
	for _, w := range strings.Fields(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat
		Inc Corp Co Ltd Bros Dept Univ Assn Ave Blvd Rd Hwy Nos No vs etc approx est ca al cf
		Calif Ariz Ark Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
		Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Ala Alta Ont Que Sask
		Fig Vol Ch Sec Art Ref Op Ed Mt Dist Jct Msgr Esq`) {
		abbreviations[w] = true
	}
}

// abbrevKey returns the key to look w up in abbreviations: all-caps datelines write "ST." for
// "St.", so an all-caps word of two or more letters is looked up title-cased.
func abbrevKey(w string) string {
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// sentenceStarters are capitalized words that, after an abbreviation such as "U.S." or "Inc.",
// show that a new sentence began.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those There But And Or So
		Yet In On At For If When While After Before As His Her Its Their Our My Your What Who Why How
		Some Many Most All No Not One Two Meanwhile However Also Still Then Now Earlier Later`) {
		sentenceStarters[w] = true
	}
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '」', '』', ')', ']', '}', '〞', '＂':
		return true
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// splitSentences appends the sentences of toks to dst.
func splitSentences(dst []Sentence, src string, toks []Token) []Sentence {
	start := 0
	n0 := len(dst)
	emit := func(last int) {
		if last > start {
			if n := len(dst) - n0; len(dst) == cap(dst) && n >= 1024 {
				// room for the rest at the rate so far, as Tokenize grows its list
				dst = grow.Slice(dst, grow.More(n, last, len(toks)))
			}
			dst = append(dst, Sentence{Start: int(toks[start].Start), End: int(toks[last-1].End), First: start, Last: last})
		}
		start = last
	}
	for i := 0; i < len(toks); i++ {
		if i > start && breaksBefore(src, toks, i) {
			emit(i)
		}
		if !endsSentence(src, toks, start, i) {
			continue
		}
		// Closing quotes and brackets after the terminal mark belong to this sentence: .” .)
		j := i + 1
		for j < len(toks) && closes(src, toks, start, j) {
			j++
		}
		if j == len(toks) {
			i = j - 1
			continue
		}
		next := src[toks[j].Start:toks[j].End]
		r := firstRune(next)
		opens := unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '[' || r == '—' || r == '-' ||
			toks[j].Kind == Word && hasInnerUpper(next) // iPhone, eBay
		if IsQuoteMark(r) {
			// An opening quote starts a sentence unless a lower-case word follows it:
			// "slave... ‘except as punishment’ he said" goes on.
			opens = j+1 >= len(toks) || !unicode.IsLower(firstRune(src[toks[j+1].Start:toks[j+1].End]))
		}
		if toks[j].Newlines > 0 || opens {
			i = j - 1
			emit(j)
		}
	}
	emit(len(toks))
	return dst
}

// hasInnerUpper reports whether w has an upper-case letter after its first rune, as brand names
// that open a sentence in lower case do (iPhone, eHow).
func hasInnerUpper(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// closes reports whether toks[j], after a sentence-final mark, closes the sentence: a closing
// quote or bracket glued to it (.” .), a quotation mark followed by a line break or the end of the
// text (it cannot open anything), a closing-only mark even after a space (CoNLL's `said . "`), or
// a straight double quote that closes an odd one earlier in the sentence.
func closes(src string, toks []Token, start, j int) bool {
	t := toks[j]
	w := src[t.Start:t.End]
	r := firstRune(w)
	if t.Newlines > 0 || len(w) > 3 || !isCloser(r) && !IsQuoteMark(r) {
		return false
	}
	if j+1 == len(toks) || toks[j+1].Newlines > 0 {
		return true
	}
	if !isCloser(r) {
		return false
	}
	if !t.Space {
		return true
	}
	switch r {
	case '”', '»', '›', '」', '』', ')', ']', '}':
		return true
	case '"':
		n := 0
		for k := start; k < j; k++ {
			if src[toks[k].Start:toks[k].End] == `"` {
				n++
			}
		}
		return n%2 == 1
	}
	return false
}

// breaksBefore reports whether a line break before toks[i] ends the sentence before it.
func breaksBefore(src string, toks []Token, i int) bool {
	t := toks[i]
	if t.Newlines == 0 {
		return false
	}
	if t.Newlines >= 2 {
		return true
	}
	// A single line break: a wrapped line continues with a lower-case letter, or the line
	// ends in a comma, hyphen or open bracket.
	if r := firstRune(src[t.Start:t.End]); unicode.IsLower(r) {
		return false
	}
	prev := src[toks[i-1].Start:toks[i-1].End]
	switch lastRune(prev) {
	case ',', '-', '(', '[', '‐':
		return false
	}
	return true
}

// endsSentence reports whether toks[i] is a sentence-final mark: . ! ? … or a word whose final
// period does double duty as a full stop.
func endsSentence(src string, toks []Token, start, i int) bool {
	t := toks[i]
	w := src[t.Start:t.End]
	switch t.Kind {
	case Punct:
		switch w[0] {
		case '.':
			// "1." opening a line is a list number, not a sentence.
			return !(i == start+1 && toks[start].Kind == Number && toks[start].End-toks[start].Start <= 3 && !t.Space)
		case '!', '?':
			return true
		}
		return w == "…"
	case Word:
		if len(w) < 2 || w[len(w)-1] != '.' {
			return false
		}
		bare := w[:len(w)-1]
		if titles[abbrevKey(bare)] || isInitial(bare) {
			return false
		}
		// U.S., Inc., etc.: a full stop too when a clear sentence opener follows.
		if i+1 < len(toks) {
			n := toks[i+1]
			if n.Newlines > 0 {
				return true
			}
			return sentenceStarters[src[n.Start:n.End]]
		}
		return true
	}
	return false
}

// splitParagraphs appends the paragraphs of a text to dst: runs of sentences not separated by a
// blank line.
func splitParagraphs(dst []Paragraph, toks []Token, sents []Sentence) []Paragraph {
	start := 0
	for i := 1; i <= len(sents); i++ {
		if i == len(sents) || toks[sents[i].First].Newlines >= 2 {
			dst = append(dst, Paragraph{Start: sents[start].Start, End: sents[i-1].End, First: start, Last: i})
			start = i
		}
	}
	return dst
}
