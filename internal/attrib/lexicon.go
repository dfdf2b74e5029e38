package attrib

import (
	"strings"

	"github.com/newsextract/newsextract/internal/text"
)

// cueForm says how a reporting verb is inflected, because a participle ("adding", "according")
// takes its subject from the clause it hangs on rather than from the words just before it.
type cueForm uint8

const (
	cueFinite     cueForm = iota // said, says, say, told, adds
	cueParticiple                // adding, saying, noting
	cueAccording                 // "according to X"
)

// reportingVerbs lists verbs that introduce speech or writing, by lemma. Every inflected form is
// generated below (regular forms plus the irregular ones written out), so the table stays
// readable. The list follows the usual style-guide lists of reporting verbs and the verbs
// attribution corpora (PARC, PolNeAR) mark as cues; it leaves out verbs of belief (think,
// believe), which report opinions rather than words.
var reportingVerbs = `
say tell add note claim state emphasize emphasise stress insist argue explain warn declare
announce assert acknowledge admit ask answer reply respond remark comment observe suggest write
tweet post report recall continue conclude confirm deny contend maintain mention predict promise
vow pledge threaten urge complain lament boast joke quip scoff shout yell scream cry whisper
murmur mutter sing chant testify concede agree counter retort rebut reiterate repeat recount
reveal disclose allege accuse charge criticize criticise blast slam praise hail opine reason muse
wonder demand plead beg assure reassure caution advise recommend propose estimate forecast speak
talk inform brief elaborate clarify underline underscore signal indicate express voice proclaim
profess speculate theorize theorise interject interrupt begin exclaim groan sigh snap bark gush
rave rant fume grumble protest object pronounce describe label dub brand call term characterize
characterise rail decry denounce condemn lambaste tout trumpet applaud welcome thank apologize
apologise confide confess divulge relate narrate recite quote cite read summarize summarise
highlight point affirm reaffirm attest certify swear guarantee hint imply mock tease taunt scold
chide rebuke reprimand lecture preach pray inquire enquire query question challenge dispute doubt
concur echo second aver avow rule rate specify reference
`

// irregularCues lists the forms of reporting verbs that regularForms does not make: lemma ->
// every form.
var irregularCues = map[string][]string{
	"say":      {"said", "says", "saying"},
	"tell":     {"told", "tells", "telling"},
	"write":    {"wrote", "written", "writes", "writing"},
	"speak":    {"spoke", "spoken", "speaks", "speaking"},
	"begin":    {"began", "begun", "begins", "beginning"},
	"swear":    {"swore", "sworn", "swears", "swearing"},
	"read":     {"reads", "reading"},
	"sing":     {"sang", "sung", "sings", "singing"},
	"snap":     {"snapped", "snaps", "snapping"},
	"bark":     {"barked", "barks", "barking"},
	"quip":     {"quipped", "quips", "quipping"},
	"admit":    {"admitted", "admits", "admitting"},
	"rebut":    {"rebutted", "rebuts", "rebutting"},
	"aver":     {"averred", "avers", "averring"},
	"concur":   {"concurred", "concurs", "concurring"},
	"plead":    {"pleaded", "pled", "pleads", "pleading"},
	"echo":     {"echoed", "echoes", "echoing"},
	"forecast": {"forecast", "forecasts", "forecasting"},
	"slam":     {"slammed", "slams", "slamming"},
	"label":    {"labeled", "labelled", "labels", "labeling", "labelling"},
	"signal":   {"signaled", "signalled", "signals", "signaling", "signalling"},
	"beg":      {"begged", "begs", "begging"},
}

// cueNeedsObject lists cues that report speech only in a pattern with a quotation right next to
// them ("called it “a disgrace”"), since alone they are too often something else ("called a
// meeting", "points to", "reads a book"): they count only when the quotation follows within a
// few words.
var cueNeedsObject = map[string]bool{
	"call": true, "describe": true, "label": true, "dub": true, "brand": true, "term": true,
	"characterize": true, "characterise": true, "point": true, "read": true, "begin": true,
	"continue": true, "express": true, "voice": true, "quote": true, "cite": true, "post": true,
	"question": true, "challenge": true, "welcome": true, "thank": true, "praise": true,
	"hail": true, "echo": true, "second": true, "talk": true, "speak": true, "signal": true,
	"indicate": true, "doubt": true, "dispute": true, "highlight": true, "underline": true,
	"underscore": true, "applaud": true, "tout": true, "trumpet": true, "summarize": true,
	"summarise": true, "mock": true, "tease": true, "taunt": true, "pray": true, "preach": true,
	"lecture": true, "sigh": true, "groan": true, "protest": true, "object": true,
	"pronounce": true, "reason": true, "brief": true, "inform": true, "relate": true,
	"answer": true, "charge": true, "accuse": true, "criticize": true, "criticise": true,
	"blast": true, "slam": true, "rail": true, "decry": true, "denounce": true, "condemn": true,
	"lambaste": true, "scold": true, "chide": true, "rebuke": true, "reprimand": true,
	"estimate": true, "predict": true, "reference": true, "specify": true, "forecast": true, "wonder": true,
}

// cueInfo describes one word form of a reporting verb.
type cueInfo struct {
	lemma string
	form  cueForm
	weak  bool // in cueNeedsObject
}

// cues maps each form of each reporting verb (and "according") to its lemma and form.
var cues = buildCues()

func buildCues() map[string]cueInfo {
	cues := map[string]cueInfo{}
	add := func(w, lemma string, form cueForm) {
		if _, ok := cues[w]; ok {
			return
		}
		cues[w] = cueInfo{lemma: lemma, form: form, weak: cueNeedsObject[lemma]}
	}
	for _, lemma := range strings.Fields(reportingVerbs) {
		add(lemma, lemma, cueFinite)
		if forms, ok := irregularCues[lemma]; ok {
			for _, f := range forms {
				if strings.HasSuffix(f, "ing") {
					add(f, lemma, cueParticiple)
				} else {
					add(f, lemma, cueFinite)
				}
			}
			continue
		}
		for _, f := range regularForms(lemma) {
			if strings.HasSuffix(f, "ing") {
				add(f, lemma, cueParticiple)
			} else {
				add(f, lemma, cueFinite)
			}
		}
	}
	cues["according"] = cueInfo{lemma: "according", form: cueAccording}
	return cues
}

// regularForms returns the -s, -ed and -ing forms of a regular English verb.
func regularForms(v string) []string {
	n := len(v)
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "e"):
		s, ed, ing = v+"s", v+"d", v[:n-1]+"ing"
	case strings.HasSuffix(v, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		s, ed, ing = v[:n-1]+"ies", v[:n-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		s, ed, ing = v+"es", v+"ed", v+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	return []string{s, ed, ing}
}

// subjectPronouns can be the subject of a reporting verb. The gender column lets a pronoun pick
// its antecedent: 'm' he, 'f' she, 'p' a person of either gender (I, we, you: first and second
// person refer to the speaker in the text around them), 'o' an organization or group (it, they).
var subjectPronouns = map[string]byte{
	"he": 'm', "she": 'f', "i": 'p', "we": 'o', "you": 'p', "they": 'o', "it": 'o',
}

// IsPronoun reports whether the word is a pronoun that can speak ("He claimed", "they said"),
// in any case, so that a caller can list such a speaker under its entity.
func IsPronoun(word string) bool {
	_, ok := subjectPronouns[strings.ToLower(word)]
	return ok
}

// roleNouns head descriptions that can say something: "the spokesperson", "a senior official",
// "the newspaper". A description headed by another noun still counts when it starts with a
// determiner, but a role noun counts without one ("officials said", "sources said").
var roleNouns = text.WordSet(`
spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen official officials minister
ministers secretary president vice-president chairman chairwoman chair director executive
executives chief ceo cfo founder leader leaders lawmaker lawmakers senator senators representative
congressman congresswoman governor mayor ambassador diplomat diplomats envoy general commander
officer officers police prosecutor prosecutors judge lawyer lawyers attorney attorneys source
sources analyst analysts expert experts economist economists scientist scientists researcher
researchers professor doctor doctors witness witnesses resident residents aide aides adviser advisers
advisor advisors spokespeople people person man woman men women manager managers candidate
candidates nominee campaign newspaper paper magazine agency report reports statement study survey
poll website site network channel broadcaster outlet publication journal daily tabloid ministry
department office committee council government administration authorities court company firm
group organization organisation groups organizations organisations union party team coach player players fan fans critic critics
supporter supporters opponent opponents activist activists protester protesters voter voters
member members host anchor reporter reporters correspondent journalist journalists editor author
writer narrator questioner moderator caller listener viewer user users staffer staffers
worker workers employee employees student students teacher parent parents mother father son
daughter wife husband brother sister friend friends neighbor neighbours neighbors owner owners
victim victims survivor survivors pastor priest bishop pope king queen prince princess premier
chancellor commissioner inspector sheriff deputy trooper soldier soldiers veteran veterans
businessman businesswoman billionaire investor investors banker bankers strategist strategists
pollster pollsters consultant consultants operative operatives insider insiders observer observers
commentator commentators columnist columnists blogger bloggers tweet post article piece story
editorial op-ed memo letter document documents filing complaint lawsuit indictment ruling
release announcement email emails message messages ad video
`)

// determiners open a description: "the newspaper", "a senior official", "his lawyer".
var determiners = text.WordSet(`the a an this that these those his her their its our my your one another
some several many two three four five both each every no any`)

// nameStops are capitalized words that start sentences or headlines but are never part of a
// speaker's name.
var nameStops = text.WordSet(`but and or so yet nor for in on at by to of from with without into as if
when while after before because since though although until unless then now meanwhile however
still also later earlier today yesterday tonight tomorrow instead indeed thus hence here there
where what who whom whose which why how this that these those it its he she they we i you his her
their our my your a an the not no yes never always often sometimes some many most all any each
every both either neither another several one two three four five six seven eight nine ten first last next just
only even said says say told tells asked adds added according noted notes wrote writes
during among amid amidst despite following under over through within across about against
between like per via upon toward towards around near outside inside beyond throughout regarding
concerning whether speaking writing
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december is are was were be been will would could should
can might must do does did has have had`)

// titleWords are abbreviated or spelled-out titles before a name, dropped from the resolved
// speaker name ("Rep. G.K. Butterfield" -> "G.K. Butterfield") but kept in the mention.
var titleWords = text.WordSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. rep rep. sen sen. gov gov. gen gen.
col col. lt lt. sgt sgt. capt capt. rev rev. hon hon. sir dame lord lady president senator
governor representative congressman congresswoman mayor judge justice minister secretary
chancellor premier pope king queen prince princess sheikh rabbi father sister brother general
admiral colonel captain lieutenant sergeant officer detective chief`)

// skipBetween are words that can stand between a subject and its reporting verb or between the
// verb and a quotation: auxiliaries, negation and common adverbs ("has repeatedly said",
// "later told").
var skipBetween = text.WordSet(`has have had is was were are be been will would could should can may
might must did does do also later then once again previously recently earlier further still
reportedly allegedly publicly privately openly frankly simply just never not n't already often
always repeatedly first finally subsequently last yesterday today tonight long now even ever`)

// titleCues precede the title of a work: "the film “Arrival”", "an episode of “The Show”".
var titleCues = text.WordSet(`titled entitled film films movie movies book books novel novels song songs
album albums show shows series documentary play musical episode episodes program programme
broadcast broadcasts column columns article articles headline headlines essay essays poem poems
painting exhibition opera magazine newspaper podcast segment hit single track report dubbed named
called slogan hashtag campaign clip clips trailer`)

// claimNouns head a noun phrase that carries a quotation: "Trump’s claim that there were
// “thousands”", "her statement that …".
var claimNouns = text.WordSet(`claim claims statement statements remark remarks comment comments words
assertion assertions promise promises pledge pledges warning warnings tweet tweets message
messages description characterization suggestion suggestions argument arguments accusation
accusations charge charges vow vows insistence boast boasts admission response reply answer
prediction predictions call calls criticism criticisms`)
