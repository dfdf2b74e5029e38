package timex

import "testing"

func TestRelative(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "past weekday", reason: "on Friday in past-tense reporting is the latest Friday", src: "Bombs exploded Friday, killing dozens.", ref: ref98, want: []got{{"Friday", Date, "1998-08-07"}}},
		{name: "future weekday", reason: "in future tense the next one", src: "The ministers will meet on Tuesday.", ref: ref98, want: []got{{"Tuesday", Date, "1998-08-11"}}},
		{name: "weekday same day", reason: "the reference day itself in past tense", src: "officials said Saturday.", ref: ref98, want: []got{{"Saturday", Date, "1998-08-08"}}},
		{name: "weekday night", reason: "Friday night is a time of day", src: "He was shot Friday night.", ref: ref98, want: []got{{"Friday night", Time, "1998-08-07TNI"}}},
		{name: "dateline weekday", reason: "a weekday before a full date takes its date", src: "Tuesday, January 28, 2014", want: []got{{"Tuesday, January 28, 2014", Date, "2014-01-28"}}},
		{name: "black friday", reason: "a named day is no date", src: "shoppers crowded stores on Black Friday", ref: ref98, want: nil},
		{name: "weekday no ref", reason: "without a reference the week is unknown", src: "They met Friday.", want: []got{{"Friday", Date, "XXXX-WXX-5"}}},
		{name: "yesterday", reason: "a day before the reference", src: "A storm yesterday caused a crane to fall.", ref: Ref{2015, 9, 12}, want: []got{{"yesterday", Date, "2015-09-11"}}},
		{name: "tomorrow no ref", reason: "unknown stays unknown", src: "He leaves tomorrow.", want: []got{{"tomorrow", Date, "XXXX-XX-XX"}}},
		{name: "last week", reason: "ISO week before the reference's", src: "a boy's clock in Texas last week has inspired", ref: Ref{2015, 9, 22}, want: []got{{"last week", Date, "2015-W38"}}},
		{name: "next year", reason: "the year after", src: "It will open next year.", ref: Ref{1989, 10, 30}, want: []got{{"next year", Date, "1990"}}},
		{name: "earlier this month", reason: "earlier this month is this month", src: "The bank failed earlier this month.", ref: Ref{1989, 10, 27}, want: []got{{"earlier this month", Date, "1989-10"}}},
		{name: "two days ago", reason: "a count of days back", src: "He arrived two days ago.", ref: ref98, want: []got{{"two days ago", Date, "1998-08-06"}}},
		{name: "almost four years ago", reason: "hedges belong to the span", src: "the war ended almost four years ago and now", ref: Ref{1999, 3, 12}, want: []got{{"almost four years ago", Date, "1995"}, {"now", Date, "PRESENT_REF"}}},
		{name: "a decade ago", reason: "a decade back is a year", src: "just a decade ago they were", ref: Ref{1999, 3, 12}, want: []got{{"just a decade ago", Date, "1989"}}},
		{name: "the following year", reason: "anaphoric: counted from the story's date, not the reference", src: "On May 22, 1995, he was promoted, and the following year he moved.", ref: Ref{1998, 4, 18}, want: []got{{"May 22, 1995", Date, "1995-05-22"}, {"the following year", Date, "1996"}}},
		{name: "earlier that day", reason: "anaphoric day", src: "He was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", ref: Ref{1999, 10, 24}, want: []got{{"Oct. 23, 1998", Date, "1998-10-23"}, {"Earlier that day", Date, "1998-10-23"}}},
		{name: "this weekend past", reason: "a past-tense weekend is the last one", src: "He was a guest at the fair this weekend.", ref: Ref{2015, 9, 22}, want: []got{{"this weekend", Date, "2015-W38-WE"}}},
		{name: "last month", reason: "the month before", src: "the bombing last month", ref: Ref{1998, 9, 11}, want: []got{{"last month", Date, "1998-08"}}},
		{name: "refs", reason: "now, recently, the future", src: "It is now clear. He recently left. In the future, who knows.", ref: ref98, want: []got{{"now", Date, "PRESENT_REF"}, {"recently", Date, "PAST_REF"}, {"the future", Date, "FUTURE_REF"}}},
		{name: "in the past pronoun", reason: "\"Crane said that in the past it considered\": a pronoun after \"the past\" starts a clause, so \"the past\" is a noun (not \"the past president\")", src: "Crane said that in the past it considered seeking control.", ref: Ref{1989, 10, 30}, want: []got{{"the past", Date, "PAST_REF"}}},
		{name: "past adjective", reason: "\"the past president\" is no date", src: "He met the past president.", ref: ref98, want: nil},
		{name: "for the foreseeable future", reason: "\"Ukraine would remain neutral for the foreseeable future\" says how long: a duration, not a date", src: "Ukraine would remain neutral for the foreseeable future.", ref: ref98, want: []got{{"the foreseeable future", Duration, "PXY"}}},
		{name: "in the foreseeable future", reason: "\"in the foreseeable future\" says when", src: "No deal is likely in the foreseeable future.", ref: ref98, want: []got{{"the foreseeable future", Date, "FUTURE_REF"}}},
		{name: "the last few months", reason: "\"rates have fallen in the last few months\": a vague stretch up to now is a date in the past", src: "Mortgage rates have fallen in the last few months.", ref: ref98, want: []got{{"the last few months", Date, "PAST_REF"}}},
		{name: "for the past few weeks", reason: "\"For the past few weeks we've been subjected to leaks\" says how long: a duration", src: "For the past few weeks we've been subjected to leaks.", ref: ref98, want: []got{{"the past few weeks", Duration, "PXW"}}},
		{name: "bracketed number", reason: "\"[Ten] years ago, a browser was born\": an editor's brackets around the number belong to the expression", src: "\"[Ten] years ago, a browser was born.\"", ref: Ref{2011, 3, 8}, want: []got{{"[Ten] years ago", Date, "2001"}}},
		{name: "this years", reason: "\"the theme of this years lantern festival\": \"this year's\" without its apostrophe", src: "The theme of this years lantern festival is peace.", ref: Ref{2007, 3, 5}, want: []got{{"this years", Date, "2007"}}},
		{name: "now comma", reason: "the issue's \"The plan failed last year. / Now, the team says it is ready.\": a sentence that opens with \"Now,\" speaks of the present as \"now\" does elsewhere, as a sentence-opening \"Today,\" gives the publication day", src: "The plan failed last year.\nNow, the team says it is ready. Now officials are investigating.", ref: Ref{2021, 6, 14}, want: []got{{"last year", Date, "2020"}, {"Now", Date, "PRESENT_REF"}, {"Now", Date, "PRESENT_REF"}}},
		{name: "now comma turning the talk", reason: "\"Now, imagine...\" and \"Now, if it works...\" open a sentence to turn the talk to a request or a condition, not to say what holds at present", src: "It was hard.\nNow, imagine a virus. Now, if the vaccine works, we win.", ref: Ref{2021, 6, 14}, want: nil},
		{name: "last friday", reason: "last + weekday is strictly before", src: "He met them last Friday.", ref: Ref{1998, 8, 11}, want: []got{{"last Friday", Date, "1998-08-07"}}},
		{name: "last month name", reason: "\"crashed last February\" said on March 1 is the February of the year before: the month just gone would be \"last month\"", src: "two helicopters crashed last February.", ref: Ref{1998, 3, 1}, want: []got{{"last February", Date, "1997-02"}}},
		{name: "last month name earlier", reason: "\"approved the plan last April\" said in October is April of the same year", src: "holders, who approved the plan last April, will receive cash.", ref: Ref{1989, 10, 27}, want: []got{{"last April", Date, "1989-04"}}},
		{name: "last december in january", reason: "in January \"last December\" is already the previous year's: it is not pushed a year further", src: "The treaty was signed last December.", ref: Ref{1998, 1, 20}, want: []got{{"last December", Date, "1997-12"}}},
		{name: "the previous friday", reason: "anaphoric weekday counts from the story's day", src: "Stocks fell Friday, down from the previous Friday.", ref: Ref{1989, 10, 30}, want: []got{{"Friday", Date, "1989-10-27"}, {"the previous Friday", Date, "1989-10-20"}}},
	})
}

func TestTenseCues(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "set past", reason: "\"set\" without \"to\"/\"for\" is the past tense: the record high set on Aug. 6 (reference in February) was last year's", src: "the index is near its record high set on Aug. 6.", ref: Ref{1998, 2, 6}, want: []got{{"Aug. 6", Date, "1997-08-06"}}},
		{name: "set to future", reason: "\"is set to\" speaks of the future", src: "The vote is set for Aug. 6.", ref: Ref{1998, 2, 6}, want: []got{{"Aug. 6", Date, "1998-08-06"}}},
		{name: "set weekday past", reason: "\"when Albright set aside her plans on Friday\" tells what happened", src: "On Friday, when Albright set aside her vacation plans, the trip began.", ref: Ref{1998, 8, 17}, want: []got{{"Friday", Date, "1998-08-14"}}},
		{name: "supposed to", reason: "\"talks that are supposed to conclude by May\" look ahead", src: "The talks, which are supposed to conclude by May, resumed.", ref: Ref{1998, 3, 22}, want: []got{{"May", Date, "1998-05"}}},
		{name: "had been due to", reason: "\"had been due to expire Friday\" is over", src: "It had been due to expire Friday evening.", ref: Ref{1989, 10, 30}, want: []got{{"Friday evening", Time, "1989-10-27TEV"}}},
		{name: "adjective in -ed", reason: "\"a still unspecified date\" is no past tense; \"would be paid\" is future", src: "The split would be paid on a still unspecified date in January.", ref: Ref{1989, 10, 26}, want: []got{{"January", Date, "1990-01"}}},
		{name: "day name lists no month", reason: "\"revision Friday to December's figures\": a day name before \"to\" starts no range of months", src: "After a small downward revision Friday to December's figures, the economy has been creating jobs.", ref: Ref{1998, 2, 6}, want: []got{{"Friday", Date, "1998-02-06"}, {"December", Date, "1997-12"}}},
		{name: "as early as", reason: "\"as early as Tuesday\" is a time to come, whatever the verb", src: "His father could come from Cuba as early as Tuesday.", ref: Ref{2000, 4, 3}, want: []got{{"Tuesday", Date, "2000-04-04"}}},
		{name: "postponed until", reason: "\"postponed until Tuesday morning\" is the coming Tuesday though \"postponed\" is past", src: "Officials postponed until Tuesday morning any action.", ref: Ref{2000, 3, 30}, want: []got{{"Tuesday morning", Time, "2000-04-04TMO"}}},
		{name: "until first", reason: "a sentence that opens \"Until Thursday, they had not\" looks back", src: "Until Thursday, they had not called Kopp a suspect.", ref: Ref{1999, 5, 7}, want: []got{{"Thursday", Date, "1999-05-06"}}},
		{name: "quote own tense", reason: "the verb after a closing quote does not set the tense inside it: \"will leave ... Thursday,'' Castro said\"", src: "``The father will leave for the United States at dawn on Thursday,'' Castro said.", ref: Ref{2000, 4, 5}, want: []got{{"Thursday", Date, "2000-04-06"}}},
		{name: "irregular past", reason: "\"withdrew\" is a past tense like \"said\": \"In June the rebels withdrew\" written in March is last June", src: "In June the rebels withdrew from the town.", ref: Ref{1998, 3, 19}, want: []got{{"June", Date, "1997-06"}}},
		{name: "scheduled present", reason: "\"took effect Jan. 1 and expires Dec. 31\": a scheduled end in the present tense is still to come, though \"took\" came before", src: "The law took effect Jan. 1 and expires Dec. 31.", ref: Ref{1998, 8, 20}, want: []got{{"Jan. 1", Date, "1998-01-01"}, {"Dec. 31", Date, "1998-12-31"}}},
		{name: "present passive", reason: "\"when the case is heard in May\": a participle after \"is\" speaks of no past, so May is the coming one", src: "They will fight to keep him when the case is heard in May.", ref: Ref{2000, 3, 29}, want: []got{{"May", Date, "2000-05"}}},
		{name: "names are one phrase", reason: "a long name between the date and the verb does not hide the verb: \"On Tuesday, the National Abortion Rights Action League plans\"", src: "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.", ref: Ref{1998, 10, 26}, want: []got{{"Tuesday", Date, "1998-10-27"}}},
	})
}

func TestAnchoredPhrases(t *testing.T) {
	ref89 := Ref{1989, 11, 2}
	runTable(t, []ruleCase{
		{name: "week of", reason: "\"a court hearing the week of March 6\" is the ISO week of that day", src: "resolved in a court hearing the week of March 6, he said.", ref: Ref{2000, 2, 24}, want: []got{{"the week of March 6", Date, "2000-W10"}}},
		{name: "week after next", reason: "two weeks, months or years from the reference, either way", src: "Talks resume the week after next; they met the week before last; it opens the year after next.", ref: Ref{2024, 11, 10}, want: []got{{"the week after next", Date, "2024-W47"}, {"the week before last", Date, "2024-W43"}, {"the year after next", Date, "2026"}}},
		{name: "day before date", reason: "\"the day before last Tuesday's hearing\" is one expression, a day before", src: "The day before last Tuesday's hearing, Manuel went.", ref: Ref{2000, 2, 24}, want: []got{{"The day before last Tuesday", Date, "2000-02-21"}}},
		{name: "day before event", reason: "\"the day before the election\" names no date", src: "He spoke the day before the election.", ref: ref89, want: nil},
		{name: "mid-afternoon yesterday", reason: "a part of the day before a relative day is one time", src: "In London at mid-afternoon yesterday, shares were up.", ref: ref89, want: []got{{"mid-afternoon yesterday", Time, "1989-11-01TAF"}}},
		{name: "current fiscal year", reason: "\"current\" before \"fiscal year\" is the reference year", src: "It expects sales in the current fiscal year to rise.", ref: ref89, want: []got{{"the current fiscal year", Date, "1989"}}},
		{name: "latest period", reason: "\"the latest period\" of an earnings report is the latest quarter", src: "Sales in the latest period were $1.76 billion.", ref: ref89, want: []got{{"the latest period", Date, "1989-Q3"}}},
		{name: "week possessive", reason: "\"the week's most active session\" is this week", src: "It was the week's most active session.", ref: ref89, want: []got{{"the week", Date, "1989-W44"}}},
		{name: "effective", reason: "\"effective Feb. 1\" announces a change to come", src: "It also created an office of the chairman, effective Feb. 1.", ref: Ref{1989, 10, 26}, want: []got{{"Feb. 1", Date, "1990-02-01"}}},
	})
}

func TestStoryPhrases(t *testing.T) {
	ref89 := Ref{1989, 10, 26}
	runTable(t, []ruleCase{
		{name: "quarter a year ago", reason: "\"the quarter a year ago\" says which quarter: the same one a year back", src: "For the quarter a year ago, Columbia reported earnings of $1.", ref: ref89, want: []got{{"the quarter a year ago", Date, "1988-Q3"}}},
		{name: "bare a year ago", reason: "a bare \"a year ago\" stays a year: no quarter is read into it", src: "Profit rose to $5 million from $4 million a year ago.", ref: ref89, want: []got{{"a year ago", Date, "1988"}}},
		{name: "latest fiscal year", reason: "\"the latest fiscal year\" is the last one closed", src: "It had C$8 billion in sales in the latest fiscal year.", ref: ref89, want: []got{{"the latest fiscal year", Date, "1988"}}},
		{name: "near term", reason: "\"the challenges of the near term\" look ahead", src: "we don't minimize the challenges of the near term.", ref: ref89, want: []got{{"the near term", Date, "FUTURE_REF"}}},
		{name: "short term", reason: "\"in the short term\" looks ahead; \"short-term debt\" is no date", src: "to placate holders in the short term. It sold short-term debt.", ref: ref89, want: []got{{"the short term", Date, "FUTURE_REF"}}},
		{name: "today's youth", reason: "\"today's youth\" is an age, not a day", src: "The case is for today's youth what the revolution was.", ref: ref89, want: nil},
		{name: "today's game", reason: "\"today's game\" is the day", src: "We learned a lot from today's game.", ref: ref89, want: []got{{"today", Date, "1989-10-26"}}},
		{name: "people of tomorrow", reason: "\"the people of tomorrow\" is no day", src: "If I were choosing the people of tomorrow, I would.", ref: ref89, want: nil},
		{name: "mid afternoon", reason: "\"By mid afternoon\" is that part of the story's day", src: "By mid afternoon, official sources were saying.", ref: Ref{1998, 3, 6}, want: []got{{"mid afternoon", Time, "1998-03-06TAF"}}},
		{name: "in the morning past", reason: "in past-tense narration \"in the morning\" is the morning of the day just told", src: "Stocks crashed Friday. Dealers placed heavy buy orders in the morning.", ref: Ref{1989, 10, 30}, want: []got{{"Friday", Date, "1989-10-27"}, {"the morning", Time, "1989-10-27TMO"}}},
		{name: "at a later date", reason: "\"bank borrowings or offerings, at a later date\" looks ahead", src: "It will pay with offerings at a later date.", ref: ref89, want: []got{{"a later date", Date, "FUTURE_REF"}}},
		{name: "as soon as possible", reason: "\"liquidate the maker as soon as possible\" looks ahead; a bare \"as soon as\" is no date", src: "It would liquidate the maker as soon as possible, as soon as it could.", ref: ref89, want: []got{{"as soon as possible", Date, "FUTURE_REF"}}},
		{name: "will one day", reason: "\"Islam will one day be the second largest religion\": after a modal, \"one day\" is some future day", src: "Islam will one day be the second largest religion. It took one day.", ref: ref89, want: []got{{"one day", Date, "FUTURE_REF"}, {"one day", Duration, "P1D"}}},
		{name: "nth day of", reason: "\"It's the second day of an offensive\" in the present tense is the reference day; in the past tense it is no date", src: "It's the second day of an offensive. It was the third day of talks.", ref: Ref{1998, 3, 6}, want: []got{{"the second day", Date, "1998-03-06"}}},
		{name: "until then", reason: "\"terminate on Nov. 30. Until then, the stock remains\": then is the day just named", src: "The rights will terminate on Nov. 30. Until then, the stock remains convertible.", ref: Ref{1989, 10, 30}, want: []got{{"Nov. 30", Date, "1989-11-30"}, {"then", Date, "1989-11-30"}}},
		{name: "this moment", reason: "\"traveling at this crucial moment\" is now", src: "He would not be traveling at this crucial moment.", ref: ref89, want: []got{{"this crucial moment", Date, "PRESENT_REF"}}},
		{name: "current count", reason: "\"up from the current four flights a week\", \"the current number of shares\": the present count", src: "six flights, up from the current four flights, based on the current number of shares", ref: ref89, want: []got{{"current", Date, "PRESENT_REF"}, {"current", Date, "PRESENT_REF"}}},
		{name: "the last week", reason: "\"he has been in Bethesda for the last week\" (a Friday) is the last seven days, mostly this week; \"last week\" alone is the week before", src: "He has been in Bethesda for the last week. He arrived last week.", ref: Ref{2000, 4, 14}, want: []got{{"the last week", Date, "2000-W15"}, {"last week", Date, "2000-W14"}}},
		{name: "elided last", reason: "\"twice as high a dividend this year as last\": last year, its unit said before", src: "It would mean twice as high a dividend this year as last. It came last.", ref: Ref{1989, 10, 27}, want: []got{{"this year", Date, "1989"}, {"last", Date, "1988"}}},
		{name: "in the morning habit", reason: "a habit in the present tense names no day", src: "I always run in the morning.", ref: ref89, want: nil},
	})
}

func TestDateWordsInTitles(t *testing.T) {
	ref := Ref{2021, 6, 14}
	runTable(t, []ruleCase{
		{name: "the today show", reason: "the issue's \"a guest on the Today show\": no day is ever \"the today\", so after \"the\" the word names a programme", src: "He was a guest on the Today show.", ref: ref, want: nil},
		{name: "tonight show", reason: "the issue's \"The station’s Tonight Show clip\": a capitalized \"Tonight\" inside a sentence with a capitalized word after it is a title", src: "The station’s Tonight Show clip went viral.", ref: ref, want: nil},
		{name: "today show opening a sentence", reason: "a title word such as \"Show\" after \"Today\" makes it a programme even where a capital letter says nothing", src: "Today Show host Savannah Guthrie laughed.", ref: ref, want: nil},
		{name: "sunday night football", reason: "a day and a part of the day in capitals, after a word in lower case and before another capitalized word, are a show's name, not Sunday night", src: "Millions watched Sunday Night Football and laughed at Saturday Night Live.", ref: ref, want: nil},
		{name: "the sunday times", reason: "a capitalized day between \"the\" and a capitalized word is a paper's name", src: "He told the Sunday Times that he would run.", ref: ref, want: nil},
		{name: "law keeps its year", reason: "the issue's \"the Patriot Act of 2001\" keeps its year: the law was passed then", src: "the Patriot Act of 2001 was renewed", ref: ref, want: []got{{"2001", Date, "2001"}}},
		{name: "today before a pronoun", reason: "a capitalized \"Today\" followed by \"I\" starts a clause (\"So ^ Today I sent a box\"), it names no show", src: "So ^ Today I sent a box home.", ref: ref, want: []got{{"Today", Date, "2021-06-14"}}},
		{name: "days stay days", reason: "a day in prose stays a date: \"On Sunday night\", a sentence-opening \"Today,\" and \"the Sunday meeting\" name days", src: "On Sunday night they met. Today, the team rests. He missed the Sunday meeting.", ref: ref, want: []got{{"Sunday night", Time, "2021-06-13TNI"}, {"Today", Date, "2021-06-14"}, {"Sunday", Date, "2021-06-13"}}},
	})
}

func TestCountedFromEvents(t *testing.T) {
	ref := Ref{2021, 6, 14}
	runTable(t, []ruleCase{
		{name: "minutes later", reason: "the issue's \"Paramedics arrived about 15 minutes later\": the minutes count from the call, not from the publication, so only the length is known", src: "Paramedics arrived about 15 minutes later.", ref: ref, want: []got{{"about 15 minutes later", Duration, "PT15M"}}},
		{name: "days after the attack", reason: "the issue's \"two days after the attack\": the attack has no date in the text, so no date is made up", src: "Two days after the attack, police arrested him.", ref: ref, want: []got{{"Two days", Duration, "P2D"}}},
		{name: "the day before alone", reason: "the issue's \"the day before\" with no day named in the story is the day before an event: unknown, not the day before publication", src: "The day before, he had fled the city.", ref: ref, want: []got{{"The day before", Date, "XXXX-XX-XX"}}},
		{name: "later from a named day", reason: "when the story names the day, days counted after it are dates again", src: "On May 5 he was arrested. Two days later he was released.", ref: ref, want: []got{{"May 5", Date, "2021-05-05"}, {"Two days later", Date, "2021-05-07"}}},
		{name: "hours after a named day", reason: "hours later give no better date than the day already named, so they stay a length", src: "He was shot on Friday. An hour later he died.", ref: ref, want: []got{{"Friday", Date, "2021-06-11"}, {"An hour later", Duration, "PT1H"}}},
		{name: "a few days later", reason: "a vague count after an event is a vague length, not the future", src: "On May 5 he resigned. A few days later the board met.", ref: ref, want: []got{{"May 5", Date, "2021-05-05"}, {"A few days later", Duration, "PXD"}}},
		{name: "weeks from a year", reason: "a year named before gives no day to count weeks from", src: "Sales rose from a year earlier. Two weeks earlier, he quit.", ref: ref, want: []got{{"a year earlier", Date, "2020"}, {"Two weeks earlier", Duration, "P2W"}}},
		{name: "later with the year after it", reason: "\"about 170 years later, in 1896\": the year after the comma says when the count ends", src: "It was not until about 170 years later, in 1896, that a doctor tried it.", ref: Ref{2002, 3, 30}, want: []got{{"about 170 years later", Date, "1896"}, {"1896", Date, "1896"}}},
		{name: "ago stays", reason: "\"ago\" counts from the time of writing, so it keeps the publication date", src: "He left two days ago.", ref: ref, want: []got{{"two days ago", Date, "2021-06-12"}}},
	})
}

func TestClauseTense(t *testing.T) {
	ref := Ref{2013, 3, 10} // a Sunday
	runTable(t, []ruleCase{
		{name: "host verb past a relative clause", reason: "the issue's \"The pilot scheme, which the council extended, runs through June\": the verb of the clause between commas is not the host's, and what runs through June is still running, so June is the coming one", src: "The pilot scheme, which the council extended, runs through June.", ref: ref, want: []got{{"June", Date, "2013-06"}}},
		{name: "lasts until", reason: "the issue's \"lasts until May\": a present tense that says how long something lasts looks ahead", src: "The festival lasts until May.", ref: ref, want: []got{{"May", Date, "2013-05"}}},
		{name: "present be in a report", reason: "\"said the deadline is in June\": the present inside a report is the report's present, so June has not come yet", src: "Officials said the deadline is in June.", ref: ref, want: []got{{"June", Date, "2013-06"}}},
		{name: "progressive plan", reason: "\"The president is traveling to Asia on Monday\": a present progressive before a day names a plan, the coming Monday", src: "The president is traveling to Asia on Monday.", ref: ref, want: []got{{"Monday", Date, "2013-03-11"}}},
		{name: "progressive with to", reason: "\"is continuing to try to sell itself under a June agreement\": the progressive's plan is the verb after \"to\", so June is left to the nearest", src: "It is continuing to try to sell itself, under a June agreement.", ref: Ref{1989, 10, 27}, want: []got{{"June", Date, "1989-06"}}},
		{name: "host verb in -s after a relative clause", reason: "\"The minister, who arrived on Monday, leaves on Friday\": the verb right after the clause is the host's, a present that schedules Friday ahead", src: "The minister, who arrived on Monday, leaves on Friday.", ref: Ref{2013, 3, 13}, want: []got{{"Monday", Date, "2013-03-11"}, {"Friday", Date, "2013-03-15"}}},
		{name: "scheduling present", reason: "\"kicks off on Saturday\", \"comes into force in April\": a present that schedules looks ahead", src: "The tournament kicks off on Saturday. The new law comes into force in April.", ref: Ref{2013, 3, 13}, want: []got{{"Saturday", Date, "2013-03-16"}, {"April", Date, "2013-04"}}},
		{name: "takes effect at", reason: "\"A ceasefire takes effect at midnight on Friday\": the scheduled start is the coming Friday's midnight", src: "A ceasefire takes effect at midnight on Friday.", ref: Ref{2013, 3, 13}, want: []got{{"midnight", Time, "2013-03-15T24:00"}, {"Friday", Date, "2013-03-15"}}},
		{name: "plural present needs a modal", reason: "\"go\" without a modal may be a habit (\"they go there in May\"), so it does not decide", src: "Most families go to the coast in October.", ref: Ref{2013, 3, 13}, want: []got{{"October", Date, "2012-10"}}},
		{name: "event on a coming day", reason: "\"Sunday's election will decide\": a scheduled event named by its day keeps the sentence's future, where \"Wednesday's ruling\" has been", src: "Sunday's election will decide the race. Wednesday's ruling will be appealed.", ref: Ref{2013, 3, 14}, want: []got{{"Sunday", Date, "2013-03-17"}, {"Wednesday", Date, "2013-03-13"}}},
		{name: "present be weekday", reason: "\"The vote is on Tuesday\" places the vote at the coming Tuesday", src: "The vote is on Tuesday.", ref: ref, want: []got{{"Tuesday", Date, "2013-03-12"}}},
		{name: "report in the future", reason: "the issue's \"said it would close in June\": the report's \"would\" makes June the future from its time", src: "The company said it would close the plant in June.", ref: ref, want: []got{{"June", Date, "2013-06"}}},
		{name: "season by the clause", reason: "a season takes its clause's direction the same way as a month: the exhibition that runs until summer is still open", src: "The exhibition, which critics praised, runs until the summer.", ref: ref, want: []got{{"the summer", Date, "2013-SU"}}},
		{name: "list commas close no clause", reason: "\"who stepped down as chairman, president and chief executive in June\": the commas of a list leave the relative clause open, so its past verb still decides", src: "He succeeds Taylor, who stepped down as chairman, president and chief executive in June.", ref: ref, want: []got{{"June", Date, "2012-06"}}},
		{name: "infinitive after a past verb", reason: "the issue's \"agreed to sell in October\": the clause does not decide, and the nearest October (last year's here) measures best on the dev sets", src: "The company agreed to sell the unit in October.", ref: ref, want: []got{{"October", Date, "2012-10"}}},
		{name: "a run on the bank", reason: "\"run\" as a noun after a determiner is no present tense", src: "There was a run on the bank in June.", ref: ref, want: []got{{"June", Date, "2012-06"}}},
	})
}

func TestStoryDay(t *testing.T) {
	ref := Ref{2018, 6, 19}
	runTable(t, []ruleCase{
		{name: "last match of the day", reason: "\"the last match of the day\" in a story about yesterday's games is yesterday: the day the story last named", src: "Yesterday, Sweden beat Korea. In the last match of the day, Tunisia faced England.", ref: ref, want: []got{{"Yesterday", Date, "2018-06-18"}, {"the day", Date, "2018-06-18"}}},
		{name: "later in the day", reason: "\"later in the day\" without a day named is the day of writing", src: "The president arrived in Philadelphia later in the day.", ref: ref, want: []got{{"the day", Date, "2018-06-19"}}},
		{name: "idioms of the day", reason: "\"the issue of the day\" and \"at the end of the day\" name no day the story tells of; only the idiom's own rule may read the second", src: "It was the issue of the day.", ref: ref, want: nil},
		{name: "a year does not hide the day", reason: "a half or a year named after the day (\"the 2018 World Cup\") does not replace the day the story tells of", src: "Yesterday, in the 2018 World Cup, Sweden won. In the final game of the day, England won.", ref: ref, want: []got{{"Yesterday", Date, "2018-06-18"}, {"2018", Date, "2018"}, {"the day", Date, "2018-06-18"}}},
		{name: "quoted today keeps the story's day", reason: "a speaker's \"today\" is the day of speaking and does not move the day the story tells of", src: "Yesterday, Belgium won. The coach said, \"We learned a lot from today's game.\"\n\nIn the last match of the day, England won.", ref: ref, want: []got{{"Yesterday", Date, "2018-06-18"}, {"today", Date, "2018-06-19"}, {"the day", Date, "2018-06-18"}}},
		{name: "clock the next day", reason: "\"cast at 2:30 the next day\" is one time, on the day after the one named", src: "On Monday the polls closed at 22:30 and the last ballot was cast at 2:30 the next day.", ref: Ref{2016, 9, 9}, want: []got{{"Monday", Date, "2016-09-05"}, {"22:30", Time, "2016-09-05T22:30"}, {"2:30 the next day", Time, "2016-09-06T02:30"}}},
		{name: "clock the year before", reason: "a time before \"the year before\" names no day, so the two stay apart and the year is counted once", src: "On Monday he left at 5 p.m. The year before, he stayed.", ref: Ref{2016, 9, 9}, want: []got{{"Monday", Date, "2016-09-05"}, {"5 p.m.", Time, "2016-09-05T17:00"}, {"The year before", Date, "2015"}}},
		{name: "count of people", reason: "\"a survey of 1709 schoolchildren\" counts people: a number before a noun of people is no year", src: "A survey of 1709 schoolchildren and 2010 households found it.", ref: ref, want: nil},
	})
}

func TestNewsPhrases(t *testing.T) {
	ref := Ref{2013, 3, 14} // a Thursday
	runTable(t, []ruleCase{
		{name: "earlier weekday", reason: "in \"Earlier Thursday\" and \"later Monday\" the day name alone is the date, as TimeBank mostly marks it; \"earlier\" places an event within it", src: "Earlier Thursday, he spoke. Officials said later Monday that talks would resume.", ref: ref, want: []got{{"Thursday", Date, "2013-03-14"}, {"Monday", Date, "2013-03-11"}}},
		{name: "month a year earlier", reason: "\"fell 3 percent in February from a year earlier\" compares February with February of the year before", src: "Production fell 3 percent in February from a year earlier.", ref: ref, want: []got{{"February", Date, "2013-02"}, {"a year earlier", Date, "2012-02"}}},
	})
}

func TestAppositiveDay(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "day n of an event", reason: "\"Yesterday, day five of the World Cup, Sweden won\": the phrase after the comma names the same day again, with what it is of", src: "Yesterday, day five of the 2018 FIFA football World Cup, Sweden won.", ref: Ref{2018, 6, 19}, want: []got{{"Yesterday", Date, "2018-06-18"}, {"day five of the 2018 FIFA football World Cup", Date, "2018-06-18"}}},
		{name: "the opening night", reason: "\"on Saturday night, the opening night,\" renames Saturday", src: "I visited on Saturday night, the opening night, and it was full.", ref: Ref{2007, 3, 5}, want: []got{{"Saturday night", Time, "2007-03-03TNI"}, {"the opening night", Date, "2007-03-03"}}},
		{name: "the day before an event", reason: "\"after Oct. 12, the day before the plunge\": \"the day\" is Oct. 12 itself, whatever it was before", src: "Eight days after Oct. 12, the day before the plunge, prices fell.", ref: Ref{1989, 10, 30}, want: []got{{"Eight days", Duration, "P8D"}, {"Oct. 12", Date, "1989-10-12"}, {"the day", Date, "1989-10-12"}}},
		{name: "no appositive", reason: "a comma after a date followed by a clause renames nothing", src: "On Monday, the team won.", ref: Ref{2013, 3, 13}, want: []got{{"Monday", Date, "2013-03-11"}}},
	})
}

func TestTheVeryNext(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "the very next year", reason: "\"In 1982 GM closed the plant. But the very next year...\": \"very\" only stresses \"the next year\", which counts from the story's year", src: "In 1982, GM closed the plant. But the very next year, Toyota came.", ref: Ref{2012, 9, 25}, want: []got{{"1982", Date, "1982"}, {"the very next year", Date, "1983"}}},
	})
}

func TestYearOfAndPrior(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "the year of", reason: "\"discovered in the year of 1925\" is 1925, not the reference year", src: "It was discovered in the year of 1925.", ref: Ref{2018, 10, 16}, want: []got{{"the year of 1925", Date, "1925"}}},
		{name: "years prior", reason: "\"a survey conducted just three years prior\" counts back like \"three years earlier\"", src: "The survey was conducted just three years prior.", ref: Ref{2020, 5, 17}, want: []got{{"just three years prior", Date, "2017"}}},
		{name: "prior to", reason: "\"three years prior to the war\" counts from the war, which the text does not date", src: "He left three years prior to the war.", ref: Ref{2020, 5, 17}, want: []got{{"three years", Duration, "P3Y"}}},
	})
}
