//go:build linux

// Command memtable measures the peak resident memory of examples/extract -jsonl on one record
// of each stress text (internal/stress), above the process's base, in bytes per input byte:
// the "Memory per document" table of the README.
//
//	go run ./internal/cmd/memtable             # 4 MB records, all kinds
//	go run ./internal/cmd/memtable -mb 8 -kinds quotes
//
// It builds examples/extract, writes each record {"id":1,"text":…} to a temporary file, runs
// the command on it and reads the child's maximum resident set size; the base is the median of
// three runs on {"id":1,"text":"hi"}. News is PolNeAR dev from ../shared (never copied into
// the repository). The figures move by a few bytes per input byte from run to run (the
// garbage collector's timing); Linux only (rusage's Maxrss in KiB).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/newsextract/newsextract/internal/stress"
	"github.com/newsextract/newsextract/internal/testshared"
)

func main() {
	mb := flag.Int("mb", 4, "size of each record's text in `MB`")
	only := flag.String("kinds", "", "comma-separated kinds to measure (default all)")
	flag.Parse()
	if err := run(*mb, *only); err != nil {
		fmt.Fprintln(os.Stderr, "memtable:", err)
		os.Exit(1)
	}
}

func run(mb int, only string) error {
	dir, err := os.MkdirTemp("", "memtable")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "extract")
	build := exec.Command("go", "build", "-o", bin, "./examples/extract")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("building examples/extract (run from the module root): %v", err)
	}
	hi := filepath.Join(dir, "hi.jsonl")
	if err := writeRecord(hi, "hi"); err != nil {
		return err
	}
	var bases []int64
	for range 3 {
		kb, err := peakKB(bin, hi)
		if err != nil {
			return err
		}
		bases = append(bases, kb)
	}
	slices.Sort(bases)
	base := bases[1]
	fmt.Printf("base %d KB (median of %v)\n", base, bases)
	fmt.Printf("%-8s %10s %10s %8s\n", "kind", "bytes", "peak KB", "B/B")
	var news string
	for _, k := range stress.Kinds {
		if only != "" && !slices.Contains(strings.Split(only, ","), k.Name) {
			continue
		}
		if k.News && news == "" {
			shared, err := testshared.Find()
			if err != nil {
				return err
			}
			if news, err = stress.News(filepath.Join(shared, "eval", "dev", "polnear-dev.jsonl")); err != nil {
				return err
			}
		}
		text := k.Text(news, mb<<20)
		file := filepath.Join(dir, k.Name+".jsonl")
		if err := writeRecord(file, text); err != nil {
			return err
		}
		kb, err := peakKB(bin, file)
		if err != nil {
			return err
		}
		os.Remove(file)
		fmt.Printf("%-8s %10d %10d %8.1f\n", k.Name, len(text), kb, float64(kb-base)*1024/float64(len(text)))
	}
	return nil
}

// writeRecord writes {"id":1,"text":text} and a newline to path.
func writeRecord(path, text string) error {
	b, err := json.Marshal(struct {
		ID   int    `json:"id"`
		Text string `json:"text"`
	}{1, text})
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// peakKB runs bin -jsonl on the records in file and returns its maximum resident set size.
func peakKB(bin, file string) (int64, error) {
	in, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	cmd := exec.Command(bin, "-jsonl")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, io.Discard, os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%s: %v", file, err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, fmt.Errorf("no resource usage on this system")
	}
	return ru.Maxrss, nil
}
