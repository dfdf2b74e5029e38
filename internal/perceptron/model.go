package perceptron

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// slot is one feature of the open-addressing table, in 8 bytes so that more of the table
// stays in cache: fp is a 32-bit fingerprint of the key (its low bits chose the slot), ref
// packs the weights' place ents[off:off+n] as off<<8 | n. An empty slot has ref 0 (every
// stored feature has n ≥ 1). Two keys that share a home slot and a fingerprint are taken for
// one; that is about one lookup of an unknown key in a billion, and the weights are then
// another feature's.
type slot struct {
	fp, ref uint32
}

// fingerprint mixes all 64 bits of k into 32, so that keys differing only in their low bits
// (which also choose the slot) still differ.
func fingerprint(k uint64) uint32 { return uint32((k * 0x9e3779b97f4a7c15) >> 32) }

// table is the compact, read-only form of one stage's weights.
type table struct {
	slots []slot
	mask  uint64
	ents  []uint32 // low 16 bits: tag or pair index; high 16 bits: int16 weight
	scale float32
}

// add adds the quantized weights of keys to acc, whose length bounds every index (checked
// when the model is read). sc is the caller's own scratch (never shared between goroutines):
// add stores a sum of the loaded slots and weights in sc.touch, so that the compiler keeps
// the loads, and the weights' places in sc.refs.
//
// A key costs two cache misses, its slot and then its weights. add works in three passes
// over a batch of keys: touch every first probe slot, then find each key's weights and touch
// them, then add them. The misses of one pass are independent loads that overlap, instead of
// each waiting for the one before.
//
// Measured and not kept (same outputs; the pipeline with documents alternating between the
// two forms in one process): a Bloom filter of the keys, read before the slots, for the keys
// the model lacks (a quarter of the name tagger's, a tenth of the attribution tagger's):
// 4–16% slower, its own misses cost what it saved. Each key's check and weights in one cache
// line: a third fewer misses here (cachegrind) but 11% more instructions, no faster. The
// attribution tagger's weights as dense rows of its 7 tags: no faster.
func (m *table) add(keys []uint64, acc []int32, sc *addScratch) {
	slots, mask, ents := m.slots, m.mask, m.ents
	if len(slots) == 0 {
		return
	}
	refs := &sc.refs
	touch := sc.touch
	for len(keys) > 0 {
		batch := keys[:min(len(keys), len(refs))]
		keys = keys[len(batch):]
		for _, k := range batch {
			touch += uint64(slots[k&mask].ref)
		}
		for i, k := range batch {
			j, fp := k&mask, fingerprint(k)
			refs[i] = 0
			for {
				s := slots[j]
				if s.ref == 0 {
					break
				}
				if s.fp == fp {
					refs[i] = s.ref
					touch += uint64(ents[s.ref>>8])
					break
				}
				j = (j + 1) & mask
			}
		}
		for _, ref := range refs[:len(batch)] {
			off, n := ref>>8, ref&0xff
			for _, e := range ents[off : off+n] {
				acc[e&0xffff] += int32(e) >> 16
			}
		}
	}
	sc.touch = touch // keeps the loads
}

// addScratch is table.add's scratch.
type addScratch struct {
	touch uint64 // never read
	refs  [64]uint32
}

// Model is a trained tagger's weights: the unary features (one weight per tag) and the pair
// features (one weight per valid (previous tag, tag) pair). It is read-only and safe for
// concurrent use.
type Model struct {
	scheme    *Scheme
	uni, pair table
}

// Scheme is the model's tag set.
func (m *Model) Scheme() *Scheme { return m.scheme }

// Size returns how many features and weights the model holds, for reports.
func (m *Model) Size() (features, weights int) {
	for _, t := range []*table{&m.uni, &m.pair} {
		for _, s := range t.slots {
			if s.ref != 0 {
				features++
				weights += int(s.ref & 0xff)
			}
		}
	}
	return features, weights
}

// Scores holds one token's scores while decoding: Unary[t] for tag t and Pair[k] for the
// k-th valid pair (in the order of pair indices, Scheme.Pair), so that no time goes on the
// invalid ones.
type Scores struct {
	Unary, Pair []float32
	// Only, when a Source sets it above 0, says that only tag Only-1 is possible here and
	// all its scores are zero (Unary and Pair are then not read): Decode skips the search
	// over tags, as for the many tokens where no name can start. Decode resets it to 0
	// before asking for each token.
	Only int
	// UnaryCommon and PairCommon, when a Source sets them before calling Model.Score, say
	// that the unary and the pair keys start with sets of common keys, UnaryCommon[0] keys
	// then UnaryCommon[1] more (a size 0 ends the sets): keys of few values (bias, shape,
	// position) whose sets many tokens share. Score then remembers the summed weights of
	// each set and adds them in one go when the set comes again, with the same result.
	// Decode resets both before asking for each token.
	UnaryCommon, PairCommon [CommonSets]int
	acc                     []int32
	add                     addScratch
	byIndex                 []float32 // SeqTrainer.Score's pair scores by pair index
	uniSums, pairSums       [CommonSets]sumCache
}

// CommonSets is the number of sets of common keys a Source may mark in each table.
const CommonSets = 2

func (s *Scores) size(sc *Scheme) {
	if len(s.Unary) != sc.n || len(s.Pair) != len(sc.pairs) {
		s.Unary = make([]float32, sc.n)
		s.Pair = make([]float32, len(sc.pairs))
		s.acc = make([]int32, max(sc.n, len(sc.pairs)))
	}
}

// MaxCommon bounds the size of a set of common keys (Scores.UnaryCommon, PairCommon); a
// larger set is summed key by key.
const MaxCommon = 12

// sumCache remembers the summed weights in one table of the last key sets seen, one set per
// way (direct-mapped by a hash of the keys). Integer sums do not depend on the order of
// their terms, so a remembered sum is the sum the table would give.
type sumCache struct {
	t    *table
	n    int      // length of a sum
	bits uint     // 1<<bits ways
	keys []uint64 // per way MaxCommon+1 keys: its set, then 0; all 0 for an empty way
	sums []int32  // per way a sum of n
}

// sumBytes bounds the size of a sumCache's sums: 1024 ways of short sums (unary scores, few
// pairs), fewer of long ones (512 of the name tagger's 110 pair scores). With 256 ways a third
// of the name tagger's unary sets and a fifth of its pair sets missed, and each miss adds the
// common keys' weights again (keys such as the bias have a weight for every tag); now a fifth
// and one in seventy do, for fewer cache misses and 2% fewer instructions per pass (cachegrind).
const sumBytes = 256 << 10

// sum sets acc (first) or adds to it the summed weights of keys (1 to MaxCommon of them)
// in t.
func (c *sumCache) sum(t *table, keys []uint64, acc []int32, first bool, sc *addScratch) {
	n := len(acc)
	if c.t != t || c.n != n {
		c.t, c.n, c.bits = t, n, 10
		for c.bits > 6 && (4*n)<<c.bits > sumBytes {
			c.bits--
		}
		c.keys = make([]uint64, (MaxCommon+1)<<c.bits)
		c.sums = make([]int32, n<<c.bits)
	}
	h := uint64(0)
	for _, k := range keys {
		h = (h ^ k) * 0x9e3779b97f4a7c15
	}
	w := int(h >> (64 - c.bits))
	row, set := c.sums[w*n:(w+1)*n], c.keys[w*(MaxCommon+1):(w+1)*(MaxCommon+1)]
	hit := set[len(keys)] == 0
	for i, k := range keys {
		hit = hit && set[i] == k
	}
	if !hit {
		clear(row)
		t.add(keys, row, sc)
		clear(set)
		copy(set, keys)
	}
	if first {
		copy(acc, row)
		return
	}
	for i, v := range row {
		acc[i] += v
	}
}

// Score sets out to the scores of a token with the unary feature keys uk and the pair
// feature keys pk.
func (m *Model) Score(uk, pk []uint64, out *Scores) {
	out.size(m.scheme)
	acc := out.acc[:m.scheme.n]
	m.uni.sumInto(uk, out.UnaryCommon, acc, &out.uniSums, &out.add)
	for i := range acc {
		out.Unary[i] = float32(acc[i]) * m.uni.scale
	}
	acc = out.acc[:len(m.scheme.pairs)]
	m.pair.sumInto(pk, out.PairCommon, acc, &out.pairSums, &out.add)
	sc, pw := m.pair.scale, out.Pair[:len(acc)]
	for i, a := range acc {
		pw[i] = float32(a) * sc
	}
}

// sumInto sets acc to the summed weights of keys, which start with the sets of common keys
// of the sizes common (see Scores.UnaryCommon), whose sums are taken from (or remembered
// in) c.
func (m *table) sumInto(keys []uint64, common [CommonSets]int, acc []int32, c *[CommonSets]sumCache, sc *addScratch) {
	g := 0
	for ; g < len(common); g++ {
		n := common[g]
		if n <= 0 || n > len(keys) || n > MaxCommon {
			break
		}
		c[g].sum(m, keys[:n], acc, g == 0, sc)
		keys = keys[n:]
	}
	if g == 0 {
		clear(acc)
	}
	m.add(keys, acc, sc)
}

// Stage is the serializable form of one feature table: features sorted by key, each with
// Counts[i] (tag, weight) entries; a weight is Weights[j] * Scale.
type Stage struct {
	Scale   float32
	Keys    []uint64
	Counts  []uint8
	Tags    []uint16
	Weights []int16
}

// PutKeys writes sorted keys as varint deltas (they compress better than raw); Reader.Keys
// reads them back.
func PutKeys(raw *bytes.Buffer, keys []uint64) {
	prev := uint64(0)
	var vb [binary.MaxVarintLen64]byte
	for _, k := range keys {
		n := binary.PutUvarint(vb[:], k-prev)
		raw.Write(vb[:n])
		prev = k
	}
}

// Encode writes a model file: magic, version, the unary and the pair stage, then whatever
// extra (if not nil) writes, all gzip-compressed. The same stages give the same bytes.
func Encode(magic [4]byte, version uint32, stages [2]Stage, extra func(raw *bytes.Buffer)) ([]byte, error) {
	var raw bytes.Buffer
	w := func(v any) { binary.Write(&raw, binary.LittleEndian, v) }
	raw.Write(magic[:])
	w(version)
	for _, st := range stages {
		w(st.Scale)
		w(uint32(len(st.Keys)))
		w(uint32(len(st.Tags)))
		PutKeys(&raw, st.Keys)
		raw.Write(st.Counts)
		w(st.Tags)
		w(st.Weights)
	}
	if extra != nil {
		extra(&raw)
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// ErrModel is returned for a model file that cannot be read.
var ErrModel = errors.New("perceptron: bad model file")

// Decode reads a model file written by Encode with the same magic and version for the tag
// set s. It returns the model and a Reader over the extra section.
func Decode(b []byte, magic [4]byte, version uint32, s *Scheme) (*Model, *Reader, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	r := &Reader{b: raw}
	if !bytes.Equal(r.Next(4), magic[:]) {
		return nil, nil, ErrModel
	}
	if v := r.U32(); v != version {
		return nil, nil, fmt.Errorf("%w: version %d, want %d", ErrModel, v, version)
	}
	m := &Model{scheme: s}
	if err := r.stage(&m.uni, len(raw), func(t int) int {
		if t < s.n {
			return t
		}
		return -1
	}); err != nil {
		return nil, nil, err
	}
	if err := r.stage(&m.pair, len(raw), func(p int) int { // the weights go by place
		if p < s.Pairs() {
			return int(s.place[p])
		}
		return -1
	}); err != nil {
		return nil, nil, err
	}
	return m, r, nil
}

// stage reads one stage into m; place gives the index in a sum of each tag index the file
// may hold, -1 for one it may not.
func (r *Reader) stage(m *table, limit int, place func(int) int) error {
	scale := math.Float32frombits(r.U32())
	nf, ne := int(r.U32()), int(r.U32())
	if r.err || nf > limit || ne > limit {
		return ErrModel
	}
	keys := r.Keys(nf)
	counts := r.Next(nf)
	tb := r.Next(2 * ne)
	wb := r.Next(2 * ne)
	if r.err {
		return ErrModel
	}
	ents := make([]uint32, ne) // in the file's order
	for i := range ents {
		w := int16(binary.LittleEndian.Uint16(wb[2*i:]))
		k := place(int(binary.LittleEndian.Uint16(tb[2*i:])))
		if k < 0 {
			return ErrModel
		}
		ents[i] = uint32(int32(w))<<16 | uint32(k)
	}
	*m = table{scale: scale, ents: make([]uint32, 0, ne+ne/4)}
	// At most three quarters full: a smaller table stays in cache better than short probes
	// save (the attribution model's 145k features take 2 MB, not 4).
	size := 16
	for size < nf+nf/3 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	off := 0
	for i, k := range keys {
		n := int(counts[i])
		if off+n > ne || k == 0 {
			return ErrModel
		}
		if n > 0 {
			// A feature's weights start a new cache line (entsLine of them) when they would
			// cross one, so that reading them costs one cache miss, not two: the table's
			// loop waits on its misses. The padding takes 7% (attribution) to 14% (names)
			// more room; table.add's misses fell by 13% in a 48 KB cache and by 9% in
			// a 1 MB one (cachegrind).
			if at := len(m.ents) % entsLine; n <= entsLine && at+n > entsLine {
				m.ents = append(m.ents, make([]uint32, entsLine-at)...)
			}
			if len(m.ents) >= 1<<24 {
				return ErrModel
			}
			j := k & m.mask
			for m.slots[j].ref != 0 {
				j = (j + 1) & m.mask
			}
			m.slots[j] = slot{fp: fingerprint(k), ref: uint32(len(m.ents))<<8 | uint32(n)}
			m.ents = append(m.ents, ents[off:off+n]...)
		}
		off += n
	}
	return nil
}

// entsLine is the number of weights in a cache line of 64 bytes. The weights' list is a large
// allocation, which starts on a page and so on a line.
const entsLine = 16

// Reader reads the sections of a model file. A read past the end sets Err and returns zeros.
type Reader struct {
	b   []byte
	err bool
}

// Err reports whether a read failed.
func (r *Reader) Err() bool { return r.err }

// Next returns the next n bytes.
func (r *Reader) Next(n int) []byte {
	if r.err || n < 0 || n > len(r.b) {
		r.err = true
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

// U32 reads a little-endian uint32.
func (r *Reader) U32() uint32 { return binary.LittleEndian.Uint32(r.Next(4)) }

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Keys reads n keys written by PutKeys.
func (r *Reader) Keys(n int) []uint64 {
	if n < 0 || n > len(r.b) { // each key takes at least a byte
		r.err = true
		return nil
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		prev += r.Uvarint()
		keys[i] = prev
	}
	return keys
}

// Empty returns a model without weights for the tag set s: it scores every tag 0. Taggers
// fall back on it should their embedded model ever be unreadable.
func Empty(s *Scheme) *Model { return &Model{scheme: s} }
