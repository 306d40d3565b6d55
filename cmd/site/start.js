// Parallax (cmd/site): go-app's app.js, from here on, starts the
// WebAssembly once the generated page has been painted, not while the
// browser may still be about to paint it. Started at once, in Lighthouse
// 2 runs of 3 painted the page's largest text only after Go had started,
// and counted its download in the largest contentful paint (11 s).
{
  let started = false;
  const start = () => {
    if (!started) {
      started = true;
      goappInitWebAssembly();
    }
  };
  if (typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
  }
  setTimeout(start, 100); // a frame that does not paint (hidden, or off screen)
}
