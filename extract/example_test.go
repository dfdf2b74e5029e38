package extract_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract"
)

func Example() {
	doc, err := extract.Text("Kremlin spokesperson Dmitry Peskov said on Monday that talks would go on.")
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Name)
	}
	// Output:
	// ORG Kremlin
	// PERSON Dmitry Peskov
}
