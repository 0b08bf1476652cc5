package attrib

import ("testing";"fmt")

func TestZZ(t *testing.T) {
	an := Extract([]string{"DISGRACED Defence Minister Oren Vasko was last night accused of taking bribes.", "\"I have never taken a bribe in my life,\" Vasko said."})
	for _, p := range an.People { fmt.Printf("%q %q\n", p.Name, p.Role) }
	for _, d := range an.Decisions { fmt.Println(d.Sentence, d.Speaker, "|", d.Resolution) }
	for _, s := range an.Statements { fmt.Printf("%q %q\n", s.Speaker.Name, s.Speaker.Role) }
	a := &article{persons: map[string]*Speaker{}, gender: map[string]gender{}, orgKind: map[string]string{}, lastStated: -2, memberOf: map[string]*Speaker{}}
	for _, tk := range a.tokens("DISGRACED Defence Minister Oren Vasko was last night accused of taking bribes.") { fmt.Print(tk.text, "/", tk.tag, "/", tk.cap, " ") }
}
