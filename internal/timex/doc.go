// Package timex finds date and time expressions in English news text and
// normalizes them to TimeML values. Said on April 22, 2025, "June 15, 2017"
// is 2017-06-15, "last week" 2025-W16, "the 1990s" 199, "this spring"
// 2025-SP, "recently" PAST_REF, "10:35 a.m. Friday" the time 2025-04-18T10:35,
// "three years" the duration P3Y and "every Monday" the set XXXX-WXX-1.
//
// Relative expressions are resolved against a reference date, normally the
// publication date. Without one, Find uses the article's dateline (a line near
// the top that is only a date); failing that, what a reference would supply
// stays unknown ("XXXX-04-21"). The machine's clock is never consulted.
//
// The package is a rule engine over one scan of the words: the text is split
// into words once, each word is looked up once in a small lexicon, and rules
// start only at trigger words (month and day names, numbers, "the", "last",
// "early"...). The files:
//
//   - timex.go: the API, the scanner that dispatches on each token (at), and
//     the helpers that read tokens and record matches.
//   - scan.go: the tokenizer; lexicon.go: the word list and its hash table.
//
// The rules live in one file per family:
//
//   - absolute.go: calendar dates and years ("June 15, 2017", "15 June",
//     "2017-06-15", "9/11", "2004 to 2009") and the year a month or day
//     without one gets.
//   - relative.go: day names, "yesterday", "last week", "the following year",
//     "earlier that day", "now", "recently", "the future", and the rules that
//     start at "the", "last", "early" and other function words.
//   - period.go: decades, centuries, seasons, quarters and halves, spelled-out
//     years ("nineteen ninety-six") and holidays ("Christmas", "Labor Day"),
//     and an earnings report's periods: its "year-ago period" or "latest
//     period" is the quarter it reports on, the first one it names.
//   - clock.go: times of day ("10:35 a.m.", "noon", "9 p.m. Tuesday").
//   - duration.go: durations ("three years"), sets ("every Monday", "daily")
//     and counted offsets ("two days ago", "a year earlier", "in five years"
//     said of the future, "two years from now").
//   - dateline.go: the date line under an article's headline.
//   - resolve.go: calendar arithmetic, value formatting, the tense of a
//     sentence and the story's anchor date, shared by the rules.
//
// It is not a parser of arbitrary date formats, nor does it resolve events
// ("two days before the election").
//
//	ms := timex.Find("Peskov spoke on April 21.", timex.Ref{Year: 2025, Month: 4, Day: 22})
//	// ms[0].Value == "2025-04-21"
package timex
