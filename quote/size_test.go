package quote

import (
	"strings"
	"testing"
	"unsafe"
)

// TestQuoteSize holds a Quote to its budget: a long text of short quotations has one every few
// bytes, and the list is a large part of its document's memory.
func TestQuoteSize(t *testing.T) {
	if n := unsafe.Sizeof(Quote{}); n > 96 {
		t.Errorf("a Quote is %d bytes, over the budget of 96 (millions of them on a long text of quotations)", n)
	}
}

// TestRuleNames checks that the names match the constants: one each, none twice.
func TestRuleNames(t *testing.T) {
	if len(ruleNames) != int(RulePartialLead)+1 {
		t.Errorf("%d rule names for %d rules", len(ruleNames), int(RulePartialLead)+1)
	}
	seen := map[string]Rule{}
	for r := NoRule + 1; r <= RulePartialLead; r++ {
		name := r.String()
		if name == "" || strings.HasPrefix(name, "Rule(") {
			t.Errorf("rule %d has no name", r)
		}
		if o, ok := seen[name]; ok {
			t.Errorf("rules %d and %d are both named %q", o, r, name)
		}
		seen[name] = r
	}
}
