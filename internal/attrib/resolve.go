package attrib

import (
	"sort"
	"strings"
	"unicode"
)

// resolve fills the speaker name and entity of passage k from its mention.
func (f *finder) resolve(k int) {
	p := &f.ps[k]
	p.speaker, p.entity = f.resolveSpan(p.spS, p.spE)
}

// resolveSpan returns the speaker name and entity (-1 if none) of the mention in tokens
// [s, e): a pronoun's antecedent, a relative pronoun's antecedent, the entity stage's name, a
// surname's full name, else the mention as written (less a title and a final ’s).
func (f *finder) resolveSpan(s, e int) (string, int) {
	ms, me := f.toks[s].Start, f.toks[e-1].End
	mention := f.src[ms:me]
	if g, ok := f.pronoun(s); ok && e == s+1 {
		if name, ent, ok := f.antecedent(s, g); ok {
			return name, ent
		}
		return mention, -1
	}
	if e == s+1 && (f.is(s, "who") || f.is(s, "which")) {
		j := s - 1
		if f.punct(j, ",") {
			j--
		}
		if n := f.npLeft(j, f.sentStart(s), false); n.kind == npName || n.kind == npNominal {
			return f.resolveSpan(n.s, n.e)
		}
		return mention, -1
	}
	if len(f.names) > 0 {
		if n, ok := f.nameIn(ms, me); ok {
			if name := f.nameString(n); name != "" {
				return name, f.entityOf(n)
			}
			return mention, -1
		}
	}
	if e-s == 2 && f.is(s, "the") && f.isLowerWord(s+1) || f.in(titleWords, e-1) && (e-s == 1 || f.is(e-2, "s") || f.is(s, "the")) {
		// "the chancellor told reporters", "Germany's Chancellor Says": the person the story
		// titled so ("German Chancellor Olaf Scholz"), before the mention or else after it
		if n, ok := f.titled(ms, string(f.lower(e-1))); ok {
			if name := f.nameString(n); name != "" {
				return name, f.entityOf(n)
			}
		}
	}
	for s < e-1 && f.in(titleWords, s) && f.isCap(s) && f.nameish(s+1) {
		s++ // "Rep. Jane Doe" -> "Jane Doe"
	}
	if e-s == 1 && f.isCap(s) {
		// A bare surname: an earlier full name ending in it.
		if full, ok := f.fullNameEnding(f.toks[s].Start, f.word(s)); ok {
			return full, -1
		}
	}
	name := f.spanText(s, e)
	if i := strings.LastIndex(name, "’s"); i > 0 && i == len(name)-len("’s") {
		name = name[:i]
	}
	return name, -1
}

// titled returns the person named right after the title word role ("German Chancellor Olaf
// Scholz" for "chancellor"): the last such before byte pos, else the first after it (a headline
// names the title before the story names the person); not after "Vice President" or "former
// President" for "president".
func (f *finder) titled(pos int, role string) (Name, bool) {
	at := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= pos })
	for k := 0; k < len(f.names); k++ {
		i := at - 1 - k // the names before pos, nearest first, then those after it
		if k >= at {
			i = k
		}
		n := f.names[i]
		if n.Type != Person {
			continue
		}
		before := strings.TrimRight(f.src[max(0, n.Start-len(role)-12):n.Start], " \u00a0")
		k := len(before) - len(role)
		if k < 0 || !strings.EqualFold(before[k:], role) {
			continue
		}
		if k > 0 && unicode.IsLetter(rune(before[k-1])) {
			continue // the end of another word
		}
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(before[:k], "-", " ")))
		if len(words) > 0 {
			switch words[len(words)-1] {
			case "vice", "deputy", "former", "ex", "acting":
				continue
			}
		}
		return n, true
	}
	return Name{}, false
}

// namesake returns the person entity other than n's whose full name ends in n's one word and
// whose sex does not rule out the pronoun gender g.
func (f *finder) namesake(n Name, g byte) (int, bool) {
	word := strings.TrimSpace(f.src[n.Start:n.End])
	if word == "" || strings.ContainsAny(word, " \u00a0") {
		return -1, false
	}
	other := Female
	if g == 'f' {
		other = Male
	}
	for e, ent := range f.ents {
		if e == n.Entity || ent.Type != Person || ent.Gender == other {
			continue
		}
		if i := strings.LastIndexByte(ent.Name, ' '); i > 0 && ent.Name[i+1:] == word {
			return e, true
		}
	}
	return -1, false
}

// nameIn returns the entity-stage name that overlaps bytes [s, e); of several, the last person.
func (f *finder) nameIn(s, e int) (Name, bool) {
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].End > s })
	var best Name
	found := false
	for ; i < len(f.names) && f.names[i].Start < e; i++ {
		n := f.names[i]
		if !found || n.Type == Person || best.Type != Person {
			best, found = n, true
		}
	}
	return best, found
}

// antecedent resolves a pronoun at byte pos: with names from the entity stage, the most recent
// fitting name (a person for he/she/I/you, an organization for it/they/we, falling back to a
// person); without, the most recent named speaker, else the most recent full name in the text.
func (f *finder) antecedent(tok int, g byte) (string, int, bool) {
	pos := f.toks[tok].Start
	if len(f.names) > 0 {
		want := Person
		if g == 'o' {
			want = Org
		}
		i := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= pos })
		for j := i - 1; j >= 0 && j >= i-200; j-- {
			n := f.names[j]
			if n.Type != want {
				continue
			}
			if want == Person && n.Entity >= 0 && n.Entity < len(f.ents) {
				eg := f.ents[n.Entity].Gender
				if g == 'm' && eg == Female || g == 'f' && eg == Male {
					// "In her book, Clinton noted …; she said": a surname the entity
					// stage gave to Bill Clinton may be Hillary Clinton's
					if e, ok := f.namesake(n, g); ok {
						return f.ents[e].Name, e, true
					}
					continue
				}
			}
			return f.nameString(n), n.Entity, true
		}
		return "", -1, false // "they" for a group of people stays as written
	}
	// The subject of the pronoun's own sentence ("Clinton says she …"), else of the sentence
	// before ("Sen. Jane Doe scolded him: “…,” she said").
	si := int(f.sentOf[tok])
	for k := si; k >= 0 && k >= si-1; k-- {
		s := f.d.Sentences[k]
		hi := s.Last
		if k == si {
			hi = tok
		}
		n := f.sentenceSubject(clamp(s.First, len(f.toks)), clamp(hi, len(f.toks)))
		if n.kind == npName || g == 'o' && n.kind == npNominal {
			name, ent := f.resolveSpan(n.s, n.e)
			if g == 'o' || strings.Contains(name, " ") || k == si {
				return name, ent, true
			}
		}
	}
	if g == 'o' {
		return "", -1, false
	}
	// The most recent named speaker before pos (among the last few passages).
	first := sort.Search(len(f.ps), func(k int) bool { return f.ps[k].openStart >= pos })
	for k := first - 1; k >= 0 && k >= first-50; k-- {
		q := &f.ps[k]
		if q.spS < 0 || f.toks[q.spS].Start >= pos {
			continue
		}
		if _, isPron := f.pronoun(q.spS); isPron {
			continue
		}
		if f.isCap(q.spS) && q.speaker != "" {
			return q.speaker, q.entity, true
		}
		break
	}
	if f.last.ok && f.last.spS >= 0 && f.toks[f.last.spS].Start < pos && f.isCap(f.last.spS) {
		if _, isPron := f.pronoun(f.last.spS); !isPron {
			return f.last.speaker, f.last.entity, true
		}
	}
	if full, ok := f.recentFullName(pos); ok {
		return full, -1, true
	}
	return "", -1, false
}

func (f *finder) nameString(n Name) string {
	if e := f.entityOf(n); e >= 0 {
		return f.ents[e].Name
	}
	if n.Start >= 0 && n.End <= len(f.src) && n.Start < n.End {
		return f.src[n.Start:n.End]
	}
	return ""
}

// entityOf returns the entity of name n when the entity stage gave it a named one, else -1.
func (f *finder) entityOf(n Name) int {
	if n.Entity >= 0 && n.Entity < len(f.ents) && f.ents[n.Entity].Name != "" {
		return n.Entity
	}
	return -1
}

// fullNameSpans lists the capitalized sequences of two or more words in the text (titles and
// sentence openers left out), found once on first use.
func (f *finder) fullNameSpans() [][2]int {
	if f.full != nil {
		return f.full
	}
	f.full = make([][2]int, 0, 16)
	for i := 0; i < len(f.toks); {
		if !f.nameish(i) || f.in(titleWords, i) {
			i++
			continue
		}
		e := i + 1
		for e < len(f.toks) && f.toks[e].Newlines == 0 && (f.nameish(e) || f.connector(e) && f.nameish(e+1)) {
			e++
		}
		if e-i >= 2 && e-i <= 4 && !f.isAllCaps(i) {
			f.full = append(f.full, [2]int{i, e})
		}
		if e == i {
			e++
		}
		i = e
	}
	return f.full
}

// fullNameEnding returns the most recent full name before pos whose last word is surname,
// else the first one after.
func (f *finder) fullNameEnding(pos int, surname string) (string, bool) {
	spans := f.fullNameSpans()
	i := sort.Search(len(spans), func(i int) bool { return f.toks[spans[i][0]].Start >= pos })
	for k := i - 1; k >= 0 && k >= i-500; k-- {
		if sp := spans[k]; f.word(sp[1]-1) == surname {
			return f.spanText(sp[0], sp[1]), true
		}
	}
	for k := i; k < len(spans) && k < i+500; k++ {
		if sp := spans[k]; f.word(sp[1]-1) == surname {
			return f.spanText(sp[0], sp[1]), true
		}
	}
	return "", false
}

// recentFullName returns the closest full name before pos.
func (f *finder) recentFullName(pos int) (string, bool) {
	spans := f.fullNameSpans()
	i := sort.Search(len(spans), func(i int) bool { return f.toks[spans[i][0]].Start >= pos })
	if i == 0 {
		return "", false
	}
	sp := spans[i-1]
	return f.spanText(sp[0], sp[1]), true
}
