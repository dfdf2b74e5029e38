// Package ner finds the names of people, organizations and places in English news text.
//
// It is a sequence tagger over BILOU tags (Begin, Inside, Last, Unit, Outside for PERSON,
// ORG, PLACE and MISC): a structured averaged perceptron decoded per sentence with the
// Viterbi algorithm over valid tag sequences. Unary features score each tag: the word, its
// shape, affixes and neighbours; how the word is usually cased (so an ALL-CAPS or
// Title-Case headline does not turn every word into a name); whether the same word is
// capitalized elsewhere in the document; gazetteer kinds (alone and with the case of the
// neighbouring words, so "Gloria developed" is a person named by first name); multi-word
// gazetteer phrases; a list of common-noun initialisms ("Q&A", "CEO"); and the tags given
// to the same word in earlier sentences. Pair features (the word, its shape, the next
// word's earlier tag) score each (previous tag, tag) transition with a single table
// lookup, so exact decoding costs little more than greedy decoding. Greedy decoding
// commits to a type too early: constrained to valid sequences it measured 3 points worse.
//
// Words on Title-Case and ALL-CAPS lines are truecased before the features are computed:
// a word the casing lexicon knows as lower case gets its lower-case form and shape
// ("Shares" in "Apple Shares Fall"), an ALL-CAPS word usually capitalized gets its
// capitalized form ("PUTIN" as "Putin"), so what was learned on body text applies to
// headlines (+0.4 F1 on CoNLL dev, whose headlines are ALL CAPS). A line of capitalized
// words with scores ("Ruch Chorzow 3 Lech Poznan 1": two numbers, or one at the end) is a
// results line, not a Title-Case line: there the capitals mark names as in running text.
// Telling the two apart made headlines alone much better (CoNLL taught that capitalized
// words on "Title-Case" lines were names) and GUM +0.5.
//
// Gazetteer phrases match across a no-break space ("New\u00a0York"), common in web text.
//
// A pass over the finished mentions keeps one document consistent (a surname after the
// full name, a lone dissenting type, country names the model missed, organizations CoNLL
// calls places such as "Kremlin"); a common-noun initialism alone is never a name and a
// name never ends in "etc." or a lower-case connector. A last pass keeps names whole that
// CoNLL's 1996 text rarely shows (whole.go): a unit's number ("SEIU Local 32BJ"), a
// possessive brand on evidence ("McDonald's", "at Denny's on Tuesday"; "Ukraine's" and
// "Trump's plan" stay possessives), and it splits coordinated names ("Barnes & Noble and Marks
// & Spencer").
//
// The model is trained by the command in ./train on CoNLL-2003 English (plus copies of
// every second document with its ALL-CAPS headline in Title Case), with a casing lexicon
// from its text and the unlabelled text of the other training files, PolNeAR's 840 news
// articles and GUM's thirteen other genres (jackknifed over ten folds: a training document's
// casing comes from the other folds and the unlabelled text; before issue 10 it came from
// PolNeAR dev and TimeBank text, dev sets, which made "Apple" always capitalized; in the
// training files it is "apple" one time in six, so a headline alone no longer shows it is
// the company), and ships embedded in the
// binary; it is loaded once, lazily. The shipped weights are the mean of eight perceptrons
// trained on different example orders: single runs differ by about half a point of F1, the
// mean is steadier (eight against four: CoNLL dev +0.3). GUM's training documents as
// labelled data (-gum 1 or 2, all spans; or only the sentences with no ORG and no MISC
// span) cost CoNLL dev 0.2 to 0.5 points, nearly all ORG recall, and moved GUM dev by
// -0.4 to +0.5 with ORG F1 never up: GUM's silver spans leave many capitalized names
// unlabelled, which teaches the tagger that such names are no names. So they are not used.
//
// Gazetteer kinds beyond CoNLL's world (issue 10): a team ("Knicks") or an organization
// tagged as a place becomes an organization, a name the lists know only as a stock index
// or a brand ("Hang Seng", "Ozempic") becomes MISC, and a phrase may end in a number
// ("FTSE 100", "Nikkei 225"); street and venue words ("Avenue", "Expressway", "Stadium")
// are a feature that makes "Elm Avenue" a place. Measured and not shipped, so the code is gone: a stacked second stage
// (worse); word classes induced by k-means over neighbour counts in the unlabeled text at
// hand (CoNLL dev +0.3, GUM -0.5, and the sample article lost "Crimea"; the model file
// keeps an empty section for them); Title-Case copies of body lines and headline-only
// documents (no gain).
//
// A lower-case word whose neighbours in its sentence are lower-case words too is never part
// of a name, so tagging gives it the O tag without computing its features (quiet in
// tagger.go): this halves the model's work on news text. Training scores every token.
//
// The perceptron, its training and the Viterbi decoder are internal/perceptron's, shared
// with the attribution tagger; this package supplies the features, the BILOU scheme and the
// model file's casing lexicon.
//
// Tagging allocates nothing once its pooled buffers are warm: feature parts are hashed with
// a 64-bit mixer and looked up in an open-addressing table of uint64 keys with sparse,
// int16-quantized weight rows.
package ner
