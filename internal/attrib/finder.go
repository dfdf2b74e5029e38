package attrib

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
)

// block is a run of sentences between line breaks: a paragraph, a headline, a caption. A
// quotation never runs past the end of its block.
type block struct {
	first, last int // tokens
	sfirst      int // first sentence
	headline    bool
}

type finder struct {
	d      *text.Doc
	src    string
	toks   []text.Token
	names  []Name
	ents   []Entity
	blocks []block
	sentOf []int32 // token -> sentence
	blkOf  []int32 // sentence -> block
	// inP has a bit for each token inside a passage (marks included), and firstP, for each
	// quotedRun tokens, the first passage that reaches them (see quoted): an index per token
	// would be 4 bytes each, millions on a text of short quotations.
	inP    []uint64
	firstP []int32
	ps     []passage
	// lows holds the tokens in lower case (see lower) at their own offsets: token i's is
	// lows[Start:End] when lowering kept its length. A shorter one (’ is ') is followed there by
	// 0xFF bytes, which UTF-8 never holds; a longer one (a few letters change their width, a
	// bad byte becomes U+FFFD) is in lowOther, and a 0xFF byte starts its place. lowResized has
	// the bit of every token of either sort. Built on first use: the rules ask for the same
	// tokens many times. (An end offset per token would be 4 bytes each, millions on a long text
	// of short tokens.)
	lows       []byte
	lowResized []uint64
	lowOther   map[int32][]byte
	last       lastSpeaker
	// full holds the token spans of capitalized names of two to four words, for resolving
	// surnames and pronouns when the entity stage gave none (see fullNameSpans).
	full [][2]int
	// bySurname maps the last word of each person entity's name to the entity, -1 when two
	// share it; built on first use.
	bySurname map[string]int
	// groups are the coordinated pairs that speak as one ("Lena Ortiz and Tomas Berg"), as
	// entity lists; speaker entity len(ents)+k is groups[k].
	groups [][]int
	// counts holds each entity's number of name mentions, found on first use.
	counts []int
	// What the rules keep from one passage to the next so that a block of many quotations is
	// read once, not once per quotation: the last passage with a speaker (-1 for none), the
	// answers of onlyQuotes per block (0 not yet known, 1 yes, -1 no), insideDoubled's count.
	spoken  int
	onlyQ   []int8
	doubled doubledCount
	// letters holds prefix sums of the letters and digits of the tokens, all and quoted, for
	// mostlyQuoted on long spans; nil until first needed.
	letters [][2]int32
	// fits lists, per description (see nearestPerson), the names whose person entity fits it.
	fits map[string][]int
	// speakers holds the passages' speaker names, each once, "" first; speakerIDs indexes it.
	// A passage keeps an index: its name is most often one of a few.
	speakers   []string
	speakerIDs map[string]int32
}

// lastSpeaker is the most recent attribution, which a paragraph that is only a quotation
// continues.
type lastSpeaker struct {
	ok       bool
	block    int
	spS, spE int
	// cueS, cueE are the tokens of the cue that introduced the speaker, -1 when none: a
	// paragraph that continues the speaker carries the cue too, as a later part of a
	// quotation over several paragraphs does.
	cueS, cueE int
	speaker    string
	entity     int
}

func newFinder(d *text.Doc, names []Name, ents []Entity) *finder {
	f := &finder{d: d, src: d.Src, toks: d.Tokens, names: names, ents: ents}
	f.sentOf = make([]int32, len(f.toks))
	f.blkOf = make([]int32, len(d.Sentences))
	for si, s := range d.Sentences {
		first, last := clamp(s.First, len(f.toks)), clamp(s.Last, len(f.toks))
		for i := first; i < last; i++ {
			f.sentOf[i] = int32(si)
		}
		if si == 0 || (first < len(f.toks) && f.toks[first].Newlines > 0) {
			f.blocks = append(f.blocks, block{first: first, last: last, sfirst: si})
		} else if len(f.blocks) > 0 {
			f.blocks[len(f.blocks)-1].last = last
		}
		f.blkOf[si] = int32(len(f.blocks) - 1)
	}
	for b := range f.blocks {
		f.blocks[b].headline = f.isHeadline(b)
	}
	return f
}

// speakerID returns the index of name in f.speakers, adding it the first time.
func (f *finder) speakerID(name string) int32 {
	if name == "" {
		return 0
	}
	id, ok := f.speakerIDs[name]
	if !ok {
		if f.speakerIDs == nil {
			f.speakers, f.speakerIDs = []string{""}, map[string]int32{}
		}
		id = int32(len(f.speakers))
		f.speakers = append(f.speakers, name)
		f.speakerIDs[name] = id
	}
	return id
}

// speakerName returns the name of speaker index id ("" for 0).
func (f *finder) speakerName(id int32) string {
	if id <= 0 || int(id) >= len(f.speakers) {
		return ""
	}
	return f.speakers[id]
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// markPassages fills inP and firstP once the passages are known.
func (f *finder) markPassages() {
	f.inP = make([]uint64, (len(f.toks)+63)/64)
	f.firstP = make([]int32, (len(f.toks)+quotedRun-1)/quotedRun)
	for k := range f.ps {
		for i := int(f.ps[k].open); i < f.passageEnd(k); i++ {
			if f.firstP[i/quotedRun] == 0 {
				f.firstP[i/quotedRun] = int32(k + 1)
			}
			f.inP[i/64] |= 1 << (i % 64)
		}
	}
}

// quotedRun is how many tokens share an entry of firstP.
const quotedRun = 16

// passageEnd returns the token after passage k and its closing mark, at most the number of
// tokens.
func (f *finder) passageEnd(k int) int {
	p := &f.ps[k]
	last := int(p.last)
	if p.close >= 0 {
		last = int(p.close) + int(p.closeW)
	}
	return min(last, len(f.toks))
}

// isHeadline reports whether block b reads like a headline: one line of mostly capitalized
// words with no full stop inside.
func (f *finder) isHeadline(b int) bool {
	bl := f.blocks[b]
	if bl.last-bl.first > 40 {
		return false
	}
	words, caps := 0, 0
	for i := bl.first; i < bl.last; i++ {
		t := f.toks[i]
		if t.Kind != text.Word || t.End-t.Start < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(f.src[t.Start:]); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*10 >= words*7
}

// word returns the text of token i.
func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.src[f.toks[i].Start:f.toks[i].End]
}

// quoted returns the passage index + 1 that token i belongs to, 0 for none (or before the
// passages are known, or out of range).
func (f *finder) quoted(i int) int32 {
	if i < 0 || i/64 >= len(f.inP) || f.inP[i/64]&(1<<(i%64)) == 0 {
		return 0
	}
	// The passages are in text order: the one holding i is the last of those from the first
	// that reaches i's run of tokens that open at or before i (a later one wins, as when
	// passages were marked in order).
	in := int32(0)
	for k := int(f.firstP[i/quotedRun]) - 1; k >= 0 && k < len(f.ps) && int(f.ps[k].open) <= i; k++ {
		if i < f.passageEnd(k) {
			in = int32(k + 1)
		}
	}
	return in
}

// lower returns token i in lower case, with ’ as ' (empty out of range). The bytes are
// shared: read them, do not change them.
func (f *finder) lower(i int) []byte {
	if i < 0 || i >= len(f.toks) {
		return nil
	}
	if f.lows == nil {
		f.lowerAll()
	}
	t := f.toks[i]
	w := f.lows[t.Start:t.End:t.End]
	if f.lowResized[i/64]&(1<<(i%64)) != 0 {
		k := bytes.IndexByte(w, 0xFF)
		if k == 0 {
			return f.lowOther[int32(i)]
		}
		w = w[:k:k]
	}
	return w
}

// lowerAll fills f.lows, f.lowResized and f.lowOther.
func (f *finder) lowerAll() {
	f.lows, f.lowResized = make([]byte, len(f.src)), make([]uint64, (len(f.toks)+63)/64)
	for i, t := range f.toks {
		w := f.word(i)
		out := f.lows[t.Start:t.Start:t.End]
		for k := 0; k < len(w); {
			c := w[k]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				out = append(out, c)
				k++
				continue
			}
			r, n := utf8.DecodeRuneInString(w[k:])
			if r == '’' {
				r = '\''
			}
			out = utf8.AppendRune(out, unicode.ToLower(r))
			k += n
		}
		switch {
		case len(out) == len(w):
			continue
		case len(out) < len(w):
			for k := t.Start + int32(len(out)); k < t.End; k++ {
				f.lows[k] = 0xFF
			}
		default: // out outgrew its place in lows and was copied
			if f.lowOther == nil {
				f.lowOther = map[int32][]byte{}
			}
			f.lowOther[int32(i)] = out[:len(out):len(out)]
			f.lows[t.Start] = 0xFF
		}
		f.lowResized[i/64] |= 1 << (i % 64)
	}
}

func (f *finder) in(set map[string]bool, i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	return set[string(f.lower(i))]
}

func (f *finder) is(i int, w string) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	return strings.EqualFold(f.word(i), w)
}

// cue returns the reporting-verb entry of token i. A capitalized word is a cue only where
// every word is capitalized (a headline) or at the start of a sentence ("Says Peskov"), so
// "the United States" holds no "states".
func (f *finder) cue(i int) (cueInfo, bool) {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return cueInfo{}, false
	}
	w := f.lower(i)
	if string(w) == "put" || string(w) == "puts" {
		return cueInfo{lemma: "put", form: cueFinite}, f.asPutIt(i)
	}
	if string(w) == "state" && !f.is(i+1, "that") {
		// mostly the noun or adjective: "state officials", "state Sen. Ann Lee"
		return cueInfo{}, false
	}
	c, ok := cues[string(w)]
	if ok && c.lemma == "think" && f.thinkTank(i) {
		return cueInfo{}, false
	}
	if ok && !f.isLowerWord(i) {
		si := f.sentOf[i]
		if f.d.Sentences[si].First != i && !f.blocks[f.blkOf[si]].headline {
			return cueInfo{}, false
		}
	}
	return c, ok
}

// conjunctions join a sentence to the one before; the sentence's subject follows them.
var conjunctions = text.WordSet(`but and yet so or nor`)

// thinkTank reports whether token i is the "think" of "think tank", a noun: "the Resolution
// Foundation think tank estimated".
func (f *finder) thinkTank(i int) bool {
	return f.is(i, "think") && (f.is(i+1, "tank") || f.is(i+1, "tanks"))
}

// asPutIt reports whether "put" at token i is the reporting idiom "as X put it" ("as a
// government memo put it"): "it" after it and "as" a few words before, in the same sentence.
func (f *finder) asPutIt(i int) bool {
	if !f.is(i+1, "it") {
		return false
	}
	lo := f.sentStart(i)
	for j := i - 2; j >= lo && j >= i-8; j-- {
		if f.is(j, "as") {
			return true
		}
		if f.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

func (f *finder) pronoun(i int) (byte, bool) {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return 0, false
	}
	g, ok := subjectPronouns[string(f.lower(i))]
	return g, ok
}

// possessive reports whether token i is the possessive ’s ('s, or ’S in capitals).
func (f *finder) possessive(i int) bool {
	return f.is(i, "’s") || f.is(i, "'s")
}

func (f *finder) isCap(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.word(i))
	return unicode.IsUpper(r)
}

func (f *finder) isLowerWord(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.word(i))
	return unicode.IsLower(r)
}

func (f *finder) isAllCaps(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return false
	}
	letters := 0
	for _, r := range f.word(i) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// punct reports whether token i is punctuation or a symbol written as one of the
// space-separated strings of set (", — –").
func (f *finder) punct(i int, set string) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	k := f.toks[i].Kind
	if k != text.Punct && k != text.Symbol {
		return false
	}
	w := f.word(i)
	for set != "" {
		var s string
		s, set, _ = strings.Cut(set, " ")
		if w == s {
			return true
		}
	}
	return false
}

// nameish reports whether token i can be part of a name: a capitalized word that is no sentence
// opener, pronoun or date word, or a particle joined by a hyphen to a name after one
// ("Hussein al-Sheikh").
func (f *finder) nameish(i int) bool {
	if !f.isCap(i) {
		return i > 0 && f.isCap(i-1) && f.toks[i].Kind == text.Word && text.JoinedParticle(f.word(i)) // "Hussein al-Sheikh"
	}
	return !f.in(nameStops, i)
}

func (f *finder) connector(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	w := f.word(i)
	return w == "of" || w == "&" || text.NameParticle(w)
}

func (f *finder) adverb(i int) bool {
	if f.in(skipBetween, i) {
		return true
	}
	if !f.isLowerWord(i) {
		return false
	}
	w := f.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !roleNouns[w]
}

// abbrevStop reports whether the full stop at token k ends an abbreviation inside the sentence
// rather than the sentence: "Mitch McConnell, R-Ky., said".
func (f *finder) abbrevStop(k int) bool {
	return f.punct(k, ".") && f.punct(k+1, ",") && f.toks[k].Space == false
}

// npKind says what sort of words a speaker mention is.
type npKind uint8

const (
	npNone npKind = iota
	npPronoun
	npName
	npNominal
	npRelative // who, which
)

// np is a speaker mention: tokens [s, e).
type np struct {
	s, e int
	kind npKind
}

// npLeft finds the noun phrase that ends at token j (the subject before a reporting verb), not
// reaching before token lo. It skips auxiliaries and adverbs ("has repeatedly said"), a
// parenthesis ("Mike Pence (R-IN)"), and an apposition between commas ("Flynn, a top adviser,
// said").
func (f *finder) npLeft(j, lo int, apposition bool) np {
	for j >= lo && f.adverb(j) {
		j--
	}
	// "who in 2010 said", "Smith on Tuesday said": a time phrase before the verb.
	if j-1 >= lo && (f.toks[j].Kind == text.Number || f.in(dayWords, j)) && f.in(timePrepositions, j-1) {
		j -= 2
		for j >= lo && f.adverb(j) {
			j--
		}
	}
	if j < lo {
		return np{}
	}
	if f.punct(j, ")") {
		k := j - 1
		for k >= lo && k > j-12 && !f.punct(k, "(") {
			k--
		}
		if k < lo || !f.punct(k, "(") {
			return np{}
		}
		j = k - 1
		if j < lo {
			return np{}
		}
	}
	if f.quoted(j) != 0 {
		return np{}
	}
	if _, ok := f.pronoun(j); ok {
		return np{j, j + 1, npPronoun}
	}
	if f.is(j, "who") || f.is(j, "which") {
		// "the department, which reported": the relative pronoun is the mention; resolve
		// takes its antecedent.
		return np{j, j + 1, npRelative}
	}
	if f.punct(j, ",") && apposition {
		// "Flynn, a top Trump surrogate, said": the name before the apposition.
		for k := j - 1; k >= lo && k > j-30; k-- {
			if f.quoted(k) != 0 && !f.nicknameTok(k) {
				break
			}
			if f.punct(k, ")") {
				// "Marcia Price (D-Va.),": a parenthesis inside the apposition
				for m := k - 1; m >= lo && m > k-12; m-- {
					if f.punct(m, "(") {
						k = m
						break
					}
				}
				continue
			}
			if f.punct(k, ". ; : ! ?") && !f.abbrevStop(k) {
				break
			}
			if f.punct(k, ",") {
				if n := f.npLeft(k-1, lo, false); n.kind == npName || n.kind == npPronoun {
					return n
				}
				// "his niece, state Del. Marcia Price, said": a description, then the name
				// in apposition, which is the mention.
				if n := f.npLeft(j-1, k+1, false); n.kind == npName && n.s-k <= 4 {
					return n
				}
				break
			}
		}
		return np{}
	}
	if f.nameish(j) {
		s := j
		for {
			for s-1 >= lo && f.toks[s].Newlines == 0 && (f.nameish(s-1) || f.nicknameTok(s-1) || f.connector(s-1) && f.nameish(s-2) && s-2 >= lo) {
				s--
			}
			// "Kabiru Adamu of Beacon Security and Intelligence said": a name found by the
			// entity stage runs on over its "and"
			n, ok := f.nameIn(int(f.toks[s].Start), int(f.toks[s].End))
			if !ok || n.End < int(f.toks[j].End) || f.tokenAt(n.Start) >= s || f.tokenAt(n.Start) < lo {
				break
			}
			s = f.tokenAt(n.Start)
		}
		if s == j && f.demonymAfterArticle(j, lo) {
			// "the Brazilian said", "the 37-year-old Serbian said": a description of a person
			k := j - 1
			if f.toks[k].Kind == text.Number {
				k--
			}
			return np{k, j + 1, npNominal}
		}
		// "Rep. John Carter of the People Power Party said": the person the organization or
		// place qualifies is the subject, not the organization
		if k := s - 1; k-1 >= lo && !f.personAt(s, j+1) {
			if f.is(k, "the") {
				k--
			}
			if k-1 >= lo && f.is(k, "of") {
				if n := f.npLeft(k-1, lo, false); n.kind == npName && f.personIn(n) {
					return n
				}
			}
		}
		return np{s, j + 1, npName}
	}
	if f.toks[j].Kind == text.Number && f.in(determiners, j-1) && j-1 >= lo && resolve.YearsOld(f.word(j)) > 0 {
		return np{j - 1, j + 1, npNominal} // "the 26-year-old said"
	}
	if f.isLowerWord(j) && (!f.in(nameStops, j) || f.in(numberWords, j)) {
		if _, isCue := f.cue(j); isCue {
			return np{}
		}
		// A description: find its determiner ("the former secretary of state").
		for k := j - 1; k >= lo && k >= j-10; k-- {
			if f.quoted(k) != 0 {
				break
			}
			if f.toks[k].Kind == text.Number && k < j-1 && resolve.YearsOld(f.word(k)) > 0 {
				continue // "the 34-year-old mother of three"
			}
			if f.in(determiners, k) || f.toks[k].Kind == text.Number && k == j-1 {
				if f.is(k, "that") && k < j-1 {
					break
				}
				if f.toks[k].Kind == text.Number && k-1 >= lo && (f.word(k-1) == "No" || f.word(k-1) == "No.") {
					// "A No 10 spokesperson": Downing Street's number is part of the name
					k--
					if k-1 >= lo && f.in(determiners, k-1) {
						k--
					}
					return np{k, j + 1, npNominal}
				}
				if f.in(nounPrepositions, k-1) && !f.is(k-1, "as") || f.in(placePrepositions, k-1) {
					// "Protesters marching through the streets chanted": the noun after a
					// preposition is no subject; the one before the phrase is. ("as" here
					// is a conjunction: "as a memo put it", "as the minister said".)
					m := k - 2
					if m >= lo && f.isLowerWord(m) && strings.HasSuffix(f.word(m), "ing") {
						m--
					}
					if n := f.npLeft(m, lo, false); n.kind == npName || n.kind == npNominal && f.in(roleNouns, n.e-1) {
						return n
					}
					return np{}
				}
				return np{k, j + 1, npNominal}
			}
			t := f.toks[k]
			if f.punct(k, ",") && f.isCap(k-1) && strings.HasSuffix(f.word(k+1), "-based") {
				continue // "the Cupertino, California-based company"
			}
			if t.Kind == text.Word || f.punct(k, "-") {
				if _, isCue := f.cue(k); isCue && f.isLowerWord(k) {
					break
				}
				if f.in(nameStops, k) && !f.is(k, "of") && !f.is(k, "and") {
					break
				}
				continue
			}
			break
		}
		if f.in(roleNouns, j) {
			s := j
			for s-1 >= lo && s > j-4 && (f.nameish(s-1) || f.in(roleNouns, s-1) || f.isLowerWord(s-1) && f.adjectiveLike(s-1) ||
				f.possessive(s-1)) {
				s--
			}
			// a possessive at the left edge brings its owner: "Trump’s spokesman"
			if s < j && f.possessive(s) {
				s++
			}
			return np{s, j + 1, npNominal}
		}
	}
	return np{}
}

var numberWords = text.WordSet(`one two three four five six seven eight nine ten`)

var timePrepositions = text.WordSet(`in on since`)

var placePrepositions = text.WordSet(`through at across among around throughout over under within near inside outside`)

var dayWords = text.WordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// adjectiveLike is a loose test for a modifier in a description ("senior", "former").
func (f *finder) adjectiveLike(i int) bool {
	switch string(f.lower(i)) {
	case "senior", "former", "top", "chief", "deputy", "local", "federal", "state", "foreign",
		"national", "public", "other", "another", "new", "longtime", "veteran", "white", "black",
		"anonymous", "american", "russian", "european", "military", "government", "campaign",
		"press", "police", "party", "health", "education", "defense", "defence", "interior":
		return true
	}
	return false
}

// demonymAfterArticle reports whether token j is a nationality the entity stage did not take
// for a name, after "the", with an age between or not ("the 37-year-old Serbian").
func (f *finder) demonymAfterArticle(j, lo int) bool {
	if gazetteer.LookupLower(f.word(j))&gazetteer.Demonym == 0 && !nationalityNouns[string(f.lower(j))] {
		return false
	}
	if _, ok := f.nameIn(int(f.toks[j].Start), int(f.toks[j].End)); ok {
		return false
	}
	k := j - 1
	if k >= lo && f.toks[k].Kind == text.Number && resolve.YearsOld(f.word(k)) > 0 {
		k--
	}
	return k >= lo && f.is(k, "the")
}

// npRight finds the noun phrase that starts at token i (the subject after an inverted reporting
// verb: "said Peskov", "said the spokesperson", "said Kremlin spokesperson Dmitry Peskov"), not
// reaching token hi.
func (f *finder) npRight(i, hi int) np {
	for i < hi && f.adverb(i) {
		i++
	}
	if i >= hi || (f.quoted(i) != 0) {
		return np{}
	}
	if _, ok := f.pronoun(i); ok {
		return np{i, i + 1, npPronoun}
	}
	name := func(i int) int {
		e := i + 1
		for e < hi && f.toks[e].Newlines == 0 && (f.nameish(e) || f.connector(e) && e+1 < hi && f.nameish(e+1)) {
			e++
		}
		return e
	}
	if f.nameish(i) || f.isLowerWord(i) && !f.in(determiners, i) && !f.in(nameStops, i) || f.toks[i].Kind == text.Number && i+1 < hi && f.toks[i+1].Kind == text.Word {
		// A description of words that may hold a name: "Peskov", "Kremlin spokesperson Dmitry
		// Peskov", "conservative talk radio host Rush Limbaugh". The last name wins; without a
		// name, a description ending in a role noun ("senior officials").
		var last np
		role := -1
		owner := -1 // where the name's owner starts: "[NBC's] Dana Cole"
		k := i
		for k < hi && k < i+8 {
			if f.nameish(k) {
				e := name(k)
				last = np{k, e, npName}
				k = e
				if f.possessive(k) && k+1 < hi && f.nameish(k+1) && f.isCap(k+1) && !f.placeAt(k+1) {
					// "Mexico's Sheinbaum rejects", "Google's Sundar Pichai said": the name
					// after the possessive is the one meant ("Elian's Miami relatives" are
					// not Miami)
					owner = last.s
					k++
					continue
				}
				if f.possessive(k) {
					// "Sinner's coach Darren Cahill": a role noun and a name after the
					// possessive are the one meant
					r := k + 1
					for r < hi && r < k+4 && f.isLowerWord(r) && !f.in(roleNouns, r) && f.adjectiveLike(r) {
						r++
					}
					if f.in(roleNouns, r) && f.isLowerWord(r) && r+1 < hi && f.nameish(r+1) {
						role, k = r, r+1
					} else if f.in(roleNouns, r) && f.isLowerWord(r) && r+2 < hi && f.punct(r+1, ",") && f.nameish(r+2) && !f.placeAt(r+2) {
						role, k = r, r+2 // "Congo's health minister, Roger Kamba, told"
					}
				}
				continue
			}
			if f.toks[k].Kind == text.Number && k == i {
				k++ // "9/11 widow Terry Strada"
				continue
			}
			if f.isLowerWord(k) && !f.in(nameStops, k) {
				// A verb of saying ends the description ("the staff said"); a weak one is
				// too often a noun to ("talk radio host Jim Bell").
				if c, isCue := f.cue(k); isCue && !c.weak {
					break
				}
				if last.kind == npName && !f.in(roleNouns, k) {
					// "Pacific climate envoy": lower-case modifiers after the name and a role
					// noun; else "Peskov told reporters": the name ends the phrase
					r := k
					for r < hi && r < k+2 && f.isLowerWord(r) && !f.in(roleNouns, r) && !f.in(nameStops, r) && !f.verbLike(r) {
						r++
					}
					if r == k || !f.isLowerWord(r) || !f.in(roleNouns, r) {
						break
					}
					k = r
				}
				if f.in(roleNouns, k) {
					role = k
				}
				k++
				continue
			}
			break
		}
		lead := i
		if f.toks[i].Kind == text.Number && f.isLowerWord(i+1) {
			lead++ // "9/11 widow Jane Doe", not a count ("14 Catholics")
		}
		if last.kind == npName && owner >= 0 && role < 0 {
			return np{owner, last.e, npName} // the mention keeps its owner; the person speaks
		}
		if last.kind == npName && role >= last.e {
			return np{i, role + 1, npNominal} // the role after the name: "Pacific climate envoy"
		}
		if last.kind == npName && (last.s == i || role >= 0 || f.onlyWords(lead, last.s)) {
			return last
		}
		if role >= 0 {
			return np{i, role + 1, npNominal}
		}
		return np{}
	}
	if f.in(determiners, i) && !f.is(i, "that") {
		e := i + 1
		single := f.is(i, "a") || f.is(i, "an")
		for e < hi && e < i+8 && (f.toks[e].Kind == text.Word || f.toks[e].Kind == text.Number) && !f.in(nameStops, e) {
			// a cue right after the determiner is a noun ("the ruling"); later, a verb, but
			// not a bare one after "a", which no verb agrees with ("a new report by …")
			if c, isCue := f.cue(e); isCue && f.isLowerWord(e) && e > i+1 && !(single && c.lemma == string(f.lower(e))) {
				break
			}
			e++
		}
		if e == i+1 {
			return np{}
		}
		// "said the group’s spokesman, John Smith" keeps the description.
		return np{i, e, npNominal}
	}
	return np{}
}

// placeAt reports whether the entity stage found a place name at token k.
func (f *finder) placeAt(k int) bool {
	n, ok := f.nameIn(int(f.toks[k].Start), int(f.toks[k].End))
	return ok && n.Type == Place
}

// sentenceSubject finds the first noun phrase of the clause starting at token s (before token
// hi), skipping an introductory phrase up to its comma ("On Tuesday, the minister …").
func (f *finder) sentenceSubject(s, hi int) np {
	for s < hi && (f.toks[s].Kind == text.Quote || f.toks[s].Kind == text.Punct) {
		s++
	}
	s = f.datelineEnd(s, hi) // "BEIJING, Nov 16 (Reuters) - Chinese Foreign Minister Wang Yi …"
	if s+1 < hi && f.punct(s+1, ",") && (f.in(nameStops, s) || strings.HasSuffix(f.word(s), "ly")) && !f.in(determiners, s) {
		s += 2 // "Ironically, …", "Meanwhile, …"
	}
	if s >= hi {
		return np{}
	}
	// "Bemoaning the “phony system,” Trump accused …": an opening participle phrase, or a
	// capitalized verb opening a list item ("Calls men names, like …"), is no subject.
	opensVerb := false
	if w := f.word(s); f.isCap(s) && s+1 < hi && f.isLowerWord(s+1) {
		if _, isCue := f.cue(s); isCue || len(w) > 5 && strings.HasSuffix(w, "ing") {
			opensVerb = true
		}
	}
	if opensVerb || f.in(nameStops, s) && !f.in(determiners, s) {
		if _, ok := f.pronoun(s); !ok {
			// "On Tuesday, the minister …": skip to after the first comma; "Though she …":
			// skip the subordinator.
			k := s
			for k < hi && k < s+20 && !f.punct(k, ",") {
				k++
			}
			if f.in(conjunctions, s) && !f.punct(s+1, ",") {
				s++ // "But Rachael Maskell, the MP for York Central, said": the subject follows
			} else if k < hi && k < s+20 {
				s = f.pastIntroComma(k+1, hi)
			} else {
				s++
			}
		}
	}
	// A dateline ("FLINT, Mich., Oct. 4 (UPI) — …", "WASHINGTON ―") ends at its dash.
	for k := s; k < hi && k < s+14; k++ {
		if f.punct(k, "— ― -- –") {
			// all capitals ("WASHINGTON —") or a place and date in commas ("FLINT, Mich.,
			// Oct. 4 (UPI) —"), not a name and its apposition ("Mehmet Oz — a surgeon —")
			if f.isCap(s) && (f.isAllCaps(s) || f.punct(s+1, ",")) {
				s = k + 1
			}
			break
		}
	}
	n := f.npRight(s, hi)
	if n.kind == npName && n.e-n.s == 1 && f.roleWord(n.e) {
		// "Former champion Chris Evert": a capitalised word that is no name and a role noun
		// before the name
		k := n.e
		for k < hi && k < n.e+3 && f.roleWord(k) {
			k++
		}
		if _, named := f.nameIn(int(f.toks[n.s].Start), int(f.toks[n.s].End)); !named {
			if m := f.npRight(k, hi); m.kind == npName && m.s == k {
				return np{n.s, m.e, npName}
			}
		}
	}
	if n.kind == npNominal && f.in(timeNouns, n.e-1) || n.kind == npNominal && f.is(n.e, "ago") {
		// "A few days ago in an interview he blasted …": look past the time phrase for a
		// pronoun or name.
		for k := n.e; k < hi && k < n.e+15; k++ {
			if _, ok := f.pronoun(k); ok {
				return np{k, k + 1, npPronoun}
			}
		}
		for k := n.e; k < hi && k < n.e+15; k++ {
			if f.nameish(k) && !f.in(nameStops, k-1) && !f.is(k-1, "in") && !f.is(k-1, "with") {
				return f.npRight(k, hi)
			}
		}
		return np{}
	}
	return n
}

// roleWord reports whether token k is a role noun in lower case: "champion", "striker".
func (f *finder) roleWord(k int) bool {
	return f.isLowerWord(k) && !f.verbLike(k) && (f.in(roleNouns, k) || gazetteer.LookupLower(f.word(k))&gazetteer.RoleNoun != 0)
}

// pastIntroComma returns where the clause starts after the comma of an introductory phrase,
// token s being the one after that comma. The phrase may run on past more commas: the year of
// a date ("On July 6, 2015, Smith said") or a name in apposition to its last noun ("In her
// 2003 book, Living History, Clinton wrote"), recognized by a name or pronoun after the
// second comma and no person's name before it.
func (f *finder) pastIntroComma(s, hi int) int {
	for s+1 < hi && f.toks[s].Kind == text.Number && f.punct(s+1, ",") {
		s += 2
	}
	if f.nameish(s) {
		e := s + 1
		for e < hi && e < s+6 && (f.nameish(e) || f.connector(e)) {
			e++
		}
		if f.punct(e, ",") && !f.personAt(s, e) {
			if _, pron := f.pronoun(e + 1); pron || f.nameish(e+1) {
				return e + 1
			}
		}
	}
	return s
}

// personAt reports whether the entity stage found a person named by tokens [s, e): "Speaking on
// the program, [Abdul Amir al-Anbari], Iraq's ambassador, asserted" names the subject, no title
// in apposition to the program.
func (f *finder) personAt(s, e int) bool {
	n, ok := f.nameIn(int(f.toks[s].Start), int(f.toks[e-1].End))
	return ok && n.Type == Person && n.Start == int(f.toks[s].Start) && n.End == int(f.toks[e-1].End)
}

var timeNouns = text.WordSet(`day days week weeks month months year years time times morning mornings
afternoon evening night nights weekend decade decades century hour hours minute minutes ago`)
