// Command newsgraph reads news articles and builds a knowledge graph of who
// is who and who said what. Run "newsgraph help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot()
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		code := 1
		if e, ok := err.(exitError); ok {
			code = e.code
		}
		stop()
		os.Exit(code)
	}
}

// exitError carries an exit status with its message.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }
