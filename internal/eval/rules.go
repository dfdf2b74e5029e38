package eval

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the speaker rule (score.py MAX_SPEAKER_BYTES, MAX_NAME_WORDS): a
// longer predicted speaker span or name is no evidence, so a system cannot
// win by naming everything.
const (
	MaxSpeakerBytes = 120
	MaxNameWords    = 6
)

// pronouns are gold speaker words that say nothing on their own: a gold "he"
// can only be matched by the predicted speaker span.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "him": true, "her": true, "them": true, "his": true, "their": true,
}

type span struct{ s, e int }

func overlap(a, b span) int {
	return max(0, min(a.e, b.e)-max(a.s, b.s))
}

// greedyMatch is score.py's one-to-one matching: every (gold, pred) pair
// with a positive score, best score first, then identical spans, then gold
// index, then pred index.
func greedyMatch(golds, preds []span, score func(gi, pi int) int) [][2]int {
	type pair struct {
		s, gi, pi int
		notSame   bool
	}
	var pairs []pair
	for gi, g := range golds {
		for pi, p := range preds {
			if s := score(gi, pi); s > 0 {
				pairs = append(pairs, pair{s, gi, pi, g != p})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		switch {
		case a.s != b.s:
			return b.s - a.s
		case a.notSame != b.notSame:
			if a.notSame {
				return 1
			}
			return -1
		case a.gi != b.gi:
			return a.gi - b.gi
		}
		return a.pi - b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, p := range pairs {
		if !usedG[p.gi] && !usedP[p.pi] {
			usedG[p.gi], usedP[p.pi] = true, true
			out = append(out, [2]int{p.gi, p.pi})
		}
	}
	return out
}

// clampSpan keeps byte access inside b; score.py rejects such spans earlier
// (see Check), Score only must not panic on them.
func clampSpan(b string, s, e int) (int, int) {
	s = min(max(s, 0), len(b))
	e = min(max(e, s), len(b))
	return s, e
}

// stripThe moves start past a leading "the "/"The ", so "the Kremlin" and
// "Kremlin" are the same name.
func stripThe(b string, s, e int) span {
	cs, ce := clampSpan(b, s, e)
	if e-s > 4 && ce-cs >= 4 && (b[cs:cs+4] == "the " || b[cs:cs+4] == "The ") {
		return span{s + 4, e}
	}
	return span{s, e}
}

// isTrim reports score.py's TRIM characters: white space and punctuation
// around a quote or date that does not change what it is.
func isTrim(r rune) bool {
	return strings.ContainsRune(" \t\n\r,.;:!?\u00a0", r)
}

// trimmed is a span less surrounding white space and punctuation
// ("satisfied," equals "satisfied").
func trimmed(b string, sp span) span {
	s, e := strip(b, sp, isTrim)
	return span{s, e}
}

// strip returns sp less the runes at either end for which drop holds (an empty span at the
// end when all do). Invalid bytes decode to U+FFFD, as in Python.
func strip(b string, sp span, drop func(rune) bool) (s, e int) {
	cs, ce := clampSpan(b, sp.s, sp.e)
	t := b[cs:ce]
	head := 0
	for head < len(t) {
		r, n := utf8.DecodeRuneInString(t[head:])
		if !drop(r) {
			break
		}
		head += n
	}
	tail := 0
	for tail < len(t)-head {
		r, n := utf8.DecodeLastRuneInString(t[:len(t)-tail])
		if !drop(r) {
			break
		}
		tail += n
	}
	s = sp.s + head
	return s, max(s, sp.e-tail)
}

// dateSpan is a date's span for exact comparison: trimmed, less a leading
// "the" ("the 1990s." equals "1990s").
func dateSpan(b string, sp span) span {
	t := trimmed(b, sp)
	return stripThe(b, t.s, t.e)
}

// isWord is Python's Unicode \w: letters, numbers and the underscore.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// words returns lower-cased word tokens with the possessive 's dropped
// ("Clinton’s campaign" gives clinton, campaign), like score.py's words.
func words(text string) []string {
	rs := []rune(strings.ToLower(text))
	kept := rs[:0:0]
	for i := 0; i < len(rs); i++ {
		if (rs[i] == '\'' || rs[i] == '’') && i+1 < len(rs) && rs[i+1] == 's' &&
			(i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		kept = append(kept, rs[i])
	}
	var out []string
	for i := 0; i < len(kept); {
		if !isWord(kept[i]) {
			i++
			continue
		}
		j := i
		for j < len(kept) && isWord(kept[j]) {
			j++
		}
		out = append(out, string(kept[i:j]))
		i = j
	}
	return out
}

var (
	reZeroSeconds = regexp.MustCompile(`(T\p{Nd}\p{Nd}:\p{Nd}\p{Nd}):00(\.0+)?$`)
	reWholeHour   = regexp.MustCompile(`T(\p{Nd}\p{Nd})$`)
	reDecadeX     = regexp.MustCompile(`^(\p{Nd}{2,3})X+$`)
)

// isPySpace is Python's str.isspace (Go's White_Space plus the separators
// U+001C..U+001F).
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// normValue writes a TimeML value in one notation so equal meanings compare
// equal: 1995-XX-XX = 1995, 199X = 199, 2000-W7 = 2000-W07, T17 = T17:00,
// no zero seconds. ok is false for a missing value.
func normValue(v string, present bool) (string, bool) {
	if !present {
		return "", false
	}
	v = strings.ToUpper(strings.Map(func(r rune) rune {
		if isPySpace(r) {
			return -1
		}
		return r
	}, v))
	v = reZeroSeconds.ReplaceAllString(v, "$1")
	v = reWholeHour.ReplaceAllString(v, "T${1}:00")
	v = padWeeks(v)
	for strings.HasSuffix(v, "-XX") {
		v = v[:len(v)-3]
	}
	v = reDecadeX.ReplaceAllString(v, "$1")
	return v, true
}

// padWeeks rewrites "-W<digit>" followed by the end or "-" as "-W0<digit>"
// (Go's regexp has no look-ahead).
func padWeeks(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); {
		if strings.HasPrefix(v[i:], "-W") {
			r, n := utf8.DecodeRuneInString(v[i+2:])
			if n > 0 && unicode.IsDigit(r) {
				after := i + 2 + n
				if after == len(v) || v[after] == '-' {
					b.WriteString("-W0")
					b.WriteString(v[i+2 : after])
					i = after
					continue
				}
			}
		}
		b.WriteByte(v[i])
		i++
	}
	return b.String()
}

// valueOK reports whether a predicted value says what the gold value says:
// equal after normValue; a time of day on the right day is right; with
// wildcard (the document has a publication date) an X in the gold stands for
// any digit, since resolving what the annotators left open is right.
func valueOK(gold, pred string, wildcard bool) bool {
	g, _ := normValue(gold, true)
	p, _ := normValue(pred, true)
	if g == "" || p == "" {
		return false
	}
	if strings.Contains(p, "T") && !strings.Contains(g, "T") {
		p, _, _ = strings.Cut(p, "T")
	}
	if g == p {
		return true
	}
	if !wildcard || !strings.Contains(g, "X") {
		return false
	}
	gr, pr := []rune(g), []rune(p)
	if len(gr) != len(pr) {
		return false
	}
	for i := range gr {
		if gr[i] != pr[i] && !(gr[i] == 'X' && unicode.IsDigit(pr[i])) {
			return false
		}
	}
	return true
}

// ValueOK is the date value rule Score applies (valueOK), for tools that list
// which predicted values it counts wrong.
func ValueOK(gold, pred string, wildcard bool) bool { return valueOK(gold, pred, wildcard) }

// speakerOK reports whether the speaker of a matched quote is right: the
// predicted speaker span (at most MaxSpeakerBytes, or the gold's length)
// overlaps the gold's, or else the predicted name (at most MaxNameWords
// words) contains the last word of the gold name (before any comma), which
// must not be a pronoun.
func speakerOK(g, p Quote) bool {
	if g.SpeakerStart != nil && g.SpeakerEnd != nil && p.SpeakerStart != nil && p.SpeakerEnd != nil {
		gs, ge, ps, pe := *g.SpeakerStart, *g.SpeakerEnd, *p.SpeakerStart, *p.SpeakerEnd
		if pe-ps > 0 && pe-ps <= max(MaxSpeakerBytes, ge-gs) && overlap(span{gs, ge}, span{ps, pe}) > 0 {
			return true
		}
	}
	gname, _, _ := strings.Cut(deref(g.Speaker), ",")
	gw, pw := words(gname), words(deref(p.Speaker))
	if len(gw) == 0 || len(pw) == 0 || len(pw) > MaxNameWords || pronouns[gw[len(gw)-1]] {
		return false
	}
	return slices.Contains(pw, gw[len(gw)-1])
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// isPronounSpeaker reports a gold speaker that is a bare pronoun ("he"),
// for the speaker accuracy breakdown.
func isPronounSpeaker(speaker *string) bool {
	w := words(deref(speaker))
	return len(w) == 1 && pronouns[w[0]]
}
