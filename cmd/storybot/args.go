package main

import (
	"errors"
	"fmt"
	"strings"
)

// valueFlag is a flag that takes a value: where it goes, and the word
// usage names the value by ("TITLE", "URL").
type valueFlag struct {
	p    *string
	meta string
}

// pathArgs reads the arguments of a command that takes PATHs with flags
// anywhere among them ("--" ends the flags): each bool flag sets its
// variable, each value flag (--name VALUE or --name=VALUE) its string. It
// returns the PATHs and which value flags were given; -h and --help are
// an error "help".
func pathArgs(args []string, bools map[string]*bool, values map[string]valueFlag) (paths []string, set map[string]bool, err error) {
	set = map[string]bool{}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return append(paths, args[i+1:]...), set, nil
		}
		if arg == "-" || !strings.HasPrefix(arg, "-") {
			paths = append(paths, arg)
			continue
		}
		if arg == "-h" || arg == "--help" {
			return nil, set, errors.New("help")
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if p, ok := bools[name]; ok && !hasValue {
			*p = true
			continue
		}
		f, ok := values[name]
		if !ok {
			return nil, set, fmt.Errorf("unknown flag %s", arg)
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, set, fmt.Errorf("--%s needs a %s", name, f.meta)
			}
			i++
			value = args[i]
		}
		*f.p, set[name] = value, true
	}
	return paths, set, nil
}
