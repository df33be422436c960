// The widget on a phone, as a reader meets it (issue 21): cold cache, "slow 4G" (150 ms round
// trip, 1.6 Mbps down, 750 kbps up), a CPU 4x slower, every file brotli-compressed as a CDN
// serves it, a 390x844 screen. Chromium's own emulation (CDP `Network.emulateNetworkConditions`
// and `Emulation.setCPUThrottlingRate`). Writes bench/out/phone.json; bench/report.mjs puts it
// in BENCHMARKS.md. Figures, never assertions.
//
//   node bench/phone.mjs --widget dist --baseline bench/out/baseline-dist [--runs 3]
//
// Pages, each loaded --runs times in a new context (empty cache), taking turns:
// - the demo page as shipped (dist/index.html: two widgets, French and English, pre-rendered);
// - the widget alone on a bare page (the hello world's shell, no pre-render, English);
// - the Yew hello world built the same way (scripts/bench.sh builds it).
// Each figure is the median of the runs, timed in the page (performance.now(): ms since the
// navigation started):
// - first text: the first frame (requestAnimationFrame, just before it is painted) in which
//   the widget's title, or the hello world's text, is in the page and laid out;
// - live: the moment the last widget of the page gets `data-live` (docs/contract.md);
// - layout shift: the sum of the page's `layout-shift` entries without recent input, from the
//   start to 1.5 s after the last widget is live.
// The same pages are also loaded without the phone's throttling (cold cache, brotli) for time
// to interactive on the bare page against the hello world's text.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import zlib from 'node:zlib';

import { launch, ROOT } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const WIDGET_DIST = resolve(option('widget', join(ROOT, 'dist')));
const BASELINE_DIST = resolve(option('baseline', join(ROOT, 'bench/out/baseline-dist')));
const OUT = resolve(option('out', join(ROOT, 'bench/out/phone.json')));
const RUNS = Number(option('runs', 3));

/** The phone (issue 21). Throughputs in bytes per second, as CDP takes them. */
const PHONE = {
  network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  cpu: 4,
  viewport: { width: 390, height: 844 },
};

const BUDGET = { firstText: 1.2, live: 2.0, layoutShift: 0.05, bareLive: 1.4 };

/** The widget alone (as bench/measure.mjs's bare page): nothing pre-rendered, English. */
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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * A static server that sends every file brotli-compressed (quality 11, as a CDN would). Every
 * file is compressed before the server starts (compressing the wasm at quality 11 takes
 * seconds: done at the first request, it would be timed as network), but the pre-render's
 * fragments, which no page here asks for.
 */
async function serveBrotli(root, pages = {}) {
  const files = new Map();
  const add = (path, raw, name) => files.set(path, {
    br: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    type: TYPES[extname(name)] || 'application/octet-stream',
  });
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const path = `/${relative(root, file).split(sep).join('/')}`;
    if (!entry.isFile() || path.startsWith('/prerender/') || path.startsWith('/.')) continue;
    add(path, readFileSync(file), file);
  }
  if (files.has('/index.html')) files.set('/', files.get('/index.html'));
  for (const [path, html] of Object.entries(pages)) add(path, Buffer.from(html), path);
  const server = createServer((req, res) => {
    const found = files.get(decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname));
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': found.type, 'Content-Encoding': 'br', 'Cache-Control': 'public, max-age=600' });
    res.end(found.br);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** In the page, from its start: first text, live, layout shifts (see the top of this file). */
const PROBE = ({ text, widgets }) => {
  const t = { firstText: null, live: null, shifts: [] };
  window.__phone = t;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) t.shifts.push({ value: e.value, input: e.hadRecentInput, at: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = (now) => {
    const element = document.querySelector(text);
    if (element && element.textContent.trim() && element.getBoundingClientRect().height > 0) t.firstText = now;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  if (!widgets) return;
  new MutationObserver((_, observer) => {
    if (document.querySelectorAll('[data-braze-s3-companion][data-live]').length >= widgets) {
      t.live = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, attributeFilter: ['data-live'], subtree: true });
};

async function load(browser, target, phone) {
  const context = await browser.newContext(phone
    ? { viewport: PHONE.viewport, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
    : { viewport: { width: 1280, height: 720 } });
  await context.addInitScript(PROBE, { text: target.text, widgets: target.widgets });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  }
  await page.goto(target.url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction((w) => window.__phone.firstText !== null && (!w || window.__phone.live !== null),
    target.widgets, { timeout: 120_000 });
  if (target.widgets) await page.waitForTimeout(1_500);
  const t = await page.evaluate(() => window.__phone);
  await context.close();
  return {
    firstText: t.firstText,
    live: t.live,
    layoutShift: t.shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(browser, targets, phone) {
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const target of targets) samples[target.name].push(await load(browser, target, phone));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, {
    runs,
    firstText: median(runs.map((r) => r.firstText)),
    live: runs[0].live === null ? null : median(runs.map((r) => r.live)),
    layoutShift: median(runs.map((r) => r.layoutShift)),
  }]));
}

async function main() {
  const loadBefore = os.loadavg();
  const widget = await serveBrotli(WIDGET_DIST, { '/bare.html': BARE_PAGE });
  const baseline = await serveBrotli(BASELINE_DIST);
  const browser = await launch();
  const targets = [
    { name: 'demo', url: `${widget.url}/`, text: '[data-braze-s3-companion] .bsc-title', widgets: 2 },
    { name: 'bare', url: `${widget.url}/bare.html`, text: '[data-braze-s3-companion] .bsc-title', widgets: 1 },
    { name: 'helloWorld', url: `${baseline.url}/`, text: 'p.hello', widgets: 0 },
  ];
  let phone;
  let desktop;
  try {
    phone = await measure(browser, targets, true);
    desktop = await measure(browser, targets, false);
  } finally {
    await browser.close();
    await widget.close();
    await baseline.close();
  }
  const hello = phone.helloWorld.firstText;
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    settings: PHONE,
    budget: BUDGET,
    loadAverage: { before: loadBefore, after: os.loadavg() },
    cores: os.cpus().length,
    buildNote: process.env.BENCH_BUILD_NOTE || '',
    phone,
    desktop,
    ratios: {
      firstText: phone.demo.firstText / hello,
      live: phone.demo.live / hello,
      bareLive: phone.bare.live / hello,
      desktopBareLive: desktop.bare.live / desktop.helloWorld.firstText,
    },
  };
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  const f = (x) => `${x.toFixed(2)}x`;
  const r = results.ratios;
  console.log(`phone (medians of ${RUNS}): hello world text ${hello.toFixed(0)} ms; demo page: widget text `
    + `${phone.demo.firstText.toFixed(0)} ms (${f(r.firstText)}, budget ${BUDGET.firstText}x), data-live `
    + `${phone.demo.live.toFixed(0)} ms (${f(r.live)}, budget ${BUDGET.live}x), layout shift `
    + `${phone.demo.layoutShift.toFixed(3)} (budget ${BUDGET.layoutShift}); bare page data-live `
    + `${phone.bare.live.toFixed(0)} ms (${f(r.bareLive)})`);
  console.log(`unthrottled, cold: hello world text ${desktop.helloWorld.firstText.toFixed(0)} ms, bare page data-live `
    + `${desktop.bare.live.toFixed(0)} ms (${f(r.desktopBareLive)}, budget ${BUDGET.bareLive}x)`);
  console.log(`written: ${OUT}`);
}

await main();
