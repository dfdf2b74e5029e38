// Command quotes prints who said what in a news article, one quotation per line: the speaker,
// the reporting verb (cue) and the words quoted. Passages nobody is said to have said (scare
// quotes, titles) are listed with their kind in place of a speaker. Only what was said or
// written is listed (cue classes speech and writing); -all adds thoughts and evidence ("she
// believes", "polls show"), with their class.
//
// With -sources it prints instead who is quoted and how often, one source per line: directly
// (quotations) and in reported speech, with the role and gender the story gives.
//
//	go run ./examples/quotes [-published YYYY-MM-DD] [-reported] [-all] [-sources] FILE
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/quote"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD`")
	reported := flag.Bool("reported", false, "also list reported (indirect) speech, marked \"(reported)\"")
	all := flag.Bool("all", false, "list every cue class (thought, evidence), not only speech and writing")
	sources := flag.Bool("sources", false, "print who is quoted and how often, as a table")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: quotes [-published YYYY-MM-DD] [-reported] [-all] [-sources] FILE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	pub, err := extract.PublishedDate(*published)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes: -published:", err)
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	doc, err := extract.Text(string(data), pub)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	if *sources {
		printSources(os.Stdout, doc)
		return
	}
	// cue names the cue, with its class when it is no speech.
	cue := func(a quote.Attribution) string {
		c := "-"
		if a.CueStart >= 0 {
			c = doc.Text[a.CueStart:a.CueEnd]
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
		} else if q.SpeakerStart >= 0 && doc.Text[q.SpeakerStart:q.SpeakerEnd] != q.Speaker {
			speaker += " [" + doc.Text[q.SpeakerStart:q.SpeakerEnd] + "]"
		}
		fmt.Printf("%s\t%s\t“%s”\n", speaker, cue(q.Attribution), strings.Join(strings.Fields(doc.Text[q.Start:q.End]), " "))
	}
	if *reported {
		for _, r := range doc.Reported {
			if !*all && !r.CueClass.Said() {
				continue
			}
			fmt.Printf("%s\t%s\t(reported) %s\n", r.Speaker, cue(r.Attribution), strings.Join(strings.Fields(doc.Text[r.Start:r.End]), " "))
		}
	}
}

// printSources writes the sources as a table: name, role, gender (of a person; "-" for an
// organization, a group or a speaker the story does not name), quotations, reported.
func printSources(w io.Writer, doc *extract.Document) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tROLE\tGENDER\tDIRECT\tREPORTED")
	for _, s := range doc.Sources() {
		role, gender := s.Role, "-"
		if role == "" {
			role = "-"
		}
		if s.Entity >= 0 && doc.Entities[s.Entity].Type == entity.Person && doc.Entities[s.Entity].Members == nil {
			gender = s.Gender.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\n", s.Name, role, gender, s.Direct, s.Reported)
	}
	tw.Flush()
}
