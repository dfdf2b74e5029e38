package timex

// Durations and sets: "three years", "about two weeks", "a two-year plan",
// "the past 30 days", "every Monday", "daily", "per month". They are no DATE;
// recognizing them keeps their words from being read as dates. The quantity
// rule also turns "two days ago", "a year earlier" and "three years later"
// into dates (offset).

// unitCode is the TimeML letter of each unit (uHalf counts in months).
var unitCode = [...]string{
	uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uFortnight: "W", uMonth: "M", uQuarter: "Q", uHalf: "M", uYear: "Y", uDecade: "DE", uCentury: "CE",
}

// durValue is the TimeML value of n units ("P3Y", "PT2H"); fuzzy gives "PXY".
func durValue(n int, u int16, fuzzy bool) string {
	switch u {
	case uFortnight:
		n *= 2
	case uHalf:
		n *= 6
	}
	var b [24]byte
	v := append(b[:0], 'P')
	if u == uSecond || u == uMinute || u == uHour {
		v = append(v, 'T')
	}
	if fuzzy {
		v = append(v, 'X')
	} else {
		v = appendPad(v, n, 1)
	}
	v = append(v, unitCode[u]...)
	return string(v)
}

// count reads a number at k: "3", "three", "twenty-five", "a", "a few", "a
// couple of", "several". It returns the value, whether it is vague, and the
// index after it (k when there is none).
func (s *scanner) count(k int) (n int, fuzzy bool, j int) {
	if !s.ok(k) {
		return 0, false, k
	}
	t := &s.toks[k]
	switch {
	case t.k == tNum:
		v := s.plainNum(k)
		if v < 0 || t.nd > 4 || s.joined(k-1) && (s.punct(k-1, '.') || s.punct(k-1, ',') || s.punct(k-1, ':')) {
			return 0, false, k
		}
		return v, false, k + 1
	case s.word(k, wA):
		switch {
		case s.class(k+1, cFuzzy):
			j := k + 2
			if s.word(j, wOf) {
				j++
			}
			return 0, true, j
		case s.class(k+1, cNum) && s.toks[k+1].v == 12: // "a dozen"
			return 12, false, k + 2
		}
		return 1, false, k + 1
	case t.cls == cNum:
		v := int(t.v)
		j := k + 1
		if v >= 20 && v%10 == 0 && s.hyphenAfter(k) && s.class(k+2, cNum) && s.toks[k+2].v >= 1 && s.toks[k+2].v <= 9 {
			v += int(s.toks[k+2].v)
			j = k + 3
		}
		return v, false, j
	case t.cls == cFuzzy:
		j := k + 1
		if s.word(j, wOf) {
			j++
		}
		return 0, true, j
	}
	return 0, false, k
}

// quantity handles a number of units at i, maybe after "about", "almost",
// "more than": "two days ago" and "a year earlier" are dates, "three years"
// a duration.
func (s *scanner) quantity(i int) int {
	k := i
	for s.ok(k) && s.toks[k].cls == cFunc && k-i < 3 {
		v := s.toks[k].v
		if v == wAbout || v == wAlmost || v == wJust || v == wOver {
			k++
			continue
		}
		if (v == wMore || v == wLess) && s.word(k+1, wThan) {
			k += 2
			continue
		}
		break
	}
	n, fuzzy, j := s.count(k)
	if j == k {
		return i
	}
	if k == i && s.punct(j, ']') && s.joined(j-1) && s.punct(i-1, '[') && s.joined(i-1) {
		// "[Ten] years ago": an editor's brackets around the number of a
		// quotation belong to the span
		n0 := len(s.out)
		if e := s.quantityFrom(i-1, n, fuzzy, j+1); e > j+1 && len(s.out) > n0 {
			return e
		}
		s.out = s.out[:n0]
		return i
	}
	return s.quantityFrom(i, n, fuzzy, j)
}

// quantityFrom finishes quantity: n (or a fuzzy number) units at j, the
// match starting at token i.
func (s *scanner) quantityFrom(i, n int, fuzzy bool, j int) int {
	adjective := false
	if s.hyphenAfter(j - 1) {
		adjective = true // "a two-year plan"
		j++
	}
	if !s.class(j, cUnit) {
		return i
	}
	u := s.toks[j].v
	if u == uHalf || u == uQuarter && !adjective && s.toks[j].lf&lfPlural == 0 && n == 1 {
		return i // "a half", "a quarter of the votes"
	}
	if s.hyphenAfter(j) && (s.word(j+2, wEarlier) || s.word(j+2, wAgo)) {
		return i // "a year-earlier loss"
	}
	if s.hyphenAfter(j) && isWord(s.lower(j+2), "old") {
		return i // an age: "the 37-year-old Serbian", "a six-month-old baby"
	}
	j++
	if adjective {
		return s.emit(i, j, Duration, durValue(n, u, fuzzy))
	}
	if n == 1 && u == uDay && !fuzzy && j == i+2 && s.toks[j-1].lf&lfPlural == 0 && s.modalWithin(i, 1) {
		return s.emit(i, j, Date, "FUTURE_REF") // "Islam will one day be the second largest religion"
	}
	e := j
	if s.word(e, wOr) && s.word(e+1, wSo) {
		e += 2
	}
	if s.word(e, wOr) && s.class(e+1, cNum) && s.toks[e+1].v == int16(n)+1 && !s.class(e+2, cUnit) {
		e, fuzzy = e+2, true // "in a year or two"
	}
	if n == 1 && u == uYear && !fuzzy && (s.word(e, wAgo) || s.word(e, wEarlier)) {
		if v, ok := s.yearAgoQuarter(i); ok {
			return s.emit(i, e+1, Date, v)
		}
	}
	switch {
	case s.word(e, wAgo):
		return s.offset(i, e+1, n, u, fuzzy, -1, false)
	case s.word(e, wEarlier) || s.word(e, wBefore) && s.endOfPhrase(e+1) || isWord(s.lower(e), "prior") && !s.word(e+1, wTo):
		return s.offset(i, e+1, n, u, fuzzy, -1, true) // "three years prior" is "three years earlier"
	case s.word(e, wLater) || s.word(e, wAfter) && s.endOfPhrase(e+1):
		return s.offset(i, e+1, n, u, fuzzy, 1, true)
	case s.word(e, wFrom) && (s.class(e+1, cRef) && s.toks[e+1].v == rPresent && isWord(s.lower(e+1), "now") || s.class(e+1, cRelDay) && s.toks[e+1].v == 0):
		return s.offset(i, e+2, n, u, fuzzy, 1, false) // "two years from now", "a week from today"
	case s.word(i-1, wIn) && u >= uDay && !s.word(e, wOf) && (s.tense(i, e) == tenseFuture || s.modalWithin(i-1, 3)):
		// "The stock would be redeemed in five years": that many years
		// from now; "You may, in a year or two, save lives": some time ahead
		return s.offset(i, e, n, u, fuzzy, 1, false)
	}
	if e > j && fuzzy {
		j = e
	}
	return s.emit(i, j, Duration, durValue(n, u, fuzzy))
}

// offset emits the date n units before (dir -1) or after (dir 1) the
// reference, or the story's last date when anchored ("a year earlier").
// quantityFrom, its only caller, never passes uHalf.
//
// What is counted from an event ("15 minutes later", "two days after",
// "a day earlier") never borrows the publication date: the event's day is
// what the story named last, and without one only the length is known, a
// duration, as TimeML has it. Minutes and hours are always a duration: the
// day they give says nothing. Only "a year earlier", "two months before"
// compare with the story's present when it names no day.
func (s *scanner) offset(i, j, n int, u int16, fuzzy bool, dir int, anchored bool) int {
	if anchored {
		y, m, d, near := s.anchorNear(80)
		// the story's date must be as fine as the unit: no "two weeks
		// earlier" from a year
		near = near && (u > uFortnight || d > 0) && (u > uQuarter || m > 0)
		if u >= uMonth && s.punct(j, ',') && s.word(j+1, wIn) && s.yearNumber(j+2) > 0 && s.yearOK(j+2) {
			// "about 170 years later, in 1896": the year after the comma
			// says where the count ends
			return s.emit(i, j, Date, valYear(s.yearNumber(j+2)))
		}
		if fuzzy || u <= uHour || !near && (dir > 0 || u <= uFortnight) {
			return s.emit(i, j, Duration, durValue(n, u, fuzzy))
		}
		if near {
			return s.offsetFrom(i, j, n, u, dir, y, m, d, true)
		}
	}
	if fuzzy {
		if dir < 0 {
			return s.emit(i, j, Date, "PAST_REF")
		}
		return s.emit(i, j, Date, "FUTURE_REF")
	}
	return s.offsetFrom(i, j, n, u, dir, s.ref.Year, s.ref.Month, s.ref.Day, s.ref.Known())
}

// offsetFrom emits the date n units before (dir -1) or after (dir 1) the date
// y-m-d (parts 0 when unknown; ok false when nothing is known).
func (s *scanner) offsetFrom(i, j, n int, u int16, dir, y, m, d int, ok bool) int {
	n *= dir
	kind := Date
	switch u {
	case uSecond, uMinute, uHour:
		kind = Time
	}
	if !ok {
		switch u {
		case uYear, uDecade, uCentury:
			return s.emit(i, j, Date, "XXXX")
		case uMonth:
			return s.emit(i, j, Date, "XXXX-XX")
		case uWeek, uFortnight:
			return s.emit(i, j, Date, "XXXX-WXX")
		}
		return s.emit(i, j, kind, "XXXX-XX-XX")
	}
	switch u {
	case uYear:
		s.setAnchor(y+n, 0, 0)
		return s.emit(i, j, Date, valYear(y+n))
	case uDecade:
		return s.emit(i, j, Date, valYear(y+10*n))
	case uCentury:
		return s.emit(i, j, Date, valYear(y+100*n))
	}
	if m == 0 {
		return s.emit(i, j, Date, valYear(y)+"-XX")
	}
	switch u {
	case uMonth, uQuarter:
		k := n
		if u == uQuarter {
			k *= 3
		}
		yy, mm := normYM(y, m+k)
		if u == uQuarter {
			return s.emit(i, j, Date, valQuarter(yy, (mm-1)/3+1))
		}
		s.setAnchor(yy, mm, 0)
		return s.emit(i, j, Date, valMonth(yy, mm))
	}
	if d == 0 {
		return s.emit(i, j, Date, valMonth(y, m)+"-XX")
	}
	base := dayNum(y, m, d)
	switch u {
	case uDay:
		yy, mm, dd := civil(base + n)
		s.setAnchor(yy, mm, dd)
		return s.emit(i, j, Date, valDay(yy, mm, dd))
	case uWeek:
		return s.emit(i, j, Date, valWeek(base+7*n))
	case uFortnight:
		return s.emit(i, j, Date, valWeek(base+14*n))
	case uWeekend:
		return s.emit(i, j, Date, valWeek(base+7*n)+"-WE")
	}
	// hours, minutes, seconds: the day is all we can say
	return s.emit(i, j, kind, valDayNum(base+hoursToDays(n, u)))
}

// hoursToDays converts n hours/minutes/seconds to whole days (rounding towards
// the past for negative n).
func hoursToDays(n int, u int16) int {
	secs := n
	switch u {
	case uMinute:
		secs *= 60
	case uHour:
		secs *= 3600
	}
	if secs >= 0 {
		return secs / 86400
	}
	return -((-secs + 86399) / 86400)
}

// spanDuration handles "the past 30 days", "the next few weeks", "last three
// years": a duration from i with the number at n.
func (s *scanner) spanDuration(i, n int) int {
	num, fuzzy, j := s.count(n)
	if j == n || !s.class(j, cUnit) {
		return i
	}
	return s.emit(i, j+1, Duration, durValue(num, s.toks[j].v, fuzzy))
}

// set handles "every Monday", "each year", "every two weeks", "per month".
func (s *scanner) set(i int) int {
	k := i + 1
	n, fuzzy, j := s.count(k)
	if j == k {
		n = 1
	}
	if !s.ok(j) {
		return i
	}
	t := &s.toks[j]
	switch t.cls {
	case cUnit:
		return s.emit(i, j+1, Set, durValue(n, t.v, fuzzy))
	case cWeekday:
		if j == k {
			return s.emit(i, j+1, Set, valWeekday(int(t.v)))
		}
	case cMonth:
		if j == k && t.fl&fCap != 0 {
			return s.emit(i, j+1, Set, valMonth(0, int(t.v)))
		}
	case cPartDay:
		if j == k {
			return s.emit(i, j+1, Set, withPart("XXXX-XX-XX", t.v))
		}
	}
	return i
}

// modalWithin reports whether a modal verb comes among the n tokens before
// token i: "will one day" (n = 1), "You may, in a year or two, save lives"
// (n = 3). A capitalized "May" is the month.
func (s *scanner) modalWithin(i, n int) bool {
	for k := i - 1; k >= i-n && k >= 0; k-- {
		switch w := s.lower(k); {
		case isWord(w, "will"), isWord(w, "would"), isWord(w, "could"), isWord(w, "might"), isWord(w, "can"):
			return true
		case isWord(w, "may"):
			return s.toks[k].fl&fCap == 0
		}
	}
	return false
}

// yearAgoQuarter gives the value of "a year ago" or "a year earlier" at i in
// a sentence that compares figures of a quarter the story just named: "net
// rose to $5 million in the third quarter from $4 million a year earlier" is
// the same quarter one year back, not the whole year.
func (s *scanner) yearAgoQuarter(i int) (string, bool) {
	if !s.ref.Known() || s.ref.Month == 0 || !s.figureNear(i) {
		return "", false
	}
	// "fell 3 percent in February from a year earlier": the month the
	// same sentence gave the figure for, one year back
	if n := len(s.out) - 1; n >= s.base && s.sameSentence(s.out[n].End, i) {
		if v := s.out[n].Value; s.out[n].Kind == Date && len(v) == 7 && v[4] == '-' && v[5] <= '1' && v[0] != 'X' {
			return valMonth(atoi(v[:4])-1, atoi(v[5:7])), true
		}
	}
	if s.monthsSinceQuarter() {
		return "", false
	}
	// the quarter reported on is one of the last four before the
	// reference: an older one named since ("the year-earlier quarter") is
	// the comparison itself
	refQ := s.ref.Year*4 + (s.ref.Month-1)/3
	for n := len(s.out) - 1; n >= s.base && n >= len(s.out)-8; n-- {
		if y, q, ok := quarterValue(s.out[n].Value); ok && y > 0 && q > 0 && y*4+q-1 >= refQ-4 && y*4+q-1 <= refQ {
			return valQuarter(y-1, q), true
		}
	}
	return "", false
}

// sameSentence reports whether byte offset end (the end of a match) lies in
// the sentence of token i, a few words before it.
func (s *scanner) sameSentence(end, i int) bool {
	for k := i - 1; k >= 0 && k > i-20; k-- {
		if int(s.toks[k].e) <= end {
			return true
		}
		if s.sentenceEndAt(k) {
			return false
		}
	}
	return false
}

// figureNear reports whether "a year ago" at token i compares a figure: a
// figure or "from", "than", "with" comes right before it ("from $4 million
// a year earlier", "than a year ago", "compared with year-earlier profit"),
// or it opens a sentence that gives one ("A year earlier, net income was
// $2.1 million").
func (s *scanner) figureNear(i int) bool {
	p := i - 1
	if !s.ok(p) {
		return false
	}
	if s.punct(p, ',') {
		p-- // "$90.5 million, or $1.12 a share, a year ago"
	}
	if s.ok(p) {
		t := &s.toks[p]
		switch w := s.lower(p); {
		case t.k == tNum, s.punct(p, '%'), s.word(p, wFrom), s.word(p, wThan), isWord(w, "with"),
			isWord(w, "million"), isWord(w, "billion"), isWord(w, "share"), isWord(w, "cents"),
			isWord(w, "percent"), isWord(w, "pence"):
			return true
		}
	}
	if !s.opensSentence(i, fNL) {
		return false
	}
	for k := i + 3; k < len(s.toks) && k < i+15; k++ {
		if s.sentenceEndAt(k) {
			break
		}
		if s.punct(k, '$') || s.punct(k, '£') || s.punct(k, '€') || s.punct(k, '#') || s.punct(k, '%') {
			return true // money or a share, not a count: "A year ago, 300 people died" compares nothing
		}
		if w := s.lower(k); s.toks[k-1].k == tNum && (isWord(w, "million") || isWord(w, "billion") || isWord(w, "percent") || isWord(w, "cents")) {
			return true
		}
	}
	return false
}
