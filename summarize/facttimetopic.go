package summarize

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/tag"
)

// A disputed time is named by its event, in the words the outlets write
// (facttopic.go): "day talks broke down", "date quotas take effect".

// timeWindow is how many words before a time are read for its event.
const timeWindow = 8

// window returns the first of the words read before the site's time.
func (c factSite) window() int { return max(0, c.at-timeWindow) }

// writesBefore reports whether some site other than the first writes w
// among the words before its time.
func writesBefore(sites []factSite, w string) bool {
	for _, c := range sites[1:] {
		for k := c.window(); k < c.at; k++ {
			if c.s.toks[k].Lower == w {
				return true
			}
		}
	}
	return false
}

// timeFrames name the attribute a kind of time is.
var timeFrames = map[facts.Kind]string{facts.Weekday: "day", facts.Date: "date", facts.Month: "month"}

// timeTopic names a time by its event: the verb before the time that
// two sides write, with its particle or object both write ("broke down",
// "take effect") and a modal both write, after its subject both write
// ("day recall announced", "month working group would meet"); else, for
// a time that opens its sentence, the subject and verb after it
// (openingTime); else the meeting or strike both sides date ("day of the
// talks").
func timeTopic(k facts.Kind, sites []factSite) string {
	a, s := sites[0], sites[0].s
	frame := timeFrames[k]
	for v := a.at - 1; v >= a.window(); v-- {
		t := s.toks[v]
		if !s.tags[v].Verb() || t.Capitalized || reportingWords[t.Lower] || beForms[t.Lower] || haveForms[t.Lower] ||
			!writesBefore(sites, t.Lower) {
			continue
		}
		vp := []string{t.Lower}
		for j := v + 1; j < a.at && s.joined(j-1) && (s.tags[j] == tag.RP || s.tags[j].Adverb() || s.commonNoun(j)) &&
			writesBefore(sites, s.toks[j].Lower); j++ {
			vp = append(vp, s.toks[j].Lower)
		}
		first := v
		if v > 0 && s.tags[v-1] == tag.MD && s.joined(v-1) && writesBefore(sites, s.toks[v-1].Lower) {
			first = v - 1
			vp = append([]string{s.toks[first].Lower}, vp...)
		}
		if np := subjectBefore(sites, first); np != "" {
			return frame + " " + np + " " + strings.Join(vp, " ")
		}
		break
	}
	if t := openingTime(sites); t != "" {
		return frame + " " + t
	}
	for _, h := range facts.EventOf(a.s.text, a.f).Heads {
		if facts.EventNoun(h) == "" || !allDate(sites[1:], h) {
			continue
		}
		for i := a.window(); i < len(s.toks); i++ {
			if facts.EventNoun(s.toks[i].Lower) == h && s.commonNoun(i) {
				return frame + " of the " + s.toks[i].Lower
			}
		}
	}
	return ""
}

// allDate reports whether every site's time is of the event h.
func allDate(sites []factSite, h string) bool {
	for _, c := range sites {
		if !slices.Contains(facts.EventOf(c.s.text, c.f).Heads, h) {
			return false
		}
	}
	return true
}

// subjectWindow is how many words before its verb a subject is looked
// for.
const subjectWindow = 10

// subjectBefore returns the noun phrase before the verb at v, in its
// clause, that other sites write before their time, or a word for the
// same talks or strike: its head and the modifiers they write too
// ("school board"); else the noun just before the verb; "" if none.
func subjectBefore(sites []factSite, v int) string {
	s := sites[0].s
	for n := v - 1; n >= 0 && n >= v-subjectWindow; n-- {
		if s.tags[n].Verb() && s.tags[n] != tag.VBN && s.tags[n] != tag.VBG || punctAt(s, n) {
			break // another clause
		}
		if !s.commonNoun(n) || emptyHead(s.toks[n].Lower) || !writesLike(sites, s.toks[n].Lower) {
			continue
		}
		return nounWithModifiers(sites, n)
	}
	// Else the subject just before the verb and its auxiliaries, as the
	// first side writes it: "the tariffs will take effect" and "the
	// duties, which take effect" date one event.
	n := v - 1
	for n >= 0 && s.joined(n) && (s.tags[n] == tag.MD || beForms[s.toks[n].Lower] || haveForms[s.toks[n].Lower]) {
		n--
	}
	if n >= 0 && s.joined(n) && s.commonNoun(n) && !emptyHead(s.toks[n].Lower) {
		return nounWithModifiers(sites, n)
	}
	return ""
}

// nounWithModifiers returns the noun at n in the first site with the up
// to two modifiers before it that another site writes too.
func nounWithModifiers(sites []factSite, n int) string {
	s := sites[0].s
	words := []string{s.toks[n].Lower}
	for m := n - 1; m >= 0 && m >= n-2 && s.joined(m) && s.premodifier(m) && !s.name(m) &&
		writesLike(sites, s.toks[m].Lower); m-- {
		words = append([]string{s.toks[m].Lower}, words...)
	}
	return strings.Join(words, " ")
}

// writesLike reports whether some site other than the first writes w, or
// a word for the same talks or strike, before its time: the subject of
// its event may stand further back than its verb ("quotas on steel from
// Kalmora, which take effect").
func writesLike(sites []factSite, w string) bool {
	class := facts.EventNoun(w)
	for _, c := range sites[1:] {
		for k := 0; k < c.at; k++ {
			if x := c.s.toks[k].Lower; x == w || class != "" && facts.EventNoun(x) == class {
				return true
			}
		}
	}
	return false
}

// punctAt reports a comma, semicolon or the like just after the word at
// k: a clause may end there.
func punctAt(s taggedWords, k int) bool {
	return k+1 < len(s.toks) && strings.ContainsAny(s.text[s.toks[k].End:s.toks[k+1].Start], ",;:()")
}

// maxOpeningSubject is the most words a subject after an opening time has.
const maxOpeningSubject = 4

// openingTime returns the subject and verb after a time that opens the
// first site's sentence, when another site writes both ("In May, the
// agency approved the plan" and "The agency approved it in June": "agency
// approved"); "" else. A name in the subject is written as the sentence
// writes it ("Carrow Council voted").
func openingTime(sites []factSite) string {
	a, s := sites[0], sites[0].s
	if a.at != 0 {
		return ""
	}
	var subject []string
	for k := a.next; k < len(s.toks) && k <= a.next+maxOpeningSubject; k++ {
		t := s.toks[k]
		switch {
		case s.tags[k].Verb() && !t.Capitalized:
			if len(subject) == 0 || reportingWords[t.Lower] || beForms[t.Lower] || haveForms[t.Lower] ||
				!othersWrite(sites, 0, t.Lower) {
				return ""
			}
			return strings.Join(append(subject, t.Lower), " ")
		case s.tags[k] == tag.DT:
		case (s.name(k) || s.commonNoun(k)) && othersWrite(sites, 0, t.Lower):
			subject = append(subject, s.word(k))
		default:
			return ""
		}
	}
	return ""
}
