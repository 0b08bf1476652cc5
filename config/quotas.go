package config

// Quotas bound what one workspace may hold and how fast one user may
// command the bot; 0 turns a quota off. Each has its environment
// variable, and a key under quotas: in the YAML file.
type Quotas struct {
	// Feeds is the most feeds a workspace subscribes. Env
	// STORYBOT_MAX_FEEDS.
	Feeds int `yaml:"feeds"`
	// Follows is the most follows a workspace has, over all its
	// channels. Env STORYBOT_MAX_FOLLOWS.
	Follows int `yaml:"follows"`
	// Stories is the most stories a workspace keeps. Env
	// STORYBOT_MAX_STORIES.
	Stories int `yaml:"stories"`
	// StoryArticles is the most articles one story holds. Env
	// STORYBOT_MAX_STORY_ARTICLES.
	StoryArticles int `yaml:"story_articles"`
	// CommandsPerMinute is the most commands one user of a workspace
	// gives in a minute, counted on every replica. Env
	// STORYBOT_MAX_COMMANDS_PER_MINUTE.
	CommandsPerMinute int `yaml:"commands_per_minute"`
}

// DefaultQuotas are the quotas when nothing else is set.
func DefaultQuotas() Quotas {
	return Quotas{Feeds: 50, Follows: 100, Stories: 10_000, StoryArticles: 5_000, CommandsPerMinute: 30}
}
