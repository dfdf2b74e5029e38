package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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

// TestJSONLBadInput checks that each bad record gets an error line in its place (with its id
// when it names one, else its line number), that the other records still come out in order, and
// that the run fails exactly when a record was bad.
func TestJSONLBadInput(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { maxLine = n }(maxLine)
	maxLine = 200
	ok := `{"id": "ok", "text": "Peskov said “yes.”"}`
	tests := []struct {
		name, reason string
		in           string
		want         []string // per output line: "id=ID" or "line=N", and " error" for an error line
		wantFailed   bool
	}{
		{"empty", "an empty file gives no output and success", "", nil, false},
		{"blank lines", "blank lines are skipped, not records", "\n  \n\t\n", nil, false},
		{"no final newline", "a whole record on the last line without a newline is fine",
			ok + "\n" + `{"id": 2, "text": "x"}`, []string{"id=ok", "id=2"}, false},
		{"truncated", "a last line cut short names its id when it got that far",
			ok + "\n" + `{"id": "cut", "text": "Peskov sa`, []string{"id=ok", "id=cut error"}, true},
		{"truncated before id", "a cut line with no id yet is named by its line number",
			ok + "\n\n" + `{"text": "Peskov sa`, []string{"id=ok", "line=3 error"}, true},
		{"no id", "a record without an id is an error named by its line, not id null",
			`{"text": "x"}` + "\n" + ok, []string{"line=1 error", "id=ok"}, true},
		{"null id", "an id of null is no id",
			`{"id": null, "text": "x"}` + "\n" + ok, []string{"line=1 error", "id=ok"}, true},
		{"text not a string", "a number or object as text is an error, whatever the field order",
			`{"text": 5, "id": "n"}` + "\n" + `{"id": "o", "text": {"a": 1}}` + "\n" + ok,
			[]string{"id=n error", "id=o error", "id=ok"}, true},
		{"no text", "a record without text is an error", `{"id": "t"}` + "\n" + ok, []string{"id=t error", "id=ok"}, true},
		{"not an object", "a JSON value that is not an object is an error",
			"[1, 2]\n\"s\"\n" + ok, []string{"line=1 error", "line=2 error", "id=ok"}, true},
		{"trailing data", "two values on one line are one bad record",
			`{"id": 1, "text": "a"} {"id": 2, "text": "b"}` + "\n" + ok, []string{"id=1 error", "id=ok"}, true},
		{"line over the limit", "a line longer than the limit is an error; its id is read from what was kept",
			`{"id": "long", "text": "` + strings.Repeat("Peskov said. ", 100) + `"}` + "\n" + ok,
			[]string{"id=long error", "id=ok"}, true},
		{"line over the limit, no id", "a long line whose kept part names no id is named by its line",
			`{"text": "` + strings.Repeat("Peskov said. ", 100) + `", "id": 9}` + "\n" + ok,
			[]string{"line=1 error", "id=ok"}, true},
		{"invalid UTF-8", "invalid UTF-8 in a string is text, not an error",
			"{\"id\": \"u\", \"text\": \"Peskov said \xff\xfe \\u201cyes.\\u201d\"}\n" + ok, []string{"id=u", "id=ok"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			failed, err := runJSONL(x, strings.NewReader(tc.in), &out, &errs)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for l := range strings.Lines(out.String()) {
				var v struct {
					ID    json.RawMessage `json:"id"`
					Line  int             `json:"line"`
					Error string          `json:"error"`
				}
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("output line is not JSON: %v: %s", err, l)
				}
				s := "line=" + strconv.Itoa(v.Line)
				if v.ID != nil {
					s = "id=" + strings.Trim(string(v.ID), `"`)
				}
				if v.Error != "" {
					s += " error"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: output lines (-want +got):\n%s\nstderr:\n%s", tc.reason, diff, errs.String())
			}
			if failed != tc.wantFailed {
				t.Errorf("%s: failed = %v, want %v", tc.reason, failed, tc.wantFailed)
			}
		})
	}
}

// TestJSONLKeepsBytes checks that invalid UTF-8 and escapes in the text reach the library as the
// bytes they stand for, so offsets index the decoded text.
func TestJSONLKeepsBytes(t *testing.T) {
	tests := []struct {
		name, reason string
		literal      string
		want         string
	}{
		{"plain", "no escapes: the bytes as they are", `"abc"`, "abc"},
		{"invalid UTF-8", "bad bytes are kept, not turned into U+FFFD", "\"a\xffb\xe2\x80\"", "a\xffb\xe2\x80"},
		{"escapes", "the short escapes", `"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t"},
		{"unicode escape", "a \\u escape is UTF-8 encoded", `"\u201cx\u201d"`, "“x”"},
		{"surrogate pair", "a pair is one rune", `"\ud83d\ude00"`, "😀"},
		{"lone surrogate", "a lone surrogate is U+FFFD, as encoding/json decodes it", `"\ud83dx"`, "\uFFFDx"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := unquote([]byte(tc.literal))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
