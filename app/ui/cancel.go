package ui

import "context"

// Work in the widget is stopped one way. Each piece of work runs under a
// context.Context derived from its page's (comparison.life), which is
// cancelled when the reader leaves the page. A slot holds the piece of
// one kind under way (a comparison, a check of the articles, a save, a
// drawing in steps): starting another of that kind cancels it. The work
// itself stops once its context is done: the engine's PrepareContext and
// CompareContext where they tell their progress, the widget's own steps
// where they resume.
type slot struct{ cancel context.CancelFunc }

// start cancels the work the slot holds, if any, and returns the context
// of new work under parent.
func (s *slot) start(parent context.Context) context.Context {
	s.stop()
	ctx, cancel := context.WithCancel(parent)
	s.cancel = cancel
	return ctx
}

// stop cancels the work the slot holds, if any.
func (s *slot) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}
