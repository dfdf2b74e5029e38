// Command annotate writes an HTML page that shows what newsextract finds in an article: names
// highlighted by type (the canonical name and entity on hover), dates with their value,
// quotations and reported speech with their speaker (pointing at one lights up the other), and
// a side panel with the entities, their mention counts and who is quoted how often. The page is
// self-contained: inline style and script, nothing fetched.
//
//	go run ./examples/annotate [-published YYYY-MM-DD] FILE >page.html
//	go run ./examples/annotate [-published YYYY-MM-DD] -o DIR FILE...   # writes DIR/NAME.html
//
// With no FILE and no -o it reads standard input.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD` that relative dates resolve against")
	outDir := flag.String("o", "", "write `DIR`/NAME.html for each input file instead of one page on standard output")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: annotate [-published YYYY-MM-DD] FILE >page.html\n       annotate [-published YYYY-MM-DD] -o DIR FILE...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	files := flag.Args()
	if (*outDir == "" && len(files) > 1) || (*outDir != "" && len(files) == 0) {
		flag.Usage()
		os.Exit(2)
	}
	pub, err := extract.PublishedDate(*published)
	if err != nil {
		fmt.Fprintf(os.Stderr, "annotate: -published: %v\n", err)
		os.Exit(2)
	}
	x, err := extract.New(pub)
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(2)
	}
	if *outDir == "" {
		name, data := "standard input", []byte(nil)
		if len(files) == 1 {
			name = files[0]
			data, err = os.ReadFile(name)
		} else {
			data, err = io.ReadAll(os.Stdin)
		}
		if err == nil {
			err = annotate(x, os.Stdout, filepath.Base(name), data)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "annotate: %s: %v\n", name, err)
			os.Exit(1)
		}
		return
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
	failed := false
	for _, name := range files {
		if err := annotateFile(x, *outDir, name); err != nil {
			fmt.Fprintf(os.Stderr, "annotate: %s: %v\n", name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// annotateFile writes dir/NAME.html for the article in file name, NAME being its base name
// without its extension.
func annotateFile(x *extract.Extractor, dir, name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	base := filepath.Base(name)
	out, err := os.Create(filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base))+".html"))
	if err != nil {
		return err
	}
	if err := annotate(x, out, base, data); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func annotate(x *extract.Extractor, w io.Writer, title string, data []byte) error {
	doc, err := x.Extract(context.Background(), string(data))
	if err != nil {
		return err
	}
	return writePage(w, title, doc)
}
