package timex

import "strconv"

// Periods: decades ("the 1990s", "the '90s", "the sixties"), centuries ("the
// 20th century"), seasons ("this spring", "summer of 2012"), quarters and
// halves ("the third quarter", "third-quarter", "the first half of 1990"),
// spelled-out years ("nineteen ninety-six") and holidays ("Christmas", "Labor
// Day", "Valentine's Day").

// decade emits the decade (or, for "the 1800s", the century) of y with the
// match over tokens [start, j).
func (s *scanner) decade(start, j, y int) int {
	if y%10 != 0 {
		return start
	}
	if y%100 == 0 && y != 2000 {
		return s.emit(start, j, Date, valCentury(y/100))
	}
	return s.emit(start, j, Date, valDecade(y/10))
}

// shortDecade handles "'90s" with the apostrophe at i.
func (s *scanner) shortDecade(i int) int {
	k := i + 1
	if !s.joined(i) || !s.ok(k) || s.toks[k].k != tNum || s.toks[k].nd != 2 || s.suffix(k) != "s" || s.toks[k].num%10 != 0 {
		return i
	}
	d := int(s.toks[k].num)
	y := 1900 + d
	if s.ref.Known() && 2000+d <= s.ref.Year && d < 30 {
		y = 2000 + d
	}
	return s.decade(i, k+1, y)
}

// decadeWord handles "the sixties" (start at "the"); without "the" the word
// is an age ("in his sixties").
func (s *scanner) decadeWord(start, k int) int {
	if start == k || !s.ok(k) {
		return start
	}
	return s.decade(start, k+1, 1900+10*int(s.toks[k].v))
}

// ordinal handles an ordinal at i ("third", "3rd", "20th") followed by
// quarter, half or century.
func (s *scanner) ordinal(i int) int {
	if !s.ok(i) {
		return i
	}
	n := 0
	switch {
	case s.toks[i].k == tNum:
		n = int(s.toks[i].num)
	case s.isSecond(i):
		n = 2
	default:
		n = int(s.toks[i].v)
	}
	if s.word(i+1, wOf) && s.monthAt(i+2) && n >= 1 && n <= 31 {
		return s.dayOfMonth(i, n) // "the fourth of July, 1976", "the 21st of March"
	}
	k := i + 1
	if s.hyphenAfter(i) {
		k = i + 2
	}
	if s.word(k, wFiscal) {
		k++
	}
	if n == 1 && s.class(k, cNum) && s.toks[k].v == 2 && s.class(k+1, cUnit) && s.toks[k+1].v == uQuarter && s.toks[k+1].lf&lfPlural != 0 {
		return s.periodOfYear(i, k+2, 1, 2) // "the first two quarters of 1990": its first half
	}
	if !s.class(k, cUnit) || s.toks[k].lf&lfPlural != 0 {
		return i
	}
	switch s.toks[k].v {
	case uDay:
		// "today is the eighth day of Desert Shield", "It's the second day
		// of an offensive": in the present tense, the reference day
		if s.word(i-1, wThe) && s.word(k+1, wOf) && s.ref.full() && (isWord(s.lower(i-2), "is") || s.lower(i-2) == "s" && s.apostrophe(i-3)) {
			return s.emit(i-1, k+1, Date, valDay(s.ref.Year, s.ref.Month, s.ref.Day))
		}
	case uQuarter:
		if n < 1 || n > 4 {
			return i
		}
		return s.periodOfYear(i, k+1, n, 4)
	case uHalf:
		if n < 1 || n > 2 {
			return i
		}
		return s.periodOfYear(i, k+1, n, 2)
	case uCentury:
		if n < 1 || n > 22 {
			return i
		}
		return s.emit(i, k+1, Date, valCentury(n-1))
	}
	return i
}

// dayOfMonth emits "the fourth of July, 1976" from the ordinal at i (n) to the month and
// its year, if written: the day in that year, else the year the sentence's tense gives.
func (s *scanner) dayOfMonth(i, n int) int {
	m := int(s.toks[i+2].v)
	j := i + 3
	if s.toks[i+2].cls == cMonthAbbr {
		if !s.punct(j, '.') || !s.joined(i+2) {
			return i
		}
		j++
	}
	if n > daysIn(2000, m) {
		return i // "the 31st of April"
	}
	if y := s.yearAfter(j); y > 0 {
		e := j + 1
		if s.word(j, wOf) || s.punct(j, ',') {
			e = j + 2
		}
		if n <= daysIn(y, m) {
			s.setAnchor(y, m, n)
			return s.emit(i, e, Date, valDay(y, m, n))
		}
	}
	return s.emit(i, j, Date, s.resolveMD(m, n, i, j))
}

// quarterAt reports whether an ordinal quarter or half starts at k: "third
// quarter", "third-quarter", "first fiscal half".
func (s *scanner) quarterAt(k int) bool {
	if !s.ok(k) || !(s.toks[k].cls == cOrd || s.isSecond(k) || s.toks[k].k == tNum && s.suffix(k) == "th") {
		return false
	}
	n := k + 1
	if s.hyphenAfter(k) {
		n++
	}
	if s.word(n, wFiscal) {
		n++
	}
	return s.class(n, cUnit) && (s.toks[n].v == uQuarter || s.toks[n].v == uHalf)
}

// quarterFrom runs the ordinal rule on the quarter or half at k ("third
// quarter", "second-quarter") with the match starting at token i, as in
// "fiscal 1990's first quarter". ok is false when no quarter starts at k;
// else j is what the rule gives, i when it matched nothing.
func (s *scanner) quarterFrom(i, k int) (j int, ok bool) {
	if !s.quarterAt(k) {
		return i, false
	}
	return s.extend(i, k, s.ordinal(k)), true
}

// periodOfYear emits quarter (per = 4) or half (per = 2) n of the year that
// the words around say: "of 1990", "1988 second quarter", "this year's",
// "fiscal 1989"; else the reference year, the year before when that part
// of the year has not begun yet in a sentence that is not in the future tense.
func (s *scanner) periodOfYear(i, j, n, per int) int {
	y, start := 0, i
	// "of 1990", "of fiscal 1990", "of this year", "of last year"
	if s.word(j, wOf) {
		k := j + 1
		if e, v := s.decadeAt(k); e > k {
			// "the last half of the '80s" is a part of the decade: TimeML
			// gives it the decade's value
			return s.emit(start, e, Date, v)
		}
		if c := k; s.word(c, wThe) && s.ok(c+2) && s.class(c+2, cUnit) && s.toks[c+2].v == uCentury && s.toks[c+2].lf&lfPlural == 0 {
			// "the second half of the 20th century": a part of the
			// century, with the century's value
			n := len(s.out)
			if e := s.ordinal(c + 1); e > c+1 && len(s.out) == n+1 {
				v := s.out[n].Value
				s.out = s.out[:n]
				return s.emit(start, e, Date, v)
			}
			s.out = s.out[:n]
		}
		if s.word(k, wFiscal) {
			k++
		}
		if yy := s.yearNumber(k); yy > 0 {
			y, j = yy, k+1
		} else if off, ok := s.yearShift(k); ok && s.class(k+1, cUnit) && s.toks[k+1].v == uYear && s.ref.Known() {
			y, j = s.ref.Year+off, k+2
		}
	}
	// "1988 second quarter", "fiscal 1989 first quarter", "this year's third quarter"
	p := i - 1
	if s.word(p, wThe) {
		p--
	}
	if y == 0 && s.ok(p) {
		if yy := s.yearNumber(p); yy > 0 && !s.joined(p) {
			// the year is a match of its own already; leave it
			y = yy
		} else if yy := s.yearNumber(p - 2); yy > 0 && s.lower(p) == "s" && s.apostrophe(p-1) {
			y, start = yy, p-2 // "1990's first quarter"
		} else if s.lower(p) == "s" && s.apostrophe(p-1) && s.class(p-2, cUnit) && s.toks[p-2].v == uYear {
			if off, ok := s.yearShift(p - 3); ok && s.ref.Known() {
				y = s.ref.Year + off
			}
		}
	}
	if y == 0 && s.ref.Known() && (isWord(s.lower(j), "ended") || isWord(s.lower(j), "ending")) && s.monthAt(j+1) {
		// "the second quarter ended Oct. 31": the year of the day it ended
		n0 := len(s.out)
		s.at(j + 1)
		if m, ok := s.takeOne(n0); ok && m.Kind == Date && len(m.Value) == 10 && m.Value[0] != 'X' {
			y = atoi(m.Value[:4])
		}
	}
	if y == 0 && (s.gamePeriod(i) || s.sportsStory()) {
		return j // "ten minutes into the second half", "In the second half, Hwang was booked": a part of a game
	}
	if y == 0 && s.ref.Known() {
		y = s.ref.Year
		if s.ref.Month > 0 {
			cur := (s.ref.Month-1)*per/12 + 1
			if n > cur && s.tense(i, j) != tenseFuture {
				y--
			}
		}
	}
	if y > 0 {
		s.setAnchor(y, 0, 0)
	}
	if per == 2 {
		return s.emit(start, j, Date, valHalf(y, n))
	}
	if y > 0 && s.storyQ == 0 {
		s.storyQ = y*4 + n // the first quarter named is the one reported on
	}
	return s.emit(start, j, Date, valQuarter(y, n))
}

// quarterCode reads "Q3" and "H1" at token i, a quarter or half of a year as business news
// writes them: "Q3 2024", "2024 Q3", "Q3 of 2024", "in Q3" (then the year the words around
// say, as for "the third quarter"). Anywhere else ("the Audi Q3") it is no date.
func (s *scanner) quarterCode(i int) int {
	w := s.src[s.toks[i].s:s.toks[i].e]
	per, n := 4, int(w[1]-'0')
	if w[0] == 'H' {
		per = 2
	}
	if n < 1 || n > per {
		return i
	}
	if y := s.yearNumber(i + 1); y > 0 && !s.joined(i) {
		s.setAnchor(y, 0, 0)
		if per == 2 {
			return s.emit(i, i+2, Date, valHalf(y, n))
		}
		if s.storyQ == 0 {
			s.storyQ = y*4 + n
		}
		return s.emit(i, i+2, Date, valQuarter(y, n))
	}
	if s.word(i+1, wOf) || s.yearNumber(i-1) > 0 || s.word(i-1, wIn) || s.word(i-1, wThe) ||
		isWord(s.lower(i-1), "during") || isWord(s.lower(i-1), "for") {
		return s.periodOfYear(i, i+1, n, per)
	}
	return i
}

// fiscalYear reads a fiscal year as business news writes it: "FY2025", "FY25", "FY 2025". Its
// value is the year's, as TimeBank gives "fiscal 1989".
func (s *scanner) fiscalYear(i int) int {
	w := s.src[s.toks[i].s:s.toks[i].e]
	if w == "FY" {
		if y := s.yearNumber(i + 1); y > 0 && !s.joined(i) {
			s.setAnchor(y, 0, 0)
			return s.emit(i, i+2, Date, strconv.Itoa(y))
		}
		return i
	}
	digits := w[2:]
	for k := 0; k < len(digits); k++ {
		if !isDigit(digits[k]) {
			return i
		}
	}
	var y int
	switch len(digits) {
	case 4:
		y = atoi(digits)
	case 2:
		y = 2000 + atoi(digits)
		if y > s.ref.Year+20 && s.ref.Known() || !s.ref.Known() && y > 2050 {
			y -= 100 // "FY99" in a story of 2000
		}
	default:
		return i
	}
	if y < 1900 || y > 2199 {
		return i
	}
	s.setAnchor(y, 0, 0)
	return s.emit(i, i+1, Date, strconv.Itoa(y))
}

// gamePeriod reports whether the half or quarter starting at token i (maybe
// at its "the") is a part of a game: a game clock or a count of minutes or
// seconds runs into it ("ten minutes into the second half", "2:10 into the
// third quarter").
func (s *scanner) gamePeriod(i int) bool {
	if !s.word(i, wThe) {
		i--
	}
	if !s.word(i, wThe) || !isWord(s.lower(i-1), "into") || !s.ok(i-2) {
		return false
	}
	t := &s.toks[i-2]
	return t.cls == cUnit && (t.v == uMinute || t.v == uSecond) || t.k == tNum && s.punct(i-3, ':')
}

// sportsStory reports whether the text reports a game: its opening gives a
// score ("1 – 2", "won 24-17") or uses words only games have
// ("goalkeeper", "halftime"). Its halves and quarters are then the game's,
// not the year's. It reads the opening once, on the first half it meets: a
// game report says what it is about from the start.
func (s *scanner) sportsStory() bool {
	if s.sports != 0 {
		return s.sports > 0
	}
	s.sports = -1
	for k := 0; k+2 < len(s.toks) && k < 400; k++ {
		t := &s.toks[k]
		if t.k == tNum && t.nd <= 3 && s.dash(k+1) && s.toks[k+2].k == tNum && s.toks[k+2].nd <= 3 && s.plainNum(k) >= 0 &&
			!s.punct(k+3, '%') && !s.class(k+3, cUnitNoun) && !s.class(k+3, cUnit) &&
			(s.wonBefore(k) || t.nd <= 2 && s.toks[k+2].nd <= 2 && !s.joined(k) && !s.joined(k+1) && s.teams(k)) || s.sportsWord(k) {
			s.sports = 1
			break
		}
	}
	return s.sports > 0
}

// teams reports whether the spaced numbers at k ("1 – 2") stand between two
// names, as a result does ("Tunisia 1 – 2 England"); "ages 18 – 25" do not.
func (s *scanner) teams(k int) bool {
	capWord := func(n int) bool { return s.ok(n) && s.toks[n].k == tWord && s.toks[n].fl&fCap != 0 }
	return capWord(k-1) && capWord(k+3)
}

// wonBefore reports whether a word that says who won comes a few words
// before the score at k: "won 24-17", "beat the Boston Celtics 98-95".
func (s *scanner) wonBefore(k int) bool {
	for p := k - 1; p >= 0 && p >= k-5; p-- {
		switch w := s.lower(p); {
		case isWord(w, "won"), isWord(w, "beat"), isWord(w, "defeated"), isWord(w, "lost"), isWord(w, "edged"),
			isWord(w, "routed"), isWord(w, "downed"), isWord(w, "trailed"), isWord(w, "led"), isWord(w, "drew"),
			isWord(w, "ended") && p == k-1:
			return true
		}
	}
	return false
}

// sportsWord reports whether token k is a word that only games use.
func (s *scanner) sportsWord(k int) bool {
	return s.toks[k].cls == cNone && s.toks[k].lf&lfSport != 0
}

// reportedQuarter returns the quarter an earnings report is about: the first
// one the story named. ok is false when it named none, or when it named a
// span of months since ("the first nine months"), which its "period" then
// means.
func (s *scanner) reportedQuarter() (y, q int, ok bool) {
	if s.storyQ == 0 || s.monthsSinceQuarter() {
		return 0, 0, false
	}
	return (s.storyQ - 1) / 4, (s.storyQ-1)%4 + 1, true
}

// storyQuarter emits, over tokens [i, j), the reported quarter moved back
// years years: "the latest period" (0), "the year-earlier period" and "last
// year's quarter" (1) mean the quarter the report is about, which need not
// be the calendar's latest. ok is false when there is none.
func (s *scanner) storyQuarter(i, j, years int) (int, bool) {
	y, q, ok := s.reportedQuarter()
	if !ok {
		return i, false
	}
	return s.emit(i, j, Date, valQuarter(y-years, q)), true
}

// lookBack is how many matches back a rule looks for what the story named
// (the last quarter, a span of months): further back, the story has moved on,
// and the bound keeps long texts linear.
const lookBack = 64

// monthsSinceQuarter reports whether a span of months ("the first nine
// months") was named after the last quarter: "the 1988 period" then means
// those months.
func (s *scanner) monthsSinceQuarter() bool {
	for n := len(s.out) - 1; n >= s.base && n >= len(s.out)-lookBack; n-- {
		v := s.out[n].Value
		if s.out[n].Kind == Duration && len(v) >= 3 && v[0] == 'P' && v[len(v)-1] == 'M' {
			return true
		}
		if _, _, ok := quarterValue(v); ok {
			return false
		}
	}
	return false
}

// quarterValue reads a quarter value "YYYY-Qn". y is 0 when the year is
// unknown ("XXXX"), q is -1 when the quarter is ("QX"); ok is false for any
// other value.
func quarterValue(v string) (y, q int, ok bool) {
	if len(v) != 7 || v[4] != '-' || v[5] != 'Q' {
		return 0, 0, false
	}
	switch c := v[6]; {
	case c == 'X':
		q = -1
	case '0' <= c && c <= '9':
		q = int(c - '0')
	default:
		return 0, 0, false
	}
	if v[0] != 'X' {
		y = atoi(v[:4])
	}
	return y, q, true
}

// lastQuarter returns the last of the back latest matches that is a quarter
// with the quarter known and, with needYear, the year too: the quarter the
// story named last.
func (s *scanner) lastQuarter(back int, needYear bool) (string, bool) {
	for n := len(s.out) - 1; n >= s.base && n >= len(s.out)-back; n-- {
		v := s.out[n].Value
		if y, q, ok := quarterValue(v); ok && q >= 0 && (y > 0 || !needYear) {
			return v, true
		}
	}
	return "", false
}

// isPeriod reports whether token k is "period" or a single "quarter".
func (s *scanner) isPeriod(k int) bool {
	if s.class(k, cUnit) {
		return s.toks[k].v == uQuarter && s.toks[k].lf&lfPlural == 0
	}
	return isWord(s.lower(k), "period")
}

// comparablePeriod handles "the comparable period a year ago", "the same
// quarter last year", "the corresponding period a year earlier", with "the"
// at i: the story's quarter, one year back.
func (s *scanner) comparablePeriod(i int) int {
	k := i + 1
	if w := s.lower(k); !(isWord(w, "comparable") || isWord(w, "corresponding") || s.word(k, wSame)) || !s.isPeriod(k+1) {
		return i
	}
	n := k + 2
	switch {
	case s.word(n, wLast) && s.class(n+1, cUnit) && s.toks[n+1].v == uYear:
		n += 2
	case s.word(n, wA) && s.class(n+1, cUnit) && s.toks[n+1].v == uYear && (s.word(n+2, wAgo) || s.word(n+2, wEarlier)):
		n += 3
	default:
		return i
	}
	if e, ok := s.storyQuarter(i, n, 1); ok {
		return e
	}
	return i
}

// quarterRel emits the quarter off quarters from the last completed one
// (off = -1: "the latest quarter", "the quarter", "last quarter"; 0: "this
// quarter"; 1: "next quarter"; -5: "the year-earlier quarter").
func (s *scanner) quarterRel(i, j, off int) int {
	if !s.ref.Known() || s.ref.Month == 0 {
		return s.emit(i, j, Date, "XXXX-QX")
	}
	q := s.ref.Year*4 + (s.ref.Month-1)/3 + off
	y, qq := q/4, q%4+1
	return s.emit(i, j, Date, valQuarter(y, qq))
}

// season handles a season word at k with the match from start; dir is -1 for
// "last", +1 for "next", 0 for "this" or none.
func (s *scanner) season(start, k, dir int) int {
	if !s.ok(k) {
		return start
	}
	t := &s.toks[k]
	sn := int(t.v)
	j := k + 1
	y := 0
	if yy := s.yearNumber(j); yy > 0 && s.yearOK(j) {
		y, j = yy, j+1
	} else if s.word(j, wOf) && s.yearNumber(j+1) > 0 {
		y, j = s.yearNumber(j+1), j+2
	}
	modified := start < k
	if y == 0 && s.word(j, wOf) {
		if yy, e := s.spelledYearAt(j + 1); yy > 0 {
			y, j = yy, e
		}
	}
	if t.lf&lfNoBare != 0 && y == 0 && !modified && !s.seasonContext(k-1) {
		return start
	}
	// "summer school", "winter wheat": a season word used as an adjective
	if y == 0 && !modified && s.ok(j) && s.toks[j].k == tWord && s.toks[j].fl&fCap == 0 && s.toks[j].cls == cNone {
		return start
	}
	if t.lf&lfNoBare != 0 && y == 0 && s.word(j, wOf) {
		return start // "the fall of Rome"
	}
	if y == 0 && s.ref.Known() && s.ref.Month > 0 {
		cy, cs := seasonOf(s.ref.Year, s.ref.Month)
		cur := cy*4 + cs - 1
		switch dir {
		case -1:
			idx := cur - 1
			for idx%4 != sn-1 {
				idx--
			}
			y = idx / 4
		case 1:
			idx := cur + 1
			for idx%4 != sn-1 {
				idx++
			}
			y = idx / 4
		default:
			y = s.ref.Year
			if sn == 4 && s.ref.Month <= 2 {
				y--
			}
		}
	} else if y == 0 && s.ref.Known() {
		y = s.ref.Year
	}
	return s.emit(start, j, Date, valSeason(y, sn))
}

// seasonContext reports whether the word at p introduces a season: "in
// spring", "since fall" (but not "to fall").
func (s *scanner) seasonContext(p int) bool {
	if !s.ok(p) || s.toks[p].cls != cFunc {
		return false
	}
	switch s.toks[p].v {
	case wIn, wSince, wBy, wUntil, wDuring, wThis, wLast, wNext, wEarly, wLate, wMid, wEvery, wEach, wThrough:
		return true
	}
	return false
}

// decadeAt returns the end and value of a decade written at k ("the '80s",
// "the 1980s", "the eighties") without emitting anything, or k and "".
func (s *scanner) decadeAt(k int) (int, string) {
	if !s.word(k, wThe) || !s.ok(k+1) {
		return k, ""
	}
	n := len(s.out)
	var e int
	switch t := s.toks[k+1]; {
	case t.cls == cDecadeWord:
		e = s.decadeWord(k, k+1)
	case t.k == tNum && t.nd == 4 && s.suffix(k+1) == "s":
		e = s.at(k + 1)
	case s.apostrophe(k + 1):
		e = s.shortDecade(k + 1)
	default:
		return k, ""
	}
	if m, ok := s.takeOne(n); e > k+1 && ok && len(m.Value) == 3 {
		return e, m.Value
	}
	return k, ""
}

// spelledYearAt returns the year spelled at k ("nineteen ninety-four") and
// the index after it, without emitting anything.
func (s *scanner) spelledYearAt(k int) (int, int) {
	if !s.ok(k) {
		return 0, k
	}
	n := len(s.out)
	e := s.spelledYear(k)
	if m, ok := s.takeOne(n); e > k && ok {
		return atoi(m.Value), e
	}
	return 0, k
}

// seasonOf returns the season (1 spring .. 4 winter) of a month and the year
// it is counted in (January's winter began the year before).
func seasonOf(y, m int) (int, int) {
	switch {
	case m >= 3 && m <= 5:
		return y, 1
	case m >= 6 && m <= 8:
		return y, 2
	case m >= 9 && m <= 11:
		return y, 3
	case m == 12:
		return y, 4
	}
	return y - 1, 4
}

// spelledYear handles "nineteen ninety-six", "nineteen oh five", "two
// thousand and one" (after "year" or a preposition).
func (s *scanner) spelledYear(i int) int {
	if !s.ok(i) {
		return i
	}
	t := &s.toks[i]
	if t.cls != cNum {
		return i
	}
	v := int(t.v)
	k := i + 1
	switch {
	case v >= 11 && v <= 20:
		if !s.ok(k) {
			return i
		}
		if s.word(k, wHundred) {
			if !(s.word(i-1, wIn) || s.word(i-1, wSince) || s.class(i-1, cUnit)) || s.class(k+1, cUnitNoun) {
				return i // "twelve hundred students"
			}
			return s.emit(i, k+1, Date, valYear(v*100))
		}
		if s.word(k, wOh) && s.class(k+1, cNum) && s.toks[k+1].v >= 1 && s.toks[k+1].v <= 9 {
			return s.emit(i, k+2, Date, valYear(v*100+int(s.toks[k+1].v)))
		}
		if s.class(k, cNum) {
			r := int(s.toks[k].v)
			j := k + 1
			if r >= 20 && r%10 == 0 && s.hyphenAfter(k) && s.class(k+2, cNum) && s.toks[k+2].v >= 1 && s.toks[k+2].v <= 9 {
				r += int(s.toks[k+2].v)
				j = k + 3
			}
			if r < 10 || v == 20 && r > 30 {
				return i
			}
			if s.class(j, cUnit) || s.class(j, cUnitNoun) {
				return i
			}
			return s.emit(i, j, Date, valYear(v*100+r))
		}
	case v == 2 && s.word(k, wThousand):
		p := i - 1
		if !(s.class(p, cUnit) && s.toks[p].v == uYear || s.word(p, wIn) || s.word(p, wSince) || s.word(p, wBy) || s.word(p, wUntil)) {
			return i
		}
		j := k + 1
		r := 0
		n := j
		if s.word(n, wAnd) {
			n++
		}
		if s.class(n, cNum) && s.toks[n].v < 100 {
			r = int(s.toks[n].v)
			j = n + 1
		}
		if s.class(j, cUnitNoun) || s.class(j, cUnit) {
			return i
		}
		return s.emit(i, j, Date, valYear(2000+r))
	}
	return i
}

// holiday handles "Christmas", "Christmas Day", "Thanksgiving", "Halloween"
// at k with the match from start.
func (s *scanner) holiday(start, k int) int {
	if !s.ok(k) {
		return start
	}
	t := &s.toks[k]
	if t.fl&fCap == 0 {
		return start
	}
	j := k + 1
	day := func(y int) int { return 0 }
	switch t.v {
	case hChristmas:
		if s.lower(j) == "Eve" || s.lower(j) == "eve" {
			day = func(y int) int { return dayNum(y, 12, 24) }
			j++
		} else {
			if s.lower(j) == "Day" {
				j++
			}
			day = func(y int) int { return dayNum(y, 12, 25) }
		}
	case hHalloween:
		day = func(y int) int { return dayNum(y, 10, 31) }
	case hThanksgiving:
		if s.lower(j) == "Day" {
			j++
		}
		day = func(y int) int { return nthWeekday(y, 11, 4, 4) }
	case hEaster:
		off := 0
		switch s.lower(j) {
		case "Sunday":
			j++
		case "Monday":
			off = 1
			j++
		case "week", "Week":
			// "as Easter week began": the ISO week of Easter Sunday
			if !s.ref.Known() {
				return s.emit(start, j+1, Date, "XXXX-WXX")
			}
			return s.emit(start, j+1, Date, valWeek(easter(s.ref.Year)))
		}
		day = func(y int) int { return easter(y) + off }
	}
	return s.holidayYear(start, j, day)
}

// nthWeekday returns the day number of the n-th weekday wd (0 = Sunday) of a
// month; n = -1 is the last one.
func nthWeekday(y, m, wd, n int) int {
	if n < 0 {
		return weekdayBefore(dayNum(y, m+1, 1), wd)
	}
	first := dayNum(y, m, 1)
	return first + (wd-weekday(first)+7)%7 + 7*(n-1)
}

// easter returns the day number of Easter Sunday of year y (the anonymous
// Gregorian algorithm).
func easter(y int) int {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	return dayNum(y, month, (h+l-7*m+114)%31+1)
}

// namedDay handles a holiday named by a word before a capitalized "Day" at
// i: "Election Day", "Labor Day", "Memorial Day", "Valentine's Day", "New
// Year's Day".
func (s *scanner) namedDay(i int) int {
	p := i - 1
	if s.ok(p) && s.toks[p].fl&fNL == 0 && s.lower(p) == "s" && s.apostrophe(p-1) {
		p -= 2 // "Valentine's"
	}
	if !s.ok(p) || s.toks[p].k != tWord || s.toks[p].fl&fCap == 0 || s.toks[i].fl&fNL != 0 {
		return i
	}
	start := p
	var day func(y int) int
	switch s.src[s.toks[p].s:s.toks[p].e] {
	case "Election":
		day = func(y int) int { return nthWeekday(y, 11, 1, 1) + 1 } // the Tuesday after the first Monday
	case "Labor":
		day = func(y int) int { return nthWeekday(y, 9, 1, 1) }
	case "Memorial":
		day = func(y int) int { return nthWeekday(y, 5, 1, -1) }
	case "Valentine":
		day = func(y int) int { return dayNum(y, 2, 14) }
	case "Year":
		if !(s.ok(p-1) && s.src[s.toks[p-1].s:s.toks[p-1].e] == "New") {
			return i
		}
		start = p - 1
		day = func(y int) int { return dayNum(y, 1, 1) }
	default:
		return i
	}
	if len(s.out) > s.base && s.out[len(s.out)-1].End > int(s.toks[start].s) {
		return i // the words before are already part of a match
	}
	return s.holidayYear(start, i+1, day)
}

// holidayYear emits the holiday day(y) over tokens [start, j): the year
// written after it, else the one the sentence's tense points to.
func (s *scanner) holidayYear(start, j int, day func(y int) int) int {
	if y := s.yearNumber(j); y > 0 {
		return s.emit(start, j+1, Date, valDayNum(day(y)))
	}
	if !s.ref.full() {
		_, m, d := civil(day(2001))
		if _, m2, d2 := civil(day(2002)); m2 != m || d2 != d {
			return s.emit(start, j, Date, valMonth(0, m)) // a movable feast: only the month is sure
		}
		return s.emit(start, j, Date, valDay(0, m, d))
	}
	rd := s.ref.day()
	y := s.ref.Year
	dir := s.tense(start, j)
	if s.word(start, wLast) {
		dir = tensePast
	} else if s.word(start, wNext) {
		dir = tenseFuture
	}
	switch {
	case dir == tenseFuture && day(y) < rd:
		y++
	case dir != tenseFuture && day(y) > rd:
		if dir == tensePast || day(y)-rd > 60 {
			y--
		}
	}
	yy, mm, dd := civil(day(y))
	s.setAnchor(yy, mm, dd)
	return s.emit(start, j, Date, valDay(yy, mm, dd))
}
