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
const modelVersion = 1

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
	ents  []uint32 // low 8 bits: tag; high 16 bits: int16 weight
	scale float32
	lex   lexicon
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

// score adds the weights of keys to out.
func (m *model) score(keys []uint64, out *[nLabels]float32) {
	var acc [nLabels]int32
	slots, mask, ents := m.slots, m.mask, m.ents
	for _, k := range keys {
		j := k & mask
		for {
			s := &slots[j]
			if s.key == k {
				for _, e := range ents[s.off : s.off+s.n] {
					acc[e&0xff%nLabels] += int32(e) >> 16
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
	for i := range acc {
		out[i] = float32(acc[i]) * m.scale
	}
}

// modelData is the serializable form: features sorted by key.
type modelData struct {
	scale   float32
	keys    []uint64
	counts  []uint8
	tags    []uint8
	weights []int16
	lexKeys []uint64
	lexVals []uint8
}

func (md *modelData) encode() ([]byte, error) {
	var raw bytes.Buffer
	w := func(v any) { binary.Write(&raw, binary.LittleEndian, v) }
	raw.Write(modelMagic[:])
	w(uint32(modelVersion))
	w(md.scale)
	w(uint32(len(md.keys)))
	w(uint32(len(md.tags)))
	w(uint32(len(md.lexKeys)))
	// Keys as deltas (sorted) compress better than raw.
	prev := uint64(0)
	var vb [binary.MaxVarintLen64]byte
	for _, k := range md.keys {
		n := binary.PutUvarint(vb[:], k-prev)
		raw.Write(vb[:n])
		prev = k
	}
	raw.Write(md.counts)
	raw.Write(md.tags)
	w(md.weights)
	prev = 0
	for _, k := range md.lexKeys {
		n := binary.PutUvarint(vb[:], k-prev)
		raw.Write(vb[:n])
		prev = k
	}
	raw.Write(md.lexVals)
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
	scale := math.Float32frombits(r.u32())
	nf, ne, nl := int(r.u32()), int(r.u32()), int(r.u32())
	if r.err || nf > len(raw) || ne > len(raw) || nl > len(raw) {
		return nil, errModel
	}
	keys := make([]uint64, nf)
	prev := uint64(0)
	for i := range keys {
		prev += r.uvarint()
		keys[i] = prev
	}
	counts := r.next(nf)
	tags := r.next(ne)
	wb := r.next(2 * ne)
	lexKeys := make([]uint64, nl)
	prev = 0
	for i := range lexKeys {
		prev += r.uvarint()
		lexKeys[i] = prev
	}
	lexVals := r.next(nl)
	if r.err {
		return nil, errModel
	}
	m := &model{scale: scale, ents: make([]uint32, ne)}
	for i := range m.ents {
		w := int16(binary.LittleEndian.Uint16(wb[2*i:]))
		if tags[i] >= nLabels {
			return nil, errModel
		}
		m.ents[i] = uint32(int32(w))<<16 | uint32(tags[i])
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
	m.lex = newLexicon(lexKeys, lexVals)
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
