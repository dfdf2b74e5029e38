// Package gazetteer holds compact, licensed name lists for newsextract: the
// NER tagger uses them as features, the entity resolver for canonical names,
// the quote attributor for role nouns ("the spokesperson said").
//
// The lists cover countries (with official names, alternative spellings and
// news abbreviations such as "U.S."), regions (GeoNames first-level
// divisions, US states with AP abbreviations, hand-listed regions like
// "Middle East" or "Crimea"), cities (GeoNames, population >= 15000 plus
// capitals and admin seats), continents, a few other places, company names,
// organizations, organization words ("Inc", "Ministry"), first names and
// surname-like name parts, person titles, demonyms ("Ukrainian", "Western":
// words that are not entities), the English words that exist in lower case
// (the casing lexicon), WordNet person nouns, and WordNet's named people,
// places and organizations (a multi-word Surname entry is the full name of a
// notable person: "Abraham Lincoln"). One name can be several
// kinds; see Kind and Lookup for how casing and ambiguity are reported.
//
// Lookups are on phrases: tokens joined by single spaces, without
// possessives or surrounding punctuation (that is the caller's business).
// MaxWords tells how many tokens the longest phrase has. Lookups do not
// allocate and take tens of nanoseconds; the data (one embedded text file,
// data/gazetteer.txt) loads once per process on first use, in about 30 ms
// (BenchmarkLoad); call Load at start-up to pay that early.
//
// FirstNameGender tells the sex nearly all bearers of a first name have
// (data/gender.txt), so that "she" can skip "Barack Obama".
//
// Callers add their own names with NewLayer, which returns a Lookuper over
// the built-in lists.
//
// # Regenerating the data
//
// data/gazetteer.txt and zz_generated.go are written by the generator in
// ./gen from npm packages installed outside the repository and the
// hand-written gen/hand.txt; gen/main.go's doc comment gives the exact
// npm install and cspell-trie commands. Then, from the module root:
//
//	go run ./internal/gazetteer/gen -src /work/scratch/gazetteer
//
// The output is sorted and carries a fixed -date, so re-running gives the
// same bytes. (The generator imports this package for the Kind constants; if
// data/gazetteer.txt is ever missing, create it empty first.) Sources,
// versions and licences are in SOURCES.md and in the data file's header.
package gazetteer
