#!/usr/bin/env node
// A `go test -exec` runner for GOOS=js GOARCH=wasm test binaries that need
// a real DOM: it serves Go's wasm_exec.js and the test binary on 127.0.0.1,
// runs the binary in headless Chromium, prints what it prints, and exits
// with its exit code. (Node's go_js_wasm_exec has no document.)
//
//   GOOS=js GOARCH=wasm go test -exec "node e2e/wasmexec.mjs" ./app/ui
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from './browser.mjs';

const [bin, ...args] = process.argv.slice(2);
if (!bin) {
  console.error('usage: wasmexec.mjs TEST-BINARY [ARGS...]');
  process.exit(2);
}
const goroot = execFileSync(process.env.GO || 'go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim(); // the Go that built the binary (make passes it)
let wasmExec = path.join(goroot, 'lib', 'wasm', 'wasm_exec.js');
if (!fs.existsSync(wasmExec)) wasmExec = path.join(goroot, 'misc', 'wasm', 'wasm_exec.js');

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>go test</title>
<script src="/wasm_exec.js"></script></head><body><script>
const go = new Go();
go.argv = ${JSON.stringify([path.basename(bin), ...args])};
go.env = { HOME: "/", TMPDIR: "/tmp" };
go.exit = (code) => { window.__exit = code; };
WebAssembly.instantiateStreaming(fetch("/test.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((e) => { console.error(String(e)); window.__exit = 2; });
</script></body></html>`;

// WASMEXEC_SHARED names a folder of topic folders of .txt files (the ECB+
// texts in ../shared) that the test binary may fetch: /shared/list lists
// them as topic/name, /shared/topic/name gives one.
const shared = process.env.WASMEXEC_SHARED;
function sharedList() {
  if (!shared || !fs.existsSync(shared)) return null;
  const out = [];
  for (const t of fs.readdirSync(shared)) {
    const dir = path.join(shared, t);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) out.push(`${t}/${f}`);
  }
  return out;
}

const server = http.createServer((req, res) => {
  if (req.url === '/') { res.setHeader('Content-Type', 'text/html'); return res.end(page); }
  if (req.url === '/favicon.ico') { res.statusCode = 204; return res.end(); }
  if (req.url.startsWith('/shared/')) {
    const list = sharedList();
    const rel = decodeURIComponent(req.url.slice('/shared/'.length));
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    if (list && rel === 'list') return res.end(list.join('\n'));
    if (list && list.includes(rel)) return fs.createReadStream(path.join(shared, rel)).pipe(res);
    res.statusCode = 404;
    return res.end();
  }
  if (req.url === '/wasm_exec.js') { res.setHeader('Content-Type', 'text/javascript'); return fs.createReadStream(wasmExec).pipe(res); }
  if (req.url === '/test.wasm') { res.setHeader('Content-Type', 'application/wasm'); return fs.createReadStream(bin).pipe(res); }
  res.statusCode = 404; res.end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));

const browser = await launch();
let code = 1;
try {
  const p = await browser.newPage();
  p.on('console', (m) => { const t = m.text(); (m.type() === 'error' ? process.stderr : process.stdout).write(t.endsWith('\n') ? t : t + '\n'); });
  p.on('pageerror', (e) => process.stderr.write(String(e) + '\n'));
  await p.goto(`http://127.0.0.1:${server.address().port}/`);
  await p.waitForFunction(() => window.__exit !== undefined, null, { timeout: 10 * 60 * 1000, polling: 100 });
  code = await p.evaluate(() => window.__exit);
} catch (e) {
  console.error('wasmexec:', String(e));
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
