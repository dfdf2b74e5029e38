// Package attrib finds direct quotations in news text and attributes each to its speaker.
//
// Find works on a text.Doc: it pairs quotation marks (curly, straight, guillemets, „…“, corner
// brackets; apostrophes are told apart from single quotation marks), recovers from an unmatched
// mark at the end of the line or paragraph instead of swallowing the rest of the article, and
// links the parts of split and multi-paragraph quotations with a shared Group.
//
// Each quotation is then attributed by a small set of ordered rules, each named in Quote.Rule:
// a reporting verb ("said", "noted", "adding", …, see lexicon.go) next to the quotation and its
// subject (a name, a pronoun or a description such as "the spokesperson"), "according to X", a
// colon lead-in, the headline pattern ("Kremlin Says It Is “Satisfied”"), transcript labels
// ("SMITH: …"), and paragraphs that are only a quotation, which continue the previous speaker.
// A quotation with no such evidence gets no speaker: short quoted phrases become Scare quotes,
// quoted titles of works become Title, and the rest Unattributed, so a caller can tell them apart
// and nothing is guessed.
//
// The speaker mention (SpeakerStart/SpeakerEnd) is the words next to the cue, as written ("He",
// "the newspaper", "Dmitry Peskov"); Speaker is the resolved name: the entity's canonical name
// when the entity stage found one, else a name found in the text (a pronoun resolves to the most
// salient fitting person, first the subject of the sentence just before, he and she skipping a
// person of the other sex; a surname to an earlier full name; "the chancellor" to the person the
// story titled Chancellor; "the 37-year-old Serbian" or "the Brazilian" to the person of that
// age, else the most salient person nothing rules out; "Its spokeswoman, Julie Kozack," to
// the name; "Starlink, Mr. Musk's company," to Starlink, and "Mr. Musk's company" to no
// person), else the mention itself.
//
// Passages between pairs of apostrophes (two ' on each side, as the NYT archive writes double
// marks) are no quotations, as in the evaluation data; single marks nested inside such a
// passage get no speaker (rule inside-doubled).
//
// FindReported is a separate function for reported (indirect) and mixed speech: "Peskov noted
// that Moscow had …", "The talks will resume, the ministry said.", "According to X, …". It
// returns its own type, Reported, with the content, the speaker mention and resolved name, and
// the cue, so reported speech never mixes with the quotations Find returns. Reported records
// come from a sequence tagger (tagger.go, attributions.go): an averaged perceptron
// (internal/perceptron) trained on PolNeAR's attributions by ./train labels each token of a
// block as source, cue, content or nothing (BIO), from the words around it, their shape,
// reporting, thought and evidence verbs of the lexicon and their distance, quotation marks and
// the position in the sentence; blocks without any word the training data marks as a cue are
// not tagged. Each content then takes the nearest cue (one of the lexicon first, not a
// participle that opens a content of its own) and the source nearest that cue; a content the
// tagger stops early runs on to its sentence's end, a quotation it touches is taken in whole,
// and a content that is 90% quotation is left to Find: quotation marks decide direct speech.
// A sentence closed by ", X said." is X's whole; the words before ", X said," are a record
// of their own; an outer content runs over an attribution nested in it; "NAME: …" gives the
// clause to the name; a subordinate clause inside a content whose subject reports or thinks a
// clause ("because they felt the FBI was …") is a record of its own; a sentence opened by
// "According to X," is X's whole unless a verb of speech names a nearer speaker; a stance verb with a noun phrase ("welcomed the news"), the one told
// and a phrase of circumstance after the cue report nothing; a dateline ("SPRINGFIELD (AP)
// —") is no content and no source. The hand-written patterns (reportedIn) add what the
// tagger missed: "…, X said." (X a name, "the Tax Foundation", a description), "…, said X.",
// "…, according to X." (X also a bare noun of evidence: "census data"), "PART, X said
// Tuesday, PART." (two records), "According to X, …", "X said (that) …" and a headline
// "…, Agency Says". Speakers resolve as for quotations; two names joined by and, places too,
// speak as one group.
//
// Every quotation and reported record carries a CueClass: speech ("said", "according to"),
// writing ("wrote", "said in a statement"), thought ("believes", "fears", "supports") or
// evidence ("polls show", "records indicate"), from its cue, the words after it and its
// source (cueclass.go).
//
// Find and FindReported never panic and allocate little; all offsets index the Doc's source
// text.
package attrib
