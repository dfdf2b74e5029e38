package perceptron

// MaxLabels bounds the number of tags of a Scheme: tags are bytes, and a pair index
// ((Labels()+1) * Labels() of them) must fit the 16 bits the model file gives it.
const MaxLabels = 255

// Scheme is a tag set: how many tags there are and which may follow which. It is read-only
// once built and safe to share.
type Scheme struct {
	n         int
	valid     []bool // by pair index
	validLast []bool
	prevs     [][]uint8 // the tags that may precede each tag inside a sequence
	first     []int32   // by tag t: the place of the pair of t after prevs[t][0]; the others follow
	pairs     []int     // indices of the valid pairs; a valid pair's place here is its score's in Scores.Pair
	place     []int32   // by pair index: the pair's place in pairs, -1 for an invalid pair
}

// NewScheme returns the scheme of n tags (0 to n-1; n at most MaxLabels). valid(prev, t)
// tells whether t may follow prev, where prev == n stands for the start of a sequence;
// validLast(t) tells whether a sequence may end in t. Every sequence must have at least one
// valid path (some tag valid at the start and the end): tag 0 usually is.
func NewScheme(n int, valid func(prev, t int) bool, validLast func(t int) bool) *Scheme {
	n = min(max(n, 1), MaxLabels)
	s := &Scheme{n: n, valid: make([]bool, (n+1)*n), validLast: make([]bool, n), prevs: make([][]uint8, n),
		first: make([]int32, n), place: make([]int32, (n+1)*n)}
	// The pairs go tag by tag, each tag's after its previous tags in order and then after the
	// start, so that the decoder reads a tag's pair scores in a row.
	for t := 0; t < n; t++ {
		s.first[t] = int32(len(s.pairs))
		for p := 0; p <= n; p++ {
			s.place[s.Pair(p, t)] = -1
			if valid(p, t) {
				s.valid[s.Pair(p, t)] = true
				s.place[s.Pair(p, t)] = int32(len(s.pairs))
				if p < n {
					s.prevs[t] = append(s.prevs[t], uint8(p))
				}
				s.pairs = append(s.pairs, s.Pair(p, t))
			}
		}
	}
	for t := 0; t < n; t++ {
		s.validLast[t] = validLast(t)
	}
	return s
}

// Labels is the number of tags.
func (s *Scheme) Labels() int { return s.n }

// Pairs is the number of pair indices, valid or not: (Labels()+1) * Labels().
func (s *Scheme) Pairs() int { return (s.n + 1) * s.n }

// Pair is the pair index of tag t after prev (Labels(): the start of a sequence).
func (s *Scheme) Pair(prev, t int) int { return prev*s.n + t }

// Valid reports whether t may follow prev (Labels(): the start of a sequence).
func (s *Scheme) Valid(prev, t int) bool {
	return prev >= 0 && prev <= s.n && t >= 0 && t < s.n && s.valid[s.Pair(prev, t)]
}

// ValidLast reports whether a sequence may end in t.
func (s *Scheme) ValidLast(t int) bool { return t >= 0 && t < s.n && s.validLast[t] }

// ValidSequence reports whether tags is a valid sequence under s.
func (s *Scheme) ValidSequence(tags []uint8) bool {
	prev := s.n
	for _, t := range tags {
		if !s.Valid(prev, int(t)) {
			return false
		}
		prev = int(t)
	}
	return len(tags) == 0 || s.ValidLast(prev)
}
