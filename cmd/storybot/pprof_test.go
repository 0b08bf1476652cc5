package main

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestPprofOptIn: Go's profiles are served only when STORYBOT_PPROF_ADDR
// is set, only there, and never on the public listener.
func TestPprofOptIn(t *testing.T) {
	addrRe := regexp.MustCompile(`profiles served"? addr=(\S+)`)
	for _, tc := range []struct {
		name string
		env  []string
	}{
		{"unset", nil},
		{"set", []string{"STORYBOT_PPROF_ADDR=127.0.0.1:0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := startRun(t, tc.env...)
			if code, _ := r.get(t, "/debug/pprof/"); code != http.StatusNotFound {
				t.Errorf("public listener: GET /debug/pprof/ = %d, want 404", code)
			}
			m := addrRe.FindStringSubmatch(r.logs)
			if tc.env == nil {
				if m != nil {
					t.Errorf("profiles served with STORYBOT_PPROF_ADDR unset:\n%s", r.logs)
				}
				r.stop(t)
				return
			}
			if m == nil {
				t.Fatalf("no profiling address logged:\n%s", r.logs)
			}
			resp, err := http.Get("http://" + m[1] + "/debug/pprof/")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "goroutine") {
				t.Errorf("GET /debug/pprof/ on %s = %d\n%.300s", m[1], resp.StatusCode, body)
			}
			if resp, err := http.Get("http://" + m[1] + "/healthz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusNotFound {
					t.Errorf("the profiling listener serves /healthz: %d", resp.StatusCode)
				}
			}
			r.stop(t)
		})
	}
}
