package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StartsUpper reports whether s begins with an upper-case letter ("Lula", "Über"; not "da").
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// CapsLetters returns the number of letters in s when none of them is lower case, else 0:
// "U.S." has 2, "KYIV" 4, "Kyiv" 0. Callers ask for a minimum ("an acronym has 2").
func CapsLetters(s string) int {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return 0
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters
}

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

// WordSet makes a set of the space-separated words of s, for the word lists the stages keep
// in their source ("who whom whose which that").
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
