package extract

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/resolve"
	"github.com/newsextract/newsextract/internal/text"
)

// userNames tags the names a user listed (option Names) wherever they appear as whole tokens,
// over whatever the tagger said there.
type userNames struct {
	types    map[string]entity.Type // key: the name's tokens joined by one space
	maxWords int
}

func newUserNames(names map[string]entity.Type) (*userNames, error) {
	u := &userNames{types: map[string]entity.Type{}}
	for name, t := range names {
		if t != entity.Person && t != entity.Org && t != entity.Place {
			return nil, fmt.Errorf("extract: name %q: type %v is not PERSON, ORG or PLACE", name, t)
		}
		td := text.Analyze(name)
		if len(td.Tokens) == 0 {
			return nil, fmt.Errorf("extract: empty name")
		}
		words := make([]string, len(td.Tokens))
		for i := range td.Tokens {
			words[i] = td.Text(i)
		}
		u.types[strings.Join(words, " ")] = t
		u.maxWords = max(u.maxWords, len(words))
	}
	return u, nil
}

// apply returns names with the user's names added; a tagger mention overlapping one is dropped.
func (u *userNames) apply(td *text.Doc, names []resolve.Name) []resolve.Name {
	var found []resolve.Name
	var key strings.Builder
	for _, s := range td.Sentences {
		for i := s.First; i < s.Last; i++ {
			best, bestT := 0, entity.None
			key.Reset()
			for n := 1; n <= u.maxWords && i+n <= s.Last; n++ {
				if n > 1 {
					key.WriteByte(' ')
				}
				key.WriteString(td.Text(i + n - 1))
				if t, ok := u.types[key.String()]; ok {
					best, bestT = n, t
				}
			}
			if best > 0 {
				found = append(found, resolve.Name{Start: int(td.Tokens[i].Start), End: int(td.Tokens[i+best-1].End), Type: bestT})
				i += best - 1
			}
		}
	}
	if len(found) == 0 {
		return names
	}
	out := found
	for _, n := range names {
		overlaps := false
		for _, f := range found {
			if n.Start < f.End && f.Start < n.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, n)
		}
	}
	return out // resolveEntities sorts them
}
