package ner

import (
	"math"
	"slices"

	"github.com/newsextract/newsextract/internal/text"
)

// Word classes induced from unlabeled text: words that occur between the same neighbours
// ("striker", "midfielder"; "Monday", "Tuesday"; "Inc", "Corp") get the same class, so
// what the tagger learns about one word carries over to the others, including words the
// annotated data lacks. Each word's vector counts its left and right neighbours among the
// most frequent words; spherical k-means groups the vectors twice, into a fine and a coarse
// set of classes. Everything is deterministic.

// clusterOptions sets up induceClusters.
type clusterOptions struct {
	MinCount int // words seen fewer times get no class
	Contexts int // the most frequent words used as neighbour features
	Fine     int // classes (at most 255)
	Coarse   int // classes (at most 255)
	Iters    int // k-means passes
}

type sparseVec struct {
	idx []int32
	val []float32
}

// induceClusters returns the words (lower-case hashes, sorted) with their fine and coarse
// class numbers, each 1..k.
func induceClusters(texts []string, opt clusterOptions) (keys []uint64, fine, coarse []uint8) {
	sc := new(scratch)
	count := map[uint64]int{}
	var sents [][]uint64
	for _, src := range texts {
		d := text.Analyze(src)
		info := sc.analyzeTokens(d)
		for _, s := range d.Sentences {
			var seq []uint64
			for i := s.First; i < s.Last && i < len(info); i++ {
				seq = append(seq, info[i].lower)
				count[info[i].lower]++
			}
			sents = append(sents, seq)
		}
	}
	words := make([]uint64, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	// By frequency, ties by hash: deterministic.
	slices.SortFunc(words, func(a, b uint64) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	ctx := map[uint64]int32{}
	for i, w := range words {
		if i >= opt.Contexts {
			break
		}
		ctx[w] = int32(i)
	}
	var vocab []uint64
	row := map[uint64]int{}
	for _, w := range words {
		if count[w] < opt.MinCount {
			break
		}
		row[w] = len(vocab)
		vocab = append(vocab, w)
	}
	nc := int32(len(ctx))
	cnt := make([]map[int32]float32, len(vocab))
	for i := range cnt {
		cnt[i] = map[int32]float32{}
	}
	pad := int32(2 * nc) // sentence edges as their own contexts
	for _, seq := range sents {
		for i, w := range seq {
			r, ok := row[w]
			if !ok {
				continue
			}
			left, right := pad, pad+1
			if i > 0 {
				if c, ok := ctx[seq[i-1]]; ok {
					left = c
				} else {
					left = pad + 2
				}
			}
			if i+1 < len(seq) {
				if c, ok := ctx[seq[i+1]]; ok {
					right = nc + c
				} else {
					right = pad + 3
				}
			}
			cnt[r][left]++
			cnt[r][right]++
		}
	}
	dim := int(pad + 4)
	// Vectors: square-rooted counts, unit length.
	vecs := make([]sparseVec, len(vocab))
	for r, m := range cnt {
		idx := make([]int32, 0, len(m))
		for k := range m {
			idx = append(idx, k)
		}
		slices.Sort(idx)
		v := sparseVec{idx: idx, val: make([]float32, len(idx))}
		norm := 0.0
		for j, k := range idx {
			x := math.Sqrt(float64(m[k]))
			v.val[j] = float32(x)
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for j := range v.val {
			v.val[j] /= float32(norm)
		}
		vecs[r] = v
	}
	fineOf := kmeans(vecs, dim, opt.Fine, opt.Iters)
	coarseOf := kmeans(vecs, dim, opt.Coarse, opt.Iters)
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if vocab[a] < vocab[b] {
			return -1
		}
		return 1
	})
	for _, r := range order {
		keys = append(keys, vocab[r])
		fine = append(fine, uint8(fineOf[r]+1))
		coarse = append(coarse, uint8(coarseOf[r]+1))
	}
	return keys, fine, coarse
}

// kmeans groups unit vectors into k classes by cosine similarity, starting from k vectors
// spread over the frequency order.
func kmeans(vecs []sparseVec, dim, k, iters int) []int {
	n := len(vecs)
	assign := make([]int, n)
	if n == 0 || k <= 0 {
		return assign
	}
	k = min(k, n)
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = make([]float32, dim)
		v := vecs[c*n/k]
		for j, i := range v.idx {
			cent[c][i] = v.val[j]
		}
	}
	for it := 0; it < iters; it++ {
		for r, v := range vecs {
			best, bc := float32(-1), 0
			for c := range cent {
				cc := cent[c]
				s := float32(0)
				for j, i := range v.idx {
					s += cc[i] * v.val[j]
				}
				if s > best {
					best, bc = s, c
				}
			}
			assign[r] = bc
		}
		for c := range cent {
			clear(cent[c])
		}
		sizes := make([]int, k)
		for r, v := range vecs {
			c := assign[r]
			sizes[c]++
			for j, i := range v.idx {
				cent[c][i] += v.val[j]
			}
		}
		for c := range cent {
			norm := 0.0
			for _, x := range cent[c] {
				norm += float64(x) * float64(x)
			}
			if norm == 0 {
				continue
			}
			inv := float32(1 / math.Sqrt(norm))
			for i := range cent[c] {
				cent[c][i] *= inv
			}
		}
	}
	return assign
}
