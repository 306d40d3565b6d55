module github.com/parallax-news/parallax

go 1.24.0

require (
	github.com/kljensen/snowball v0.10.0
	golang.org/x/text v0.31.0
)
