//go:build wasm

package main

// run is never reached in the browser: RunWhenOnBrowser does not return.
func run([]string) error { return nil }
