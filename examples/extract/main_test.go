package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
)

// TestJSONL checks the batch contract: one line per record, in input order, the same id, an error
// line in place of a malformed record, blank lines skipped, and the failure reported.
func TestJSONL(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Peskov said the talks went on. ", 40000) // a line over 1 MB
	in := strings.Join([]string{
		`{"id": "a", "text": "Dmitry Peskov said “we are satisfied” on April 21.", "published": "2025-04-22", "extra": 1}`,
		``,
		`not json`,
		`{"id": 7, "text": "` + long + `"}`,
		`{"id": "no-text"}`,
		`{"id": "bad-date", "text": "x", "published": "22/04/2025"}`,
		`{"id": "last", "text": ""}`,
	}, "\n")
	var out, errs bytes.Buffer
	failed, err := runJSONL(x, strings.NewReader(in), &out, &errs)
	if err != nil {
		t.Fatal(err)
	}
	if !failed {
		t.Error("malformed records did not make the run fail")
	}
	type line struct {
		ID       any             `json:"id"`
		Error    string          `json:"error"`
		Entities json.RawMessage `json:"entities"`
		Quotes   []struct {
			Speaker *string `json:"speaker"`
		} `json:"quotes"`
	}
	var got []line
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		got = append(got, l)
	}
	wantIDs := []any{"a", nil, 7.0, "no-text", "bad-date", "last"}
	if len(got) != len(wantIDs) {
		t.Fatalf("%d output lines for %d records", len(got), len(wantIDs))
	}
	for i, id := range wantIDs {
		if got[i].ID != id {
			t.Errorf("line %d: id %v, want %v", i+1, got[i].ID, id)
		}
		wantErr := i == 1 || i == 3 || i == 4
		if (got[i].Error != "") != wantErr {
			t.Errorf("line %d (id %v): error %q, want error: %v", i+1, id, got[i].Error, wantErr)
		}
		if !wantErr && got[i].Entities == nil {
			t.Errorf("line %d: no entities field", i+1)
		}
	}
	if len(got[0].Quotes) != 1 || got[0].Quotes[0].Speaker == nil {
		t.Errorf("record a: quotes %+v, want one attributed quote", got[0].Quotes)
	}
	for _, n := range []string{"line 3", "line 5", "line 6"} {
		if !strings.Contains(errs.String(), n) {
			t.Errorf("stderr does not name %s:\n%s", n, errs.String())
		}
	}
}

// TestJSONLDevSet runs the batch mode over a development file, as a user would.
func TestJSONLDevSet(t *testing.T) {
	f, err := os.Open(testshared.Path(t, "eval/dev/seed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x, _ := extract.New()
	var out, errs bytes.Buffer
	failed, err := runJSONL(x, f, &out, &errs)
	if err != nil || failed {
		t.Fatalf("failed=%v err=%v stderr=%s", failed, err, errs.String())
	}
	if !bytes.HasPrefix(out.Bytes(), []byte(`{"id":"seed-article",`)) || bytes.Count(out.Bytes(), []byte("\n")) != 1 {
		t.Errorf("want one line for seed-article, got %.200s", out.String())
	}
}
