package bot

import (
	"errors"
	"fmt"
)

// ErrBusy is the cause of the error a Queue returns when it refuses a job
// because too many are waiting already: errors.Is(err, ErrBusy) tells a
// full queue from a failing one. Nothing was queued; the caller may try
// again later.
var ErrBusy = errors.New("the work queue is full")

// BusyError returns the error a Queue gives when it refuses a job with
// queued links waiting: CodeUnavailable, a message fit for the person who
// asked, and ErrBusy as its cause.
func BusyError(queued int64) *Error {
	return &Error{Code: CodeUnavailable, Err: ErrBusy,
		Message: fmt.Sprintf("storybot is busy with %d %s queued; try again in a few minutes.", queued, plural(int(queued), "link", "links"))}
}
