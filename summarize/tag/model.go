package tag

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"regexp"
	"sync"
)

//go:embed model.bin
var modelData string

// bucketBits is the number of leading hash bits that index the bucket
// table: 2^16 buckets hold the model's 75,000 features one or two apiece,
// so a lookup is a table read and a step or two.
const bucketBits = 16

// weightBits is the width of a packed weight (see internal/gen).
const weightBits = 26

// model is the decoded model.bin.
type model struct {
	classes []Tag          // model class index -> tag
	dict    map[string]Tag // words the training data always tagged alike
	hashes  []uint64       // feature hashes, ascending
	offsets []uint32       // entries of feature i: entries[offsets[i]:offsets[i+1]]
	entries []uint32       // class<<weightBits | weight in thousandths
	buckets []uint32       // first feature whose hash has the bucket's leading bits
	// link and email are prose's (commonregex's) patterns: a word that
	// looks like an address is a noun.
	link, email, none *regexp.Regexp
}

var (
	loadOnce sync.Once
	loaded   *model
)

// load decodes the embedded model once.
func load() *model {
	loadOnce.Do(func() {
		m, err := decode(modelData)
		if err != nil {
			panic("tag: " + err.Error())
		}
		loaded = m
	})
	return loaded
}

// Load reads the model now rather than on the first call to Words; it is
// for callers that time their work.
func Load() { load() }

type reader struct {
	s   string
	err error
}

func (r *reader) take(n int) string {
	if r.err != nil || n > len(r.s) {
		r.err = fmt.Errorf("model.bin truncated")
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *reader) u32() uint32 {
	s := r.take(4)
	if len(s) < 4 {
		return 0
	}
	return binary.LittleEndian.Uint32([]byte(s))
}

func (r *reader) str() string {
	n := r.take(1)
	if n == "" {
		return ""
	}
	return r.take(int(n[0]))
}

func decode(data string) (*model, error) {
	r := &reader{s: data}
	if r.take(8) != "POSTAG1\n" {
		return nil, fmt.Errorf("model.bin: bad magic")
	}
	m := &model{}
	for n := r.u32(); n > 0 && r.err == nil; n-- {
		name := r.str()
		t := Parse(name)
		if t == Invalid {
			return nil, fmt.Errorf("model.bin: unknown tag %q", name)
		}
		m.classes = append(m.classes, t)
	}
	nw := r.u32()
	m.dict = make(map[string]Tag, nw)
	for ; nw > 0 && r.err == nil; nw-- {
		w := r.str()
		c := r.take(1)
		if c == "" || int(c[0]) >= len(m.classes) {
			return nil, fmt.Errorf("model.bin: bad dictionary entry %q", w)
		}
		m.dict[w] = m.classes[c[0]]
	}
	nf := int(r.u32())
	hs := r.take(8 * nf)
	os := r.take(4 * (nf + 1))
	ne := int(r.u32())
	es := r.take(4 * ne)
	if r.err != nil {
		return nil, r.err
	}
	m.hashes = make([]uint64, nf)
	for i := range m.hashes {
		m.hashes[i] = leUint64(hs[8*i:])
	}
	m.offsets = make([]uint32, nf+1)
	for i := range m.offsets {
		m.offsets[i] = leUint32(os[4*i:])
	}
	m.entries = make([]uint32, ne)
	for i := range m.entries {
		e := leUint32(es[4*i:])
		if int(e>>weightBits) >= len(m.classes) {
			return nil, fmt.Errorf("model.bin: bad class in entry %d", i)
		}
		m.entries[i] = e
	}
	if m.offsets[nf] != uint32(ne) {
		return nil, fmt.Errorf("model.bin: %d entries, offsets end at %d", ne, m.offsets[nf])
	}
	m.buckets = make([]uint32, 1<<bucketBits+1)
	b := 0
	for i, h := range m.hashes {
		for top := int(h >> (64 - bucketBits)); b <= top; b++ {
			m.buckets[b] = uint32(i)
		}
	}
	for ; b <= 1<<bucketBits; b++ {
		m.buckets[b] = uint32(nf)
	}
	m.link = regexp.MustCompile(linkPattern)
	m.email = regexp.MustCompile(emailPattern)
	m.none = regexp.MustCompile(nonePattern)
	return m, nil
}

func leUint32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func leUint64(s string) uint64 {
	return uint64(leUint32(s)) | uint64(leUint32(s[4:]))<<32
}

// weights returns the packed weights of the feature with hash h.
func (m *model) weights(h uint64) []uint32 {
	top := h >> (64 - bucketBits)
	lo, hi := int(m.buckets[top]), int(m.buckets[top+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.hashes[mid] < h {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m.hashes) && m.hashes[lo] == h {
		return m.entries[m.offsets[lo]:m.offsets[lo+1]]
	}
	return nil
}

// The patterns of github.com/mingrammer/commonregex v1.0.1 (MIT) that
// prose uses, and prose's pattern of empty elements.
const (
	linkPattern  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	emailPattern = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
	nonePattern  = `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`
)

// emoticons are the faces prose's tokenizer keeps whole; they are symbols.
var emoticons = map[string]bool{"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true,
	"(o:": true, "(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true, ":-))": true,
	":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true, ":-x": true,
	":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true, ":]": true, ":`(": true, ":`)": true,
	":`-(": true, ":o": true, ":o)": true, "=(": true, "=)": true, "=D": true, "=|": true, "@_@": true,
	"O.o": true, "O_o": true, "V_V": true, "XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true,
	"o_o": true, "v_v": true, "xD": true, "xDD": true, "¯\\(ツ)/¯": true}
