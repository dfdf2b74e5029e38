// Package text is newsextract's text model: it splits an article into tokens, sentences and
// paragraphs, each a byte span into the caller's string. The text is never rewritten, so
// src[Start:End] is always the token, sentence or paragraph as written.
//
// Tokens follow the Penn Treebank habits the tagger was trained on (possessive ’s and n't are
// tokens of their own, quotation marks and brackets are separate), while keeping what news text
// needs whole: abbreviations and initials (U.S., Dr., J.), numbers with separators (1,000.5),
// hyphenated words, decades (’90s), URLs, e-mail addresses and @handles.
//
// Lines and paragraphs: a blank line (only white space, non-breaking spaces included) ends a
// paragraph. A single line break ends a sentence, because headlines, captions, page furniture and
// one-sentence-per-line corpora rely on it, unless the next line starts with a lower-case letter
// or the line ends with a comma, a hyphen or an opening bracket: then the text was merely wrapped.
//
// It is not for languages written without spaces; they come out as long word tokens.
package text
