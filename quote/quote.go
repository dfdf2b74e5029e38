package quote

import "fmt"

// Kind says what a quoted passage is.
type Kind uint8

const (
	// Direct is a quotation attributed to a speaker: “We are satisfied,” Peskov said.
	Direct Kind = iota
	// Partial is a few quoted words inside a reported sentence: said Russia is “satisfied”.
	Partial
	// Scare is a quoted word or phrase nobody is said to have said: so-called “experts”.
	Scare
	// Title is the title of a work, or a name: the film “Jaws”.
	Title
	// Unattributed is a quotation whose speaker could not be found.
	Unattributed
)

var kindNames = [...]string{"direct", "partial", "scare", "title", "unattributed"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// HasSpeaker reports whether quotations of this kind are attributed to someone.
func (k Kind) HasSpeaker() bool { return k == Direct || k == Partial }

// CueClass says what kind of attribution a cue makes: something said, written, thought or
// shown by evidence. Someone counting sources wants Speech and Writing; PolNeAR counts all four.
type CueClass uint8

const (
	// Speech: "said", "told", "according to", "added".
	Speech CueClass = iota
	// Writing: "wrote", "tweeted", "said in a statement", "the newspaper reported".
	Writing
	// Thought: "believes", "expects", "fears", "wants".
	Thought
	// Evidence: "polls show", "records indicate", "a study found".
	Evidence
)

var cueClassNames = [...]string{"speech", "writing", "thought", "evidence"}

func (c CueClass) String() string {
	if int(c) < len(cueClassNames) {
		return cueClassNames[c]
	}
	return fmt.Sprintf("CueClass(%d)", uint8(c))
}

// MarshalText writes the class's name.
func (c CueClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Said reports whether the class is speech or writing: what someone said, as opposed to
// what someone thinks or what evidence shows.
func (c CueClass) Said() bool { return c == Speech || c == Writing }

// Rule names the rule that decided a record's speaker or kind, for debugging and filtering;
// its String is the name the JSON output gives ("name-cue-after", "model"). It is one byte, not
// a string: a long text of short quotations has millions of records.
type Rule uint8

// The rules of Quote records, in the order they are tried for each passage, then those of
// Reported records. NoRule is the zero Rule, whose name is empty.
const (
	NoRule                 Rule = iota
	RuleTranscriptLabel         // "SMITH: …" inside the quotation
	RuleMultiParagraph          // a paragraph of a quotation that runs on
	RuleTitle                   // the title of a work: no speaker
	RuleCueNameAfter            // “…,” said Peskov
	RuleAccordingTo             // “…,” according to Peskov / According to X, “…”
	RuleNameCueAfter            // “…,” Peskov said
	RuleNameCueBefore           // Peskov said (that / :) “…”
	RuleCueNameBefore           // Said Peskov: “…”
	RuleParticiple              // X said …, adding “…”
	RuleCueLater                // the “root causes” of the war, Peskov said.
	RuleClaimNoun               // Trump’s claim that there were “…”
	RuleColonSubject            // The piece used it as its headline: “…”
	RuleSameParagraph           // a further quotation in the paragraph of an attributed one
	RuleColonLeadIn             // Peskov said:\n\n“…”
	RuleHeadlineColon           // Peskov: ‘…’
	RuleHeadlineSubject         // Kremlin Rips ‘…’
	RuleParagraphContinues      // a paragraph that is a quotation continues the last speaker
	RuleNameCueNext             // “….” Peskov said.
	RuleDashName                // “…” ― Jane Doe
	RuleSentenceSubject         // Trump admires Putin as a “strong leader”
	RuleSubordinateSubject      // as Trump went on about “…,” Melanie said yes
	RuleScare                   // a short phrase, no speaker
	RuleNoSpeaker               // nothing in the text says who spoke
	RuleStageNote               // “(CROSSTALK)”: a bracketed note, no one's words
	RuleInsideDoubled           // ''… 'this' …'': nested in a quotation in doubled apostrophes
	RuleInterviewTurn           // Boric: No. We settled … (a transcript's turn, no marks)
	RuleModel                   // reported: what the attribution tagger found
	RuleReportedThat            // reported: Peskov noted that …
	RuleReportedAfter           // reported: …, he said.
	RuleReportedAccording       // reported: according to Peskov, …
	RulePartialLead             // reported: called Trump a “con artist” (the words before a partial quotation)
)

var ruleNames = [...]string{"", "transcript-label", "multi-paragraph", "title", "cue-name-after",
	"according-to", "name-cue-after", "name-cue-before", "cue-name-before", "participle",
	"cue-later", "claim-noun", "colon-subject", "same-paragraph", "colon-lead-in",
	"headline-colon", "headline-subject", "paragraph-continues", "name-cue-next", "dash-name",
	"sentence-subject", "subordinate-subject", "scare", "no-speaker", "stage-note",
	"inside-doubled", "interview-turn", "model", "reported-that", "reported-after",
	"reported-according", "partial-lead"}

func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// MarshalText writes the rule's name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Attribution says who said something and where the article says so. Its spans are byte
// offsets into the article; the text they hold is article[SpeakerStart:SpeakerEnd] and
// article[CueStart:CueEnd] (not copied here: a long document can hold millions of records).
type Attribution struct {
	// Speaker is the resolved name ("Dmitry Peskov"), or the mention's text when it resolves
	// to no entity ("the newspaper"); empty when there is no speaker.
	Speaker string
	// SpeakerStart and SpeakerEnd locate the mention the attribution rests on (the "He" of
	// "He claimed"); both -1 when there is none.
	SpeakerStart, SpeakerEnd int
	// Entity is the index of the speaker's entity in the document's entities, or -1.
	Entity int

	// CueStart and CueEnd locate the cue, the reporting verb ("said", "noted", "adding",
	// "according to"); both -1 when there is none.
	CueStart, CueEnd int

	// Continues is true when the speaker carries over from an earlier attribution: the
	// passage has no speaker or cue of its own in its sentence or paragraph (“…,” she said.
	// “More.” — the second part; a paragraph that is only a quotation).
	Continues bool
	// CueClass is what kind of attribution the cue makes (speech without a cue).
	CueClass CueClass
}

// Quote is one quoted passage: the text between one pair of marks, article[Start:End]. A
// quotation split by its attribution (“X,” he said, “Y.”) or running over several paragraphs
// is several Quotes that share a Group.
type Quote struct {
	Start, End int // the words between the marks, as byte offsets into the article
	Attribution

	// Group is shared by the parts of one quotation.
	Group int
	// Confidence is the rule's confidence in the attribution, from 0 to 1.
	Confidence float32
	// Kind is what the passage is, and Rule the rule that chose the speaker or the kind. (They
	// come last, beside Confidence, so that a Quote packs into fewer bytes.)
	Kind Kind
	Rule Rule
}

// Reported is reported (indirect) speech: a clause the article says someone said, without
// quotation marks ("Peskov noted that Moscow had heard …", "…, he said."), article[Start:End].
// It is kept apart from Quote: the words are the writer's, not the speaker's.
type Reported struct {
	Start, End int // the reported content, without the cue, as byte offsets into the article
	Attribution
	Rule Rule // RuleModel (the attribution tagger), RuleReportedThat, RuleReportedAfter, RuleReportedAccording or RulePartialLead
}
