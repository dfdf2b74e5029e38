package timex

import "testing"

func TestAbsolute(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "full date", reason: "the sample article's caption date", src: "in Moscow on June 15, 2017.", want: []got{{"June 15, 2017", Date, "2017-06-15"}}},
		{name: "month day no ref", reason: "without a reference the year stays unknown (sample article)", src: "According to The Guardian on April 21, Peskov noted", want: []got{{"April 21", Date, "XXXX-04-21"}}},
		{name: "month day with ref", reason: "April 21 the day before a reference of April 22", src: "According to The Guardian on April 21, Peskov noted", ref: Ref{2025, 4, 22}, want: []got{{"April 21", Date, "2025-04-21"}}},
		{name: "abbreviated month", reason: "news style Aug. 7", src: "The attacks Aug. 7 at the embassies", ref: Ref{1998, 9, 7}, want: []got{{"Aug. 7", Date, "1998-08-07"}}},
		{name: "future month day", reason: "a deadline after the reference stays in its year", src: "He must be returned by Jan. 14.", ref: Ref{2000, 1, 6}, want: []got{{"Jan. 14", Date, "2000-01-14"}}},
		{name: "past month day across year", reason: "a past event in November seen from January", src: "The boy was rescued on Nov. 25.", ref: Ref{2000, 1, 15}, want: []got{{"Nov. 25", Date, "1999-11-25"}}},
		{name: "year", reason: "a bare year", src: "the invasion launched in 2022.", want: []got{{"2022", Date, "2022"}}},
		{name: "day first", reason: "British order", src: "It opened on 15 June 2017 in London.", want: []got{{"15 June 2017", Date, "2017-06-15"}}},
		{name: "month year", reason: "month and year", src: "In December 2008, wikiHow had", want: []got{{"December 2008", Date, "2008-12"}}},
		{name: "iso", reason: "machine dates in text; the time takes the day just named", src: "updated 2017-06-15 at noon", want: []got{{"2017-06-15", Date, "2017-06-15"}, {"noon", Time, "2017-06-15T12:00"}}},
		{name: "slashes", reason: "US numeric dates", src: "filed 6/15/2017 in court", want: []got{{"6/15/2017", Date, "2017-06-15"}}},
		{name: "dots", reason: "day first with dots, as most of the world writes dates", src: "The vote on 05.11.2024 and the count on 6.11.2024 were delayed.", want: []got{{"05.11.2024", Date, "2024-11-05"}, {"6.11.2024", Date, "2024-11-06"}}},
		{name: "dots not a date", reason: "a version number, a decimal and an impossible day are no dates", src: "Version 1.11.2024.3 rose 1.5 points; 31.02.2024 is no day.", want: nil},
		{name: "day and bare abbreviation", reason: "\"5 Nov\" without a full stop, as British news writes it", src: "It passed on 5 Nov after a debate.", ref: Ref{2024, 11, 10}, want: []got{{"5 Nov", Date, "2024-11-05"}}},
		{name: "nine eleven", reason: "9/11 names a day", src: "during 9/11 being a volunteer", want: []got{{"9/11", Date, "2001-09-11"}}},
		{name: "day range", reason: "April 17–21 is two DATE records", src: "talks on April 17–21, 2025 in Paris", want: []got{{"April 17", Date, "2025-04-17"}, {"21, 2025", Date, "2025-04-21"}}},
		{name: "year range", reason: "from 2004 to 2009 is two DATE records", src: "for the period from 2004 to 2009.", want: []got{{"2004", Date, "2004"}, {"2009", Date, "2009"}}},
		{name: "may verb", reason: "no date from the verb may", src: "the US may be prepared to acknowledge it", want: nil},
		{name: "march verb", reason: "no date from the verb march", src: "Thousands will march on the capital.", want: nil},
		{name: "may month", reason: "May after a preposition is the month", src: "The talks resume in May.", ref: Ref{2015, 3, 1}, want: []got{{"May", Date, "2015-05"}}},
		{name: "person named may", reason: "Theresa May is a name", src: "Theresa May said so.", want: nil},
		{name: "number with comma", reason: "2,000 is no year", src: "More than 2,000 people came.", want: nil},
		{name: "section number", reason: "Section 2022 of a law is no year", src: "under Section 2022 of the code", want: nil},
		{name: "count", reason: "1500 people is no year", src: "about 1500 people marched", want: nil},
		{name: "phone", reason: "phone numbers are no years", src: "call 555-2017 now", want: []got{{"now", Date, "PRESENT_REF"}}},
		{name: "read time", reason: "2 min read is no date", src: "2 min read", want: nil},
		{name: "money", reason: "$1990 is no year", src: "it cost $1990 in all", want: nil},
		{name: "month this year", reason: "a month with its year in words", src: "In July last year in Phnom Penh", ref: Ref{1998, 2, 19}, want: []got{{"July last year", Date, "1997-07"}}},
		{name: "list of months", reason: "a list runs forward through the year end", src: "I am going to Italy in November, back to Las Vegas in December, Mexico in January.", ref: Ref{2013, 10, 9}, want: []got{{"November", Date, "2013-11"}, {"December", Date, "2013-12"}, {"January", Date, "2014-01"}}},
		{name: "fronted month", reason: "\"In January, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing killed\": a date opening its sentence takes the tense of the main verb, however far", src: "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham killed a security guard.", ref: Ref{1998, 10, 25}, want: []got{{"January", Date, "1998-01"}, {"a week", Duration, "P1W"}}},
		{name: "abbreviation is no sentence end", reason: "\"a clinic bombing in Birmingham, Ala., killed\": the period of Ala. ends no sentence, so the verb still gives the tense", src: "In January, a clinic bombing in Birmingham, Ala., killed a security guard.", ref: Ref{1998, 10, 25}, want: []got{{"January", Date, "1998-01"}}},
		{name: "ended and ending", reason: "\"the period ended Oct. 31\" has ended, so it is last year's Oct. 31; \"the year ending June 30\" is the next June 30", src: "for the period ended Oct. 31 and the year ending June 30", ref: Ref{1989, 10, 27}, want: []got{{"Oct. 31", Date, "1988-10-31"}, {"June 30", Date, "1990-06-30"}}},
		{name: "month as adjective", reason: "\"The March accession will enable\": a month between \"the\" and a noun; \"the March on Washington\" is a march", src: "The March accession will enable them to join. They recalled the March on Washington.", ref: Ref{1999, 2, 10}, want: []got{{"March", Date, "1999-03"}}},
		{name: "ordinal of month", reason: "spoken dates: \"born on the fourth of July, 1976\", \"on the 21st of March\"; \"first of all\" is none", src: "He was born on the fourth of July, 1976. First of all, it was on the 21st of March.", ref: Ref{2016, 7, 20}, want: []got{{"the fourth of July, 1976", Date, "1976-07-04"}, {"21st of March", Date, "2016-03-21"}}},
		{name: "ordinal day ends a sentence", reason: "\"on March 3rd.\": the sentence's period is not part of the date", src: "The meeting is on March 3rd. It will be short.", ref: Ref{2016, 2, 20}, want: []got{{"March 3rd", Date, "2016-03-03"}}},
		{name: "past month", reason: "a past-tense month after the reference month is last year's", src: "The company changed its fiscal year in December.", ref: Ref{1989, 10, 27}, want: []got{{"December", Date, "1988-12"}}},
	})
}
