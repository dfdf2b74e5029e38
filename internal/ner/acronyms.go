package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/perceptron"
)

// Initialisms that are common nouns, not names: "the annual Q&A session", "a VIP lounge",
// "GDP grew". CoNLL has few of them, so a tagger trained on it takes an unseen ALL-CAPS
// word for an organization; this list is outside knowledge that says otherwise. It holds
// only words that are (almost) never a name in news text; plurals are listed separately.
var commonAcronyms = []string{
	"Q&A", "FAQ", "FAQs", "R&D", "M&A", "P&L", "B&B", "S&M", "BDSM", "R&B",
	"DNA", "RNA", "HIV", "MRI", "ICU", "CPR", "ADHD", "PTSD", "IVF", "GMO", "GMOs",
	"CEO", "CEOs", "CFO", "CFOs", "COO", "CTO", "VIP", "VIPs", "MP", "MPs", "MEP", "MEPs",
	"PhD", "PhDs", "MBA", "MVP", "DJ", "DJs", "MC", "TV", "TVs", "PC", "PCs", "CD", "CDs",
	"DVD", "DVDs", "LED", "LEDs", "LCD", "USB", "GPS", "SIM", "SMS", "PDF", "URL", "URLs",
	"ISP", "ISPs", "ISDN", "WiFi", "Wi-Fi", "AI", "VR", "AR", "IT", "ID", "IDs", "PIN", "ATM",
	"ATMs", "SUV", "SUVs", "UFO", "UFOs", "ROV", "ROVs", "POV", "IQ", "OK", "GDP", "GNP",
	"CPI", "PMI", "VAT", "IPO", "IPOs", "ETF", "ETFs", "GDR", "GDRs", "ADR", "ADRs", "NGO",
	"NGOs", "PR", "HR", "ASAP", "FYI", "RSVP", "TNT", "LSD", "AWOL", "POW", "POWs",
	// today's news: technology, energy, finance, health, security
	"EV", "EVs", "ESG", "NFT", "NFTs", "LNG", "LPG", "CBD", "THC", "GPU", "GPUs", "CPU", "CPUs",
	"API", "APIs", "SaaS", "IoT", "VPN", "VPNs", "HVAC", "OTC", "PPE", "ICBM", "ICBMs", "IED",
	"IEDs", "UAV", "UAVs", "COVID", "COVID-19", "SARS", "MERS", "AIDS", "EMT", "EMTs", "KPI",
	"KPIs", "ROI", "EBITDA", "EPS", "CAGR", "LGBT", "LGBTQ", "SEO",
}

var acronymSet = map[uint64]bool{}

func init() {
	for _, w := range commonAcronyms {
		acronymSet[lowerHash(w)] = true
	}
}

// lowerHash is the hash of the lower-case normalized form of w, as in hashes.lower.
func lowerHash(w string) uint64 {
	var buf []byte
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(normRune(r)))
	}
	return perceptron.Hash(buf)
}
