// Parallax: the worker in which the page's start (cmd/site/start.js)
// downloads and compiles app.wasm, so that the page's own thread neither
// receives the 11 MB body nor decodes it. Told app.wasm's address, it
// answers {module} (a WebAssembly.Module, which the page instantiates) or
// {error}.
onmessage = async (e) => {
  try {
    const response = await fetch(e.data);
    if (!response.ok) {
      throw new Error(`${e.data}: ${response.status} ${response.statusText}`);
    }
    postMessage({ module: await WebAssembly.compile(await response.arrayBuffer()) });
  } catch (err) {
    postMessage({ error: String(err) });
  }
};
