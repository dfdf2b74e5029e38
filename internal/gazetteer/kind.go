package gazetteer

import "strings"

// Kind is a bit set of what a name or word can be. A phrase can be several
// things at once ("Georgia" is a Country and a Region, "Mobile" a City and a
// CommonWord), so callers test bits rather than compare values.
type Kind uint32

// The kinds. The order of the bits is part of the data format: append new
// kinds at the end.
const (
	Country     Kind = 1 << iota // "Ukraine", "United States", "US", "U.S."
	Region                       // states, provinces, regions: "Texas", "Crimea", "Middle East"
	City                         // "Moscow", "London"
	Continent                    // "Europe", "Africa"
	Place                        // other geographic names: seas, rivers, landmarks ("Black Sea")
	Company                      // "Getty Images", "Microsoft"
	OrgWord                      // a word that ends or marks organization names: "Inc", "Ministry", "University"
	FirstName                    // "Dmitry", "Vladimir"
	Surname                      // a name part that is not a known first name (mostly surnames)
	PersonTitle                  // "Mr", "Mr.", "Dr", "President", "Gov."
	Demonym                      // "Ukrainian", "Russian", "Western", "European": not entities
	CommonWord                   // exists in lowercase in the English dictionary ("apple", "may", "bush")
	RoleNoun                     // person nouns from WordNet: "spokesperson", "minister", "official"
	Org                          // a known organization that is not a company: "NATO", "United Nations", "Kremlin"
	Team                         // a professional sports team: "Celtics", "Boston Celtics", "Manchester United" (an organization)
	Index                        // a stock market index: "DAX", "FTSE 100", "Nikkei 225", "Hang Seng" (no person, place or organization)
	Product                      // a drug or product brand: "Ozempic", "Lipitor", "iPhone" (no person or place)
	PlaceWord                    // a word that ends names of streets, roads and venues: "Street", "Avenue", "Expressway", "Stadium"
	Event                        // a named event, festival or award: "Ramadan", "Diwali", "Brexit", "Olympics", "Oscars" (no person, place or organization)

	kindEnd // one past the last bit
)

var kindNames = [...]string{
	"Country", "Region", "City", "Continent", "Place", "Company", "OrgWord",
	"FirstName", "Surname", "PersonTitle", "Demonym", "CommonWord", "RoleNoun", "Org",
	"Team", "Index", "Product", "PlaceWord", "Event",
}

// AnyPlace is every geographic kind, for callers that only ask "is it a place".
const AnyPlace = Country | Region | City | Continent | Place

// String gives the kind names joined by "|", e.g. "City|CommonWord", or "0"
// for the empty set. Bits without a name print as hex.
func (k Kind) String() string {
	if k == 0 {
		return "0"
	}
	var b strings.Builder
	for i, name := range kindNames {
		if k&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(name)
		}
	}
	if rest := k &^ (kindEnd - 1); rest != 0 {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString("0x")
		const hex = "0123456789abcdef"
		var buf [8]byte
		i := len(buf)
		for v := uint32(rest); v != 0; v >>= 4 {
			i--
			buf[i] = hex[v&0xf]
		}
		b.Write(buf[i:])
	}
	return b.String()
}

// ParseKind reads the String form back ("City|CommonWord"); ok is false when
// a part is not a kind name.
func ParseKind(s string) (k Kind, ok bool) {
	if s == "0" {
		return 0, true
	}
	for part := range strings.SplitSeq(s, "|") {
		found := false
		for i, name := range kindNames {
			if part == name {
				k |= 1 << i
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return k, true
}
