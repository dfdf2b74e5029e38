// Command extract prints what newsextract finds in news articles, as JSON.
//
//	go run ./examples/extract [-published YYYY-MM-DD] FILE...
//	go run ./examples/extract -jsonl [-published YYYY-MM-DD] <in.jsonl >out.jsonl
//
// With files (or standard input when none is named) it prints, for each article in order, one
// indented JSON object with its "file" name and the extraction. With -jsonl it reads records
// {"id": ..., "text": ..., "published": "YYYY-MM-DD"} from standard input and writes one line per
// record, in input order, with the same "id", its "entities" and "quotes". A malformed record gets
// {"id": ..., "error": "..."} in its place and a message on standard error; the exit status is
// then 1. Records are processed on all cores, with a bounded number in flight, so memory does not
// grow with the input.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/newsextract/newsextract/extract"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD` that relative dates resolve against")
	jsonl := flag.Bool("jsonl", false, "read JSONL records on standard input, write one JSONL line per record")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: extract [-published YYYY-MM-DD] [FILE...]\n       extract -jsonl [-published YYYY-MM-DD] <in.jsonl >out.jsonl\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	var opts []extract.Option
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(os.Stderr, "extract: -published: %v\n", err)
			os.Exit(2)
		}
		opts = append(opts, extract.Published(t))
	}
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var failed bool
	if *jsonl {
		failed, err = runJSONL(x, os.Stdin, os.Stdout, os.Stderr)
	} else {
		failed, err = runFiles(x, flag.Args(), os.Stdout, os.Stderr)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// withField puts "name": value first in the JSON object obj.
func withField(name string, value any, obj []byte) []byte {
	k, _ := json.Marshal(name)
	v, _ := json.Marshal(value)
	var b bytes.Buffer
	b.WriteByte('{')
	b.Write(k)
	b.WriteByte(':')
	b.Write(v)
	if len(obj) > 2 {
		b.WriteByte(',')
	}
	b.Write(obj[1:])
	return b.Bytes()
}

func runFiles(x *extract.Extractor, files []string, stdout, stderr io.Writer) (failed bool, err error) {
	if len(files) == 0 {
		files = []string{"-"}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for _, name := range files {
		var data []byte
		var err error
		if name == "-" {
			data, err = io.ReadAll(os.Stdin)
		} else {
			data, err = os.ReadFile(name)
		}
		if err == nil {
			var doc *extract.Document
			if doc, err = x.Extract(context.Background(), string(data)); err == nil {
				var b []byte
				b, err = json.Marshal(doc)
				if err == nil {
					var out bytes.Buffer
					json.Indent(&out, withField("file", name, b), "", "  ")
					out.WriteByte('\n')
					_, err = w.Write(out.Bytes())
				}
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			failed = true
		}
	}
	return failed, w.Flush()
}

// record is one JSONL input line; other fields are ignored.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published *string         `json:"published"`
}

type job struct {
	line int
	data []byte
	out  chan result
}

// result is one output line; failed marks an error line.
type result struct {
	line   []byte
	failed bool
}

func runJSONL(x *extract.Extractor, stdin io.Reader, stdout, stderr io.Writer) (failed bool, err error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	// order carries the jobs in input order to the writer; its capacity bounds the records in
	// flight, and so the memory used.
	order := make(chan job, 4*workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		r := bufio.NewReaderSize(stdin, 1<<20)
		for n := 1; ; n++ {
			line, err := r.ReadBytes('\n')
			if len(bytes.TrimSpace(line)) > 0 {
				j := job{line: n, data: line, out: make(chan result, 1)}
				order <- j
				jobs <- j
			}
			if err != nil {
				if err != io.EOF {
					readErr <- err
				}
				close(readErr)
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- processRecord(x, j, stderr)
			}
		}()
	}
	w := bufio.NewWriter(stdout)
	for j := range order {
		res := <-j.out
		failed = failed || res.failed
		w.Write(res.line)
		w.WriteByte('\n')
	}
	if err := <-readErr; err != nil {
		w.Flush()
		return true, err
	}
	return failed, w.Flush()
}

// processRecord returns the output line for one input record, or an error line.
func processRecord(x *extract.Extractor, j job, stderr io.Writer) result {
	var rec record
	fail := func(err error) result {
		fmt.Fprintf(stderr, "extract: line %d: %v\n", j.line, err)
		id := rec.ID
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		b, _ := json.Marshal(map[string]string{"error": err.Error()})
		return result{withField("id", id, b), true}
	}
	if err := json.Unmarshal(j.data, &rec); err != nil {
		return fail(fmt.Errorf("malformed record: %v", err))
	}
	if rec.Text == nil {
		return fail(errors.New(`record has no "text"`))
	}
	var opts []extract.Option
	if rec.Published != nil && *rec.Published != "" {
		t, err := time.Parse("2006-01-02", *rec.Published)
		if err != nil {
			return fail(fmt.Errorf(`bad "published": %v`, err))
		}
		opts = append(opts, extract.Published(t))
	}
	doc, err := x.Extract(context.Background(), *rec.Text, opts...)
	if err != nil {
		return fail(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return fail(err)
	}
	id := rec.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return result{line: withField("id", id, b)}
}
