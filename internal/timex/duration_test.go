package timex

import "testing"

func TestDurationsAndSets(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "years", reason: "three years is a duration, not a date", src: "It took three years.", ref: ref98, want: []got{{"three years", Duration, "P3Y"}}},
		{name: "hedged", reason: "about two weeks", src: "for about two weeks we count", ref: ref98, want: []got{{"about two weeks", Duration, "P2W"}}},
		{name: "adjective", reason: "a two-year plan", src: "its two-year cost-control strategy", ref: ref98, want: []got{{"two-year", Duration, "P2Y"}}},
		{name: "age", reason: "an age is no duration: \"the 37-year-old Serbian\", \"a six-month-old baby\" (TimeBank marks none of its 34)", src: "The 37-year-old Serbian held a six-month-old baby.", ref: ref98, want: nil},
		{name: "hours", reason: "hours take a T", src: "within 24 hours", ref: ref98, want: []got{{"24 hours", Duration, "PT24H"}}},
		{name: "vague", reason: "a few months", src: "for a few months", ref: ref98, want: []got{{"a few months", Duration, "PXM"}}},
		{name: "past n days", reason: "the past 30 days is a duration", src: "in the past 30 days", ref: ref98, want: []got{{"the past 30 days", Duration, "P30D"}}},
		{name: "every monday", reason: "sets are no dates", src: "They meet every Monday.", ref: ref98, want: []got{{"every Monday", Set, "XXXX-WXX-1"}}},
		{name: "daily", reason: "daily is a set", src: "rallies held daily", ref: ref98, want: []got{{"daily", Set, "P1D"}}},
		{name: "per month", reason: "per month is a set", src: "14 million visitors per month", ref: ref98, want: []got{{"per month", Set, "P1M"}}},
		{name: "mondays", reason: "a plural day name is a set", src: "closed on Mondays", ref: ref98, want: []got{{"Mondays", Set, "XXXX-WXX-1"}}},
		{name: "in n years ahead", reason: "\"The stock would be redeemed in five years\": in the future tense, that many years from the reference", src: "The stock would be redeemed in five years.", ref: Ref{1989, 11, 2}, want: []got{{"five years", Date, "1994"}}},
		{name: "in a year or two", reason: "\"You may, in a year or two, save a few more lives\": some time ahead", src: "You may, in a year or two, save a few more lives.", ref: Ref{1998, 3, 31}, want: []got{{"a year or two", Date, "FUTURE_REF"}}},
		{name: "in n weeks past", reason: "\"his second letter in two weeks was published\": in the past tense a span, not a date", src: "His second letter to Reno in two weeks was published on Tuesday.", ref: Ref{2000, 2, 16}, want: []got{{"two weeks", Duration, "P2W"}, {"Tuesday", Date, "2000-02-15"}}},
		{name: "from now", reason: "\"two years from now\", \"a week from today\" count from the reference: dates, not spans", src: "It will open two years from now, or a week from today.", ref: Ref{1998, 3, 18}, want: []got{{"two years from now", Date, "2000"}, {"a week from today", Date, "1998-W13"}}},
		{name: "capitalized daily", reason: "\"Image: Daily et al.\", \"the New York Daily News\": a set word capitalized inside a sentence is a name; \"Daily, the rallies go on\" opens one", src: "Image: Daily et al. It ran in the New York Daily News. Daily, the rallies go on.", ref: ref98, want: []got{{"Daily", Set, "P1D"}}},
		{name: "annual", reason: "annual is no date", src: "at the annual Q&A session", ref: ref98, want: nil},
	})
}
