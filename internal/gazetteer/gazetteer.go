package gazetteer

import (
	"hash/maphash"
	"iter"
	"strings"
	"sync/atomic"
	"unicode"
)

func (t *table) lookup(phrase string) Kind {
	g := t.find(phrase)
	if g == nil {
		return 0
	}
	exact, caps := t.match(g, phrase)
	if exact != nil {
		return exact.kind
	}
	var k Kind
	for i := range g {
		if !g[i].acronym || caps {
			k |= g[i].kind
		}
	}
	return k
}

// Lookup returns what the phrase (tokens joined by single spaces, as
// written) can be, 0 when no list knows it.
//
// Matching is case-sensitive first: "us" is a CommonWord, "US" a Country,
// "Bush" a Surname and (its lowercase form being a word) a CommonWord. When
// no list has the phrase in exactly that casing, the answer is the union of
// all casings the lists have, except that acronyms ("US", "WHO") only match
// a phrase that is itself in capitals: "MOSCOW" and "moscow" are City,
// "Us" is only a CommonWord.
//
// CommonWord on a name means its lower-case form is an English word and the
// name is written lower case or capitalized, so a capital letter at a
// sentence start cannot tell them apart ("Mobile", "Bath", "May").
func Lookup(phrase string) Kind {
	if len(phrase) > maxCached {
		return get().lookup(phrase)
	}
	h := maphash.String(cacheSeed, phrase)
	slot := &lookupCache[h&(cacheSize-1)]
	if v := atomic.LoadUint64(slot); v != 0 && v>>cacheTagShift == h>>cacheTagShift {
		return Kind(v & uint64(kindEnd-1))
	}
	k := get().lookup(phrase)
	atomic.StoreUint64(slot, h>>cacheTagShift<<cacheTagShift|uint64(kindEnd)|uint64(k))
	return k
}

// lookupCache remembers recent answers of Lookup, shared by every goroutine of the process:
// the lists are large, so a lookup in them waits for several cache misses, while news repeats
// its words. A slot holds the phrase's hash above bit cacheTagShift, a bit saying the slot is
// used, and the Kind. Two phrases that share a slot and those 44 bits of hash would share an
// answer; at about one lookup in 10^13 that is left to chance.
var (
	lookupCache [cacheSize]uint64
	cacheSeed   = maphash.MakeSeed()
)

const (
	cacheSize     = 1 << 16 // slots: 512 KB
	cacheTagShift = 20      // above the Kind bits and the used bit (checked below)
	maxCached     = 64      // longer phrases are rare and looked up directly
)

// LookupLower returns every kind that any casing of the phrase has, for
// callers that have lost the casing or want to know whether a lower-case
// word is also a name: LookupLower("bush") has CommonWord and Surname.
func LookupLower(phrase string) Kind {
	var k Kind
	for _, e := range get().find(phrase) {
		k |= e.kind
	}
	return k
}

// best returns the entry that answers for phrase: the exact casing, or the
// most populous eligible casing when phrase has a capital letter (a lower-case
// phrase is taken to be the ordinary word). ok is false when none fits.
func (t *table) best(phrase string, want func(*entry) bool) *entry {
	g := t.find(phrase)
	if g == nil {
		return nil
	}
	exact, caps := t.match(g, phrase)
	if exact != nil {
		if want(exact) {
			return exact
		}
		return nil
	}
	if !hasUpper(phrase) {
		return nil
	}
	var b *entry
	for i := range g {
		e := &g[i]
		if (e.acronym && !caps) || !want(e) {
			continue
		}
		if b == nil || e.pop > b.pop {
			b = e
		}
	}
	return b
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Canonical gives the standard name of a place, country or organization
// the lists know ("US", "U.S.", "USA", "America" -> "United States"; "UK",
// "Britain" -> "United Kingdom"; "Kiev" -> "Kyiv"; "Moscow" -> "Moscow");
// ok is false when it knows none. Demonyms have no canonical name (see
// CountryCode). Casing is handled as in Lookup, except that a phrase in
// lower case only matches its exact casing ("us" has none).
func Canonical(name string) (string, bool) {
	t := get()
	e := t.best(name, func(e *entry) bool { return e.canonLen > 0 })
	if e == nil {
		return "", false
	}
	return t.canon(e), true
}

// Population of the largest city, region or country by that name (cities:
// GeoNames figures; regions and countries: the sum of their cities of 1000+
// people, an underestimate), 0 when unknown. It lets callers weigh ambiguous
// names: "Paris" (France) outweighs "Paris" (Texas).
func Population(name string) int {
	e := get().best(name, func(e *entry) bool { return e.pop > 0 })
	if e == nil {
		return 0
	}
	return int(e.pop)
}

// CountryCode gives the ISO 3166-1 alpha-2 code of the country a place or
// demonym belongs to ("Moscow" -> "RU", "Ukrainian" -> "UA", "Texas" ->
// "US"); for names several places share, that of the most populous.
func CountryCode(name string) (string, bool) {
	e := get().best(name, func(e *entry) bool { return e.cc[0] != 0 })
	if e == nil {
		return "", false
	}
	return ccString(e.cc), true
}

// CountryName gives the canonical name of the country with an ISO 3166-1
// alpha-2 code ("UA" -> "Ukraine").
func CountryName(code string) (string, bool) {
	n, ok := get().countries[code]
	return n, ok
}

// All yields every built-in name that has any of the kinds in k, with its
// full kind, in the data file's order (sorted by lower-cased name). It is
// meant for training and inspection, not for lookups.
func All(k Kind) iter.Seq2[string, Kind] {
	return func(yield func(string, Kind) bool) {
		t := get()
		for i := range t.entries {
			e := &t.entries[i]
			if e.kind&k != 0 && !yield(t.name(e), e.kind) {
				return
			}
		}
	}
}

// Lookuper is anything that answers Lookup: the built-in lists (BuiltIn) or
// a Layer of the caller's own names over them.
type Lookuper interface {
	Lookup(phrase string) Kind
	// Begins reports whether some name of more words begins with phrase followed by a
	// space, in any casing: a caller trying longer and longer phrases stops when it is false.
	Begins(phrase string) bool
}

type builtIn struct{}

func (builtIn) Lookup(phrase string) Kind { return Lookup(phrase) }
func (builtIn) Begins(phrase string) bool { return get().begins(phrase) }

// BuiltIn returns the built-in lists as a Lookuper.
func BuiltIn() Lookuper { return builtIn{} }

// Layer adds a caller's names to another Lookuper (the built-in lists by
// default): its Lookup returns the union of both. A Layer is read-only after
// NewLayer and safe for concurrent use.
type Layer struct {
	base     Lookuper
	exact    map[string]Kind
	folded   map[string]Kind
	begins   map[string]bool // lower-cased phrases that an own name of more words begins with
	maxWords int
}

// NewLayer builds a layer of names (each a phrase of space-separated
// tokens, as Lookup sees them) over the built-in lists. Names match by
// exact casing first, then case-insensitively, like Lookup.
func NewLayer(names map[string]Kind) *Layer {
	return NewLayerOver(BuiltIn(), names)
}

// NewLayerOver is NewLayer over another Lookuper, e.g. another Layer; base
// may be nil for a layer on its own.
func NewLayerOver(base Lookuper, names map[string]Kind) *Layer {
	l := &Layer{base: base, exact: make(map[string]Kind, len(names)), folded: make(map[string]Kind, len(names)), begins: map[string]bool{}, maxWords: MaxWords}
	if ml, ok := base.(*Layer); ok && ml.maxWords > l.maxWords {
		l.maxWords = ml.maxWords
	}
	for n, k := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			continue
		}
		l.exact[n] |= k
		lower := strings.ToLower(n)
		l.folded[lower] |= k
		for i := range len(lower) {
			if lower[i] == ' ' {
				l.begins[lower[:i]] = true
			}
		}
		if w := strings.Count(n, " ") + 1; w > l.maxWords {
			l.maxWords = w
		}
	}
	return l
}

// Lookup returns the kinds the layer and its base give the phrase.
func (l *Layer) Lookup(phrase string) Kind {
	var k Kind
	if l.base != nil {
		k = l.base.Lookup(phrase)
	}
	if own, ok := l.exact[phrase]; ok {
		return k | own
	}
	var buf [128]byte
	key, _ := appendFoldHash(buf[:0], phrase)
	return k | l.folded[string(key)]
}

// Begins reports whether a name of more words of the layer or its base begins with phrase
// followed by a space.
func (l *Layer) Begins(phrase string) bool {
	if l.base != nil && l.base.Begins(phrase) {
		return true
	}
	var buf [128]byte
	key, _ := appendFoldHash(buf[:0], phrase)
	return l.begins[string(key)]
}

// MaxWords is the longest phrase the layer or its built-in base holds, in
// words.
func (l *Layer) MaxWords() int { return l.maxWords }

// The cache's slot layout needs the kinds and the used bit (kindEnd) below cacheTagShift.
var _ = [1<<cacheTagShift - 2*uint64(kindEnd)]struct{}{}
