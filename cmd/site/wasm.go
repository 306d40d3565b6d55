//go:build wasm

package main

import "runtime/debug"

// In the browser Go's garbage collector stops the page's only thread
// while it marks the heap. Collecting at 5× the live heap instead of 2×
// (GOGC 400) means fewer such pauses during a comparison: comparing 20
// ECB+ articles in Chromium, the longest stall fell from 206 to 148 ms
// and the whole from 462-588 to 318-421 ms (2026-11-21, 2-core machine).
func init() { debug.SetGCPercent(400) }

// run is never reached in the browser: RunWhenOnBrowser does not return.
func run([]string) error { return nil }
