package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// Batch mode (-batch PATH...): folders (walked recursively, in lexical order), globs and files.
// A .jsonl file is read as records, any other file as one article with its path as "id", and a
// binary file (a NUL byte in its first 8 KB) is skipped with a message. All of it streams through
// the -jsonl machinery, so the output lines, their order and the error handling are exactly those
// of -jsonl over the same records.

// inputFiles expands paths: a glob to its matches, a folder to the files under it.
func inputFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		matches := []string{p}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil {
				return nil, err
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no files match", p)
			}
			matches = m
		}
		for _, m := range matches {
			st, err := os.Stat(m)
			if err != nil {
				return nil, err
			}
			if !st.IsDir() {
				files = append(files, m)
				continue
			}
			err = filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if d.Type().IsRegular() {
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return files, nil
}

// isBinary reports whether data looks binary: a NUL byte in its first 8 KB.
func isBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), 8<<10)], 0) >= 0
}

// batchStream writes the records of files to w as JSONL: .jsonl files as they are (with a
// newline added when the last line lacks one), other text files as {"id": PATH, "text": ...}.
// An article's bytes are written as they are, invalid UTF-8 included (see appendRawString), so
// its offsets are those of the file, as in FILE mode.
func batchStream(files []string, w io.Writer, stderr io.Writer) error {
	for _, name := range files {
		if strings.HasSuffix(name, ".jsonl") {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			_, err = io.Copy(w, f)
			f.Close()
			if err != nil {
				return err
			}
			if _, err := w.Write([]byte("\n")); err != nil { // a blank line is skipped; a missing newline is not lost
				return err
			}
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if isBinary(data) {
			fmt.Fprintf(stderr, "extract: %s: binary file skipped\n", name)
			continue
		}
		id, _ := json.Marshal(name)
		line := append(append([]byte(`{"id":`), id...), `,"text":`...)
		line = appendRawString(line, data)
		if _, err := w.Write(append(line, '}', '\n')); err != nil {
			return err
		}
	}
	return nil
}

// countWriter counts the lines written through it.
type countWriter struct {
	w     io.Writer
	lines atomic.Int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.lines.Add(int64(bytes.Count(p, []byte("\n"))))
	return c.w.Write(p)
}

// countReader counts the bytes read through it.
type countReader struct {
	r     io.Reader
	bytes atomic.Int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes.Add(int64(n))
	return n, err
}

// runBatch extracts the records of the files named by paths and writes them as -jsonl does. With
// progress set it redraws a progress line on stderr (records written, MB read, records/s, ETA
// from the bytes left); at the end it writes a summary.
func runBatch(x *extract.Extractor, paths []string, stdout, stderr io.Writer, progress bool) (failed bool, err error) {
	files, err := inputFiles(paths)
	if err != nil {
		return true, err
	}
	var total int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			total += st.Size()
		}
	}
	stderr = &lockedWriter{w: stderr} // the reader, the writer of runJSONL and the progress line share it
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(batchStream(files, pw, stderr)) }()
	in := &countReader{r: pr}
	out := &countWriter{w: stdout}
	errs := &countWriter{w: stderr}
	start := time.Now()
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		if !progress {
			return
		}
		draw := func() {
			el := time.Since(start).Seconds()
			n, b := out.lines.Load(), in.bytes.Load()
			eta := "?"
			if b > 0 && total > 0 {
				eta = time.Duration(el * float64(total-b) / float64(b) * float64(time.Second)).Round(time.Second).String()
			}
			fmt.Fprintf(stderr, "\r\033[K%d records  %.1f/%.1f MB  %.0f records/s  ETA %s", n, float64(b)/1e6, float64(total)/1e6, float64(n)/el, eta)
		}
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				draw() // the final figures stay on screen above the summary
				fmt.Fprintln(stderr)
				return
			case <-tick.C:
				draw()
			}
		}
	}()
	failed, err = runJSONL(x, in, out, errs)
	close(done)
	<-stopped
	fmt.Fprintf(stderr, "extract: %d files, %d documents, %d errors, %.1f MB in %v\n",
		len(files), out.lines.Load(), errs.lines.Load(), float64(in.bytes.Load())/1e6, time.Since(start).Round(time.Millisecond))
	return failed, err
}

// lockedWriter serializes writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// appendRawString appends b as a JSON string that escapes only what JSON must (the quote, the
// backslash, control bytes) and leaves every other byte as it is: parseRecord reads invalid
// UTF-8 back byte for byte, where encoding/json would write U+FFFD and shift the offsets.
func appendRawString(dst, b []byte) []byte {
	const hexDigits = "0123456789abcdef"
	dst = append(dst, '"')
	for _, c := range b {
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}
