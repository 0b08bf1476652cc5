package slack_test

import (
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	sb "github.com/storybot/storybot/adapters/slack"
)

// manifest is the part of a Slack app manifest storybot depends on.
type manifest struct {
	DisplayInformation struct {
		Name        string `yaml:"name"`
		Description string `yaml:"description"`
	} `yaml:"display_information"`
	Features struct {
		AppHome struct {
			MessagesTabEnabled         *bool `yaml:"messages_tab_enabled"`
			MessagesTabReadOnlyEnabled *bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		BotUser struct {
			DisplayName string `yaml:"display_name"`
		} `yaml:"bot_user"`
		SlashCommands []struct {
			Command     string `yaml:"command"`
			URL         string `yaml:"url"`
			Description string `yaml:"description"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuthConfig struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		EventSubscriptions struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled  bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketModeEnabled *bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// What the adapter needs of Slack, read off its code.
var (
	// slashCommand is the command the help and the buttons' notes name.
	slashCommand = "/story"
	// botEvents are the events Adapter.Event handles, each with the scope
	// that subscribing to it needs.
	botEvents = map[string]string{
		"app_mention":      "app_mentions:read", // *slackevents.AppMentionEvent: a question
		"message.channels": "channels:history",  // *slackevents.MessageEvent: links in public channels
		"message.groups":   "groups:history",    // ... and in private channels
		"message.im":       "im:history",        // ... and direct messages (ChannelType "im")
	}
	// apiMethods are the Web API methods the adapter calls, each with the
	// bot scope it needs ("" for none).
	apiMethods = map[string]string{
		"auth.test":          "",                // Start
		"chat.postMessage":   "chat:write",      // answer, Post
		"chat.postEphemeral": "chat:write",      // answer, errors
		"reactions.add":      "reactions:write", // dropLink
	}
)

func readManifest(t *testing.T, file string) manifest {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s is not valid YAML, so Slack's \"Create from manifest\" refuses it: %v", file, err)
	}
	return m
}

// checkRoute checks that a manifest's request URL is https and that
// the code serves a POST route at its path.
func checkRoute(t *testing.T, what, raw string, routes map[string]bool) {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		t.Errorf("%s request URL %q: want an https:// URL", what, raw)
		return
	}
	if !routes["POST "+u.Path] {
		t.Errorf("%s request URL %q: storybot serves no POST %s (its routes: %v)", what, raw, u.Path, keys(routes))
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestManifests(t *testing.T) {
	routes := map[string]bool{}
	for pattern := range sb.New(sb.Options{}).Handlers() {
		routes[pattern] = true
	}
	wantScopes := map[string]bool{"commands": true} // the slash command
	for _, s := range botEvents {
		wantScopes[s] = true
	}
	for _, s := range apiMethods {
		if s != "" {
			wantScopes[s] = true
		}
	}

	for _, tc := range []struct {
		file   string
		socket bool
	}{
		{"manifest.yaml", false},
		{"manifest-socket.yaml", true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			m := readManifest(t, tc.file)
			if m.DisplayInformation.Name == "" || m.DisplayInformation.Description == "" || m.Features.BotUser.DisplayName == "" {
				t.Errorf("name, description and bot user are required: %+v", m.DisplayInformation)
			}
			// Direct messages reach the bot only with the Messages tab on
			// and writable.
			home := m.Features.AppHome
			if home.MessagesTabEnabled == nil || !*home.MessagesTabEnabled ||
				home.MessagesTabReadOnlyEnabled == nil || *home.MessagesTabReadOnlyEnabled {
				t.Errorf("features.app_home: want messages_tab_enabled: true and messages_tab_read_only_enabled: false")
			}

			if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != slashCommand {
				t.Fatalf("slash commands %+v: want exactly %s", m.Features.SlashCommands, slashCommand)
			}
			events := slices.Sorted(slices.Values(m.Settings.EventSubscriptions.BotEvents))
			if want := keys(botEvents); !slices.Equal(events, want) {
				t.Errorf("bot events %v, want those the adapter handles: %v", events, want)
			}
			scopes := slices.Sorted(slices.Values(m.OAuthConfig.Scopes.Bot))
			if want := keys(wantScopes); !slices.Equal(scopes, want) {
				t.Errorf("bot scopes %v, want those the adapter's events and calls need: %v", scopes, want)
			}
			if !m.Settings.Interactivity.IsEnabled {
				t.Error("interactivity is off: the buttons would do nothing")
			}

			if m.Settings.SocketModeEnabled == nil || *m.Settings.SocketModeEnabled != tc.socket {
				t.Fatalf("settings.socket_mode_enabled: want %v", tc.socket)
			}
			urls := map[string]string{
				"slash command": m.Features.SlashCommands[0].URL,
				"events":        m.Settings.EventSubscriptions.RequestURL,
				"interactivity": m.Settings.Interactivity.RequestURL,
			}
			for what, raw := range urls {
				switch {
				case tc.socket && raw != "":
					t.Errorf("%s request URL %q in a Socket Mode manifest: Socket Mode delivers over its WebSocket", what, raw)
				case !tc.socket:
					checkRoute(t, what, raw, routes)
				}
			}
			if !tc.socket {
				for what, want := range map[string]string{"slash command": sb.PathCommands, "events": sb.PathEvents, "interactivity": sb.PathInteractivity} {
					if !strings.HasSuffix(urls[what], want) {
						t.Errorf("%s request URL %q: want it to end in %s", what, urls[what], want)
					}
				}
			}
		})
	}
}
