package tag

import (
	_ "embed"
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

// model is model.bin, read in place: the feature tables stay in the
// embedded string, and only the dictionary and the bucket index are
// built on load.
type model struct {
	classes []Tag          // model class index -> tag
	dict    map[string]Tag // words the training data always tagged alike
	hashes  string         // n uint64 feature hashes, ascending
	offsets string         // n+1 uint32: entries of feature i run from offsets[i] to offsets[i+1]
	entries string         // uint32 class<<weightBits | weight in thousandths
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
	return leUint32(s)
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
	m.hashes = r.take(8 * nf)
	m.offsets = r.take(4 * (nf + 1))
	ne := int(r.u32())
	m.entries = r.take(4 * ne)
	if r.err != nil {
		return nil, r.err
	}
	if r.s != "" {
		return nil, fmt.Errorf("model.bin: %d bytes after the entries", len(r.s))
	}
	if m.offset(nf) != uint32(ne) {
		return nil, fmt.Errorf("model.bin: %d entries, offsets end at %d", ne, m.offset(nf))
	}
	m.buckets = make([]uint32, 1<<bucketBits+1)
	b := 0
	for i := 0; i < nf; i++ {
		for top := int(m.hash(i) >> (64 - bucketBits)); b <= top; b++ {
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

// leUint32 and leUint64 read little-endian numbers of the model. The
// first read of the last byte is the one bounds check, after which the
// compiler reads the bytes as one word: the tagger reads a dozen hashes
// and offsets for every word.
func leUint32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func leUint64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (m *model) hash(i int) uint64 { return leUint64(m.hashes[8*i:]) }

func (m *model) offset(i int) uint32 { return leUint32(m.offsets[4*i:]) }

// weights returns the packed weights of the feature with hash h, four
// bytes each, or "".
func (m *model) weights(h uint64) string {
	top := h >> (64 - bucketBits)
	lo, hi := int(m.buckets[top]), int(m.buckets[top+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.hash(mid) < h {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m.hashes)/8 && m.hash(lo) == h {
		return m.entries[4*m.offset(lo) : 4*m.offset(lo+1)]
	}
	return ""
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
