package attrib

// A title with the department it heads written before a name: "Secretary
// of Commerce Ivo Maric", "Minister of Foreign Affairs Lena Vask".

// postOf reports a title word that takes its department with "of" before
// the name of who holds it ("Secretary of", "Minister of").
func postOf(t tok) bool {
	return t.cap && (titles[t.lower] || personRoles[t.lower])
}

// departmentAndName reports capitalised words after a title's "of" that
// hold a department and then a name of two words: at least three words,
// the last two no body's ("Commerce Ivo Maric", not "Tarn Holdings
// Group").
func departmentAndName(ws []tok) bool {
	n := len(ws)
	if n < 3 || !allCap(ws) {
		return false
	}
	for _, t := range ws[n-2:] {
		if orgHeads[t.lower] || bodyNouns[t.lower] || roleWords[t.lower] {
			return false
		}
	}
	return !isPlace(ws[n-2:])
}
