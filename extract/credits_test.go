package extract_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
)

// TestCredits checks what credits do to the document: the credited people are in Credits and,
// unless the story names them too, not among the entities; organizations in credits stay.
func TestCredits(t *testing.T) {
	type credit struct{ Role, Person, Org string }
	tests := []struct {
		name, reason string
		src          string
		people       []string // the PERSON entities
		orgs         []string // the ORG entities
		credits      []credit
	}{
		{
			name:    "byline",
			reason:  "the author is no person of the story (issue 10)",
			src:     "Fire closes avenue\nBy Jane Roe\n\nFirefighter Ana Ruiz said the blaze started at noon.",
			people:  []string{"Ana Ruiz"},
			credits: []credit{{"author", "Jane Roe", ""}},
		},
		{
			name:    "photo credit",
			reason:  "the photographer is out, the agency stays an organization (issue 10)",
			src:     "Crews at the scene. (Photo: Maria Lopez/Reuters)\n\nFirefighter Ana Ruiz said the blaze started at noon.",
			people:  []string{"Ana Ruiz"},
			orgs:    []string{"Reuters"},
			credits: []credit{{"photographer", "Maria Lopez", "Reuters"}},
		},
		{
			name:    "outlet after a slash",
			reason:  "the reporter is out and the outlet after the slash is an organization, whatever the tagger took it for",
			src:     "Marcos vowed to act.\n\nWith reports from Jairo Bolledo/Rappler",
			people:  []string{"Marcos"},
			orgs:    []string{"Rappler"},
			credits: []credit{{"contributor", "Jairo Bolledo", "Rappler"}},
		},
		{
			name:    "credited and quoted",
			reason:  "a photographer the story itself names and quotes is one of its people",
			src:     "Photo: Darian Vale/Getty Images\n\n\"It was huge,\" said photographer Darian Vale, who saw the fire.",
			people:  []string{"Darian Vale"},
			orgs:    []string{"Getty Images"},
			credits: []credit{{"photographer", "Darian Vale", "Getty Images"}},
		},
		{
			name:    "tag lines",
			reason:  "wire tag lines credit reporters; the agency stays (issue 10)",
			src:     "Firefighter Ana Ruiz said the blaze started at noon.\n\nAssociated Press writer Tom Hale in Chicago contributed to this report.\nDan Ortiz contributed reporting.",
			people:  []string{"Ana Ruiz"},
			orgs:    []string{"Associated Press"},
			credits: []credit{{"contributor", "Tom Hale", "Associated Press"}, {"contributor", "Dan Ortiz", ""}},
		},
		{
			name:    "surname in the story",
			reason:  "the story names the credited reporter by surname, so the reporter is one of its people",
			src:     "By Tom Hale\n\nHale, who covered the fire, said the street was closed.",
			people:  []string{"Tom Hale"},
			credits: []credit{{"author", "Tom Hale", ""}},
		},
		{
			name:    "another person's surname in the story",
			reason:  "Stella Li is not the credited Qiaoyi Li: a shared surname of another full name names nobody credited",
			src:     "BYD's vice president, Stella Li, said the plant would open in Turkey.\n\n(Reporting by Zhang Yan and Qiaoyi Li; Editing by Jamie Freed)",
			people:  []string{"Stella Li"},
			orgs:    []string{"BYD"},
			credits: []credit{{"contributor", "Zhang Yan", ""}, {"contributor", "Qiaoyi Li", ""}, {"editor", "Jamie Freed", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Text(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			var people, orgs []string
			for _, e := range doc.Entities {
				switch e.Type {
				case entity.Person:
					people = append(people, e.Name)
				case entity.Org:
					orgs = append(orgs, e.Name)
				}
			}
			var credits []credit
			for _, c := range doc.Credits {
				credits = append(credits, credit{c.Role.String(), c.Person, c.Org})
				if c.Text != tt.src[c.Start:c.End] || c.PersonStart >= 0 && c.Person != tt.src[c.PersonStart:c.PersonEnd] ||
					c.OrgStart >= 0 && c.Org != tt.src[c.OrgStart:c.OrgEnd] {
					t.Errorf("credit %+v: text and offsets disagree", c)
				}
			}
			if diff := cmp.Diff(tt.people, people); diff != "" {
				t.Errorf("people: %s\n(-want +got):\n%s", tt.reason, diff)
			}
			if diff := cmp.Diff(tt.orgs, orgs); diff != "" {
				t.Errorf("organizations: %s\n(-want +got):\n%s", tt.reason, diff)
			}
			if diff := cmp.Diff(tt.credits, credits); diff != "" {
				t.Errorf("credits: %s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestCreditsJSON checks the "credits" records: spans, role, and no person fields for a credit
// that names only an organization.
func TestCreditsJSON(t *testing.T) {
	src := "Crews at work. (Source: Getty Images)\nBy Jane Roe"
	doc, err := extract.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Credits  []map[string]any `json:"credits"`
		Entities []map[string]any `json:"entities"`
		Resolved []struct {
			Name string `json:"name"`
		} `json:"resolved"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	// The byline's person is a name mention of the text, marked as a credit, with no entity:
	// the evaluation format scores names, and the story's people leave her out.
	wantPerson := map[string]any{"start": 41.0, "end": 49.0, "type": "PERSON", "text": "Jane Roe", "credit": true}
	if !slices.ContainsFunc(got.Entities, func(e map[string]any) bool { return cmp.Equal(e, wantPerson) }) {
		t.Errorf("entities lack the credited person %v: %v", wantPerson, got.Entities)
	}
	for _, r := range got.Resolved {
		if r.Name == "Jane Roe" {
			t.Errorf("resolved lists the credited person %q", r.Name)
		}
	}
	want := []map[string]any{
		{"start": 15.0, "end": 37.0, "text": "(Source: Getty Images)", "role": "source", "org": "Getty Images", "org_start": 24.0, "org_end": 36.0},
		{"start": 38.0, "end": 49.0, "text": "By Jane Roe", "role": "author", "person": "Jane Roe", "person_start": 41.0, "person_end": 49.0},
	}
	if diff := cmp.Diff(want, got.Credits); diff != "" {
		t.Errorf("credits JSON (-want +got):\n%s", diff)
	}
}

// TestWholeNamesInArticles runs the sentences through the whole pipeline: names with
// numbers, ampersands and possessives come out whole and of the right type, coordinated names
// as two. Only the names concerned are checked (the tagger decides the rest).
func TestWholeNamesInArticles(t *testing.T) {
	type name struct{ Text, Type string }
	tests := []struct {
		name, reason string
		src          string
		want         []name // the mentions of these names and of those in not, in text order
		not          []name // wrong forms: none may be a mention
	}{
		{
			name:   "union locals",
			reason: "issue 10: the local's number is part of its name",
			src:    "The union SEIU Local 32BJ represents doormen, and Teamsters Local 987 drivers struck on Monday.",
			want:   []name{{"SEIU Local 32BJ", "ORG"}, {"Teamsters Local 987", "ORG"}},
			not:    []name{{"SEIU Local", "ORG"}, {"Teamsters Local", "ORG"}},
		},
		{
			name:   "ampersands and a brand",
			reason: "issue 10: Procter & Gamble, AT&T and McDonald's whole",
			src:    "Procter & Gamble and AT&T cut jobs, and McDonald's said it would close 200 restaurants.",
			want:   []name{{"Procter & Gamble", "ORG"}, {"AT&T", "ORG"}, {"McDonald's", "ORG"}},
			not:    []name{{"McDonald", "ORG"}},
		},
		{
			name:   "Denny's",
			reason: "issue 10: a possessive brand is no person",
			src:    "He ate at Denny's on Tuesday.",
			want:   []name{{"Denny's", "ORG"}},
			not:    []name{{"Denny", "PERSON"}},
		},
		{
			name:   "coordinated companies",
			reason: "coordinated names are two names",
			src:    "Barnes & Noble and Marks & Spencer reported results.",
			want:   []name{{"Barnes & Noble", "ORG"}, {"Marks & Spencer", "ORG"}},
		},
		{
			name:   "ordinary possessives",
			reason: "the name of a place or person excludes its 's",
			src:    "Officials said President Trump's plan hit Ukraine's economy.",
			want:   []name{{"Trump", "PERSON"}, {"Ukraine", "PLACE"}},
			not:    []name{{"Trump's", "ORG"}, {"Ukraine's", "ORG"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Text(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			// the mentions whose text is one of the names concerned, in text order
			checked := map[string]bool{}
			for _, n := range append(tt.want, tt.not...) {
				checked[n.Text] = true
			}
			var got []name
			for _, m := range doc.Mentions {
				if w := doc.Text[m.Start:m.End]; checked[w] {
					got = append(got, name{w, m.Type.String()})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
