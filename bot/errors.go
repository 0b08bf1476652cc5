package bot

import (
	"errors"
	"fmt"
)

// Code classifies an error for the people who see it: each adapter maps a
// code to its answer (a chat message, an HTTP status, an exit status) in
// one place.
type Code string

// Error codes.
const (
	// CodeInvalid: the command or its input is malformed.
	CodeInvalid Code = "invalid"
	// CodeNotFound: no story (or follow, or feed) matches.
	CodeNotFound Code = "not_found"
	// CodeAmbiguous: several stories match; the message lists them.
	CodeAmbiguous Code = "ambiguous"
	// CodeUnavailable: storage or a source cannot be reached now.
	CodeUnavailable Code = "unavailable"
	// CodeInternal: anything else.
	CodeInternal Code = "internal"
)

// Error is an error with a code and a message fit to show a user.
type Error struct {
	Code    Code
	Message string
	// Err is the cause, for logs; it is not shown to users.
	Err error
	// Stories are the candidates of an ambiguous story query.
	Stories []StoryInfo
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err: the code of the first *Error in its
// chain, CodeInternal for any other error, "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns what a user should read about err.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong on our side; please try again."
}
