// Package perceptron is the structured averaged perceptron and the Viterbi decoder shared by
// the sequence taggers of newsextract: names (internal/ner, BILOU tags) and attributions
// (internal/attrib). It knows nothing of text: a caller hashes its own features into
// non-zero uint64 keys, says which tags may follow which (Scheme), and reads the tags back.
//
// A token's score for tag t is the sum of its unary features' weights for t plus its pair
// features' weights for the (previous tag, tag) pair, so one lookup per pair feature scores
// every transition and exact decoding costs little more than greedy decoding.
//
// Training (SeqTrainer) keeps float weights with lazy averaging; Export quantizes the
// averaged weights to int16 and drops the small ones, and Encode writes them with the
// caller's own section (a casing lexicon, say) into one gzip file. Decode reads that file
// into a Model: an open-addressing table of keys with sparse weight rows, read-only and safe
// for concurrent use. A Source may mark a token's first keys as common ones (bias, shape,
// position: Scores.UnaryCommon, PairCommon); Score then remembers their summed weights by
// key set, which spares most of the table lookups and additions. Decoding allocates nothing
// once a Decoder's buffers are warm.
//
//	s := perceptron.NewScheme(n, validPair, validLast)
//	t := perceptron.NewSeqTrainer(s)
//	// count keys, SelectFeatures, then per epoch: Decode with t, Update where tags differ, Tick
//	t.Average()
//	file, _ := perceptron.Encode(magic, version, t.Export(0.5), nil)
//	m, _, _ := perceptron.Decode(file, magic, version, s)
//	var d perceptron.Decoder
//	d.Decode(s, len(tokens), mySource, tags, conf)
package perceptron
