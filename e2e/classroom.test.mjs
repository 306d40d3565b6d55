// Classroom mode end to end in Chromium: a student works through the
// exercise on the bundled corpus by keyboard alone, from the first
// question to the score, and the progress survives a reload, online and
// off; a wrong first answer is sent back with where to look, not the
// answer; the page a class is given leads nowhere near the key; a teacher
// prints the worksheet (to PDFs, A4 and Letter, read back with pdf.js:
// every sentence of every article, no answer) and the key on its own;
// axe-core finds nothing. Run by make e2e.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { axeViolations, ready, serve, stopServers, watch, whole } from './site.mjs';

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

// pdfText is the text of a PDF, page by page, as pdf.js reads it. (Node
// 20 lacks Promise.withResolvers, which pdf.js 6 uses.)
async function pdfText(buffer) {
  Promise.withResolvers ??= () => { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(buffer), disableFontFace: true, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => it.str + (it.hasEOL ? '\n' : ' ')).join(''));
  }
  return pages;
}

// flat is text without white space, to find a sentence a PDF breaks
// into lines.
const flat = (s) => s.replace(/\s+/g, '');

// open opens url in a fresh context and waits for the widget, started by
// a move of the pointer, or with keyboard set, by nothing: the test's
// first key or focus starts it.
async function open(url, { keyboard, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(url);
  if (!keyboard) await ready(page);
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
  const kinds = await page.$$eval('.px-q', (qs) => qs.map((q) => q.dataset.kind));
  const n = kinds.filter((k) => k !== 'discuss').length; // the questions checked
  assert.ok(n >= 4, `${n} questions`);
  assert.ok(kinds.includes('discuss'), 'no question to discuss');
  assert.equal(await page.$$eval('.px-exercise mark', (m) => m.length), 0, 'the exercise shows the marks');
  assert.deepEqual(await axeViolations(page), [], 'the exercise, unanswered');
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === 'discuss') {
      // written in words, kept, and compared with the points once written
      await tabTo(page, `question ${i + 1}'s answer`, (i) => document.activeElement.id === `px-q${i}-note`, i, 60);
      await page.keyboard.type('They may count different nights.');
      await tabTo(page, `question ${i + 1}'s points`, (i) => document.activeElement.closest(`#px-q${i}`) && /points for discussion/.test(document.activeElement.textContent), i, 5);
      await page.keyboard.press('Enter');
      await page.waitForFunction((i) => document.activeElement.id === `px-q${i}-feedback`, i, { timeout: 5000 });
      assert.match(await page.textContent(`#px-q${i}-feedback`), /Points for the discussion|What the articles show/);
      continue;
    }
    // to the question's first choice; choose it (Space); to Check; Enter
    await tabTo(page, `question ${i + 1}`, (i) => document.activeElement.matches(`#px-q${i} input`), i, 60);
    await page.keyboard.press('Space');
    await tabTo(page, `question ${i + 1}'s Check`, (i) => document.activeElement.closest(`#px-q${i}`) && document.activeElement.textContent === 'Check', i);
    await page.keyboard.press('Enter');
    // wrong the first time: a hint, with focus on it; then the answer, asked for
    await page.waitForFunction((i) => [`px-q${i}-feedback`, `px-q${i}-hint`].includes(document.activeElement.id), i, { timeout: 5000 });
    if (await page.evaluate((i) => document.activeElement.id === `px-q${i}-hint`, i)) {
      assert.match(await page.textContent(`#px-q${i}-hint`), /^Not quite\. Look again at paragraph \d+ of [A-E], then try again\.$/);
      await tabTo(page, `question ${i + 1}'s Show the answer`, (i) => document.activeElement.closest(`#px-q${i}`) && document.activeElement.textContent === 'Show the answer', i, 5);
      await page.keyboard.press('Enter');
    }
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
  const notes = await page.$$eval('.px-note-field', (fs) => fs.map((f) => f.value));
  assert.ok(notes.length > 0 && notes.every((v) => v === 'They may count different nights.'), `the written answers after a reload: ${notes}`);
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

test('a wrong first answer is sent back with where to look, not the answer; a second shows it', async () => {
  const { context, page } = await open(root + '?view=exercise&class=1', { colorScheme: 'dark' });
  // the figure question: pick a figure that is not the answer
  const q = await page.$eval('.px-q[data-kind="figure"]', (el) => el.id);
  await page.click(`#${q} .px-button`); // Check with nothing chosen
  await page.waitForSelector(`#${q} .px-issue`);
  assert.match(await page.textContent(`#${q} .px-issue`), /Choose an answer first/);
  const labels = await page.$$eval(`#${q} label`, (ls) => ls.map((l) => l.textContent));
  let wrong = -1;
  for (let k = 0; k < labels.length && wrong < 0; k++) {
    await page.check(`#${q}-c${k}`);
    await page.click(`#${q} .px-button`);
    await page.waitForSelector(`#${q}-feedback, #${q}-hint`);
    if (await page.$(`#${q}-hint`)) wrong = k;
    else await page.click(`#${q}-feedback >> text=Try again`);
  }
  assert.ok(wrong >= 0, 'no wrong answer to give');
  // the hint: where to look, and nothing of the answer
  const first = await page.textContent(`#${q}`);
  assert.match(first, /Not quite\. Look again at paragraph \d+ of [A-E], then try again\./);
  assert.doesNotMatch(first, /✓|the right answer|not right|The sentences that show it/);
  assert.equal(await page.$(`#${q}-feedback`), null, 'the explanation shows after one wrong answer');
  assert.deepEqual(await axeViolations(page), [], 'a hint, dark');
  // a second wrong answer: now the answer and why
  await page.click(`#${q} .px-button`);
  await page.waitForSelector(`#${q}-feedback`);
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
  assert.equal(await page.$(`#${q}-hint`), null, 'Try again keeps the old hint');
  await context.close();
});

test('the page a class is given leads nowhere near the key, from any of its views', async () => {
  const { context, page } = await open(root + '?view=exercise&class=1');
  for (const tab of ['Exercise', 'Side by side', 'Overview', 'Divergences', 'Sources']) {
    await page.click(`.px-tabs >> text=${tab}`);
    await whole(page);
    assert.equal(await page.$$eval('a[href*="view=teacher"]', (a) => a.length), 0, `a link to the teacher's guide from ${tab}`);
    assert.match(page.url(), /class=1/, `${tab} lost class=1`);
  }
  await context.close();
});

test('a teacher opens the guide by keyboard and prints the worksheet (every article, no answer), then the key on its own', async () => {
  const { context, page } = await open(root, { keyboard: true });
  // the foot of the comparison leads to the guide; focused on the
  // generated page, which the focus starts, it keeps the focus once the
  // widget is drawn
  await page.focus('.px-foot a[href*="view=teacher"]');
  await page.waitForSelector('html[data-px-ready]', { timeout: 30000 });
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('href') || ''), /view=teacher/, 'the focus was lost when the widget was drawn');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.px-teacher');
  const n = await page.$$eval('.px-ws-q', (qs) => qs.length);
  assert.ok(n >= 4 && n === await page.$$eval('.px-key-q', (qs) => qs.length), `${n} questions, and as many answers`);
  assert.match(await page.textContent('.px-guide'), /Link for the students: http:\/\/127\.0\.0\.1:\d+\/\?class=1&view=exercise/);
  assert.match(await page.textContent('.px-guide'), /cannot hide the key from a determined student/);
  assert.deepEqual(await axeViolations(page), [], 'the teacher view');
  // Print calls the browser's print, the worksheet alone (recorded here: a
  // headless browser has no dialog)
  await page.evaluate(() => { window.__printed = []; window.print = () => { window.__printed.push(document.documentElement.dataset.print); }; });
  await tabTo(page, 'Print the worksheet', () => document.activeElement.id === 'px-print');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.__printed), ['sheet', 'key'], 'Print the worksheet, then Print the answer key');
  // on paper: no guide, header or footer
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ['.px-guide', '.px-head', '.px-foot'].filter((s) => { const e = document.querySelector(s); return e && getComputedStyle(e).display !== 'none'; }));
  assert.deepEqual(hidden, [], 'shown on paper');
  // the worksheet, A4 and Letter: every sentence of every article (from
  // the command's report), the questions, no answer
  const go = process.env.GO || 'go';
  const repo = path.resolve(process.env.WEB || '../web', '..');
  const cmd = spawnSync(go, ['run', './cmd/parallax', 'compare', '--format', 'json', 'corpus/rubio-lavrov'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(cmd.status, 0, cmd.stderr);
  const sentences = JSON.parse(cmd.stdout).articles.flatMap((a) => a.sentences.map((s) => s.text));
  const explanations = await page.$$eval('.px-key-q > p', (ps) => ps.map((p) => p.lastChild.textContent.slice(0, 60)));
  await page.evaluate(() => { document.documentElement.dataset.print = 'sheet'; });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    fs.writeFileSync(path.join(shots, `worksheet-${format.toLowerCase()}.pdf`), pdf);
    const pages = await pdfText(pdf);
    const text = flat(pages.join(''));
    console.log(`# worksheet, ${format}: ${pages.length} pages, ${pdf.length} bytes (${shots}/worksheet-${format.toLowerCase()}.pdf)`);
    const missing = sentences.filter((s) => !text.includes(flat(s)));
    assert.deepEqual(missing, [], `${format}: sentences not on the worksheet`);
    assert.ok(text.includes(flat('Name: ______________________')), `${format}: no line for a name`);
    assert.ok(!text.includes('Answerkey') && explanations.every((e) => !text.includes(flat(e))), `${format}: the worksheet gives answers away`);
  }
  // the key alone: its answers, none of the worksheet
  await page.evaluate(() => { document.documentElement.dataset.print = 'key'; });
  const key = flat((await pdfText(await page.pdf({ format: 'A4' }))).join(''));
  assert.ok(key.includes('Answerkey') && explanations.every((e) => key.includes(flat(e))), 'the key lacks answers');
  assert.ok(!key.includes(flat('Name: ______')), 'the key prints the worksheet');
  await context.close();
});

test('no console error in classroom mode', () => {
  assert.deepEqual(problems, []);
});
