package redis

import (
	"cmp"
	"slices"
)

// sortBy sorts xs by key, stably.
func sortBy[T any](xs []T, key func(T) string) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}
