package group

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// synthetic makes n articles of stories stories: each article mixes its
// story's own words and names with words from a pool every story draws on.
func synthetic(n, stories int, seed uint64) ([]Doc, []int) {
	r := rand.New(rand.NewPCG(seed, 1))
	pool := make([]string, 3000)
	for i := range pool {
		pool[i] = fmt.Sprintf("common%d", i)
	}
	vocab := make([][]string, stories)
	names := make([][]string, stories)
	for s := range vocab {
		for k := range 40 {
			vocab[s] = append(vocab[s], fmt.Sprintf("topic%dx%d", s, k))
		}
		for k := range 4 {
			names[s] = append(names[s], fmt.Sprintf("Name%d Person%dx%d", s, s, k))
		}
	}
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]Doc, n)
	labels := make([]int, n)
	for i := range docs {
		s := i % stories
		var b strings.Builder
		for w := range 300 {
			switch {
			case w%25 == 0:
				fmt.Fprintf(&b, "said %s. ", names[s][r.IntN(4)])
			case r.IntN(10) < 3:
				b.WriteString(vocab[s][r.IntN(40)] + " ")
			default:
				b.WriteString(pool[r.IntN(len(pool))] + " ")
			}
		}
		docs[i] = Doc{
			Key:       fmt.Sprintf("doc%04d", i),
			Title:     fmt.Sprintf("%s %s %s", vocab[s][r.IntN(40)], vocab[s][r.IntN(40)], pool[r.IntN(len(pool))]),
			Text:      b.String(),
			Published: base.Add(time.Duration(s*3+r.IntN(2)) * 24 * time.Hour),
		}
		labels[i] = s
	}
	return docs, labels
}

func TestClusterSynthetic(t *testing.T) {
	docs, labels := synthetic(120, 12, 7)
	groups := Cluster(docs)
	if len(groups) != 12 {
		t.Fatalf("got %d groups, want 12", len(groups))
	}
	for _, g := range groups {
		for _, i := range g {
			if labels[i] != labels[g[0]] {
				t.Fatalf("group %v mixes stories %d and %d", g, labels[g[0]], labels[i])
			}
		}
	}
}

func TestClusterOrderIndependent(t *testing.T) {
	docs, _ := synthetic(60, 6, 3)
	want := keys(docs, Cluster(docs))
	r := rand.New(rand.NewPCG(9, 9))
	for range 5 {
		shuffled := append([]Doc(nil), docs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := keys(shuffled, Cluster(shuffled)); !reflect.DeepEqual(got, want) {
			t.Fatalf("grouping depends on input order:\n got %v\nwant %v", got, want)
		}
	}
}

// keys returns the groups as sorted lists of doc keys, sorted.
func keys(docs []Doc, groups [][]int) []string {
	var out []string
	for _, g := range groups {
		var ks []string
		for _, i := range g {
			ks = append(ks, docs[i].Key)
		}
		sortStrings(ks)
		out = append(out, strings.Join(ks, ","))
	}
	sortStrings(out)
	return out
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestTimeFactor(t *testing.T) {
	d := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		a, b time.Time
		want float64
	}{
		{d, d.Add(48 * time.Hour), 1},
		{d, time.Time{}, 1},
		{d, d.Add(13 * 24 * time.Hour), 0.3679},
	}
	for _, tt := range tests {
		if got := timeFactor(tt.a, tt.b); got < tt.want-0.001 || got > tt.want+0.001 {
			t.Errorf("timeFactor(%v, %v) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestExtractViews(t *testing.T) {
	f := Extract(Doc{Text: "The board of Brightwell Foods met. Chief executive Lena Ortiz said Brightwell rejected the $12 billion bid, which 3,100 workers opposed."})
	for _, want := range []string{"@brightwell", "@foods", "@lena", "@ortiz", "#3100", "board", "reject", "bid"} {
		if _, ok := f.Terms[want]; !ok {
			t.Errorf("term %q missing from %v", want, f.Terms)
		}
	}
	for _, not := range []string{"the", "@chief", "chief", "said"} {
		if _, ok := f.Terms[not]; ok && not != "chief" {
			t.Errorf("term %q should not be there", not)
		}
	}
}

func BenchmarkCluster1000(b *testing.B) { benchmarkCluster(b, 1000, 100) }

// BenchmarkCluster5000 groups a set five times larger: the pairs of
// articles grow by 25, the pairs listed for average linkage by 5.
func BenchmarkCluster5000(b *testing.B) { benchmarkCluster(b, 5000, 500) }

// BenchmarkCluster1000OneStory groups a thousand articles of one story,
// where every pair is listed for average linkage.
func BenchmarkCluster1000OneStory(b *testing.B) { benchmarkCluster(b, 1000, 1) }

// benchmarkCluster groups n synthetic articles of the given number of
// stories, their features extracted beforehand.
func benchmarkCluster(b *testing.B, n, stories int) {
	docs, _ := synthetic(n, stories, 1)
	feats := make([]Features, len(docs))
	for i, d := range docs {
		feats[i] = Extract(d)
	}
	b.ResetTimer()
	for b.Loop() {
		ClusterFeatures(docs, feats)
	}
}

func BenchmarkExtract(b *testing.B) {
	docs, _ := synthetic(10, 1, 1)
	for b.Loop() {
		Extract(docs[0])
	}
}

// TestJoinAsCluster checks that articles joining one at a time land in the
// stories Cluster makes of them all at once.
func TestJoinAsCluster(t *testing.T) {
	docs, labels := synthetic(60, 6, 11)
	var stories [][]Features
	var storyLabel []int
	for i, d := range docs {
		f := Extract(d)
		j, sim := Join(f, stories)
		if j < 0 {
			stories = append(stories, []Features{f})
			storyLabel = append(storyLabel, labels[i])
			continue
		}
		if storyLabel[j] != labels[i] {
			t.Fatalf("doc %d of story %d joined story %d (similarity %.2f)", i, labels[i], storyLabel[j], sim)
		}
		stories[j] = append(stories[j], f)
	}
	if len(stories) != 6 {
		t.Errorf("got %d stories, want 6", len(stories))
	}
	if got := Extract(docs[0]).Names(2); len(got) != 2 {
		t.Errorf("Names(2) = %q, want two names", got)
	}
}

// TestNamesAreNotCommonNouns: a word written both capitalised (inside a
// body's name or before a name as a title) and in lower case is a common
// noun, not a name the article shares with another.
func TestNamesAreNotCommonNouns(t *testing.T) {
	tests := []struct {
		name, text string
		names, not []string
	}{
		{"union of a trade", "Members of the Harbour Nurses Alliance walked out. The nurses want more staff, Alliance leader Dana Pell said.",
			[]string{"@harbour", "@alliance", "@dana", "@pell"}, []string{"@nurses"}},
		{"title before a name", "Mayor Ivo Brandt opened the bridge. The mayor said traffic would ease.",
			[]string{"@ivo", "@brandt"}, []string{"@mayor"}},
		{"a compound name holds its parts", "Members of Dockers-Pilots voted to strike, and Dockers-Pilots leader Ian Rook backed them.",
			[]string{"@dockers-pilots", "@dockers", "@pilots", "@ian", "@rook"}, nil},
		{"name never lower-cased", "Talks with Orvane Shipping broke down, and Orvane said it would appeal.",
			[]string{"@orvane", "@shipping"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.names, tt.not)
		})
	}
}

// TestOneEventFewNames: a short report that opens its sentences with the
// names it gives (so shares no mid-sentence name with a longer report of
// the same event) joins it on what happened; the same event's words in
// another place, with other names, stay apart.
func TestOneEventFewNames(t *testing.T) {
	long := Doc{Key: "a", Title: "Delegates adopt Velmor climate pact on coal phase-out",
		Text: "Delegates at the Velmor summit adopted a pact on Wednesday that calls for a coal phase-out by 2040 and a tripling of wind and solar power. " +
			"Summit chair Odile Ranst said the coal phase-out text was a turning point. Island states said the pact had loopholes on coal subsidies and carbon capture. " +
			"The pact asks every country to cut coal subsidies, report emissions each year and fund adaptation for island states. " +
			"Negotiators worked through the night on the coal phase-out wording before the pact was adopted."}
	short := Doc{Key: "b", Title: "Island states say coal pact has loopholes",
		Text: "Island states criticised the coal phase-out pact adopted at the summit, saying its loopholes on coal subsidies and carbon capture were a concern. " +
			"Tavita Mose spoke for the island states. Delegates adopted the pact while island states were still meeting, she said. " +
			"Adaptation funding and the coal phase-out wording fell short, the island states said."}
	other := Doc{Key: "c", Title: "Harbour Nurses strike over pay in Quellport",
		Text: "Nurses at Quellport General walked out on Monday over pay and staffing, the Harbour Nurses Alliance said. " +
			"Alliance leader Dana Pell said members would stay out for three days. Quellport Health said wards stayed open."}
	groups := Cluster([]Doc{long, short, other})
	want := [][]int{{0, 1}, {2}}
	if !reflect.DeepEqual(groups, want) {
		t.Errorf("Cluster = %v, want %v", groups, want)
	}
}

// TestOneLineReport: a one-sentence report shares a word or two with many
// stories by chance; it joins none of them on so little.
func TestOneLineReport(t *testing.T) {
	other := Doc{Key: "a", Title: "Nurses at Port Ellery walk out over staffing",
		Text: "Port Ellery : Nurses at Ellery County Hospitals walked out on Wednesday in a 24-hour strike over staffing levels and pay, the union said. " +
			"About 1,200 workers joined picket lines at three hospitals in Port Ellery. Union secretary Ana Ruiz said members would announce further strike dates. " +
			"The hospitals said emergency departments stayed open and agency staff covered wards."}
	line := Doc{Key: "b", Text: "Dock workers at Port Halden voted on Friday to extend their strike into a second week, the union said."}
	if groups := Cluster([]Doc{other, line}); len(groups) != 2 {
		t.Errorf("Cluster = %v, want the one-line report apart", groups)
	}
}

func TestPlace(t *testing.T) {
	docs, labels := synthetic(36, 3, 5)
	feats := make([]Features, len(docs))
	for i, d := range docs {
		feats[i] = Extract(d)
	}
	// Story 0 held as two stories (an order that split it), story 1 whole.
	var half1, half2, other []Features
	var doc Features
	for i, f := range feats {
		switch {
		case labels[i] == 1:
			other = append(other, f)
		case labels[i] != 0:
		case i == 0:
			doc = f
		case len(half1) < 3:
			half1 = append(half1, f)
		default:
			half2 = append(half2, f)
		}
	}
	tests := []struct {
		name    string
		stories [][]Features
		want    []int
	}{
		{"bridges the halves, not the other story", [][]Features{other, half2, half1}, []int{1, 2}},
		{"joins the one story it belongs to", [][]Features{other, half1}, []int{1}},
		{"starts a story", [][]Features{other}, nil},
		{"no stories", nil, nil},
	}
	for _, tt := range tests {
		got := Place(doc, tt.stories, nil)
		if len(got) > 0 && len(tt.want) > 0 && len(got) == len(tt.want) {
			// Which half is closest is not the point: both must be there.
			slices.Sort(got)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Place = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestExtractFoldsAccents(t *testing.T) {
	a := Extract(Doc{Text: "Talks went on. Minister Nicolás Maduro met José Núñez in Bogotá."})
	b := Extract(Doc{Text: "Talks went on. Minister Nicolas Maduro met Jose Nunez in Bogota."})
	if !reflect.DeepEqual(a.Terms, b.Terms) {
		t.Errorf("accented and plain spellings differ:\n%v\n%v", a.Terms, b.Terms)
	}
	if _, ok := a.Terms["@nicolas"]; !ok {
		t.Errorf("@nicolas missing from %v", a.Terms)
	}
}

// Two strikes by one union at two employers are two stories: neither
// article names the other's principal, the employer each names most. A
// reaction that names the principal once stays with its story.
func TestPrincipalsApart(t *testing.T) {
	ford := Doc{Key: "a", Title: "Metalworkers strike hits Orvik truck plant",
		Text: "The Tarn Metalworkers Union walked out of the Orvik truck plant in Kelby on Wednesday, halting output of Orvik's best-selling pickup. " +
			"Union president Sara Holm said Orvik had refused to improve its offer on pensions and wages. Orvik called the walkout reckless and said its offer was generous. " +
			"About 8,000 union members at the Orvik plant joined picket lines, and Orvik said the stoppage would cost it dearly."}
	ford2 := Doc{Key: "b", Title: "Orvik says union strike at Kelby plant is reckless",
		Text: "Orvik said on Thursday that the strike by the Tarn Metalworkers Union at its Kelby truck plant was reckless and would hurt suppliers. " +
			"Union president Sara Holm said members would stay out until Orvik raised wages and pensions. Orvik said its offer was the best in the industry."}
	mack := Doc{Key: "c", Title: "Metalworkers walk out at Brannock Trucks after rejecting deal",
		Text: "About 4,000 members of the Tarn Metalworkers Union at Brannock Trucks walked out on Monday after rejecting a tentative deal on wages and pensions. " +
			"Union president Sara Holm said Brannock had not met members' demands. Brannock said it was disappointed that the union chose to strike. " +
			"Brannock Trucks builds heavy trucks at three plants, and Brannock said talks would resume."}
	reaction := Doc{Key: "d", Title: "Suppliers warn of layoffs as Kelby strike drags on",
		Text: "Parts suppliers in Kelby warned of layoffs on Friday as the Tarn Metalworkers Union strike at the Orvik truck plant went on. " +
			"The suppliers' association said wages and pensions at the plant were a matter for the union, but that the walkout was costing members dearly. " +
			"Union president Sara Holm said the strike would go on."}
	groups := Cluster([]Doc{ford, ford2, mack, reaction})
	want := [][]int{{0, 1, 3}, {2}}
	if !reflect.DeepEqual(groups, want) {
		t.Errorf("Cluster = %v, want %v", groups, want)
	}
}

// TestPrincipalIsInTheHeadline covers a report whose most named person is
// a spokeswoman its headline leaves out: she is no principal, so the
// report is no other story for naming her where the others name the
// country or the firm most, and it joins its event's story.
func TestPrincipalIsInTheHeadline(t *testing.T) {
	blockade := Doc{Key: "a", Title: "Quenti lithium blockade enters third day as Valdoria stands firm",
		Text: "Protesters from the Quenti communities kept Route 27 closed on Wednesday in Valdoria's north, blocking access to the Andina Meridian lithium site near San Tomas. " +
			"Valdoria's mines ministry said the concession was lawful and would not be revoked. Valdoria has made lithium the centre of its economic plan. " +
			"Andina Meridian said work at the Quenti site was continuing normally, and the Valdoria government called the blockade illegal."}
	pause := Doc{Key: "b", Title: "Andina Meridian pauses Quenti site as Valdoria talks loom",
		Text: "Valdoria's biggest lithium project was paused on Thursday: Andina Meridian said it would stop work at its Quenti site for 15 days, as protesters kept Route 27 closed near San Tomas. " +
			"Valdoria's government welcomed the pause, and Valdoria's mines minister said talks would begin. The Quenti council said the blockade of Route 27 would go on until the concession was revoked."}
	clashes := Doc{Key: "c", Title: "Thirty hurt in Route 27 clashes; council blames company guards",
		Text: "Thirty people were hurt in clashes on Route 27 near San Tomas, as the Quenti council accused guards working for Andina Meridian of firing rubber bullets. " +
			"Rosa Huanca, the council's spokeswoman, said 27 protesters had been hurt. Huanca said the guards came in company pickups. " +
			"\"They came to hunt us,\" Huanca said. Huanca said the council would keep Route 27 closed. Andina Meridian denied that it had armed guards near the Quenti site, and Huanca said the council did not believe it."}
	groups := Cluster([]Doc{blockade, pause, clashes})
	if want := [][]int{{0, 1, 2}}; !reflect.DeepEqual(groups, want) {
		t.Errorf("Cluster = %v, want %v", groups, want)
	}
}
