package attrib

import (
	"sort"
	"strings"
)

// resolve fills the speaker name and entity of passage k from its mention.
func (f *finder) resolve(k int) { f.resolveInto(&f.ps[k]) }

func (f *finder) resolveInto(p *passage) {
	p.entity = -1
	ms, me := f.toks[p.spS].Start, f.toks[p.spE-1].End
	mention := f.src[ms:me]
	p.speaker = mention
	if g, ok := f.pronoun(p.spS); ok && p.spE == p.spS+1 {
		if name, ent, ok := f.antecedent(p.spS, g); ok {
			p.speaker, p.entity = name, ent
		}
		return
	}
	if p.spE == p.spS+1 && (f.is(p.spS, "who") || f.is(p.spS, "which")) {
		j := p.spS - 1
		if f.punct(j, ",") {
			j--
		}
		lo := f.sentStart(p.spS)
		if n := f.npLeft(j, lo, false); n.kind == npName || n.kind == npNominal {
			q := passage{spS: n.s, spE: n.e}
			f.resolveInto(&q)
			p.speaker, p.entity = q.speaker, q.entity
		}
		return
	}
	if len(f.names) > 0 {
		if n, ok := f.nameIn(ms, me); ok {
			if n.Entity >= 0 && n.Entity < len(f.ents) && f.ents[n.Entity].Name != "" {
				p.speaker, p.entity = f.ents[n.Entity].Name, n.Entity
			} else if n.Start >= 0 && n.End <= len(f.src) && n.Start < n.End {
				p.speaker = f.src[n.Start:n.End]
			}
			return
		}
	}
	s, e := p.spS, p.spE
	for s < e-1 && f.in(titleWords, s) && f.isCap(s) && f.nameish(s+1) {
		s++ // "Rep. Jane Doe" -> "Jane Doe"
	}
	if e-s == 1 && f.isCap(s) {
		// A bare surname: an earlier full name ending in it.
		if full, ok := f.fullNameEnding(f.toks[s].Start, f.word(s)); ok {
			p.speaker = full
			return
		}
	}
	p.speaker = f.spanText(s, e)
	if i := strings.LastIndex(p.speaker, "’s"); i > 0 && i == len(p.speaker)-len("’s") {
		p.speaker = p.speaker[:i]
	}
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
			q := passage{spS: n.s, spE: n.e}
			f.resolveInto(&q)
			if g == 'o' || strings.Contains(q.speaker, " ") || k == si {
				return q.speaker, q.entity, true
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
	if n.Entity >= 0 && n.Entity < len(f.ents) && f.ents[n.Entity].Name != "" {
		return f.ents[n.Entity].Name
	}
	if n.Start >= 0 && n.End <= len(f.src) && n.Start < n.End {
		return f.src[n.Start:n.End]
	}
	return ""
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
