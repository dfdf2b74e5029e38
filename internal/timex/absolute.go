package timex

// Absolute dates: "June 15, 2017", "15 June 2017", "June 2017", "April 21",
// "Jan. 14", "2022", "2017-06-15", "6/15/2017", "9/11", "fiscal 1989", ranges
// such as "April 17–21" and "from 2004 to 2009". Here too: the dispatch of a
// token that starts with a digit (number), the checks that a number is a
// year or a day, and the year given to a month or a month and day written
// without one (resolveMD, resolveMonth, listYear).

// month handles a month name at i: "June 15, 2017", "June 15", "June 2017",
// "June", with "April 17–21" giving two matches.
func (s *scanner) month(i int) int {
	if !s.ok(i) {
		return i
	}
	t := &s.toks[i]
	if t.fl&fCap == 0 {
		return i
	}
	m := int(t.v)
	j := i + 1
	if t.cls == cMonthAbbr {
		switch {
		case s.punct(j, '.') && s.joined(i):
			j++
		case s.ok(j) && s.toks[j].k == tNum:
		default:
			return i
		}
	} else if s.punct(j, '.') && s.joined(i) && s.ok(j+1) && s.toks[j+1].k == tNum {
		j++ // "June. 5" typo-like abbreviations
	}
	if d := s.dayNumber(j); d > 0 && !s.punct(j+1, '%') && !s.class(j+1, cUnitNoun) && !s.class(j+1, cUnit) {
		return s.monthDay(i, j, m, d)
	}
	if y := s.yearAfter(j); y > 0 {
		k := j + 1
		if s.word(j, wOf) || s.punct(j, ',') {
			k = j + 2
		}
		s.setAnchor(y, m, 0)
		return s.emit(i, k, Date, valMonth(y, m))
	}
	if y, e := s.spelledYearAt(j); y > 0 {
		s.setAnchor(y, m, 0)
		return s.emit(i, e, Date, valMonth(y, m))
	}
	if t.lf&lfAmbig != 0 && !s.dateContextBefore(i) && !s.monthBeforeNoun(i) {
		return i
	}
	// "April Ryan", "August Wilson": a name, unless a preposition says otherwise
	if s.ok(j) && s.toks[j].k == tWord && s.toks[j].fl&fCap != 0 && s.toks[j].cls == cNone && !s.dateContextBefore(i) {
		return i
	}
	if t.cls == cMonthAbbr && !s.dateContextBefore(i) {
		return i
	}
	// "July last year", "January this year"
	if off, ok := s.yearShift(j); ok && s.ref.Known() && s.class(j+1, cUnit) && s.toks[j+1].v == uYear && s.toks[j+1].lf&lfPlural == 0 && !s.possessive(j+1) {
		y := s.ref.Year + off
		s.setAnchor(y, m, 0)
		return s.emit(i, j+2, Date, valMonth(y, m))
	}
	v := s.resolveMonth(m, i, j)
	return s.emit(i, j, Date, v)
}

// yearAfter returns the year of "2017", ", 2017" or "of 2017" at j, or 0.
func (s *scanner) yearAfter(j int) int {
	if y := s.yearNumber(j); y > 0 && s.yearOK(j) {
		return y
	}
	if s.word(j, wOf) || s.punct(j, ',') {
		if y := s.yearNumber(j + 1); y > 0 && s.yearOK(j+1) {
			return y
		}
	}
	return 0
}

// monthDay finishes "June 15[, 2017]" with the day at token j, and "April
// 17–21[, 2025]".
func (s *scanner) monthDay(i, j, m, d int) int {
	k := j + 1
	if s.punct(k, '.') && s.joined(j) && s.suffix(j) == "th" && s.yearNumber(k+1) > 0 {
		k++ // "June 3rd. 1998"; a sentence's last period is not the date's
	}
	// a second day: "April 17–21", "June 3 to 5"
	d2, k2 := 0, k
	if (s.dash(k) || s.word(k, wTo) || s.word(k, wThrough) || s.word(k, wAnd) || s.word(k, wUntil)) && !s.monthAt(k+2) {
		if x := s.dayNumber(k + 1); x > d && x <= daysIn(2000, m) {
			d2, k2 = x, k+2
		}
	}
	y := 0
	ke := k
	if d2 > 0 {
		ke = k2
	}
	if s.punct(ke, ',') {
		if yy := s.yearNumber(ke + 1); yy > 0 && s.yearOK(ke+1) {
			y, ke = yy, ke+2
		}
	} else if yy := s.yearNumber(ke); yy > 0 && s.yearOK(ke) {
		y, ke = yy, ke+1
	}
	if d > daysIn(max(y, 2000), m) {
		return i
	}
	var v string
	if y > 0 {
		v = valDay(y, m, d)
		s.setAnchor(y, m, d)
	} else {
		v = s.resolveMD(m, d, i, k)
	}
	if d2 == 0 {
		return s.emit(i, ke, Date, v)
	}
	first := len(s.out)
	s.emit(i, k, Date, v)
	if y > 0 {
		v = valDay(y, m, d2)
	} else {
		v = v[:len(v)-2] + string(rune('0'+d2/10)) + string(rune('0'+d2%10))
	}
	s.emit(k+1, ke, Date, v)
	s.link(first, first+1)
	return ke
}

// dateContextBefore reports whether the word before i introduces a date: "in
// May", "since March", "last May", "mid-March", or a list of months.
func (s *scanner) dateContextBefore(i int) bool {
	p := i - 1
	if s.dash(p) && s.joined(p) {
		p-- // "mid-March"
	}
	if !s.ok(p) {
		return false
	}
	t := &s.toks[p]
	if t.cls == cFunc {
		switch t.v {
		case wIn, wOn, wSince, wBy, wUntil, wFrom, wThrough, wTo, wOf, wDuring, wBefore, wAfter, wLast, wNext,
			wThis, wEarly, wLate, wMid, wBetween, wPast, wComing, wEnd, wBeginning, wStart, wMiddle:
			return true
		case wAnd, wOr:
			// "March and April", "in April or May"
			return s.monthAt(p - 1)
		}
	}
	if t.k == tPunct && (t.num == ',' || s.dash(p)) && p > 0 && (s.toks[p-1].cls == cMonth || s.toks[p-1].k == tNum) {
		// "in November, December and January", "January - March"
		return len(s.out) > s.base && s.out[len(s.out)-1].End == int(s.toks[p-1].e)
	}
	return false
}

// monthBeforeNoun reports whether the month name at i sits between "the" and a
// lower-case noun, as in "The March accession will enable", "the May
// elections": a month used as an adjective, not the verb or "the March on
// Washington".
func (s *scanner) monthBeforeNoun(i int) bool {
	if !s.word(i-1, wThe) || !s.ok(i+1) {
		return false
	}
	n := &s.toks[i+1]
	return n.k == tWord && n.fl&fCap == 0 && n.cls == cNone && n.tf == 0
}

// yearOK reports whether the four-digit number at i can be a year, looking at
// its neighbours: not "$2000", "Section 2022", "2000 people", "555-2017",
// "2017%", "20:17".
func (s *scanner) yearOK(i int) bool {
	if p := i - 1; s.ok(p) {
		pt := &s.toks[p]
		if pt.k == tPunct && pt.e == s.toks[i].s {
			switch pt.num {
			case '$', '€', '£', '#', '¥', '.', ':', '/', '+', '=', '×':
				return false
			case ',':
				if p > 0 && s.toks[p-1].k == tNum && s.toks[p-1].e == pt.s {
					return false
				}
			case '-', '–':
				if p > 0 && s.toks[p-1].k == tNum && s.toks[p-1].e == pt.s && s.yearNumber(p-1) == 0 {
					return false // phone numbers, scores
				}
			}
		}
		if pt.cls == cBlockYear {
			return false
		}
		if pt.k == tPunct && (pt.num == '$' || pt.num == '#' || pt.num == '€' || pt.num == '£') {
			return false
		}
	}
	if n := i + 1; s.ok(n) {
		nt := &s.toks[n]
		if nt.k == tPunct && nt.s == s.toks[i].e {
			switch nt.num {
			case '%', ':':
				return false
			case '.', ',', '/':
				if s.ok(n+1) && s.toks[n+1].k == tNum && s.toks[n+1].s == nt.e {
					return false
				}
			case '-', '–':
				if s.ok(n+1) && s.toks[n+1].s == nt.e {
					if s.toks[n+1].k == tWord && s.toks[n+1].cls != cMonth {
						return false // "2000-strong"
					}
					if s.toks[n+1].k == tNum && s.toks[n+1].nd != 4 && s.toks[n+1].nd != 2 {
						return false
					}
				}
			}
		}
		if nt.cls == cUnitNoun || nt.cls == cUnit && nt.lf&lfPlural != 0 || nt.k == tPunct && nt.num == '%' {
			return false
		}
	}
	return true
}

// number handles a token that starts with a digit.
func (s *scanner) number(i int) int {
	if !s.ok(i) {
		return i
	}
	t := &s.toks[i]
	sfx := s.suffix(i)
	switch {
	case t.nd == 4 && sfx == "":
		if j := s.isoDate(i); j > i {
			return j
		}
		if s.possessive(i) && s.joined(i+1) { // "1990's"
			return s.decade(i, i+3, int(t.num))
		}
		return s.year(i, i)
	case t.nd == 4 && sfx == "s":
		return s.decade(i, i+1, int(t.num))
	case t.nd == 2 && sfx == "s" && s.word(i-1, wThe) && t.num%10 == 0:
		return s.decade(i, i+1, 1900+int(t.num))
	case sfx == "th" && t.nd <= 2:
		if j := s.ordinal(i); j > i {
			return j
		}
		if d := s.dayNumber(i); d > 0 {
			return s.dayFirst(i, i, d)
		}
		return i
	case sfx == "am" || sfx == "pm":
		return s.clock(i)
	case sfx != "":
		return i
	}
	if t.nd <= 2 {
		if j := s.dotDate(i); j > i {
			return j
		}
		if j := s.clock(i); j > i {
			return j
		}
		if j := s.slashDate(i); j > i {
			return j
		}
		if d := s.dayNumber(i); d > 0 {
			if j := s.dayFirst(i, i, d); j > i {
				return j
			}
		}
	}
	return s.quantity(i)
}

// year handles a four-digit year at i, with the match starting at token
// start ("fiscal 1989"). "2000 - 2050" gives two linked matches.
func (s *scanner) year(start, i int) int {
	y := s.yearNumber(i)
	if y == 0 || !s.yearOK(i) {
		return start
	}
	if y < 1500 && !s.word(i-1, wIn) && !s.word(i-1, wSince) && !s.word(i-1, wOf) && !s.word(i-1, wFiscal) && !s.class(i-1, cUnit) {
		return start
	}
	// "the 1988 third quarter": one expression
	if j, ok := s.quarterFrom(start, i+1); ok {
		return j
	}
	// "fiscal 1990's first quarter": one expression too
	if s.possessive(i) {
		if j, ok := s.quarterFrom(start, i+3); ok {
			return j
		}
	}
	// "the 1989 period" of an earnings report: the story's quarter, that year
	if s.word(i-1, wThe) && isWord(s.lower(i+1), "period") {
		if _, q, ok := s.reportedQuarter(); ok {
			s.setAnchor(y, 0, 0)
			return s.emit(start, i+2, Date, valQuarter(y, q))
		}
	}
	// "earned $376,000 in the 1988 quarter": the quarter the story is about,
	// in that year
	if s.class(i+1, cUnit) && s.toks[i+1].v == uQuarter && s.toks[i+1].lf&lfPlural == 0 {
		if v, ok := s.lastQuarter(lookBack, false); ok {
			_, q, _ := quarterValue(v)
			s.setAnchor(y, 0, 0)
			return s.emit(start, i+2, Date, valQuarter(y, q))
		}
	}
	// "1995-96": a season across two years; keep the first year, span both
	j := i + 1
	if s.hyphenAfter(i) && s.toks[i+2].k == tNum && s.toks[i+2].nd == 2 && s.suffix(i+2) == "" {
		j = i + 3
	}
	s.setAnchor(y, 0, 0)
	first := len(s.out)
	s.emit(start, j, Date, valYear(y))
	// range "2000 - 2050", "from 2004 to 2009"
	if (s.dash(j) || s.word(j, wTo) || s.word(j, wThrough) || s.word(j, wUntil) || s.word(j, wAnd) && s.word(start-1, wBetween)) && s.yearNumber(j+1) > 0 && s.yearOK(j+1) && s.suffix(j+1) == "" {
		y2 := s.yearNumber(j + 1)
		if y2 > y || s.dash(j) && y2 > 0 {
			s.setAnchor(y2, 0, 0)
			s.emit(j+1, j+2, Date, valYear(y2))
			s.link(first, first+1)
			return j + 2
		}
	}
	return j
}

// isoDate handles "2017-06-15" and "2017/06/15" at i.
func (s *scanner) isoDate(i int) int {
	if !(s.joined(i) && (s.punct(i+1, '-') || s.punct(i+1, '/')) && s.joined(i+1) && s.joined(i+2) && s.ok(i+4)) {
		return i
	}
	sep := s.toks[i+1].num
	if !s.punct(i+3, sep) || !s.joined(i+3) {
		return i
	}
	m, d := s.plainNum(i+2), s.plainNum(i+4)
	if s.toks[i+2].nd != 2 || s.toks[i+4].nd != 2 || m < 1 || m > 12 || d < 1 || d > daysIn(int(s.toks[i].num), m) {
		return i
	}
	if s.joined(i+4) && s.ok(i+5) && (s.toks[i+5].k == tNum || s.punct(i+5, '-') || s.punct(i+5, '/')) {
		return i
	}
	y := int(s.toks[i].num)
	s.setAnchor(y, m, d)
	return s.emit(i, i+5, Date, valDay(y, m, d))
}

// dotDate handles "05.11.2024" and "5.11.2024", day first, as most of the world writes dates
// with dots; only with a four-digit year, so "1.5" and "10.30" stay numbers and times.
func (s *scanner) dotDate(i int) int {
	if !(s.joined(i) && s.punct(i+1, '.') && s.joined(i+1) && s.ok(i+4) && s.joined(i+2) && s.punct(i+3, '.') && s.joined(i+3)) {
		return i
	}
	if s.toks[i+2].k != tNum || s.toks[i+2].nd > 2 || s.suffix(i+2) != "" || s.toks[i+4].k != tNum || s.toks[i+4].nd != 4 || s.suffix(i+4) != "" {
		return i
	}
	if s.joined(i-1) && s.ok(i-1) && s.toks[i-1].k != tWord || s.joined(i+4) && s.ok(i+5) && (s.toks[i+5].k == tNum || s.punct(i+5, '.') && s.joined(i+5)) {
		return i // part of a longer number or version
	}
	d, m, y := s.plainNum(i), s.plainNum(i+2), s.plainNum(i+4)
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return i
	}
	s.setAnchor(y, m, d)
	return s.emit(i, i+5, Date, valDay(y, m, d))
}

// slashDate handles "9/11" and "6/15/2017" (month first, or day first when the
// first number cannot be a month).
func (s *scanner) slashDate(i int) int {
	if !(s.joined(i) && s.punct(i+1, '/') && s.joined(i+1) && s.ok(i+2)) {
		return i
	}
	a, b := s.plainNum(i), s.plainNum(i+2)
	if s.joined(i+2) && s.punct(i+3, '/') && s.joined(i+3) && s.ok(i+4) {
		y := s.plainNum(i + 4)
		switch s.toks[i+4].nd {
		case 4:
		case 2:
			if y < 30 {
				y += 2000
			} else {
				y += 1900
			}
		default:
			return i
		}
		if s.joined(i+4) && s.ok(i+5) && (s.toks[i+5].k == tNum || s.punct(i+5, '/')) {
			return i
		}
		m, d := a, b
		if m > 12 {
			m, d = b, a
		}
		if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return i
		}
		s.setAnchor(y, m, d)
		return s.emit(i, i+5, Date, valDay(y, m, d))
	}
	// "9/11" is the one month/day pair that news writes as a name
	if a == 9 && b == 11 && !(s.joined(i+2) && s.ok(i+3) && (s.toks[i+3].k == tNum || s.punct(i+3, '/'))) && !(s.joined(i-1) && s.ok(i-1) && s.toks[i-1].k != tWord) {
		j := i + 3
		if s.hyphenAfter(i+2) && s.toks[i+4].k == tWord {
			j = i + 5 // "9/11-related"
		}
		return s.emit(i, j, Date, "2001-09-11")
	}
	return i
}

// dayFirst handles "15 June 2017", "15th of June" with the day at i and the
// match starting at start.
func (s *scanner) dayFirst(start, i, d int) int {
	j := i + 1
	if s.word(j, wOf) {
		j++
	}
	if !s.monthAt(j) || s.toks[j].fl&fCap == 0 {
		return start
	}
	m := int(s.toks[j].v)
	k := j + 1
	if s.toks[j].cls == cMonthAbbr {
		if s.punct(k, '.') && s.joined(j) {
			k++
		} else if s.yearNumber(k) == 0 && s.ok(k) && s.toks[k].k == tWord && s.toks[k].fl&fCap != 0 {
			// "5 Nov" as British news writes it is a date; "5 Jan Smith" is not
			return start
		}
	}
	if d > daysIn(2000, m) {
		return start
	}
	if y := s.yearNumber(k); y > 0 && s.yearOK(k) {
		s.setAnchor(y, m, d)
		return s.emit(start, k+1, Date, valDay(y, m, d))
	}
	if s.punct(k, ',') && s.yearNumber(k+1) > 0 && s.yearOK(k+1) {
		y := s.yearNumber(k + 1)
		s.setAnchor(y, m, d)
		return s.emit(start, k+2, Date, valDay(y, m, d))
	}
	return s.emit(start, k, Date, s.resolveMD(m, d, start, k))
}

// resolveMD gives a year to a month and day without one: the year of the
// list it continues (see listYear), else the nearest such day to the
// reference, weighed by the sentence's tense (see tenseCost). A past tense
// usually picks the latest such day not after the reference, a future tense
// the first one not before it.
func (s *scanner) resolveMD(m, d, i, j int) string {
	if !s.ref.Known() {
		return valDay(0, m, d)
	}
	if s.ref.Month == 0 {
		return valDay(s.ref.Year, m, d)
	}
	if y, ok := s.listYear(m, d, i); ok {
		s.setAnchor(y, m, d)
		return valDay(y, m, d)
	}
	rd := s.refDay()
	// "the quarter ended Oct. 31" has ended: the last such day not after the
	// reference; "the year ending June 30" the next one not before it
	if w := s.lower(i - 1); isWord(w, "ended") || isWord(w, "ending") {
		ended := isWord(w, "ended")
		for k := 0; k < 3; k++ {
			y := s.ref.Year - 1 + k // "ending": the first year that works
			if ended {
				y = s.ref.Year + 1 - k // "ended": the last
			}
			if d > daysIn(y, m) {
				continue
			}
			if diff := dayNum(y, m, d) - rd; ended && diff <= 0 || !ended && diff >= 0 {
				s.setAnchor(y, m, d)
				return valDay(y, m, d)
			}
		}
	}
	// the nearest such day, where going against the sentence's tense costs
	// 200 days and, without a tense, the future costs 45
	tense := s.dateTense(i, j)
	best, bestCost := s.ref.Year, 1<<30
	for y := s.ref.Year - 1; y <= s.ref.Year+1; y++ {
		if d > daysIn(y, m) {
			continue
		}
		if cost := tenseCost(dayNum(y, m, d)-rd, tense, 200, 45); cost < bestCost {
			best, bestCost = y, cost
		}
	}
	s.setAnchor(best, m, d)
	return valDay(best, m, d)
}

// listYear gives the year of a month (and day) that follows another date in
// the same sentence, as in "in November, December and January" or "from
// November 20 to December 11": the first such month not before the previous
// date.
func (s *scanner) listYear(m, d, i int) (int, bool) {
	if len(s.out) == s.base {
		return 0, false
	}
	last := s.out[len(s.out)-1]
	v := last.Value
	if len(v) == 7 && v[5] >= 'A' && len(s.out)-1 > s.base {
		last = s.out[len(s.out)-2] // a season between months: "February, the Winter Carnival ... in March"
		v = last.Value
	}
	if len(v) < 7 || v[4] != '-' || v[0] == 'X' || v[5] < '0' || v[5] > '1' {
		return 0, false
	}
	py, pm := atoi(v[0:4]), atoi(v[5:7])
	if py == 0 || pm == 0 {
		return 0, false
	}
	// the previous date must end a few words before, in the same sentence,
	// with only list words and names between: "November, December and
	// January", "in November, back to Las Vegas in December"; not "payable
	// Jan. 2 to stock of record Dec. 15"
	for k, n := i-1, 0; ; k, n = k-1, n+1 {
		if k < 0 || n > 10 || s.sentenceEndAt(k) {
			return 0, false
		}
		t := &s.toks[k]
		if int(t.e) <= last.End {
			break
		}
		switch {
		case t.k == tPunct, t.k == tWord && t.fl&fCap != 0:
		case t.cls == cFunc && (t.v == wAnd || t.v == wOr || t.v == wTo || t.v == wThrough || t.v == wUntil || t.v == wIn || t.v == wFrom || t.v == wThen || t.v == wThe || t.v == wOf || t.v == wAt):
		case s.lower(k) == "back":
		default:
			return 0, false
		}
	}
	if !s.namesMonth(last, i) {
		return 0, false // "a revision Friday to December's figures": a day name lists no months
	}
	if m < pm || m == pm && d > 0 && len(v) >= 10 && d < atoi(v[8:10]) {
		return py + 1, true
	}
	return py, true
}

// namesMonth reports whether the match m, which ends before token i, has a
// month name in it.
func (s *scanner) namesMonth(m Match, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := &s.toks[k]
		if int(t.e) <= m.Start {
			return false
		}
		if int(t.s) < m.End && (t.cls == cMonth || t.cls == cMonthAbbr) {
			return true
		}
	}
	return false
}

// refDay is the day number of the reference, the middle of the month when
// only the month is known.
func (s *scanner) refDay() int {
	d := s.ref.Day
	if d == 0 {
		d = 15
	}
	return dayNum(s.ref.Year, s.ref.Month, d)
}

// resolveMonth gives a year to a bare month name as resolveMD does to a day,
// counting in months; with only the reference year known, that year.
func (s *scanner) resolveMonth(m, i, j int) string {
	if !s.ref.Known() {
		return valMonth(0, m)
	}
	if y, ok := s.listYear(m, 0, i); ok {
		s.setAnchor(y, m, 0)
		return valMonth(y, m)
	}
	y := s.ref.Year
	if s.ref.Month > 0 {
		// the nearest such month; against the tense costs eight months, the
		// future without a tense two
		tense := s.dateTense(i, j)
		bestCost := 1 << 30
		for yy := s.ref.Year - 1; yy <= s.ref.Year+1; yy++ {
			diff := (yy*12 + m) - (s.ref.Year*12 + s.ref.Month)
			if cost := tenseCost(diff, tense, 8, 2); cost < bestCost {
				y, bestCost = yy, cost
			}
		}
	}
	s.setAnchor(y, m, 0)
	return valMonth(y, m)
}
