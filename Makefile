# Parallax: `make test` checks everything; `make run` shows the bundled corpus.
GO ?= go
CORPUS ?= corpus/rubio-lavrov

.PHONY: all test vet gotest bench run report serve dist clean

all: test

## test: vet (native and WebAssembly), then every Go test, fuzz seeds and
## benchmarks compiled and run once.
test: vet gotest

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./corpus/... ./cmd/site

gotest:
	$(GO) test -count=1 ./app/ && $(GO) test ./...
	$(GO) test -race ./app/align
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

## bench: the engine's speed on the seed corpus, on ECB+ (../shared) and at scale.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./app/compare/

## run: build the widget and serve it on http://127.0.0.1:8000
run: serve

report:
	$(GO) run ./cmd/parallax compare $(CORPUS)

clean:
	rm -rf dist web/app.wasm
	$(GO) clean -testcache

## dist: the deployable static site in dist/ (PREFIX=/path for a sub-path).
PREFIX ?=
WASM_FLAGS = -trimpath -ldflags="-s -w"

web/app.wasm: $(shell find app corpus cmd/site -name '*.go' -o -name '*.txt' -o -name '*.json' 2>/dev/null) go.mod
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o web/app.wasm ./cmd/site

dist: web/app.wasm
	rm -rf dist
	$(GO) run ./cmd/site generate -prefix "$(PREFIX)" dist

## serve: serve dist/ on http://127.0.0.1:8000
serve: dist
	$(GO) run ./cmd/site serve -prefix "$(PREFIX)" dist
