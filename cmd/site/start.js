// Parallax (cmd/site): takes the place of go-app's start of the
// WebAssembly in app.js (goappInitWebAssembly), so that no step of it holds
// the page's one thread for long (issue 15: 200 ms a task at a 4× slowed
// CPU). Measured with long tasks in Chromium at 4×, 375 px (docs/performance.md):
//  1. It starts once the generated page has been painted (at most 100 ms
//     later): started at once, Lighthouse counted app.wasm's download in
//     the largest contentful paint.
//  2. It downloads app.wasm whole, then compiles it. WebAssembly.compile
//     decodes off the main thread; go-app's instantiateStreaming, fed
//     through a JavaScript stream for its progress label, decoded on it
//     as the bytes arrived: 130-200 ms in one task when they came at once.
//     go-app's loader and its percentage are hidden (parallax.css): the
//     generated page shows instead.
//  3. It instantiates the module and runs Go each in a task of its own;
//     Go's main gives the browser a turn again before go-app starts
//     (main.go).
// PX_WASM_URL is replaced by app.wasm's address when the site is generated.
{
  const turn = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const run = async () => {
    const loader = document.getElementById("app-wasm-loader");
    if (!goappCanLoadWebAssembly()) {
      loader.remove();
      return;
    }
    try {
      const response = await fetch(PX_WASM_URL);
      if (!response.ok) {
        throw new Error(`${PX_WASM_URL}: ${response.status} ${response.statusText}`);
      }
      const module = await WebAssembly.compile(await response.arrayBuffer());
      await turn();
      const go = new Go();
      const instance = await WebAssembly.instantiate(module, go.importObject);
      await turn();
      go.run(instance);
      loader.remove();
    } catch (err) {
      // as go-app does; host.js tells the reader if the widget never starts
      document.getElementById("app-wasm-loader-label").innerText = err;
      console.error("loading wasm failed: ", err);
    }
  };
  let started = false;
  const start = () => {
    if (!started) {
      started = true;
      run();
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
