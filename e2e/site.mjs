// The generated site served as a static host would, for the end-to-end
// tests: `site serve` (SITE, built by make e2e) on a free port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axeViolations runs axe-core on the page for WCAG 2.2 AA (tags wcag2a,
// wcag2aa, wcag21a, wcag21aa, wcag22aa) and lists what it finds, one
// "rule: elements" line a rule. axe is the test's own script: the page's
// Content-Security-Policy, which forbids a script tag, does not apply.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const site = process.env.SITE || '../.bin/site';
const servers = [];

// serve starts `site serve DIR` and resolves its URL.
export function serve(dir, prefix = '') {
  return new Promise((resolve, reject) => {
    const args = ['serve', '-addr', '127.0.0.1:0', ...(prefix ? ['-prefix', prefix] : []), dir];
    const p = spawn(site, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    servers.push(p);
    p.on('error', reject);
    p.on('exit', (code) => reject(new Error(`site serve ${dir} exited (${code}) before it served`)));
    p.stdout.on('data', (d) => {
      const m = /Parallax is at (\S+)/.exec(String(d));
      if (m) resolve(m[1]);
    });
  });
}

// servePlain serves dir as a plain static server does (python3 -m
// http.server, nginx as it comes): the file at the address, a folder's
// index.html, a type by extension, and nothing else: no compressed
// copies, no caching headers, no address without an extension mapped to
// NAME.html. It resolves its URL.
export function servePlain(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json' };
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) { res.statusCode = 404; return res.end(); }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!req.url.split('?')[0].endsWith('/')) { res.writeHead(301, { Location: req.url.replace(/^([^?]*)/, '$1/') }); return res.end(); }
        file = path.join(file, 'index.html');
      } else if (err) { res.statusCode = 404; return res.end('404'); }
      fs.readFile(file, (err, body) => {
        if (err) { res.statusCode = 404; return res.end('404'); }
        res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
  });
  servers.push({ kill: () => server.close() });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/`)));
}

// stopServers stops every server serve and servePlain started.
export function stopServers() {
  for (const p of servers) p.kill();
}

// watch records a page's console errors and warnings and its uncaught
// exceptions in problems.
export function watch(page, problems) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()} at ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error at ${page.url()}: ${e}`));
}

// whole waits until the view on screen is drawn whole: the widget draws
// a view a part at a time when it opens (drawInSteps in app/ui/page.go),
// its #px-main aria-busy meanwhile.
export const whole = (page) => page.waitForFunction(() => document.querySelector('#px-main')?.getAttribute('aria-busy') === 'false', null, { timeout: 30000 });

// ready moves the pointer, as a reader does, and waits until the widget
// is interactive (html[data-px-ready]): a page of its own that shows its
// generated comparison starts at the reader's first move (cmd/site/host.js).
export async function ready(page, timeout = 30000) {
  await page.mouse.move(3, 3);
  await page.mouse.move(1, 1);
  await page.waitForSelector('html[data-px-ready]', { timeout });
}

// seed is the text of one of the bundled corpus's articles, by id.
export const seed = (id) => fs.readFileSync(new URL(`../corpus/rubio-lavrov/${id}.txt`, import.meta.url), 'utf8');

// swRefused is go-app's console log when a frame may not have a service
// worker (storage blocked, or sandboxed): expected there, and nothing the
// reader sees.
export const swRefused = /^goapp service worker registration failed: /;
