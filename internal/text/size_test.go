package text

import (
	"testing"
	"unsafe"
)

// TestTokenSize holds a token to its budget: a text of short tokens has one every one or two
// bytes, and the token list is a large part of a long document's memory.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n > 12 {
		t.Errorf("a token is %d bytes, over the budget of 12 (millions of them on a long text)", n)
	}
}
