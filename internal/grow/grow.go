// Package grow makes room in the long lists of a long document: how much room, from the rate
// of the items found so far, and how, without copying or clearing millions of items in one call.
//
// It is for the pipeline's per-token lists (tokens, sentences, passages), whose final length
// is not known until the text is read. Short lists should simply use append.
package grow

import "unsafe"

// More returns how many more items to make room for in a list whose n items came from the
// first done units (bytes or tokens) of a text of total units: the rest at the rate so far and
// a sixteenth more, so that a rate that varies a little along the text does not force a
// second copy of the whole list (which holds both copies for a while), at the cost of room
// that may go unused. done must be positive.
func More(n, done, total int) int {
	rest := (total - done) * (n + 1) / done
	return rest + rest/16 + 64
}

// piece is how many bytes Slice copies per call.
const piece = 256 << 10

// Slice returns s with room for at least more items after its length, like slices.Grow. The
// difference is on long lists: slices.Grow clears the new room and copies the old items each
// in one uninterruptible call, which touches every page of the new list (room never used
// included) and makes a garbage collection that starts on the allocation, as one often does,
// wait for it (its worker spins, signalling the goroutine, meanwhile). Slice lets make clear
// the new list, which the runtime does in preemptible steps and not at all for memory fresh
// from the system, and copies the old items a piece at a time.
func Slice[S ~[]E, E any](s S, more int) S {
	if more <= cap(s)-len(s) {
		return s
	}
	t := make(S, len(s), len(s)+more)
	var e E
	step := max(1, piece/max(1, int(unsafe.Sizeof(e))))
	for i := 0; i < len(s); i += step {
		copyPiece(t[i:min(i+step, len(s))], s[i:])
	}
	return t
}

// copyPiece copies one piece. It is not inlined, so that each piece begins with a function
// call, where a pending preemption takes effect.
//
//go:noinline
func copyPiece[E any](dst, src []E) { copy(dst, src) }
