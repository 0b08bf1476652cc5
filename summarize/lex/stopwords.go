package lex

// IsStop reports whether a lower-case word carries no topic of its own:
// English function words, reporting verbs, and the calendar and filler
// words every news story shares.
func IsStop(lower string) bool { return stopWords[lower] }

var stopWords = setOf(
	// function words
	"a", "about", "above", "after", "again", "against", "all", "almost", "along",
	"already", "also", "although", "always", "am", "among", "an", "and", "another",
	"any", "are", "around", "as", "at", "be", "because", "been", "before", "being",
	"below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do",
	"does", "doing", "done", "down", "during", "each", "either", "else", "even",
	"ever", "every", "few", "for", "from", "further", "had", "has", "have", "having",
	"he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
	"i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less",
	"let", "like", "may", "me", "might", "more", "most", "much", "must", "my",
	"myself", "neither", "no", "nor", "not", "now", "of", "off", "often", "on",
	"once", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
	"over", "own", "per", "perhaps", "quite", "rather", "same", "several", "shall",
	"she", "should", "since", "so", "some", "still", "such", "than", "that", "the",
	"their", "theirs", "them", "themselves", "then", "there", "these", "they",
	"this", "those", "though", "through", "thus", "to", "too", "toward", "towards",
	"under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what",
	"whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose",
	"why", "will", "with", "within", "without", "would", "yet", "you", "your",
	"yours", "yourself", "ago", "instead", "including", "amid", "despite", "across",
	"behind", "beyond", "near", "next", "last", "first", "second", "new", "many",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"mr", "mrs", "ms", "dr", "n't", "'s", "it's", "don't", "didn't", "won't",
	"can't", "isn't", "wasn't", "aren't", "weren't", "we're", "they're", "i'm",
	"that's", "there's", "he's", "she's", "we've", "they've", "i've", "we'll",
	// reporting verbs and filler every story shares
	"said", "say", "says", "saying", "told", "tell", "tells", "added", "add",
	"according", "stated", "noted", "asked", "reported", "report", "reports",
	"reporters", "statement", "spoke", "speaking", "comment", "comments",
	"commented", "confirmed", "called", "make", "made", "makes", "take", "took",
	"taken", "takes", "taking", "making", "get", "gets", "getting", "got", "go",
	"goes", "going", "gone", "went", "come", "comes", "coming", "came", "see",
	"sees", "saw", "seen", "want", "wants", "wanted", "well", "way", "thing",
	"things", "told", "yes",
	// calendar
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year",
	"years", "day", "days", "time", "times", "morning", "evening", "night",
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
