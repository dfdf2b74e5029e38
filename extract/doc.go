// Package extract is newsextract's front door: give it a news article and it returns who and
// what the article is about and who said what, as typed values with byte offsets into the
// article.
//
// One pass over the text, each stage reading the one before: tokens, sentences and paragraphs
// (byte spans; the text is never rewritten), name mentions (a trained tagger and gazetteers),
// credits (bylines, photo credits and wire tag lines, whose people are not the story's),
// entities (mentions merged under a canonical name), dates (rules, resolved against the
// publication date) and quotations (marks, reporting verbs, speakers resolved to entities).
//
// The smallest use:
//
//	doc, err := extract.Text(article)
//	for _, q := range doc.Quotes {
//		fmt.Printf("%s: %q\n", q.Speaker, doc.Text[q.Start:q.End])
//	}
//
// For many articles, build an Extractor once with New and call Extract from as many goroutines
// as you like. Model weights and gazetteers load once per process, on first use.
package extract
