package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// record is one JSONL input line; other fields are ignored.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      jsonText        `json:"text"`
	Published *string         `json:"published"`
}

// jsonText is a JSON string decoded with its invalid UTF-8 kept byte for byte (encoding/json
// would turn each bad byte into U+FFFD, three bytes, and shift every offset after it), so the
// text reaches the library as the writer of the record wrote it.
type jsonText struct {
	s         string
	set       bool // the field is present and not null
	notString bool // the field is present but not a string
}

func (t *jsonText) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
	case len(b) > 0 && b[0] == '"':
		t.s, t.set = unquote(b), true
	default:
		t.notString = true
	}
	return nil
}

// unquote decodes a JSON string literal that encoding/json has already checked for syntax,
// copying all other bytes as they are.
func unquote(b []byte) string {
	b = b[1 : len(b)-1]
	if bytes.IndexByte(b, '\\') < 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			out = append(out, c)
			continue
		}
		i++
		switch b[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(b[i+1:])
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+2 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
					r2 = hex4(b[i+3:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError // a lone surrogate, as encoding/json decodes it
				}
			}
			out = utf8.AppendRune(out, r)
		default: // " \ /
			out = append(out, b[i])
		}
	}
	return string(out)
}

// hex4 reads the four hex digits of a \u escape; -1 when they are not there.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	v, err := strconv.ParseUint(string(b[:4]), 16, 32)
	if err != nil {
		return -1
	}
	return rune(v)
}

// parseRecord reads one input line. On error it still returns the record's id when the line
// names one before it goes wrong.
func parseRecord(line []byte) (record, error) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			rec.ID = findID(line)
		}
		return rec, fmt.Errorf("malformed record: %v", err)
	}
	switch {
	case rec.Text.notString:
		return rec, errors.New(`"text" is not a string`)
	case !rec.Text.set:
		return rec, errors.New(`record has no "text"`)
	}
	return rec, nil
}

// findID looks for a top-level "id" in a line that is not valid JSON as a whole (truncated, or
// cut at the line limit), reading tokens until the line goes wrong.
func findID(line []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if k == "id" {
			return v
		}
	}
	return nil
}

// hasID reports whether id names a record: present and not null.
func hasID(id json.RawMessage) bool {
	return len(id) > 0 && string(id) != "null"
}

// errLineTooLong marks a line cut at the line limit.
var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its newline, or at most max bytes of it with
// errLineTooLong (the rest of the line is read and dropped, so memory stays bounded). err is
// io.EOF after the last line; truncated reports a last line with no newline.
func readLine(r *bufio.Reader, max int) (line []byte, truncated bool, err error) {
	var long bool
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > max {
				line = append(line, chunk[:max-len(line)]...)
				long = true
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			if len(line) == 0 {
				return nil, false, io.EOF
			}
			if long {
				return line, true, errLineTooLong
			}
			return line, true, nil
		case err != nil:
			return line, false, err
		}
		if long {
			return line, false, errLineTooLong
		}
		return line[:len(line)-1], false, nil
	}
}
