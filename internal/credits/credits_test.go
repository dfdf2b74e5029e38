package credits

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsextract/newsextract/entity"
	"github.com/newsextract/newsextract/internal/text"
)

// got is a credit as text, for readable cases.
type got struct {
	Role, Text, Person, Org string
}

// tagged gives the tagger's view of a name: (text, type), found in order.
type tagged struct {
	Text string
	Type entity.Type
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, reason string
		src          string
		names        []tagged
		want         []got
	}{
		{
			name:   "byline",
			reason: "a line of a name after By is the author (issue 10)",
			src:    "Fire closes avenue\nBy Jane Roe\nCrews closed the avenue.",
			names:  []tagged{{"Jane Roe", entity.Person}},
			want:   []got{{"author", "By Jane Roe", "Jane Roe", ""}},
		},
		{
			name:   "two authors in capitals with their agency",
			reason: "ALL-CAPS names need no tagger; the agency after the comma is the organization (issue 10)",
			src:    "By JANE ROE and TOM HALE, Associated Press\nCrews closed the avenue.",
			names:  []tagged{{"TOM HALE", entity.Person}, {"Associated Press", entity.Org}},
			want: []got{
				{"author", "By JANE ROE and TOM HALE, Associated Press", "JANE ROE", "Associated Press"},
				{"author", "By JANE ROE and TOM HALE, Associated Press", "TOM HALE", "Associated Press"},
			},
		},
		{
			name:   "byline with the place it was written at",
			reason: "\"at Monza\" after the name says where the reporter filed from: the line is still a byline",
			src:    "Leclerc wins at Monza\nBy Giles Richards at Monza\nCharles Leclerc won.",
			names:  []tagged{{"Giles Richards", entity.Person}, {"Monza", entity.Place}, {"Charles Leclerc", entity.Person}},
			want:   []got{{"author", "By Giles Richards at Monza", "Giles Richards", ""}},
		},
		{
			name:   "live blog byline with shifts",
			reason: "a live blog marks who writes now and who wrote earlier in brackets after each name; the writer introducing herself in the blog is a credit too, another name after I'm is not",
			src:    "War live\nBy Dan Sabbagh (now) and Léonie Chao-Fong (earlier)\n\nPeskov spoke.\n\nI’m Léonie Chao-Fong and I’ll be bringing you the news. “I'm Tom Hale, and I saw it,” a man said.",
			names:  []tagged{{"Dan Sabbagh", entity.Person}, {"Léonie Chao-Fong", entity.Person}, {"Peskov", entity.Person}, {"Léonie Chao-Fong", entity.Person}, {"Tom Hale", entity.Person}},
			want: []got{
				{"author", "By Dan Sabbagh (now) and Léonie Chao-Fong (earlier)", "Dan Sabbagh", ""},
				{"author", "By Dan Sabbagh (now) and Léonie Chao-Fong (earlier)", "Léonie Chao-Fong", ""},
				{"author", "I’m Léonie Chao-Fong", "Léonie Chao-Fong", ""},
			},
		},
		{
			name:   "agency and photographer closing a caption in brackets",
			reason: "REUTERS/Issei Kato ends the bracketed caption: the bracket ends the credit as a line end would",
			src:    "Ishiba stays\n\n[Photo: Shigeru Ishiba bows in Tokyo. REUTERS/Issei Kato]\n\nHe spoke.",
			names:  []tagged{{"Shigeru Ishiba", entity.Person}, {"Tokyo", entity.Place}, {"REUTERS", entity.Org}, {"Issei Kato", entity.Person}},
			want:   []got{{"photographer", "REUTERS/Issei Kato", "Issei Kato", "REUTERS"}},
		},
		{
			name:   "editor line under a story",
			reason: "Editor: and a name on its own line credits the editor; Editor's note is no credit",
			src:    "Sea study\n\nThe sea is slow.\n\nEditor's note: updated.\n\nEditor: Marcus Turovski",
			names:  []tagged{{"Marcus Turovski", entity.Person}},
			want:   []got{{"editor", "Editor: Marcus Turovski", "Marcus Turovski", ""}},
		},
		{
			name:   "byline with two particles",
			reason: "\"van der\" stands inside a Dutch name: the whole name is the author's",
			src:    "OPINION\n\nBy Marco van der Berg\n\nI met him once.",
			names:  []tagged{{"Marco van der Berg", entity.Person}},
			want:   []got{{"author", "By Marco van der Berg", "Marco van der Berg", ""}},
		},
		{
			name:   "tag line with a joined Arabic article",
			reason: "\"al-Mughrabi\" is one word of the name, the particle joined to it by a hyphen",
			src:    "The talks stalled.\n(Reporting by Aziz El Yaakoubi and Nidal al-Mughrabi; Editing by Alison Williams)",
			names:  []tagged{{"Aziz El Yaakoubi", entity.Person}, {"Nidal al-Mughrabi", entity.Person}, {"Alison Williams", entity.Person}},
			want: []got{
				{"contributor", "Reporting by Aziz El Yaakoubi and Nidal al-Mughrabi", "Aziz El Yaakoubi", ""},
				{"contributor", "Reporting by Aziz El Yaakoubi and Nidal al-Mughrabi", "Nidal al-Mughrabi", ""},
				{"editor", "Editing by Alison Williams", "Alison Williams", ""},
			},
		},
		{
			name:   "byline with an address",
			reason: "an email or a handle after the name on a byline's line is the writer's address, no part of the credit",
			src:    "Clerk sentenced\nBy Marcus Webb | mwebb@daytondaily.com\nNov 18, 2026\n\nA clerk was sentenced.\n\nBy Ana Ruiz @anaruiz\n\nMore.",
			names:  []tagged{{"Marcus Webb", entity.Person}, {"Ana Ruiz", entity.Person}},
			want:   []got{{"author", "By Marcus Webb", "Marcus Webb", ""}, {"author", "By Ana Ruiz", "Ana Ruiz", ""}},
		},
		{
			name:   "archive and distributed pictures closing a caption",
			reason: "a File Photo tail and a via tail may end a credit inside a caption's brackets; a national agency the list lacks is the side without a given name",
			src:    "[Photo: Saad al-Kaabi speaks in Doha. REUTERS/Imad Creidi/File Photo]\n[Photo: Protesters in Copenhagen. Ritzau Scanpix/Ida Marie Odgaard via REUTERS]\nCyclists wait. Ida Marie Odgaard/Ritzau Scanpix via Reuters\nThe deal was signed.",
			names: []tagged{{"Saad al-Kaabi", entity.Person}, {"Doha", entity.Place}, {"REUTERS", entity.Org}, {"Imad Creidi", entity.Person}, {"Copenhagen", entity.Place},
				{"Ritzau Scanpix", entity.Org}, {"Ida Marie Odgaard", entity.Person}, {"REUTERS", entity.Org}, {"Ida Marie Odgaard", entity.Person}, {"Ritzau Scanpix", entity.Org}, {"Reuters", entity.Org}},
			want: []got{
				{"photographer", "REUTERS/Imad Creidi/File Photo", "Imad Creidi", "REUTERS"},
				{"photographer", "Ritzau Scanpix/Ida Marie Odgaard via REUTERS", "Ida Marie Odgaard", "Ritzau Scanpix"},
				{"photographer", "Ida Marie Odgaard/Ritzau Scanpix via Reuters", "Ida Marie Odgaard", "Ritzau Scanpix"},
			},
		},
		{
			name:   "byline with the city it was filed from after a dash",
			reason: "a place after a dash ends the byline line, as \"at Monza\" does; a person after a dash is no place",
			src:    "Profits rise\nBy Hamza Guessous — Casablanca\nUpdated 24 February\n\nProfits rose.\n\nBy Jane Roe — Tom Hale\nHe left.",
			names:  []tagged{{"Hamza Guessous", entity.Person}, {"Casablanca", entity.Org}, {"Jane Roe", entity.Person}, {"Tom Hale", entity.Person}},
			want:   []got{{"author", "By Hamza Guessous — Casablanca", "Hamza Guessous", ""}},
		},
		{
			name:   "copyright and agency credits that end a caption in brackets",
			reason: "the caption's closing bracket ends the credit line; a newspaper's name after the slash credits its own photographer",
			src:    "[Photo: The mine at Khouribga. © Fadel Senna / AFP]\n[Caption: Relatives protest in Tunis. REUTERS/Jihed Abidellaoui]\n[Photo: Cyclists near Spadina Avenue. Steve Russell/Toronto Star]\nThe council voted.",
			names: []tagged{{"Khouribga", entity.Place}, {"Fadel Senna", entity.Person}, {"AFP", entity.Org}, {"Tunis", entity.Place}, {"REUTERS", entity.Org},
				{"Jihed Abidellaoui", entity.Person}, {"Spadina Avenue", entity.Place}, {"Steve Russell", entity.Person}, {"Toronto Star", entity.Org}},
			want: []got{
				{"photographer", "© Fadel Senna / AFP", "Fadel Senna", "AFP"},
				{"photographer", "REUTERS/Jihed Abidellaoui", "Jihed Abidellaoui", "REUTERS"},
				{"photographer", "Steve Russell/Toronto Star", "Steve Russell", "Toronto Star"},
			},
		},
		{
			name:   "author's note under the byline",
			reason: "an opinion page's line under the byline that opens with the author's surname and says she is a journalist is the author's note; a note about someone else is not",
			src:    "Opinion | Waiting\nBy Golnar Motevalli\nMs. Motevalli is a journalist who covered Iran for a decade.\nJan. 9, 2026\n\nMr. Araghchi is a diplomat who writes.",
			names:  []tagged{{"Golnar Motevalli", entity.Person}, {"Motevalli", entity.Person}, {"Araghchi", entity.Person}},
			want: []got{
				{"author", "By Golnar Motevalli", "Golnar Motevalli", ""},
				{"author", "Ms. Motevalli is a journalist who covered Iran for a decade.", "Motevalli", ""},
			},
		},
		{
			name:   "byline with the paper on the next line",
			reason: "a newspaper's name alone on the line under the byline is the author's paper, not a person of the story",
			src:    "New jail approved\nBy Laura A. Bischoff\nColumbus Dispatch\n\nCommissioners voted on Tuesday.",
			names:  []tagged{{"Laura A. Bischoff", entity.Person}, {"Columbus Dispatch", entity.Person}},
			want:   []got{{"author", "By Laura A. Bischoff\nColumbus Dispatch", "Laura A. Bischoff", "Columbus Dispatch"}},
		},
		{
			name:   "byline with a job title",
			reason: "\"Staff Writer\" after the comma is the author's title, no second author",
			src:    "By Tom Reyes, Staff Writer\nThe council voted.",
			names:  []tagged{{"Tom Reyes", entity.Person}, {"Staff Writer", entity.Person}},
			want:   []got{{"author", "By Tom Reyes, Staff Writer", "Tom Reyes", ""}},
		},
		{
			name:   "author's address at the end",
			reason: "\"can be reached at\" closing the story gives the author's address: the author is credited, not a person of the story",
			src:    "The council voted.\n\nTom Reyes can be reached at treyes@example.com.",
			names:  []tagged{{"Tom Reyes", entity.Person}},
			want:   []got{{"author", "Tom Reyes can be reached at treyes@example.com.", "Tom Reyes", ""}},
		},
		{
			name:   "byline of a newspaper",
			reason: "\"of The Washington Post\": the paper is the organization, without its The",
			src:    "By Jane Roe of The Washington Post\nText.",
			want:   []got{{"author", "By Jane Roe of The Washington Post", "Jane Roe", "Washington Post"}},
		},
		{
			name:   "byline with a date",
			reason: "a date or time after the names on the byline's line is no name",
			src:    "By Jane Roe and Tom Hale | Updated March 3, 2024 10:04 AM\nText.",
			want: []got{
				{"author", "By Jane Roe and Tom Hale", "Jane Roe", ""},
				{"author", "By Jane Roe and Tom Hale", "Tom Hale", ""},
			},
		},
		{
			name:   "byline with a month",
			reason: "\"March 3\" is a date, \"June Smith\" a name",
			src:    "By June Smith, Reuters, March 3, 2024\nText.",
			names:  []tagged{{"June Smith", entity.Person}, {"Reuters", entity.Org}},
			want:   []got{{"author", "By June Smith, Reuters", "June Smith", "Reuters"}},
		},
		{
			name:   "by and a number in a sentence",
			reason: "\"By 2030 the city ...\": no name before the number",
			src:    "By 2030 the city will grow.\nBy Friday 5 people had left.",
		},
		{
			name:   "by in a sentence",
			reason: "\"By the close Yorkshire had ...\" is no byline: lower-case words follow",
			src:    "By the close Yorkshire had 200.\nBy Monday morning, the ritual had begun.",
			names:  []tagged{{"Yorkshire", entity.Org}},
		},
		{
			name:   "headline in capitals",
			reason: "\"BY THE NUMBERS\" holds stop words, not names",
			src:    "BY THE NUMBERS\nText.",
		},
		{
			name:   "photo credit in brackets",
			reason: "photographer / agency (issue 10)",
			src:    "Crews at work. (Photo: Maria Lopez/Reuters)",
			names:  []tagged{{"Maria Lopez", entity.Person}, {"Reuters", entity.Org}},
			want:   []got{{"photographer", "(Photo: Maria Lopez/Reuters)", "Maria Lopez", "Reuters"}},
		},
		{
			name:   "photo credit without brackets and without tagger",
			reason: "the gazetteer knows Getty Images; the name before the slash is the photographer (issue 10)",
			src:    "Photo: Darian Vale/Getty Images\nCrews closed the avenue.",
			want:   []got{{"photographer", "Photo: Darian Vale/Getty Images", "Darian Vale", "Getty Images"}},
		},
		{
			name:   "source",
			reason: "the sample article's caption credit: an organization, no person (issue 10)",
			src:    "Vladimir Putin and Dmitry Peskov in Moscow on June 15, 2017. (Source: Getty Images)\n\nKremlin spokesperson said.",
			names:  []tagged{{"Vladimir Putin", entity.Person}, {"Dmitry Peskov", entity.Person}, {"Moscow", entity.Place}, {"Getty Images", entity.Org}, {"Kremlin", entity.Org}},
			want:   []got{{"source", "(Source: Getty Images)", "", "Getty Images"}},
		},
		{
			name:   "image credit after a caption",
			reason: "Wikinews captions end in \"Image: NAME.\"; a user name alone is a person",
			src:    "Formica fusca, from file. Image: Mathias Krumbholz.\n\nNick Bos studies ants.",
			names:  []tagged{{"Mathias Krumbholz", entity.Person}, {"Nick Bos", entity.Person}},
			want:   []got{{"photographer", "Image: Mathias Krumbholz", "Mathias Krumbholz", ""}},
		},
		{
			name:   "image credit of an agency",
			reason: "an initialism alone is an organization",
			src:    "The spacecraft Stardust Image: NASA\nStardust is a probe.",
			want:   []got{{"photographer", "Image: NASA", "", "NASA"}},
		},
		{
			name:   "video credit of two",
			reason: "Video: names joined by & are two people",
			src:    "Students in Indiana. Video: Miharris & Acphillips.\n",
			want: []got{
				{"videographer", "Video: Miharris & Acphillips", "Miharris", ""},
				{"videographer", "Video: Miharris & Acphillips", "Acphillips", ""},
			},
		},
		{
			name:   "agency photo",
			reason: "\"AP Photo/Evan Vucci\": agency before the label, photographer after",
			src:    "The president speaks. (AP Photo/Evan Vucci)",
			want:   []got{{"photographer", "(AP Photo/Evan Vucci)", "Evan Vucci", "AP"}},
		},
		{
			name:   "agency slash without a label",
			reason: "a wire picture's credit: agency in capitals, slash, photographer, ending the caption",
			src:    "The president speaks in Ohio. REUTERS/Kevin Lamarque\nThe speech ran long.",
			names:  []tagged{{"Ohio", entity.Place}},
			want:   []got{{"photographer", "REUTERS/Kevin Lamarque", "Kevin Lamarque", "REUTERS"}},
		},
		{
			name:   "photographer slash agency in brackets",
			reason: "\"(Maria Lopez/AFP)\" after a caption",
			src:    "Crews at work (Maria Lopez/AFP)",
			want:   []got{{"photographer", "(Maria Lopez/AFP)", "Maria Lopez", "AFP"}},
		},
		{
			name:   "photographer slash agency via agency",
			reason: "\"(Jose Jordan/AFP via Getty Images)\": the credit runs to the bracket past the second agency",
			src:    "Moreno celebrates his winner. (Jose Jordan/AFP via Getty Images)",
			want:   []got{{"photographer", "(Jose Jordan/AFP via Getty Images)", "Jose Jordan", "AFP"}},
		},
		{
			name:   "photographer slash national agency",
			reason: "the German and British national agencies credit as AFP does: \"(Michael Kappeler/dpa)\"",
			src:    "Merz arrives for talks in Berlin. (Michael Kappeler/dpa)",
			want:   []got{{"photographer", "(Michael Kappeler/dpa)", "Michael Kappeler", "dpa"}},
		},
		{
			name:   "slash in prose",
			reason: "\"the Reuters/Ipsos poll\" runs on: no credit",
			src:    "A Reuters/Ipsos poll found support. Smith/Jones Partners agreed.",
		},
		{
			name:   "label before prose",
			reason: "\"Source: a senior official said\" is no credit: lower-case words follow",
			src:    "Source: a senior official said so.\nVideo: FULL SPEECH: President Obama Speech at Rally",
		},
		{
			name:   "et al.",
			reason: "\"Image: Daily et al.\" is a citation, not a list of names",
			src:    "The anatomy. Image: Daily et al.\n",
		},
		{
			name:   "wire writer contributed",
			reason: "agency, role noun, reporter, place: the reporter is credited, the place is not (issue 10)",
			src:    "The fire spread.\nAssociated Press writer Tom Hale in Chicago contributed to this report.",
			names:  []tagged{{"Associated Press", entity.Org}, {"Tom Hale", entity.Person}, {"Chicago", entity.Place}},
			want:   []got{{"contributor", "Associated Press writer Tom Hale in Chicago contributed to this report.", "Tom Hale", "Associated Press"}},
		},
		{
			name:   "sign-off without by",
			reason: "a name and where it was filed, alone on a line above the date line, is the byline; the follow line names the author too",
			src:    "Spain records hottest June\n\nSam Jones in Madrid\nWed 2 Jul 2025 11.05 BST\n\nSpain has recorded its hottest June.\n\nFollow Sam Jones on X: @swajones",
			names:  []tagged{{"Spain", entity.Place}, {"Sam Jones", entity.Person}, {"Madrid", entity.Place}, {"Spain", entity.Place}, {"Sam Jones", entity.Person}},
			want:   []got{{"author", "Sam Jones in Madrid", "Sam Jones", ""}, {"author", "Follow Sam Jones on X: @swajones", "Sam Jones", ""}},
		},
		{
			name:   "name and place in the story",
			reason: "a sentence about a person in a place, with no date line after it, is no byline",
			src:    "Protests spread\n\nMaria Lopez in Caracas\nsaid the crowds were growing.",
			names:  []tagged{{"Maria Lopez", entity.Person}, {"Caracas", entity.Place}},
		},
		{
			name:   "media contact",
			reason: "the press contact under a press release is credited, not one of the story's people",
			src:    "Acme raised $50 million.\n\nMedia Contact:\nJordan Blake\npress@acme.example",
			names:  []tagged{{"Acme", entity.Org}, {"Jordan Blake", entity.Person}},
			want:   []got{{"contact", "Media Contact:\nJordan Blake", "Jordan Blake", ""}},
		},
		{
			name:   "with reports from",
			reason: "a closing line \"With reports from\" credits the reporter; the name after the slash is the agency",
			src:    "The protests went on.\n\nWith reports from Jairo Bolledo/Rappler",
			names:  []tagged{{"Jairo Bolledo", entity.Person}, {"Rappler", entity.Person}},
			want:   []got{{"contributor", "With reports from Jairo Bolledo/Rappler", "Jairo Bolledo", "Rappler"}},
		},
		{
			name:   "capitalised writer title",
			reason: "\"AP Business Writer\" is the agency and the writer's title; only Kelvin Chan is the contributor",
			src:    "The shares fell.\nAP Business Writer Kelvin Chan in London contributed to this report.",
			names:  []tagged{{"AP", entity.Org}, {"Kelvin Chan", entity.Person}, {"London", entity.Place}},
			want:   []got{{"contributor", "AP Business Writer Kelvin Chan in London contributed to this report.", "Kelvin Chan", "AP"}},
		},
		{
			name:   "staff after agency",
			reason: "\"Reuters staff\" names the agency, not a person",
			src:    "The talks ended.\nReporting by Reuters staff; Editing by Jane Doe",
			names:  []tagged{{"Reuters", entity.Org}, {"Jane Doe", entity.Person}},
			want:   []got{{"contributor", "Reporting by Reuters staff", "", "Reuters"}, {"editor", "Editing by Jane Doe", "Jane Doe", ""}},
		},
		{
			name:   "contributed reporting",
			reason: "a name and \"contributed reporting\" (issue 10)",
			src:    "The fire spread. Dan Ortiz contributed reporting.",
			names:  []tagged{{"Dan Ortiz", entity.Person}},
			want:   []got{{"contributor", "Dan Ortiz contributed reporting.", "Dan Ortiz", ""}},
		},
		{
			name:   "reported from",
			reason: "AP's closing line: a reporter and the place reported from, alone on its line",
			src:    "The talks ended.\n\nAbby Sewell reported from Beirut.",
			names:  []tagged{{"Abby Sewell", entity.Person}, {"Beirut", entity.Place}},
			want:   []got{{"contributor", "Abby Sewell reported from Beirut.", "Abby Sewell", ""}},
		},
		{
			name:   "reported from in a story",
			reason: "a story's sentence that goes on after the place is no credit",
			src:    "Tom Hale reported from Kyiv that the talks had failed.",
			names:  []tagged{{"Tom Hale", entity.Person}, {"Kyiv", entity.Place}},
		},
		{
			name:   "reported from inside a line",
			reason: "a reporter named mid-paragraph is part of the story",
			src:    "The agency's man said so. Tom Hale reported from Kyiv.",
			names:  []tagged{{"Tom Hale", entity.Person}, {"Kyiv", entity.Place}},
		},
		{
			name:   "contributing label",
			reason: "USA Today's closing line names contributors after a label",
			src:    "The shares fell.\n\nContributing: Kelly Tyko and Jane Roe",
			names:  []tagged{{"Kelly Tyko", entity.Person}, {"Jane Roe", entity.Person}},
			want: []got{
				{"contributor", "Contributing: Kelly Tyko and Jane Roe", "Kelly Tyko", ""},
				{"contributor", "Contributing: Kelly Tyko and Jane Roe", "Jane Roe", ""},
			},
		},
		{
			name:   "agency contributed",
			reason: "an organization alone may contribute",
			src:    "The Associated Press contributed to this report.",
			want:   []got{{"contributor", "The Associated Press contributed to this report.", "", "Associated Press"}},
		},
		{
			name:   "contributed in a story",
			reason: "\"the money he contributed to the campaign\": no names before, no report after",
			src:    "Senator Tom Hale contributed to the campaign. Hale contributed money.",
			names:  []tagged{{"Tom Hale", entity.Person}, {"Hale", entity.Person}},
		},
		{
			name:   "reporting and editing",
			reason: "Reuters tag line: reporters with their places, then the editor",
			src:    "(Reporting by Jane Smith in London and Paul Brown; Editing by Mark Heinrich)",
			names:  []tagged{{"Jane Smith", entity.Person}, {"London", entity.Place}, {"Paul Brown", entity.Person}, {"Mark Heinrich", entity.Person}},
			want: []got{
				{"contributor", "Reporting by Jane Smith in London and Paul Brown", "Jane Smith", ""},
				{"contributor", "Reporting by Jane Smith in London and Paul Brown", "Paul Brown", ""},
				{"editor", "Editing by Mark Heinrich", "Mark Heinrich", ""},
			},
		},
		{
			name:   "additional reporting and writing",
			reason: "\"Additional reporting by\" contributes, \"Writing by\" is the author",
			src:    "(Additional reporting by Kylie MacLellan; Writing by Luciana Lopez.)",
			want: []got{
				{"contributor", "Additional reporting by Kylie MacLellan", "Kylie MacLellan", ""},
				{"author", "Writing by Luciana Lopez", "Luciana Lopez", ""},
			},
		},
		{
			name:   "place with its state",
			reason: "\"in West Palm Beach, Florida\": the state after the comma is no reporter",
			src:    "(Additional reporting by Zachary Fagenson in West Palm Beach, Florida and Julia Harte)",
			want: []got{
				{"contributor", "Additional reporting by Zachary Fagenson in West Palm Beach, Florida and Julia Harte", "Zachary Fagenson", ""},
				{"contributor", "Additional reporting by Zachary Fagenson in West Palm Beach, Florida and Julia Harte", "Julia Harte", ""},
			},
		},
		{
			name:   "public domain",
			reason: "a licence is nobody: no credit",
			src:    "An old map. Image credit: Public Domain\n",
		},
		{
			name:   "reporting in prose",
			reason: "\"his reporting by Jane\" inside a sentence is no tag line",
			src:    "The paper praised the reporting by Jane Roe in Chicago.",
			names:  []tagged{{"Jane Roe", entity.Person}, {"Chicago", entity.Place}},
		},
		{
			name:   "contact line of the reporter",
			reason: "Bloomberg's closing \"To contact the reporter on this story:\" names the author, with the city and address left out",
			src:    "The yen fell.\n\nTo contact the reporter on this story: Yuki Tanaka in Tokyo at ytanaka@bloomberg.net",
			names:  []tagged{{"Yuki Tanaka", entity.Person}, {"Tokyo", entity.Place}},
			want:   []got{{"author", "To contact the reporter on this story: Yuki Tanaka in Tokyo at ytanaka@bloomberg.net", "Yuki Tanaka", ""}},
		},
		{
			name:   "Bloomberg contact with the name on the next line",
			reason: "the page may break the line after the colon: the name that opens the next line is still the reporter's",
			src:    "The peso fell.\n\nTo contact the reporter on this story:\nValentina Fuentes in Santiago at vfuentes1@bloomberg.net",
			names:  []tagged{{"Valentina Fuentes", entity.Person}, {"Santiago", entity.Place}},
			want:   []got{{"author", "To contact the reporter on this story:\nValentina Fuentes in Santiago at vfuentes1@bloomberg.net", "Valentina Fuentes", ""}},
		},
		{
			name:   "contact line of two editors",
			reason: "\"the editors responsible for this story\": each name after the colon is an editor",
			src:    "To contact the editors responsible for this story: Anne Swardson at aswardson@bloomberg.net, Tom Hale at thale@bloomberg.net\n",
			want: []got{
				{"editor", "To contact the editors responsible for this story: Anne Swardson at aswardson@bloomberg.net, Tom Hale at thale@bloomberg.net", "Anne Swardson", ""},
				{"editor", "To contact the editors responsible for this story: Anne Swardson at aswardson@bloomberg.net, Tom Hale at thale@bloomberg.net", "Tom Hale", ""},
			},
		},
		{
			name:   "contact in prose",
			reason: "\"To contact the council, residents should...\" has no reporter or editor before a colon: no credit",
			src:    "To contact the mayor, residents can write to Dana Whitfield at City Hall.",
			names:  []tagged{{"Dana Whitfield", entity.Person}, {"City Hall", entity.Place}},
		},
		{
			name:   "assistance after dashes",
			reason: "\"--With assistance from Mia Glass.\" closing a story credits a contributor, though dashes open the line",
			src:    "The yen fell.\n\n--With assistance from Mia Glass.",
			names:  []tagged{{"Mia Glass", entity.Person}},
			want:   []got{{"contributor", "With assistance from Mia Glass", "Mia Glass", ""}},
		},
		{
			name:   "contributed from a city",
			reason: "\"AP writer NAME contributed from São Paulo.\" is a tag line like \"contributed to this report\": names, the verb, places, a full stop",
			src:    "The court ruled.\n\nAssociated Press writer Mauricio Savarese contributed from São Paulo.",
			names:  []tagged{{"Associated Press", entity.Org}, {"Mauricio Savarese", entity.Person}, {"São Paulo", entity.Place}},
			want:   []got{{"contributor", "Associated Press writer Mauricio Savarese contributed from São Paulo.", "Mauricio Savarese", "Associated Press"}},
		},
		{
			name:   "contributed from in prose",
			reason: "\"the firm contributed from its own funds\" is no tag line: a lower-case word before the verb is no name",
			src:    "The court ruled. The firm contributed from its own funds.",
		},
		{
			name:   "beat of the byline's author",
			reason: "\"NAME covers global health.\" at the end of a story the byline gives to NAME is an author's note, not a mention in the story",
			src:    "Vaccine cuts deaths\nBy Helen Branswell\nThe vaccine worked.\n\nHelen Branswell covers global health. Follow her on X @HelenBranswell.",
			names:  []tagged{{"Helen Branswell", entity.Person}, {"Helen Branswell", entity.Person}},
			want: []got{
				{"author", "By Helen Branswell", "Helen Branswell", ""},
				{"author", "Helen Branswell covers global health.", "Helen Branswell", ""},
			},
		},
		{
			name:   "beat of someone else",
			reason: "\"Kwame Owino covers ...\" at the end about a person no byline credits is a sentence of the story",
			src:    "Markets fell\nBy Helen Branswell\nThe shilling fell.\n\nKwame Owino covers the market for investors.",
			names:  []tagged{{"Helen Branswell", entity.Person}, {"Kwame Owino", entity.Person}},
			want:   []got{{"author", "By Helen Branswell", "Helen Branswell", ""}},
		},
		{
			name:   "first name and a surname that is a town",
			reason: "the tagger left out \"Will\" and took \"Hayward\" for the town: after a first name it is a surname, and \"Local Democracy Reporter\" is the author's title, no agency",
			src:    "Councillors approve 20mph limit\nBy Will Hayward, Local Democracy Reporter\nThe council voted.",
			names:  []tagged{{"Hayward", entity.Place}, {"Local Democracy", entity.Org}},
			want:   []got{{"author", "By Will Hayward, Local Democracy Reporter", "Will Hayward", ""}},
		},
		{
			name:   "interviewer in a Q&A's standfirst",
			reason: "in a story of questions and answers the person the subject spoke to is the journalist; outside one, spoke to names a source",
			src:    "Q&A: Restoring trust\n\nHe spoke to Meera Srinivasan in Colombo about debt.\n\nQ: What changed?\n\nHerath: Nothing.\n\nQ: And India?\n\nHerath: Good ties.",
			names:  []tagged{{"Meera Srinivasan", entity.Person}, {"Colombo", entity.Place}, {"Herath", entity.Person}, {"India", entity.Place}, {"Herath", entity.Person}},
			want:   []got{{"author", "spoke to Meera Srinivasan", "Meera Srinivasan", ""}},
		},
		{
			name:   "spoke to outside an interview",
			reason: "with no questions and answers, a person someone spoke to is a person of the story",
			src:    "Talks stall\n\nHe spoke to Meera Srinivasan in Colombo about debt.\n\nThe talks resume Monday.",
			names:  []tagged{{"Meera Srinivasan", entity.Person}, {"Colombo", entity.Place}},
			want:   nil,
		},
		{
			name:   "contact line with the names on the next line",
			reason: "Bloomberg may put \"To contact the reporter on this story:\" alone on its line: the name on the line after is the author's",
			src:    "The rand rose.\n\nTo contact the reporter on this story:\nJanice Kew in Johannesburg at jkew4@bloomberg.net\n",
			names:  []tagged{{"Janice Kew", entity.Person}, {"Johannesburg", entity.Place}},
			want:   []got{{"author", "To contact the reporter on this story:\nJanice Kew in Johannesburg at jkew4@bloomberg.net", "Janice Kew", ""}},
		},
		{
			name:   "sign-off with a journalist's title",
			reason: "a name and \"Reporter\" alone on a line before the date line is the byline, as RNZ prints it",
			src:    "Nurses warn of unsafe staffing\n\nRachel Thomas, Reporter\n\n6:05am, Tuesday 3 September 2024\n\nNurses say staffing is unsafe.",
			names:  []tagged{{"Rachel Thomas", entity.Person}},
			want:   []got{{"author", "Rachel Thomas, Reporter", "Rachel Thomas", ""}},
		},
		{
			name:   "picture credits in brackets",
			reason: "a caption in brackets ends with its credit; the ABC credits a supplied picture with \"Supplied:\" and an agency's with its name before the colon",
			src:    "[Photo caption: Mahama waves in Accra. Photo: Nipah Dennis/AFP]\n\nPhoto: Residents gather. (Supplied: Matangi Tonga/Linny Folau)\n\nPhoto: Villagers search. (AFP: Emmanuel Eralia)\n",
			names:  []tagged{{"Mahama", entity.Person}, {"Accra", entity.Place}, {"Nipah Dennis", entity.Person}, {"AFP", entity.Org}, {"Matangi Tonga", entity.Org}, {"Linny Folau", entity.Person}, {"AFP", entity.Org}, {"Emmanuel Eralia", entity.Person}},
			want: []got{{"photographer", "Photo: Nipah Dennis/AFP", "Nipah Dennis", "AFP"}, {"photographer", "(Supplied: Matangi Tonga/Linny Folau)", "Linny Folau", "Matangi Tonga"},
				{"photographer", "(AFP: Emmanuel Eralia)", "Emmanuel Eralia", "AFP"}},
		},
		{
			name:   "agency that is a place",
			reason: "a credited name the tagger calls a place as a whole, with no first name, stays an organization",
			src:    "Photo: UK Government\n",
			names:  []tagged{{"UK Government", entity.Place}},
			want:   []got{{"photographer", "Photo: UK Government", "", "UK Government"}},
		},
		{
			name:   "story by with an age",
			reason: "\"Story by NAME • 2h\", as news apps print a byline, credits the author; the age is no name",
			src:    "Flood waters rise\n\nStory by Jane Roe • 2h\n\nResidents left.",
			names:  []tagged{{"Jane Roe", entity.Person}},
			want:   []got{{"author", "Story by Jane Roe", "Jane Roe", ""}},
		},
		{
			name:   "story by in prose",
			reason: "\"Story by\" not opening a line is a sentence of the story",
			src:    "The film tells the Story by Jane Roe of a flood.",
			names:  []tagged{{"Jane Roe", entity.Person}},
		},
		{
			name:   "with files from",
			reason: "Canadian papers close with \"With files from\" an agency and reporters: contributors",
			src:    "Residents left.\n\nWith files from The Canadian Press and Tom Hale",
			names:  []tagged{{"The Canadian Press", entity.Org}, {"Tom Hale", entity.Person}},
			want:   []got{{"contributor", "With files from The Canadian Press and Tom Hale", "Tom Hale", "Canadian Press"}},
		},
		{
			name:   "contact the author",
			reason: "\"Contact the author: NAME at ADDRESS\" closing a story credits the author",
			src:    "Residents left.\n\nContact the author: Mark Lee at mlee@example.com",
			names:  []tagged{{"Mark Lee", entity.Person}},
			want:   []got{{"author", "Contact the author: Mark Lee at mlee@example.com", "Mark Lee", ""}},
		},
		{
			name:   "archive picture",
			reason: "\"/File Photo\" after the photographer marks an archive picture: the credit still ends the line",
			src:    "A firefighter tackles flames. REUTERS/Alexandros Avramidis/File Photo\n",
			names:  []tagged{{"REUTERS", entity.Org}, {"Alexandros Avramidis", entity.Person}},
			want:   []got{{"photographer", "REUTERS/Alexandros Avramidis/File Photo", "Alexandros Avramidis", "REUTERS"}},
		},
		{
			name:   "credit between bars",
			reason: "\"NAME | AFP | Getty Images\" after a caption credits the photographer and the first agency",
			src:    "Smoke over Penteli. Angelos Tzortzinis | AFP | Getty Images\n",
			names:  []tagged{{"Penteli", entity.Place}, {"Angelos Tzortzinis", entity.Person}, {"AFP", entity.Org}, {"Getty Images", entity.Org}},
			want:   []got{{"photographer", "Angelos Tzortzinis | AFP | Getty Images", "Angelos Tzortzinis", "AFP"}},
		},
		{
			name:   "bars of a menu",
			reason: "bars between section names that are no agencies credit no one",
			src:    "World News | Business | Sport\n",
		},
		{
			name:   "copyright of a photographer and of an agency",
			reason: "\"© NAME\" on its own line credits the photographer; \"© 2025 The Associated Press.\" the source",
			src:    "Smoke rose.\n© Milos Bicanski\n© 2025 The Associated Press.\n",
			names:  []tagged{{"Milos Bicanski", entity.Person}, {"Associated Press", entity.Org}},
			want: []got{
				{"photographer", "© Milos Bicanski", "Milos Bicanski", ""},
				{"source", "© 2025 The Associated Press.", "", "Associated Press"},
			},
		},
		{
			name:   "courtesy",
			reason: "\"Courtesy of NAME\" on its own line names who gave the picture: a source",
			src:    "The family in 1990.\nCourtesy of Dimitra Kalogeropoulou\n",
			names:  []tagged{{"Dimitra Kalogeropoulou", entity.Person}},
			want:   []got{{"source", "Courtesy of Dimitra Kalogeropoulou", "Dimitra Kalogeropoulou", ""}},
		},
		{
			name:   "contact name with a number",
			reason: "\"Contact NAME: phone, address\" closing a story gives the reporter's contact: the author",
			src:    "Reynolds is due in court.\n\nContact Dean Olsen: 217-788-1543, dolsen@sj-r.com.",
			names:  []tagged{{"Dean Olsen", entity.Person}},
			want:   []got{{"author", "Contact Dean Olsen: 217-788-1543, dolsen@sj-r.com.", "Dean Olsen", ""}},
		},
		{
			name:   "contact with the word at",
			reason: "\"Contact NAME at\" an e-mail address closing the story gives the reporter's address: the reporter is credited",
			src:    "The board votes again in April.\n\nContact Dana Kowalski at dkowalski@example.com or 555-0142.",
			names:  []tagged{{"Dana Kowalski", entity.Person}},
			want:   []got{{"author", "Contact Dana Kowalski at dkowalski@example.com or 555-0142.", "Dana Kowalski", ""}},
		},
		{
			name:   "contact name without an address",
			reason: "\"Contact Lens: a guide\" has no number or address after the colon: no credit",
			src:    "Contact Lens Care: a guide for wearers\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.Analyze(tt.src)
			var names []Name
			from := 0
			for _, n := range tt.names {
				i := strings.Index(tt.src[from:], n.Text)
				if i < 0 {
					t.Fatalf("%q not in the text", n.Text)
				}
				names = append(names, Name{Start: from + i, End: from + i + len(n.Text), Type: n.Type})
				from += i + len(n.Text)
			}
			var out []got
			for _, c := range Find(d, names) {
				g := got{Role: c.Role.String(), Text: tt.src[c.Span.Start:c.Span.End]}
				if c.Person.Start >= 0 {
					g.Person = tt.src[c.Person.Start:c.Person.End]
				}
				if c.Org.Start >= 0 {
					g.Org = tt.src[c.Org.Start:c.Org.End]
				}
				out = append(out, g)
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// FuzzFind checks the invariants on any input: spans inside the text, the person and the
// organization inside their credit.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"By Jane Roe\nText.", "(Photo: Maria Lopez/Reuters)", "Dan Ortiz contributed reporting.",
		"(Reporting by A B; Editing by C D)", "(AP Photo/", "By", "Photo:", "x contributed", "President at Seri , the ship\nMount"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Analyze(s)
		for _, c := range Find(d, nil) {
			if c.Span.Start < 0 || c.Span.End > len(s) || c.Span.Start >= c.Span.End {
				t.Fatalf("bad credit span %+v", c)
			}
			for _, p := range []Span{c.Person, c.Org} {
				if p != none && (p.Start < c.Span.Start || p.End > c.Span.End || p.Start >= p.End) {
					t.Fatalf("part %+v outside its credit %+v", p, c.Span)
				}
			}
			if c.Person == none && c.Org == none {
				t.Fatalf("credit %+v names nobody", c)
			}
		}
	})
}
