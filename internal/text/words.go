package text

import "strings"

// Word lists that more than one stage reads.

// NameParticle reports whether w is a lower-case word that stands inside names in many
// languages: "Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman",
// "Rafael van der Vaart", "Ahmed al Sharaa". The name tagger, the credit reader and the
// speaker finder all read names over them.
func NameParticle(w string) bool {
	switch w {
	case "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le",
		"van", "von", "den", "ter", "ten", "bin", "ibn", "bint", "al", "el":
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
// "Dame" too ("Sir Keir Starmer" is prime minister, not "Sir").
var courtesyTitles = [...]string{"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame"}

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
