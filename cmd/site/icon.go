//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// icon draws the app icon at size×size pixels: two overlapping lenses on
// the theme blue, the same figure as web/icon.svg, with a margin that
// survives the maskable crop (the inner 80%).
func icon(size int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	blue := color.RGBA{0x0b, 0x53, 0x94, 0xff}
	cream := color.RGBA{0xfb, 0xfa, 0xf7, 0xff}
	amber := color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	s := float64(size)
	r := 0.22 * s
	left, right := [2]float64{0.40 * s, 0.5 * s}, [2]float64{0.60 * s, 0.5 * s}
	in := func(c [2]float64, x, y float64) bool { return math.Hypot(x-c[0], y-c[1]) <= r }
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			a, b := in(left, fx, fy), in(right, fx, fy)
			switch {
			case a && b:
				img.Set(x, y, amber)
			case a || b:
				img.Set(x, y, cream)
			default:
				img.Set(x, y, blue)
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err) // encoding an in-memory RGBA image cannot fail
	}
	return buf.Bytes()
}
