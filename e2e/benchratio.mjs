#!/usr/bin/env node
// Prints native and WebAssembly benchmark times side by side, with their
// ratio: the median of each benchmark's runs in two `go test -bench`
// outputs (make bench writes them). Each NAME=MS after them is a budget
// for the WebAssembly median, and the script fails past it.
//
//   node benchratio.mjs native.txt wasm.txt Scale/articles=200=2000
import fs from 'node:fs';

function medians(file) {
  const runs = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op/.exec(line);
    if (!m) continue;
    if (!runs.has(m[1])) runs.set(m[1], []);
    runs.get(m[1]).push(Number(m[2]));
  }
  const out = new Map();
  for (const [name, ns] of runs) {
    ns.sort((a, b) => a - b);
    out.set(name, ns[Math.floor(ns.length / 2)]);
  }
  return out;
}

const [nativeFile, wasmFile, ...budgets] = process.argv.slice(2);
const native = medians(nativeFile);
const wasm = medians(wasmFile);
const ms = (ns) => (ns / 1e6).toFixed(ns < 1e7 ? 2 : 0).padStart(9) + ' ms';
console.log('\nbenchmark (median)              native      WebAssembly (Chromium)  ratio');
let rows = 0;
for (const [name, w] of wasm) {
  if (!native.has(name)) continue;
  const n = native.get(name);
  console.log(`${name.padEnd(28)} ${ms(n)}   ${ms(w)}              ${(w / n).toFixed(1)}×`);
  rows++;
}
if (rows === 0) {
  console.error('no benchmark ran both natively and in WebAssembly');
  process.exit(1);
}
let over = false;
for (const b of budgets) {
  const at = b.lastIndexOf('=');
  const name = b.slice(0, at);
  const limit = Number(b.slice(at + 1));
  if (!wasm.has(name)) {
    console.log(`budget: ${name} did not run (is ../shared beside the repository?)`);
    continue;
  }
  const took = wasm.get(name) / 1e6;
  console.log(`budget: ${name} in WebAssembly ${took.toFixed(0)} ms, at most ${limit} ms`);
  over ||= took > limit;
}
if (over) process.exit(1);
