package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
)

// TestBatch checks that a folder of mixed files gives, in input order, the same lines as -jsonl
// over the same records, skips binary files with a message, and ends with a summary.
func TestBatch(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	article := testshared.SeedArticle(t)
	write := func(name, data string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", `{"id": "r1", "text": "Ann Lee said “yes” on May 5."}`+"\n\nnot json\n"+`{"id": "r2", "text": "Paris."}`) // no final newline
	write("b/seed.txt", article)
	write("b/c/blob.bin", "PK\x00\x01binary")
	write("d.jsonl", `{"id": "r3", "text": "Berlin."}`+"\n")

	// What -jsonl gives for the same records in the same order.
	idSeed := filepath.Join(dir, "b", "seed.txt")
	q, _ := json_(idSeed)
	qa, _ := json_(article)
	in := `{"id": "r1", "text": "Ann Lee said “yes” on May 5."}` + "\n\nnot json\n" + `{"id": "r2", "text": "Paris."}` + "\n" +
		`{"id":` + q + `,"text":` + qa + "}\n" + `{"id": "r3", "text": "Berlin."}` + "\n"
	var want, wantErr bytes.Buffer
	if _, err := runJSONL(x, strings.NewReader(in), &want, &wantErr); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, reason string
		paths        []string
	}{
		{"folder", "a folder is walked recursively in lexical order", []string{dir}},
		{"glob and folder", "globs expand in order and folders are walked", []string{filepath.Join(dir, "a.*"), filepath.Join(dir, "b"), filepath.Join(dir, "d.jsonl")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			failed, err := runBatch(x, tc.paths, &out, &errs, true)
			if err != nil {
				t.Fatal(err)
			}
			if !failed {
				t.Error("the malformed record did not make the run fail")
			}
			if diff := cmp.Diff(want.String(), out.String()); diff != "" {
				t.Errorf("%s: output differs from -jsonl (-want +got):\n%s", tc.reason, diff)
			}
			for _, s := range []string{"blob.bin: binary file skipped", "4 files, 5 documents, 1 errors", "records/s"} {
				if !strings.Contains(errs.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs.String())
				}
			}
		})
	}
	if _, err := runBatch(x, []string{filepath.Join(dir, "*.none")}, &bytes.Buffer{}, &bytes.Buffer{}, false); err == nil {
		t.Error("a glob matching nothing is not an error")
	}
}

func json_(s string) (string, error) {
	b, err := json.Marshal(s)
	return string(b), err
}

// TestAppendRawString wraps article bytes as a record and reads them back: every byte comes
// back as it was, invalid UTF-8, quotes, backslashes and control bytes included, so an article
// read by -batch has the offsets of the file.
func TestAppendRawString(t *testing.T) {
	for _, text := range []string{
		"plain text",
		"bad \xff\xfe bytes “curly” and \"straight\" \\ back\tslash\nnew line \x01",
		"\xe2\x80", // a cut-off three-byte sequence
		"",
	} {
		line := appendRawString([]byte(`{"id":"x","text":`), []byte(text))
		line = append(line, '}')
		rec, err := parseRecord(line)
		if err != nil {
			t.Fatalf("%q: %v (line %q)", text, err, line)
		}
		if got := rec.Text.s; got != text {
			t.Errorf("read back %q, want %q", got, text)
		}
	}
}
