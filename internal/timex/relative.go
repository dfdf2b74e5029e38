package timex

// Relative dates: "Friday", "last week", "yesterday", "earlier this month",
// "next year", "the following year", "that day", "year-end", "the
// year-earlier quarter", and the reference words "now", "recently", "the
// future". The rules that start at a function word ("the", "last", "that",
// "early", "earlier", "fiscal"...) or at a bare unit word ("year 2000",
// "Election Day") live here too and hand over to the other families.

// weekday handles a day name at i: "Friday", "Friday night", "Tuesday,
// January 28, 2014", "Mondays".
func (s *scanner) weekday(i int) int {
	if !s.ok(i) {
		return i
	}
	t := &s.toks[i]
	if t.fl&fCap == 0 {
		return i
	}
	j := i + 1
	if t.cls == cWeekdayAbbr {
		if !(s.punct(j, '.') && s.joined(i)) {
			return i
		}
		j++
	}
	wd := int(t.v)
	if t.lf&lfPlural != 0 {
		return s.emit(i, j, Set, valWeekday(wd))
	}
	if s.dayNameIsName(i, j) {
		return i
	}
	// "Tuesday, January 28, 2014", "Monday, Oct. 26"
	k := j
	if s.punct(k, ',') {
		k++
	}
	if s.monthAt(k) {
		n := len(s.out)
		if e := s.month(k); e > k && len(s.out) > n {
			s.out[n].Start = int(t.s)
			return e
		}
	}
	if d := s.dayNumber(k); d > 0 && (s.monthAt(k+1) || s.word(k+1, wOf)) {
		n := len(s.out)
		if e := s.dayFirst(k, k, d); e > k && len(s.out) > n {
			s.out[n].Start = int(t.s)
			return e
		}
	}
	return s.weekdayRel(i, i, j, wd, 0)
}

// weekdayFrom handles "the previous Friday", "the following Monday": the day
// before or after the story's last day, else the reference.
func (s *scanner) weekdayFrom(i, j, wd, dir int) int {
	base := 0
	switch {
	case s.anc.d > 0:
		base = dayNum(s.anc.y, s.anc.m, s.anc.d)
	case s.ref.full():
		base = s.ref.day()
	default:
		return s.emit(i, j, Date, valWeekday(wd))
	}
	n := weekdayAfter(base, wd)
	if dir < 0 {
		n = weekdayBefore(base, wd)
	}
	y, m, d := civil(n)
	s.setAnchor(y, m, d)
	return s.emit(i, j, Date, valDay(y, m, d))
}

// dayNameIsName reports whether the day name at i is part of a name: "Super
// Tuesday", "Black Friday", "the Sunday Times", "Monday Night Football".
func (s *scanner) dayNameIsName(i, j int) bool {
	if p := i - 1; s.ok(p) && s.toks[i].fl&fNL == 0 && s.toks[p].k == tWord && s.toks[p].fl&fCap != 0 {
		switch s.src[s.toks[p].s:s.toks[p].e] {
		case "Super", "Black", "Good", "Bloody", "Cyber", "Ash", "Palm", "Holy", "Easter", "Shrove", "Fat",
			"Maundy", "Giving", "Blue", "Sunday", "Whit", "Low", "Mad", "Manic":
			return true
		}
	}
	if s.ok(j) && s.toks[j].fl&fNL == 0 {
		nt := &s.toks[j]
		if nt.k == tWord && nt.fl&fCap != 0 && (nt.cls == cNone || nt.cls == cPartDay && s.lowerWordAt(i-1)) &&
			s.ok(j+1) && s.toks[j+1].k == tWord && s.toks[j+1].fl&fCap != 0 && s.toks[j+1].cls != cFunc {
			return true // "Monday Night Football", "Sunday Times Magazine"
		}
		// "the Sunday Times", "a Saturday Night Live sketch"; not "the
		// Monday before"
		if nt.k == tWord && nt.fl&fCap != 0 && (nt.cls == cNone || nt.cls == cPartDay || nt.cls == cUnitNoun) && (s.word(i-1, wThe) || s.word(i-1, wA)) {
			return true
		}
		if s.titleNoun(j) && !s.opensSentence(i, fNL) {
			return true // "his Sunday show"
		}
	}
	return false
}

// lowerWordAt reports whether token k is a word in lower case: a day and
// part of day in capitals after it ("appeared on Saturday Night Live") are a
// title, where a headline would capitalize every word.
func (s *scanner) lowerWordAt(k int) bool {
	return s.ok(k) && s.toks[k].k == tWord && s.toks[k].fl&fCap == 0
}

// eventNoun reports whether token k names a scheduled event: after a day's
// "'s" ("Sunday's election will decide") it may still be to come, where
// "Wednesday's ruling" has been.
func (s *scanner) eventNoun(k int) bool {
	switch w := s.lower(k); {
	case isWord(w, "election"), isWord(w, "elections"), isWord(w, "vote"), isWord(w, "referendum"),
		isWord(w, "game"), isWord(w, "match"), isWord(w, "race"), isWord(w, "final"), isWord(w, "meeting"),
		isWord(w, "summit"), isWord(w, "hearing"), isWord(w, "deadline"), isWord(w, "rally"), isWord(w, "ceremony"),
		isWord(w, "launch"), isWord(w, "debate"), isWord(w, "talks"), isWord(w, "runoff"):
		return true
	}
	return false
}

// weekdayRel resolves the day name wd at token k (match from start to j).
// dir: -1 "last", +1 "next" or "coming", 0 ("this" or none) by tense.
func (s *scanner) weekdayRel(start, k, j, wd, dir int) int {
	// "Friday night", "Wednesday morning"
	part := int16(0)
	if s.class(j, cPartDay) {
		part = s.toks[j].v
		j++
	}
	kind := partKind(part)
	if !s.ref.full() {
		return s.emit(start, j, kind, valWeekday(wd))
	}
	rd := s.ref.day()
	var n int
	switch dir {
	case -1:
		n = weekdayBefore(rd, wd)
	case 1:
		n = weekdayAfter(rd, wd)
	default:
		// the latest such day, today included, unless the sentence looks
		// ahead; "Wednesday's ruling" names a day that has been
		if (!s.possessive(j-1) || s.eventNoun(j+2)) && weekday(rd) != wd && (s.deadline(start) || s.tense(start, j) == tenseFuture) {
			n = weekdayAfter(rd, wd)
		} else {
			n = weekdayBefore(rd+1, wd)
		}
	}
	y, m, d := civil(n)
	s.setAnchor(y, m, d)
	return s.emit(start, j, kind, withPart(valDay(y, m, d), part))
}

// relDay handles "today", "yesterday", "tomorrow", "tonight" and "yesterday
// morning".
func (s *scanner) relDay(i int) int {
	if !s.ok(i) {
		return i
	}
	t := &s.toks[i]
	// "USA Today", "Today Show"
	if t.fl&fCap != 0 && s.ok(i-1) && s.toks[i-1].k == tWord && s.toks[i-1].fl&fCap != 0 && s.toks[i-1].cls == cNone && !s.opensSentence(i, fNL) {
		return i
	}
	if s.relDayIsName(i) {
		return i
	}
	if s.genericDay(i) {
		return i
	}
	j := i + 1
	off := int(t.v)
	part := int16(0)
	if off == 2 {
		off, part = 0, pNight
	} else if s.class(j, cPartDay) {
		part = s.toks[j].v
		j++
	}
	return s.dayOffset(i, j, off, part)
}

// discourseAfter reports whether the words at k, after a sentence-opening
// "Now,", turn the talk (a condition, a question, a request) rather than
// say what holds at present: "Now, if...", "Now, imagine...", "Now, why...".
func (s *scanner) discourseAfter(k int) bool {
	switch w := s.lower(k); {
	case isWord(w, "if"), isWord(w, "imagine"), isWord(w, "suppose"), isWord(w, "let"), isWord(w, "lets"),
		isWord(w, "why"), isWord(w, "how"), isWord(w, "what"), isWord(w, "when"), isWord(w, "whether"),
		isWord(w, "consider"), isWord(w, "remember"), isWord(w, "look"), isWord(w, "listen"), isWord(w, "as"),
		isWord(w, "of"), isWord(w, "obviously"), isWord(w, "granted"):
		return true
	}
	return false
}

// relDayIsName reports whether the "today" or "tonight" at i names a show or
// a paper: "the Today show", "The Tonight Show", "the station's Tonight Show
// clip". No day is ever "the today", and a capitalized one inside a sentence
// that a title word or another capitalized word follows is a name.
func (s *scanner) relDayIsName(i int) bool {
	if s.word(i-1, wThe) {
		return true
	}
	if s.toks[i].fl&fCap == 0 || !s.ok(i+1) || s.toks[i+1].k != tWord {
		return false
	}
	n := &s.toks[i+1]
	return s.titleNoun(i+1) || n.fl&fCap != 0 && n.cls == cNone && n.e-n.s > 1 && n.tf == 0 && !s.pronoun(i+1) && !s.opensSentence(i, fNL)
}

// pronoun reports whether token k is a personal pronoun: "So ^ Today I sent
// a box" starts a clause, no title.
func (s *scanner) pronoun(k int) bool {
	switch w := s.lower(k); {
	case isWord(w, "i"), isWord(w, "we"), isWord(w, "he"), isWord(w, "she"), isWord(w, "they"),
		isWord(w, "it"), isWord(w, "you"), isWord(w, "there"):
		return true
	}
	return false
}

// titleNoun reports whether token k is a word that makes the capitalized
// words before it the title of a show or a publication: "the Today show".
func (s *scanner) titleNoun(k int) bool {
	switch w := s.lower(k); {
	case isWord(w, "show"), isWord(w, "programme"), isWord(w, "program"), isWord(w, "magazine"),
		isWord(w, "newspaper"), isWord(w, "edition"):
		return true
	}
	return false
}

// storyPart emits a part of the day that names no day ("in the morning",
// "by mid afternoon") as that part of the story's day: the day mentioned in
// the last sentences, else the reference.
func (s *scanner) storyPart(i, j int, part int16) int {
	y, m, d, ok := s.anchorOrRef(60)
	if !ok || d == 0 {
		return i
	}
	return s.emit(i, j, Time, withPart(valDay(y, m, d), part))
}

// genericDay reports whether the relative day at i means an age, not a day:
// "today's youth", "today's world", "the people of tomorrow".
func (s *scanner) genericDay(i int) bool {
	if s.possessive(i) && s.ok(i+3) {
		switch s.lower(i + 3) {
		case "world", "youth", "society", "generation", "generations", "children", "kids", "young",
			"teenagers", "standards", "culture", "families", "politics", "economy", "technology":
			return true
		}
	}
	return s.toks[i].v == 1 && s.word(i-1, wOf) && s.ok(i-2) && s.toks[i-2].k == tWord && (s.toks[i-2].cls == cNone || s.toks[i-2].cls == cUnitNoun)
}

// dayOffset emits the day off days from the reference.
func (s *scanner) dayOffset(i, j, off int, part int16) int {
	kind := partKind(part)
	if !s.ref.full() {
		if off == 0 {
			return s.emit(i, j, kind, "PRESENT_REF")
		}
		return s.emit(i, j, kind, "XXXX-XX-XX")
	}
	y, m, d := civil(s.ref.day() + off)
	if !s.inQuote(i) {
		// a speaker's "today" is the day of speaking, which need not be
		// the day the story tells of
		s.setAnchor(y, m, d)
	}
	return s.emit(i, j, kind, withPart(valDay(y, m, d), part))
}

// inQuote reports whether token i stands inside a quotation that opened in
// its paragraph: the nearest quotation mark before it opens one (a curly
// opening mark, two backquotes, or an odd straight one).
func (s *scanner) inQuote(i int) bool {
	straight := 0
	for k := i - 1; k >= 0 && k > i-200; k-- {
		t := &s.toks[k]
		if t.k == tPunct {
			switch t.num {
			case '“':
				return true
			case '”':
				return false
			case '`':
				return s.punct(k-1, '`')
			case '"':
				straight++
			}
		}
		if t.fl&fPara != 0 {
			break
		}
	}
	return straight%2 == 1
}

// function dispatches on a function word that can start a temporal
// expression. "at the moment" and "at present" are PRESENT_REF but often
// left unmarked by annotators, so "at" starts nothing.
func (s *scanner) function(i int) int {
	switch s.toks[i].v {
	case wThe:
		return s.the(i)
	case wLast, wNext, wThis, wPast, wComing, wPrevious, wUpcoming, wFollowing, wSame, wLatest, wCurrent:
		if j := s.elidedLast(i); j > i {
			return j
		}
		return s.modified(i, i)
	case wEarly, wLate, wMid:
		return s.edge(i)
	case wEarlier, wLater:
		return s.earlierLater(i)
	case wThat:
		return s.that(i, i)
	case wEvery, wEach, wPer:
		return s.set(i)
	case wFiscal:
		k := i + 1
		if s.class(k, cUnit) && s.toks[k].v == uYear {
			k++
		}
		if s.yearNumber(k) > 0 {
			return s.extend(i, k, s.year(k, k))
		}
		if j, ok := s.quarterFrom(i, k); ok {
			return j // "fiscal second-quarter"
		}
		return i
	case wA, wAbout, wAlmost, wJust, wOver, wMore, wLess:
		return s.quantity(i)
	case wUntil, wBy:
		// "terminate on Nov. 30. Until then, the stock remains": the day
		// just named
		if isWord(s.lower(i+1), "then") && s.anc.d > 0 && i-s.anc.tok < 40 {
			return s.emit(i+1, i+2, Date, valDay(s.anc.y, s.anc.m, s.anc.d))
		}
		return i
	case wAs:
		if isWord(s.lower(i+1), "soon") && s.word(i+2, wAs) && isWord(s.lower(i+3), "possible") {
			return s.emit(i, i+4, Date, "FUTURE_REF") // "liquidate the maker as soon as possible"
		}
	case wThese:
		if s.class(i+1, cUnit) && s.toks[i+1].v == uDay && s.toks[i+1].lf&lfPlural != 0 {
			return s.emit(i, i+2, Date, "PRESENT_REF")
		}
	}
	return i
}

// elidedLast handles a "last" whose unit was said just before: "twice as high
// a dividend this year as last", "more this month than last".
func (s *scanner) elidedLast(i int) int {
	if !s.word(i, wLast) || !(s.word(i-1, wAs) || s.word(i-1, wThan)) || s.ok(i+1) && s.toks[i+1].k != tPunct {
		return i
	}
	for k := i - 2; k >= 0 && k > i-12; k-- {
		if s.sentenceEndAt(k) {
			return i
		}
		if s.word(k, wThis) && s.class(k+1, cUnit) && s.toks[k+1].lf&lfPlural == 0 {
			switch u := s.toks[k+1].v; u {
			case uYear, uMonth, uWeek:
				return s.unitRel(i, i+1, u, -1)
			}
			return i
		}
	}
	return i
}

// the handles expressions that start with "the".
func (s *scanner) the(i int) int {
	k := i + 1
	if !s.ok(k) {
		return i
	}
	if j := s.comparablePeriod(i); j > i {
		return j
	}
	if isWord(s.lower(k), "very") && s.class(k+1, cFunc) {
		k++ // "the very next year", "the very same day"
	}
	t := &s.toks[k]
	switch t.cls {
	case cFunc:
		switch t.v {
		case wPast:
			if s.class(k+1, cUnit) || s.class(k+1, cNum) || s.class(k+1, cFuzzy) || s.plainNum(k+1) > 0 {
				return s.modified(i, k)
			}
			if s.pastNoun(k + 1) {
				return i
			}
			return s.emit(i, k+1, Date, "PAST_REF")
		case wNear:
			if s.class(k+1, cRef) && s.toks[k+1].v == rFuture {
				if isWord(s.lower(k), "foreseeable") && isWord(s.lower(i-1), "for") {
					// "remain neutral for the foreseeable future" says how
					// long, not when: a duration
					return s.emit(i, k+2, Duration, "PXY")
				}
				return s.emit(i, k+2, Date, "FUTURE_REF")
			}
			if s.lower(k) == "near" && s.lower(k+1) == "term" {
				return s.emit(i, k+2, Date, "FUTURE_REF") // "the challenges of the near term"
			}
		case wLast, wNext, wPrevious, wFollowing, wComing, wSame, wLatest, wCurrent, wUpcoming:
			return s.modified(i, k)
		case wFull, wWhole, wFiscal:
			n := k + 1
			if t.v == wFull && s.word(n, wFiscal) {
				n++
			}
			if s.class(n, cUnit) && s.toks[n].v == uYear && s.toks[n].lf&lfPlural == 0 && !s.word(n+1, wOf) && s.yearNumber(n+1) == 0 {
				return s.unitRel(i, n+1, uYear, 0)
			}
		case wEnd, wBeginning, wStart, wMiddle:
			if s.word(k+1, wOf) && s.ok(k+2) {
				if s.word(k+2, wThe) && s.class(k+3, cUnit) {
					u := s.toks[k+3].v
					if u == uYear || u == uMonth || u == uWeek || u == uDay || u == uQuarter {
						return s.unitCurrent(i, k+4, u)
					}
					return i
				}
				n := len(s.out)
				j := s.at(k + 2)
				if j > k+2 && len(s.out) > n && s.out[n].Kind == Date {
					return s.extend(i, k+2, j)
				}
				s.out = s.out[:n]
			}
		}
	case cNone:
		if s.lower(k) == "short" && s.lower(k+1) == "term" && !s.dash(k+2) {
			return s.emit(i, k+2, Date, "FUTURE_REF") // "in the short term"
		}
	case cRef:
		if t.v == rFuture {
			return s.emit(i, k+1, Date, "FUTURE_REF")
		}
		if t.v == rPast && s.class(k+1, cUnit) { // "the recent quarter"
			return s.modified(i, k)
		}
		if t.v == rCurrent && s.word(k+1, wFiscal) && s.class(k+2, cUnit) { // "the current fiscal year"
			return s.modified(i, k)
		}
	case cOrd:
		return s.extend(i, k, s.ordinal(k))
	case cNum:
		if s.yearNumber(k) > 0 {
			return s.extend(i, k, s.number(k)) // "the 1988 second quarter"
		}
	case cDecadeWord:
		return s.decadeWord(i, k)
	case cSeason:
		return s.season(i, k, 0)
	case cUnit:
		// a unit word starts a quarter only as "second": "the second
		// quarter", like "the third quarter"
		if j, ok := s.quarterFrom(i, k); ok {
			return j
		}
		if u := t.v; (u == uWeek || u == uMonth || u == uYear) && t.lf&lfPlural == 0 && s.ref.Known() {
			// "the week after next", "the year before last": two units from the reference
			if s.word(k+1, wAfter) && s.word(k+2, wNext) {
				return s.offset(i, k+3, 2, u, false, 1, false)
			}
			if s.word(k+1, wBefore) && s.word(k+2, wLast) {
				return s.offset(i, k+3, 2, u, false, -1, false)
			}
		}
		return s.theUnit(i, k)
	case cHoliday:
		return s.holiday(i, k)
	case cPartDay:
		// "Dealers placed heavy buy orders in the morning": in past-tense
		// narration, that part of the story's day; not "the morning of the
		// attack", not a habit ("I run in the morning")
		if t.v != pNight && s.word(i-1, wIn) && !s.word(k+1, wOf) && !s.word(k+1, wAfter) && s.tense(i, k+1) == tensePast {
			return s.storyPart(i, k+1, t.v)
		}
	}
	return i
}

// standsAlone reports whether the phrase before token k ends there: k is
// punctuation, a function word, a verb in -ed or the end of the text.
func (s *scanner) standsAlone(k int) bool {
	if !s.ok(k) {
		return true
	}
	t := &s.toks[k]
	switch {
	case t.k == tPunct:
		return !s.apostrophe(k) // not "the year's"
	case t.cls == cFunc:
		return t.v != wBefore && t.v != wAfter && t.v != wEnd
	case t.k == tWord && t.fl&fCap == 0:
		return s.tenseOf(k) == tensePast
	}
	return false
}

// pastNoun reports whether the word at k makes "the past" an adjective: "the
// past president", "the past performance".
func (s *scanner) pastNoun(k int) bool {
	if !s.ok(k) {
		return false
	}
	t := &s.toks[k]
	if t.k != tWord {
		return false
	}
	if t.e-t.s <= 4 && t.fl&fASCII != 0 {
		switch w := s.src[t.s:t.e]; {
		case isWord(w, "it"), isWord(w, "he"), isWord(w, "she"), isWord(w, "they"), isWord(w, "we"),
			isWord(w, "i"), isWord(w, "you"), isWord(w, "there"):
			return false // "in the past it considered": a pronoun starts the clause
		}
	}
	return t.cls == cNone && t.tf == 0
}

// theUnit handles "the weekend", "the quarter", "the year before", "the
// day after", "the year-earlier quarter".
func (s *scanner) theUnit(i, k int) int {
	t := &s.toks[k]
	if t.lf&lfPlural != 0 {
		return i
	}
	switch {
	case (t.v == uDay || t.v == uWeek) && (s.word(k+1, wBefore) || s.word(k+1, wAfter) || s.word(k+1, wOf)) && !s.endOfPhrase(k+2):
		// "the day before last Tuesday's hearing", "the week of March 6"
		if t.v == uDay && s.word(k+1, wOf) {
			return i
		}
		n := len(s.out)
		j := s.at(k + 2)
		x, one := s.takeOne(n)
		if j <= k+2 || !one || x.Kind != Date || len(x.Value) != 10 || x.Value[0] == 'X' {
			return i
		}
		v := x.Value
		dn := dayNum(atoi(v[0:4]), atoi(v[5:7]), atoi(v[8:10]))
		switch {
		case t.v == uWeek:
			return s.emit(i, j, Date, valWeek(dn))
		case s.word(k+1, wBefore):
			dn--
		default:
			dn++
		}
		y, m, d := civil(dn)
		s.setAnchor(y, m, d)
		return s.emit(i, j, Date, valDay(y, m, d))
	case s.word(k+1, wBefore) || s.word(k+1, wAfter):
		if s.endOfPhrase(k + 2) {
			off := -1
			if s.word(k+1, wAfter) {
				off = 1
			}
			return s.anaphoric(i, k+2, t.v, off)
		}
		return i
	case t.v == uDay && s.storyDayPhrase(i, k):
		return s.storyDay(i, k+1)
	case t.v == uWeekend:
		return s.weekend(i, k+1, 0)
	case t.v == uQuarter && s.toks[k].fl&fCap == 0 && !s.word(k+1, wOf) && !s.hyphenAfter(k):
		if s.word(k+1, wA) && s.class(k+2, cUnit) && s.toks[k+2].v == uYear && (s.word(k+3, wAgo) || s.word(k+3, wEarlier)) {
			// "for the quarter a year ago": the same quarter, one year back
			if e, ok := s.storyQuarter(i, k+4, 1); ok {
				return e
			}
			return s.quarterRel(i, k+4, -5)
		}
		if e, ok := s.storyQuarter(i, k+1, 0); ok {
			return e // "the quarter": the one the report is about
		}
		return s.quarterRel(i, k+1, -1)
	case t.v == uYear && s.hyphenAfter(k) && (s.word(k+2, wEarlier) || s.word(k+2, wAgo)):
		return s.yearAgo(i, k)
	case t.v == uYear && s.word(k+1, wOf) && s.yearNumber(k+2) > 0:
		return s.extend(i, k+2, s.year(k+2, k+2)) // "in the year of 1925"
	case (t.v == uYear || t.v == uWeek) && s.standsAlone(k+1), t.v == uWeek && s.possessive(k):
		// "the week's most active session"
		// "for the year", "first nine months of the year", "the year ended Sept. 30"
		return s.unitRel(i, k+1, t.v, 0)
	case t.v == uYear && s.yearNumber(k+1) > 0:
		return s.extend(i, k+1, s.year(k+1, k+1))
	case t.v == uYear:
		if j := s.spelledYear(k + 1); j > k+1 {
			return s.extend(i, k+1, j)
		}
	}
	return i
}

// appositive handles a day named again after a comma that follows a date:
// "Yesterday, day five of the World Cup, Sweden won", "on Saturday night,
// the opening night, there was", "Oct. 12, the day before the plunge". The
// phrase takes the date's day; j is the comma. It returns where the scan
// goes on.
func (s *scanner) appositive(j int) int {
	last := s.out[len(s.out)-1]
	v := last.Value
	if len(v) < 10 || v[0] == 'X' || v[4] != '-' || v[7] != '-' {
		return j
	}
	k := j + 1
	e := 0
	switch {
	case s.dayUnit(k) && (s.class(k+1, cNum) || s.plainNum(k+1) > 0 && s.toks[k+1].nd <= 2):
		e = k + 2 // "day five"
	case s.word(k, wThe):
		n := k + 1
		for c := 0; c < 2 && s.ok(n) && s.toks[n].k == tWord && s.toks[n].fl&fCap == 0 &&
			(s.toks[n].cls == cOrd || s.toks[n].cls == cNone && s.toks[n].tf == 0); c++ {
			n++ // "the opening night", "the first day"
		}
		if s.dayUnit(n) || s.class(n, cPartDay) && s.toks[n].v == pNight && s.toks[n].lf&lfPlural == 0 {
			e = n + 1
		}
	}
	if e == 0 {
		return j
	}
	// "of the 2018 FIFA World Cup," belongs to it up to the next comma
	if s.word(e, wOf) {
		for n := e + 1; n < e+10 && s.ok(n); n++ {
			if s.punct(n, ',') || s.punct(n, ':') {
				e = n
				break
			}
			if s.sentenceEndAt(n) {
				break
			}
		}
	}
	s.emit(k, e, Date, v[:10])
	return e
}

// storyDayPhrase reports whether "the day" at i (its unit at k) is the day
// the story tells of: "later in the day", "the last match of the day"; not
// "the issue of the day", "at the end of the day".
func (s *scanner) storyDayPhrase(i, k int) bool {
	if !s.endOfPhrase(k+1) || s.word(k+1, wOf) || s.word(k+1, wAnd) {
		return false
	}
	if s.word(i-1, wIn) && (s.word(i-2, wLater) || s.word(i-2, wEarlier)) {
		return true
	}
	if !s.word(i-1, wOf) {
		return false
	}
	// an ordinal or superlative a word or two before: "the first game of
	// the day", "the highest price of the day"
	for p := i - 2; p >= i-4 && p >= 0; p-- {
		t := &s.toks[p]
		if t.k != tWord {
			return false
		}
		if t.cls == cOrd || s.word(p, wLast) || isWord(s.lower(p), "final") || s.isSecond(p) {
			return true
		}
		if w := s.lower(p); len(w) > 5 && w[len(w)-3:] == "est" && t.fl&fCap == 0 {
			return true
		}
	}
	return false
}

// storyDay emits the day the story tells of over [i, j): the last day it
// named, else the reference day.
func (s *scanner) storyDay(i, j int) int {
	switch {
	case s.day.d > 0:
		return s.emit(i, j, Date, valDay(s.day.y, s.day.m, s.day.d))
	case s.ref.full():
		return s.emit(i, j, Date, valDay(s.ref.Year, s.ref.Month, s.ref.Day))
	}
	return i
}

// endOfPhrase reports whether token k ends a phrase (punctuation, a
// conjunction or a verb), so that "the year before" stands alone and is not
// "the year before the war".
func (s *scanner) endOfPhrase(k int) bool {
	if !s.ok(k) {
		return true
	}
	t := &s.toks[k]
	if t.k == tPunct {
		return true
	}
	if t.cls == cFunc {
		switch t.v {
		case wAnd, wOr, wIn, wAt, wOn, wBy, wTo, wFrom, wAs:
			return true
		}
	}
	return t.cls == cNone && t.tf != 0
}

// yearAgo handles "year-earlier" and "year-ago", with "quarter" or "period"
// after them: the year (or quarter) one year before the reference.
func (s *scanner) yearAgo(i, k int) int {
	j := k + 3
	if s.isPeriod(j) {
		if e, ok := s.storyQuarter(i, j+1, 1); ok {
			return e // "the year-ago period" of an earnings report
		}
	}
	if s.class(j, cUnit) && s.toks[j].v == uQuarter {
		return s.quarterRel(i, j+1, -5)
	}
	if s.quarterAt(j) && s.ref.Known() {
		// "the year-earlier third quarter"
		n := len(s.out)
		e := s.ordinal(j)
		if e > j && len(s.out) == n+1 {
			v := s.out[n].Value
			s.out[n].Value = valYear(s.ref.Year-1) + v[4:]
			return s.extend(i, j, e)
		}
	}
	if s.lower(j) == "period" {
		j++
	}
	if v, ok := s.yearAgoQuarter(i); ok && !s.class(j, cUnit) && !s.class(j, cNum) && !s.class(j, cFuzzy) {
		return s.emit(i, j, Date, v) // "compared with year-earlier profit of $3.8 million"
	}
	if !s.ref.Known() {
		return s.emit(i, j, Date, "XXXX")
	}
	return s.emit(i, j, Date, valYear(s.ref.Year-1))
}

// bareUnit handles a unit word that no number or modifier claimed: "year
// 2000", "year-end", "year-earlier".
func (s *scanner) bareUnit(i int) int {
	t := &s.toks[i]
	if t.v == uDay && t.fl&fCap != 0 && t.lf&lfPlural == 0 {
		return s.namedDay(i)
	}
	if t.v != uYear || t.lf&lfPlural != 0 {
		return i
	}
	switch {
	case s.hyphenAfter(i) && (s.word(i+2, wEarlier) || s.word(i+2, wAgo)):
		return s.yearAgo(i, i)
	case s.hyphenAfter(i) && s.word(i+2, wEnd) || s.word(i+1, wEnd) && !s.word(i+2, wOf):
		j := i + 2
		if s.hyphenAfter(i) {
			j = i + 3
		}
		if !s.ref.Known() {
			return s.emit(i, j, Date, "XXXX-12-31")
		}
		y := s.ref.Year
		if s.word(i-1, wSince) {
			y-- // "since year-end": the last one
		}
		return s.emit(i, j, Date, valDay(y, 12, 31))
	case s.yearNumber(i+1) > 0:
		return s.extend(i, i+1, s.year(i+1, i+1))
	}
	if j := s.spelledYear(i + 1); j > i+1 {
		return s.extend(i, i+1, j)
	}
	return i
}

// modified handles last/next/this/past/coming/previous/following/same/latest +
// a unit, day name, month, season or part of day, starting at i with the
// modifier at k.
func (s *scanner) modified(i, k int) int {
	n := k + 1
	if !s.ok(n) {
		return i
	}
	mod := s.toks[k].v
	if mod == wThis && s.toks[k].cls == cFunc && (isWord(s.lower(n), "moment") || s.toks[n].cls == cNone && s.toks[n].fl&fCap == 0 && isWord(s.lower(n+1), "moment")) {
		e := n + 1
		if !isWord(s.lower(n), "moment") {
			e++
		}
		return s.emit(i, e, Date, "PRESENT_REF") // "traveling at this crucial moment"
	}
	if s.toks[k].cls == cRef { // "the recent quarter", "the current year"
		mod = wLatest
		if s.toks[k].v == rCurrent {
			mod = wCurrent
		}
	}
	if (mod == wCurrent || mod == wLatest || mod == wLast || mod == wThis || mod == wNext || mod == wPast || mod == wPrevious) && s.word(n, wFiscal) {
		n++ // "the current fiscal year"
	}
	if !s.ok(n) {
		return i
	}
	if mod == wLatest && i < k && s.word(n-1, wFiscal) && s.class(n, cUnit) && s.toks[n].v == uYear && s.toks[n].lf&lfPlural == 0 {
		return s.unitRel(i, n+1, uYear, -1) // "the latest fiscal year": the last one closed
	}
	if mod == wLatest && i < k && isWord(s.lower(n), "period") {
		// "the latest period" of an earnings report: the quarter it
		// reports on, else the latest quarter
		if e, ok := s.storyQuarter(i, n+1, 0); ok {
			return e
		}
		return s.quarterRel(i, n+1, -1)
	}
	t := &s.toks[n]
	dir := 0
	switch mod {
	case wLast, wPast, wPrevious:
		dir = -1
	case wNext, wComing, wFollowing, wUpcoming:
		dir = 1
	}
	anaphoric := mod == wFollowing || mod == wPrevious || mod == wSame || (mod == wNext && i < k)
	switch t.cls {
	case cWeekday:
		if t.fl&fCap == 0 || t.lf&lfPlural != 0 {
			return i
		}
		if anaphoric {
			return s.weekdayFrom(i, n+1, int(t.v), dir)
		}
		return s.weekdayRel(i, n, n+1, int(t.v), dir)
	case cMonth, cMonthAbbr:
		if t.fl&fCap == 0 || anaphoric {
			return i
		}
		return s.modifiedMonth(i, n, dir)
	case cSeason:
		if anaphoric {
			return i
		}
		return s.season(i, n, dir)
	case cHoliday:
		if anaphoric {
			return i
		}
		return s.holiday(i, n)
	case cPartDay:
		if anaphoric && dir != 0 && s.anc.d > 0 {
			// "the next morning"
			y, m, d := civil(dayNum(s.anc.y, s.anc.m, s.anc.d) + dir)
			return s.emit(i, n+1, Time, withPart(valDay(y, m, d), t.v))
		}
		if mod == wThis {
			return s.dayOffset(i, n+1, 0, t.v)
		}
		if mod == wLast && t.v == pNight {
			return s.dayOffset(i, n+1, -1, pNight)
		}
		return i
	case cNum, cFuzzy:
		if t.cls == cFuzzy && dir < 0 && !isWord(s.lower(i-1), "for") {
			// "have fallen in the last few months": a vague stretch up to
			// now, which TimeML marks as a date in the past; "for the past
			// few weeks" says how long, a duration
			n0 := len(s.out)
			if j := s.spanDuration(i, n); j > i && len(s.out) == n0+1 {
				s.out[n0].Kind, s.out[n0].Value = Date, "PAST_REF"
				return j
			}
			s.out = s.out[:n0]
			return i
		}
		return s.spanDuration(i, n)
	case cUnit:
		return s.modifiedUnit(i, k, n, mod, dir, anaphoric)
	}
	if t.k == tNum && s.plainNum(n) > 0 {
		return s.spanDuration(i, n)
	}
	return i
}

// modifiedMonth handles "last April", "next March", "last Oct. 23" with the
// month name at n; dir is -1 for "last", +1 for "next", 0 for "this".
func (s *scanner) modifiedMonth(i, n, dir int) int {
	t := &s.toks[n]
	j := n + 1
	if t.cls == cMonthAbbr {
		if !s.punct(j, '.') {
			return i
		}
		j++
	}
	if d := s.dayNumber(j); d > 0 && s.ref.full() && dir != 0 {
		// "last Oct. 23": the latest such day before the reference; "next
		// Oct. 23" the first one after it
		m := int(t.v)
		y := s.ref.Year
		if dir < 0 && dayNum(y, m, d) >= s.ref.day() {
			y--
		} else if dir > 0 && dayNum(y, m, d) <= s.ref.day() {
			y++
		}
		s.setAnchor(y, m, d)
		return s.emit(i, j+1, Date, valDay(y, m, d))
	}
	return s.monthRel(i, j, int(t.v), dir)
}

// modifiedUnit handles a unit after the modifier mod at k: "last week", "the
// following year", "the latest quarter", "in coming months", with the unit at
// n; dir and anaphoric are as modified works them out.
func (s *scanner) modifiedUnit(i, k, n int, mod int16, dir int, anaphoric bool) int {
	t := &s.toks[n]
	if t.lf&lfPlural != 0 && t.v >= uDay {
		switch mod {
		case wComing, wUpcoming, wNext:
			return s.emit(i, n+1, Date, "FUTURE_REF") // "in coming months"
		case wPast, wLast, wPrevious:
			return s.emit(i, n+1, Date, "PAST_REF") // "in past years"
		}
	}
	if mod == wThis && t.v == uYear && t.lf&lfPlural != 0 && t.fl&fCap == 0 && s.ok(n+1) && s.toks[n+1].k == tWord && s.toks[n+1].fl&fCap == 0 && s.toks[n+1].cls == cNone {
		return s.unitRel(i, n+1, uYear, 0) // "this years lantern festival": "this year's" without its apostrophe
	}
	if t.lf&lfPlural != 0 || t.fl&fCap != 0 && s.src[t.s+1] >= 'a' && s.quoteBefore(k) {
		return i // "This Week" is a programme
	}
	if anaphoric {
		off := dir
		if mod == wSame {
			off = 0
		}
		return s.anaphoric(i, n+1, t.v, off)
	}
	if mod == wLatest || mod == wCurrent {
		if t.v == uQuarter {
			if mod == wCurrent {
				return s.quarterRel(i, n+1, 0)
			}
			if e, ok := s.storyQuarter(i, n+1, 0); ok {
				return e // "the latest quarter": the one the report is about
			}
			return s.quarterRel(i, n+1, -1)
		}
		if mod == wCurrent && (t.v == uYear || t.v == uMonth || t.v == uWeek) {
			return s.unitRel(i, n+1, t.v, 0)
		}
		return i
	}
	if mod == wLast && (t.v == uHalf || t.v == uQuarter) && s.word(n+1, wOf) {
		if t.v == uHalf {
			return s.periodOfYear(i, n+1, 2, 2) // "the last half of 1989"
		}
		return s.periodOfYear(i, n+1, 4, 4)
	}
	if t.v == uDay {
		return i
	}
	if t.v == uYear && s.possessive(n) {
		if j, ok := s.quarterFrom(i, n+3); ok {
			return j
		}
	}
	if t.v == uYear && mod == wLast && s.possessive(n) && s.isPeriod(n+3) {
		if e, ok := s.storyQuarter(i, n+4, 1); ok {
			return e // "last year's quarter": the story's quarter, a year back
		}
	}
	if t.v == uCentury && mod == wPast && s.ref.Known() {
		// "the past century" is the last hundred years, most of which
		// lie in the century of fifty years ago; "last century" is the
		// one before the reference's
		return s.emit(i, n+1, Date, valCentury((s.ref.Year-51)/100))
	}
	if t.v == uWeek && i < k && (mod == wPast || mod == wLast) && s.ref.full() {
		// "for the last week", "in the past week" are the last seven days,
		// most of which lie in the week of three days ago (as with the
		// past century); "last week" alone is the week before
		return s.emit(i, n+1, Date, valWeek(s.ref.day()-3))
	}
	if t.v == uQuarter && mod == wThis && t.lf&lfPlural == 0 && s.tense(i, n+1) != tenseFuture {
		// "This quarter's loss includes charges" in a third-quarter report
		// is that quarter; "expects to break even this quarter" is the
		// calendar's
		if e, ok := s.storyQuarter(i, n+1, 0); ok {
			return e
		}
	}
	if t.v == uDecade && mod == wLast && s.ref.Known() {
		// "in the last decade" is the decade before the reference's, as
		// "last century" is; "the past decade" is ten years, a duration
		return s.emit(i, n+1, Date, valYear(s.ref.Year - 10)[:3])
	}
	return s.unitRel(i, n+1, t.v, dir)
}

// unitRel emits the week, month, year, quarter, weekend, decade or century
// off units from the reference's ("last week", "next year").
func (s *scanner) unitRel(i, j int, u int16, off int) int {
	if !s.ref.Known() {
		switch u {
		case uYear:
			return s.emit(i, j, Date, "XXXX")
		case uMonth:
			return s.emit(i, j, Date, "XXXX-XX")
		case uWeek:
			return s.emit(i, j, Date, "XXXX-WXX")
		}
		return i
	}
	ry, rm := s.ref.Year, s.ref.Month
	switch u {
	case uYear:
		return s.emit(i, j, Date, valYear(ry+off))
	case uMonth:
		if rm == 0 {
			return s.emit(i, j, Date, "XXXX-XX")
		}
		y, m := normYM(ry, rm+off)
		return s.emit(i, j, Date, valMonth(y, m))
	case uWeek, uFortnight:
		if !s.ref.full() {
			return i
		}
		return s.emit(i, j, Date, valWeek(s.ref.day()+7*off))
	case uWeekend:
		return s.weekend(i, j, off)
	case uQuarter:
		return s.quarterRel(i, j, off)
	case uDecade:
		if off == 0 {
			return s.emit(i, j, Date, valYear(ry)[:3])
		}
		return s.emit(i, j, Duration, "P1DE")
	case uCentury:
		c := (ry-1)/100 + off // 2009 is in the 21st century, written "20"
		if c < 0 {
			return i
		}
		return s.emit(i, j, Date, valCentury(c))
	case uHalf:
		if rm == 0 {
			return i
		}
		y, m := normYM(ry, rm+6*off)
		return s.emit(i, j, Date, valHalf(y, (m-1)/6+1))
	}
	return i
}

// unitCurrent emits the reference's year, month, week or day: "the end of the
// year".
func (s *scanner) unitCurrent(i, j int, u int16) int {
	if u == uDay {
		return s.dayOffset(i, j, 0, 0)
	}
	return s.unitRel(i, j, u, 0)
}

// weekend emits the weekend off weekends from the reference's: with off 0
// "this weekend" is the coming one in a future-tense sentence and else the
// last one.
func (s *scanner) weekend(i, j, off int) int {
	if !s.ref.full() {
		return s.emit(i, j, Date, "XXXX-WXX-WE")
	}
	rd := s.ref.day()
	wd := weekday(rd)
	// Saturday on or before the reference (a Sunday belongs to the weekend begun the day before)
	sat := weekdayBefore(rd+1, 6)
	if off == 0 {
		if s.tense(i, j) == tenseFuture && wd != 0 && wd != 6 {
			sat += 7
		}
	} else if off > 0 {
		sat += 7 * off // on a weekend "next weekend" is the one after
	} else {
		if wd == 6 || wd == 0 {
			sat -= 7
		}
		sat += 7 * (off + 1)
	}
	return s.emit(i, j, Date, valWeek(sat)+"-WE")
}

// monthRel handles "last April", "next March", "this September".
func (s *scanner) monthRel(i, j, m, dir int) int {
	if !s.ref.Known() || s.ref.Month == 0 {
		return s.emit(i, j, Date, valMonth(0, m))
	}
	y := s.ref.Year
	switch dir {
	case -1:
		// "last February" said in March is the February of the year before:
		// the month just gone would be "last month"; in January "last
		// December" is the previous year's already
		if m >= s.ref.Month-1 {
			y--
		}
	case 1:
		if m <= s.ref.Month {
			y++
		}
	}
	s.setAnchor(y, m, 0)
	return s.emit(i, j, Date, valMonth(y, m))
}

// anaphoric handles "the following year", "the next day", "the day before",
// "that same day": counted from the story's last date. Without one the day
// is an event's the text does not date, and it stays unknown: the
// publication date is no event.
func (s *scanner) anaphoric(i, j int, u int16, off int) int {
	y, m, d, ok := s.anchorNear(1 << 30)
	if !ok {
		switch u {
		case uDay:
			return s.emit(i, j, Date, "XXXX-XX-XX")
		case uYear:
			return s.emit(i, j, Date, "XXXX")
		case uMonth:
			return s.emit(i, j, Date, "XXXX-XX")
		}
		return i
	}
	switch u {
	case uDay:
		if m == 0 {
			return s.emit(i, j, Date, valYear(y)+"-XX-XX")
		}
		if d == 0 {
			return s.emit(i, j, Date, valMonth(y, m)+"-XX")
		}
		yy, mm, dd := civil(dayNum(y, m, d) + off)
		s.setAnchor(yy, mm, dd)
		return s.emit(i, j, Date, valDay(yy, mm, dd))
	case uWeek:
		if d == 0 {
			return i
		}
		return s.emit(i, j, Date, valWeek(dayNum(y, m, d)+7*off))
	case uMonth:
		if m == 0 {
			return s.emit(i, j, Date, valYear(y)+"-XX")
		}
		yy, mm := normYM(y, m+off)
		return s.emit(i, j, Date, valMonth(yy, mm))
	case uYear:
		s.setAnchor(y+off, 0, 0)
		return s.emit(i, j, Date, valYear(y+off))
	}
	return i
}

// that handles "that day", "that year", "that same day", "that morning".
func (s *scanner) that(i, k int) int {
	n := k + 1
	if s.word(n, wSame) {
		n++
	}
	if !s.ok(n) {
		return i
	}
	t := &s.toks[n]
	if t.cls == cUnit && t.lf&lfPlural == 0 && (t.v == uDay || t.v == uYear || t.v == uMonth || t.v == uWeek) {
		// "that day", "that year's": the story's day or year
		return s.anaphoric(i, n+1, t.v, 0)
	}
	if t.cls == cUnit && t.lf&lfPlural == 0 && t.v == uQuarter {
		// "Results for that quarter": the quarter the story named last
		if v, ok := s.lastQuarter(3, true); ok {
			return s.emit(i, n+1, Date, v)
		}
	}
	return i
}

// earlierLater handles "earlier this year", "later that day", "earlier
// today".
func (s *scanner) earlierLater(i int) int {
	k := i + 1
	if !s.ok(k) {
		return i
	}
	if s.word(i, wLater) && s.word(i-1, wA) && isWord(s.lower(k), "date") {
		return s.emit(i-1, k+1, Date, "FUTURE_REF") // "offerings at a later date"
	}
	t := &s.toks[k]
	switch {
	case t.cls == cFunc && (t.v == wThis || t.v == wLast || t.v == wNext):
		return s.modified(i, k)
	case t.cls == cFunc && t.v == wThat:
		return s.that(i, k)
	case t.cls == cRelDay:
		return s.extend(i, k, s.relDay(k))
	}
	return i
}

// edge handles "early", "late" and "mid" before a date: "late November",
// "mid-1990s", "early next year", "late yesterday".
func (s *scanner) edge(i int) int {
	k := i + 1
	if s.hyphenAfter(i) {
		k = i + 2
	}
	if !s.ok(k) {
		return i
	}
	t := &s.toks[k]
	if t.cls == cPartDay && s.class(k+1, cRelDay) && s.toks[k+1].v != 2 && s.toks[i].v == wMid {
		// "mid-afternoon yesterday"
		n := len(s.out)
		j := s.relDay(k + 1)
		if j > k+1 && len(s.out) == n+1 && s.out[n].Kind == Date {
			s.out[n].Start, s.out[n].Kind = int(s.toks[i].s), Time
			if v := s.out[n].Value; len(v) == 10 {
				s.out[n].Value = withPart(v, t.v)
			}
			return j
		}
		s.out = s.out[:n]
		return i
	}
	switch {
	case t.cls == cPartDay:
	case t.cls == cMonth || t.cls == cMonthAbbr || t.cls == cRelDay || t.cls == cSeason ||
		t.cls == cWeekday || t.k == tNum && (t.nd == 4 || s.suffix(k) == "s"):
	case t.cls == cFunc && (t.v == wThis || t.v == wLast || t.v == wNext || t.v == wThe):
	default:
		return i
	}
	if t.cls == cPartDay && t.v != pNight && !s.class(k+1, cRelDay) && !s.class(k+1, cWeekday) && !s.word(k+1, wOf) {
		return s.storyPart(i, k+1, t.v) // "By mid afternoon, official sources were saying"
	}
	n := len(s.out)
	j := s.at(k)
	if j > k && len(s.out) > n && s.out[n].Kind != Duration {
		return s.extend(i, k, j)
	}
	s.out = s.out[:n]
	return i
}

// refWord handles "now", "currently", "recently", "soon", "future", "current".
func (s *scanner) refWord(i int) int {
	t := &s.toks[i]
	switch t.v {
	case rPresent:
		if t.fl&fCap != 0 && s.punct(i+1, ',') && isWord(s.lower(i), "now") && s.opensSentence(i, fPara) && s.discourseAfter(i+2) {
			return i // "Now, imagine...", "Now, if the vaccine works": a turn of the talk, not the present
		}
		return s.emit(i, i+1, Date, "PRESENT_REF")
	case rPast:
		// "recent years"; "recent" before other nouns ("recent statements") is
		// left alone: annotators mark it only sometimes
		if s.src[t.e-1] == 't' || s.src[t.e-1] == 'T' {
			if s.class(i+1, cUnit) && s.toks[i+1].lf&lfPlural != 0 && s.toks[i+1].v >= uDay {
				return s.emit(i, i+2, Date, "PAST_REF")
			}
			if s.class(i+1, cUnit) && s.toks[i+1].lf&lfPlural == 0 {
				return s.modified(i, i) // "the recent quarter"
			}
			return i
		}
		return s.emit(i, i+1, Date, "PAST_REF")
	case rFuture:
		// "in future", "Elian's future."; "future losses" is left alone, as
		// annotators mostly do
		if s.word(i-1, wIn) || s.ok(i+1) && s.toks[i+1].k == tPunct && !s.dash(i+1) {
			return s.emit(i, i+1, Date, "FUTURE_REF")
		}
	case rCurrent:
		if s.class(i+1, cUnit) && s.toks[i+1].lf&lfPlural == 0 {
			return s.modified(i, i)
		}
		if s.lower(i-1) == "then" {
			return s.emit(i-1, i+1, Date, "PAST_REF") // "the then current price"
		}
		// "current market conditions", "his current wife"; not "current account", "the current flows"
		if s.word(i-1, wThe) && (s.class(i+1, cNum) && s.toks[i+1].v > 1 || s.class(i+1, cUnitNoun) || isWord(s.lower(i+1), "number")) {
			return s.emit(i, i+1, Date, "PRESENT_REF") // "up from the current four flights a week", "the current number of shares"
		}
		if s.ok(i+1) && s.toks[i+1].k == tWord && s.toks[i+1].cls == cNone && s.toks[i+1].tf == 0 && t.fl&fCap == 0 {
			switch s.lower(i + 1) {
			case "account", "accounts", "affairs", "events", "issue", "issues":
				return i
			}
			return s.emit(i, i+1, Date, "PRESENT_REF")
		}
	}
	return i
}
