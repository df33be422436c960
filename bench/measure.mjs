// Measures the built widget against a Yew hello world built the same way and writes every
// figure and sample to bench/out/results.json; bench/report.mjs turns that into BENCHMARKS.md.
// Run through scripts/bench.sh, which builds both first.
//
//   node bench/measure.mjs --widget dist --baseline bench/out/baseline-dist --echo bench/out/echo-dist [--quick]
//   node bench/measure.mjs --widget dist --echo bench/out/echo-dist --keys-only [--memory]   # typing only, printed
//
// Everything measured in the page is timed in the page itself (performance.now(), event
// timeStamps), so the Playwright/CDP round trips are never part of a figure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
// The least Yew app doing the widget's per-key job (bench/echo): the keystroke figure's yardstick.
const ECHO_DIST = resolve(option('echo', join(ROOT, 'bench/out/echo-dist')));
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
// Runs of the keystroke figure (widget, echo, widget with every <details> open, each once per
// run, in a rotating order): their spread says how much the figure moves.
const KEY_RUNS = QUICK ? 1 : 3;
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
  // Issue 21: what an English reader on a bare page downloads before the widget is live.
  weightBrotli: 150_000,
  loadRatio: 1.4, // issue 21: data-live on a bare page ≤ 1.4× the hello world's text
  // Issue 21: real key presses, p95 at most 2.0x the echo's (2.5x with every <details> open).
  keystrokeRatio: 2.0,
  keystrokeRatioAllOpen: 2.5,
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

/** The second module (docs/decisions/0005): fetched after the widget is live, counted apart. */
const isSections = (name) => name.startsWith('braze-s3-companion-sections');

/**
 * What ships, by kind: the .wasm; the JS (wasm-bindgen's module, loader.js and wasm-bindgen's
 * snippets/); the widget's CSS. The demo page's index.html and demo-page.css are the host's and
 * not counted. The sections' module is counted apart (`sections`); locale files
 * (locales/<tag>.json, fetched for a reader whose language is not built in) too, per language.
 */
function shippedFiles(dist) {
  const names = filesUnder(dist).filter((n) => !isSections(n));
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
  // The sections' module, if this build has one.
  let sectionsModule = ZERO;
  for (const name of filesUnder(dist).filter(isSections)) {
    const size = sizeOf(join(dist, name));
    result.files[name] = size;
    sectionsModule = add(sectionsModule, size);
  }
  result.sectionsModule = sectionsModule;
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

/**
 * The English text pieces of `localesDir/en/*.ftl` (each line's text between placeables, 12
 * characters or more) found byte for byte in `wasm`; and the wasm without them. The widget
 * embeds English packed (`src/i18n/packed.rs`): one string holding each text piece once, so
 * the pieces, not the .ftl files, are what is in the wasm.
 */
function cutOut(wasm, localesDir) {
  const pieces = new Set();
  let files = 0;
  for (const name of readdirSync(join(localesDir, 'en')).filter((n) => n.endsWith('.ftl'))) {
    files += 1;
    for (const line of readFileSync(join(localesDir, 'en', name), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      const text = line.replace(/^-?[a-z][a-z0-9-]*\s*=\s*/, '');
      for (const piece of text.split(/\{[^}]*\}/)) {
        if (piece.trim().length >= 12) pieces.add(piece);
      }
    }
  }
  const cut = [];
  let found = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    let at = wasm.indexOf(bytes);
    if (at >= 0) found += 1;
    while (at >= 0) {
      cut.push([at, at + bytes.length]);
      at = wasm.indexOf(bytes, at + bytes.length);
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
  return { files, pieces: pieces.size, found, rest: Buffer.concat(kept) };
}

/**
 * The share of the bundle that is translation text (issue 3).
 * - The shipped build embeds English only (cargo feature `all-locales` off), and its first
 *   module only the English its own code asks for; the reader's language comes from
 *   locales/<tag>.json next to the bundle.
 * - English inside the first module's wasm: its text pieces cut out of the wasm bytes and the
 *   rest compressed again: the difference is what they cost in the file.
 * - With the `all-locales` build (if given), the exact cost of embedding every locale is the
 *   difference of the two wasm files, same code otherwise.
 */
function localizationShare(sizes, dist) {
  const wasmName = shippedFiles(dist).wasm[0];
  const wasm = readFileSync(join(dist, wasmName));
  const tags = readdirSync(LOCALES).filter((t) => statSync(join(LOCALES, t)).isDirectory()).sort();
  const english = cutOut(wasm, LOCALES);
  const stripped = join(OUT_DIR, 'wasm-without-en-text.wasm');
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
    englishPieces: english.pieces,
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
// 1b. Weight: what an English reader on a bare page downloads before the widget is live

/**
 * Installed before any page script: the time (performance.now()) the widget became live:
 * `data-live` on its element (issue 21's public hook). (A build without it, older than the
 * pre-render, is taken as live when its bucket field exists.)
 */
const LIVE_PROBE = () => {
  const check = () => {
    const host = document.querySelector('[data-braze-s3-companion]');
    if (window.__liveAttrAt === undefined && host?.hasAttribute('data-live')) window.__liveAttrAt = performance.now();
    if (window.__inputAt === undefined && host?.querySelector('input[name="bucket"]')) window.__inputAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-live'] });
};

/** Every file a reader fetched from `dist` before the widget was live, with its brotli size. */
async function weightBeforeLive(browser, url, dist) {
  const context = await browser.newContext();
  await context.addInitScript(LIVE_PROBE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__inputAt !== undefined, null, { timeout: 30_000 });
  // `data-live` follows the first render (the take-over, or the plain mount of a bare page).
  await page.waitForFunction(() => window.__liveAttrAt !== undefined, null, { timeout: 5_000 }).catch(() => {});
  const seen = await page.evaluate(() => ({
    liveAttrAt: window.__liveAttrAt ?? null,
    inputAt: window.__inputAt,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })),
  }));
  await context.close();
  const signal = seen.liveAttrAt !== null ? 'data-live' : 'bucket field rendered (no data-live in this build)';
  const liveAt = seen.liveAttrAt ?? seen.inputAt;
  const files = [];
  let brotli = 0;
  for (const entry of seen.entries.filter((e) => e.startTime <= liveAt)) {
    const path = decodeURIComponent(new URL(entry.name).pathname).replace(/^\//, '');
    const file = join(dist, path);
    // Not a file of dist/: the browser's own favicon request.
    if (!path || !existsSync(file)) continue;
    const size = brotliOf(file);
    files.push({ path, brotli: size, startTime: entry.startTime });
    brotli += size;
  }
  const after = seen.entries.filter((e) => e.startTime > liveAt)
    .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
  return { signal, liveAt, brotli, files, fetchedAfter: after };
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
  // `data-live` arrives as an attribute on a pre-rendered element whose form was already there.
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-live'] });
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

/** The bucket names typed, one per key: a letter, then Backspace, and again (issue 21),
 * from `bench-bucket`; every one a valid bucket name, so every policy is rewritten each time. */
function bucketSequence(count) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const base = 'bench-bucket';
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? base + alphabet[(i / 2) % alphabet.length] : base));
}

/**
 * In the page. Both ways of typing end at the first DOM mutation after which every
 * `[data-snippet^="policy-"] code` shows the new bucket as a whole word (a MutationObserver:
 * its callbacks run as microtasks right after the DOM changes, before paint), so they time
 * the whole Yew update with its effects:
 * - window.__arm(value), then a real key press from Playwright: from the keydown event's
 *   timeStamp (when the browser took the key, on performance.now()'s timeline) to that
 *   mutation; window.__result resolves with the ms, and its two parts (keydown → `input`
 *   event: the browser's; `input` → mutation: the app's).
 * - window.__synthetic(value): sets the value and dispatches an `input` InputEvent; from just
 *   before the dispatch to that mutation.
 * The same probe times the widget and the echo (bench/echo): both render their policies in
 * `[data-url-state]`.
 */
const KEYSTROKE_PROBE = () => {
  const root = () => document.querySelector('[data-url-state] .bsc') ?? document.querySelector('[data-url-state]');
  // The bucket as a whole word: the old value is a prefix of the new one (or the reverse),
  // so it must be followed (and preceded) by a character no bucket name holds.
  const shows = (text, bucket) => {
    const escaped = bucket.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9.-])${escaped}(?![a-z0-9.-])`).test(text);
  };
  window.__policies = () => root().querySelectorAll('[data-snippet^="policy-"] code').length;
  /** Resolves with performance.now() at the first mutation after which every policy shows `value`. */
  const updated = (value) => new Promise((resolveAt, rejectAt) => {
    const app = root();
    const done = () => {
      const codes = [...app.querySelectorAll('[data-snippet^="policy-"] code')];
      return codes.length > 0 && codes.every((code) => shows(code.textContent, value));
    };
    const observer = new MutationObserver(() => {
      // The moment the mutations were delivered, before this probe reads the policies.
      const at = performance.now();
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolveAt(at);
    });
    observer.observe(app, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); rejectAt(new Error(`no update for ${value}`)); }, 5000);
  });
  window.__arm = (value) => {
    let keydownAt = null;
    let inputAt = null;
    root().addEventListener('keydown', (e) => { keydownAt = e.timeStamp; }, { capture: true, once: true });
    // On the window, capturing: before Yew's own listener (on the app's host element) runs.
    window.addEventListener('input', () => { inputAt = performance.now(); }, { capture: true, once: true });
    window.__result = updated(value).then((at) => ({
      total: at - keydownAt, browser: inputAt - keydownAt, app: at - inputAt,
    }));
  };
  window.__synthetic = (value) => {
    const input = root().querySelector('input[name="bucket"]');
    const result = updated(value);
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

/** Issue 21's case: both integrations, a role, every value valid. */
const HEAVIEST_CASE = new URLSearchParams({
  integration: 'both', auth: 'role-arn', bucket: 'bench-bucket', account: '123456789012',
  'external-id': 'braze-ext-bench', 'own-account': '210987654321', lang: 'en',
});

/**
 * A page ready to type into: the widget in issue 21's case (every `<details>` open, each
 * folded section built, if `allOpen`), or the echo. The caret at the end of the bucket field.
 */
async function openTyping(browser, url, { allOpen = false } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(KEYSTROKE_PROBE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-url-state] [data-snippet="policy-combined"] code');
  // The widget's pre-render shows its documents before it listens: typed into only when live
  // (the echo has no such element).
  await page.waitForFunction(() => !document.querySelector('[data-braze-s3-companion]')
    || document.querySelector('[data-url-state][data-live]'), null, { timeout: 30_000 });
  if (allOpen) {
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('[data-url-state] .bsc details')) d.open = true;
    });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-url-state] .bsc details[data-lazy]')]
      .every((d) => d.querySelector('.bsc-lazy-host > *')), null, { timeout: 30_000 });
    await page.waitForSelector('[data-url-state] .bsc [data-snippet="terraform"] code');
  }
  await page.evaluate(() => window.__idle());
  await page.evaluate(() => {
    const input = document.querySelector('[data-url-state] input[name="bucket"]');
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  });
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  const policies = await page.evaluate(() => window.__policies());
  return { context, page, isolated, policies };
}

/** Types `values` one key each, real key presses (Backspace to shorten) or synthetic events. */
async function typeBuckets(page, values, { real, onEach, split } = {}) {
  const times = [];
  let previous = await page.evaluate(() => document.querySelector('[data-url-state] input[name="bucket"]').value);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (real) {
      await page.evaluate((v) => window.__arm(v), value);
      await page.keyboard.press(value.length > previous.length ? value.at(-1) : 'Backspace');
      const { total, browser, app } = await page.evaluate(() => window.__result);
      times.push(total);
      split?.browser.push(browser);
      split?.app.push(app);
    } else {
      times.push(await page.evaluate((v) => window.__synthetic(v), value));
    }
    previous = value;
    await page.evaluate(() => window.__idle());
    if (onEach) await onEach(i + 1);
  }
  return times;
}

const stats = (xs) => ({
  median: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs), min: Math.min(...xs), samples: xs,
});

async function keystrokes(browser, url, { real = true, allOpen = false } = {}) {
  const { context, page, isolated, policies } = await openTyping(browser, url, { allOpen });
  const split = real ? { browser: [], app: [] } : null;
  const all = await typeBuckets(page, bucketSequence(WARMUP_KEYSTROKES + KEYSTROKES), { real, split });
  await context.close();
  const times = all.slice(WARMUP_KEYSTROKES);
  // A real key's time in two parts: the browser's, from the keydown's timeStamp to the
  // `input` event (the key's dispatch, the text edit), and the app's, from the `input` event
  // to the mutation.
  const parts = split && Object.fromEntries(Object.entries(split)
    .map(([name, xs]) => [name, stats(xs.slice(WARMUP_KEYSTROKES))]));
  return { real, allOpen, policies, count: times.length, crossOriginIsolated: isolated, ...stats(times), parts };
}

/** wasm linear memory: reached through the wasm-bindgen module the loader imported. The
 * module map hands back the same instance, and its init returns the live exports. */
const WASM_MEMORY = async () => {
  const bindings = await import(new URL('braze-s3-companion.js', document.baseURI).href);
  const exports = await bindings.default();
  return exports.memory.buffer.byteLength;
};

async function memory(browser, url) {
  const { context, page } = await openTyping(browser, url);
  const marks = { atLoad: await page.evaluate(WASM_MEMORY) };
  await typeBuckets(page, bucketSequence(MEMORY_KEYSTROKES), {
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

/** Pools the runs' samples of `name` into one set of figures. */
function pooled(runs, name) {
  const samples = runs.flatMap((r) => r[name].samples);
  const parts = runs[0][name].parts && Object.fromEntries(['browser', 'app'].map((part) => [part,
    stats(runs.flatMap((r) => r[name].parts[part].samples))]));
  return { ...stats(samples), count: samples.length, policies: runs[0][name].policies, parts };
}

/**
 * Issue 21's keystroke figure: in each run, the same keys on the widget (as a reader meets it),
 * the echo, and the widget with every <details> open, each on a fresh page, in an order that
 * rotates from run to run so none always goes first. Then a synthetic-event run of the widget.
 */
async function measureTyping(browser, urls) {
  const runs = [];
  const kinds = [
    ['widget', () => keystrokes(browser, urls.widget)],
    ['echo', () => keystrokes(browser, urls.echo)],
    ['widgetOpen', () => keystrokes(browser, urls.widget, { allOpen: true })],
  ];
  for (let r = 0; r < KEY_RUNS; r++) {
    const run = {};
    for (let k = 0; k < kinds.length; k++) {
      const [name, measure] = kinds[(k + r) % kinds.length];
      run[name] = await measure();
    }
    run.ratio = run.widget.p95 / run.echo.p95;
    run.ratioOpen = run.widgetOpen.p95 / run.echo.p95;
    runs.push(run);
  }
  const all = Object.fromEntries(['widget', 'echo', 'widgetOpen'].map((name) => [name, pooled(runs, name)]));
  return {
    runs,
    ...all,
    ratio: all.widget.p95 / all.echo.p95,
    ratioOpen: all.widgetOpen.p95 / all.echo.p95,
    ratioMedian: all.widget.median / all.echo.median,
    ratioOpenMedian: all.widgetOpen.median / all.echo.median,
    synthetic: await keystrokes(browser, urls.widget, { real: false }),
  };
}

const keyLine = (name, k) => `${name}: median ${k.median.toFixed(2)} ms, p95 ${k.p95.toFixed(2)} ms, max ${k.max.toFixed(2)} ms (${k.count} keys)`
  + (k.parts ? `; browser keydown→input median ${k.parts.browser.median.toFixed(2)} p95 ${k.parts.browser.p95.toFixed(2)} ms, app input→mutation median ${k.parts.app.median.toFixed(2)} p95 ${k.parts.app.p95.toFixed(2)} ms` : '');

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const loadBefore = os.loadavg();
  const started = new Date();
  const headers = { 'Cache-Control': 'public, max-age=600' };
  // Typing is timed on cross-origin-isolated pages: their clocks then read to 5 µs, not 100 µs.
  const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  const typingServer = await serve(WIDGET_DIST, { headers: { ...headers, ...ISOLATION } });
  const echoServer = await serve(ECHO_DIST, { headers: { ...headers, ...ISOLATION } });
  // Chromium drops history.replaceState calls beyond 200 in 10 s (IPC flooding protection);
  // the benchmark types faster than a reader, so the protection is off and every call counts.
  const browser = await launch(['--disable-ipc-flooding-protection']);
  const urls = { widget: `${typingServer.url}/?${HEAVIEST_CASE}`, echo: `${echoServer.url}/` };
  if (KEYS_ONLY) {
    try {
      const keys = await measureTyping(browser, urls);
      keys.runs.forEach((run, i) => {
        for (const name of ['widget', 'echo', 'widgetOpen']) console.log(keyLine(`run ${i + 1} ${name}`, run[name]));
        console.log(`run ${i + 1}: p95 ratio ${run.ratio.toFixed(2)}x, all open ${run.ratioOpen.toFixed(2)}x`);
      });
      for (const name of ['widget', 'echo', 'widgetOpen']) console.log(keyLine(`pooled ${name}`, keys[name]));
      console.log(`pooled p95 ratio ${keys.ratio.toFixed(2)}x (median ${keys.ratioMedian.toFixed(2)}x), all open ${keys.ratioOpen.toFixed(2)}x (median ${keys.ratioOpenMedian.toFixed(2)}x)`);
      if (MEMORY) {
        const m = await memory(browser, urls.widget);
        console.log(`memory: after 10 ${m.after10} B, after ${m.keystrokes} ${m[`after${m.keystrokes}`]} B, growth ${(m.growth * 100).toFixed(1)} %`);
      }
    } finally {
      await browser.close();
      await typingServer.close();
      await echoServer.close();
    }
    return;
  }

  const sizes = { widget: measureSizes(WIDGET_DIST), baseline: measureSizes(BASELINE_DIST), echo: measureSizes(ECHO_DIST) };
  sizes.widget.sections = wasmSections(join(WIDGET_DIST, shippedFiles(WIDGET_DIST).wasm[0]));
  sizes.baseline.sections = wasmSections(join(BASELINE_DIST, shippedFiles(BASELINE_DIST).wasm[0]));
  const l10n = localizationShare(sizes.widget, WIDGET_DIST);

  // Both servers say the files may be cached for a while, as a docs site would.
  const widgetServer = await serve(WIDGET_DIST, { headers, pages: { '/bare.html': BARE_PAGE } });
  const baselineServer = await serve(BASELINE_DIST, { headers });
  // Live, not painted: a pre-rendered page shows the form long before it listens.
  const widgetReady = '[data-url-state][data-live] .bsc input[name="bucket"]';
  let tti;
  let keys;
  let mem;
  let weight;
  try {
    weight = await weightBeforeLive(browser, `${widgetServer.url}/bare.html`, WIDGET_DIST);
    tti = await timeToInteractive(browser, [
      // The demo page as shipped: <html lang="fr">, so the French texts are fetched first.
      { name: 'widget', url: `${widgetServer.url}/`, selector: widgetReady },
      // The same page for an English reader: nothing to fetch but the bundle.
      { name: 'widgetEn', url: `${widgetServer.url}/?lang=en`, selector: widgetReady },
      // The widget alone on a page like the hello world's: the like-for-like comparison.
      { name: 'widgetBare', url: `${widgetServer.url}/bare.html`, selector: widgetReady },
      { name: 'baseline', url: `${baselineServer.url}/`, selector: 'p.hello' },
    ]);
    keys = await measureTyping(browser, urls);
    mem = await memory(browser, urls.widget);
  } finally {
    await browser.close();
    await widgetServer.close();
    await baselineServer.close();
    await typingServer.close();
    await echoServer.close();
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
      loads: LOADS, warmupLoads: WARMUP_LOADS, coldLoads: COLD_LOADS, keyRuns: KEY_RUNS,
      keystrokes: KEYSTROKES, warmupKeystrokes: WARMUP_KEYSTROKES, memoryKeystrokes: MEMORY_KEYSTROKES,
    },
    budget: BUDGET,
    sizes,
    weight,
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
    weight: weight.brotli <= BUDGET.weightBrotli,
    loadBare: ratio(t.widgetBare.warm.median, t.baseline.warm.median) <= BUDGET.loadRatio,
    keystroke: keys.ratio <= BUDGET.keystrokeRatio,
    keystrokeAllOpen: keys.ratioOpen <= BUDGET.keystrokeRatioAllOpen,
    memory: results.memory.growth <= BUDGET.memoryGrowth,
  };
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${join(OUT_DIR, 'results.json')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
