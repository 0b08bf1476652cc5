package redis

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	fastjson "github.com/goccy/go-json"

	"github.com/storybot/storybot/summarize/group"
)

// deflatedJSON marks a stored value as deflated JSON: its first byte,
// which no JSON text starts with, so that values stored as plain JSON
// before still read.
const deflatedJSON = 0x01

// compactFeatures marks grouping features stored compactly (see
// encodeFeatures).
const compactFeatures = 0x02

// A flate writer costs hundreds of kilobytes to make: they are kept for
// reuse, as are the readers. What is rewritten at each refresh (a story's
// digest, brief and first-seen times) is deflated fast; what is written
// once (an article, its features) is deflated smaller, at the default
// level: about 16% fewer bytes for an article, for about 40 µs more of
// CPU, once.
var (
	fastWriters  = writerPool(flate.BestSpeed)
	smallWriters = writerPool(flate.DefaultCompression)
	flateReaders = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

func writerPool(level int) *sync.Pool {
	return &sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, level)
		return w
	}}
}

// deflate returns data deflated after the mark byte, by a writer of pool.
func deflate(pool *sync.Pool, mark byte, data []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(data)/3 + 16)
	buf.WriteByte(mark)
	zw := pool.Get().(*flate.Writer)
	zw.Reset(&buf)
	zw.Write(data) // writes to a bytes.Buffer do not fail
	zw.Close()
	pool.Put(zw)
	return buf.Bytes()
}

// inflate returns the data that deflate made b of (without its mark).
func inflate(b []byte) ([]byte, error) {
	zr := flateReaders.Get().(io.ReadCloser)
	defer flateReaders.Put(zr)
	if err := zr.(flate.Resetter).Reset(bytes.NewReader(b), nil); err != nil {
		return nil, err
	}
	out := bytes.NewBuffer(make([]byte, 0, 4*len(b)))
	if _, err := out.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	return out.Bytes(), nil
}

// encodeJSON encodes v as deflated JSON: a stored digest repeats its
// article ids, sides and words, and deflates to about a quarter.
func encodeJSON(v any) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return deflate(fastWriters, deflatedJSON, data), nil
}

// decodeJSON decodes what encodeJSON made, or plain JSON.
func decodeJSON(raw []byte, v any) error {
	if len(raw) > 0 && raw[0] == deflatedJSON {
		data, err := inflate(raw[1:])
		if err != nil {
			return err
		}
		raw = data
	}
	return fastjson.Unmarshal(raw, v)
}

// encodeFeatures stores an article's grouping features compactly, then
// deflated: its publication time (unix ns, or nothing when unknown) on
// the first line, then a line per term, in order, of the term, a tab and
// its count. A weight group.Extract gives is 1 + ln(count) of a whole
// count, and is stored as that count; any other weight is stored as the
// number itself after a "=" (strconv's shortest form, which reads back
// the same bits).
func encodeFeatures(f group.Features) ([]byte, error) {
	var b []byte
	if !f.Published.IsZero() {
		b = strconv.AppendInt(b, f.Published.UnixNano(), 10)
	}
	b = append(b, '\n')
	terms := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	for _, t := range terms {
		if strings.ContainsAny(t, "\t\n") || t == "" {
			return json.Marshal(f) // no term of Extract's; stored as it is
		}
		w := f.Terms[t]
		b = append(b, t...)
		b = append(b, '\t')
		if n := math.Round(math.Exp(w - 1)); n >= 1 && n < 1<<31 && 1+math.Log(n) == w {
			b = strconv.AppendInt(b, int64(n), 10)
		} else {
			b = append(b, '=')
			b = strconv.AppendFloat(b, w, 'g', -1, 64)
		}
		b = append(b, '\n')
	}
	return deflate(smallWriters, compactFeatures, b), nil
}

// decodeFeatures decodes what encodeFeatures made, or the JSON features
// were stored as before.
func decodeFeatures(raw []byte) (group.Features, error) {
	var f group.Features
	if len(raw) == 0 || raw[0] != compactFeatures {
		err := fastjson.Unmarshal(raw, &f)
		return f, err
	}
	data, err := inflate(raw[1:])
	if err != nil {
		return f, err
	}
	head, rest, _ := strings.Cut(string(data), "\n")
	if head != "" {
		ns, err := strconv.ParseInt(head, 10, 64)
		if err != nil {
			return f, fmt.Errorf("features: time %q: %w", head, err)
		}
		f.Published = time.Unix(0, ns).UTC()
	}
	f.Terms = make(map[string]float64, strings.Count(rest, "\n"))
	for line := range strings.Lines(rest) {
		t, v, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			return f, fmt.Errorf("features: line %q", line)
		}
		if x, ok := strings.CutPrefix(v, "="); ok {
			w, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return f, fmt.Errorf("features: weight %q: %w", v, err)
			}
			f.Terms[t] = w
			continue
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return f, fmt.Errorf("features: count %q: %w", v, err)
		}
		f.Terms[t] = 1 + math.Log(float64(n))
	}
	return f, nil
}
