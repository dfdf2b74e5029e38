package gazetteer

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/text"
)

//go:embed data/gazetteer.txt
var rawData string

// entry is one line of the data file. Strings are offsets into the table's
// text, so the entries hold no pointers and cost the garbage collector
// nothing.
type entry struct {
	nameOff, canonOff uint32 // into table.names; canonOff with inData: into table.data
	pop               uint32
	kind              Kind
	nameLen, canonLen uint16
	cc                [2]byte // ISO 3166-1 alpha-2 code; zero when none
	acronym           bool    // all capitals ("US", "WHO"): see match
}

// table is the loaded gazetteer. Entries with the same lower-cased name
// ("may", "May") are adjacent and form a group; an open-addressing hash
// table over the lower-cased names finds a group.
type table struct {
	data    string  // the data file (canonical names are read from it)
	names   string  // the names, front coding undone
	keys    string  // lower-cased names that differ from the name itself
	entries []entry // in file order
	// group i holds entries[start[i]:start[i+1]]; its lower-cased name is
	// names or keys (inKeys bit) [keyOff[i] : keyOff[i]+keyLen[i]].
	start  []uint32
	keyOff []uint32
	keyLen []uint16
	// slots: hash high 32 bits << 32 | group index + 1; 0 is empty.
	slots     []uint64
	mask      uint64
	countries map[string]string // code -> canonical country name
	maxKey    int               // longest lower-cased name in bytes
	// starts: the hashes (0 stored as 1) of every lower-cased phrase that a name of more words
	// begins with ("new", "new york" for "New York Stock Exchange"), open addressing; a
	// phrase tagger stops extending a phrase that no name begins with.
	starts     []uint64
	startsMask uint64
}

// Flags in the top bit of offsets.
const (
	inKeys = 1 << 31 // keyOff: the key is in table.keys, not table.names
	inData = 1 << 31 // canonOff: the canonical name is in table.data, not table.names
)

func (t *table) name(e *entry) string { return t.names[e.nameOff : e.nameOff+uint32(e.nameLen)] }
func (t *table) canon(e *entry) string {
	if e.canonOff&inData != 0 {
		off := e.canonOff &^ inData
		return t.data[off : off+uint32(e.canonLen)]
	}
	return t.names[e.canonOff : e.canonOff+uint32(e.canonLen)]
}
func (t *table) key(g int) string {
	off, n := t.keyOff[g], uint32(t.keyLen[g])
	if off&inKeys != 0 {
		off &^= inKeys
		return t.keys[off : off+n]
	}
	return t.names[off : off+n]
}

func ccString(cc [2]byte) string {
	if cc[0] == 0 {
		return ""
	}
	return string(cc[:])
}

var (
	loadOnce sync.Once
	tab      *table
	loadErr  error
)

func get() *table {
	loadOnce.Do(func() {
		tab, loadErr = parse(rawData)
		if loadErr != nil {
			tab = &table{mask: 0, slots: make([]uint64, 1)}
		}
	})
	return tab
}

// Load reads the embedded data now rather than on first use, and reports
// whether it parsed. Lookups work without calling it (they load lazily,
// once per process); a broken data file makes them find nothing.
func Load() error {
	get()
	return loadErr
}

// parse reads the data file (format: see its header, written by gen).
func parse(data string) (*table, error) {
	if len(data) >= inData {
		return nil, errors.New("gazetteer: data file too large")
	}
	t := &table{
		data:      data,
		entries:   make([]entry, 0, numEntries),
		start:     make([]uint32, 0, numEntries+1),
		keyOff:    make([]uint32, 0, numEntries),
		keyLen:    make([]uint16, 0, numEntries),
		countries: map[string]string{},
	}
	names := make([]byte, 0, len(data))
	keys := make([]byte, 0, len(data)/8)
	var hashes []uint64
	prevOff, prevLen := 0, 0 // the previous name in names
	lineNo := 0
	for pos := 0; pos < len(data); {
		lineNo++
		end := strings.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos
		}
		lineOff := pos
		line := data[pos:end]
		pos = end + 1
		if line == "" || line[0] == '#' {
			continue
		}
		// P NAME-SUFFIX, KIND, then optional POPULATION, CANONICAL, COUNTRY.
		var f [5]string
		var off [5]int
		rest, restOff, nf := line[1:], lineOff+1, 0
		for ; nf < 5; nf++ {
			f[nf], off[nf] = rest, restOff
			j := strings.IndexByte(rest, '\t')
			if j < 0 {
				nf++
				break
			}
			f[nf] = rest[:j]
			rest, restOff = rest[j+1:], restOff+j+1
		}
		if nf < 2 || strings.IndexByte(f[4], '\t') >= 0 {
			return nil, fmt.Errorf("gazetteer: line %d: want 2 to 5 tab-separated fields", lineNo)
		}
		shared := int(line[0]) - '0'
		if shared < 0 || shared > prevLen {
			return nil, fmt.Errorf("gazetteer: line %d: bad shared-prefix length", lineNo)
		}
		nameOff := len(names)
		names = append(names, names[prevOff:prevOff+shared]...)
		names = append(names, f[0]...)
		name := names[nameOff:]
		prevOff, prevLen = nameOff, len(name)

		kind, err := strconv.ParseUint(f[1], 16, 32)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: line %d: kind: %w", lineNo, err)
		}
		var pop uint64
		if f[2] != "" {
			if pop, err = strconv.ParseUint(f[2], 10, 32); err != nil {
				return nil, fmt.Errorf("gazetteer: line %d: population: %w", lineNo, err)
			}
		}
		if len(name) == 0 || len(name) > 0xffff || len(f[3]) > 0xffff || (f[4] != "" && len(f[4]) != 2) {
			return nil, fmt.Errorf("gazetteer: line %d: bad name, canonical or country code", lineNo)
		}
		e := entry{
			nameOff: uint32(nameOff), nameLen: uint16(len(name)),
			canonOff: uint32(off[3]) | inData, canonLen: uint16(len(f[3])),
			pop: uint32(pop), kind: Kind(kind), acronym: isAcronym(string(name)),
		}
		if f[3] == "=" {
			e.canonOff, e.canonLen = e.nameOff, e.nameLen
		}
		if f[4] != "" {
			e.cc = [2]byte{f[4][0], f[4][1]}
			if e.kind&Country != 0 && f[3] == "=" {
				if _, ok := t.countries[f[4]]; !ok {
					t.countries[f[4]] = string(name)
				}
			}
		}
		idx := uint32(len(t.entries))
		t.entries = append(t.entries, e)

		// Group by lower-cased name. The generator sorted the lines so
		// that equal keys are adjacent.
		kOff := len(keys)
		var h uint64
		keys, h = appendFoldHash(keys, string(name))
		key := keys[kOff:]
		if g := len(t.start) - 1; g >= 0 && groupKey(t, names, keys, g) == string(key) {
			keys = keys[:kOff]
			continue
		}
		if string(key) == string(name) {
			keys = keys[:kOff]
			t.keyOff = append(t.keyOff, uint32(nameOff))
		} else {
			t.keyOff = append(t.keyOff, uint32(kOff)|inKeys)
		}
		t.keyLen = append(t.keyLen, uint16(len(key)))
		t.start = append(t.start, idx)
		hashes = append(hashes, h)
		t.maxKey = max(t.maxKey, len(key))
	}
	if len(t.entries) == 0 {
		return nil, errors.New("gazetteer: no entries")
	}
	t.start = append(t.start, uint32(len(t.entries)))
	t.names = string(names)
	t.keys = string(keys)

	n := 1
	for n < 2*len(hashes) {
		n <<= 1
	}
	t.slots = make([]uint64, n)
	t.mask = uint64(n - 1)
	for g, h := range hashes {
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = h&^0xffffffff | uint64(g+1)
				break
			}
		}
	}
	t.buildStarts()
	return t, nil
}

// buildStarts fills t.starts from the group keys. The keys are lower case already, so their
// bytes hash as appendFoldHash hashes a phrase.
func (t *table) buildStarts() {
	var hs []uint64
	for g := range len(t.start) - 1 {
		key := t.key(g)
		h := uint64(fnvOffset)
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				hs = append(hs, max(h, 1))
			}
			h = (h ^ uint64(key[i])) * fnvPrime
		}
	}
	n := 16
	for n < 2*len(hs) {
		n <<= 1
	}
	t.starts = make([]uint64, n)
	t.startsMask = uint64(n - 1)
	for _, h := range hs {
		for i := h & t.startsMask; ; i = (i + 1) & t.startsMask {
			if t.starts[i] == h {
				break
			}
			if t.starts[i] == 0 {
				t.starts[i] = h
				break
			}
		}
	}
}

// begins reports whether some name of more words begins with phrase and a space (rarely a
// false yes, when two phrases share a 64-bit hash).
func (t *table) begins(phrase string) bool {
	if len(phrase) == 0 || len(phrase) > 3*t.maxKey || len(t.starts) == 0 {
		return false
	}
	var buf [128]byte
	_, h := appendFoldHash(buf[:0], phrase)
	h = max(h, 1)
	for i := h & t.startsMask; ; i = (i + 1) & t.startsMask {
		switch t.starts[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// groupKey is the key of group g while names and keys are being built.
// The conversions do not allocate: the results are compared only.
func groupKey(t *table, names, keys []byte, g int) string {
	off, n := t.keyOff[g], uint32(t.keyLen[g])
	if off&inKeys != 0 {
		off &^= inKeys
		return string(keys[off : off+n])
	}
	return string(names[off : off+n])
}

// FNV-1a's offset basis and prime: the table's keys hash as appendFoldHash hashes a phrase.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// appendFoldHash appends the lower-case form of s (as strings.ToLower, which
// the generator sorts by) and returns its FNV-1a hash.
func appendFoldHash(b []byte, s string) ([]byte, uint64) {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			h = (h ^ uint64(c)) * fnvPrime
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '’' {
			r = '\'' // "L’Aquila" as web pages print "L'Aquila"
		}
		n := len(b)
		b = utf8.AppendRune(b, unicode.ToLower(r))
		for _, c := range b[n:] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		i += size - 1
	}
	return b, h
}

// isAcronym: at least two letters and none in lower case ("US", "U.S.", "WHO").
func isAcronym(s string) bool { return text.CapsLetters(s) >= 2 }

// find returns the entries whose lower-cased name equals that of phrase,
// without allocating.
func (t *table) find(phrase string) []entry {
	// Lower-casing changes the length in bytes by at most a factor of 3
	// (the Kelvin sign is 3 bytes, its "k" one).
	if len(phrase) == 0 || len(phrase) > 3*t.maxKey {
		return nil
	}
	var buf [128]byte
	key, h := appendFoldHash(buf[:0], phrase) // grows onto the heap only for long phrases
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s>>32 != h>>32 {
			continue
		}
		g := int(uint32(s)) - 1
		if t.key(g) == string(key) {
			return t.entries[t.start[g]:t.start[g+1]]
		}
	}
}

// match picks from a group the entry written exactly as phrase. When there
// is none, the whole group stands in as a case-folded match, minus acronyms
// unless phrase is itself in capitals (so "Us" at a sentence start is not
// "US"): caps reports that.
func (t *table) match(group []entry, phrase string) (exact *entry, caps bool) {
	for i := range group {
		if t.name(&group[i]) == phrase {
			return &group[i], false
		}
	}
	return nil, isAcronym(phrase)
}
