// Command gen converts the averaged-perceptron part-of-speech model of
// github.com/jdkato/prose/v2 v2.0.0 (MIT licence, see ../../NOTICE) into
// the compact file model.bin that package tag embeds.
//
// It reads the module's model/AveragedPerceptron/*.gob from the Go module
// cache (downloading the module with `go mod download` when it is missing)
// and writes, little-endian:
//
//	magic "POSTAG1\n"
//	uint32 class count, then each class name as uint8 length + bytes
//	uint32 word count, then each word of the tag dictionary as uint8
//	       length + bytes + uint8 class index (sorted by word)
//	uint32 feature count n, n uint64 feature hashes (FNV-1a 64 of the
//	       feature string, ascending), n+1 uint32 entry offsets
//	uint32 entry count, then each entry as uint32: class<<26 | weight,
//	       the weight in thousandths as a 26-bit two's complement number
//
// Run it with `go generate ./summarize/tag`.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

const module = "github.com/jdkato/prose/v2@v2.0.0"

// weightBits is the width of a packed weight; the model's largest weight,
// 34.39, is 34390 thousandths, well inside 2^25.
const weightBits = 26

func main() {
	dir := flag.String("prose", "", "directory of "+module+" (default: from the module cache)")
	out := flag.String("o", "model.bin", "output file")
	prune := flag.Float64("prune", 0, "drop weights whose magnitude is below this")
	flag.Parse()
	if *dir == "" {
		*dir = moduleDir()
	}
	src := filepath.Join(*dir, "model", "AveragedPerceptron")
	var weights map[string]map[string]float64
	var tags map[string]string
	var classes []string
	decode(filepath.Join(src, "weights.gob"), &weights)
	decode(filepath.Join(src, "tags.gob"), &tags)
	decode(filepath.Join(src, "classes.gob"), &classes)

	classIndex := map[string]int{}
	for i, c := range classes {
		classIndex[c] = i
	}
	for _, t := range tags {
		if _, ok := classIndex[t]; !ok {
			log.Fatalf("dictionary tag %q is not a class", t)
		}
	}
	if len(classes) > 1<<(32-weightBits) {
		log.Fatalf("%d classes do not fit %d bits", len(classes), 32-weightBits)
	}

	type feature struct {
		hash    uint64
		entries []uint32
	}
	var feats []feature
	seen := map[uint64]string{}
	kept, dropped := 0, 0
	for key, ws := range weights {
		h := fnv.New64a()
		h.Write([]byte(key))
		sum := h.Sum64()
		if other, ok := seen[sum]; ok {
			log.Fatalf("hash collision: %q and %q", key, other)
		}
		seen[sum] = key
		labels := make([]string, 0, len(ws))
		for l := range ws {
			labels = append(labels, l)
		}
		sort.Slice(labels, func(i, j int) bool { return classIndex[labels[i]] < classIndex[labels[j]] })
		f := feature{hash: sum}
		for _, l := range labels {
			w := ws[l]
			if math.Abs(w) < *prune {
				dropped++
				continue
			}
			c, ok := classIndex[l]
			if !ok {
				log.Fatalf("feature %q: unknown class %q", key, l)
			}
			milli := int64(math.Round(w * 1000))
			if milli >= 1<<(weightBits-1) || milli < -(1<<(weightBits-1)) {
				log.Fatalf("weight %v does not fit %d bits", w, weightBits)
			}
			f.entries = append(f.entries, uint32(c)<<weightBits|uint32(milli)&(1<<weightBits-1))
			kept++
		}
		if len(f.entries) > 0 {
			feats = append(feats, f)
		}
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].hash < feats[j].hash })

	var b bytes.Buffer
	le := binary.LittleEndian
	u32 := func(v uint32) { b.Write(le.AppendUint32(nil, v)) }
	str := func(s string) {
		if len(s) > 255 {
			log.Fatalf("string too long: %q", s)
		}
		b.WriteByte(byte(len(s)))
		b.WriteString(s)
	}
	b.WriteString("POSTAG1\n")
	u32(uint32(len(classes)))
	for _, c := range classes {
		str(c)
	}
	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	u32(uint32(len(words)))
	for _, w := range words {
		str(w)
		b.WriteByte(byte(classIndex[tags[w]]))
	}
	u32(uint32(len(feats)))
	for _, f := range feats {
		b.Write(le.AppendUint64(nil, f.hash))
	}
	off := uint32(0)
	for _, f := range feats {
		u32(off)
		off += uint32(len(f.entries))
	}
	u32(off)
	u32(off)
	for _, f := range feats {
		for _, e := range f.entries {
			u32(e)
		}
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d classes, %d dictionary words, %d features, %d weights (%d pruned), %d bytes\n",
		*out, len(classes), len(words), len(feats), kept, dropped, b.Len())
}

func decode(path string, v any) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := gob.NewDecoder(f).Decode(v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// moduleDir finds prose in the module cache, downloading it if needed.
func moduleDir() string {
	out, err := exec.Command("go", "mod", "download", "-json", module).Output()
	if err != nil {
		log.Fatalf("go mod download %s: %v", module, err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		log.Fatalf("go mod download %s: no directory in %s", module, out)
	}
	return m.Dir
}
