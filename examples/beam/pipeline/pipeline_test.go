package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	gocmp "github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/internal/testshared"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// readLines returns the lines of file.
func readLines(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<28)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestPrismDevSet runs the pipeline on prism over a development set plus two plain-text articles
// and a malformed line, and checks the output lines and both aggregates against a plain loop
// over the same records.
func TestPrismDevSet(t *testing.T) {
	dev := testshared.Path(t, "eval/dev/polnear-dev.jsonl")
	in := t.TempDir()
	data, err := os.ReadFile(dev)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, []byte("\nnot json\n\n")...)
	files := map[string]string{
		"dev.jsonl":        string(data),
		"seed-article.txt": testshared.SeedArticle(t),
		"short.txt":        `“We will win,” Ann Lee said on Monday in Paris.`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The loop: the same records, extracted one by one.
	var records []Record
	for _, l := range readLines(t, filepath.Join(in, "dev.jsonl")) {
		records = append(records, parseLine(l))
	}
	for _, name := range []string{"seed-article.txt", "short.txt"} {
		id, _ := json.Marshal(filepath.Join(in, name))
		records = append(records, Record{ID: string(id), Text: files[name]})
	}
	var wantLines []string
	quotes := map[string]int{}
	wantTypes := map[string]TypeCount{}
	ctx := context.Background()
	for _, r := range records {
		if r.ID == "" && r.Err == "" {
			continue
		}
		doc, err := ExtractRecord(ctx, r)
		if err != nil {
			wantLines = append(wantLines, ErrorLine(r.ID, err))
			continue
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		wantLines = append(wantLines, withID(r.ID, b))
		for _, q := range doc.Quotes {
			if q.Speaker != "" {
				quotes[q.Speaker]++
			}
		}
		for _, e := range doc.Entities {
			wantTypes[e.Type.String()] = addTypeCount(wantTypes[e.Type.String()], TypeCount{1, len(e.Mentions)})
		}
	}
	var wantSpeakers []Speaker
	for name, n := range quotes {
		wantSpeakers = append(wantSpeakers, Speaker{name, n})
	}
	slices.SortFunc(wantSpeakers, func(a, b Speaker) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), strings.Compare(a.Name, b.Name))
	})
	const top = 10
	wantSpeakers = wantSpeakers[:min(top, len(wantSpeakers))]
	if len(wantSpeakers) < 3 || len(wantTypes) != 3 {
		t.Fatalf("the dev set should have speakers and all three types: %v, %v", wantSpeakers, wantTypes)
	}

	// The pipeline, on prism.
	out := filepath.Join(t.TempDir(), "out")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(in, "*"), Output: out, TopSpeakers: top})
	start := time.Now()
	if _, err := prism.Execute(ctx, p); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d records in %v on prism", len(wantLines), time.Since(start))

	gotLines := readLines(t, out+".jsonl")
	slices.Sort(gotLines)
	slices.Sort(wantLines)
	if len(gotLines) != len(wantLines) {
		t.Errorf("%d output lines, want %d", len(gotLines), len(wantLines))
	} else if !slices.Equal(gotLines, wantLines) {
		for i := range gotLines {
			if gotLines[i] != wantLines[i] {
				t.Errorf("output lines differ from the loop's; first:\n got  %.300s\n want %.300s", gotLines[i], wantLines[i])
				break
			}
		}
	}

	var gotSpeakers []Speaker
	for _, l := range readLines(t, out+"-speakers.jsonl") {
		var sp Speaker
		if err := json.Unmarshal([]byte(l), &sp); err != nil {
			t.Fatal(err)
		}
		gotSpeakers = append(gotSpeakers, sp)
	}
	if diff := gocmp.Diff(wantSpeakers, gotSpeakers); diff != "" {
		t.Errorf("most quoted speakers (-loop +pipeline):\n%s", diff)
	}

	gotTypes := map[string]TypeCount{}
	for _, l := range readLines(t, out+"-types.jsonl") {
		var tc struct {
			Type string `json:"type"`
			TypeCount
		}
		if err := json.Unmarshal([]byte(l), &tc); err != nil {
			t.Fatal(err)
		}
		gotTypes[tc.Type] = tc.TypeCount
	}
	if diff := gocmp.Diff(wantTypes, gotTypes); diff != "" {
		t.Errorf("entities by type (-loop +pipeline):\n%s", diff)
	}
}

func TestParseLine(t *testing.T) {
	tests := []struct {
		name, reason, line string
		want               Record
	}{
		{"full", "id, text and date are kept; other fields ignored", `{"id": 7, "text": "x", "published": "2025-04-22", "more": 1}`, Record{ID: "7", Text: "x", Published: "2025-04-22"}},
		{"no id", "a record without id gets null, as in examples/extract", `{"text": "x"}`, Record{ID: "null", Text: "x"}},
		{"no text", "a record without text is an error record", `{"id": "a"}`, Record{ID: `"a"`, Err: `record has no "text"`}},
		{"blank", "a blank line is no record", "  \r", Record{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := gocmp.Diff(tc.want, parseLine(tc.line)); diff != "" {
				t.Errorf("parseLine (-want +got): %s\n%s", tc.reason, diff)
			}
		})
	}
	if r := parseLine("not json"); r.ID != "null" || !strings.HasPrefix(r.Err, "malformed record") {
		t.Errorf("malformed line: %+v", r)
	}
}
