package config

import (
	"strings"
	"testing"
	"time"
)

const testSecret = "0123456789abcdef0123456789abcdef"

func TestPageSettings(t *testing.T) {
	c, err := FromEnv(envOf(map[string]string{
		"STORYBOT_PUBLIC_URL":  "https://storybot.example.com/bot/",
		"STORYBOT_PAGE_SECRET": testSecret,
		"STORYBOT_PAGE_TTL":    "48h",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.PublicURL != "https://storybot.example.com/bot/" || c.PageSecret != testSecret || c.PageTTL != 48*time.Hour || !c.LinksOn() || !c.PagesOn() {
		t.Errorf("config = %+v", c)
	}
	if d := Default(); d.PageTTL != 30*24*time.Hour || d.LinksOn() || d.PagesOn() {
		t.Errorf("Default() pages: ttl %s, links %v, pages %v", d.PageTTL, d.LinksOn(), d.PagesOn())
	}
	// A secret alone serves pages (links made elsewhere) but links none.
	if c, err := FromEnv(envOf(map[string]string{"STORYBOT_PAGE_SECRET": testSecret})); err != nil || c.LinksOn() || !c.PagesOn() {
		t.Errorf("secret alone: links %v, pages %v, %v", c.LinksOn(), c.PagesOn(), err)
	}
	if _, err := Load(envOf(nil), filesOf(map[string]string{"f.yaml": "public_url: https://s.example\npage_secret: " + testSecret + "\npage_ttl: 1h\n"})); err != nil {
		t.Errorf("YAML: %v", err)
	}
}

func TestPageSettingsErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"public URL without secret", map[string]string{"STORYBOT_PUBLIC_URL": "https://s.example"}, "STORYBOT_PAGE_SECRET: STORYBOT_PUBLIC_URL is set"},
		{"short secret", map[string]string{"STORYBOT_PAGE_SECRET": "hunter2-hunter2"}, "STORYBOT_PAGE_SECRET: too short"},
		{"relative public URL", map[string]string{"STORYBOT_PUBLIC_URL": "storybot.example.com", "STORYBOT_PAGE_SECRET": testSecret}, "STORYBOT_PUBLIC_URL: want the absolute"},
		{"ftp public URL", map[string]string{"STORYBOT_PUBLIC_URL": "ftp://s.example", "STORYBOT_PAGE_SECRET": testSecret}, "STORYBOT_PUBLIC_URL: want the absolute"},
		{"query in public URL", map[string]string{"STORYBOT_PUBLIC_URL": "https://s.example/?a=1", "STORYBOT_PAGE_SECRET": testSecret}, "STORYBOT_PUBLIC_URL: want a base URL"},
		{"zero TTL", map[string]string{"STORYBOT_PAGE_TTL": "0s"}, "STORYBOT_PAGE_TTL: want a duration above zero"},
		{"TTL without unit", map[string]string{"STORYBOT_PAGE_TTL": "30"}, "STORYBOT_PAGE_TTL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromEnv(envOf(tt.env))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one holding %q", err, tt.want)
			}
			if s := tt.env["STORYBOT_PAGE_SECRET"]; s != "" && strings.Contains(err.Error(), s) {
				t.Errorf("the error shows the secret: %v", err)
			}
		})
	}
}
