package perceptron

// Feature keys are the caller's; these helpers are what both taggers build them with.

// Mix combines a feature template and a value (or two values) into a well-spread key; it never
// returns 0, the empty slot of a model's table.
func Mix(a, b uint64) uint64 {
	h := (a ^ 0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	h ^= b
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// Mix3 combines a template and two values: Mix(Mix(t, a), b).
func Mix3(t, a, b uint64) uint64 { return Mix(Mix(t, a), b) }

// FNV-1a's offset basis and prime, for callers that hash bytes as they read them:
// h = (h ^ b) * HashPrime from h = HashOffset gives Hash.
const (
	HashOffset = 14695981039346656037
	HashPrime  = 1099511628211
)

// Hash is the 64-bit FNV-1a hash of b.
func Hash[T string | []byte](b T) uint64 {
	h := uint64(HashOffset)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= HashPrime
	}
	return h
}
