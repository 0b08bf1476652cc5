package discord

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Limit enforces Discord's limits on the embeds of a message, whatever
// they hold: at most 10 embeds; titles of 256 characters, descriptions of
// 4,096, at most 25 fields of names of 256 and values of 1,024 (empty ones
// become a zero-width space), footers of 2,048 and author names of 256;
// and MaxEmbedChars over them all. Nil and empty embeds are left out. When
// it must drop trailing fields or embeds (or cut a description), it keeps
// the footer of the last embed on the last one kept and adds "… N more not
// shown" to it, N counting the dropped fields and embeds. It does not
// modify its input.
func Limit(embeds []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	var es []*discordgo.MessageEmbed
	var carry *discordgo.MessageEmbedFooter // the message's: the last embed's
	dropped, lastKept := 0, false
	for _, e := range embeds {
		if e == nil || len(e.Fields) == 0 && fixedChars(e)+runeLen(e.Description) == 0 &&
			e.Image == nil && e.Thumbnail == nil && e.Video == nil {
			continue // nil or empty
		}
		carry, lastKept = e.Footer, len(es) < maxEmbeds
		if !lastKept {
			dropped += weight(e)
			continue
		}
		c := *e
		c.Title, c.Description = clipMD(c.Title, maxTitle), clipMD(c.Description, maxDescription)
		if c.Author != nil {
			a := *c.Author
			a.Name, c.Author = clipMD(a.Name, maxAuthor), &a
		}
		if c.Footer != nil {
			f := *c.Footer
			f.Text, c.Footer = clipMD(f.Text, maxFooter), &f
		}
		dropped += max(0, len(e.Fields)-maxFields)
		c.Fields = nil
		for _, f := range e.Fields[:min(len(e.Fields), maxFields)] {
			if f != nil {
				g := *f
				g.Name, g.Value = orBlank(clipMD(g.Name, maxFieldName)), orBlank(clipMD(g.Value, maxFieldValue))
				c.Fields = append(c.Fields, &g)
			}
		}
		es = append(es, &c)
	}
	if len(es) == 0 || dropped == 0 && embedChars(es) <= MaxEmbedChars {
		return es
	}
	footer := ""
	if carry != nil {
		footer = clipMD(carry.Text, maxFooter-noteRoom)
		if lastKept {
			es[len(es)-1].Footer = nil // carried
		}
	}
	budget := MaxEmbedChars - noteRoom - runeLen(footer)
	kept := 0
walk:
	for _, e := range es {
		fixed := fixedChars(e)
		if fixed+min(runeLen(e.Description), 100) > budget {
			break
		}
		budget -= fixed
		kept++
		if n := runeLen(e.Description); n > budget {
			e.Description = clipMD(e.Description, budget)
			dropped += weight(e)
			e.Fields = nil
			break
		}
		budget -= runeLen(e.Description)
		for j, f := range e.Fields {
			n := runeLen(f.Name) + runeLen(f.Value)
			if n > budget {
				dropped += len(e.Fields) - j
				e.Fields = e.Fields[:j]
				break walk
			}
			budget -= n
		}
	}
	for _, e := range es[kept:] {
		dropped += weight(e)
	}
	es = es[:kept]
	last := es[len(es)-1]
	if last.Footer != nil {
		footer = joinSet("\n", last.Footer.Text, footer)
	}
	note := fmt.Sprintf("… %d more not shown", dropped)
	last.Footer = &discordgo.MessageEmbedFooter{Text: joinSet("\n", clipMD(footer, maxFooter-noteRoom), note)}
	return es
}
