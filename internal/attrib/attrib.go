package attrib

import (
	"iter"
	"sort"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/gazetteer"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/quote"
)

// NameType is the type of a name mention or entity: the entity stage's own.
type NameType = entity.Type

const (
	Person = entity.Person
	Org    = entity.Org
	Place  = entity.Place
)

// Name is a name mention found by the entity stage, with the entity it belongs to (Entity,
// an index into the entity list, -1 if none). It is the public mention, so that the pipeline
// hands its list over as it is: a long document has millions. Find only reads it.
type Name = entity.Mention

// Gender of a person entity, when known; it lets he/she skip a person of the other sex. It is
// the gazetteer's, which knows the sex of first names.
type Gender = gazetteer.Gender

const (
	UnknownGender = gazetteer.UnknownGender
	Male          = gazetteer.Male
	Female        = gazetteer.Female
)

// Entity is one entity of the document as the entity stage resolved it.
type Entity struct {
	Name   string // canonical, e.g. "Dmitry Peskov"
	Type   NameType
	Gender Gender
	// GenderEvidence says what decided Gender: a first name's statistics alone do not keep
	// he or she from the subject of the sentence just before.
	GenderEvidence entity.Evidence
	// Role and Age are what the story says of a person ("Kremlin spokesman", 26): a
	// description ("the spokesman", "the 26-year-old") resolves to the person they fit.
	Role string
	Age  int
}

// Kind is the public quote.Kind: direct, partial, scare, title or unattributed. The rules
// decide it; the pipeline hands it on unchanged.
type Kind = quote.Kind

// The kinds under short names for the rules.
const (
	Direct       = quote.Direct
	Partial      = quote.Partial
	Scare        = quote.Scare
	Title        = quote.Title
	Unattributed = quote.Unattributed
)

// Quote is one marked passage and its attribution.
type Quote struct {
	Start, End          int // the words between the marks (white space at the edges left out)
	OpenStart, CloseEnd int // the marks themselves (CloseEnd = End when a passage ends unclosed)
	Kind                Kind
	// SpeakerStart, SpeakerEnd span the mention the attribution rests on: the "He" of "He
	// claimed", the "Peskov" of "Peskov said"; -1, -1 when there is no speaker.
	SpeakerStart, SpeakerEnd int
	// Speaker is the resolved name: the entity's canonical name when the mention resolves to
	// one, else a name found in the text, else the mention text (e.g. "the newspaper").
	Speaker string
	Entity  int // entity index or -1
	// CueStart, CueEnd span the reporting verb ("said", "according"), -1 when none.
	CueStart, CueEnd int
	// CueClass says whether the cue reports speech, writing, thought or evidence.
	CueClass CueClass
	// Group is shared by the parts of one quotation: the two halves of a split quote, the
	// paragraphs of a multi-paragraph quote. It is the index of the group's first Quote.
	Group int
	// Rule names the rule that decided the speaker or the kind (see rules.go).
	Rule       ruleID
	Confidence float32
	// Continues is true when the speaker carries over from an earlier attribution, with no
	// speaker mention in the passage's own sentence.
	Continues bool
	// Members lists the entities of a group speaking as one ("Lena Ortiz and Tomas Berg",
	// then "they said"); Entity is -1 then.
	Members []int
}

// Find returns the quoted passages of d in text order, each attributed to its speaker where the
// text says who spoke. names are the name mentions of the entity stage in text order (may be
// nil) and entities the entities they refer to.
func Find(d *text.Doc, names []Name, entities []Entity) []Quote {
	f := prepare(d, names, entities)
	if f == nil || len(f.ps) == 0 {
		return nil
	}
	return quotesOutside(linkLines(d), f.output())
}

// FindAll returns what Find and FindReported return, pairing and attributing the quotations
// once for both. The quotations come one record at a time (Quotes.At), so that a caller that
// turns them into records of its own never holds two lists of a long document's quotations;
// and they no longer refer to d's tokens, so that the tokens and the finder's lists over them
// can be collected before the caller makes its records.
func FindAll(d *text.Doc, names []Name, entities []Entity) (Quotes, []Reported) {
	f := prepare(d, names, entities)
	if f == nil {
		return Quotes{}, nil
	}
	rs := f.partialLeads(f.allReported())
	f.setCueClasses(rs)
	lines := linkLines(d)
	rs = reportedOutside(lines, rs)
	f.passagesOutside(lines)
	return f.settle(), rs
}

// Quotes are the quoted passages FindAll found, in text order, settled: what Find returns,
// without the finder or the tokens.
type Quotes struct {
	ps       []passage // settled
	speakers []string
	groups   [][]int
	nents    int // the number of entities; a passage's entity past them is a group
}

// settle returns the finder's passages as Quotes: each passage's marks and spans of tokens
// become bytes, its cue class and whether it continues are found, as quoteAt makes them.
func (f *finder) settle() Quotes {
	for k := range f.ps {
		q := f.quoteAt(k) // reads passage k alone: those before it are settled already
		p := &f.ps[k]
		p.open, p.close = int32(q.OpenStart), int32(q.CloseEnd)
		p.spS, p.spE = int32(q.SpeakerStart), int32(q.SpeakerEnd)
		p.cueS, p.cueE = int32(q.CueStart), int32(q.CueEnd)
		p.carried, p.cue = q.Continues, q.CueClass
	}
	return Quotes{ps: f.ps, speakers: f.speakers, groups: f.groups, nents: len(f.ents)}
}

// Len returns the number of passages.
func (qs Quotes) Len() int { return len(qs.ps) }

// At returns passage k (0 <= k < Len()): what Find returns at k.
func (qs Quotes) At(k int) Quote {
	p := &qs.ps[k]
	q := Quote{Start: int(p.start), End: int(p.end), OpenStart: int(p.open), CloseEnd: int(p.close), Kind: p.kind,
		SpeakerStart: int(p.spS), SpeakerEnd: int(p.spE), Entity: -1, CueStart: int(p.cueS), CueEnd: int(p.cueE),
		Group: int(p.group), Rule: p.rule, Confidence: confidence(p.rule), Continues: p.carried, CueClass: p.cue}
	if p.spS >= 0 {
		if p.speaker > 0 && int(p.speaker) < len(qs.speakers) {
			q.Speaker = qs.speakers[p.speaker]
		}
		q.Entity, q.Members = groupOf(int(p.entity), qs.nents, qs.groups)
	}
	return q
}

// All yields the passages' indexes and records in text order.
func (qs Quotes) All() iter.Seq2[int, Quote] {
	return func(yield func(int, Quote) bool) {
		for k := range qs.Len() {
			if !yield(k, qs.At(k)) {
				return
			}
		}
	}
}

// prepare pairs the quotation marks of d and attributes the passages: the work Find and
// FindReported share. It returns nil for an empty document.
func prepare(d *text.Doc, names []Name, entities []Entity) *finder {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	f := newFinder(d, names, entities)
	f.pair()
	if len(f.ps) > 0 {
		f.attribute()
	} else {
		f.markPassages()
	}
	return f
}

// partialLeads adds, for a partial quotation whose cue comes a few words before it in its
// sentence ("called Trump a “con artist”", "says he has “extraordinarily good health”"), the
// reported record that runs from the cue over the quotation: the words between are the
// speaker's claim too. Nothing is added where a reported record is already.
func (f *finder) partialLeads(rs []Reported) []Reported {
	n := len(rs)
	for k := range f.ps {
		q := f.quoteAt(k)
		if q.Kind != Partial || q.SpeakerStart < 0 || q.CueStart < 0 || q.CueEnd > q.OpenStart {
			continue
		}
		a, b := f.tokenSpan(q.CueEnd, q.OpenStart)
		if a == b || b-a > 8 || f.sentOf[a] != f.sentOf[b-1] {
			continue
		}
		ok := true
		for i := a; i < b && ok; i++ {
			ok = f.toks[i].Kind == text.Word || f.toks[i].Kind == text.Number
		}
		if !ok || int(f.toks[a].Start) < q.CueEnd || q.SpeakerStart >= q.CueEnd && q.SpeakerStart < q.OpenStart {
			continue
		}
		end := q.CloseEnd
		if _, ce := f.tokenSpan(q.OpenStart, q.CloseEnd); ce < len(f.toks) {
			// the claim runs on to the sentence's end ("has “good health” for a man of 70"),
			// not over the speaker's cue after it or a clause of the writer's
			last := f.sentEnd(ce - 1)
			k := ce
			for ; k < last; k++ {
				if f.quoted(k) != 0 || f.punct(k, ", ; : — –") || f.punct(k, ".") && k == last-1 {
					break
				}
			}
			if k > ce {
				end = int(f.toks[k-1].End)
			}
		}
		r := Reported{Start: int(f.toks[a].Start), End: end, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd,
			Speaker: q.Speaker, Entity: q.Entity, CueStart: q.CueStart, CueEnd: q.CueEnd, Rule: rulePartialLead,
			Members: q.Members}
		// rs[:n] is in text order: the records that could overlap r end the ones starting
		// before r's end (a few are looked at: records seldom nest)
		k := sort.Search(n, func(i int) bool { return rs[i].Start >= r.End })
		free := true
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if rs[j].End > r.Start {
				free = false
				break
			}
		}
		if free {
			rs = append(rs, r)
		}
	}
	if len(rs) > n {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	}
	return rs
}

// rulePartialLead names the reported records partialLeads adds.
const rulePartialLead = quote.RulePartialLead
