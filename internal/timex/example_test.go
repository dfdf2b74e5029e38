package timex_test

import (
	"fmt"

	"github.com/newsextract/newsextract/internal/timex"
)

func ExampleFind() {
	src := "Peskov spoke to The Guardian on April 21. The talks will resume next week."
	for _, m := range timex.Find(src, timex.Ref{Year: 2025, Month: 4, Day: 22}) {
		fmt.Printf("%s %s %s\n", src[m.Start:m.End], m.Kind, m.Value)
	}
	// Output:
	// April 21 DATE 2025-04-21
	// next week DATE 2025-W18
}

func ExampleFind_unknownReference() {
	src := "Monday, April 21, 2025\n\nOfficials met yesterday. Earlier, on April 17, talks began."
	for _, m := range timex.Find(src, timex.Ref{}) {
		fmt.Printf("%s %s\n", src[m.Start:m.End], m.Value)
	}
	// Output:
	// Monday, April 21, 2025 2025-04-21
	// yesterday 2025-04-20
	// April 17 2025-04-17
}

func ExampleDateline() {
	r, ok := timex.Dateline("Kremlin satisfied\n\nTuesday, April 22, 2025\n\nThe Kremlin said...")
	fmt.Println(r, ok)
	// Output: {2025 4 22} true
}
