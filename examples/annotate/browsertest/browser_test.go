// Package browsertest opens the page of examples/annotate in a real browser (headless Chromium)
// and checks what it shows against the Document. It is a module of its own so that the
// browser-driving dependency stays out of the library's go.mod.
package browsertest

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/testshared"
	"github.com/newsextract/newsextract/quote"
)

var shot = flag.String("screenshot", filepath.Join(os.TempDir(), "newsextract-seed-article.png"), "write the page's screenshot to `FILE`")

// chromium returns the path of the browser: $CHROMIUM, or Debian's chromium or
// chromium-headless-shell. Without one the test is skipped, or fails under CI=true, where
// .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-headless-shell", "/usr/lib/chromium/chromium-headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true but no chromium found (apt-get install chromium, or set $CHROMIUM)")
	}
	t.Skip("skipping: no chromium found (apt-get install chromium, or set $CHROMIUM)")
	return ""
}

// libraryRoot is the library module's folder, three levels up.
func libraryRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "examples", "annotate", "main.go")); err != nil {
		t.Fatal(err)
	}
	return root
}

// pageFacts is what the test reads off the page in the browser.
type pageFacts struct {
	Text string         `json:"text"` // the article element's textContent
	IDs  map[string]int `json:"ids"`  // distinct highlighted spans by kind: m names, d dates, q quotations, r reported
	// Painted counts the distinct spans of each kind with at least one piece the browser
	// paints as highlighted (a background or an underline).
	Painted map[string]int `json:"painted"`
	// Labels maps each quotation that has a speaker to the label shown after it.
	Labels map[string]string `json:"labels"`
}

const readPage = `(() => {
  const f = {text: document.getElementById("article").textContent, ids: {}, painted: {}, labels: {}};
  const seen = {}, painted = {};
  for (const e of document.querySelectorAll("#article [data-id]")) {
    const id = e.dataset.id, k = id[0];
    if (!seen[id]) { seen[id] = true; f.ids[k] = (f.ids[k] || 0) + 1; }
    const s = getComputedStyle(e);
    const shown = s.backgroundColor !== "rgba(0, 0, 0, 0)" || s.borderBottomStyle !== "none";
    if (shown && !painted[id]) { painted[id] = true; f.painted[k] = (f.painted[k] || 0) + 1; }
    if (k === "q" && e.classList.contains("end") && e.dataset.who) {
      f.labels[id] = getComputedStyle(e, "::after").content;
    }
  }
  return JSON.stringify(f);
})()`

// TestSamplePage makes the sample article's page with the README's command, opens it in headless
// Chromium, counts the highlighted names, dates and quotations in the DOM against the Document,
// checks that pointing at a quotation lights up its speaker and the reverse, and writes a
// screenshot.
func TestSamplePage(t *testing.T) {
	browser := chromium(t)
	root := libraryRoot(t)
	article := testshared.SeedArticle(t)
	doc, err := extract.Text(article)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	page := filepath.Join(dir, "seed-article.html")
	cmd := exec.Command("go", "run", "./examples/annotate", "-o", dir, "testdata/seed-article.txt")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./examples/annotate: %v\n%s", err, out)
	}

	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(browser),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1400, 1000),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first Run starts the browser; it must not carry the timeout (see chromedp.Run).
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()

	js, err := chromedp.Run(ctx, chromedp.Evaluate[string](readPage))
	if err != nil {
		t.Fatal(err)
	}
	var got pageFacts
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != article {
		t.Errorf("the page's article text differs from the article (-want +got):\n%s", cmp.Diff(article, got.Text))
	}
	// Names: every mention of an entity, pronouns included, and names that resolved to none.
	// Speakers: a speaker mention that is no name ("recent media reports") is highlighted once.
	type spanKey struct{ s, e int }
	named := map[spanKey]bool{}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			named[spanKey{m.Start, m.End}] = true
		}
	}
	for _, m := range doc.Mentions {
		if m.Entity < 0 {
			named[spanKey{m.Start, m.End}] = true
		}
	}
	names := len(named)
	var attributions []quote.Attribution
	for _, q := range doc.Quotes {
		attributions = append(attributions, q.Attribution)
	}
	for _, r := range doc.Reported {
		attributions = append(attributions, r.Attribution)
	}
	speakers := 0
	for _, a := range attributions {
		if k := (spanKey{a.SpeakerStart, a.SpeakerEnd}); a.Speaker != "" && a.SpeakerStart >= 0 && !named[k] {
			named[k] = true
			speakers++
		}
	}
	want := map[string]int{"m": names, "d": len(doc.Dates), "q": len(doc.Quotes), "r": len(doc.Reported)}
	if speakers > 0 {
		want["s"] = speakers
	}
	if diff := cmp.Diff(want, got.IDs); diff != "" {
		t.Errorf("highlighted spans in the DOM by kind, m names, d dates, q quotations, r reported, s other speakers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, got.Painted); diff != "" {
		t.Errorf("spans the browser paints highlighted, by kind (-want +got):\n%s", diff)
	}
	wantLabels := map[string]string{}
	for i, q := range doc.Quotes {
		if q.Speaker != "" {
			wantLabels[fmt.Sprintf("q%d", i)] = `" — ` + q.Speaker + `"`
		}
	}
	if diff := cmp.Diff(wantLabels, got.Labels); diff != "" {
		t.Errorf("speaker shown after each quotation (-want +got):\n%s", diff)
	}

	// Point at the first quotation with a speaker mention, then at that mention.
	for i, q := range doc.Quotes {
		if q.SpeakerStart < 0 {
			continue
		}
		quoteSel := fmt.Sprintf(`#article [data-id="q%d"]`, i)
		speakerSel := fmt.Sprintf(`#article [data-at="%d-%d"]`, q.SpeakerStart, q.SpeakerEnd)
		hover(ctx, t, quoteSel)
		if !lit(ctx, t, speakerSel) {
			t.Errorf("pointing at quotation %d (%q) does not light up its speaker %q", i, doc.Text[q.Start:q.End], doc.Text[q.SpeakerStart:q.SpeakerEnd])
		}
		hover(ctx, t, speakerSel)
		if !lit(ctx, t, quoteSel) {
			t.Errorf("pointing at speaker %q does not light up quotation %d (%q)", doc.Text[q.SpeakerStart:q.SpeakerEnd], i, doc.Text[q.Start:q.End])
		}
		hover(ctx, t, "header h1")
		if lit(ctx, t, quoteSel) {
			t.Errorf("quotation %d stays lit after the pointer left", i)
		}
		break
	}

	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(*shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", *shot)
}

// hover moves the mouse to the middle of the first element matching sel.
func hover(ctx context.Context, t *testing.T, sel string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"});
  const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()`, sel)
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1])); err != nil {
		t.Fatal(err)
	}
}

// lit reports whether the first element matching sel has the class "lit".
func lit(ctx context.Context, t *testing.T, sel string) bool {
	t.Helper()
	on, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector(%q).classList.contains("lit")`, sel)))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	return on
}
