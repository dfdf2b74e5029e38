// Command extract prints what newsextract finds in news articles, as JSON.
//
//	go run ./examples/extract [-published YYYY-MM-DD] FILE...
//	go run ./examples/extract -jsonl [-published YYYY-MM-DD] <in.jsonl >out.jsonl
//	go run ./examples/extract -batch [-workers N] DIR|GLOB|FILE... >out.jsonl
//
// With files (or standard input when none is named) it prints, for each article in order, one
// indented JSON object with its "file" name and the extraction. With -jsonl it reads records
// {"id": ..., "text": ..., "published": "YYYY-MM-DD"} from standard input and writes one line per
// record, in input order, with the same "id", its "entities" and "quotes". Blank lines are
// skipped. A bad record (not JSON, truncated, no "id", a "text" that is missing or not a string,
// a line over the limit) gets {"id": ..., "error": "..."} in its place, or {"line": N, "error":
// "..."} when it names no id, and a message on standard error; the exit status is then 1.
// Invalid UTF-8 inside a string is not an error: the text keeps those bytes. Records are
// processed on all cores, with a bounded number in flight, so memory does not grow with the input.
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

	"github.com/newsextract/newsextract/extract"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD` that relative dates resolve against")
	jsonl := flag.Bool("jsonl", false, "read JSONL records on standard input, write one JSONL line per record")
	batch := flag.Bool("batch", false, "read folders (recursively), globs and files: .jsonl as records, other files as articles; write JSONL as -jsonl does (see batch.go)")
	flag.IntVar(&workers, "workers", workers, "number of records extracted at once")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: extract [-published YYYY-MM-DD] [FILE...]\n       extract -jsonl [-published YYYY-MM-DD] <in.jsonl >out.jsonl\n       extract -batch [-workers N] [-published YYYY-MM-DD] DIR|GLOB|FILE...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	pub, err := extract.PublishedDate(*published)
	if err != nil {
		fmt.Fprintf(os.Stderr, "extract: -published: %v\n", err)
		os.Exit(2)
	}
	x, err := extract.New(pub)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var failed bool
	if *batch {
		st, _ := os.Stderr.Stat()
		failed, err = runBatch(x, flag.Args(), os.Stdout, os.Stderr, st != nil && st.Mode()&os.ModeCharDevice != 0)
	} else if *jsonl {
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

// maxLine is the longest input line read whole: room for a text of the library's largest
// size with its JSON escapes. A longer line gets an error record and is not kept in memory.
var maxLine = 2*extract.DefaultMaxBytes + 1<<20 // a variable so that tests can lower it

// job is one non-blank input line on its way to a worker.
type job struct {
	line int
	data []byte
	err  error // set when the line could not be read whole
	out  chan result
}

// result is one output line; for an error line, the message for standard error. A large
// document comes as id and doc instead of line: the writer streams its JSON, which is never
// held whole.
type result struct {
	line []byte
	err  string
	id   json.RawMessage
	doc  *extract.Document
}

// workers is how many records are extracted at once (-workers).
var workers = runtime.GOMAXPROCS(0)

func runJSONL(x *extract.Extractor, stdin io.Reader, stdout, stderr io.Writer) (failed bool, err error) {
	jobs := make(chan job)
	// order carries each record's result channel to the writer in input order; its capacity
	// bounds the records in flight, and so the memory used.
	order := make(chan chan result, 4*workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		defer close(readErr)
		r := bufio.NewReaderSize(stdin, 1<<20)
		for n := 1; ; n++ {
			line, truncated, err := readLine(r, maxLine)
			if err == io.EOF {
				return
			}
			if err != nil && err != errLineTooLong {
				readErr <- err
				return
			}
			if err == nil && len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			if err == errLineTooLong {
				err = fmt.Errorf("line longer than %d bytes", maxLine)
			} else if truncated {
				err = errTruncated
			}
			j := job{line: n, data: line, err: err, out: make(chan result, 1)}
			order <- j.out
			jobs <- j
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- processRecord(x, &j)
			}
		}()
	}
	w := bufio.NewWriter(stdout)
	for out := range order {
		res := <-out
		if res.err != "" {
			// written here, not by the workers, so messages come in input order and never race
			fmt.Fprintln(stderr, res.err)
			failed = true
		}
		if res.doc != nil {
			w.WriteString(`{"id":`)
			w.Write(res.id)
			res.doc.WriteJSON(&afterBrace{w: w})
		} else {
			w.Write(res.line)
		}
		w.WriteByte('\n')
	}
	if err := <-readErr; err != nil {
		w.Flush()
		return true, err
	}
	return failed, w.Flush()
}

// errTruncated marks a last line with no newline; it is an error only when the record is not
// whole.
var errTruncated = errors.New("truncated record")

// processRecord returns the output line for one input record, or an error line: with the
// record's id when it has one, else with its line number.
func processRecord(x *extract.Extractor, j *job) result {
	var rec record
	fail := func(err error) result {
		msg := fmt.Sprintf("extract: line %d: %v", j.line, err)
		b, _ := json.Marshal(map[string]string{"error": err.Error()})
		if hasID(rec.ID) {
			return result{line: withField("id", rec.ID, b), err: msg}
		}
		return result{line: withField("line", j.line, b), err: msg}
	}
	if j.err != nil && j.err != errTruncated {
		rec.ID = findID(j.data)
		return fail(j.err)
	}
	rec, err := parseRecord(j.data)
	j.data = nil // the text is decoded: let the line go
	if err != nil {
		if j.err != nil {
			err = fmt.Errorf("%v: %v", j.err, err)
		}
		return fail(err)
	}
	if !hasID(rec.ID) {
		return fail(errors.New(`record has no "id"`))
	}
	var published string
	if rec.Published != nil {
		published = *rec.Published
	}
	pub, err := extract.PublishedDate(published)
	if err != nil {
		return fail(fmt.Errorf(`bad "published": %v`, err))
	}
	doc, err := x.Extract(context.Background(), rec.Text.s, pub)
	if err != nil {
		return fail(err)
	}
	if len(rec.Text.s) > streamOver {
		var id bytes.Buffer
		json.Compact(&id, rec.ID)
		return result{id: id.Bytes(), doc: doc}
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return fail(err)
	}
	return result{line: withField("id", rec.ID, b)}
}

// streamOver is the text size above which the writer streams a record's JSON rather than a
// worker encoding it whole (small records are encoded in parallel by the workers).
const streamOver = 1 << 20

// afterBrace passes a JSON object on with its opening brace turned into a comma, to follow
// fields already written.
type afterBrace struct {
	w       io.Writer
	started bool
}

func (a *afterBrace) Write(b []byte) (int, error) {
	if !a.started && len(b) > 0 && b[0] == '{' {
		a.started = true
		if _, err := io.WriteString(a.w, ","); err != nil {
			return 0, err
		}
		n, err := a.w.Write(b[1:])
		return n + 1, err
	}
	return a.w.Write(b)
}
