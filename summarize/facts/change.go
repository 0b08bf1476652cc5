package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A percentage or an amount told after a verb of change is the change of
// what the verb's subject names: "Northwind shares jumped 27% to $40.80"
// gives the rise of Northwind's shares and the price they rose to, as
// "Northwind shares closed up 26% at $40.60" does; "Tessaro shares fell
// 4%" is another company's fall.

// changeVerbs are the verbs of a change of value, with its direction.
var changeVerbs = map[string]int{"rose": 1, "rise": 1, "rises": 1, "risen": 1, "jumped": 1, "climbed": 1,
	"gained": 1, "surged": 1, "soared": 1, "rallied": 1, "advanced": 1, "increased": 1, "grew": 1, "up": 1, "recovered": 1, "rebounded": 1,
	"higher": 1, "fell": -1, "fall": -1, "falls": -1, "fallen": -1, "dropped": -1, "slid": -1, "slumped": -1,
	"tumbled": -1, "plunged": -1, "sank": -1, "declined": -1, "lost": -1, "decreased": -1, "down": -1,
	"lower": -1, "shed": -1, "slipped": -1}

// changeAux are the words before "up" or "down" in a change ("closed up
// 26%", "were down 3%").
var changeAux = map[string]bool{"closed": true, "ended": true, "finished": true, "was": true, "were": true,
	"is": true, "are": true, "traded": true, "trading": true, "opened": true}

// sameSubject maps the words for one subject of a change to one stem.
var sameSubject = map[string]string{"stock": "share", "share": "share"}

// Change returns what a percentage or an amount is the change of, as a
// key (the lower-cased name and noun of the subject of a verb of change,
// and the direction: "northwind share+") and as written ("Northwind
// shares"), or "" when no such verb stands before it. An amount after a
// percentage of change ("jumped 27% to $40.80") is the value the subject
// changed to, and has the same subject.
func Change(s string, f Fact) (key, subject string) {
	if f.Kind != Percent && f.Kind != Money {
		return "", ""
	}
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
	k := at - 1
	if f.Kind == Money {
		if k < 1 || toks[k].Lower != "to" && toks[k].Lower != "at" {
			return "", ""
		}
		k--
		switch {
		case toks[k].End < len(s) && s[toks[k].End] == '%':
		case toks[k].Lower == "percent":
			k--
		case toks[k].Lower == "cent" && k > 1 && toks[k-1].Lower == "per":
			k -= 2
		default:
			return "", ""
		}
		k-- // the number of the percentage
	}
	if k < 1 {
		return "", ""
	}
	dir, ok := changeVerbs[toks[k].Lower]
	if !ok {
		return "", ""
	}
	k--
	if (toks[k+1].Lower == "up" || toks[k+1].Lower == "down") && changeAux[toks[k].Lower] {
		k--
	}
	owner, ownerText := "", ""
	if k > 1 && toks[k].Capitalized && !punctBefore(toks, k+1) {
		switch toks[k-1].Lower {
		case "of": // "Shares of Northwind fell 8%"
			owner, ownerText = strings.TrimSuffix(toks[k].Lower, "'s"), toks[k].Text
			k -= 2
		case "in", "at", "across": // "Prices in Vell rose 6%"
			k -= 2
		}
	}
	if k < 0 || punctBefore(toks, k+1) || !isNoun(toks[k].Lower) || toks[k].Capitalized && !toks[k].SentenceStart {
		return "", ""
	}
	key, subject = lex.Stem(toks[k].Lower), toks[k].Text
	if owner != "" && toks[k].SentenceStart {
		subject = toks[k].Lower // "Shares of Northwind": "Northwind shares"
	}
	if c, ok := sameSubject[key]; ok {
		key = c // "Northwind stock", "Northwind shares"
	}
	if owner == "" && k > 0 && toks[k-1].Capitalized && !punctBefore(toks, k) {
		owner, ownerText = strings.TrimSuffix(toks[k-1].Lower, "'s"), toks[k-1].Text // "Northwind shares"
	}
	if owner != "" {
		key = owner + " " + key
		if toks[k].Lower == "shares" || toks[k].Lower == "stock" {
			subject = ownerText + " " + subject
		} else {
			subject = subject + " of " + ownerText
		}
	}
	if dir > 0 {
		return key + "+", subject
	}
	return key + "-", subject
}

// SameChange reports whether two changes (as Change gives them) may be
// one: one subject changing one way. A subject named without its owner
// ("shares") may be the one named with it ("Northwind shares").
func SameChange(a, b string) bool {
	if a == b {
		return true
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	a, b = a[:len(a)-1], b[:len(b)-1]
	return strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}
