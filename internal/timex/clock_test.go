package timex

import "testing"

func TestClock(t *testing.T) {
	runTable(t, []ruleCase{
		{name: "am with weekday after", reason: "10:35 a.m. on the day named after it", src: "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling", ref: ref98, want: []got{{"10:35 a.m.", Time, "1998-08-07T10:35"}, {"Friday", Date, "1998-08-07"}}},
		{name: "time weekday one span", reason: "9 a.m. Tuesday is one expression; after \"until\" it is the coming Tuesday", src: "given the relatives until 9 a.m. Tuesday to sign", ref: Ref{2000, 4, 3}, want: []got{{"9 a.m. Tuesday", Time, "2000-04-04T09:00"}}},
		{name: "time on a day", reason: "\"at around 11:30pm local time on 6 July 2016\", \"at 9 a.m. on Tuesday\": the time is on the day \"on\" names after it, which stays a match of its own", src: "It happened at around 11:30pm local time on 6 July 2016. He arrived at 9 a.m. on Tuesday.", ref: Ref{2016, 7, 20}, want: []got{{"11:30pm", Time, "2016-07-06T23:30"}, {"6 July 2016", Date, "2016-07-06"}, {"9 a.m.", Time, "2016-07-19T09:00"}, {"Tuesday", Date, "2016-07-19"}}},
		{name: "24 hour", reason: "a 24-hour time after at", src: "after the polls closed at 22:30, with", ref: Ref{2016, 9, 9}, want: []got{{"22:30", Time, "2016-09-09T22:30"}}},
		{name: "am suffix", reason: "6:00am written together", src: "working from 6:00am to midnight", want: []got{{"6:00am", Time, "XXXX-XX-XXT06:00"}, {"midnight", Time, "XXXX-XX-XXT00:00"}}},
		{name: "zone", reason: "a time zone after the time", src: "As of 15:11 GMT the site was back", want: []got{{"15:11 GMT", Time, "XXXX-XX-XXT15:11"}}},
		{name: "time before a range", reason: "at 9 a.m. April 17–21: the range after a time is found once, after it, in order", src: "at 9 a.m. April 17–21", ref: Ref{2025, 4, 22}, want: []got{{"9 a.m.", Time, "2025-04-17T09:00"}, {"April 17", Date, "2025-04-17"}, {"21", Date, "2025-04-21"}}},
		{name: "race time", reason: "a race time is no time of day", src: "He won in 2:08:44 and she in 1:59.40.", want: nil},
		{name: "score", reason: "a score without a preposition is no time", src: "They won the match 3:2 on penalties.", want: nil},
		{name: "o'clock", reason: "six o'clock", src: "We met at six o'clock.", want: nil},
		{name: "midnight weekday", reason: "\"expire at midnight Friday\" is the end of Friday, which TimeML writes as hour 24 of it", src: "The offer had been scheduled to expire at midnight Friday.", ref: Ref{1989, 10, 30}, want: []got{{"midnight Friday", Time, "1989-10-27T24:00"}}},
		{name: "game clock of a period", reason: "the issue's \"scored at 4:17 of the second period and added another at 18:02 of the third\": a time on a game clock says when in the game, not when in the day, and the period is no half of a year", src: "Ramirez scored at 4:17 of the second period and added another at 18:02 of the third.", ref: Ref{2021, 6, 14}, want: nil},
		{name: "game clock into a half", reason: "a clock or a count of minutes running into a half places a goal in the game; \"the second half\" is then no half of the year", src: "He scored again 5:12 into the second half, ten minutes into the second half.", ref: Ref{2021, 6, 14}, want: []got{{"ten minutes", Duration, "PT10M"}}},
		{name: "game clock left", reason: "\"with 2:31 left\" counts down a game", src: "With 2:31 left, Boston tied the game.", ref: Ref{2021, 6, 14}, want: nil},
		{name: "game clock overtime", reason: "a time said of overtime, before or after it, is on the game clock", src: "He won it in overtime at 2:31; she scored at 1:10 of overtime.", ref: Ref{2021, 6, 14}, want: nil},
		{name: "halves of a game", reason: "in a story that gives a score (\"ended 0 – 0\") \"the first half\" and \"the second half\" are the game's, not the year's", src: "Neither side scored in the first half as it ended 0 – 0. In the second half, Hwang was booked.", ref: Ref{2018, 6, 19}, want: nil},
		{name: "halves with a game word", reason: "a word only games use (\"goalkeeper\") marks the story as a game report, whose halves are the game's", src: "The goalkeeper saved twice in the second half.", ref: Ref{2018, 6, 19}, want: nil},
		{name: "quarters of a game", reason: "a winner's score (\"beat the Boston Celtics 98-95\") makes the story a game report, so \"the third quarter\" is the game's", src: "The Lakers beat the Boston Celtics 98-95. Bryant scored 12 points in the third quarter.", ref: Ref{2013, 3, 14}, want: nil},
		{name: "a vote is no score", reason: "\"voted 52-48\" names no winner of a game, so the quarter after it stays the year's", src: "The Senate voted 52-48. Profit rose in the third quarter.", ref: Ref{2013, 3, 14}, want: []got{{"the third quarter", Date, "2012-Q3"}}},
		{name: "ranges are no scores", reason: "\"ages 18 – 25\" and \"lost 10-12 percent\" are ranges, not results, so the story's halves stay the year's", src: "Voters aged 18 – 25 turned out. Shares lost 10-12 percent in the second half.", ref: Ref{2013, 3, 14}, want: []got{{"the second half", Date, "2012-H2"}}},
		{name: "business half stays", reason: "\"slowed in the second half\" with no game clock is the half of the year, and \"at 18:02 of the day\" names no game period", src: "Growth slowed in the second half. The vote closed at 18:02 of the day.", ref: Ref{2021, 6, 14}, want: []got{{"the second half", Date, "2020-H2"}, {"18:02", Time, "2021-06-14T18:02"}}},
		{name: "digits o'clock", reason: "6 o'clock", src: "We met at 6 o'clock.", ref: ref98, want: []got{{"6 o'clock", Time, "1998-08-08T06:00"}}},
	})
}
