package main

import (
	"bufio"
	"cmp"
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/quote"
)

// Layers order spans that start and end at the same bytes: the outer one first.
const (
	layerReported = iota
	layerQuote
	layerSpeaker
	layerName
)

// span is one highlighted stretch of the article and the attributes of its <span> element.
type span struct {
	start, end int
	layer      int
	id         string // shared by the pieces of a span split by a crossing one
	class      string
	attrs      [][2]string // name, value; written escaped
}

// spans lists what the page highlights: reported speech, quotations, speaker mentions that are
// no name (such as "the newspaper"), name mentions (pronouns resolved to an entity included)
// and dates. Spans outside the text or empty are left out.
func spans(doc *extract.Document) []span {
	var out []span
	add := func(s span) {
		if s.start >= 0 && s.start < s.end && s.end <= len(doc.Text) {
			out = append(out, s)
		}
	}
	at := func(start, end int) string { return strconv.Itoa(start) + "-" + strconv.Itoa(end) }
	named := map[string]bool{} // "start-end" of every name mention
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			named[at(m.Start, m.End)] = true
			class := "n " + m.Type.String()
			what := "name"
			if m.Pronoun {
				class += " pron"
				what = "pronoun"
			}
			add(span{start: m.Start, end: m.End, layer: layerName, id: "m" + at(m.Start, m.End), class: class,
				attrs: [][2]string{{"data-at", at(m.Start, m.End)}, {"data-e", strconv.Itoa(e.ID)},
					{"title", fmt.Sprintf("%s %s: %s (entity %d)", m.Type, what, e.Name, e.ID)}}})
		}
	}
	// Mentions that resolved to no entity are still names.
	for _, m := range doc.Mentions {
		if m.Entity < 0 && !named[at(m.Start, m.End)] {
			named[at(m.Start, m.End)] = true
			add(span{start: m.Start, end: m.End, layer: layerName, id: "m" + at(m.Start, m.End), class: "n " + m.Type.String(),
				attrs: [][2]string{{"data-at", at(m.Start, m.End)}, {"title", m.Type.String() + " name: " + doc.Text[m.Start:m.End]}}})
		}
	}
	for i, d := range doc.Dates {
		title := d.Type.String() + ": " + d.Value
		if d.RangeWith >= 0 && d.RangeWith < len(doc.Dates) {
			title += " (range with “" + doc.Dates[d.RangeWith].Text + "”)"
		}
		add(span{start: d.Start, end: d.End, layer: layerName, id: "d" + strconv.Itoa(i), class: "d " + d.Type.String(),
			attrs: [][2]string{{"data-value", d.Value}, {"title", title}}})
	}
	speaker := func(a quote.Attribution) [][2]string {
		if a.Speaker == "" {
			return nil
		}
		attrs := [][2]string{{"data-who", a.Speaker}}
		if a.SpeakerStart >= 0 {
			key := at(a.SpeakerStart, a.SpeakerEnd)
			attrs = append(attrs, [2]string{"data-spk", key})
			if !named[key] {
				named[key] = true
				add(span{start: a.SpeakerStart, end: a.SpeakerEnd, layer: layerSpeaker, id: "s" + key, class: "s",
					attrs: [][2]string{{"data-at", key}, {"title", "speaker: " + a.Speaker}}})
			}
		}
		return attrs
	}
	cue := func(a quote.Attribution) string {
		if a.CueStart < 0 {
			return ""
		}
		return " (" + doc.Text[a.CueStart:a.CueEnd] + ")"
	}
	for i, q := range doc.Quotes {
		title := q.Kind.String() + " quotation"
		if q.Speaker != "" {
			title += ": " + q.Speaker + cue(q.Attribution)
		}
		attrs := append(speaker(q.Attribution), [2]string{"title", title})
		add(span{start: q.Start, end: q.End, layer: layerQuote, id: "q" + strconv.Itoa(i), class: "q " + q.Kind.String(), attrs: attrs})
	}
	for i, r := range doc.Reported {
		title := "reported speech"
		if r.Speaker != "" {
			title += ": " + r.Speaker + cue(r.Attribution)
		}
		attrs := append(speaker(r.Attribution), [2]string{"title", title})
		add(span{start: r.Start, end: r.End, layer: layerReported, id: "r" + strconv.Itoa(i), class: "r", attrs: attrs})
	}
	slices.SortStableFunc(out, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.layer, b.layer))
	})
	return out
}

// op is one step of the article's markup: open a piece of span i, close the innermost open
// piece, or write text[start:end].
type op struct {
	kind       byte // 'o', 'c' or 't'
	i          int
	start, end int
}

// nest turns spans (sorted by start, longest first) into properly nested markup: a span that
// crosses the end of an enclosing one is closed there and reopened as a new piece, so every
// byte of the text is written exactly once, inside all the spans that cover it.
func nest(text string, sp []span) []op {
	var ops []op
	var stack []int // indices of the spans whose pieces are open, outermost first
	next := 0       // next span to open
	pos := 0
	for pos < len(text) || len(stack) > 0 {
		// Close the spans ending here, reopening those above them that go on.
		for {
			low := -1
			for k, i := range stack {
				if sp[i].end <= pos {
					low = k
					break
				}
			}
			if low < 0 {
				break
			}
			for k := len(stack) - 1; k >= low; k-- {
				ops = append(ops, op{kind: 'c'})
			}
			reopen := slices.Clone(stack[low+1:])
			stack = stack[:low]
			for _, i := range reopen {
				if sp[i].end > pos {
					ops = append(ops, op{kind: 'o', i: i})
					stack = append(stack, i)
				}
			}
		}
		for next < len(sp) && sp[next].start <= pos {
			if sp[next].start == pos {
				ops = append(ops, op{kind: 'o', i: next})
				stack = append(stack, next)
			}
			next++
		}
		if pos >= len(text) {
			continue
		}
		// Text runs to the next start or end, whichever comes first.
		end := len(text)
		if next < len(sp) {
			end = min(end, sp[next].start)
		}
		for _, i := range stack {
			end = min(end, sp[i].end)
		}
		ops = append(ops, op{kind: 't', start: pos, end: end})
		pos = end
	}
	return ops
}

// writeArticle writes the article's text, HTML-escaped, with its spans as nested <span>
// elements. The last piece of each span gets the class "end" (quotations show their speaker
// after it).
func writeArticle(w *bufio.Writer, doc *extract.Document) {
	sp := spans(doc)
	ops := nest(doc.Text, sp)
	last := map[int]int{} // span -> index in ops of its last opening
	for k, o := range ops {
		if o.kind == 'o' {
			last[o.i] = k
		}
	}
	seen := map[int]bool{}
	for k, o := range ops {
		switch o.kind {
		case 'o':
			s := sp[o.i]
			class := s.class
			if seen[o.i] {
				class += " cont"
			}
			seen[o.i] = true
			if last[o.i] == k {
				class += " end"
			}
			fmt.Fprintf(w, `<span class="%s" data-id="%s"`, class, s.id)
			for _, a := range s.attrs {
				fmt.Fprintf(w, ` %s="%s"`, a[0], html.EscapeString(a[1]))
			}
			w.WriteByte('>')
		case 'c':
			w.WriteString("</span>")
		case 't':
			writeText(w, doc.Text[o.start:o.end])
		}
	}
}

// writeText escapes s for HTML. Carriage returns are written as &#13; because an HTML parser
// would otherwise turn "\r\n" into "\n", and the page must hold every byte of the article.
func writeText(w *bufio.Writer, s string) {
	for s != "" {
		i := strings.IndexByte(s, '\r')
		if i < 0 {
			w.WriteString(html.EscapeString(s))
			return
		}
		w.WriteString(html.EscapeString(s[:i]))
		w.WriteString("&#13;")
		s = s[i+1:]
	}
}

// writePanel writes the side panel: the entities by type with their mention counts, and who is
// quoted how often.
func writePanel(w *bufio.Writer, doc *extract.Document) {
	for _, group := range []struct {
		t     entity.Type
		title string
	}{{entity.Person, "People"}, {entity.Org, "Organizations"}, {entity.Place, "Places"}} {
		var es []entity.Entity
		for _, e := range doc.Entities {
			if e.Type == group.t {
				es = append(es, e)
			}
		}
		slices.SortStableFunc(es, func(a, b entity.Entity) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
		fmt.Fprintf(w, "<h2>%s <small>(%d)</small></h2>\n<ul class=\"entities\">\n", group.title, len(es))
		for _, e := range es {
			pron := 0
			for _, m := range e.Mentions {
				if m.Pronoun {
					pron++
				}
			}
			note := ""
			if pron > 0 {
				note = fmt.Sprintf(" <small>(%d by pronoun)</small>", pron)
			}
			fmt.Fprintf(w, "<li class=\"%s\" data-e=\"%d\"><span class=\"name\">%s</span> <span class=\"count\">%d</span>%s</li>\n",
				e.Type, e.ID, html.EscapeString(e.Name), len(e.Mentions), note)
		}
		w.WriteString("</ul>\n")
	}
	// Who is quoted, as Document.Sources counts them: what was said or written (not thoughts
	// or evidence), a group speaking as one once.
	quoted := doc.Sources()
	fmt.Fprintf(w, "<h2>Quoted <small>(%d)</small></h2>\n<ul class=\"quoted\">\n", len(quoted))
	for _, c := range quoted {
		fmt.Fprintf(w, "<li data-who=\"%s\"><span class=\"name\">%s</span> <span class=\"count\">%d</span> <small>quotation%s, %d reported</small></li>\n",
			html.EscapeString(c.Name), html.EscapeString(c.Name), c.Direct, plural(c.Direct), c.Reported)
	}
	w.WriteString("</ul>\n")
	none := 0
	for _, q := range doc.Quotes {
		if q.Speaker == "" {
			none++
		}
	}
	fmt.Fprintf(w, "<p class=\"unattributed\">Quoted passages with no speaker (scare quotes, titles, unattributed): %d</p>\n", none)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// writePage writes one self-contained HTML page for the document: inline style and script,
// nothing loaded from elsewhere.
func writePage(out io.Writer, name string, doc *extract.Document) error {
	w := bufio.NewWriter(out)
	title := html.EscapeString(name)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", title, pageCSS)
	fmt.Fprintf(w, "<header><h1>%s</h1>", title)
	if !doc.Published.IsZero() {
		fmt.Fprintf(w, " <span class=\"published\">published %s</span>", doc.Published.Format("2006-01-02"))
	}
	w.WriteString(legend + "</header>\n<main>\n<article id=\"article\">")
	writeArticle(w, doc)
	w.WriteString("</article>\n<aside id=\"panel\">\n")
	writePanel(w, doc)
	fmt.Fprintf(w, "</aside>\n</main>\n<script>%s</script>\n</body>\n</html>\n", pageJS)
	return w.Flush()
}

const legend = `<p class="legend"><span class="n PERSON">person</span> <span class="n ORG">organization</span> <span class="n PLACE">place</span> <span class="d DATE">date</span> <span class="q direct">quotation</span> <span class="r">reported speech</span> <span class="s">speaker</span> Point at a quotation to light up its speaker, and at a speaker to light up what they said.</p>`

const pageCSS = `
body { font: 16px/1.6 Georgia, serif; margin: 0; color: #222; background: #fafafa; }
header { padding: 0.5em 1.5em; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.2em; display: inline; }
.legend { font: 13px/1.8 sans-serif; margin: 0.3em 0; }
main { display: flex; gap: 1.5em; padding: 1em 1.5em; align-items: flex-start; }
article { flex: 3; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1em 1.5em; border: 1px solid #ddd; }
aside { flex: 1; font: 14px/1.5 sans-serif; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
aside h2 { font-size: 1em; margin: 1em 0 0.3em; }
aside ul { list-style: none; padding: 0; margin: 0; }
aside li { padding: 1px 4px; border-radius: 3px; cursor: default; }
aside .count { font-weight: bold; }
.n { border-radius: 3px; padding: 0 1px; }
.PERSON { background: #cfe3ff; }
.ORG { background: #ffe0b3; }
.PLACE { background: #c9f0c9; }
.pron { background: none; border-bottom: 2px dotted #5b8fd9; }
.d { background: #f1d5f7; }
.TIME, .DURATION, .SET { background: #ece6f0; }
.q { color: #8a1c1c; background: #fff3d6; border-bottom: 2px solid #e0a800; }
.q.scare, .q.title { border-bottom-style: dotted; background: none; }
.q.unattributed { border-bottom-color: #999; }
.q.end[data-who]::after { content: " — " attr(data-who); font: italic 11px sans-serif; color: #555; vertical-align: super; }
.r { background: #f2f2f2; border-bottom: 1px dashed #999; }
.r.end[data-who]::after { content: " ← " attr(data-who); font: italic 11px sans-serif; color: #777; vertical-align: super; }
.s { border-bottom: 2px solid #5b8fd9; }
.lit { outline: 2px solid #d62728; background-color: #ffd1d1 !important; }
`

const pageJS = `
(function () {
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function esc(v) { return CSS.escape(v); }
  var lit = [];
  function light(els) { els.forEach(function (e) { e.classList.add("lit"); lit.push(e); }); }
  function clear() { lit.forEach(function (e) { e.classList.remove("lit"); }); lit = []; }
  // A quotation or reported clause lights up itself and its speaker's mention; a speaker's mention
  // lights up what it said; an entity in the panel lights up its mentions.
  document.addEventListener("mouseover", function (ev) {
    clear();
    var t = ev.target;
    var m = t.closest("#article [data-at]");
    if (m) {
      var said = all('[data-spk="' + esc(m.dataset.at) + '"]');
      if (said.length) { light(all('[data-id="' + esc(m.dataset.id) + '"]')); light(said); return; }
    }
    var q = t.closest("[data-spk]");
    if (q) {
      light(all('[data-id="' + esc(q.dataset.id) + '"]'));
      light(all('#article [data-at="' + esc(q.dataset.spk) + '"]'));
      return;
    }
    var e = t.closest("#panel [data-e]");
    if (e) { light([e]); light(all('#article [data-e="' + esc(e.dataset.e) + '"]')); return; }
    var w = t.closest("#panel [data-who]");
    if (w) { light([w]); light(all('#article [data-who="' + esc(w.dataset.who) + '"]')); }
  });
})();
`
