package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsextract/newsextract/internal/testshared"
)

func tokenTexts(src string) []string {
	var out []string
	for _, t := range Tokenize(nil, src) {
		out = append(out, src[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             []string
	}{
		{"nbsp", "a non-breaking space separates words like a space and is not a token",
			"at\u00a0various levels", []string{"at", "various", "levels"}},
		{"other unicode spaces", "thin, em and ideographic spaces and the zero-width space separate words",
			"a\u2009b\u2003c\u3000d\u200be", []string{"a", "b", "c", "d", "e"}},
		{"curly possessive", "the possessive ’s is its own token so a name ends before it",
			"Ukraine’s NATO", []string{"Ukraine", "’s", "NATO"}},
		{"straight possessive", "the same for a straight apostrophe",
			"Russia's position", []string{"Russia", "'s", "position"}},
		{"n't", "negation splits Penn-Treebank style, as the tagger's training text does",
			"don't can't", []string{"do", "n't", "ca", "n't"}},
		{"curly n't", "curly apostrophes split the same way",
			"don’t", []string{"do", "n’t"}},
		{"inner apostrophe", "an apostrophe between letters that is not a clitic stays inside the name",
			"O'Reilly and O’Neill", []string{"O'Reilly", "and", "O’Neill"}},
		{"plural possessive", "Jones' ends with a lone apostrophe token",
			"Jones' car", []string{"Jones", "'", "car"}},
		{"decade", "the ’90s is one token, not a quote mark and a number",
			"the ’90s were", []string{"the", "’90s", "were"}},
		{"rock n roll", "’n’ between words is one token",
			"rock ’n’ roll", []string{"rock", "’n’", "roll"}},
		{"curly quotes", "quotation marks are tokens of their own",
			"“Satisfied”", []string{"“", "Satisfied", "”"}},
		{"guillemets and others", "« » „ “ ‹ › 「 」 are quotation marks",
			"«a» „b“ ‹c› 「d」", []string{"«", "a", "»", "„", "b", "“", "‹", "c", "›", "「", "d", "」"}},
		{"single quotes", "single quotation marks around a word split off",
			"‘A Disgrace’ 'yes'", []string{"‘", "A", "Disgrace", "’", "'", "yes", "'"}},
		{"dashes", "em and en dashes split words; a hyphen inside a word does not",
			"war—and 17–21 long-standing", []string{"war", "—", "and", "17", "–", "21", "long-standing"}},
		{"ellipsis", "three periods and the ellipsis character are one token",
			"wait... and… go", []string{"wait", "...", "and", "…", "go"}},
		{"abbreviations", "title and month abbreviations keep their period",
			"Dr. Smith met Gov. Jones in Jan. 2020", []string{"Dr.", "Smith", "met", "Gov.", "Jones", "in", "Jan.", "2020"}},
		{"U.S.", "dotted abbreviations keep their periods",
			"the U.S. and U.K. a.m. e.g.", []string{"the", "U.S.", "and", "U.K.", "a.m.", "e.g."}},
		{"initials", "single-letter initials keep their period",
			"J. R. R. Tolkien", []string{"J.", "R.", "R.", "Tolkien"}},
		{"sentence period", "an ordinary word's final period is punctuation",
			"He left.", []string{"He", "left", "."}},
		{"numbers", "thousands separators, decimals and percentages",
			"1,000.5 and 3.5% of $20", []string{"1,000.5", "and", "3.5", "%", "of", "$", "20"}},
		{"number then comma", "a comma after a number is punctuation",
			"in 2022, he", []string{"in", "2022", ",", "he"}},
		{"times and dates", "clock times and ISO dates stay whole",
			"10:30 on 2017-06-15", []string{"10:30", "on", "2017-06-15"}},
		{"url", "a URL is one token, without the sentence's final period",
			"see https://example.com/a?b=1. Next", []string{"see", "https://example.com/a?b=1", ".", "Next"}},
		{"www", "www. addresses are URLs too",
			"at www.example.org.", []string{"at", "www.example.org", "."}},
		{"email", "an e-mail address is one token",
			"write to news@example.co.uk.", []string{"write", "to", "news@example.co.uk", "."}},
		{"handle and hashtag", "@handles and #tags are tokens",
			"@Reuters #news", []string{"@Reuters", "#news"}},
		{"ampersand", "AT&T and Q&A stay whole",
			"AT&T Q&A", []string{"AT&T", "Q&A"}},
		{"brackets", "brackets split off",
			"(Source: Getty Images)", []string{"(", "Source", ":", "Getty", "Images", ")"}},
		{"conll style", "already tokenized CoNLL text keeps its tokens",
			"U.S. - based ( Reuters ) 's", []string{"U.S.", "-", "based", "(", "Reuters", ")", "'s"}},
		{"accented", "letters beyond ASCII and combining marks are word characters",
			"José Müller Zürich", []string{"José", "Müller", "Zürich"}},
		{"invalid utf8", "an invalid byte is a token of its own, never dropped",
			"a\xffb", []string{"a", "\xff", "b"}},
		{"empty", "no text, no tokens", "", nil},
		{"leading decimal", "a number may start with its decimal point: batting averages, calibres",
			"hit .596 with a .45 gun", []string{"hit", ".596", "with", "a", ".45", "gun"}},
		{"versus", "v. in a court case keeps its period",
			"Plessy v. Ferguson", []string{"Plessy", "v.", "Ferguson"}},
		{"all-caps abbreviation", "wire datelines write ST. for St.",
			"ST. LOUIS", []string{"ST.", "LOUIS"}},
		{"hyphen then initialism", "a dotted initialism after a hyphen stays whole",
			"aid-U.N. official", []string{"aid-U.N.", "official"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, tokenTexts(tt.in)); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, d)
			}
		})
	}
}

func sentenceTexts(src string) []string {
	d := Analyze(src)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, src[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             []string
	}{
		{"plain", "a period and a capital end a sentence",
			"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviation", "a title abbreviation does not end a sentence",
			"Dr. Smith met Mr. Jones. They talked.", []string{"Dr. Smith met Mr. Jones.", "They talked."}},
		{"councillor", "Canada's Coun. and Britain's Cllr. are titles before a name, as Sen. is",
			"Coun. Paula Fletcher noted it. Cllr. Jo Roe agreed.", []string{"Coun. Paula Fletcher noted it.", "Cllr. Jo Roe agreed."}},
		{"initials", "initials do not end a sentence",
			"J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"U.S. mid sentence", "U.S. followed by a name is not a sentence end",
			"The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"U.S. at end", "U.S. followed by a clear sentence opener ends the sentence",
			"He moved to the U.S. He likes it.", []string{"He moved to the U.S.", "He likes it."}},
		{"closing quote", "a sentence ending inside a closing quote includes the quote",
			"He said “yes.” Then he left.", []string{"He said “yes.”", "Then he left."}},
		{"quote then said", "a comma inside quotes does not end the sentence",
			"“We are satisfied,” Peskov said.", []string{"“We are satisfied,” Peskov said."}},
		{"question in quote", "a question mark before a lower-case attribution does not end it",
			"“Why?” he asked.", []string{"“Why?” he asked."}},
		{"headline lines", "a single newline ends a headline, caption or furniture line with no final period",
			"Kremlin Says It Is Satisfied\n2 min read\nSee all", []string{"Kremlin Says It Is Satisfied", "2 min read", "See all"}},
		{"wrapped line", "a line break before a lower-case word is just wrapping",
			"The minister said the\nplan would work.", []string{"The minister said the\nplan would work."}},
		{"wrapped after comma", "a line ending in a comma continues",
			"In Moscow,\nPeskov spoke.", []string{"In Moscow,\nPeskov spoke."}},
		{"conll lines", "one sentence per line, as in CoNLL, even without final periods",
			"EU REJECTS GERMAN CALL\nPeter Blackburn\nBRUSSELS 1996-08-22", []string{"EU REJECTS GERMAN CALL", "Peter Blackburn", "BRUSSELS 1996-08-22"}},
		{"number after period", "a sentence may start with a number",
			"It ended. 2022 was hard.", []string{"It ended.", "2022 was hard."}},
		{"decimal", "a decimal point is no sentence end",
			"It rose 3.5 percent.", []string{"It rose 3.5 percent."}},
		{"ellipsis lower", "an ellipsis before a lower-case word does not end the sentence",
			"He paused... and went on.", []string{"He paused... and went on."}},
		{"exclamation", "! and ? end sentences",
			"Stop! Who goes there? Me.", []string{"Stop!", "Who goes there?", "Me."}},
		{"versus", "v. does not end a sentence",
			"Plessy v. Ferguson was overturned.", []string{"Plessy v. Ferguson was overturned."}},
		{"all-caps dateline", "ST. in an all-caps dateline is an abbreviation",
			"ST. LOUIS (AP) — The company said.", []string{"ST. LOUIS (AP) — The company said."}},
		{"spaced closing quote", "a closing mark after a space still closes the sentence",
			"He wrote: “We are happy. ”\nThe team agreed.", []string{"He wrote: “We are happy. ”", "The team agreed."}},
		{"misdirected quote at line end", "a quote mark before a line break cannot open a sentence",
			"The rate is 51 percent.“\n\nNext paragraph.", []string{"The rate is 51 percent.“", "Next paragraph."}},
		{"conll spaced straight quote", "a straight quote closing an odd one belongs to the sentence before",
			"He said \" it is over . \" Then he left .", []string{"He said \" it is over . \"", "Then he left ."}},
		{"list numbers", "a line-initial 1. is a list number, not a sentence",
			"Results:\n1. Michelle Freeman 12.71\n2. Ludmila Engquist 12.74", []string{"Results:", "1. Michelle Freeman 12.71", "2. Ludmila Engquist 12.74"}},
		{"lower-case brand opener", "a brand written iPhone can open a sentence",
			"He bought a phone. iPhone sales rose.", []string{"He bought a phone.", "iPhone sales rose."}},
		{"quote then lower case", "an opening quote followed by a lower-case word continues the sentence",
			"No one may be held... ‘except as punishment’ he said.", []string{"No one may be held... ‘except as punishment’ he said."}},
		{"nbsp before word", "a non-breaking space after a period still separates sentences",
			"It ended.\u00a0Then more.", []string{"It ended.", "Then more."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, sentenceTexts(tt.in)); d != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, d)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             []string
	}{
		{"blank line", "a blank line ends a paragraph", "One. Two.\n\nThree.", []string{"One. Two.", "Three."}},
		{"single newline", "a single newline does not", "Title\nBody text.", []string{"Title\nBody text."}},
		{"blank line with spaces", "a line of only white space, NBSP included, is blank",
			"A.\n \u00a0\t\nB.", []string{"A.", "B."}},
		{"CRLF", "Windows line ends count as line breaks", "A.\r\n\r\nB.", []string{"A.", "B."}},
		{"leading and trailing space", "white space around the text is no paragraph",
			"\n\n  A.  \n\n", []string{"A."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.in)
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, tt.in[p.Start:p.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// checkInvariants verifies what every Doc promises, whatever the input.
func checkInvariants(t *testing.T, src string) {
	t.Helper()
	d := Analyze(src)
	covered := make([]bool, len(src))
	prev := 0
	for i, tok := range d.Tokens {
		if int(tok.Start) < prev || tok.End <= tok.Start || int(tok.End) > len(src) {
			t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, tok.Start, tok.End, prev, len(src))
		}
		for k := tok.Start; k < tok.End; k++ {
			covered[k] = true
		}
		prev = int(tok.End)
	}
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRuneInString(src[i:])
		if !covered[i] && !(IsSpace(r) && !(r == utf8.RuneError && w == 1)) {
			t.Fatalf("byte %d (%q) is not space and not in a token", i, src[i:i+w])
		}
		i += w
	}
	last := 0
	for i, s := range d.Sentences {
		if s.First != last || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) not contiguous after %d", i, s.First, s.Last, last)
		}
		if s.Start != int(d.Tokens[s.First].Start) || s.End != int(d.Tokens[s.Last-1].End) {
			t.Fatalf("sentence %d bytes [%d,%d) disagree with its tokens", i, s.Start, s.End)
		}
		last = s.Last
	}
	if last != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", last, len(d.Tokens))
	}
	last = 0
	for i, p := range d.Paragraphs {
		if p.First != last || p.Last <= p.First || p.Last > len(d.Sentences) {
			t.Fatalf("paragraph %d sentences [%d,%d) not contiguous", i, p.First, p.Last)
		}
		last = p.Last
	}
	if last != len(d.Sentences) {
		t.Fatalf("paragraphs cover %d of %d sentences", last, len(d.Sentences))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "a", "Ukraine’s “NATO” don't O'Reilly", "U.S. Dr. J. R. R. 1,000.5 3.5%",
		"https://x.y/z. a@b.cd @h #t", "\xff\xfe'\u00a0\u200b’90s rock ’n’ roll", "“a,” he said, “b.”\n\nC\nd",
		"...…!?—–-- ( [ ) ]", "'", "’s", "n't", "a.b.c.d.e.f", "www.", "http://", "@", "x@", "@y.z"} {
		f.Add(s)
	}
	f.Add(testshared.SeedArticle(f))
	f.Fuzz(func(t *testing.T, s string) { checkInvariants(t, s) })
}

func TestInvariantsOnLongInput(t *testing.T) {
	// Pathological repetition must stay linear and valid.
	for _, unit := range []string{"a.", "’", "U.S.", "x-", "1,", "@", "\n", "\xff", "a'b'", "www.a"} {
		checkInvariants(t, strings.Repeat(unit, 20000))
	}
}

func BenchmarkAnalyze(b *testing.B) {
	s := strings.Repeat(testshared.SeedArticle(b)+"\n\n", 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(s)
	}
}

func TestTokenizeLongRuns(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		newlines uint8
		tokens   int
		reason   string
	}{
		{"many line breaks", strings.Repeat("\n", 1000) + "a", 255, 1, "Newlines stops at 255, not wrapping around"},
		{"paragraph", "a\n\nb", 2, 2, "two line breaks before b"},
		{"dense", strings.Repeat(`"a" `, 100000), 0, 300000, "a dense text grows its token list past the first guess"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(nil, tc.src)
			if len(toks) != tc.tokens {
				t.Fatalf("%d tokens, want %d (%s)", len(toks), tc.tokens, tc.reason)
			}
			if got := toks[len(toks)-1].Newlines; got != tc.newlines {
				t.Errorf("last token's Newlines %d, want %d (%s)", got, tc.newlines, tc.reason)
			}
			if cap(toks) > len(toks)+len(toks)/4+64 && len(toks) > 1000 {
				t.Errorf("capacity %d for %d tokens: grown far past need (%s)", cap(toks), len(toks), tc.reason)
			}
		})
	}
}

func TestNameParticle(t *testing.T) {
	tests := []struct {
		name, reason, w string
		want            bool
	}{
		{"Portuguese", "da in Lula da Silva", "da", true},
		{"German pair", "von in von der Leyen", "von", true},
		{"Arabic", "bin in Mohammed bin Salman", "bin", true},
		{"Welsh", "ap (son of) in Mabon ap Gwynfor", "ap", true},
		{"capitalised", "Da at a sentence start is no particle inside a name", "Da", false},
		{"English word", "of joins organization names, not people's, so callers add it themselves", "of", false},
	}
	for _, tt := range tests {
		if got := NameParticle(tt.w); got != tt.want {
			t.Errorf("%s: NameParticle(%q) = %v, want %v (%s)", tt.name, tt.w, got, tt.want, tt.reason)
		}
	}
}

func TestMonthAndDayNames(t *testing.T) {
	tests := []struct {
		name, reason, w string
		month, day      bool
	}{
		{"month", "a month spelled out", "March", true, false},
		{"abbreviated month", "news abbreviates months with a full stop", "Sept.", true, false},
		{"day", "a day of the week", "Monday", false, true},
		{"lower case", "march is a verb", "march", false, false},
	}
	for _, tt := range tests {
		if got := MonthName(tt.w); got != tt.month {
			t.Errorf("%s: MonthName(%q) = %v (%s)", tt.name, tt.w, got, tt.reason)
		}
		if got := DayName(tt.w); got != tt.day {
			t.Errorf("%s: DayName(%q) = %v (%s)", tt.name, tt.w, got, tt.reason)
		}
	}
}

func TestHeadlineEnd(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             string // the headline; "" for none
	}{
		{"headline", "the first line is the headline", "Tinubu sacks chiefs\nPresident Bola Tinubu has…", "Tinubu sacks chiefs"},
		{"blank lines first", "white space before the first line of text is skipped", "\n\u00a0\n  Tinubu sacks chiefs\r\nBody", "Tinubu sacks chiefs\r"},
		{"one line", "a text of one line has no headline apart from its story", "Tinubu sacked the chiefs.", ""},
		{"empty", "an empty text has none", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if e := HeadlineEnd(tt.in); e >= 0 {
				got = strings.TrimLeftFunc(tt.in[:e], unicode.IsSpace)
			}
			if got != tt.want {
				t.Errorf("%s: headline %q, want %q", tt.reason, got, tt.want)
			}
		})
	}
}

// TestTextOutside checks that Text is total: the rules ask of the token before a name that
// opens the text and of the one after a name that closes it.
func TestTextOutside(t *testing.T) {
	d := Analyze("Abu Mazen spoke")
	for _, tc := range []struct {
		name, reason string
		i            int
		want         string
	}{
		{"first", "a token inside the text is its bytes", 0, "Abu"},
		{"last", "the last token", 2, "spoke"},
		{"before", "no token before the first: empty, no panic", -1, ""},
		{"after", "no token after the last: empty, no panic", 3, ""},
	} {
		if got := d.Text(tc.i); got != tc.want {
			t.Errorf("%s: Text(%d) = %q, want %q (%s)", tc.name, tc.i, got, tc.want, tc.reason)
		}
	}
}
