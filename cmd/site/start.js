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
//  4. It runs Go once the page is read (host.js's window.__pxWhenRead):
//     on a page of its own, at the reader's first move, app.wasm having
//     been compiled meanwhile; in a frame (an embed in someone's article),
//     once the frame is in view or touched, and not before is app.wasm
//     downloaded. The generated page is readable meanwhile. It marks when
//     Go is started (window.__pxStart).
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
  // module is the compiled app.wasm, asked for once: on a page of its own
  // at the first paint, ahead of the reader's first move (host.js), so
  // that only Go's start is left for then; in a frame once it is read.
  let compiled;
  const module = () => {
    if (!compiled) {
      compiled = inWorker(PX_WASM_URL).catch(() => compile(PX_WASM_URL));
      compiled.catch(() => {}); // run reports it, if it is ever asked for
    }
    return compiled;
  };
  const run = async () => {
    const loader = document.getElementById("app-wasm-loader");
    try {
      const m = await module();
      await turn();
      const go = new Go();
      const instance = await WebAssembly.instantiate(m, go.importObject);
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
    if (started) return;
    started = true;
    if (!goappCanLoadWebAssembly()) {
      document.getElementById("app-wasm-loader").remove();
      return;
    }
    if (window.parent === window) module();
    whenRead(() => {
      window.__pxStart = performance.now();
      run();
    });
  };
  if (typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('paint')) {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
  }
  setTimeout(start, 100); // a frame that does not paint (hidden, or off screen)
}
