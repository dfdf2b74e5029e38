package timex

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCalendar compares the calendar arithmetic with package time over many
// days, ISO weeks included.
func TestCalendar(t *testing.T) {
	start := time.Date(1890, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 70000; i += 3 {
		tm := start.AddDate(0, 0, i)
		y, m, d := tm.Date()
		n := dayNum(y, int(m), d)
		if yy, mm, dd := civil(n); yy != y || mm != int(m) || dd != d {
			t.Fatalf("civil(dayNum(%v)) = %d-%d-%d", tm, yy, mm, dd)
		}
		if weekday(n) != int(tm.Weekday()) {
			t.Fatalf("weekday(%v) = %d", tm, weekday(n))
		}
		for wd := 0; wd < 7; wd++ {
			b, a := weekdayBefore(n, wd), weekdayAfter(n, wd)
			if weekday(b) != wd || b >= n || b < n-7 || weekday(a) != wd || a <= n || a > n+7 {
				t.Fatalf("weekdayBefore/After(%v, %d) = %d, %d", tm, wd, b-n, a-n)
			}
		}
		iy, iw := tm.ISOWeek()
		if gy, gw := isoWeek(n); gy != iy || gw != iw {
			t.Fatalf("isoWeek(%v) = %d-W%d, want %d-W%d", tm, gy, gw, iy, iw)
		}
	}
}

func TestTense(t *testing.T) {
	cases := []struct {
		name, reason, src string
		want              int
	}{
		{"said", "a past verb before the date", "officials said Friday", tensePast},
		{"will", "will before the date", "they will meet Friday", tenseFuture},
		{"ed verb", "a verb in -ed", "the bombs exploded Friday", tensePast},
		{"is to be held", "a passive infinitive looks further back", "the vote is to be held Friday", tenseFuture},
		{"had been scheduled", "a past perfect plan is past", "it had been scheduled to expire Friday", tensePast},
		{"next to", "next to is a place", "the bombs next to the embassy Friday", tenseNone},
		{"none", "no tense word", "the embassy Friday", tenseNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &scanner{}
			s.reset(c.src, Ref{}, nil)
			k := len(s.toks) - 1
			if d := cmp.Diff(c.want, s.tense(k, k+1)); d != "" {
				t.Errorf("%s: tense of %q (-want +got):\n%s", c.reason, c.src, d)
			}
		})
	}
}

func TestRefFromTime(t *testing.T) {
	got := RefFromTime(time.Date(2025, 4, 22, 23, 0, 0, 0, time.UTC))
	if d := cmp.Diff(Ref{2025, 4, 22}, got); d != "" {
		t.Errorf("RefFromTime (-want +got):\n%s", d)
	}
	if RefFromTime(time.Time{}).Known() {
		t.Error("the zero time must give an unknown reference")
	}
}
