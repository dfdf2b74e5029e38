package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists that more than one stage reads.

// NameParticle reports whether w is a lower-case word that stands inside names in many
// languages: "Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman",
// "Rafael van der Vaart", "Ahmed al Sharaa", the Welsh "Mabon ap Gwynfor". The name tagger, the credit reader and the
// speaker finder all read names over them.
func NameParticle(w string) bool {
	switch w {
	case "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le",
		"van", "von", "den", "ter", "ten", "bin", "ibn", "bint", "al", "el", "ap":
		return true
	}
	return false
}

// JoinedParticle reports whether w is a name particle joined by a hyphen to a capitalized name:
// "al-Sheikh", "el-Sisi", "bin-Laden"; a word of a name though it starts in lower case.
func JoinedParticle(w string) bool {
	pre, rest, ok := strings.Cut(w, "-")
	return ok && NameParticle(pre) && StartsUpper(rest)
}

// courtesyTitles say how to address someone, not what they do; a knighthood's "Sir" and
// "Dame" too ("Sir Keir Starmer" is prime minister, not "Sir"), and the honorifics that stand
// for them in West Africa ("Alhaji Musa Abdullahi", "Hajiya", "Mallam"), Malaysia ("Datuk Ahmad
// Maslan"), Indonesia ("Bapak Jokowi"; not "Pak", a Korean surname, nor "Ibu", a Nigerian
// name), India ("Smt.", "Shri"), Ethiopia ("Woizero Yeshimebet"; not "Ato", a Ghanaian name
// too) and French-speaking North Africa ("Mme Fettah", a lawyer's "Maître Souab"), and Iran's
// middle clerical rank ("Hojatoleslam Hassan Rouhani"), which the press writes as an address.
var courtesyTitles = [...]string{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame",
	"alhaji", "alhaja", "hajiya", "mallam", "malam", "datuk", "dato", "dato'", "datin", "bapak", "shri", "smt", "smt.",
	"woizero", "weizero", "mme", "mme.", "maître", "maitre", "hojatoleslam", "hojjatoleslam"}

// courtesyPairs are Malaysia's two-word honorifics: "Tan Sri Lee Kim Yew", "Datuk Seri Anwar
// Ibrahim". Their second word alone is no title ("Sri Mulyani Indrawati"), nor "Tan" ("Tan
// Cheng Lock").
var courtesyPairs = [...][2]string{{"tan", "sri"}, {"puan", "sri"}, {"toh", "puan"}, {"datuk", "seri"}, {"datuk", "sri"},
	{"dato", "seri"}, {"dato", "sri"}, {"dato'", "seri"}, {"dato'", "sri"}, {"datin", "seri"}}

// CourtesyTitleWords returns how many words a courtesy title takes at w1 w2 (w2 "" at the end):
// 2 for a Malaysian pair ("Tan Sri"), 1 for one word ("Mr", "Alhaji"), 0 for none.
func CourtesyTitleWords(w1, w2 string) int {
	for _, p := range courtesyPairs {
		if strings.EqualFold(w1, p[0]) && strings.EqualFold(w2, p[1]) {
			return 2
		}
	}
	if CourtesyTitle(w1) {
		return 1
	}
	return 0
}

// CourtesyTitle reports whether w, in any case, is a courtesy title ("Mr", "Mrs.", "Ms") or
// "Dr", which says what degree someone holds: no role ("Mr Tokunbo Wahab"), and before a
// title it makes a judge's ("Mr Justice Cavanagh").
func CourtesyTitle(w string) bool {
	for _, t := range courtesyTitles {
		if strings.EqualFold(w, t) {
			return true
		}
	}
	return false
}

// kinNouns name a relative.
var kinNouns = WordSet(`son daughter mother father brother sister wife husband widow widower
	nephew niece cousin grandson granddaughter grandfather grandmother uncle aunt stepson stepdaughter`)

// KinNoun reports whether w, in lower case, names a relative: "his daughter Wanjiku",
// "Kelce's mother, Donna Kelce".
func KinNoun(w string) bool { return kinNouns[w] }

// PartyState reports whether s is a US lawmaker's party and state as news writes them after
// the name: "D-N.Y.", "R-Ky.", "D-Maine", "I-Vt.". Such a tag names no place, and no speaker
// ("Sen. Josh Hawley, R-Mo., said").
func PartyState(s string) bool {
	if len(s) < 4 || len(s) > 16 || s[1] != '-' || !strings.ContainsRune("DRI", rune(s[0])) || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for _, c := range s[3:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == ' ') {
			return false
		}
	}
	return true
}

// WordSet makes a set of the space-separated words of s, for the word lists the stages keep
// in their source ("who whom whose which that").
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// MonthName reports whether w names a month, spelled out or abbreviated as news writes it:
// "March", "Sept.", "Dec.".
func MonthName(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.",
		"Oct.", "Nov.", "Dec.":
		return true
	}
	return false
}

// DayName reports whether w names a day of the week: "Monday".
func DayName(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// DayAbbrev reports whether w is a day's short name as date lines write it without a full
// stop: "Wed 2 Jul 2025", "Posted Fri".
func DayAbbrev(w string) bool {
	switch w {
	case "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

// MonthAbbrev reports whether w is a month's short name written without a full stop: "Nov 4".
func MonthAbbrev(w string) bool {
	switch w {
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// GivenNameShape reports whether w is written as a hyphenated Chinese or Korean given name:
// capital, lower-case letters, a hyphen, lower-case letters ("Kwok-kin", "Jae-myung").
func GivenNameShape(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || !StartsUpper(a) {
		return false
	}
	for _, r := range a[1:] + b {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// RomanisedGivenName reports whether w is of GivenNameShape and can be two romanised
// syllables: ASCII, each part at most six letters, the first no English prefix and the second
// no participle or compound head. "Chui-cheng" and "Eon-seok" are; "Kong-based" ("Hong
// Kong-based"), "Pre-war" and "Vice-chancellor" are not. The name tagger reads such a word
// after a family name as a person's name, and the resolver the family name before it as the
// surname ("Paul Chan Mo-po" is Mr. Chan).
func RomanisedGivenName(w string) bool {
	if !GivenNameShape(w) {
		return false
	}
	a, b, _ := strings.Cut(w, "-")
	if len(a) > 6 || len(b) > 6 || strings.HasSuffix(b, "ed") || englishHeads[b] || englishPrefixes[strings.ToLower(a)] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// englishHeads end English compounds written like a hyphenated given name: "Kong-based".
var englishHeads = WordSet(`born bred run made wide like free era style war time term year old day
	week month led chair head elect law type class scale level size only ever up in out off on over
	down back based`)

// englishPrefixes open them: "Vice-chair", "Pre-war".
var englishPrefixes = WordSet(`vice co ex anti pre non self post mid pro semi multi half well all
	pan neo re sub bi tri inter intra over under out up down cross mini mega ultra`)
