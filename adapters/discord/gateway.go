package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Intents are the gateway events the bot asks for: guilds (to know its
// servers), messages in servers and direct messages, and the text of
// messages (a privileged intent, to be enabled for the application in the
// developer portal) to read mentions and links.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages |
	discordgo.IntentsDirectMessages | discordgo.IntentMessageContent

// restTimeout bounds one REST request, as discordgo's own client does.
const restTimeout = 20 * time.Second

// NewSession returns a discordgo session for a bot token (without the
// "Bot " prefix), asking for Intents and reconnecting on errors.
//
// apiURL, when set, points the REST API at another server (a fake Discord
// in tests, a proxy): every request discordgo makes to Discord's API
// (discordgo.EndpointAPI, https://discord.com/api/v9/) goes there instead.
// Its path says what it stands for:
//
//   - none ("http://127.0.0.1:8080"): the server only; requests keep
//     Discord's paths (/api/v9/users/@me);
//   - a versioned API root ("http://127.0.0.1:8080/api/v10"): used as is
//     (/api/v10/users/@me);
//   - any other path, an API root ("http://127.0.0.1:8080/api"): the
//     version discordgo speaks is appended (/api/v9/users/@me).
//
// gatewayURL, when set, is the websocket URL the session connects to
// (ws:// or wss://); it is answered to the session's GET /gateway and
// /gateway/bot requests without asking the REST API. Unset, the gateway is
// the one the REST API names.
//
// Neither changes discordgo's package-level endpoints: the session's HTTP
// client rewrites the requests.
func NewSession(token, apiURL, gatewayURL string) (*discordgo.Session, error) {
	rt, err := newRewriter(apiURL, gatewayURL)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + strings.TrimPrefix(token, "Bot "))
	if err != nil {
		return nil, fmt.Errorf("discord: session: %w", err)
	}
	s.Identify.Intents = Intents
	s.ShouldReconnectOnError = true
	s.Client = &http.Client{Timeout: restTimeout, Transport: rt}
	return s, nil
}

// rewriter is the RoundTripper of NewSession's sessions: it sends the
// requests aimed at Discord's API to another server and answers the
// gateway lookups itself.
type rewriter struct {
	base http.RoundTripper
	// discord is Discord's API root (https://discord.com/api/v9) and
	// discordPath its escaped path, without a trailing slash.
	discord     *url.URL
	discordPath string
	// to is where API requests go, nil for Discord itself; toPath is the
	// escaped path that stands in for discordPath.
	to     *url.URL
	toPath string
	// gateway is the JSON answered to GET /gateway and /gateway/bot, nil
	// to ask the API.
	gateway []byte
}

// newRewriter returns the transport for apiURL and gatewayURL (either may
// be empty), over a clone of http.DefaultTransport.
func newRewriter(apiURL, gatewayURL string) (*rewriter, error) {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.ResponseHeaderTimeout = restTimeout
	discord, err := url.Parse(strings.TrimSuffix(discordgo.EndpointAPI, "/"))
	if err != nil {
		return nil, fmt.Errorf("discord: discordgo's endpoint %q: %w", discordgo.EndpointAPI, err)
	}
	rt := &rewriter{base: base, discord: discord, discordPath: discord.EscapedPath()}
	if apiURL != "" {
		to, err := url.Parse(apiURL)
		if err != nil || (to.Scheme != "http" && to.Scheme != "https") || to.Host == "" {
			return nil, fmt.Errorf("discord: API URL %q: want an http or https URL", apiURL)
		}
		rt.to = to
		rt.toPath = strings.TrimRight(to.EscapedPath(), "/")
		switch {
		case rt.toPath == "":
			rt.toPath = rt.discordPath
		case !isVersion(path.Base(rt.toPath)):
			// The API root: add the version segment of Discord's path.
			rt.toPath += "/" + path.Base(rt.discordPath)
		}
	}
	if gatewayURL != "" {
		g, err := url.Parse(gatewayURL)
		if err != nil || (g.Scheme != "ws" && g.Scheme != "wss") || g.Host == "" {
			return nil, fmt.Errorf("discord: gateway URL %q: want a ws or wss URL", gatewayURL)
		}
		rt.gateway, err = json.Marshal(discordgo.GatewayBotResponse{
			URL:    gatewayURL,
			Shards: 1,
			SessionStartLimit: discordgo.SessionInformation{
				Total: 1000, Remaining: 1000, MaxConcurrency: 1,
			},
		})
		if err != nil {
			return nil, fmt.Errorf("discord: gateway answer: %w", err)
		}
	}
	return rt, nil
}

// isVersion reports whether a path segment is an API version: "v10".
func isVersion(seg string) bool {
	n, ok := strings.CutPrefix(seg, "v")
	if !ok || n == "" {
		return false
	}
	_, err := strconv.ParseUint(n, 10, 32)
	return err == nil
}

// RoundTrip implements http.RoundTripper.
func (rt *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	rest, ok := rt.api(req.URL)
	if !ok {
		return rt.base.RoundTrip(req)
	}
	if rt.gateway != nil && req.Method == http.MethodGet && (rest == "/gateway" || rest == "/gateway/bot") {
		if req.Body != nil {
			req.Body.Close()
		}
		return &http.Response{
			Status:        "200 OK",
			StatusCode:    http.StatusOK,
			Proto:         "HTTP/1.1",
			ProtoMajor:    1,
			ProtoMinor:    1,
			Header:        http.Header{"Content-Type": {"application/json"}},
			Body:          io.NopCloser(bytes.NewReader(rt.gateway)),
			ContentLength: int64(len(rt.gateway)),
			Request:       req,
		}, nil
	}
	if rt.to == nil {
		return rt.base.RoundTrip(req)
	}
	escaped := rt.toPath + rest
	p, err := url.PathUnescape(escaped)
	if err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("discord: rewrite %s: %w", req.URL.Redacted(), err)
	}
	u := *req.URL
	u.Scheme, u.Host, u.Path, u.RawPath = rt.to.Scheme, rt.to.Host, p, escaped
	out := req.Clone(req.Context())
	out.URL = &u
	out.Host = "" // the Host header follows the URL
	return rt.base.RoundTrip(out)
}

// api reports whether u is a URL of Discord's API and returns its escaped
// path after the API root ("/users/@me").
func (rt *rewriter) api(u *url.URL) (string, bool) {
	if u.Scheme != rt.discord.Scheme || !strings.EqualFold(u.Host, rt.discord.Host) {
		return "", false
	}
	rest, ok := strings.CutPrefix(u.EscapedPath(), rt.discordPath)
	if !ok || (rest != "" && !strings.HasPrefix(rest, "/")) {
		return "", false
	}
	return rest, true
}

// RunGateway connects the adapter's session to the gateway and serves it
// until ctx is done: READY records the bot's user and registers the /story
// command, interactions are answered and messages handled (each off the
// gateway's reader). It returns the error of connecting, or nil once ctx
// is done and the connection closed; background work may still be under
// way then (see Wait).
func (a *Adapter) RunGateway(ctx context.Context) error {
	var registered atomic.Bool
	remove := []func(){
		a.s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
			if r.User != nil {
				a.SetBotUser(r.User.ID)
			}
			// Register once per run; a failure is retried at the
			// next READY (after a reconnect).
			if registered.Load() {
				return
			}
			if err := a.register(ctx, r); err != nil {
				a.log.Error("discord: register command", "err", err)
				return
			}
			registered.Store(true)
		}),
		a.s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			if ic.Interaction == nil {
				return
			}
			i := ic.Interaction
			a.background(ctx, func(ctx context.Context) {
				a.Interaction(ctx, i, func(resp *discordgo.InteractionResponse) error {
					return a.s.InteractionRespond(i, resp, discordgo.WithContext(ctx))
				})
			})
		}),
		a.s.AddHandler(func(s *discordgo.Session, mc *discordgo.MessageCreate) {
			m := mc.Message
			if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == a.self() {
				return
			}
			a.background(ctx, func(ctx context.Context) { a.Message(ctx, m) })
		}),
	}
	defer func() {
		for _, f := range remove {
			f()
		}
	}()

	if err := a.s.Open(); err != nil {
		return fmt.Errorf("discord: open gateway: %w", err)
	}
	a.log.Info("discord: gateway connected")
	<-ctx.Done()
	if err := a.s.Close(); err != nil && !errors.Is(err, discordgo.ErrWSNotFound) {
		a.log.Warn("discord: close gateway", "err", err)
	}
	return nil
}

// register puts the /story command in place of the application's global
// commands. The application is Options.AppID, or READY's.
func (a *Adapter) register(ctx context.Context, r *discordgo.Ready) error {
	app := a.appID
	if app == "" && r.Application != nil {
		app = r.Application.ID
	}
	if app == "" {
		return errors.New("no application ID")
	}
	_, err := a.s.ApplicationCommandBulkOverwrite(app, "", []*discordgo.ApplicationCommand{CommandDefinition()}, discordgo.WithContext(ctx))
	return err
}
