// Parallax (cmd/site): takes the place of go-app's start of the
// WebAssembly in app.js (goappInitWebAssembly), so that no step of it holds
// the page's one thread for long (issue 15: 200 ms a task at a 4× slowed
// CPU). Measured with long tasks in Chromium at 4×, 375 px (docs/performance.md):
//  1. It starts once the generated page has been painted (at most 100 ms
//     later): started at once, Lighthouse counted app.wasm's download in
//     the largest contentful paint.
//  2. A worker downloads app.wasm whole and compiles it, runs the
//     program's warm-up on it (web/compile.js: the browser compiles a
//     function on the thread that first calls it), and hands the
//     compiled module back: the page's thread neither receives the 11 MB
//     body (Chromium 156.0.8078.114 took 0.6 s and 0.3 s of it in two
//     tasks at 4× when the page fetched it itself) nor decodes it (go-app's
//     instantiateStreaming, fed through a JavaScript stream for its
//     progress label, decoded on it as the bytes arrived). Where no worker
//     can be made (a sandboxed frame), the page fetches and compiles it
//     itself, WebAssembly.compile still decoding off its thread. go-app's
//     loader and its percentage are hidden (parallax.css): the generated
//     page shows instead.
//  3. It instantiates the module and runs Go each in a task of its own;
//     Go's main gives the browser a turn again before go-app starts
//     (main.go).
//  4. In a frame (an embed in someone's article) it starts only once the
//     frame is read: in view, or touched (host.js's window.__pxWhenRead),
//     not while the host page loads; the generated page is readable
//     meanwhile. It marks when it starts (window.__pxStart).
// PX_WASM_URL and PX_WORKER_URL are replaced by the addresses of app.wasm
// and web/compile.js when the site is generated.
{
  const turn = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  // compile fetches url and compiles it in the page's own thread: where
  // no worker can be made (a sandboxed frame, whose origin is no one's).
  const compile = async (url) => {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`${url}: ${response.status} ${response.statusText}`);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  };
  // inWorker compiles url in the worker PX_WORKER_URL (web/compile.js),
  // or rejects when no worker can be made or it fails.
  const inWorker = (url) => new Promise((resolve, reject) => {
    const worker = new Worker(PX_WORKER_URL);
    // a warm-up that does not end in time is given up: the page then
    // compiles app.wasm itself
    let late;
    worker.onmessage = (e) => {
      if (e.data.compiled) {
        late = setTimeout(() => {
          worker.terminate();
          reject(new Error("the worker's warm-up took too long"));
        }, 15000);
        return;
      }
      clearTimeout(late);
      worker.terminate();
      if (e.data.module) {
        window.__pxWarm = e.data.warmed; // the end-to-end tests check it ran
        resolve(e.data.module);
      } else {
        reject(new Error(e.data.error));
      }
    };
    worker.onerror = (e) => {
      clearTimeout(late);
      worker.terminate();
      e.preventDefault();
      reject(new Error(e.message || "the worker failed"));
    };
    worker.onmessageerror = () => {
      clearTimeout(late);
      worker.terminate();
      reject(new Error("the compiled module could not be handed over"));
    };
    // the warm-up compares the bundled corpus: not for one's own articles
    const glue = /\/yours(\.html)?$/.test(location.pathname) ? null : document.querySelector('script[src$="wasm_exec.js"]');
    worker.postMessage({ wasm: new URL(url, location.href).href, glue: glue ? glue.src : "" });
  });
  const run = async () => {
    const loader = document.getElementById("app-wasm-loader");
    if (!goappCanLoadWebAssembly()) {
      loader.remove();
      return;
    }
    try {
      let module;
      try {
        module = await inWorker(PX_WASM_URL);
      } catch (err) {
        module = await compile(PX_WASM_URL);
      }
      await turn();
      const go = new Go();
      const instance = await WebAssembly.instantiate(module, go.importObject);
      await turn();
      performance.mark("px-go"); // the end-to-end tests time the start from here
      go.run(instance);
      loader.remove();
    } catch (err) {
      // as go-app does; host.js tells the reader if the widget never starts
      document.getElementById("app-wasm-loader-label").innerText = err;
      console.error("loading wasm failed: ", err);
    }
  };
  // once the page is read (host.js, inlined in every page's head)
  const whenRead = window.__pxWhenRead || ((go) => go());
  let started = false;
  const start = () => {
    if (!started) {
      started = true;
      whenRead(() => {
        window.__pxStart = performance.now();
        run();
      });
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
