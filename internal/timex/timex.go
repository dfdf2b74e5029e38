package timex

// The API (Ref, Kind, Match, Find, AppendFind), the scanner that walks the
// tokens and dispatches each to its rule family (at), and the helpers the
// rules share to record matches and read tokens.

import (
	"strings"
	"sync"
	"time"
)

// Ref is the reference (publication) date that relative expressions such as
// "yesterday" or "last week" count from. The zero Ref means unknown; a zero
// Month or Day means that part is unknown.
type Ref struct{ Year, Month, Day int }

// Known reports whether the reference has at least a year.
func (r Ref) Known() bool { return r.Year > 0 }

// RefFromTime returns the calendar date of t, in t's location.
func RefFromTime(t time.Time) Ref {
	if t.IsZero() {
		return Ref{}
	}
	y, m, d := t.Date()
	return Ref{Year: y, Month: int(m), Day: d}
}

// Kind says what a temporal expression denotes.
type Kind uint8

// Kinds of temporal expression (TimeML TIMEX3 types).
const (
	Date     Kind = iota + 1 // a calendar date or period: "June 15, 2017", "last week", "the 1990s"
	Time                     // a time of day: "10:35 a.m.", "Friday night"
	Duration                 // a length of time: "three years"
	Set                      // a recurring time: "every Monday", "daily"
)

// String returns the TimeML type name: DATE, TIME, DURATION or SET.
func (k Kind) String() string {
	switch k {
	case Date:
		return "DATE"
	case Time:
		return "TIME"
	case Duration:
		return "DURATION"
	case Set:
		return "SET"
	}
	return "UNKNOWN"
}

// Match is one temporal expression found in a text.
type Match struct {
	Start, End int    // byte offsets into src: src[Start:End] is the expression
	Kind       Kind   // Date, Time, Duration or Set
	Value      string // TimeML value: "2017-06-15", "XXXX-04-21", "PAST_REF", "P3Y"...
	RangeEnd   int    // index in the result of the other end of a range ("from 2010 to 2014"), -1 if none
}

// Find returns the temporal expressions of src in order. When ref is unknown,
// Find uses the article's dateline if it has one (see Dateline); otherwise the
// parts a reference would give stay unknown ("XXXX-04-21"). Find never uses the
// machine's clock. It never panics; invalid UTF-8 is tolerated.
func Find(src string, ref Ref) []Match {
	return AppendFind(nil, src, ref)
}

// AppendFind is Find appending to dst, for loops that reuse one slice. Apart
// from the values, which are new strings, it allocates nothing once dst and its
// internal scratch space have grown.
func AppendFind(dst []Match, src string, ref Ref) []Match {
	if !ref.Known() {
		if r, ok := Dateline(src); ok {
			ref = r
		}
	}
	return appendFind(dst, src, ref)
}

var scratch = sync.Pool{New: func() any { return new(scanner) }}

func appendFind(dst []Match, src string, ref Ref) []Match {
	s := scratch.Get().(*scanner)
	s.reset(src, ref, dst)
	s.run()
	out := s.out
	s.out = nil
	s.src = ""
	if cap(s.toks) > 1<<20 {
		s.toks = nil // do not keep huge buffers alive
	}
	scratch.Put(s)
	return out
}

// scanner holds the state of one Find call.
type scanner struct {
	src  string
	ref  Ref
	toks []tok
	out  []Match
	base int // len(out) when the call started: matches before it belong to the caller
	anc  anchor
	day  anchor // the last day the story named, which a later year or month does not replace
	pos  int    // token index of the rule being tried
	// storyQ is the quarter the story named last, as year*4 + quarter, or 0:
	// what an earnings report's "period" refers back to.
	storyQ int
	sports int8 // whether the text reports a game: 0 not read yet, 1 yes, -1 no
}

func (s *scanner) reset(src string, ref Ref, dst []Match) {
	if ref.Month < 0 || ref.Month > 12 || ref.Day < 0 || ref.Day > 31 || ref.Year < 0 || ref.Year > 9999 {
		ref = Ref{}
	}
	if ref.Month == 0 {
		ref.Day = 0
	}
	s.src, s.ref, s.out, s.base = src, ref, dst, len(dst)
	s.toks = tokenize(s.toks[:0], src)
	s.anc = anchor{}
	s.day = anchor{}
	s.storyQ = 0
	s.sports = 0
}

// run walks the tokens once; each rule starts at a trigger word and returns
// the index after the last token it used, or the same index if it matched
// nothing.
func (s *scanner) run() {
	for i := 0; i < len(s.toks); {
		s.pos = i
		n := len(s.out)
		j := s.at(i)
		if j <= i {
			j = i + 1
		} else if len(s.out) > n && s.punct(j, ',') {
			j = s.appositive(j)
		}
		i = j
	}
}

// at dispatches on the token at i.
func (s *scanner) at(i int) int {
	t := &s.toks[i]
	switch t.k {
	case tNum:
		return s.number(i)
	case tPunct:
		if s.apostrophe(i) {
			return s.shortDecade(i)
		}
		return i
	}
	switch t.cls {
	case cNone:
		if t.e-t.s == 2 && (s.src[t.s] == 'Q' || s.src[t.s] == 'H') && isDigit(s.src[t.s+1]) {
			return s.quarterCode(i)
		}
		if strings.HasPrefix(s.src[t.s:t.e], "FY") {
			return s.fiscalYear(i)
		}
		return i
	case cBlockYear, cUnitNoun, cZone:
		return i
	case cMonth, cMonthAbbr:
		return s.month(i)
	case cWeekday, cWeekdayAbbr:
		return s.weekday(i)
	case cRelDay:
		return s.relDay(i)
	case cNum, cFuzzy:
		if j := s.spelledYear(i); j > i {
			return j
		}
		return s.quantity(i)
	case cOrd:
		return s.ordinal(i)
	case cSeason:
		return s.season(i, i, 0)
	case cRef:
		return s.refWord(i)
	case cSetWord:
		if t.fl&fCap != 0 && !s.opensSentence(i, fNL) {
			return i // "Daily et al.", "the New York Daily News": a name
		}
		return s.emit(i, i+1, Set, durValue(1, t.v, false)) // "daily" is P1D
	case cDecadeWord:
		return s.decadeWord(i, i)
	case cHoliday:
		return s.holiday(i, i)
	case cClock:
		return s.clockWord(i)
	case cFunc:
		return s.function(i)
	case cUnit:
		if s.isSecond(i) {
			if j := s.ordinal(i); j > i {
				return j
			}
		}
		return s.bareUnit(i)
	}
	return i
}

// emit records a match over tokens [i, j) and returns j.
func (s *scanner) emit(i, j int, k Kind, v string) int {
	s.out = append(s.out, Match{Start: int(s.toks[i].s), End: int(s.toks[j-1].e), Kind: k, Value: v, RangeEnd: -1})
	return j
}

// link marks matches a and b (indexes into s.out) as the two ends of a range.
func (s *scanner) link(a, b int) {
	if a >= s.base && b >= s.base && a < len(s.out) && b < len(s.out) {
		s.out[a].RangeEnd = b
		s.out[b].RangeEnd = a
	}
}

// extend moves the start of the match a rule made at token k back to token i.
// j is what the rule returned.
func (s *scanner) extend(i, k, j int) int {
	if j <= k {
		return i
	}
	for n := len(s.out) - 1; n >= s.base; n-- {
		if s.out[n].Start == int(s.toks[k].s) {
			s.out[n].Start = int(s.toks[i].s)
			return j
		}
	}
	return j
}

// takeOne removes the matches made since s.out had length n, as when a rule
// runs another only to read its value, and returns the match if there was
// exactly one.
func (s *scanner) takeOne(n int) (Match, bool) {
	var m Match
	ok := len(s.out) == n+1
	if ok {
		m = s.out[n]
	}
	s.out = s.out[:n]
	return m, ok
}

// Token helpers -------------------------------------------------------------

func (s *scanner) ok(i int) bool { return i >= 0 && i < len(s.toks) }

// word reports whether token i is the function word id.
func (s *scanner) word(i int, id int16) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].cls == cFunc && s.toks[i].v == id
}

func (s *scanner) class(i int, c uint8) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].cls == c
}

// punct reports whether token i is the punctuation r.
func (s *scanner) punct(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == tPunct && s.toks[i].num == r
}

// apostrophe reports whether token i is a straight or curly apostrophe.
func (s *scanner) apostrophe(i int) bool { return s.punct(i, '\'') || s.punct(i, '’') }

// monthAt reports whether token i is a month name, maybe abbreviated.
func (s *scanner) monthAt(i int) bool { return s.class(i, cMonth) || s.class(i, cMonthAbbr) }

// dash reports whether token i is a hyphen or a dash.
func (s *scanner) dash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != tPunct {
		return false
	}
	switch s.toks[i].num {
	case '-', '–', '—', '‐', '‑':
		return true
	}
	return false
}

// yearShift reports whether token i is "last", "this" or "next" and how many
// years ("last year", "this year's") it moves from the reference year.
func (s *scanner) yearShift(i int) (int, bool) {
	switch {
	case s.word(i, wThis):
		return 0, true
	case s.word(i, wLast):
		return -1, true
	case s.word(i, wNext):
		return 1, true
	}
	return 0, false
}

// joined reports whether tokens i and i+1 touch (no space between them).
func (s *scanner) joined(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].e == s.toks[i+1].s
}

// hyphenAfter reports whether token i is followed by a hyphen that touches
// both it and the next token ("third-quarter").
func (s *scanner) hyphenAfter(i int) bool {
	return s.joined(i) && s.punct(i+1, '-') && s.joined(i+1)
}

// isSecond reports whether token k is the word "second", which the lexicon
// keeps as a unit but which is also an ordinal ("second quarter").
func (s *scanner) isSecond(k int) bool {
	return s.ok(k) && s.toks[k].cls == cUnit && s.toks[k].v == uSecond && s.toks[k].lf&lfPlural == 0
}

// possessive reports whether token k is followed by "'s".
func (s *scanner) possessive(k int) bool {
	return s.joined(k) && s.apostrophe(k+1) && s.lower(k+2) == "s"
}

// quoteBefore reports whether token k comes right after a quotation mark.
func (s *scanner) quoteBefore(k int) bool {
	if !s.ok(k - 1) {
		return false
	}
	switch s.toks[k-1].num {
	case '"', '“', '`', '\'', '‘':
		return s.toks[k-1].k == tPunct
	}
	return false
}

// opensSentence reports whether token i starts a sentence: it is the first
// token, comes after the break brk (fNL a line break, fPara a blank line) or
// a sentence end, or right after a quotation mark.
func (s *scanner) opensSentence(i int, brk uint8) bool {
	return i == 0 || s.toks[i].fl&brk != 0 || s.sentenceEndAt(i-1) || s.quoteBefore(i)
}

// lower returns the text of token i for a short comparison (ASCII lower case
// only for single letters; used for "a.m." and suffixes).
func (s *scanner) lower(i int) string {
	if !s.ok(i) {
		return ""
	}
	w := s.src[s.toks[i].s:s.toks[i].e]
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return string(rune(w[0] + 'a' - 'A'))
	}
	return w
}

// suffix returns the letters after the digits of a number token ("s" of
// "1990s", "th" of "20th"), lower-cased when short.
func (s *scanner) suffix(i int) string {
	t := &s.toks[i]
	w := s.src[t.s+int32(t.nd) : t.e]
	if len(w) <= 2 {
		var b [2]byte
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = c
		}
		switch string(b[:len(w)]) {
		case "s":
			return "s"
		case "st", "nd", "rd", "th":
			return "th"
		case "am":
			return "am"
		case "pm":
			return "pm"
		}
	}
	return w
}

// plainNum returns the value of token i if it is digits only, else -1.
func (s *scanner) plainNum(i int) int {
	if !s.ok(i) || s.toks[i].k != tNum || int32(s.toks[i].nd) != s.toks[i].e-s.toks[i].s || s.toks[i].nd > 9 {
		return -1
	}
	return int(s.toks[i].num)
}

// dayNumber returns the day of month of token i ("15", "15th"), or 0.
func (s *scanner) dayNumber(i int) int {
	if !s.ok(i) || s.toks[i].k != tNum || s.toks[i].nd > 2 {
		return 0
	}
	if sfx := s.suffix(i); sfx != "" && sfx != "th" {
		return 0
	}
	n := int(s.toks[i].num)
	if n < 1 || n > 31 {
		return 0
	}
	// "15:30", "15.5", "15,000" are no days
	if s.joined(i) && (s.punct(i+1, ':') || s.punct(i+1, '.') || s.punct(i+1, ',') || s.punct(i+1, '/')) && s.joined(i+1) && s.ok(i+2) && s.toks[i+2].k == tNum {
		return 0
	}
	return n
}

// yearNumber returns the year of a four-digit token i, or 0.
func (s *scanner) yearNumber(i int) int {
	n := s.plainNum(i)
	if n < 1000 || n > 2199 || s.toks[i].nd != 4 {
		return 0
	}
	return n
}
