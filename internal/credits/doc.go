// Package credits finds the credits of a news article: bylines ("By Jane Roe", "By JANE ROE and
// TOM HALE, Associated Press"), photo and video credits ("(Photo: Maria Lopez/Reuters)",
// "Image: Nick Moreau.", "(Source: Getty Images)", an agency and a photographer around a slash
// ending a caption: "REUTERS/Kevin Lamarque") and wire tag lines ("Associated Press writer
// Tom Hale in Chicago contributed to this report.", "Reporting by ...; Editing by ...").
//
// A person named in a credit made the story or its pictures; the story is not about them. The
// pipeline reports credits apart and keeps such a person out of the story's people unless the
// story names them elsewhere.
//
// Credits are read from the tokens by fixed patterns, each anchored on a cue word (By at a
// line's start, a label and a colon, "contributed", "Reporting by"), and only where everything
// between the cue and the credit's end is names and separators: "By the close Yorkshire had"
// and "Source: a senior official" are no credits. Whether a name is a person or an
// organization comes from the tagger's mentions, then the gazetteer, then its place ("Maria
// Lopez/Reuters": person, then agency).
//
// It is not a parser of mastheads or author pages: a byline with a date on its line ("By Jane
// Roe | March 3") or a credit in other words than these is not found.
//
//	found := credits.Find(text.Analyze(article), names) // names: the tagger's mentions
package credits
