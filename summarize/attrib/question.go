package attrib

// scareQuoteShare is the share of a sentence below which its quotations
// are words the writer marks ("the “informant’s” name"), not
// someone's speech: a question with them is still the writer's.
const scareQuoteShare = 0.3
