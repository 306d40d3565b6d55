// Parallax inside other people's pages: a pym.js parent, an AMP-style
// listener, and cross-site frames where third-party storage is blocked
// (this Chromium's default) or the frame is sandboxed without
// allow-same-origin. The host pages are served from "localhost", the
// widget from "127.0.0.1": two different sites.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';
import { ready, seed, serve, stopServers, swRefused } from './site.mjs';

const require = createRequire(import.meta.url);
const shots = process.env.SHOTS || 'screenshots'; // the README's pictures (make screenshots)
let browser, widget, host, hostServer;

const hostFiles = {
  '/pym.html': path.resolve('hosts/pym.html'),
  '/amp.html': path.resolve('hosts/amp.html'),
  '/article.html': path.resolve('hosts/article.html'),
  '/pym.v1.min.js': require.resolve('pym.js/dist/pym.v1.min.js'),
};

before(async () => {
  widget = await serve(process.env.DIST || '../dist');
  hostServer = http.createServer((req, res) => {
    const file = hostFiles[new URL(req.url, 'http://x').pathname];
    if (!file) { res.statusCode = 404; return res.end(); }
    res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : 'text/html');
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => hostServer.listen(0, '127.0.0.1', ok));
  host = `http://localhost:${hostServer.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  stopServers();
  hostServer?.close();
});

// frame finds the widget's frame in a host page.
const frameOf = (page) => page.frames().find((f) => f.url().startsWith(widget));

// inArticle opens the mock news article with src in its embed code (query:
// the article's own settings, such as bg=) and returns the widget's
// frame, started: scrolled into view first, as it starts once in view
// (start.js), unless start is false.
async function inArticle(page, src, { query = '', start = true } = {}) {
  await page.goto(`${host}/article.html?${query}src=${encodeURIComponent(src)}`);
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 30000 });
  const frame = frameOf(page);
  if (start) {
    await page.evaluate(() => document.querySelector('figure').scrollIntoView());
    await frame.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  }
  return frame;
}

test('a pym.js parent page resizes the frame to the widget', async () => {
  const page = await browser.newPage();
  await page.goto(`${host}/pym.html?src=${encodeURIComponent(widget + '?embed=1')}`);
  await page.waitForFunction(() => {
    const f = document.querySelector('#parallax iframe');
    return f && parseInt(f.getAttribute('height') || '0', 10) > 300;
  }, null, { timeout: 30000 });
  const frame = frameOf(page);
  await frame.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  // pym passed its parameters; the frame's reported height matches the page
  assert.match(frame.url(), /childId=parallax/);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => parseInt(document.querySelector('#parallax iframe').getAttribute('height'), 10) === h, inner, { timeout: 10000 });
  await page.close();
});

for (const [name, sandbox] of [['cross-site, storage blocked', null], ['sandboxed without allow-same-origin', 'allow-scripts']]) {
  test(`an AMP-style host gets the height, and the widget works: ${name}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if ((m.type() === 'error' || m.type() === 'warning') && !swRefused.test(m.text())) errors.push(`${m.type()}: ${m.text()}`); });
    const q = `src=${encodeURIComponent(widget + '?embed=1')}` + (sandbox ? `&sandbox=${sandbox}` : '');
    await page.goto(`${host}/amp.html?${q}`);
    await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 300, null, { timeout: 30000 });
    const frame = frameOf(page);
    await frame.waitForSelector('html[data-px-ready]', { timeout: 30000 });
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-px-storage')), 'memory', 'storage was not blocked: the test does not test the fallback');
    await frame.click('.px-col >> nth=0 >> button.px-s >> nth=0');
    await frame.waitForSelector('[data-selected="true"]', { timeout: 15000 });
    assert.ok(await frame.$('#px-panel'), 'no comparison panel');
    // the compact page names every source and links to the full comparison
    const attribution = await frame.textContent('.px-attrib');
    for (const outlet of ['ETV Bharat', 'The Europe Today', 'Article A']) assert.ok(attribution.includes(outlet), `attribution lacks ${outlet}`);
    const full = await frame.getAttribute('.px-full', 'href');
    assert.ok(!full.includes('embed=1'), `the full comparison link keeps embed: ${full}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// overflowing lists what sticks out of the frame or is cut off in it:
// an element past the frame's right edge that no scroller of its own
// holds (a swipe between columns is fine), text clipped by its box, and
// a page wider than the frame.
const overflowing = (frame) => frame.evaluate(() => {
  const out = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) out.push(`the page is ${document.documentElement.scrollWidth} px wide in a frame of ${width}`);
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ` "${(el.textContent || '').trim().slice(0, 30)}"`;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.px-vh, [hidden], details:not([open]) > :not(summary)')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let scroller = null;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) { scroller = p; break; }
    }
    if (r.right > width + 1 && !scroller) out.push(`${name(el)} ends at ${Math.round(r.right)} px, past the frame's ${width}`);
    const clips = /(hidden|clip)/.test(cs.overflowX) || cs.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(`${name(el)} is cut off: ${el.scrollWidth} px of text in ${el.clientWidth}`);
  }
  return out.slice(0, 10);
});

// Each view, embedded with the embed code in a news article's column, as
// wide as a desktop article (680 px) and as a phone's screen: nothing
// sticks out, nothing is cut off, the tabs take one line or a menu.
for (const [width, height, column] of [[1280, 800, 680], [375, 667, 343]]) {
  for (const view of ['', 'overview', 'divergences', 'sources', 'exercise']) {
    test(`embedded in an article at ${width} px (a ${column} px column): ${view || 'side by side'} fits`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const src = widget + '?embed=1' + (view ? '&view=' + view : '');
      const frame = await inArticle(page, src);
      await page.evaluate(() => scrollTo(0, 0)); // the article as it opens
      assert.equal(await page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().width)), column, 'the frame is not the column\'s width');
      assert.deepEqual(await overflowing(frame), []);
      // the views: one line of tabs, or the menu that names this one
      const tabs = await frame.$$eval('.px-tabs .px-tab', (as) => as.filter((a) => a.offsetParent).map((a) => Math.round(a.getBoundingClientRect().top)));
      if (tabs.length) assert.equal(new Set(tabs).size, 1, `the tabs take ${new Set(tabs).size} lines`);
      else assert.ok(await frame.isVisible('.px-views summary'), 'neither the tabs nor the menu of views shows');
      if (!view) {
        // as many columns as fit at 15rem or more each, the rest a swipe away
        const [cols, inner] = await frame.$$eval('.px-col', (cs) => [cs.map((c) => c.getBoundingClientRect().toJSON()), document.documentElement.clientWidth]);
        const inView = cols.filter((r) => r.left >= 0 && r.right <= inner).length;
        assert.equal(inView, column >= 600 ? 2 : 1, `${inView} columns in view`);
        assert.ok(cols.every((r) => r.width >= 239), `a column narrower than 15rem: ${cols.map((r) => Math.round(r.width))}`);
        // and drawn: Chromium skipped a frame's columns left to
        // content-visibility, the one in view too
        await page.waitForTimeout(1500); // the frame takes its height
        fs.mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, `embed-article-${width}.png`) }); // the article, and the embed in it
        await page.evaluate(() => document.querySelector('figure').scrollIntoView()); // the reader reaches it
        await page.waitForTimeout(300);
        assert.ok(await frame.$eval('.px-col button.px-s', (b) => {
          const r = b.getBoundingClientRect();
          return b.checkVisibility({ contentVisibilityAuto: true }) && document.elementFromPoint(r.left + 10, r.top + 10)?.closest('button') === b;
        }), 'the first column is not drawn');
      }
      if (!tabs.length) {
        // the menu of views leads to another and folds away
        await frame.click('.px-views summary');
        await frame.click('.px-views a >> text=Overview');
        await frame.waitForSelector('.px-grid-list, .px-overview', { timeout: 15000 });
        assert.equal(await frame.$eval('.px-views', (d) => d.open), false, 'the menu stays open');
        assert.match(await frame.textContent('.px-views summary'), /Overview/);
      }
      await page.close();
    });
  }
}

// On a phone, the comparison opens where the reader is looking: a sheet
// over the columns, its top at the top of the screen even when the tap
// was low in a frame in an article; focus in it, none behind it; folded
// to read the columns; closed by Escape, focus back on the sentence.
test('on a phone, in an article, a sentence opens its comparison as a sheet over the columns, at the top of the screen', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const frame = await inArticle(page, widget + '?embed=1');
  await page.waitForTimeout(1000); // the frame takes its height
  // the lower half of the columns in view, their top above it
  const top = await page.$eval('iframe', (f) => f.getBoundingClientRect().top + scrollY);
  const cols = await frame.$eval('.px-cols', (c) => c.getBoundingClientRect().top);
  await page.evaluate((y) => scrollTo(0, y), top + cols + 250);
  const button = frame.locator('.px-col >> nth=0 >> button.px-s >> nth=5');
  const at = await button.evaluate((b) => [b.dataset.article, b.dataset.sentence]);
  await button.tap();
  await frame.waitForSelector('#px-panel');
  const sheet = () => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top).then((f) =>
    frame.evaluate((f) => ({
      head: f + document.getElementById('px-panel-head').getBoundingClientRect().top,
      focus: document.activeElement.id,
      behind: getComputedStyle(document.querySelector('.px-cols')).visibility,
    }), f));
  await frame.waitForFunction(() => document.activeElement?.id === 'px-panel-head', null, { timeout: 5000 });
  await page.waitForTimeout(400); // the sheet rises into place
  const open = await sheet();
  assert.ok(open.head >= 0 && open.head < 100, `the sheet's heading is at ${Math.round(open.head)} px on a 667 px screen`);
  assert.equal(open.behind, 'hidden', 'the columns behind the sheet can still be reached');
  // Tab stays out of the columns behind it
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await frame.evaluate(() => !document.querySelector('.px-cols').contains(document.activeElement)), `Tab ${i + 1} reached a column behind the sheet`);
  }
  // folded, the columns show and the sheet keeps its top line
  await frame.tap('#px-fold');
  await frame.waitForSelector('#px-panel[data-folded]');
  assert.equal(await frame.$eval('.px-cols', (c) => getComputedStyle(c).visibility), 'visible');
  assert.equal(await frame.getAttribute('#px-fold', 'aria-expanded'), 'false');
  assert.ok(await frame.isHidden('#px-panel-body'), 'the folded sheet shows more than its top line');
  await frame.tap('#px-fold');
  await frame.waitForFunction(() => document.activeElement?.id === 'px-panel-head', null, { timeout: 5000 });
  // Escape closes it; focus goes back to the sentence tapped
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => !document.getElementById('px-panel'), null, { timeout: 5000 });
  await frame.waitForFunction(([a, s]) => document.activeElement?.dataset.article === a && document.activeElement.dataset.sentence === s, at, { timeout: 5000 }).catch(async (e) => {
    const seen = await frame.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    throw new Error(`focus is not on the sentence ${at}, but on ${seen}: ${e.message}`);
  });
  await page.close();
});

// In a frame, the WebAssembly starts only when the reader gets to it:
// below the fold of an article it waits, the generated page readable in
// the frame meanwhile, and starts once scrolled into view (start.js).
test('embedded below the fold, it starts when the reader scrolls to it, readable before', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 400 } });
  const frame = await inArticle(page, widget + '?embed=1', { start: false });
  assert.ok(await page.$eval('iframe', (f) => f.getBoundingClientRect().top > innerHeight), 'the frame is in view: the test tests nothing');
  await page.waitForTimeout(3000); // a started widget would be busy by now
  assert.equal(await frame.evaluate(() => performance.getEntriesByName('px-go').length + (window.__pxStart === undefined ? 0 : 1)), 0, 'it started out of view');
  assert.ok(await frame.$$eval('.px-col button.px-s', (bs) => bs.length) > 40, 'the generated page is not there to read');
  // drawn as the embed will be (host.js): no site chrome, the host's
  // background, columns of an embed's height
  assert.deepEqual(await frame.evaluate(() => [getComputedStyle(document.querySelector('.px-brand')).display, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.px-sents')).maxHeight]),
    ['none', 'rgba(0, 0, 0, 0)', '448px'], 'the generated page is not drawn as an embed');
  await page.evaluate(() => document.querySelector('figure').scrollIntoView());
  await frame.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  await page.close();
});

// One fact alone: the code the panel's "Embed this fact" gives, pasted
// into a pym.js page, shows that fact's comparison and nothing else, at
// the height pym.js gives it, which follows what the reader opens.
test('one fact embedded from the panel ("Embed this fact") shows that fact and resizes under pym.js', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(widget);
  await ready(page);
  await page.click('.px-col >> nth=0 >> button.px-s >> nth=0');
  await page.waitForSelector('#px-panel .px-embed');
  const heading = await page.textContent('#px-panel h2');
  await page.click('#px-panel .px-embed summary');
  const src = /src="([^"]+)"/.exec(await page.textContent('#px-fact-embed-code'))[1].replaceAll('&amp;', '&');
  assert.match(src, /[?&]view=fact(&|$)/);
  assert.match(src, /[?&]at=0\.0(&|$)/, 'the embed does not follow the sentence it was selected by');
  await page.goto(`${host}/pym.html?src=${encodeURIComponent(src)}`);
  await page.waitForFunction(() => parseInt(document.querySelector('#parallax iframe')?.getAttribute('height') || '0', 10) > 100, null, { timeout: 30000 });
  const frame = frameOf(page);
  await frame.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  assert.equal(await frame.textContent('#px-panel h2'), heading);
  assert.equal(await frame.$$eval('.px-col, .px-tabs a, .px-strict, .px-close', (els) => els.filter((e) => e.offsetParent).length), 0, 'more than the fact shows');
  const height = () => page.$eval('#parallax iframe', (f) => parseInt(f.getAttribute('height'), 10));
  const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const before = await inner();
  await page.waitForFunction((h) => parseInt(document.querySelector('#parallax iframe').getAttribute('height'), 10) === h, before, { timeout: 10000 });
  console.log(`# one fact embedded at 1280 px: ${before} px tall`);
  assert.ok(before < 1500, `one fact's embed is ${before} px tall`);
  await frame.click('.px-why summary');
  await page.waitForFunction((h) => parseInt(document.querySelector('#parallax iframe').getAttribute('height'), 10) > h, before, { timeout: 10000 });
  assert.equal(await height(), await inner(), 'the frame is not as tall as its page');
  await page.close();
});

// pixel reads the colour of the page's screen at (x, y): a 1×1 PNG
// screenshot, inflated (a first row's filters all leave one pixel as it
// is).
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const idat = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  return [raw[1], raw[2], raw[3]];
}

// Embedded, the widget is quiet: the host page's background shows through
// it, and it stays light in a light article when the reader's system is
// dark (a frame whose scheme differs from its page's is drawn on an
// opaque backdrop: a dark box in the article).
test('embedded, it takes the host page\'s background, in a reader\'s light or dark mode', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
    const frame = await inArticle(page, widget + '?embed=1', { query: 'bg=%23f3efe6&' });
    await page.waitForTimeout(300);
    // beside the title, where the widget draws nothing of its own
    const f = await page.$eval('iframe', (el) => el.getBoundingClientRect().toJSON());
    const t = await frame.$eval('.px-title', (el) => el.getBoundingClientRect().toJSON());
    assert.deepEqual(await pixel(page, f.left + f.width - 4, f.top + t.top + t.height / 2), [0xf3, 0xef, 0xe6], `${colorScheme}: not the host page's background`);
    assert.equal(await frame.$eval('.px-title', (el) => getComputedStyle(el).color), 'rgb(27, 27, 27)', `${colorScheme}: the title is not dark on the light page`);
    await page.close();
  }
});

// The Divergences embed is compact: no empty section, each divergence a
// line that opens on its sentences; the frame, in an article on a
// desktop, stays under 2,000 px (about two screens of scrolling past it)
// until the reader opens something, and then grows to show it.
test('the Divergences embed stays under 2,000 px in an article, each divergence a line that opens', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const frame = await inArticle(page, widget + '?embed=1&view=divergences');
  await page.waitForTimeout(1000); // the frame takes its height
  const height = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
  console.log(`# the Divergences embed in a 680 px column: ${Math.round(height)} px`);
  assert.ok(height < 2000, `the frame is ${height} px tall`);
  assert.equal(await frame.$$eval('.px-none', (els) => els.length), 0, 'a section with nothing in it');
  assert.equal(await frame.$$eval('.px-dv-line[open]', (els) => els.length), 0, 'a line is open before the reader opens it');
  await frame.click('.px-dv-line >> nth=0 >> summary');
  await frame.waitForSelector('.px-dv-line[open] .px-dv-sents li');
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h, height, { timeout: 10000 });
  await page.close();
});

test('in a frame with storage blocked, your own articles work and the page says they are not kept', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if ((m.type() === 'error' || m.type() === 'warning') && !swRefused.test(m.text())) errors.push(`${m.type()}: ${m.text()}`); });
  await page.goto(`${host}/amp.html?src=${encodeURIComponent(widget + 'yours')}`);
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 30000 });
  const frame = frameOf(page);
  await frame.waitForSelector('#px-a0-text', { timeout: 30000 });
  assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-px-storage')), 'memory');
  assert.match(await frame.textContent('.px-yours .px-help'), /does not let the page keep them/);
  await frame.fill('#px-a0-text', seed('001_dcb0778ffaba6f06'));
  await frame.fill('#px-a1-text', seed('003_d26cce4f638814c6'));
  await frame.click('#px-compare');
  await frame.waitForSelector('.px-cols', { timeout: 30000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a host page can theme the widget', async () => {
  const page = await browser.newPage();
  await page.goto(widget + '?embed=1&theme=dark&accent=%23d55e00&font=sans');
  await page.waitForSelector('html[data-px-ready]');
  const style = await page.$eval('.px', (el) => {
    const cs = getComputedStyle(el);
    return { bg: cs.backgroundColor, fg: cs.color, scheme: getComputedStyle(document.documentElement).colorScheme, accent: cs.getPropertyValue('--px-accent').trim(), font: cs.fontFamily };
  });
  // the dark theme's light text, on the host page's background: none of its own
  assert.deepEqual([style.fg, style.bg, style.scheme], ['rgb(236, 235, 232)', 'rgba(0, 0, 0, 0)', 'dark']);
  assert.equal(style.accent, '#d55e00');
  assert.match(style.font, /system-ui/);
  // nothing but a colour reaches the style
  await page.goto(widget + '?embed=1&accent=red;background:url(x)');
  await page.waitForSelector('html[data-px-ready]');
  assert.equal(await page.$eval('.px', (el) => el.getAttribute('style')), null);
  await page.close();
});

test('the embed code embeds the current view', async () => {
  const page = await browser.newPage();
  await page.goto(widget + '?view=overview&filter=one');
  await page.waitForSelector('html[data-px-ready]');
  await page.click('.px-embed summary');
  const code = await page.textContent('#px-embed-code');
  assert.equal(await page.getAttribute('.px-embed a', 'href'), widget + '?filter=one&view=overview', 'the link is this view');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;filter=one&amp;view=overview" title="Parallax: Rubio and Lavrov meet in Kuala Lumpur, July 2025" loading="lazy"/);
  assert.match(code, /<script>/);
  await page.close();
});
