// Package compare measures newsextract's text model and pipeline against prose v2
// (github.com/jdkato/prose/v2), the NLP library the design card chose, so the README's claims
// about both rest on numbers anyone can re-run.
//
// It holds the measuring tools (greedy alignment of prose's offset-free tokens to the source,
// boundary precision and recall, corpus loading) and the benchmarks:
//
//	go test ./internal/compare -run '^$' -bench Pipeline -benchtime 3x
//	go run ./internal/compare/cmd/tokcompare
//
// It is not part of the library: nothing outside tests and commands imports it.
package compare
