package timex

// The lexicon: every word a rule looks for, with its class, value and tense,
// in a hash table the tokenizer probes as it reads each word.

// Word classes of the lexicon. Every word of the text is looked up once while
// scanning; the rules then dispatch on the class and value stored in the token.
const (
	cNone        uint8 = iota
	cMonth             // january..december; v = 1..12
	cMonthAbbr         // jan, feb, sept...: needs "." or a number after it
	cWeekday           // sunday..saturday; v = 0..6 (plural: fPlural)
	cWeekdayAbbr       // mon, tue...: needs "." after it
	cRelDay            // yesterday (-1), today (0), tomorrow (1), tonight (2)
	cNum               // one..ninety, hundred, thousand, a/an; v = value
	cFuzzy             // several, few, couple, many: an unknown number
	cOrd               // first..thirtieth; v = value
	cUnit              // day, week, month... ; v = u* constant
	cSeason            // spring, summer, fall/autumn, winter; v = 1..4
	cPartDay           // morning, afternoon, evening, night; v = p* constant
	cRef               // now, recently, soon...; v = r* constant
	cFunc              // function words the rules look for; v = w* constant
	cSetWord           // daily, weekly...; v = u* constant
	cDecadeWord        // twenties..nineties; v = 2..9
	cHoliday           // christmas, thanksgiving, halloween; v = h* constant
	cClock             // noon, midnight, midday; v = hour
	cZone              // gmt, utc, edt...: time zones after a clock time
	cBlockYear         // words before a number that make it no year: section, no, room...
	cUnitNoun          // words after a number that make it no year: people, percent, miles...
)

// Units.
const (
	uSecond int16 = iota + 1
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// Parts of the day (TimeML TMO, TAF, TEV, TNI).
const (
	pMorning int16 = iota + 1
	pAfternoon
	pEvening
	pNight
)

// Reference words.
const (
	rPresent int16 = iota + 1
	rPast
	rFuture
	rCurrent // "current": PRESENT_REF only in a temporal use
)

// Function words.
const (
	wThe int16 = iota + 1
	wA
	wOf
	wAgo
	wEarlier
	wLater
	wBefore
	wAfter
	wLast
	wNext
	wThis
	wThat
	wPast
	wComing
	wPrevious
	wFollowing
	wSame
	wEarly
	wLate
	wMid
	wEnd
	wBeginning
	wStart
	wMiddle
	wEvery
	wEach
	wPer
	wFiscal
	wIn
	wOn
	wAt
	wBy
	wSince
	wUntil
	wFrom
	wTo
	wThrough
	wBetween
	wAnd
	wOr
	wSo
	wDuring
	wAbout
	wAlmost
	wOver
	wMore
	wLess
	wThan
	wJust
	wAs
	wCurrent
	wLatest
	wNear
	wThese
	wNot
	wTime
	wOClock // "clock" in "o'clock"
	wAM
	wPM
	wHundred
	wThousand
	wOh
	wUpcoming
	wRight
	wWhole
	wFull
	wThen
)

// Holidays.
const (
	hChristmas int16 = iota + 1
	hHalloween
	hThanksgiving
	hEaster
)

// Tense flags of a word, used to decide whether a bare "Friday" or "April 21"
// lies before or after the reference date.
const (
	tfPast    uint8 = 1 << iota // said, was, went...
	tfFuture                    // will, next, expected...
	tfNotPast                   // words in -ed that are no past tense: need, hundred...
	tfPresent                   // is, are, says: present tense, no evidence either way
	tfSched                     // runs, lasts, kicks (off): a present that schedules or says what lasts
)

// Flags of a lexicon entry.
const (
	lfPlural uint8 = 1 << iota
	lfAmbig        // may, march: a month only in date context
	lfNoBare       // spring, fall: a season only after a modifier or before a year
	lfSport        // goalkeeper, halftime: a word only reports of games use (class cNone)
)

type lexEntry struct {
	cls uint8
	fl  uint8
	tf  uint8
	v   int16
}

// lexicon maps lower-case words to their entry. Built once at init from the
// tables below; read-only afterwards, so safe for concurrent use.
var lexicon = map[string]lexEntry{}

func add(cls uint8, v int16, fl uint8, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		e.cls, e.v, e.fl = cls, v, e.fl|fl
		lexicon[w] = e
	}
}

func addTense(tf uint8, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		e.tf |= tf
		lexicon[w] = e
	}
}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, m := range months {
		fl := uint8(0)
		if m == "may" || m == "march" {
			fl = lfAmbig
		}
		add(cMonth, int16(i+1), fl, m)
	}
	for i, ab := range [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"},
		{"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}} {
		add(cMonthAbbr, int16(i+1), 0, ab...)
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		add(cWeekday, int16(i), 0, d)
		add(cWeekday, int16(i), lfPlural, d+"s")
	}
	for i, ab := range [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"},
		{"fri"}, {"sat"}} {
		add(cWeekdayAbbr, int16(i), 0, ab...)
	}
	add(cRelDay, -1, 0, "yesterday")
	add(cRelDay, 0, 0, "today")
	add(cRelDay, 1, 0, "tomorrow")
	add(cRelDay, 2, 0, "tonight")

	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, n := range nums {
		add(cNum, int16(i), 0, n)
	}
	for i, n := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(cNum, int16(20+10*i), 0, n)
	}
	add(cNum, 12, 0, "dozen")
	add(cFunc, wHundred, 0, "hundred")
	add(cFunc, wThousand, 0, "thousand")
	add(cFuzzy, 0, 0, "several", "few", "couple", "many", "some")
	// "second" is left to the unit entry below; isSecond reads it as an
	// ordinal too
	ords := []string{"", "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, o := range ords {
		if o != "" {
			add(cOrd, int16(i), 0, o)
		}
	}
	add(cOrd, 30, 0, "thirtieth")

	unit := func(v int16, sing, plur string) {
		add(cUnit, v, 0, sing)
		add(cUnit, v, lfPlural, plur)
	}
	unit(uSecond, "second", "seconds")
	unit(uMinute, "minute", "minutes")
	unit(uHour, "hour", "hours")
	unit(uDay, "day", "days")
	unit(uWeekend, "weekend", "weekends")
	unit(uWeek, "week", "weeks")
	unit(uFortnight, "fortnight", "fortnights")
	unit(uMonth, "month", "months")
	unit(uQuarter, "quarter", "quarters")
	unit(uHalf, "half", "halves")
	unit(uYear, "year", "years")
	unit(uDecade, "decade", "decades")
	unit(uCentury, "century", "centuries")
	add(cUnit, uMinute, lfPlural, "mins")
	add(cUnit, uHour, lfPlural, "hrs")
	add(cUnit, uYear, lfPlural, "yrs")

	add(cSeason, 1, lfNoBare, "spring")
	add(cSeason, 2, 0, "summer")
	add(cSeason, 3, lfNoBare, "fall")
	add(cSeason, 3, 0, "autumn")
	add(cSeason, 4, 0, "winter")

	add(cPartDay, pMorning, 0, "morning")
	add(cPartDay, pAfternoon, 0, "afternoon")
	add(cPartDay, pEvening, 0, "evening")
	add(cPartDay, pNight, 0, "night")

	add(cRef, rPresent, 0, "now", "currently", "nowadays", "presently")
	add(cRef, rCurrent, 0, "current")
	add(cRef, rPast, 0, "recently", "lately", "recent")
	add(cRef, rFuture, 0, "future")

	fw := map[int16][]string{
		wThe: {"the"}, wOf: {"of"}, wAgo: {"ago"}, wEarlier: {"earlier"},
		wLater: {"later"}, wBefore: {"before"}, wAfter: {"after"}, wLast: {"last"}, wNext: {"next"},
		wThis: {"this"}, wThat: {"that"}, wPast: {"past"}, wComing: {"coming"}, wPrevious: {"previous", "prior"},
		wFollowing: {"following"}, wSame: {"same"}, wEarly: {"early"}, wLate: {"late"}, wMid: {"mid"},
		wEnd: {"end"}, wBeginning: {"beginning"}, wStart: {"start"}, wMiddle: {"middle"}, wEvery: {"every"},
		wEach: {"each"}, wPer: {"per"}, wFiscal: {"fiscal"}, wIn: {"in"}, wOn: {"on"}, wAt: {"at"}, wBy: {"by"},
		wSince: {"since"}, wUntil: {"until", "till", "til"}, wFrom: {"from"}, wTo: {"to"}, wThrough: {"through", "thru"},
		wBetween: {"between"}, wAnd: {"and"}, wOr: {"or"}, wSo: {"so"}, wDuring: {"during"},
		wAbout: {"about", "around", "roughly", "approximately"}, wAlmost: {"almost", "nearly"},
		wOver: {"over"}, wMore: {"more"}, wLess: {"less", "fewer"}, wThan: {"than"}, wJust: {"just", "only"},
		wAs: {"as"}, wLatest: {"latest"}, wNear: {"near", "distant", "foreseeable"},
		wThese: {"these"}, wNot: {"not"}, wTime: {"time"}, wOClock: {"clock"}, wOh: {"oh"},
		wUpcoming: {"upcoming"}, wRight: {"right"}, wWhole: {"whole", "entire"}, wFull: {"full"},
		wAM: {"am"}, wPM: {"pm"}, wThen: {"then"}, wA: {"a", "an"},
	}
	for v, ws := range fw {
		add(cFunc, v, 0, ws...)
	}
	add(cSetWord, uDay, 0, "daily", "nightly")
	add(cSetWord, uWeek, 0, "weekly")
	add(cSetWord, uMonth, 0, "monthly")
	add(cSetWord, uYear, 0, "yearly", "annually")
	add(cSetWord, uHour, 0, "hourly")
	add(cSetWord, uQuarter, 0, "quarterly")
	for i, d := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
		"nineties"} {
		add(cDecadeWord, int16(i+2), 0, d)
	}
	add(cHoliday, hChristmas, 0, "christmas")
	add(cHoliday, hHalloween, 0, "halloween")
	add(cHoliday, hThanksgiving, 0, "thanksgiving")
	add(cHoliday, hEaster, 0, "easter")
	add(cClock, 12, 0, "noon", "midday")
	add(cClock, 0, 0, "midnight")
	add(cZone, 0, 0, "gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "et", "pt")
	add(cBlockYear, 0, 0, "section", "sections", "article", "articles", "no", "nos", "number", "room", "route",
		"highway", "flight", "rule", "chapter", "page", "pages", "paragraph", "resolution", "model", "version",
		"code", "figure", "table", "item", "exit", "suite", "box", "apartment", "apt", "interstate", "channel",
		"bill", "amendment", "clause", "unit", "precinct", "district", "street", "st", "avenue", "road", "lot",
		"hr", "sec", "art", "ch", "vol", "volume", "issue", "cap", "form", "title", "regulation", "order",
		"decree", "law", "act", "opus", "op", "catalog", "serial", "phone", "tel", "fax", "ext", "id",
		"population", "zip", "motorola", "boeing", "airbus", "windows", "office", "nokia",
		"type", "class", "series", "gate", "pier", "platform", "hall", "building", "floor", "level")
	add(cUnitNoun, 0, 0, "people", "persons", "men", "women", "children", "troops", "soldiers", "residents",
		"members", "votes", "voters", "units", "meters", "metres", "feet", "ft", "miles", "mi", "km",
		"kilometers", "kilometres", "tons", "tonnes", "pounds", "lbs", "lb", "kg", "kilograms", "grams",
		"dollars", "euros", "pesos", "yen", "shares", "cars", "homes", "houses", "jobs", "acres", "hectares",
		"calories", "words", "percent", "pct", "times", "employees", "workers", "students", "pilgrims",
		"refugees", "migrants", "patients", "cases", "deaths", "dead", "injured", "victims", "points",
		"yards", "barrels", "gallons", "liters", "litres", "degrees", "seats", "copies", "visitors",
		"species", "cents", "rupees", "francs", "marks", "bytes", "pixels", "rpm", "mph",
		"schoolchildren", "adults", "teenagers", "infants", "babies", "households", "families", "respondents",
		"participants", "customers", "users", "subscribers", "passengers", "inmates", "prisoners",
		"casualties", "protesters", "spectators",
		"million", "billion", "trillion", "square", "sq", "cubic", "bc", "bce", "ad")

	add(cNone, 0, lfSport, "goalkeeper", "halftime", "striker", "touchdown", "equaliser", "equalizer",
		"penalties", "innings", "scoreboard", "quarterback", "goaltender")

	addTense(tfPast, "said", "was", "were", "had", "did", "told", "went", "came", "took", "made", "gave",
		"got", "left", "began", "fell", "rose", "held", "met", "won", "lost", "found", "saw", "sold", "bought",
		"brought", "thought", "paid", "sent", "spent", "led", "ran", "wrote", "broke", "shot", "spoke", "knew",
		"became", "fled", "stood", "struck", "ago", "last", "yesterday", "been", "felt", "kept", "built",
		"drew", "drove", "flew", "grew", "hung", "laid", "meant", "rang", "sang", "sat", "slept", "stole",
		"swept", "swore", "taught", "threw", "tore", "understood", "woke", "wore", "earlier", "previously",
		"recently", "ended", "closed")
	// more irregular past forms, checked against the npm package
	// english-verbs-irregular 3.4.0 (Apache-2.0); forms that are also nouns,
	// adjectives or present tenses ("bit", "bound", "ground", "cut") are left out
	addTense(tfPast, "arose", "ate", "awoke", "bade", "bent", "blew", "burnt", "caught", "chose", "clung",
		"crept", "dealt", "drank", "dug", "dwelt", "flung", "forbade", "foresaw", "foretold", "forgave",
		"forgot", "fought", "froze", "heard", "hid", "knelt", "leapt", "learnt", "lent", "misheard",
		"mistook", "misunderstood", "outgrew", "outran", "outsold", "outspent", "overcame", "overheard",
		"overpaid", "overran", "oversaw", "oversold", "overspent", "overthrew", "overtook", "partook",
		"rebuilt", "redid", "remade", "repaid", "resold", "retold", "retook", "rewrote", "rode", "sank",
		"shone", "shook", "shrank", "slid", "snuck", "sought", "spat", "sprang", "spun", "stank", "strode",
		"strove", "stuck", "stung", "swam", "swung", "trod", "undertook", "underwent", "undid", "upheld",
		"wept", "withdrew", "withheld", "withstood", "wove", "wrung")
	addTense(tfFuture, "will", "ll", "shall", "would", "next", "upcoming", "coming", "tomorrow", "expected",
		"expects", "expect", "scheduled", "schedule", "plans", "plan", "planning", "going",
		"intends", "intend", "hopes", "aims", "slated", "soon", "await", "awaits",
		"awaiting", "forthcoming", "begin", "begins", "starts", "opens", "ends", "expires", "resumes", "vote", "meet", "visit", "travel", "return",
		"announce", "decide", "hold", "tonight")
	addTense(tfNotPast, "need", "needed", "speed", "hundred", "red", "bed", "feed", "seed", "indeed",
		"proceed", "exceed", "succeed", "breed", "creed", "greed", "shed", "sled", "wed", "bred", "fed",
		"led", "embed", "related", "based", "used", "alleged", "armed", "united", "limited",
		"detailed", "advanced", "beloved", "concerned", "interested", "supposed", "experienced", "qualified",
		"aged", "talented", "skilled", "fixed", "mixed", "married", "retired",
		"disputed", "occupied", "reserved", "required", "scheduled", "expected", "planned")
	addTense(tfPresent, "is", "are", "says", "am", "has", "have", "do", "does", "say")
	addTense(tfSched, "runs", "lasts", "continues", "remains", "stays", "falls", "run", "last", "continue",
		"leaves", "arrives", "departs", "kicks", "takes", "comes", "goes", "heads", "travels", "meets",
		"hosts", "visits", "holds", "closes", "concludes", "wraps", "go", "take", "come")
}

// The map above is turned into an open-addressing table at init: the scanner
// hashes each word while reading its letters, so a lookup costs one probe
// and one short comparison instead of hashing the word again.
type lexSlot struct {
	key string
	e   lexEntry
}

var (
	lexTable  []lexSlot
	lexMask   uint32
	lexMaxLen int
)

// hashStep adds one lower-case byte to a word hash (FNV-1a).
func hashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

const hashSeed uint32 = 2166136261

func init() {
	size := 1
	for size < 4*len(lexicon) {
		size <<= 1
	}
	lexTable = make([]lexSlot, size)
	lexMask = uint32(size - 1)
	for w, e := range lexicon {
		h := hashSeed
		for i := 0; i < len(w); i++ {
			h = hashStep(h, w[i])
		}
		for k := h & lexMask; ; k = (k + 1) & lexMask {
			if lexTable[k].key == "" {
				lexTable[k] = lexSlot{w, e}
				break
			}
		}
		lexMaxLen = max(lexMaxLen, len(w))
	}
}

// lookupHashed returns the entry of the ASCII word w whose lower-case hash
// is h.
func lookupHashed(w string, h uint32) (lexEntry, bool) {
	if len(w) > lexMaxLen {
		return lexEntry{}, false
	}
	for k := h & lexMask; ; k = (k + 1) & lexMask {
		sl := &lexTable[k]
		if sl.key == "" {
			return lexEntry{}, false
		}
		if len(sl.key) == len(w) && equalLower(sl.key, w) {
			return sl.e, true
		}
	}
}

// equalLower reports whether w lower-cased equals the lower-case key.
func equalLower(key, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}
