package ner

import (
	"os"
	"testing"

	"github.com/newsextract/newsextract/internal/text"
)

func TestZZRaw(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZFILE"))
	if err != nil {
		t.Skip()
	}
	src := string(b)
	tg := Default()
	d := text.Analyze(src)
	sc := new(scratch)
	info := sc.prepare(d, &tg.m.lex, tg.names)
	sc.decode(d, info, tg.m.Model, nil, nil)
	ms := sc.mentions(nil, d, info)
	for _, m := range ms {
		t.Logf("raw %s %q", m.Label, src[m.Start:m.End])
	}
	ms = joinNicknames(ms, d, info)
	ms = sc.consistency(ms, d, info, tg.names)
	for _, m := range ms {
		t.Logf("cons %s %q", m.Label, src[m.Start:m.End])
	}
}
