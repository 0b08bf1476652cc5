package regexp

import "sync"

// Lazy returns a function that compiles str the first time it is called
// and returns the same expression after that: package-level expressions
// declared with it cost nothing at program start (see the README).
func Lazy(str string) func() *Regexp {
	return sync.OnceValue(func() *Regexp { return MustCompile(str) })
}
