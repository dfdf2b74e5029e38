package timex

// The dateline: a line near the top of an article that is only a date, the
// reference Find falls back on when the caller gives none.

import "strings"

// Dateline returns the date of a line near the top of src that is only a date
// ("Tuesday, January 28, 2014"), as news sites print under the headline. A
// date inside a sentence or a caption is no dateline. It looks at the first
// twelve non-empty lines only.
func Dateline(src string) (Ref, bool) {
	lines := 0
	for len(src) > 0 && lines < 12 {
		line := src
		if k := strings.IndexByte(src, '\n'); k >= 0 {
			line, src = src[:k], src[k+1:]
		} else {
			src = ""
		}
		line = strings.Trim(line, " \t\r\u00a0.,")
		if line == "" {
			continue
		}
		lines++
		if len(line) > 60 {
			continue
		}
		if r, ok := datelineOf(line); ok {
			return r, true
		}
	}
	return Ref{}, false
}

// datelineOf reports the date of a line that is one date and nothing else.
func datelineOf(line string) (Ref, bool) {
	s := scratch.Get().(*scanner)
	s.reset(line, Ref{}, s.out[:0])
	s.run()
	m, one := s.takeOne(0)
	s.src = ""
	scratch.Put(s)
	if !one || m.Kind != Date {
		return Ref{}, false
	}
	if strings.Trim(line[:m.Start], " \t,.–—-(") != "" || strings.Trim(line[m.End:], " \t,.)") != "" {
		return Ref{}, false
	}
	v := m.Value
	if len(v) < 7 || v[0] == 'X' {
		return Ref{}, false
	}
	r := Ref{Year: atoi(v[0:4]), Month: atoi(v[5:7])}
	if len(v) >= 10 {
		r.Day = atoi(v[8:10])
	}
	if r.Year == 0 || r.Month == 0 {
		return Ref{}, false
	}
	return r, true
}

// atoi reads a short run of digits; anything else gives 0.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
