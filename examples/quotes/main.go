// Command quotes prints who said what in a news article, one quotation per line: the speaker,
// the reporting verb (cue) and the words quoted. Passages nobody is said to have said (scare
// quotes, titles) are listed with their kind in place of a speaker. Only what was said or
// written is listed (cue classes speech and writing); -all adds thoughts and evidence ("she
// believes", "polls show"), with their class.
//
//	go run ./examples/quotes [-published YYYY-MM-DD] [-reported] [-all] FILE
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/quote"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD`")
	reported := flag.Bool("reported", false, "also list reported (indirect) speech, marked \"(reported)\"")
	all := flag.Bool("all", false, "list every cue class (thought, evidence), not only speech and writing")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: quotes [-published YYYY-MM-DD] [-reported] [-all] FILE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	var opts []extract.Option
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintln(os.Stderr, "quotes: -published:", err)
			os.Exit(2)
		}
		opts = append(opts, extract.Published(t))
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	doc, err := extract.Text(string(data), opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	// cue names the cue, with its class when it is no speech.
	cue := func(a quote.Attribution) string {
		c := a.Cue
		if c == "" {
			c = "-"
		}
		if a.CueClass != quote.Speech {
			c += " (" + a.CueClass.String() + ")"
		}
		return c
	}
	for _, q := range doc.Quotes {
		if !*all && !q.CueClass.Said() {
			continue
		}
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(" + q.Kind.String() + ")"
		} else if q.SpeakerText != "" && q.SpeakerText != q.Speaker {
			speaker += " [" + q.SpeakerText + "]"
		}
		fmt.Printf("%s\t%s\t“%s”\n", speaker, cue(q.Attribution), strings.Join(strings.Fields(q.Text), " "))
	}
	if *reported {
		for _, r := range doc.Reported {
			if !*all && !r.CueClass.Said() {
				continue
			}
			fmt.Printf("%s\t%s\t(reported) %s\n", r.Speaker, cue(r.Attribution), strings.Join(strings.Fields(r.Text), " "))
		}
	}
}
