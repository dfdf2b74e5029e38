package timex

// Calendar arithmetic, tense and the story's anchor date: everything that turns
// what a rule recognized into a value relative to the reference date.

// dayNum returns the number of days since 1970-01-01 of a proleptic Gregorian
// date (Howard Hinnant's days_from_civil). Month and day may be out of range;
// they are normalized first.
func dayNum(y, m, d int) int {
	y, m = normYM(y, m)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of dayNum.
func civil(n int) (y, m, d int) {
	n += 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era = (n - 146096) / 146097
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return
}

// normYM brings a month number into 1..12, carrying into the year.
func normYM(y, m int) (int, int) {
	m--
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	return y, m + 1
}

// weekday of a day number: 0 = Sunday.
func weekday(n int) int {
	w := (n + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return w
}

// weekdayBefore returns the day number of the last weekday wd (0 = Sunday)
// before day n, weekdayAfter that of the first one after it.
func weekdayBefore(n, wd int) int { return n - (weekday(n)-wd+6)%7 - 1 }
func weekdayAfter(n, wd int) int  { return n + (wd-weekday(n)+6)%7 + 1 }

// isoWeek returns the ISO 8601 week-numbering year and week of a day number.
func isoWeek(n int) (year, week int) {
	wd := weekday(n)
	if wd == 0 {
		wd = 7
	}
	thu := n - wd + 4 // the Thursday of the same ISO week decides the year
	y, _, _ := civil(thu)
	return y, (thu-dayNum(y, 1, 1))/7 + 1
}

// daysIn returns the number of days of a month.
func daysIn(y, m int) int {
	return dayNum(y, m+1, 1) - dayNum(y, m, 1)
}

func (r Ref) day() int { return dayNum(r.Year, r.Month, r.Day) }

// full reports whether year, month and day of the reference are known.
func (r Ref) full() bool { return r.Year > 0 && r.Month > 0 && r.Day > 0 }

// Values -------------------------------------------------------------------

func appendPad(b []byte, n, w int) []byte {
	var tmp [12]byte
	i := len(tmp)
	if n < 0 {
		n = 0
	}
	for n > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	for len(tmp)-i < w {
		i--
		tmp[i] = '0'
	}
	return append(b, tmp[i:]...)
}

func appendYear(b []byte, y int) []byte {
	if y <= 0 {
		return append(b, "XXXX"...)
	}
	return appendPad(b, y, 4)
}

func valDay(y, m, d int) string {
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, '-')
	v = appendPad(v, m, 2)
	v = append(v, '-')
	v = appendPad(v, d, 2)
	return string(v)
}

func valDayNum(n int) string {
	y, m, d := civil(n)
	return valDay(y, m, d)
}

func valMonth(y, m int) string {
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, '-')
	v = appendPad(v, m, 2)
	return string(v)
}

func valYear(y int) string {
	var b [8]byte
	return string(appendYear(b[:0], y))
}

// valCentury is the value of the century whose years start with c: "19" is
// the 20th century.
func valCentury(c int) string {
	var b [4]byte
	return string(appendPad(b[:0], c, 2))
}

// valDecade is the value of the decade whose years start with d: "199".
func valDecade(d int) string {
	var b [4]byte
	return string(appendPad(b[:0], d, 3))
}

func valWeek(n int) string {
	y, w := isoWeek(n)
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, "-W"...)
	v = appendPad(v, w, 2)
	return string(v)
}

func valQuarter(y, q int) string {
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, "-Q"...)
	v = appendPad(v, q, 1)
	return string(v)
}

func valHalf(y, h int) string {
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, "-H"...)
	v = appendPad(v, h, 1)
	return string(v)
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

func valSeason(y, s int) string {
	var b [16]byte
	v := appendYear(b[:0], y)
	v = append(v, '-')
	v = append(v, seasonCode[s]...)
	return string(v)
}

// weekdayValues are the values of the day names (0 = Sunday), which TimeML
// numbers the ISO way (7 = Sunday): "Friday" without a reference is
// XXXX-WXX-5.
var weekdayValues = [...]string{"XXXX-WXX-7", "XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3", "XXXX-WXX-4",
	"XXXX-WXX-5", "XXXX-WXX-6"}

func valWeekday(wd int) string { return weekdayValues[wd] }

var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

// partKind is the kind of a day with part p of it: "Friday night" is a Time,
// "Friday" a Date.
func partKind(p int16) Kind {
	if p != 0 {
		return Time
	}
	return Date
}

// withPart appends a part of the day ("TNI") to a day value.
func withPart(v string, p int16) string {
	if p <= 0 || int(p) >= len(partCode) {
		return v
	}
	return v + "T" + partCode[p]
}

func withClock(v string, h, min int) string {
	var b [32]byte
	x := append(b[:0], v...)
	x = append(x, 'T')
	x = appendPad(x, h, 2)
	x = append(x, ':')
	x = appendPad(x, min, 2)
	return string(x)
}

// Tense ----------------------------------------------------------------------

const (
	tenseNone   = 0
	tensePast   = -1
	tenseFuture = 1
)

// tense guesses whether the expression at tokens [i, j) speaks of the past or
// of the future, from the nearest tense word in the same sentence: "said",
// "was" or a verb in -ed before it speak of the past, "will", "next",
// "expected" of the future. Words after the expression count a little less
// than words before it.
func (s *scanner) tense(i, j int) int {
	best, bestD := tenseNone, 1<<30
	// a date that opens its sentence ("In January, a week after the
	// anniversary, a clinic bombing killed a guard") waits for the main verb
	limit := 12
	for k, d := i-1, 0; d < 20; k, d = k-1, d+1 {
		if k < 0 || s.sentenceEndAt(k) || s.toks[k+1].fl&fPara != 0 {
			if d <= 1 {
				limit = 30
			}
			break
		}
		if o := s.clauseOpen(k, i); o < k {
			// "The scheme, which the council extended, runs through
			// June": the relative clause's verb is not the host's; a verb
			// in -s right after the clause is the host's, in the present
			if k+1 < i && s.presentS(k+1) {
				best, bestD = tenseFuture, d
				break
			}
			k = o
			continue
		}
		if s.planAt(k) {
			best, bestD = tenseFuture, d
			break
		}
		if t := s.tenseOf(k); t != tenseNone {
			best, bestD = t, d
			break
		}
	}
	for k, d := j, 3; k < len(s.toks) && d < bestD && d < limit; k++ {
		t := &s.toks[k]
		if t.fl&fPara != 0 || s.sentenceEndAt(k) {
			break
		}
		if t.k == tPunct && (t.num == '"' || t.num == '”' || t.num == '\'' && s.punct(k-1, '\'')) {
			break // "...will leave at 4 a.m. Thursday,'' Castro said": the quote has its own tense
		}
		if t := s.tenseOf(k); t != tenseNone {
			return t
		}
		if t.k != tWord || t.fl&fCap == 0 {
			d++ // names are one phrase: "the National Abortion Rights Action League plans"
		}
	}
	return best
}

// clauseOpen returns the comma that opens a relative clause closed by the
// comma at k before the date at i (", which the council extended, runs
// through June"), or k when k closes none. A comma of a list ("stepped down
// as chairman, president and chief executive in March") closes no clause.
func (s *scanner) clauseOpen(k, i int) int {
	if !s.punct(k, ',') {
		return k
	}
	for n := k + 1; n < i; n++ {
		if s.word(n, wAnd) || s.word(n, wOr) {
			return k
		}
	}
	for o := k - 2; o >= 0 && o > k-16; o-- {
		if s.sentenceEndAt(o) || s.punct(o, '"') || s.punct(o, '“') || s.punct(o, '”') {
			return k
		}
		if s.punct(o, ',') {
			switch w := s.lower(o + 1); {
			case isWord(w, "which"), isWord(w, "who"), isWord(w, "whose"), isWord(w, "whom"):
				return o
			}
			return k
		}
	}
	return k
}

// tenseCost is the cost of a candidate date diff days (or months) after the
// reference: its distance, plus against when it goes against the tense, plus
// ahead when the sentence has no tense and it lies in the future (news
// reports mostly what happened).
func tenseCost(diff, tense, against, ahead int) int {
	switch {
	case diff < 0 && tense == tenseFuture:
		return -diff + against
	case diff < 0:
		return -diff
	case diff > 0 && tense == tensePast:
		return diff + against
	case diff > 0 && tense == tenseNone:
		return diff + ahead
	}
	return diff
}

// dateTense is the tense of a month or a month and day at [i, j): a deadline
// word other than "until" ("effective Feb. 1", "as early as March") looks
// ahead, else the sentence's tense decides.
func (s *scanner) dateTense(i, j int) int {
	if !s.word(i-1, wUntil) && s.deadline(i) {
		return tenseFuture
	}
	return s.tense(i, j)
}

// deadline reports whether the words before token i make the date after them
// a time still to come whatever the tense: "as soon as Tuesday", "as early as
// next week", "until 9 a.m. Tuesday", "postponed until Tuesday morning".
func (s *scanner) deadline(i int) bool {
	// step back over a clock time: "until 9 a.m. EST Tuesday"
	for n := 0; n < 6 && s.ok(i-1); n++ {
		t := &s.toks[i-1]
		if t.k == tNum || s.punct(i-1, '.') || s.punct(i-1, ':') || t.cls == cZone || t.cls == cClock ||
			s.word(i-1, wAM) || s.word(i-1, wPM) || t.k == tWord && t.e-t.s == 1 {
			i--
			continue
		}
		break
	}
	if s.word(i-1, wUntil) {
		return s.toks[i-1].fl&fCap == 0 // not "Until Thursday, they had not called him a suspect"
	}
	if s.ok(i-1) && isWord(s.lower(i-1), "effective") {
		return true // "a new office of the chairman, effective Feb. 1"
	}
	if s.word(i-1, wAs) && s.word(i-3, wAs) && s.ok(i-2) {
		w := s.lower(i - 2)
		return isWord(w, "soon") || isWord(w, "early")
	}
	return false
}

// tenseOf is the tense evidence of one token.
func (s *scanner) tenseOf(k int) int {
	t := &s.toks[k]
	if t.k != tWord {
		return tenseNone
	}
	if t.tf&tfSched != 0 {
		// "the scheme runs through June", "the show lasts until May",
		// "the tournament kicks off on Saturday", "the law comes into
		// force in April": what a present tense schedules or says lasts
		// is still to come
		if s.presentUse(k) {
			return tenseFuture
		}
		if t.tf&tfPast == 0 {
			return tenseNone
		}
	}
	if t.e-t.s <= 8 && t.fl&fASCII != 0 {
		switch w := s.src[t.s:t.e]; {
		case isWord(w, "set"), isWord(w, "planned"):
			// "is set to", "set for Friday", "was planned" speak of what is
			// to come; "the record high set on Aug. 6", "when Albright set
			// aside her plans" of what was
			if s.beBefore(k) || s.word(k+1, wTo) || s.lower(k+1) == "for" {
				return tenseFuture
			}
			if s.determinerBefore(k) {
				return tenseNone // "a planned visit"
			}
			return tensePast
		case isWord(w, "is"), isWord(w, "are"):
			// "the deadline is in June", "said the vote is on Tuesday": what
			// the present of the clause, or of the report, places at a time
			// is not past
			if s.word(k+1, wIn) || s.word(k+1, wOn) || s.word(k+1, wThrough) || s.word(k+1, wUntil) {
				return tenseFuture
			}
		case isWord(w, "supposed"), isWord(w, "poised"), isWord(w, "due"), isWord(w, "likely"):
			// "talks that are supposed to conclude by May"; not "due to the
			// storm"; "had been due to expire Friday" is over
			if k > 0 && isWord(s.lower(k-1), "been") {
				return tensePast
			}
			if s.word(k+1, wTo) && s.ok(k+2) && s.toks[k+2].k == tWord && s.toks[k+2].cls != cFunc && s.toks[k+2].fl&fCap == 0 {
				return tenseFuture
			}
			return tenseNone
		}
	}
	if t.tf&(tfFuture|tfPresent) == 0 && s.determinerBefore(k) {
		return tenseNone // "a still unspecified date", "the alleged plot": adjectives
	}
	if t.tf&tfFuture != 0 {
		if s.word(k+1, wTo) && t.cls == cFunc {
			return tenseNone // "next to"
		}
		if t.cls == cNone && k > 0 && (s.lower(k-1) == "been" || s.lower(k-1) == "had") {
			return tensePast // "had been scheduled to expire"
		}
		return tenseFuture
	}
	if w := s.lower(k); t.tf&(tfPast|tfPresent) != 0 && t.e-t.s <= 4 && w != "had" && w != "been" && w != "Had" {
		// "is to be held", "were planning", "was expected to"
		if s.word(k+1, wTo) && s.ok(k+2) && s.toks[k+2].k == tWord {
			return tenseFuture
		}
		for n := k + 1; n <= k+2 && n < len(s.toks); n++ {
			if f := s.toks[n].tf; f&tfFuture != 0 && s.toks[n].cls == cNone {
				return tenseFuture
			}
		}
	}
	if k > 0 && (s.lower(k-1) == "be" || s.lower(k-1) == "being") {
		return tenseNone // "is to be held": look further
	}
	if t.tf&tfPast != 0 && t.cls == cNone && s.presentBeBefore(k) {
		return tenseNone // "when the case is heard in May" speaks of no past
	}
	if t.tf&tfPast != 0 || t.tf == 0 && t.fl&fCap == 0 && t.fl&fASCII != 0 && len(s.src[t.s:t.e]) >= 5 && s.src[t.e-2:t.e] == "ed" {
		if s.word(k+1, wTo) && s.ok(k+2) && s.toks[k+2].k == tWord && s.toks[k+2].cls == cNone && s.toks[k+2].fl&fCap == 0 && s.toks[k+2].tf&tfPast == 0 {
			return tenseNone // "agreed to sell the unit in October"
		}
	}
	if t.tf&tfPast != 0 {
		// "won't" is "won" + "'t"
		if t.e-t.s == 3 && s.joined(k) && s.apostrophe(k+1) && s.lower(k+2) == "t" {
			return tenseFuture
		}
		return tensePast
	}
	if t.tf&(tfNotPast|tfPresent) != 0 || t.fl&fASCII == 0 || t.fl&fCap != 0 {
		return tenseNone // capitalized: "Mohamed", "Ahmed" are no verbs in -ed
	}
	w := s.src[t.s:t.e]
	if n := len(w); n >= 5 && (w[n-2] == 'e' || w[n-2] == 'E') && (w[n-1] == 'd' || w[n-1] == 'D') && !s.presentBeBefore(k) {
		return tensePast
	}
	return tenseNone
}

// planAt reports whether "is" or "are" at k starts a present progressive
// that names a plan for the date after it: "the president is traveling to
// Asia on Monday". Not "is continuing to try", whose plan is the verb after.
func (s *scanner) planAt(k int) bool {
	if s.toks[k].tf&tfPresent == 0 {
		return false
	}
	switch w := s.lower(k); {
	case isWord(w, "is"), isWord(w, "are"):
		return s.progressive(k+1) && !(s.word(k+2, wTo) && s.ok(k+3) && s.toks[k+3].k == tWord && s.toks[k+3].fl&fCap == 0 && s.toks[k+3].cls == cNone)
	}
	return false
}

// progressive reports whether token k is a verb in -ing. "being" and
// "going" have rules of their own.
func (s *scanner) progressive(k int) bool {
	if !s.ok(k) || s.toks[k].k != tWord || s.toks[k].fl&fCap != 0 || s.toks[k].fl&fASCII == 0 || s.toks[k].e-s.toks[k].s < 5 {
		return false
	}
	w := s.src[s.toks[k].s:s.toks[k].e]
	return w[len(w)-3:] == "ing" && !isWord(w, "being") && !isWord(w, "going") && !isWord(w, "something") && !isWord(w, "nothing")
}

// presentUse reports whether the verb at k ("runs", "run", "last") is a
// present tense that a preposition of time follows: "runs through June",
// "will run until May"; not "the last time", "a run on the bank".
func (s *scanner) presentUse(k int) bool {
	if s.determinerBefore(k) || s.toks[k].fl&fCap != 0 {
		return false
	}
	n := k + 1
	switch w := s.lower(n); {
	case isWord(w, "off"), isWord(w, "up"), isWord(w, "place"), isWord(w, "effect"), isWord(w, "back"):
		n++ // "kicks off on", "takes place in", "wraps up on"
	case isWord(w, "into") && isWord(s.lower(n+1), "force"):
		n += 2 // "comes into force in April"
	}
	switch {
	case s.word(n, wThrough), s.word(n, wUntil), s.word(n, wIn), s.word(n, wOn),
		s.word(n, wFrom), s.word(n, wTo), s.word(n, wBy), s.word(n, wAt):
	default:
		return false
	}
	// the bare forms count only after a modal: "they will go to the polls
	// on Sunday" is a plan, "families go to the coast in October" may be a
	// habit
	switch w := s.lower(k); {
	case isWord(w, "run"), isWord(w, "last"), isWord(w, "continue"), isWord(w, "go"), isWord(w, "take"), isWord(w, "come"):
		return s.modalWithin(k, 2)
	}
	return true
}

// presentS reports whether token k looks like a verb in the present's -s
// ("leaves", "plans"), as the word right after a relative clause between
// commas is: "The minister, who arrived on Monday, leaves on Friday".
func (s *scanner) presentS(k int) bool {
	t := &s.toks[k]
	if t.k != tWord || t.fl&fCap != 0 || t.fl&fASCII == 0 || t.e-t.s < 4 || t.cls != cNone || t.tf&tfPast != 0 {
		return false
	}
	w := s.src[t.s:t.e]
	return w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// presentBeBefore reports whether "is", "are" or "am" comes right before
// token k, making a participle there a present passive: "is heard", "are
// closed".
func (s *scanner) presentBeBefore(k int) bool {
	switch w := s.lower(k - 1); {
	case isWord(w, "is"), isWord(w, "are"), isWord(w, "am"):
		return true
	}
	return false
}

// isWord reports whether w is the lower-case word key in any case.
func isWord(w, key string) bool { return len(w) == len(key) && equalLower(key, w) }

// beBefore reports whether a form of "be" comes right before token k
// (possibly with "not" or an adverb between): "is set", "was planned".
func (s *scanner) beBefore(k int) bool {
	for n := k - 1; n >= k-2 && n >= 0; n-- {
		t := &s.toks[n]
		if t.k != tWord || t.e-t.s > 5 {
			return false
		}
		switch w := s.src[t.s:t.e]; {
		case isWord(w, "is"), isWord(w, "are"), isWord(w, "was"), isWord(w, "were"),
			isWord(w, "be"), isWord(w, "been"):
			return true
		case isWord(w, "not"), isWord(w, "now"), isWord(w, "also"), isWord(w, "still"):
		default:
			return false
		}
	}
	return false
}

// determinerBefore reports whether token k follows a determiner, maybe with
// an adverb between ("a still unspecified date", "the alleged plot"): a word
// in -ed there is an adjective, no tense.
func (s *scanner) determinerBefore(k int) bool {
	n := k - 1
	if s.ok(n) && s.toks[n].k == tWord && s.toks[n].fl&fASCII != 0 {
		w := s.src[s.toks[n].s:s.toks[n].e]
		if len(w) > 3 && (w[len(w)-2:] == "ly" || isWord(w, "still")) {
			n--
		}
	}
	if !s.ok(n) || s.toks[n].k != tWord {
		return false
	}
	if s.word(n, wThe) || s.word(n, wA) || s.word(n, wThis) || s.word(n, wThese) {
		return true
	}
	t := &s.toks[n]
	if t.fl&fASCII == 0 || t.e-t.s > 5 {
		return false
	}
	switch w := s.src[t.s:t.e]; {
	case isWord(w, "its"), isWord(w, "his"), isWord(w, "her"), isWord(w, "their"),
		isWord(w, "our"), isWord(w, "those"):
		return true
	}
	return false
}

// sentenceEndAt reports whether token k ends a sentence: ".", "!", "?" or ";"
// that is not part of an abbreviation such as "Jan." or "a.m.".
func (s *scanner) sentenceEndAt(k int) bool {
	t := &s.toks[k]
	if t.k != tPunct {
		return false
	}
	switch t.num {
	case '!', '?', ';':
		return true
	case '.':
		if k > 0 {
			p := &s.toks[k-1]
			if p.e == t.s && p.k == tWord && (p.e-p.s <= 2 || p.cls == cMonthAbbr || p.cls == cWeekdayAbbr) {
				return false
			}
		}
		// an abbreviation's period: "Birmingham, Ala., killed", "Corp. said"
		if n := k + 1; n < len(s.toks) && (s.punct(n, ',') || s.toks[n].k == tWord && s.toks[n].fl&fCap == 0 && s.toks[n].fl&fASCII != 0) {
			return false
		}
		return true
	}
	return false
}

// Anchor -------------------------------------------------------------------

// anchor is the last date the story itself mentioned (not the reference date):
// "the following year" and "that day" count from it.
type anchor struct {
	y, m, d int // 0 = unknown part
	tok     int // token index where it was mentioned
}

func (s *scanner) setAnchor(y, m, d int) {
	if y <= 0 {
		return
	}
	s.anc = anchor{y: y, m: m, d: d, tok: s.pos}
	if m > 0 && d > 0 {
		s.day = s.anc
	}
}

// anchorNear returns the story's last date when it was mentioned in the last
// near tokens.
func (s *scanner) anchorNear(near int) (y, m, d int, ok bool) {
	if s.anc.y > 0 && s.pos-s.anc.tok <= near {
		return s.anc.y, s.anc.m, s.anc.d, true
	}
	return 0, 0, 0, false
}

// anchorOrRef returns the anchor when the story has one, else the reference.
// near limits the anchor to one mentioned in the last few sentences; 0 means
// any distance.
func (s *scanner) anchorOrRef(near int) (y, m, d int, ok bool) {
	if s.anc.y > 0 && (near == 0 || s.pos-s.anc.tok <= near) {
		return s.anc.y, s.anc.m, s.anc.d, true
	}
	if s.ref.Known() {
		return s.ref.Year, s.ref.Month, s.ref.Day, true
	}
	return 0, 0, 0, false
}
