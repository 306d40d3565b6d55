module github.com/parallax-news/parallax

go 1.24.0

require (
	github.com/andybalholm/brotli v1.2.0
	github.com/google/go-cmp v0.7.0
	github.com/kljensen/snowball v0.10.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	golang.org/x/net v0.47.0
	golang.org/x/text v0.31.0
)

require github.com/google/uuid v1.6.0 // indirect
