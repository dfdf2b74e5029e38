package entity

import "fmt"

// Type is what a mention names.
type Type uint8

const (
	None     Type = iota
	Person        // people and fictional characters
	Org           // companies, agencies, parties, teams, media, institutions acting as actors
	Place         // countries, cities, regions, geographic features, places standing for governments
	Misc          // other names: events, works, nationalities ("Ukrainian"); not scored
	Date          // a calendar date, month, year, week, season, decade or a reference like "now"
	Time          // a time of day
	Duration      // "three years": recognized, not a date
	Set           // "every Monday", "annual": recognized, not a date
)

var typeNames = [...]string{"NONE", "PERSON", "ORG", "PLACE", "MISC", "DATE", "TIME", "DURATION", "SET"}

// String returns the name used in the evaluation format: PERSON, ORG, PLACE, DATE, ...
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// MarshalText writes the type's name.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads a type's name.
func (t *Type) UnmarshalText(b []byte) error {
	for i, n := range typeNames {
		if n == string(b) {
			*t = Type(i)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown type %q", b)
}

// Mention is one place in the text that names or refers to an entity.
type Mention struct {
	Start, End int  // byte offsets: the mention is article[Start:End] (its text is not copied)
	Entity     int  // index into the document's entities, -1 when unresolved
	Type       Type // (Type and Pronoun come last, so that a Mention packs into 32 bytes)
	Pronoun    bool // a pronoun ("He") resolved to the entity, not a name
}

// Entity is one person, organization or place that an article mentions, with all its mentions.
type Entity struct {
	ID       int    // index in the document's entity list
	Name     string // canonical name: the fullest name used, or a gazetteer's standard name for places
	Type     Type
	Mentions []Mention // in text order; pronouns are included where quote attribution resolved them

	// Role is what the story calls a person, as it says it: "Kremlin spokesman" (from "Kremlin
	// spokesman Dmitry Peskov"), "president of the union" (from "Sam Okafor, president of the
	// union,"); empty when it gives none.
	Role string
	// Gender is a person's, with the evidence that decided it; Unknown for everything else.
	Gender         Gender
	GenderEvidence Evidence
	// Members lists the entity IDs of a group that speaks as one ("Lena Ortiz and Tomas Berg
	// said …"); nil for everything else.
	Members []int
}

// Gender of a person as the article tells it.
type Gender uint8

const (
	Unknown Gender = iota
	Female
	Male
)

var genderNames = [...]string{"unknown", "female", "male"}

// String returns "unknown", "female" or "male".
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return fmt.Sprintf("Gender(%d)", uint8(g))
}

// MarshalText writes the gender's name.
func (g Gender) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// Evidence says what decided a person's gender: the article's own words come first (a courtesy
// title, a pronoun that refers to the person), then the sex nearly all bearers of the first name
// have. A first name borne by both sexes decides nothing.
type Evidence uint8

const (
	NoEvidence        Evidence = iota
	PronounEvidence            // "she" or "her" in a sentence about the person and no one else
	TitleEvidence              // "Ms. Salib", "Mr. Pike"
	FirstNameEvidence          // "Rania" is a woman's name
)

var evidenceNames = [...]string{"", "pronoun", "title", "first-name"}

// String returns "pronoun", "title", "first-name", or "" for none.
func (e Evidence) String() string {
	if int(e) < len(evidenceNames) {
		return evidenceNames[e]
	}
	return fmt.Sprintf("Evidence(%d)", uint8(e))
}

// MarshalText writes the evidence's name.
func (e Evidence) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// DateMention is a temporal expression with its normalized TimeML value.
type DateMention struct {
	Start, End int    // byte offsets: Text == article[Start:End]
	Text       string // as written
	Type       Type   // Date, Time, Duration or Set
	// Value is the TimeML value: "2017-06-15", "2017-06", "2017", "2025-W16", "199" (the 1990s),
	// "2025-Q1", "2025-SU", "XXXX-04-21" when the year is unknown, "PRESENT_REF", "P3Y", ...
	Value string
	// RangeWith is the index (in the document's dates) of the other end of a range such as
	// "from 2010 to 2014", or -1.
	RangeWith int
}

// Role is what a credit says someone did for the story.
type Role uint8

const (
	NoRole       Role = iota
	Author            // a byline: "By Jane Roe"; "Writing by ..."
	Photographer      // "(Photo: Maria Lopez/Reuters)", "Image: ...", "Credit: ..."
	Videographer      // "Video: ..."
	Contributor       // "Dan Ortiz contributed reporting.", "Reporting by ..."
	Editor            // "Editing by ..."
	Source            // "(Source: Getty Images)": where a picture or figure comes from
	Contact           // "Media Contact: Jordan Blake": whom the press may ask, under a press release
)

var roleNames = [...]string{"", "author", "photographer", "videographer", "contributor", "editor", "source", "contact"}

// String returns the role's name as written in JSON: "author", "photographer", ...
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText writes the role's name.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a role's name.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if i > 0 && n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown role %q", b)
}

// Credit is one person or organization credited for the story or its pictures: a byline, a
// photo or video credit, a wire tag line. Someone named only in a credit is not one of the
// story's people, so is not among the entities; an organization in a credit is.
type Credit struct {
	Role       Role
	Start, End int    // the credit as written: Text == article[Start:End]
	Text       string // "(Photo: Maria Lopez/Reuters)", "By Jane Roe"
	// Person is the person credited as written ("" when the credit names none), at
	// article[PersonStart:PersonEnd]; both offsets are -1 when there is none.
	Person                 string
	PersonStart, PersonEnd int
	// Org is the organization credited ("Reuters", "Associated Press"; "" when none), at
	// article[OrgStart:OrgEnd]; both offsets are -1 when there is none.
	Org              string
	OrgStart, OrgEnd int
}
