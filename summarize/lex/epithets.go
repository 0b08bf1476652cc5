package lex

// epithets are adjectives a report puts before a person's title or a
// body's noun to colour them, not to name them: "Furious Health Minister
// Ines Marovic", "the fiery union chief", "embattled chief executive".
// They are no word of a title, a name or a body's kind.
var epithets = setOf("furious", "fiery", "angry", "outraged", "livid", "fuming", "seething", "irate",
	"incensed", "exasperated", "frustrated", "embattled", "beleaguered", "defiant", "outspoken", "combative",
	"firebrand", "hardline", "hard-line", "militant", "controversial", "under-fire", "disgraced", "shamed",
	"tearful", "emotional", "heartbroken", "devastated", "distraught", "grieving", "jubilant", "delighted",
	"triumphant", "bullish", "upbeat", "unrepentant", "unapologetic", "red-faced", "beaming", "brave", "plucky",
	"tough-talking", "straight-talking", "no-nonsense", "feisty", "fearless", "grim-faced", "stony-faced",
	"shocked", "stunned", "horrified", "dismayed", "bitter", "weary", "exhausted", "relieved", "cautious",
	"gaffe-prone", "scandal-hit", "crisis-hit", "under-pressure", "cash-strapped", "veteran", "maverick")

// IsEpithet reports a colouring adjective (lower case): see epithets.
func IsEpithet(lower string) bool { return epithets[lower] }
