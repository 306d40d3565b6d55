//go:build wasm

package main

import (
	"runtime/debug"
	"syscall/js"
)

// In the browser Go's garbage collector stops the page's only thread
// while it marks the heap. Collecting at 5× the live heap instead of 2×
// (GOGC 400) means fewer such pauses during a comparison: comparing 20
// ECB+ articles in Chromium, the longest stall fell from 206 to 148 ms
// and the whole from 462-588 to 318-421 ms (2026-11-21, 2-core machine).
func init() { debug.SetGCPercent(400) }

// run is never reached in the browser: RunWhenOnBrowser does not return.
func run([]string) error { return nil }

// browserTurn lets the browser run what waits (input, drawing) before
// go-app starts: the Go runtime's start and the packages' initialisation
// are one task, go-app's start and the widget's first draw another.
// Together they were one task of 185-230 ms at a 4× slowed CPU; apart,
// each is under 140 ms (docs/performance.md). Go returns the thread to
// JavaScript while every goroutine waits, and a posted message wakes it.
func browserTurn() {
	done := make(chan struct{})
	var wake js.Func
	wake = js.FuncOf(func(js.Value, []js.Value) any {
		wake.Release()
		close(done)
		return nil
	})
	channel := js.Global().Get("MessageChannel").New()
	channel.Get("port1").Set("onmessage", wake)
	channel.Get("port2").Call("postMessage", nil)
	<-done
}
