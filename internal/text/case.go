package text

import (
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
