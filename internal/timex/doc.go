// Package timex finds date and time expressions in English news text and
// normalizes them to TimeML values: "June 15, 2017" is 2017-06-15, "last week"
// 2025-W16, "the 1990s" 199, "this spring" 2025-SP, "recently" PAST_REF.
//
// Relative expressions are resolved against a reference date, normally the
// publication date. Without one, Find uses the article's dateline (a line near
// the top that is only a date); failing that, what a reference would supply
// stays unknown ("XXXX-04-21"). The machine's clock is never consulted.
//
// The package is a rule engine over one scan of the words: the text is split
// into words once, each word is looked up once in a small lexicon, and rules
// start only at trigger words (month and day names, numbers, "last", "ago"...).
// The rules live in one file per family: absolute.go (calendar dates and
// years), relative.go (days, weeks, months and years relative to the
// reference or the story), period.go (decades, centuries, seasons, quarters),
// clock.go (times of day), duration.go (durations and sets), dateline.go, and
// resolve.go (calendar arithmetic, tense, the story's anchor date).
//
// It is not a parser of arbitrary date formats, nor does it resolve events
// ("two days before the election").
//
//	ms := timex.Find("Peskov spoke on April 21.", timex.Ref{Year: 2025, Month: 4, Day: 22})
//	// ms[0].Value == "2025-04-21"
package timex
