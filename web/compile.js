// Parallax: the worker in which the page's start (cmd/site/start.js)
// downloads and compiles app.wasm, so that the page's own thread neither
// receives the 11 MB body nor decodes it. Told app.wasm's address (and,
// as {wasm, glue}, that of wasm_exec.js), it answers {module, warmed} (a
// WebAssembly.Module, which the page instantiates, and the warm-up's
// milliseconds or why it did not run) or {error}; before a warm-up, it
// says {compiled}.
//
// Given wasm_exec.js, it first runs the program's warm-up on the module
// (ui.Warm: the bundled corpus compared and its views drawn as HTML):
// the browser compiles each WebAssembly function when it is first called,
// on the thread that calls it, and what it compiled here is the module's,
// which the page's thread then finds compiled.
onmessage = async (e) => {
  const { wasm, glue } = typeof e.data === "string" ? { wasm: e.data } : e.data;
  let module;
  try {
    const response = await fetch(wasm);
    if (!response.ok) {
      throw new Error(`${wasm}: ${response.status} ${response.statusText}`);
    }
    module = await WebAssembly.compile(await response.arrayBuffer());
  } catch (err) {
    postMessage({ error: String(err) });
    return;
  }
  let warmed = "not asked";
  if (glue) {
    postMessage({ compiled: true }); // the page times the warm-up from here
    try {
      const t0 = performance.now();
      importScripts(glue);
      const go = new Go();
      go.argv = ["js", "-warm"];
      let code = 0;
      go.exit = (c) => { code = c; };
      await go.run(await WebAssembly.instantiate(module, go.importObject));
      warmed = code === 0 ? Math.round(performance.now() - t0) : `the warm-up exited with ${code}`;
    } catch (err) {
      warmed = String(err); // no warm-up: the page compiles as it goes
    }
  }
  postMessage({ module, warmed });
};
