package timex

import "testing"

func TestPeriods(t *testing.T) {
	ref89 := Ref{1989, 10, 26}
	runTable(t, []ruleCase{
		{name: "decade", reason: "the 1990s is the decade 199", src: "in the late 1980s and early 1990s", want: []got{{"late 1980s", Date, "198"}, {"early 1990s", Date, "199"}}},
		{name: "short decade", reason: "the '90s", src: "music of the '90s", want: []got{{"'90s", Date, "199"}}},
		{name: "decade word", reason: "the sixties; not an age", src: "back in the sixties he was in his sixties", want: []got{{"the sixties", Date, "196"}}},
		{name: "apostrophe decade", reason: "1930’s with a curly apostrophe", src: "in the 1930’s were", want: []got{{"1930’s", Date, "193"}}},
		{name: "century", reason: "the 20th century is 19", src: "the center of the 20th century", want: []got{{"20th century", Date, "19"}}},
		{name: "last decade", reason: "\"the earning power they lost to inflation in the last decade\" (1998) is the 1980s, as \"last century\" is the one before; \"the past decade\" is ten years", src: "what they lost in the last decade, and over the past decade.", ref: Ref{1998, 2, 6}, want: []got{{"the last decade", Date, "198"}, {"the past decade", Duration, "P1DE"}}},
		{name: "first two quarters", reason: "\"through the first two quarters of 1990\" is the first half of 1990", src: "through at least the first two quarters of 1990, when", ref: Ref{1989, 10, 26}, want: []got{{"the first two quarters of 1990", Date, "1990-H1"}}},
		{name: "past century", reason: "relative century", src: "the history of the past century", ref: Ref{2009, 4, 4}, want: []got{{"the past century", Date, "19"}}},
		{name: "past century 1989", reason: "\"the significant events of the past century\" written in 1989 are those of the last hundred years, mostly the 20th century (19), not the 19th", src: "one of the significant events of the past century", ref: Ref{1989, 11, 1}, want: []got{{"the past century", Date, "19"}}},
		{name: "last century 1989", reason: "\"last century\" written in 1989 is the 1800s", src: "It was built last century.", ref: Ref{1989, 11, 1}, want: []got{{"last century", Date, "18"}}},
		{name: "third quarter", reason: "a quarter of the reference year", src: "net income in the third quarter jumped", ref: ref89, want: []got{{"the third quarter", Date, "1989-Q3"}}},
		{name: "half of a decade", reason: "\"the trend that has characterized the last half of the '80s\" is a part of the decade: TimeML gives the decade's value, over the whole phrase", src: "the trend that has characterized the last half of the '80s, with sales flat", ref: ref89, want: []got{{"the last half of the '80s", Date, "198"}}},
		{name: "that quarter", reason: "\"Results for that quarter\" point back to the quarter just named", src: "It lost money in the second quarter. Results for that quarter included a write-down.", ref: ref89, want: []got{{"the second quarter", Date, "1989-Q2"}, {"that quarter", Date, "1989-Q2"}}},
		{name: "year quarter", reason: "\"earned $376,000 in the 1988 quarter\" after a third-quarter report is the third quarter of 1988", src: "Third-quarter profit fell to $1 million. It earned $376,000 in the 1988 quarter.", ref: ref89, want: []got{{"Third-quarter", Date, "1989-Q3"}, {"1988 quarter", Date, "1988-Q3"}}},
		{name: "year quarter alone", reason: "without a quarter named before, \"the 1988 quarter\" keeps only the year", src: "It earned $376,000 in the 1988 quarter.", ref: ref89, want: []got{{"1988", Date, "1988"}}},
		{name: "year-ago period", reason: "\"In the year-ago period, Bethlehem earned\" after a third-quarter report is the third quarter a year back", src: "Bethlehem posted a drop in third-quarter profit. In the year-ago period, it earned $101 million.", ref: ref89, want: []got{{"third-quarter", Date, "1989-Q3"}, {"the year-ago period", Date, "1988-Q3"}}},
		{name: "reported quarter is the first named", reason: "\"After a flat second quarter\" in a third-quarter report does not change the quarter its \"year-earlier period\" means", src: "Kimberly-Clark posted a gain in third-quarter net. After a flat second quarter, it improved. Charges were taken in the year-earlier period.", ref: Ref{1989, 11, 1}, want: []got{{"third-quarter", Date, "1989-Q3"}, {"second quarter", Date, "1989-Q2"}, {"the year-earlier period", Date, "1988-Q3"}}},
		{name: "year period", reason: "\"In the 1989 period also\" of a third-quarter report is 1989's third quarter", src: "It posted a gain in third-quarter net. In the 1989 period also, tax rates were lower.", ref: Ref{1989, 11, 1}, want: []got{{"third-quarter", Date, "1989-Q3"}, {"1989 period", Date, "1989-Q3"}}},
		{name: "year period after months", reason: "\"In the first nine months ... in the 1988 period\": the period is those months, of 1988", src: "Third-quarter net rose. In the first nine months, net was $306 million, against a loss in the 1988 period.", ref: Ref{1989, 11, 2}, want: []got{{"Third-quarter", Date, "1989-Q3"}, {"nine months", Duration, "P9M"}, {"1988", Date, "1988"}}},
		{name: "corresponding period", reason: "\"for the corresponding period last year\" is the reported quarter a year back", src: "It lost money in the third quarter, against a profit for the corresponding period last year.", ref: Ref{1989, 11, 1}, want: []got{{"the third quarter", Date, "1989-Q3"}, {"the corresponding period last year", Date, "1988-Q3"}}},
		{name: "last year's quarter", reason: "\"U.K. sales for last year's quarter\" in a third-quarter report", src: "Third-quarter sales fell. U.K. sales for last year's quarter were about $3 million.", ref: Ref{1989, 11, 1}, want: []got{{"Third-quarter", Date, "1989-Q3"}, {"last year's quarter", Date, "1988-Q3"}}},
		{name: "the quarter of a fiscal report", reason: "\"Sun shipped in the quarter\" after Sun's \"fiscal first quarter\" is that quarter, not the calendar's latest", src: "Sun reported a loss for its fiscal first quarter. Half the systems Sun shipped in the quarter were new.", ref: ref89, want: []got{{"fiscal first quarter", Date, "1989-Q1"}, {"the quarter", Date, "1989-Q1"}}},
		{name: "this quarter of a report", reason: "\"This quarter's loss includes charges\" in a third-quarter report written in November is that quarter; \"expects to break even this quarter\" is the calendar's", src: "It lost money in the third quarter. This quarter's loss includes charges. It expects to break even this quarter.", ref: Ref{1989, 11, 1}, want: []got{{"the third quarter", Date, "1989-Q3"}, {"This quarter", Date, "1989-Q3"}, {"this quarter", Date, "1989-Q4"}}},
		{name: "quarter ended", reason: "\"In the comparable year-ago quarter, the second quarter ended Oct. 31\" (written Oct. 27, 1989): the quarter and the day it ended are 1988's", src: "In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss.", ref: Ref{1989, 10, 27}, want: []got{{"year-ago quarter", Date, "1988-Q3"}, {"the second quarter", Date, "1988-Q2"}, {"Oct. 31", Date, "1988-10-31"}}},
		{name: "latest period", reason: "\"Sales in the latest period\" after a fourth-quarter report", src: "Its fourth-quarter profit rose. Sales in the latest period were $1.76 billion.", ref: Ref{1989, 11, 2}, want: []got{{"fourth-quarter", Date, "1989-Q4"}, {"the latest period", Date, "1989-Q4"}}},
		{name: "hyphen quarter", reason: "third-quarter as an adjective", src: "a third-quarter loss", ref: ref89, want: []got{{"third-quarter", Date, "1989-Q3"}}},
		{name: "second quarter", reason: "second is also a unit word", src: "After a flat second quarter", ref: ref89, want: []got{{"second quarter", Date, "1989-Q2"}}},
		{name: "possessive year quarter", reason: "\"fiscal 1990's first quarter\" and \"1989's third quarter\" are one expression each, in the year named", src: "Profit in fiscal 1990's first quarter fell; net income in 1989's third quarter rose.", ref: ref89, want: []got{{"fiscal 1990's first quarter", Date, "1990-Q1"}, {"1989's third quarter", Date, "1989-Q3"}}},
		{name: "quarter with year", reason: "the 1988 second quarter is one expression", src: "a charge in the 1988 second quarter for", ref: ref89, want: []got{{"1988 second quarter", Date, "1988-Q2"}}},
		{name: "the quarter", reason: "the quarter is the last completed one", src: "traffic jumped 14% in the quarter, while", ref: ref89, want: []got{{"the quarter", Date, "1989-Q3"}}},
		{name: "a quarter of", reason: "a share is no quarter", src: "a quarter of the votes", ref: ref89, want: nil},
		{name: "quarter of the at end", reason: "\"of the\" ending the text leaves no decade to read (this used to index past the last token)", src: "results for the third quarter of the", ref: ref89, want: []got{{"the third quarter", Date, "1989-Q3"}}},
		{name: "first half", reason: "halves", src: "in the first half of 1990", ref: ref89, want: []got{{"the first half of 1990", Date, "1990-H1"}}},
		{name: "last fall", reason: "the fall before the current season", src: "It began last fall.", ref: Ref{1999, 4, 10}, want: []got{{"last fall", Date, "1998-FA"}}},
		{name: "last summer seen in winter", reason: "a winter reference still looks back to last year's summer", src: "who applied before last summer.", ref: Ref{2023, 2, 23}, want: []got{{"last summer", Date, "2022-SU"}}},
		{name: "summer of year", reason: "season with its year", src: "in the summer of 2012 for a symposium", want: []got{{"the summer of 2012", Date, "2012-SU"}}},
		{name: "fall verb", reason: "fall after to is a verb", src: "caused a crane to fall into the mosque", ref: ref89, want: nil},
		{name: "summer school", reason: "a season word as an adjective", src: "a symposium and summer school on cyclones", ref: ref89, want: nil},
		{name: "spelled year", reason: "speech transcripts spell years", src: "January nineteen ninety-seven. Atlanta again.", want: []got{{"January nineteen ninety-seven", Date, "1997-01"}}},
		{name: "year two thousand", reason: "the year two thousand", src: "unemployment by the year two thousand has", want: []got{{"the year two thousand", Date, "2000"}}},
		{name: "christmas", reason: "a holiday is a day", src: "They will be home for Christmas.", ref: Ref{2015, 11, 2}, want: []got{{"Christmas", Date, "2015-12-25"}}},
	})
}

func TestQuarterCodes(t *testing.T) {
	ref := Ref{2024, 11, 5}
	runTable(t, []ruleCase{
		{name: "quarter and year", reason: "\"Q3 2024\" is the third quarter of 2024", src: "Revenue in Q3 2024 rose 12%.", ref: ref, want: []got{{"Q3 2024", Date, "2024-Q3"}}},
		{name: "half and year", reason: "\"H1 2024\" is the first half", src: "The H1 2024 figure fell.", ref: ref, want: []got{{"H1 2024", Date, "2024-H1"}}},
		{name: "year first", reason: "\"2024 Q3\" names the year before the quarter", src: "Its 2024 Q3 results were strong.", ref: ref, want: []got{{"2024", Date, "2024"}, {"Q3", Date, "2024-Q3"}}},
		{name: "of a year", reason: "\"Q4 of 2023\"", src: "Sales rose in Q4 of 2023.", ref: ref, want: []got{{"Q4 of 2023", Date, "2023-Q4"}}},
		{name: "in the quarter", reason: "\"in Q3\" is the reference year's, as \"in the third quarter\"", src: "Sales rose in Q3.", ref: ref, want: []got{{"Q3", Date, "2024-Q3"}}},
		{name: "car", reason: "a model name is no date", src: "She drives an Audi Q3 and an H2 truck.", ref: ref, want: nil},
		{name: "no fifth quarter", reason: "Q5 is no quarter", src: "It ran in Q5 2024.", ref: ref, want: []got{{"2024", Date, "2024"}}},
		{name: "fiscal year", reason: "\"FY2025\" is fiscal 2025, which TimeBank values as the year", src: "It expects FY2025 profit to double.", ref: ref, want: []got{{"FY2025", Date, "2025"}}},
		{name: "fiscal short", reason: "\"FY25\" and \"FY 2026\"", src: "Targets for FY25 and FY 2026 stand.", ref: ref, want: []got{{"FY25", Date, "2025"}, {"FY 2026", Date, "2026"}}},
		{name: "fiscal old", reason: "\"FY99\" in a story of 2000 is 1999", src: "Its FY99 loss narrowed.", ref: Ref{2000, 3, 1}, want: []got{{"FY99", Date, "1999"}}},
		{name: "not fiscal", reason: "a word starting with FY is no year", src: "FYI, the FYROM name changed.", ref: ref, want: nil},
	})
}

func TestHolidays(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "election day", reason: "US Election Day is the Tuesday after the first Monday of November: \"from now to Election Day\"", src: "a major theme of our campaign from now to Election Day.", ref: Ref{1998, 10, 26}, want: []got{{"now", Date, "PRESENT_REF"}, {"Election Day", Date, "1998-11-03"}}},
		{name: "labor day past", reason: "Labor Day is the first Monday of September; past tense looks back", src: "The strike began on Labor Day.", ref: Ref{2015, 10, 2}, want: []got{{"Labor Day", Date, "2015-09-07"}}},
		{name: "memorial day", reason: "the last Monday of May", src: "Parades were held on Memorial Day 2010.", ref: Ref{2015, 10, 2}, want: []got{{"Memorial Day 2010", Date, "2010-05-31"}}},
		{name: "valentine", reason: "Valentine's Day is February 14", src: "Sales rose before Valentine's Day.", ref: Ref{2015, 3, 2}, want: []got{{"Valentine's Day", Date, "2015-02-14"}}},
		{name: "new year", reason: "New Year's Day is January 1; future tense looks ahead", src: "The law will take effect on New Year's Day.", ref: Ref{2015, 11, 2}, want: []got{{"New Year's Day", Date, "2016-01-01"}}},
		{name: "easter", reason: "Easter moves: the anonymous Gregorian computus (2000: April 23)", src: "Pilgrims arrived for Easter.", ref: Ref{2000, 4, 25}, want: []got{{"Easter", Date, "2000-04-23"}}},
		{name: "easter week", reason: "\"as Easter week began\" is the week of Easter", src: "protesters prayed as Easter week began", ref: Ref{2000, 4, 17}, want: []got{{"Easter week", Date, "2000-W16"}}},
		{name: "movable feast no ref", reason: "without a year only the month of a movable holiday is sure", src: "They vote on Election Day.", want: []got{{"Election Day", Date, "XXXX-11"}}},
		{name: "day as name", reason: "a capitalized Day after an unknown word is no holiday", src: "the Pacific Day festival", ref: Ref{2015, 3, 2}, want: nil},
	})
}

func TestYearAgoQuarter(t *testing.T) {
	ref := Ref{1989, 10, 26}
	runTable(t, []ruleCase{
		{name: "figure of the quarter a year earlier", reason: "a figure compared \"from $4 million a year earlier\" in a report on the third quarter is that quarter's figure one year back, not the whole year's", src: "Net income rose to $5 million in the third quarter from $4 million a year earlier.", ref: ref, want: []got{{"the third quarter", Date, "1989-Q3"}, {"a year earlier", Date, "1988-Q3"}}},
		{name: "year-earlier figure", reason: "\"compared with year-earlier profit of $3.8 million\" after a quarter is named is the same comparison", src: "Profit in the third quarter was $4.1 million, compared with year-earlier profit of $3.8 million.", ref: ref, want: []got{{"the third quarter", Date, "1989-Q3"}, {"year-earlier", Date, "1988-Q3"}}},
		{name: "no quarter named", reason: "without a quarter in the story \"a year ago\" is the year before", src: "Sales rose to $5 million from $4 million a year ago.", ref: ref, want: []got{{"a year ago", Date, "1988"}}},
		{name: "no figure", reason: "\"a year ago\" in a sentence with no figure compares no quarter: it is the year", src: "The third quarter was weak. A year ago, the chairman resigned.", ref: ref, want: []got{{"The third quarter", Date, "1989-Q3"}, {"A year ago", Date, "1988"}}},
		{name: "a count is no figure of a period", reason: "\"A year ago, 300 people died\" after a quarter was named compares no figure of that quarter: it is the year", src: "Growth slowed in the third quarter. A year ago, 300 people died in the attack.", ref: ref, want: []got{{"the third quarter", Date, "1989-Q3"}, {"A year ago", Date, "1988"}}},
		{name: "a sentence that opens with the comparison", reason: "\"A year earlier, net income was $2.1 million\" gives the quarter's figure a year back", src: "Net rose in the third quarter. A year earlier, net income was $2.1 million.", ref: ref, want: []got{{"the third quarter", Date, "1989-Q3"}, {"A year earlier", Date, "1988-Q3"}}},
		{name: "months since the quarter", reason: "after \"the first nine months\" the comparison is of those months, not of the quarter", src: "Net rose in the third quarter. In the first nine months, net was $9 million, up from $7 million a year earlier.", ref: ref, want: []got{{"the third quarter", Date, "1989-Q3"}, {"nine months", Duration, "P9M"}, {"a year earlier", Date, "1988"}}},
	})
}

func TestPartOfCentury(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "half of a century", reason: "\"the second half of the 20th century\" is a part of the century, not a half of the reference year", src: "Throughout the second half of the 20th century, cities grew.", ref: Ref{2019, 9, 27}, want: []got{{"the second half of the 20th century", Date, "19"}}},
		{name: "half of a year stays", reason: "\"the first half of 2013\" is a half of that year", src: "The first half of 2013 was strong.", ref: Ref{2013, 3, 14}, want: []got{{"The first half of 2013", Date, "2013-H1"}}},
	})
}
