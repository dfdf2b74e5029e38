package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/newsextract/newsextract/internal/perceptron"
)

// modelVersion changes whenever features or the file layout change; a model file of another
// version is refused.
const modelVersion uint32 = 4

var modelMagic = [4]byte{'N', 'E', 'R', 'M'}

// model is the name tagger's weights and its casing lexicon.
type model struct {
	*perceptron.Model
	lex lexicon
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

// modelData is the serializable form of a model: the unary and pair features and the
// casing lexicon. The file ends in a section for word classes, an experiment that was not
// shipped: it is always empty (a zero count).
type modelData struct {
	stages  [2]perceptron.Stage
	lexKeys []uint64
	lexVals []uint8
}

func (md *modelData) encode() ([]byte, error) {
	return perceptron.Encode(modelMagic, modelVersion, md.stages, func(raw *bytes.Buffer) {
		binary.Write(raw, binary.LittleEndian, uint32(len(md.lexKeys)))
		perceptron.PutKeys(raw, md.lexKeys)
		raw.Write(md.lexVals)
		binary.Write(raw, binary.LittleEndian, uint32(0)) // no word classes
	})
}

var errModel = errors.New("ner: bad model file")

// decodeModel reads a model file written by encode.
func decodeModel(b []byte) (*model, error) {
	pm, r, err := perceptron.Decode(b, modelMagic, modelVersion, scheme)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	nl := int(r.U32())
	lexKeys := r.Keys(nl)
	lexVals := r.Next(nl)
	if nk := r.U32(); r.Err() || nk != 0 {
		return nil, fmt.Errorf("%w: no lexicon, or word classes (not supported)", errModel)
	}
	return &model{Model: pm, lex: newLexicon(lexKeys, lexVals)}, nil
}
