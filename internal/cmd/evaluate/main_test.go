package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/eval"
	"github.com/newsextract/newsextract/internal/testshared"
)

// TestAgreesWithScorePy runs the pipeline on a few documents of each dev set and checks that the
// evaluation command's scores equal the reference scorer's on the same predictions, to the
// third decimal.
func TestAgreesWithScorePy(t *testing.T) {
	shared := testshared.Dir(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not installed, so score.py cannot run")
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range devFiles {
		t.Run(name, func(t *testing.T) {
			gold, err := eval.ReadFile(filepath.Join(shared, "eval", "dev", name))
			if err != nil {
				t.Fatal(err)
			}
			if len(gold) > 12 {
				gold = gold[:12]
			}
			pred, err := Predict(x, gold)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
			if err := eval.WriteFile(gp, gold); err != nil { // with the text, as score.py needs it
				t.Fatal(err)
			}
			if err := writeJSONL(pp, pred); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, filepath.Join(shared, "eval", "score.py"), gp, pp, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var want any
			if err := json.NewDecoder(bytes.NewReader(firstJSON(out))).Decode(&want); err != nil {
				t.Fatalf("score.py output: %v\n%s", err, out)
			}
			b, _ := json.Marshal(eval.Score(gold, pred))
			var got any
			json.Unmarshal(b, &got)
			for _, d := range diffNumbers("", want, got) {
				t.Error(d)
			}
		})
	}
}

// firstJSON returns score.py's --json output from its JSON object on.
func firstJSON(out []byte) []byte {
	if i := bytes.IndexByte(out, '{'); i >= 0 {
		return out[i:]
	}
	return out
}

// diffNumbers lists the numbers of want that got lacks or has differently (beyond 1e-3).
func diffNumbers(path string, want, got any) []string {
	switch w := want.(type) {
	case map[string]any:
		g, _ := got.(map[string]any)
		var out []string
		for k, v := range w {
			if k == "summary" {
				continue
			}
			out = append(out, diffNumbers(path+"."+k, v, g[k])...)
		}
		return out
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(g-w) > 1e-3 {
			return []string{fmt.Sprintf("%s: score.py %v, evaluate %v", path, w, got)}
		}
	}
	return nil
}
