# Parallax: `make test` checks everything; `make run` shows the bundled corpus.
GO ?= go
CORPUS ?= corpus/rubio-lavrov

.PHONY: all test vet gotest bench run report clean

all: test

## test: vet (native and WebAssembly), then every Go test, fuzz seeds and
## benchmarks compiled and run once.
test: vet gotest

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./corpus/...

gotest:
	$(GO) test -count=1 ./app/ && $(GO) test ./...
	$(GO) test -race ./app/align
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

## bench: the engine's speed on the seed corpus, on ECB+ (../shared) and at scale.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./app/compare/

## run: compare the bundled corpus in the terminal. (The browser widget
## comes with the UI; until then this prints the report.)
run: report

report:
	$(GO) run ./cmd/parallax compare $(CORPUS)

clean:
	$(GO) clean -testcache
