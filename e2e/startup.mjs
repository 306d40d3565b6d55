// Start-up on a phone's CPU: loads pages of the generated site in Chromium
// at a slowed CPU, each in a fresh context (nothing cached), waits until
// the worker has compiled app.wasm (window.__pxWarm), moves the pointer
// (a page of its own starts at the reader's first move, cmd/site/host.js),
// and prints each load's long tasks (PerformanceObserver 'longtask':
// [start ms, ms]) and how long after the move the widget was interactive
// (html[data-px-ready]).
//
//   make dist && go build -o .bin/site ./cmd/site
//   cd e2e && node startup.mjs '' '?view=overview' yours
//
// Settings: RUNS (loads a page, 3), RATE (CPU slow-down, 4), WIDTH (375),
// DIST (../dist), SITE (../.bin/site), CHROMIUM.
import { launch } from './browser.mjs';
import { serve, stopServers } from './site.mjs';

const root = await serve(process.env.DIST || '../dist');
const browser = await launch();
const pages = process.argv.length > 2 ? process.argv.slice(2) : [''];
try {
  for (const q of pages) {
    const worst = [];
    for (let i = 0; i < +(process.env.RUNS || 3); i++) {
      const context = await browser.newContext({ viewport: { width: +(process.env.WIDTH || 375), height: 800 } });
      const page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`  console ${m.type()}: ${m.text()}`); });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: +(process.env.RATE || 4) });
      await page.addInitScript(() => {
        window.__long = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); })
          .observe({ type: 'longtask', buffered: true });
      });
      await page.goto(root + q);
      await page.waitForFunction(() => window.__pxWarm !== undefined, null, { timeout: 60000 });
      const t0 = Date.now();
      await page.mouse.move(3, 3);
      await page.waitForSelector('html[data-px-ready]', { timeout: 60000 });
      const ready = Date.now() - t0;
      await page.waitForTimeout(300); // long tasks are reported after they end
      const long = await page.evaluate(() => window.__long);
      const max = Math.max(0, ...long.map((l) => l[1]));
      worst.push(max);
      console.log(`/${q}: interactive ${ready} ms after the first move, longest task ${max} ms, long tasks ${JSON.stringify(long)}`);
      await context.close();
    }
    console.log(`/${q}: longest task of each load ${JSON.stringify(worst)}`);
  }
} finally {
  await browser.close();
  stopServers();
}
