package entity_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/newsextract/newsextract/entity"
)

func TestTypeText(t *testing.T) {
	for ty := entity.None; ty <= entity.Set; ty++ {
		b, err := ty.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back entity.Type
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("%v: text %q reads back as %v, %v", ty, b, back, err)
		}
	}
	var ty entity.Type
	if err := ty.UnmarshalText([]byte("PERSONS")); err == nil {
		t.Error("an unknown type name was accepted")
	}
}

func ExampleType() {
	b, _ := json.Marshal(struct{ Type entity.Type }{entity.Place})
	fmt.Println(string(b))
	// Output: {"Type":"PLACE"}
}

func TestRoleText(t *testing.T) {
	for r := entity.Author; r <= entity.Contact; r++ {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back entity.Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v: text %q reads back as %v, %v", r, b, back, err)
		}
	}
	var r entity.Role
	if err := r.UnmarshalText([]byte("")); err == nil {
		t.Error("the empty role name was accepted")
	}
}
