package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
)

// TestSources runs the examples through the whole pipeline: who is quoted, with the
// role and gender the story gives, and the group two people form when they speak together.
func TestSources(t *testing.T) {
	tests := []struct {
		name, reason, src string
		want              []extract.Source
		members           [][]string // the member names of each group entity
	}{
		{"pronoun and repeat", "she is the person the story follows; a quotation split in two counts once; \"Salib said demand rose\" is her reported speech",
			"Rania Salib runs the food bank on Main Street.\n\nSalib said demand rose sharply after the closure of the Kerr plant, where Casey Pike had worked for years.\n\n“We ran out of rice in two days,” she said. “We had never seen it.”\n\n“People came from three towns,” Salib said.",
			[]extract.Source{{Name: "Rania Salib", Gender: entity.Female, Direct: 2, Reported: 1}}, nil},
		{"group", "two people speaking together are one source, an entity listing both; their reported \"said they respected the vote\" counts for the pair",
			"The owners of the bakery, Lena Ortiz and Tomas Berg, said they respected the vote.\n\n“We will work with the union in good faith,” they said.",
			[]extract.Source{{Name: "Lena Ortiz and Tomas Berg", Direct: 1, Reported: 1}}, [][]string{{"Lena Ortiz", "Tomas Berg"}}},
		{"described", "the mayor and the company are the ones the story named, with the mayor's role; \"welcomed the news\" is a stance, not her words",
			"Kellogg raised its forecast on Tuesday.\n\n“Demand was stronger than we expected,” the company said in a statement.\n\nThe mayor, Dana Whitfield, welcomed the news. “It means jobs,” the mayor said. “Good jobs,” she added.",
			[]extract.Source{{Name: "Dana Whitfield", Role: "mayor", Gender: entity.Female, Direct: 2}, {Name: "Kellogg", Direct: 1}}, nil},
		{"unnamed", "a speaker the story does not name is a source by its description",
			"“Talks will resume,” a company spokesperson said.",
			[]extract.Source{{Entity: -1, Name: "a company spokesperson", Direct: 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Text(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Sources()
			var groups [][]string
			for i := range got {
				if e := got[i].Entity; e >= 0 {
					if ms := doc.Entities[e].Members; ms != nil {
						var names []string
						for _, m := range ms {
							names = append(names, doc.Entities[m].Name)
						}
						groups = append(groups, names)
					}
					got[i].Entity = 0 // the ids depend on the tagger's order; compared by name
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("sources (-want +got):\n%s(%s)", d, tt.reason)
			}
			if d := cmp.Diff(tt.members, groups); d != "" {
				t.Errorf("group members (-want +got):\n%s(%s)", d, tt.reason)
			}
		})
	}
}
