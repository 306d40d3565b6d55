package compare

import (
	"context"
)

// Progress hears how far a long analysis has got: done of total steps of
// the stage it names, told every few milliseconds' worth of work. The
// browser shows it and yields to its event loop there, so that the page
// stays responsive while Go's single-threaded WebAssembly works. It must
// not call into the corpus it reports on. Work is stopped by its context
// (PrepareContext, CompareContext), which is checked each time Progress
// is told.
type Progress func(stage string, done, total int)

// Stages, as Progress names them.
const (
	StageReading   = "Reading the articles"
	StageAligning  = "Aligning the sentences"
	StageComparing = "Comparing the facts"
)

// tell tells p (if not nil) done of total of stage, then returns ctx's
// error: the long loops call it every so often, and stop once ctx is done.
func (p Progress) tell(ctx context.Context, stage string, done, total int) error {
	if p != nil {
		p(stage, done, total)
	}
	return ctx.Err()
}

// part is the tick of one part of a stage, for the aligner: its done of
// total become from to from+span hundredths of the stage. Nil when p is,
// so that the aligner does no work for it.
func (p Progress) part(stage string, from, span int) func(done, total int) {
	if p == nil {
		return nil
	}
	return func(done, total int) { p(stage, from+span*done/max(total, 1), 100) }
}

// meter tells Progress how far the comparing stage has got, in steps of
// its total, and returns the context's error: the stage's loops call it
// every so often, and stop once the context is done.
type meter struct {
	ctx   context.Context
	p     Progress
	total int
}

// at tells that done steps are done.
func (m meter) at(done int) error { return m.p.tell(m.ctx, StageComparing, done, m.total) }

// from is the tick of a loop whose k-th item is step start + k/per.
func (m meter) from(start, per int) func(k int) error {
	return func(k int) error { return m.at(start + k/per) }
}
