// Measures the built widget against a Yew hello world built the same way and writes every
// figure and sample to bench/out/results.json; bench/report.mjs turns that into BENCHMARKS.md.
// Run through scripts/bench.sh, which builds both first.
//
//   node bench/measure.mjs --widget dist --baseline bench/out/baseline-dist [--quick]
//   node bench/measure.mjs --widget dist --keys-only [--memory]   # typing only, printed
//
// Everything measured in the page is timed in the page itself (performance.now(), event
// timeStamps), so the Playwright/CDP round trips are never part of a figure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

import { launch, ROOT } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

// ---------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const QUICK = args.includes('--quick');
const WIDGET_DIST = resolve(option('widget', join(ROOT, 'dist')));
// The widget built with the `all-locales` cargo feature (every locale embedded), if built.
const ALL_LOCALES_DIST = option('all-locales', null) && resolve(option('all-locales'));
const BASELINE_DIST = resolve(option('baseline', join(ROOT, 'bench/out/baseline-dist')));
const OUT_DIR = resolve(option('out', join(ROOT, 'bench/out')));
// The locales the measured wasm was built from (scripts/bench.sh snapshots them at build time).
const LOCALES = resolve(option('locales', join(ROOT, 'locales')));
const BUILD_NOTE = process.env.BENCH_BUILD_NOTE || '';
// Iterating on keystroke latency: measure typing only, print it, write nothing.
const KEYS_ONLY = args.includes('--keys-only');
const MEMORY = args.includes('--memory');

const LOADS = QUICK ? 5 : 20; // measured warm loads per page
const WARMUP_LOADS = 3;
const COLD_LOADS = QUICK ? 3 : 10;
const KEYSTROKES = QUICK ? 50 : 200;
const WARMUP_KEYSTROKES = 20;
const MEMORY_KEYSTROKES = QUICK ? 200 : 1000;

/** The widget alone, in the shell of the hello world's page (bench/baseline/index.html). */
const BARE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>braze-s3-companion alone (benchmark page)</title>
  <link rel="stylesheet" href="widget.css">
  <script type="module" src="loader.js"></script>
</head>
<body>
  <div data-braze-s3-companion data-lang="en" data-url-state></div>
</body>
</html>
`;

const BUDGET = {
  // Issue 10: at most 165,000 B brotli for what an English reader downloads, serde_json in.
  brotliBytes: 165_000,
  brotliBytesDecimal: 165_000,
  loadRatio: 1.5,
  keystrokeP95Ms: 4, // real key presses, p95 <= 4 ms
  // Issue 5: wasm memory after 1,000 keystrokes grows at most 10 % over after 10.
  memoryGrowth: 0.10,
};

// ---------------------------------------------------------------------------------------
// Helpers

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => x.toFixed(x < 10 ? 2 : 1);
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ratio = (a, b) => (b ? a / b : NaN);
const factor = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
const compressed = (tool, toolArgs, file) => execFileSync(tool, [...toolArgs, file], { maxBuffer: 1 << 28 }).length;

function run(cmd, cmdArgs) {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------
// 1. Sizes

const brotliOf = (file) => compressed('brotli', ['-q', '11', '-c'], file);
const gzipOf = (file) => compressed('gzip', ['-9', '-c'], file);

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('.'));
}

/**
 * What ships to a reader, by kind: the .wasm; the JS (wasm-bindgen's module, loader.js and
 * wasm-bindgen's snippets/); the widget's CSS. The demo page's index.html and demo-page.css
 * are the host's and not counted. Locale files (locales/<tag>.json, fetched for a reader
 * whose language is not built in) are counted apart, per language.
 */
function shippedFiles(dist) {
  const names = filesUnder(dist);
  return {
    wasm: names.filter((n) => n.endsWith('.wasm')),
    js: names.filter((n) => n.endsWith('.js')),
    css: names.filter((n) => n.endsWith('.css') && n !== 'demo-page.css'),
  };
}

function sizeOf(file) {
  return { raw: readFileSync(file).length, gzip: gzipOf(file), brotli: brotliOf(file) };
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

function measureSizes(dist) {
  const result = { files: {} };
  let total = ZERO;
  for (const [kind, names] of Object.entries(shippedFiles(dist))) {
    let sum = ZERO;
    for (const name of names) {
      const size = sizeOf(join(dist, name));
      result.files[name] = size;
      sum = add(sum, size);
    }
    result[kind] = sum;
    total = add(total, sum);
  }
  result.total = total;
  // Locale files next to the bundle, each served on its own.
  result.locales = {};
  for (const name of filesUnder(dist).filter((n) => /^locales\/[^/]+\.json$/.test(n))) {
    const tag = name.slice('locales/'.length, -'.json'.length);
    result.locales[tag] = add(result.locales[tag] ?? ZERO, sizeOf(join(dist, name)));
  }
  return result;
}

/** The wasm's code and data sections, each compressed on its own (brotli -q 11). */
function wasmSections(file) {
  const buf = readFileSync(file);
  let p = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[p++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const parts = { code: [], data: [], other: [] };
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    parts[id === 10 ? 'code' : id === 11 ? 'data' : 'other'].push(buf.subarray(p, p + size));
    p += size;
  }
  const result = {};
  for (const [name, chunks] of Object.entries(parts)) {
    const tmp = join(OUT_DIR, `wasm-section-${name}.bin`);
    writeFileSync(tmp, Buffer.concat(chunks));
    result[name] = { raw: Buffer.concat(chunks).length, brotli: brotliOf(tmp) };
  }
  return result;
}

/** Where the .ftl sources of `localesDir` sit, byte for byte, in `wasm`; and the wasm without them. */
function cutOut(wasm, localesDir, tags) {
  const cut = [];
  let found = 0;
  let files = 0;
  for (const tag of tags) {
    for (const name of readdirSync(join(localesDir, tag)).filter((n) => n.endsWith('.ftl'))) {
      const bytes = readFileSync(join(localesDir, tag, name));
      if (bytes.length === 0) continue;
      files += 1;
      let at = wasm.indexOf(bytes);
      if (at >= 0) found += 1;
      while (at >= 0) {
        cut.push([at, at + bytes.length]);
        at = wasm.indexOf(bytes, at + bytes.length);
      }
    }
  }
  cut.sort((a, b) => a[0] - b[0]);
  const kept = [];
  let from = 0;
  for (const [start, end] of cut) {
    if (start >= from) kept.push(wasm.subarray(from, start));
    from = Math.max(from, end);
  }
  kept.push(wasm.subarray(from));
  return { files, found, rest: Buffer.concat(kept) };
}

/**
 * The share of the bundle that is translation text (issue 3).
 * - The shipped build embeds English only (cargo feature `all-locales` off) and fetches the
 *   reader's language from locales/<tag>/ next to the bundle.
 * - English inside the wasm: the .ftl sources are embedded verbatim (include_str!); cut them
 *   out of the wasm bytes and compress again: the difference is what they cost in the file.
 * - With the `all-locales` build (if given), the exact cost of embedding every locale is the
 *   difference of the two wasm files, same code otherwise.
 */
function localizationShare(sizes, dist) {
  const wasmName = shippedFiles(dist).wasm[0];
  const wasm = readFileSync(join(dist, wasmName));
  const tags = readdirSync(LOCALES).filter((t) => statSync(join(LOCALES, t)).isDirectory()).sort();
  const english = cutOut(wasm, LOCALES, ['en']);
  const stripped = join(OUT_DIR, 'wasm-without-en-ftl.wasm');
  writeFileSync(stripped, english.rest);
  const wasmBrotli = sizes.wasm.brotli;
  const englishInWasm = wasmBrotli - brotliOf(stripped);

  const all = Buffer.concat(tags.flatMap((t) => readdirSync(join(LOCALES, t)).filter((n) => n.endsWith('.ftl')).sort()
    .map((n) => readFileSync(join(LOCALES, t, n)))));
  const concatenated = join(OUT_DIR, 'locales-concatenated.ftl');
  writeFileSync(concatenated, all);

  const fetched = Object.entries(sizes.locales).filter(([t]) => t !== 'en');
  const [heaviestTag, heaviest] = fetched.sort((a, b) => b[1].brotli - a[1].brotli)[0] ?? ['—', ZERO];
  const result = {
    englishFiles: english.files,
    englishFound: english.found,
    englishInWasmBrotli: englishInWasm,
    allFtlRaw: all.length,
    allFtlBrotli: brotliOf(concatenated),
    heaviestTag,
    heaviestFetched: heaviest,
  };
  if (ALL_LOCALES_DIST) {
    const allWasm = sizeOf(join(ALL_LOCALES_DIST, shippedFiles(ALL_LOCALES_DIST).wasm[0]));
    result.allLocalesWasm = allWasm;
    result.embeddingOthersBrotli = allWasm.brotli - wasmBrotli;
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// 2. Time to interactive

/**
 * Installed before any page script: records performance.now() (ms since navigation start)
 * at the first DOM mutation after which `selector` matches. MutationObserver callbacks run as
 * microtasks right after the DOM change, before any paint.
 */
const READY_PROBE = (selector) => {
  const check = () => {
    if (window.__readyAt === undefined && document.querySelector(selector)) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
};

async function timeToInteractive(browser, targets) {
  const results = {};
  // Warm: one context per target, its HTTP cache (and V8's wasm code cache) warmed by the
  // first loads; the loads of the two targets alternate so both see the same machine load.
  const pages = {};
  for (const t of targets) {
    const context = await browser.newContext();
    await context.addInitScript(READY_PROBE, t.selector);
    pages[t.name] = await context.newPage();
    results[t.name] = { warm: [], cold: [] };
  }
  const load = async (page, t) => {
    await page.goto(t.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000 });
    const at = await page.evaluate(() => window.__readyAt);
    // Leave the page, so that its remaining work (a second widget still rendering, timers)
    // does not run during the next page's measured load.
    await page.goto('about:blank');
    return at;
  };
  for (let i = 0; i < WARMUP_LOADS + LOADS; i++) {
    for (const t of targets) {
      const at = await load(pages[t.name], t);
      if (i >= WARMUP_LOADS) results[t.name].warm.push(at);
    }
  }
  for (const t of targets) await pages[t.name].context().close();
  // Cold: a new context (empty cache) per load.
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const t of targets) {
      const context = await browser.newContext();
      await context.addInitScript(READY_PROBE, t.selector);
      const page = await context.newPage();
      results[t.name].cold.push(await load(page, t));
      await context.close();
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------// 3. Keystrokes and memory

/** The bucket names typed: letters appended up to 60 characters, then deleted back to 16,
 * and again; every one a valid bucket name, so every snippet is rendered each time. */
function bucketSequence(count) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const values = [];
  let value = 'bench-bucket';
  let growing = true;
  for (let i = 0; values.length < count; i++) {
    if (growing && value.length >= 60) growing = false;
    if (!growing && value.length <= 16) growing = true;
    value = growing ? value + alphabet[i % alphabet.length] : value.slice(0, -1);
    values.push(value);
  }
  return values;
}

/**
 * In the page. window.__bucketSnippets() lists the snippets whose code shows the bucket.
 * Both ways of typing end at the first DOM mutation after which every one of those snippets'
 * <code> shows the new bucket (a MutationObserver: its callbacks run as microtasks right after
 * the DOM changes, before paint), so they time the whole Yew update with its effects:
 * - window.__arm(value, ids), then a real key press from Playwright: from the keydown
 *   event's timeStamp (when the browser took the key, on performance.now()'s timeline) to
 *   that mutation; window.__result resolves with the ms.
 * - window.__synthetic(value, ids): sets the value and dispatches an `input` InputEvent;
 *   from just before the dispatch to that mutation (what the benchmark measured before).
 */
const KEYSTROKE_PROBE = () => {
  const root = () => document.querySelector('[data-url-state] .bsc');
  // The bucket as a whole word: the old value is a prefix of the new one (or the reverse),
  // so it must be followed (and preceded) by a character no bucket name holds.
  const shows = (text, bucket) => {
    const escaped = bucket.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9.-])${escaped}(?![a-z0-9.-])`).test(text);
  };
  window.__bucketSnippets = (bucket) => [...root().querySelectorAll('[data-snippet]')]
    .filter((s) => s.querySelector('code') && shows(s.querySelector('code').textContent, bucket))
    .map((s) => s.dataset.snippet);
  /** Resolves with performance.now() at the first mutation after which `ids` show `value`. */
  const updated = (value, ids) => new Promise((resolveAt, rejectAt) => {
    const widget = root();
    const done = () => ids.every((id) => {
      const code = widget.querySelector(`[data-snippet="${id}"] code`);
      return code && shows(code.textContent, value);
    });
    const observer = new MutationObserver(() => {
      // The moment the mutations were delivered, before this probe reads the snippets.
      const at = performance.now();
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolveAt(at);
    });
    observer.observe(widget, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); rejectAt(new Error(`no update for ${value}`)); }, 5000);
  });
  window.__arm = (value, ids) => {
    let keydownAt = null;
    let inputAt = null;
    root().addEventListener('keydown', (e) => { keydownAt = e.timeStamp; }, { capture: true, once: true });
    // On the window, capturing: before Yew's own listener (on the widget's host element) runs.
    window.addEventListener('input', () => { inputAt = performance.now(); }, { capture: true, once: true });
    window.__result = updated(value, ids).then((at) => ({
      total: at - keydownAt, browser: inputAt - keydownAt, widget: at - inputAt,
    }));
  };
  window.__synthetic = (value, ids) => {
    const input = root().querySelector('input[name="bucket"]');
    const result = updated(value, ids);
    const data = value.length > input.value.length ? value.at(-1) : null;
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {
      bubbles: true, inputType: data ? 'insertText' : 'deleteContentBackward', data,
    }));
    return result.then((at) => at - t0);
  };
  // The next frame and a task after it: what a reader's next key press would find.
  window.__idle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
};

const HEAVIEST_CASE = new URLSearchParams({
  integration: 'both', auth: 'role-arn', bucket: 'bench-bucket', account: '123456789012',
  'external-id': 'braze-ext-bench', 'own-account': '210987654321', lang: 'en',
});

/** Diagnostics: the widget's URL writing, and its saving to localStorage, taken out. */
const NO_URL_WRITES = () => {
  History.prototype.replaceState = function replaceState() {};
};
const NO_STORAGE_WRITES = () => {
  Storage.prototype.setItem = function setItem() {};
};

async function openTyping(browser, url, initScripts = []) {
  const context = await browser.newContext();
  await context.addInitScript(KEYSTROKE_PROBE);
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-url-state] .bsc [data-snippet="policy-combined"] code');
  // The heaviest case: every disclosure open (the infrastructure files, the optional names),
  // whether or not the widget renders their content while closed.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('[data-url-state] .bsc details')) d.open = true;
  });
  await page.waitForSelector('[data-url-state] .bsc [data-snippet="terraform"] code');
  await page.evaluate(() => window.__idle());
  const ids = await page.evaluate(() => window.__bucketSnippets('bench-bucket'));
  // The caret at the end of the bucket field, where the reader types.
  await page.evaluate(() => {
    const input = document.querySelector('[data-url-state] .bsc input[name="bucket"]');
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  });
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  return { context, page, ids, isolated };
}

/** Types `values` one key each, real key presses (Backspace to shorten) or synthetic events. */
async function typeBuckets(page, values, ids, { real, onEach, split } = {}) {
  const times = [];
  let previous = await page.evaluate(() => document.querySelector('[data-url-state] .bsc input[name="bucket"]').value);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (real) {
      await page.evaluate(([v, list]) => window.__arm(v, list), [value, ids]);
      await page.keyboard.press(value.length > previous.length ? value.at(-1) : 'Backspace');
      const { total, browser, widget } = await page.evaluate(() => window.__result);
      times.push(total);
      split?.browser.push(browser);
      split?.widget.push(widget);
    } else {
      times.push(await page.evaluate(([v, list]) => window.__synthetic(v, list), [value, ids]));
    }
    previous = value;
    await page.evaluate(() => window.__idle());
    if (onEach) await onEach(i + 1);
  }
  return times;
}

async function keystrokes(browser, url, { real, initScripts = [] }) {
  const { context, page, ids, isolated } = await openTyping(browser, url, initScripts);
  const split = real ? { browser: [], widget: [] } : null;
  const all = await typeBuckets(page, bucketSequence(WARMUP_KEYSTROKES + KEYSTROKES), ids, { real, split });
  const times = all.slice(WARMUP_KEYSTROKES);
  await context.close();
  // A real key's time in two parts: the browser's, from the keydown's timeStamp to the
  // `input` event (the key's dispatch, the text edit and its forced layout), and the widget's,
  // from the `input` event to the mutation.
  const parts = split && Object.fromEntries(Object.entries(split)
    .map(([name, xs]) => [name, stats(xs.slice(WARMUP_KEYSTROKES))]));
  return {
    real, snippets: ids, count: times.length, crossOriginIsolated: isolated,
    median: median(times), p95: quantile(times, 0.95), max: Math.max(...times), min: Math.min(...times),
    samples: times, parts,
  };
}

/** wasm linear memory: reached through the wasm-bindgen module the loader imported. The
 * module map hands back the same instance, and its init returns the live exports. */
const WASM_MEMORY = async () => {
  const bindings = await import(new URL('braze-s3-companion.js', document.baseURI).href);
  const exports = await bindings.default();
  return exports.memory.buffer.byteLength;
};

async function memory(browser, url) {
  const { context, page, ids } = await openTyping(browser, url);
  const marks = { atLoad: await page.evaluate(WASM_MEMORY) };
  await typeBuckets(page, bucketSequence(MEMORY_KEYSTROKES), ids, {
    real: true,
    onEach: async (count) => {
      if (count === 10 || count === 100 || count === MEMORY_KEYSTROKES) marks[`after${count}`] = await page.evaluate(WASM_MEMORY);
    },
  });
  await context.close();
  const last = marks[`after${MEMORY_KEYSTROKES}`];
  return { ...marks, keystrokes: MEMORY_KEYSTROKES, realKeys: true, growth: (last - marks.after10) / marks.after10 };
}

// ---------------------------------------------------------------------------------------
// Main

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'}`,
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: run(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version']),
    rustc: run('rustc', ['--version']),
    trunk: run('trunk', ['--version']),
    wasmOpt: run('wasm-opt', ['--version']),
  };
}

const stats = (xs) => ({ median: median(xs), p95: quantile(xs, 0.95), samples: xs });

/** Typing in the heaviest case: real key presses as shipped, then the synthetic events and
 * the diagnostics (URL and storage writes stubbed out), then memory. */
async function measureTyping(browser, url) {
  const keys = {
    shipped: await keystrokes(browser, url, { real: true }),
    synthetic: await keystrokes(browser, url, { real: false }),
  };
  if (!KEYS_ONLY) {
    keys.noUrl = await keystrokes(browser, url, { real: true, initScripts: [NO_URL_WRITES] });
    keys.noUrlNoStorage = await keystrokes(browser, url, { real: true, initScripts: [NO_URL_WRITES, NO_STORAGE_WRITES] });
  }
  return keys;
}

const keyLine = (name, k) => `${name}: median ${k.median.toFixed(2)} ms, p95 ${k.p95.toFixed(2)} ms, max ${k.max.toFixed(2)} ms (${k.count} keys)`
  + (k.parts ? `; browser keydown→input median ${k.parts.browser.median.toFixed(2)} p95 ${k.parts.browser.p95.toFixed(2)} ms, widget input→mutation median ${k.parts.widget.median.toFixed(2)} p95 ${k.parts.widget.p95.toFixed(2)} ms` : '');

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const loadBefore = os.loadavg();
  const started = new Date();
  const headers = { 'Cache-Control': 'public, max-age=600' };
  // Typing is timed on a cross-origin-isolated page: its clocks then read to 5 µs, not 100 µs.
  const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  const typingServer = await serve(WIDGET_DIST, { headers: { ...headers, ...ISOLATION } });
  // Chromium drops history.replaceState calls beyond 200 in 10 s (IPC flooding protection);
  // the benchmark types faster than a reader, so the protection is off and every call counts.
  const browser = await launch(['--disable-ipc-flooding-protection']);
  const url = `${typingServer.url}/?${HEAVIEST_CASE}`;
  if (KEYS_ONLY) {
    try {
      const keys = await measureTyping(browser, url);
      for (const [name, k] of Object.entries(keys)) console.log(keyLine(name, k));
      if (MEMORY) {
        const m = await memory(browser, url);
        console.log(`memory: after 10 ${m.after10} B, after ${m.keystrokes} ${m[`after${m.keystrokes}`]} B, growth ${(m.growth * 100).toFixed(1)} %`);
      }
    } finally {
      await browser.close();
      await typingServer.close();
    }
    return;
  }

  const sizes = { widget: measureSizes(WIDGET_DIST), baseline: measureSizes(BASELINE_DIST) };
  sizes.widget.sections = wasmSections(join(WIDGET_DIST, shippedFiles(WIDGET_DIST).wasm[0]));
  sizes.baseline.sections = wasmSections(join(BASELINE_DIST, shippedFiles(BASELINE_DIST).wasm[0]));
  const l10n = localizationShare(sizes.widget, WIDGET_DIST);

  // Both servers say the files may be cached for a while, as a docs site would.
  const widgetServer = await serve(WIDGET_DIST, { headers, pages: { '/bare.html': BARE_PAGE } });
  const baselineServer = await serve(BASELINE_DIST, { headers });
  const widgetReady = '[data-url-state] .bsc input[name="bucket"]';
  let tti;
  let keys;
  let mem;
  try {
    tti = await timeToInteractive(browser, [
      // The demo page as shipped: <html lang="fr">, so the French texts are fetched first.
      { name: 'widget', url: `${widgetServer.url}/`, selector: widgetReady },
      // The same page for an English reader: nothing to fetch but the bundle.
      { name: 'widgetEn', url: `${widgetServer.url}/?lang=en`, selector: widgetReady },
      // The widget alone on a page like the hello world's: the like-for-like comparison.
      { name: 'widgetBare', url: `${widgetServer.url}/bare.html`, selector: widgetReady },
      { name: 'baseline', url: `${baselineServer.url}/`, selector: 'p.hello' },
    ]);
    keys = await measureTyping(browser, url);
    mem = await memory(browser, url);
  } finally {
    await browser.close();
    await widgetServer.close();
    await baselineServer.close();
    await typingServer.close();
  }
  const w = sizes.widget;
  const reader = add(w.total, l10n.heaviestFetched);
  const results = {
    date: started.toISOString(),
    quick: QUICK,
    buildNote: BUILD_NOTE,
    machine: machine(),
    loadAverage: { before: loadBefore, after: os.loadavg() },
    settings: {
      loads: LOADS, warmupLoads: WARMUP_LOADS, coldLoads: COLD_LOADS,
      keystrokes: KEYSTROKES, warmupKeystrokes: WARMUP_KEYSTROKES, memoryKeystrokes: MEMORY_KEYSTROKES,
    },
    budget: BUDGET,
    sizes,
    readerTotal: { tag: l10n.heaviestTag, ...reader },
    localization: l10n,
    timeToInteractive: Object.fromEntries(Object.entries(tti).map(([k, v]) => [k, {
      warm: stats(v.warm), cold: stats(v.cold),
    }])),
    keystrokes: keys,
    memory: mem,
  };
  const t = results.timeToInteractive;
  results.verdicts = {
    size: reader.brotli <= BUDGET.brotliBytes,
    sizeEnglish: w.total.brotli <= BUDGET.brotliBytes,
    sizeEnglishDecimal: w.total.brotli <= BUDGET.brotliBytesDecimal,
    load: ratio(t.widget.warm.median, t.baseline.warm.median) <= BUDGET.loadRatio,
    loadEnglish: ratio(t.widgetEn.warm.median, t.baseline.warm.median) <= BUDGET.loadRatio,
    loadBare: ratio(t.widgetBare.warm.median, t.baseline.warm.median) <= BUDGET.loadRatio,
    // Judged on real key presses.
    keystroke: keys.shipped.p95 <= BUDGET.keystrokeP95Ms,
    memory: results.memory.growth <= BUDGET.memoryGrowth,
  };
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${join(OUT_DIR, 'results.json')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
