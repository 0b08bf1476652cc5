package bot

import (
	"context"
	"errors"
	"sort"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
)

// Store keeps the stories, follows and feeds of every workspace.
// adapters/redis implements it on Redis (or the embedded server).
// Workspaces are strictly apart: no method reads across them.
type Store interface {
	// Ping reports whether the store can be reached.
	Ping(ctx context.Context) error
	// AddWorkspace records that a workspace exists; Workspace reports it.
	AddWorkspace(ctx context.Context, ws string) error
	Workspace(ctx context.Context, ws string) (bool, error)

	// ArticleStory returns the story holding the article with this
	// content ID, or "".
	ArticleStory(ctx context.Context, ws, articleID string) (string, error)
	// URLArticle returns the story and article ID last read from a
	// canonical URL, or "", "".
	URLArticle(ctx context.Context, ws, url string) (storyID, articleID string, err error)
	// Search returns the stories indexed under any of the terms, best
	// first: a story's score is the sum over the terms of its weight for
	// the term times the term's rarity.
	Search(ctx context.Context, ws string, terms []string, limit int) ([]Match, error)
	// Find resolves a story query's words in one round trip: the story
	// that carries at least q.Need of the terms with the best score (as
	// Search scores), or the candidates when runners-up come within
	// q.Close of it; for a clear match it also reads the digest q.Read
	// asks for.
	Find(ctx context.Context, ws string, q Query) (Found, error)
	// Features returns the grouping features of the articles of each
	// story, by story ID.
	Features(ctx context.Context, ws string, storyIDs []string) (map[string][]group.Features, error)
	// DocFreq returns how many of the workspace's articles carry each of
	// the grouping terms (group.Features.Terms' keys), and how many
	// articles it holds, as Change.DF counted them.
	DocFreq(ctx context.Context, ws string, terms []string) (group.DF, error)
	// Story loads a story for a placement or a refresh to update it:
	// whole but for its Digest, Brief and BriefOmitted, left empty
	// (Digest reads those). It returns ErrNotFound for an unknown story.
	Story(ctx context.Context, ws, id string) (*StoredStory, error)
	// StoryHead is Story without the articles' texts, for a placement that
	// only adds an article: Articles hold each article's ID alone, and
	// Head is set. A story of thousands of articles is read in a fraction
	// of the time, under the workspace's placement lease.
	StoryHead(ctx context.Context, ws, id string) (*StoredStory, error)
	// SaveStory writes one ingest atomically: all of it or nothing. It
	// fails with ErrConflict when the story's version is no longer
	// prevVersion (another ingest came first).
	SaveStory(ctx context.Context, ws string, prevVersion int64, w StoryWrite) error
	// SaveChange writes a change of several stories atomically (a merge,
	// a move, a forget): all of it or nothing. It fails with ErrConflict
	// when a story's version is no longer the one the change was made
	// from.
	SaveChange(ctx context.Context, ws string, c Change) error
	// Redirect returns the story that a story merged away now lives in
	// (followed to the end), or "" for an ID that was never merged.
	Redirect(ctx context.Context, ws, id string) (string, error)

	// SaveDigest writes what a refresh computed of a story (see
	// DigestWrite) and takes the story off the stale list, atomically,
	// only while the story's version is still w.Story.Version; else it
	// fails with ErrConflict (an article joined meanwhile) and writes
	// nothing. A digest of that version written already is not written
	// again.
	SaveDigest(ctx context.Context, ws string, w DigestWrite) error
	// IsStale reports whether a story's digest lags its articles: a
	// placement changed it and no refresh has caught up yet.
	IsStale(ctx context.Context, ws, id string) (bool, error)
	// StaleStories returns the IDs of the workspace's stale stories.
	StaleStories(ctx context.Context, ws string) ([]string, error)

	// TryLease takes a lease (a workspace's placement lease, or the
	// refresh lease of one of its stories) for ttl under token when no
	// one holds it, and reports whether it did. RenewLease extends it
	// while token still holds it and reports whether it does;
	// ReleaseLease gives it up if token still holds it. A holder that
	// dies loses the lease when ttl runs out.
	TryLease(ctx context.Context, key LeaseKey, token string, ttl time.Duration) (bool, error)
	RenewLease(ctx context.Context, key LeaseKey, token string, ttl time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, key LeaseKey, token string) error

	// Digest returns the precomputed digest of a story: whole, or with
	// brief the digest cut as latest shows it, and what the cut left out.
	// ErrNotFound for an unknown story.
	Digest(ctx context.Context, ws, id string, kind DigestKind) (summarize.Digest, Omitted, error)
	// Seen returns when each article, claim and dispute of a story was
	// first seen (see StoredStory.Seen).
	Seen(ctx context.Context, ws, id string) (map[string]time.Time, error)
	// Stories returns the stories, most recently updated first, from
	// offset, at most limit, and how many there are.
	Stories(ctx context.Context, ws string, offset, limit int) ([]StoryInfo, int, error)
	// StoryInfos returns what list shows of the given stories (unknown
	// ones are left out).
	StoryInfos(ctx context.Context, ws string, ids []string) ([]StoryInfo, error)

	// PutFollow stores a follow, replacing one of the same channel and
	// story; DeleteFollow removes it and reports whether there was one.
	PutFollow(ctx context.Context, ws string, f Follow) error
	DeleteFollow(ctx context.Context, ws, channel, storyID string) (bool, error)
	Follows(ctx context.Context, ws string) ([]Follow, error)

	// PutFeed stores a feed subscription; DeleteFeed removes it and
	// reports whether there was one.
	PutFeed(ctx context.Context, ws string, f Feed) error
	DeleteFeed(ctx context.Context, ws, url string) (bool, error)
	Feeds(ctx context.Context, ws string) ([]Feed, error)
}

// Store errors.
var (
	// ErrNotFound: no such story.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the story changed since it was read.
	ErrConflict = errors.New("story changed meanwhile")
)

// LeaseKey names a lease: the placement lease of Workspace when Story
// is empty, else the refresh lease of that story.
type LeaseKey struct {
	Workspace string
	Story     string
}

// String names the lease in logs and errors.
func (k LeaseKey) String() string {
	if k.Story == "" {
		return "placement lease of " + k.Workspace
	}
	return "refresh lease of " + k.Workspace + " " + k.Story
}

// Query is a story query for Store.Find.
type Query struct {
	Terms []string
	// Need is how many of the terms a story must carry.
	Need int
	// Close: runners-up scoring at least Close times the best make the
	// query ambiguous.
	Close float64
	// Max bounds the candidates of an ambiguous query.
	Max int
	// Read is the digest to read with a clear match.
	Read DigestKind
}

// DigestKind names a stored digest.
type DigestKind int

// Digest kinds.
const (
	NoDigest DigestKind = iota
	// BriefDigest is the digest cut as latest shows it.
	BriefDigest
	// FullDigest is the whole digest.
	FullDigest
)

// Found is the answer to a Query: ID and its digest for a clear match,
// Candidates (best first) for an ambiguous one, neither for no match.
type Found struct {
	ID         string
	Digest     summarize.Digest
	Omitted    Omitted
	Candidates []string
}

// Match is a story found by Search.
type Match struct {
	ID    string
	Score float64
	// Terms counts the query terms the story carries.
	Terms int
}

// StoryInfo is what a list of stories shows of each.
type StoryInfo struct {
	ID       string
	Title    string
	Articles int
	Updated  time.Time
}

// StoredStory is a story as the store keeps it.
type StoredStory struct {
	ID    string
	Title string
	// FixedTitle is true when people named the story (add ... to TITLE,
	// --story): ingests keep the title.
	FixedTitle bool
	// Version counts the placements (ingests, merges, moves) that
	// changed the story.
	Version int64
	// DigestVersion is the Version that Digest, Brief, the claims'
	// first-seen times and the full Terms were computed for: less than
	// Version while the story is stale (articles placed, no refresh
	// yet).
	DigestVersion int64
	Created       time.Time
	// Updated is when an article last joined the story.
	Updated  time.Time
	Articles []summarize.Article
	// Head is true for a story read by Store.StoryHead: each of Articles
	// holds its ID alone. Such a story may be written with articles added
	// (StoryWrite.Put), never with its own articles moved or digested.
	Head bool
	// Features holds the grouping features of each article, by ID.
	Features map[string]group.Features
	// Digest is the story's digest, computed by the last refresh (a
	// write sets it; Store.Story does not read it back).
	Digest summarize.Digest
	// Brief is Digest cut to what latest shows in a chat message, and
	// BriefOmitted what the cut left out.
	Brief        summarize.Digest
	BriefOmitted Omitted
	// Seen holds when each article ("a:ID"), claim ("c:ID") and dispute
	// ("d:ID", its current status since) was first seen.
	Seen map[string]time.Time
	// Terms are the words the story is found by, with their weights.
	Terms map[string]float64
}

// StoryWrite is what one placement (an ingest, a merge, a move) changes
// in a story. A story written with a DigestVersion other than its
// Version is stale: it goes on the stale list, and its stored digest and
// brief are left as they are (a new story's are written as given) for a
// refresh to bring up to date. One written with DigestVersion ==
// Version leaves the stale list.
type StoryWrite struct {
	// Prev is the story's version when it was read (0: a new story);
	// SaveChange fails with ErrConflict when it is no longer that.
	Prev int64
	// Story holds the story after the ingest; only the articles in Put
	// are written.
	Story *StoredStory
	// Put are the articles added or revised.
	Put []summarize.Article
	// Delete are the IDs of articles replaced by a revision or moved
	// out of the story.
	Delete []string
	// OldTerms are the story's index terms before the ingest, so that
	// terms it no longer has are dropped.
	OldTerms map[string]float64
}

// DigestWrite is what a refresh writes of a story: Story's Title (unless
// FixedTitle), Digest, Brief, BriefOmitted, Seen and Terms, computed for
// Story.Version, which becomes its DigestVersion.
type DigestWrite struct {
	Story *StoredStory
	// OldTerms are the story's index terms as read, so that terms it no
	// longer has are dropped.
	OldTerms map[string]float64
}

// Change is what a merge, a move or a forget writes: stories updated
// and stories removed, in one transaction.
type Change struct {
	Writes  []StoryWrite
	Removes []StoryRemoval
	// DF is what the change adds to (or, negative, takes from) the
	// workspace's document frequencies.
	DF group.DF
}

// StoryRemoval is a story a change deletes: merged into another (Into
// set: its articles are written to that story by the same change, its
// follows move there and its ID redirects there) or forgotten (Into
// empty: its articles, URLs and follows go too).
type StoryRemoval struct {
	ID      string
	Version int64
	// Terms are the story's index terms, dropped from the index.
	Terms map[string]float64
	Into  string
	// Articles are the IDs of the articles forgotten with the story, and
	// URLs their canonical URLs.
	Articles []string
	URLs     []string
}

// Follow is a channel's subscription to a story's digest of changes.
type Follow struct {
	Channel string `json:"channel"`
	// Thread, when set, is the thread of the channel the digests go to.
	Thread   string    `json:"thread,omitempty"`
	StoryID  string    `json:"story"`
	Title    string    `json:"title"`
	Schedule Schedule  `json:"schedule"`
	Created  time.Time `json:"created"`
	// Sent is when a digest was last posted (zero: never).
	Sent time.Time `json:"sent,omitzero"`
}

// Feed is an RSS or Atom subscription of a workspace.
type Feed struct {
	URL string `json:"url"`
	// Story, when set, is the story every entry goes to.
	Story   string    `json:"story,omitempty"`
	Channel string    `json:"channel,omitempty"`
	Added   time.Time `json:"added"`
	// Include and Exclude, when set, keep only the entries whose title or
	// summary holds one of Include's words and none of Exclude's.
	Include []string `json:"include,omitempty"`
	Exclude []string `json:"exclude,omitempty"`
	// State is what polling found; Store.Feeds fills it in, it is stored
	// apart.
	State FeedState `json:"-"`
}

// SortMatches orders matches best first, then by ID.
func SortMatches(ms []Match) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Score != ms[j].Score {
			return ms[i].Score > ms[j].Score
		}
		return ms[i].ID < ms[j].ID
	})
}
