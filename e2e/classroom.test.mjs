// Classroom mode end to end in Chromium: a student works through the
// exercise on the bundled corpus by keyboard alone, from the first
// question to the score, and the progress survives a reload, online and
// off; a teacher prints the worksheet and key (to a PDF, kept with the
// screenshots); axe-core finds nothing. Run by make e2e.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { axeViolations, serve, stopServers, watch, whole } from './site.mjs';

const shots = process.env.SHOTS || 'screenshots';

let browser, root;
const problems = [];

before(async () => {
  root = await serve(process.env.DIST || '../dist');
  browser = await launch();
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  stopServers();
});

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(url);
  await page.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  return { context, page };
}

// tabTo presses Tab until the focused element matches the test, and
// fails after max presses.
async function tabTo(page, what, test, arg, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test, arg)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('a student works through the exercise by keyboard alone, from the first question to the score', async () => {
  const { context, page } = await open(root);
  // from the tabs, by keyboard
  await tabTo(page, 'the Exercise tab', () => document.activeElement.matches('.px-tab[href$="view=exercise"]'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.px-exercise');
  await whole(page);
  const n = await page.$$eval('.px-q', (qs) => qs.length);
  assert.ok(n >= 4, `${n} questions`);
  assert.equal(await page.$$eval('.px-exercise mark', (m) => m.length), 0, 'the exercise shows the marks');
  assert.deepEqual(await axeViolations(page), [], 'the exercise, unanswered');
  for (let i = 0; i < n; i++) {
    // to the question's first choice; choose it (Space); to Check; Enter
    await tabTo(page, `question ${i + 1}`, (i) => document.activeElement.matches(`#px-q${i} input`), i, 60);
    await page.keyboard.press('Space');
    await tabTo(page, `question ${i + 1}'s Check`, (i) => document.activeElement.closest(`#px-q${i}`) && document.activeElement.textContent === 'Check', i);
    await page.keyboard.press('Enter');
    // the verdict, its explanation and its sentences, with focus on them
    await page.waitForFunction((i) => document.activeElement.id === `px-q${i}-feedback`, i, { timeout: 5000 });
    const feedback = await page.textContent(`#px-q${i}-feedback`);
    assert.match(feedback, /^(Right\.|Not quite\.) .+The sentences that show it:/s);
  }
  const rights = await page.$$eval('.px-feedback-right', (f) => f.length);
  assert.equal(await page.textContent('#px-ex-score'), `Every question checked: ${rights} of ${n} right.`);
  assert.deepEqual(await axeViolations(page), [], 'the exercise, answered');
  for (const [w, h] of [[1280, 1000], [375, 812]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => document.querySelector('#px-q3').scrollIntoView());
    await page.screenshot({ path: path.join(shots, `exercise-${w}.png`) });
  }
  // the progress is kept: a reload shows the same answers and score
  await page.reload();
  await page.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  await page.waitForFunction((n) => document.querySelector('#px-ex-score')?.textContent.startsWith(`Every question checked`), n, { timeout: 10000 });
  assert.equal(await page.$$eval('.px-feedback-right', (f) => f.length), rights);
  // and offline, once the service worker keeps the page
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return false;
    const reg = await navigator.serviceWorker.ready;
    const names = (await caches.keys()).filter((k) => k.startsWith('parallax:' + reg.scope + ':'));
    for (const n of names) if (await (await caches.open(n)).match(reg.scope, { ignoreSearch: true })) return true;
    return false;
  }, null, { timeout: 30000, polling: 200 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  await page.waitForFunction((n) => document.querySelector('#px-ex-score')?.textContent.startsWith(`Every question checked`), n, { timeout: 10000 });
  await context.setOffline(false);
  // and starting again, by keyboard, clears it
  await page.focus('#px-ex-restart');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#px-ex-score').textContent === `0 of ${n} questions checked, 0 right.`, n);
  assert.ok(await page.evaluate(() => document.activeElement.matches('#px-q0 input')), 'focus goes to the first question');
  await context.close();
});

test('a wrong answer says so, shows the right one, and can be tried again', async () => {
  const { context, page } = await open(root + '?view=exercise', { colorScheme: 'dark' });
  // the figure question: pick a figure that is not the answer
  const q = await page.$eval('.px-q[data-kind="figure"]', (el) => el.id);
  await page.click(`#${q} .px-button`); // Check with nothing chosen
  await page.waitForSelector(`#${q} .px-issue`);
  assert.match(await page.textContent(`#${q} .px-issue`), /Choose an answer first/);
  const labels = await page.$$eval(`#${q} label`, (ls) => ls.map((l) => l.textContent));
  for (let k = 0; k < labels.length; k++) {
    await page.check(`#${q}-c${k}`);
    await page.click(`#${q} .px-button`);
    await page.waitForSelector(`#${q}-feedback`);
    if (await page.$(`#${q}-feedback.px-feedback-wrong`)) break;
    await page.click(`#${q}-feedback >> text=Try again`);
  }
  await page.waitForSelector(`#${q} .px-verdict`);
  const text = await page.textContent(`#${q}`);
  assert.match(text, /Not quite\./);
  assert.match(text, /✗ not right/);
  assert.match(text, /✓ the right answer/);
  assert.match(text, /nearly 500 drones/);
  assert.match(text, /728 drones/);
  assert.deepEqual(await axeViolations(page), [], 'a wrong answer, dark');
  await page.click(`#${q}-feedback >> text=Try again`);
  await page.waitForSelector(`#${q} .px-button`);
  assert.ok(await page.evaluate((q) => document.activeElement.matches(`#${q} input`), q), 'Try again puts focus on the question');
  await context.close();
});

test('a teacher opens the guide by keyboard, prints the worksheet and key: the key on a page of its own', async () => {
  const { context, page } = await open(root + '?view=exercise');
  await tabTo(page, 'the link for teachers', () => document.activeElement.matches('a[href$="view=teacher"]'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.px-teacher');
  const n = await page.$$eval('.px-ws-q', (qs) => qs.length);
  assert.ok(n >= 4 && n === await page.$$eval('.px-key-q', (qs) => qs.length), `${n} questions, and as many answers`);
  assert.match(await page.textContent('.px-guide'), /Link for the students: http:\/\/127\.0\.0\.1:\d+\/\?view=exercise/);
  assert.deepEqual(await axeViolations(page), [], 'the teacher view');
  // Print calls the browser's print (recorded here: a headless browser has no dialog)
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await tabTo(page, 'Print', () => document.activeElement.id === 'px-print');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1, 'Print did not print');
  // on paper: no guide, header or footer; the key starts a page
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    hidden: ['.px-guide', '.px-head', '.px-foot'].filter((s) => { const e = document.querySelector(s); return e && getComputedStyle(e).display !== 'none'; }),
    keyBreak: getComputedStyle(document.querySelector('.px-key')).breakBefore,
  }));
  assert.deepEqual(printed.hidden, [], 'shown on paper');
  assert.equal(printed.keyBreak, 'page');
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  fs.writeFileSync(path.join(shots, 'worksheet.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`# worksheet and key: ${pages} A4 pages, ${pdf.length} bytes (${shots}/worksheet.pdf)`);
  assert.ok(pages >= 2, `${pages} pages: the key does not start a page of its own`);
  await context.close();
});

test('no console error in classroom mode', () => {
  assert.deepEqual(problems, []);
});
