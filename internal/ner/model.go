package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// modelVersion changes whenever features or the file layout change; a model file of another
// version is refused.
const modelVersion = 4

var modelMagic = [4]byte{'N', 'E', 'R', 'M'}

// slot is one feature of the open-addressing table: its key and its weights ents[off:off+n].
type slot struct {
	key uint64
	off uint32
	n   uint32
}

// model is the compact, read-only form of the weights.
type model struct {
	slots []slot
	mask  uint64
	ents  []uint32 // low 16 bits: tag (or pair index); high 16 bits: int16 weight
	scale float32
	lex   lexicon
	pair  *model // the pair features, indexed by pairIndex; nil in the pair model itself
}

// lexicon maps a lower-case word hash to its casing bucket.
type lexicon struct {
	keys []uint64
	vals []uint8
	mask uint64
}

func newLexicon(keys []uint64, vals []uint8) lexicon {
	size := 16
	for size < 2*len(keys) {
		size <<= 1
	}
	l := lexicon{keys: make([]uint64, size), vals: make([]uint8, size), mask: uint64(size - 1)}
	for i, k := range keys {
		j := k & l.mask
		for l.keys[j] != 0 && l.keys[j] != k {
			j = (j + 1) & l.mask
		}
		l.keys[j], l.vals[j] = k, vals[i]
	}
	return l
}

func (l *lexicon) get(k uint64) uint8 {
	if len(l.keys) == 0 {
		return lexUnseen
	}
	j := k & l.mask
	for {
		switch l.keys[j] {
		case k:
			return l.vals[j]
		case 0:
			return lexUnseen
		}
		j = (j + 1) & l.mask
	}
}

// score gives the per-tag scores of the unary feature keys.
func (m *model) score(keys []uint64, out *[nLabels]float32) {
	var acc [nLabels]int32
	m.add(keys, acc[:])
	for i := range acc {
		out[i] = float32(acc[i]) * m.scale
	}
}

// scorePair gives the per-(previous tag, tag) scores of the pair feature keys.
func (m *model) scorePair(keys []uint64, out *[nPair]float32) {
	var acc [nPair]int32
	m.pair.add(keys, acc[:])
	sc := m.pair.scale
	for _, i := range validPairs {
		out[i] = float32(acc[i]) * sc
	}
}

// add adds the quantized weights of keys to acc, whose length bounds every index (checked
// when the model is read).
func (m *model) add(keys []uint64, acc []int32) {
	slots, mask, ents := m.slots, m.mask, m.ents
	// Touch every first probe slot before using any: independent loads overlap their cache
	// misses instead of waiting for each in turn.
	var touch uint64
	for _, k := range keys {
		touch += slots[k&mask].key
	}
	if touch == 1 { // never true in practice; keeps the loads
		acc[0]++
	}
	for _, k := range keys {
		j := k & mask
		for {
			s := &slots[j]
			if s.key == k {
				for _, e := range ents[s.off : s.off+s.n] {
					acc[e&0xffff] += int32(e) >> 16
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
}

// stageData is the serializable form of one stage: features sorted by key.
type stageData struct {
	scale   float32
	keys    []uint64
	counts  []uint8
	tags    []uint16
	weights []int16
}

// modelData is the serializable form of a model: the unary and pair features and the
// casing lexicon. The file ends in a section for word classes, an experiment that was not
// shipped: it is always empty (a zero count).
type modelData struct {
	stages  [2]stageData
	lexKeys []uint64
	lexVals []uint8
}

func putKeys(raw *bytes.Buffer, keys []uint64) {
	// Sorted keys as varint deltas compress better than raw.
	prev := uint64(0)
	var vb [binary.MaxVarintLen64]byte
	for _, k := range keys {
		n := binary.PutUvarint(vb[:], k-prev)
		raw.Write(vb[:n])
		prev = k
	}
}

func (md *modelData) encode() ([]byte, error) {
	var raw bytes.Buffer
	w := func(v any) { binary.Write(&raw, binary.LittleEndian, v) }
	raw.Write(modelMagic[:])
	w(uint32(modelVersion))
	for _, st := range md.stages {
		w(st.scale)
		w(uint32(len(st.keys)))
		w(uint32(len(st.tags)))
		putKeys(&raw, st.keys)
		raw.Write(st.counts)
		w(st.tags)
		w(st.weights)
	}
	w(uint32(len(md.lexKeys)))
	putKeys(&raw, md.lexKeys)
	raw.Write(md.lexVals)
	w(uint32(0)) // no word classes
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

var errModel = errors.New("ner: bad model file")

// decodeModel reads a model file written by encode.
func decodeModel(b []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errModel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errModel, err)
	}
	r := &reader{b: raw}
	var magic [4]byte
	copy(magic[:], r.next(4))
	if magic != modelMagic {
		return nil, errModel
	}
	if v := r.u32(); v != modelVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", errModel, v, modelVersion)
	}
	var ms [2]*model
	for si, width := range []int{nLabels, nPair} {
		if ms[si], err = r.stage(len(raw), width); err != nil {
			return nil, err
		}
	}
	nl := int(r.u32())
	if r.err || nl > len(raw) {
		return nil, errModel
	}
	lexKeys := r.keys(nl)
	lexVals := r.next(nl)
	if nk := r.u32(); r.err || nk != 0 {
		return nil, fmt.Errorf("%w: word classes are not supported", errModel)
	}
	m := ms[0]
	m.pair = ms[1]
	m.lex = newLexicon(lexKeys, lexVals)
	return m, nil
}

func (r *reader) keys(n int) []uint64 {
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		prev += r.uvarint()
		keys[i] = prev
	}
	return keys
}

func (r *reader) stage(limit, width int) (*model, error) {
	scale := math.Float32frombits(r.u32())
	nf, ne := int(r.u32()), int(r.u32())
	if r.err || nf > limit || ne > limit {
		return nil, errModel
	}
	keys := r.keys(nf)
	counts := r.next(nf)
	tb := r.next(2 * ne)
	wb := r.next(2 * ne)
	if r.err {
		return nil, errModel
	}
	m := &model{scale: scale, ents: make([]uint32, ne)}
	for i := range m.ents {
		w := int16(binary.LittleEndian.Uint16(wb[2*i:]))
		tag := binary.LittleEndian.Uint16(tb[2*i:])
		if int(tag) >= width || width == nPair && !validPair(int(tag)/nLabels, int(tag)%nLabels) {
			return nil, errModel
		}
		m.ents[i] = uint32(int32(w))<<16 | uint32(tag)
	}
	size := 16
	for size < 2*nf {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	off := uint32(0)
	for i, k := range keys {
		n := uint32(counts[i])
		if int(off+n) > ne || k == 0 {
			return nil, errModel
		}
		j := k & m.mask
		for m.slots[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j] = slot{key: k, off: off, n: n}
		off += n
	}
	return m, nil
}

type reader struct {
	b   []byte
	err bool
}

func (r *reader) next(n int) []byte {
	if r.err || n < 0 || n > len(r.b) {
		r.err = true
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

// validPairs lists the pair indices of valid BILOU transitions: the only pair weights a
// model has.
var validPairs []uint16

func init() {
	for p := 0; p < nPrev; p++ {
		for t := 0; t < nLabels; t++ {
			if validPair(p, t) {
				validPairs = append(validPairs, uint16(pairIndex(p, t)))
			}
		}
	}
}
