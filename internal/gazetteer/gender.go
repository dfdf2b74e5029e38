package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/gender.txt
var rawGender string

// Gender is the sex nearly all bearers of a first name have, when they do.
type Gender uint8

const (
	UnknownGender Gender = iota
	Male
	Female
)

var (
	genderOnce sync.Once
	genders    map[string]Gender
)

// FirstNameGender returns the sex of the first name as written ("Michelle":
// Female, "Barack": Male), or UnknownGender for a name borne by both
// ("Jordan", "Andrea") or not listed. The list (data/gender.txt, from US
// Social Security births) loads on first use.
func FirstNameGender(name string) Gender {
	genderOnce.Do(func() {
		genders = make(map[string]Gender, strings.Count(rawGender, "\n"))
		for line := range strings.Lines(rawGender) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			n, g, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t")
			switch {
			case !ok:
			case g == "m":
				genders[n] = Male
			case g == "f":
				genders[n] = Female
			}
		}
	})
	return genders[name]
}
