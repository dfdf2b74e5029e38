// Package pipeline is newsextract as an Apache Beam pipeline: it reads articles from files on any
// Beam filesystem, extracts them on the workers, writes one JSONL line per article and
// aggregates over the corpus: the most quoted speakers and the entities by type.
//
// Files whose name ends in .jsonl (or .jsonl.gz) hold records {"id", "text", "published"}, one
// per line; any other file is one article, with its path as id. The output lines are those of
// `examples/extract -jsonl`: {"id": ..., <the Document's JSON>}, or {"id": ..., "error": ...}
// for a record that cannot be read or extracted.
package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"github.com/newsextract/newsextract/extract"
)

// Record is one article to extract.
type Record struct {
	ID        string // the id as JSON ("\"a\"", "7", "null")
	Text      string
	Published string // YYYY-MM-DD or empty
	Err       string // why the record could not be read; then it is not extracted
}

// Speaker is a speaker and the number of quoted passages attributed to them.
type Speaker struct {
	Name   string `json:"speaker"`
	Quotes int    `json:"quotes"`
}

// TypeCount counts the entities of one type and their mentions (pronouns included).
type TypeCount struct {
	Entities int `json:"entities"`
	Mentions int `json:"mentions"`
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Record)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Speaker)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*TypeCount)(nil)).Elem())
	register.DoFn3x0[fileio.ReadableFile, func(string), func(fileio.ReadableFile)](&splitFilesFn{})
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Record)](&readArticleFn{})
	register.Function1x1(parseLine)
	register.DoFn5x0[context.Context, Record, func(string), func(string), func(string, TypeCount)](&extractFn{})
	register.Function2x1(toSpeaker)
	register.Function2x1(lessSpeaker)
	register.Function2x1(addTypeCount)
	register.Function2x1(formatType)
	register.Function1x1(formatSpeakers)
	register.Emitter1[string]()
	register.Emitter1[Record]()
	register.Emitter1[fileio.ReadableFile]()
	register.Emitter2[string, TypeCount]()
}

// Options says where to read and write.
type Options struct {
	// Input is a glob on any registered Beam filesystem: "dev/*.jsonl", "gs://b/articles/*".
	Input string
	// Output is the prefix of the three files written: PREFIX.jsonl (one line per article),
	// PREFIX-speakers.jsonl (the TopSpeakers most quoted, most first) and PREFIX-types.jsonl
	// (entities and mentions by type).
	Output string
	// TopSpeakers is how many speakers to list; 100 when zero.
	TopSpeakers int
}

// Build adds the pipeline to scope s.
func Build(s beam.Scope, o Options) {
	if o.TopSpeakers <= 0 {
		o.TopSpeakers = 100
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, o.Input))
	jsonlPaths, articles := beam.ParDo2(s, &splitFilesFn{}, files)
	lines := textio.ReadAll(s, jsonlPaths)
	records := beam.Flatten(s, beam.ParDo(s, parseLine, lines), beam.ParDo(s, &readArticleFn{}, articles))
	// Extraction costs far more than reading: spread the records over all workers.
	records = beam.Reshuffle(s, records)
	out, speakers, types := beam.ParDo3(s, &extractFn{}, records)
	textio.Write(s, o.Output+".jsonl", out)

	counts := beam.ParDo(s, toSpeaker, stats.Count(s, speakers))
	textio.Write(s, o.Output+"-speakers.jsonl", beam.ParDo(s, formatSpeakers, top.Largest(s, counts, o.TopSpeakers, lessSpeaker)))
	textio.Write(s, o.Output+"-types.jsonl", beam.ParDo(s, formatType, beam.CombinePerKey(s, addTypeCount, types)))
}

// splitFilesFn sends the paths of JSONL files to be read line by line, and reads any other file
// as one article.
type splitFilesFn struct{}

func (*splitFilesFn) ProcessElement(f fileio.ReadableFile, jsonl func(string), article func(fileio.ReadableFile)) {
	if strings.HasSuffix(strings.TrimSuffix(f.Metadata.Path, ".gz"), ".jsonl") {
		jsonl(f.Metadata.Path)
		return
	}
	article(f)
}

// readArticleFn reads a whole file as one article.
type readArticleFn struct{}

func (*readArticleFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Record)) {
	id, _ := json.Marshal(f.Metadata.Path)
	data, err := f.Read(ctx)
	if err != nil {
		emit(Record{ID: string(id), Err: err.Error()})
		return
	}
	emit(Record{ID: string(id), Text: string(data)})
}

// jsonRecord is one JSONL input line; other fields are ignored.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published *string         `json:"published"`
}

// parseLine reads one JSONL line. A blank line gives a record with no id and no text, which
// extractFn drops.
func parseLine(line string) Record {
	if strings.TrimSpace(line) == "" {
		return Record{}
	}
	var r jsonRecord
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return Record{ID: "null", Err: fmt.Sprintf("malformed record: %v", err)}
	}
	id := "null"
	if len(r.ID) > 0 {
		id = string(r.ID)
	}
	if r.Text == nil {
		return Record{ID: id, Err: `record has no "text"`}
	}
	rec := Record{ID: id, Text: *r.Text}
	if r.Published != nil {
		rec.Published = *r.Published
	}
	return rec
}

var (
	recordsCounter = beam.NewCounter("newsextract", "records")
	errorsCounter  = beam.NewCounter("newsextract", "errors")
	bytesCounter   = beam.NewCounter("newsextract", "bytes")
)

// extractor is built once per worker process and shared by its bundles (it is safe for
// concurrent use).
var extractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.New() })

// extractFn extracts one record and emits its output line, the speaker of each quoted passage
// that has one, and its entities by type.
type extractFn struct{}

func (*extractFn) ProcessElement(ctx context.Context, r Record, line func(string), speaker func(string), types func(string, TypeCount)) {
	if r.ID == "" && r.Err == "" {
		return // a blank line
	}
	recordsCounter.Inc(ctx, 1)
	bytesCounter.Inc(ctx, int64(len(r.Text)))
	doc, err := ExtractRecord(ctx, r)
	if err != nil {
		errorsCounter.Inc(ctx, 1)
		line(ErrorLine(r.ID, err))
		return
	}
	b, err := json.Marshal(doc)
	if err != nil {
		errorsCounter.Inc(ctx, 1)
		line(ErrorLine(r.ID, err))
		return
	}
	line(withID(r.ID, b))
	for _, q := range doc.Quotes {
		if q.Speaker != "" {
			speaker(q.Speaker)
		}
	}
	for _, e := range doc.Entities {
		types(e.Type.String(), TypeCount{Entities: 1, Mentions: len(e.Mentions)})
	}
}

// ExtractRecord extracts one record with the process's shared Extractor, resolving dates against
// its "published" date when it has one.
func ExtractRecord(ctx context.Context, r Record) (*extract.Document, error) {
	if r.Err != "" {
		return nil, errors.New(r.Err)
	}
	x, err := extractor()
	if err != nil {
		return nil, err
	}
	pub, err := extract.PublishedDate(r.Published)
	if err != nil {
		return nil, fmt.Errorf(`bad "published": %v`, err)
	}
	return x.Extract(ctx, r.Text, pub)
}

// withID puts "id": id (raw JSON) first in the JSON object obj.
func withID(id string, obj []byte) string {
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	b.WriteString(id)
	if len(obj) > 2 {
		b.WriteByte(',')
	}
	b.Write(obj[1:])
	return b.String()
}

// ErrorLine is the output line of a record that failed.
func ErrorLine(id string, err error) string {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return withID(id, b)
}

func toSpeaker(name string, n int) Speaker { return Speaker{Name: name, Quotes: n} }

// lessSpeaker orders speakers by quotations, and by name (reversed) among equals, so that the
// top list is the same on every run.
func lessSpeaker(a, b Speaker) bool {
	if a.Quotes != b.Quotes {
		return a.Quotes < b.Quotes
	}
	return a.Name > b.Name
}

func addTypeCount(a, b TypeCount) TypeCount {
	return TypeCount{Entities: a.Entities + b.Entities, Mentions: a.Mentions + b.Mentions}
}

func formatType(t string, c TypeCount) string {
	b, _ := json.Marshal(struct {
		Type string `json:"type"`
		TypeCount
	}{t, c})
	return string(b)
}

// formatSpeakers writes the top list one speaker a line, most quoted first, as one element so
// that the order survives the write.
func formatSpeakers(top []Speaker) string {
	var b strings.Builder
	for i, s := range top {
		if i > 0 {
			b.WriteByte('\n')
		}
		j, _ := json.Marshal(s)
		b.Write(j)
	}
	return b.String()
}
