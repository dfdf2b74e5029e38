package timex

// Times of day: "10:35 a.m.", "6:00am", "9 p.m. Tuesday", "22:30", "noon",
// "midnight", "six o'clock". A race time ("2:08:44") or a score is no time.

// clock handles a number at i that starts a time of day.
func (s *scanner) clock(i int) int {
	if !s.ok(i) {
		return i
	}
	h := int(s.toks[i].num)
	if s.toks[i].nd > 2 || h > 24 {
		return i
	}
	min := 0
	j := i + 1
	hasMin := false
	sfx := s.suffix(i)
	if sfx == "" && s.joined(i) && (s.punct(j, ':') || s.punct(j, '.') && s.toks[i].fl&fSpace != 0) && s.joined(j) && s.ok(j+1) && s.toks[j+1].k == tNum && s.toks[j+1].nd == 2 {
		min = int(s.toks[j+1].num)
		if min > 59 {
			return i
		}
		hasMin = true
		j += 2
		sfx = s.suffix(j - 1)
		// "2:08:44", "1:59.40": a race or a duration
		if s.joined(j-1) && (s.punct(j, ':') || s.punct(j, '.') || s.punct(j, ',')) && s.joined(j) && s.ok(j+1) && s.toks[j+1].k == tNum {
			return i
		}
		if s.punct(i-1, ':') || s.punct(i-1, '.') && s.joined(i-1) {
			return i
		}
		if s.toks[i+1].num == '.' && sfx == "" {
			if _, _, ok := s.ampm(j); !ok {
				return i // "3.45" is a number unless a.m./p.m. follows
			}
		}
	}
	pm, am := sfx == "pm", sfx == "am"
	if !pm && !am {
		if e, isPM, ok := s.ampm(j); ok {
			pm, am = isPM, !isPM
			j = e
		}
	}
	switch {
	case am || pm:
		if h < 1 || h > 12 {
			return i
		}
		if pm && h < 12 {
			h += 12
		}
		if am && h == 12 {
			h = 0
		}
	case s.word(j, wIn) && s.word(j+1, wThe) && s.class(j+2, cPartDay) && !hasMin:
		// "4 in the morning"
		if h < 1 || h > 12 {
			return i
		}
		if p := s.toks[j+2].v; p != pMorning && h < 12 {
			h += 12
		}
		j += 3
	case s.lower(j) == "o" && s.apostrophe(j+1) && s.word(j+2, wOClock):
		if h < 1 || h > 12 {
			return i
		}
		j += 3
	case hasMin:
		if e, ok := s.gameClock(j); ok {
			return e // "at 4:17 of the second period": read past it, so the period is no date either
		}
		// a 24-hour time needs a preposition before it or a time zone after it
		if h > 23 || !(s.class(j, cZone) || s.clockPrep(i-1)) {
			return i
		}
	default:
		return i
	}
	if s.class(j, cZone) {
		j++
	}
	if s.punct(j, ',') && s.monthAt(j+1) {
		j++ // "5 p.m. EST, Nov. 6"
	}
	return s.clockDay(i, j, h, min)
}

// gameClock reports whether the words around a minutes:seconds time ending
// at j place it on a game clock rather than in the day ("of the second
// period", "into the second half", "of the third", "in overtime", "left in
// the game", "remaining"), and where those words end.
func (s *scanner) gameClock(j int) (end int, ok bool) {
	for k := j - 3; k > j-7 && k >= 0; k-- {
		if isWord(s.lower(k), "overtime") {
			return j, true // "scored in overtime at 2:31"
		}
		if s.sentenceEndAt(k) {
			break
		}
	}
	switch w := s.lower(j); {
	case isWord(w, "left"), isWord(w, "remaining"):
		return j + 1, true // "with 2:31 left", "with 1:10 remaining"
	case isWord(w, "to") && (isWord(s.lower(j+1), "play") || isWord(s.lower(j+1), "go")):
		return j + 2, true
	case s.word(j, wOf) || s.word(j, wIn) || isWord(w, "into"):
	default:
		return j, false
	}
	k := j + 1
	if isWord(s.lower(k), "overtime") {
		return k + 1, true // "at 2:31 of overtime"
	}
	if isWord(s.lower(k), "extra") && isWord(s.lower(k+1), "time") {
		return k + 2, true
	}
	if !s.word(k, wThe) {
		return j, false
	}
	k++
	if !(s.class(k, cOrd) || s.isSecond(k) || isWord(s.lower(k), "final") || isWord(s.lower(k), "opening")) {
		return j, false
	}
	k++
	if s.ok(k) && s.toks[k].k == tWord {
		switch w := s.lower(k); {
		case isWord(w, "period"), isWord(w, "half"), isWord(w, "quarter"), isWord(w, "set"),
			isWord(w, "inning"), isWord(w, "round"), isWord(w, "overtime"), isWord(w, "game"),
			isWord(w, "frame"), isWord(w, "leg"), isWord(w, "stage"), isWord(w, "lap"):
			return k + 1, true
		}
	}
	// "18:02 of the third": the period goes without saying; not "at 4:17 of
	// the first day"
	if s.word(j, wOf) && (!s.ok(k) || s.toks[k].k == tPunct || s.toks[k].cls == cFunc) {
		return k, true
	}
	return j, false
}

// ampm reads "a.m.", "p.m.", "am", "pm", "A.M." at j.
func (s *scanner) ampm(j int) (end int, pm, ok bool) {
	if !s.ok(j) || s.toks[j].k != tWord {
		return j, false, false
	}
	switch s.toks[j].v {
	case wAM, wPM:
		if s.toks[j].cls == cFunc {
			return j + 1, s.toks[j].v == wPM, true
		}
	}
	w := s.lower(j)
	if (w == "a" || w == "p") && s.punct(j+1, '.') && s.joined(j) && s.joined(j+1) && (s.lower(j+2) == "m" || s.lower(j+2) == "M") {
		e := j + 3
		if s.punct(e, '.') && s.joined(j+2) {
			e++
		}
		return e, w == "p", true
	}
	return j, false, false
}

// clockPrep reports whether the word at p introduces a clock time: "at 22:30".
func (s *scanner) clockPrep(p int) bool {
	if !s.ok(p) || s.toks[p].cls != cFunc {
		return false
	}
	switch s.toks[p].v {
	case wAt, wBy, wUntil, wFrom, wTo, wSince, wBefore, wAfter, wAbout, wAs, wJust:
		return true
	}
	return false
}

// clockDay emits the time h:min over tokens [i, j) on the day the sentence
// names: a day name or "today" right after it joins the match ("9 a.m.
// Tuesday"); else a day named just before it, else the reference day.
func (s *scanner) clockDay(i, j, h, min int) int {
	day := ""
	if c := s.class(j, cWeekday) || s.monthAt(j); s.ok(j) && (c && s.toks[j].fl&fCap != 0 || s.toks[j].cls == cRelDay) {
		// the match joins the time when it names a day; anything else (a month
		// alone, a range "April 17–21") is dropped here and found again after
		// the time, so matches stay in order
		if m, e, ok := s.dayMatchAt(j); ok && e > j && len(m.Value) >= 10 {
			day, j = m.Value[:10], e
		}
	}
	if day == "" && s.punct(j, '(') {
		// "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis
		for k := j + 1; k < j+6 && s.ok(k); k++ {
			if s.punct(k, ')') {
				if s.class(k+1, cWeekday) || s.class(k+1, cRelDay) {
					if m, _, ok := s.dayMatchAt(k + 1); ok && len(m.Value) >= 10 && m.Value[0] != 'X' {
						day = m.Value[:10]
					}
				}
				break
			}
		}
	}
	if day == "" && (s.word(j, wThe) || s.word(j, wThat)) && (s.dayUnit(j+1) || s.dayUnit(j+2)) {
		// "cast at 2:30 the next day", "at 9 p.m. that day": one expression
		anc, last := s.anc, s.day
		if m, e, ok := s.dayMatchAt(j); ok && e > j && m.Kind == Date && len(m.Value) == 10 {
			day, j = m.Value, e
		} else {
			s.anc, s.day = anc, last
		}
	}
	if day == "" {
		day = s.dayOn(j)
	}
	if h == 24 && day == "" {
		h = 0 // a midnight that names no day after it is the start of one
	}
	if day == "" {
		day = s.nearbyDay(i)
	}
	if day == "" && s.anc.d > 0 && s.pos-s.anc.tok < 40 {
		// "was shot at 10 p.m." in a story about a day it named
		day = valDay(s.anc.y, s.anc.m, s.anc.d)
	}
	if day == "" {
		if s.ref.full() {
			day = valDayNum(s.ref.day())
		} else {
			day = "XXXX-XX-XX"
		}
	}
	return s.emit(i, j, Time, withClock(day, h, min))
}

// dayUnit reports whether token k is the word "day".
func (s *scanner) dayUnit(k int) bool {
	return s.class(k, cUnit) && s.toks[k].v == uDay && s.toks[k].lf&lfPlural == 0
}

// dayOn returns the day named by "on" right after a time, maybe after "local time": "3 p.m.
// on March 3", "11:30pm local time on 6 July 2016". The date stays a match of its own, found
// again after the time.
func (s *scanner) dayOn(j int) string {
	if isWord(s.lower(j), "local") && isWord(s.lower(j+1), "time") {
		j += 2
	}
	if !s.word(j, wOn) || !s.ok(j+1) {
		return ""
	}
	// only a day name, a month or a day before a month ("6 July"): never another time, so
	// "1 p.m. on 2 p.m. on …" cannot chain
	switch t := &s.toks[j+1]; {
	case t.cls == cWeekday, t.cls == cMonth, t.cls == cMonthAbbr, t.cls == cRelDay:
	case t.k == tNum && s.monthAt(j+2):
	default:
		return ""
	}
	if m, e, ok := s.dayMatchAt(j + 1); ok && e > j+1 && m.Kind == Date && len(m.Value) == 10 && m.Value[0] != 'X' {
		return m.Value
	}
	return ""
}

// dayMatchAt runs the rule of the token at j (a day name, "today", a month)
// only to read the date it gives: the match, if it made exactly one, and the
// index after it. The match is not kept; the caller decides what to use.
func (s *scanner) dayMatchAt(j int) (m Match, end int, ok bool) {
	n := len(s.out)
	end = s.at(j)
	m, ok = s.takeOne(n)
	return m, end, ok
}

// nearbyDay returns the day of the last match if it is a day in the same
// sentence, a few words before token i ("Friday at 10 a.m.").
func (s *scanner) nearbyDay(i int) string {
	if len(s.out) == s.base {
		return ""
	}
	last := s.out[len(s.out)-1]
	if len(last.Value) < 10 || last.Value[4] != '-' || len(last.Value) > 10 && last.Value[10] != 'T' {
		return ""
	}
	for k := i - 1; k >= 0 && i-k < 8; k-- {
		if int(s.toks[k].e) <= last.End {
			return last.Value[:10]
		}
		if s.sentenceEndAt(k) {
			return ""
		}
	}
	return ""
}

// clockWord handles "noon", "midday", "midnight".
func (s *scanner) clockWord(i int) int {
	h := int(s.toks[i].v)
	j := i + 1
	if s.ok(i-1) && (s.lower(i-1) == "high" || s.lower(i-1) == "High") {
		return i
	}
	if h == 0 {
		// "expire at midnight Friday": TimeML writes the midnight that
		// ends a named day as hour 24 of that day; clockDay turns it back
		// to 00:00 when no day follows ("from 6:00am to midnight", as GUM
		// writes it)
		h = 24
	}
	return s.clockDay(i, j, h, 0)
}
