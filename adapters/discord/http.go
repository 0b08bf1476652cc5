package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// maxBody bounds an interaction request.
const maxBody = 1 << 20

// maxSkew is how far an interaction's timestamp may be from now:
// VerifyInteraction checks the signature, not the age, so a replayed
// request is refused here.
const maxSkew = 5 * time.Minute

// Handler returns the HTTP interactions endpoint (POST
// /discord/interactions), verifying each request with the application's
// public key: a missing, wrong or stale signature gets 401 and nothing is
// done.
func (a *Adapter) Handler(key ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		if err := checkTimestamp(r.Header.Get("X-Signature-Timestamp"), time.Now()); err != nil || !discordgo.VerifyInteraction(r, key) {
			a.log.Warn("discord: interaction refused", "err", err)
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, "not an interaction", http.StatusBadRequest)
			return
		}
		responded := false
		a.Interaction(r.Context(), &i, func(resp *discordgo.InteractionResponse) error {
			if responded {
				return errors.New("discord: interaction answered twice")
			}
			responded = true
			w.Header().Set("Content-Type", "application/json")
			return json.NewEncoder(w).Encode(resp)
		})
		if !responded {
			w.WriteHeader(http.StatusNoContent)
		}
	})
}

// checkTimestamp refuses a missing timestamp or one more than maxSkew from
// now.
func checkTimestamp(stamp string, now time.Time) error {
	sec, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return fmt.Errorf("discord: bad timestamp %q", stamp)
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return fmt.Errorf("discord: timestamp %s off by %v", stamp, d.Round(time.Second))
	}
	return nil
}
