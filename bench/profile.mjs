// Where a keystroke's time goes: types real keys in the heaviest case (as bench/measure.mjs
// does) under Chromium's sampling profiler and its tracing, both through a CDP session, and
// prints the functions that took the time and the renderer's main-thread events per key.
// For names in the profile, measure a build whose wasm keeps its name section (see
// bench/ANALYSIS.md); the shipped build is stripped.
//
//   node bench/profile.mjs [--widget dist] [--keys 100] [--top 40] [--all-open]
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { launch, ROOT } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = resolve(option('widget', join(ROOT, 'dist')));
const KEYS = Number(option('keys', 100));
const TOP = Number(option('top', 40));
const ALL_OPEN = args.includes('--all-open');
const OUT = join(ROOT, 'bench/out');

const CASE = new URLSearchParams({
  integration: 'both', auth: 'role-arn', bucket: 'bench-bucket', account: '123456789012',
  'external-id': 'braze-ext-bench', 'own-account': '210987654321', lang: 'en',
});

/** Appends a-z up to 60 characters, then Backspace back to 16, as the benchmark does. */
function keySequence(count) {
  const keys = [];
  let length = 'bench-bucket'.length;
  let growing = true;
  for (let i = 0; keys.length < count; i++) {
    if (growing && length >= 60) growing = false;
    if (!growing && length <= 16) growing = true;
    keys.push(growing ? 'abcdefghijklmnopqrstuvwxyz'[i % 26] : 'Backspace');
    length += growing ? 1 : -1;
  }
  return keys;
}

async function typeKeys(page, keys) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
}

/** Self and total sampled time per function (name and script), from a CDP Profiler profile. */
function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const dt = profile.timeDeltas;
  const name = (node) => {
    const f = node.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'}${file ? ` [${file}]` : ''}`;
  };
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const d = (dt[i + 1] ?? 0) / 1000;
    sum += d;
    const node = byId.get(id);
    self.set(name(node), (self.get(name(node)) ?? 0) + d);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(byId.get(at));
      if (!seen.has(n)) total.set(n, (total.get(n) ?? 0) + d);
      seen.add(n);
    }
  });
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return { sum, self: rows(self), total: rows(total) };
}

const main = async () => {
  mkdirSync(OUT, { recursive: true });
  const server = await serve(DIST);
  const browser = await launch(['--disable-ipc-flooding-protection']);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/?${CASE}`);
    await page.waitForSelector('[data-url-state] .bsc [data-snippet="policy-combined"] code');
    await page.evaluate((allOpen) => {
      // As a reader meets it (folded sections folded), or with every <details> open.
      if (allOpen) for (const d of document.querySelectorAll('[data-url-state] .bsc details')) d.open = true;
      const input = document.querySelector('[data-url-state] .bsc input[name="bucket"]');
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }, ALL_OPEN);
    if (ALL_OPEN) await page.waitForTimeout(3000);
    const keys = keySequence(KEYS);
    await typeKeys(page, keys.slice(0, 20)); // warm-up
    const cdp = await page.context().newCDPSession(page);

    // 1. Sampling profile of the typing (every 20 µs).
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    await typeKeys(page, keys);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(OUT, 'keystrokes.cpuprofile'), JSON.stringify(profile));
    const s = summarise(profile);
    const idle = s.self.find(([n]) => n.startsWith('(idle)'))?.[1] ?? 0;
    console.log(`profile: ${KEYS} keys, ${(s.sum - idle).toFixed(1)} ms busy, ${((s.sum - idle) / KEYS).toFixed(3)} ms a key (page only; includes the probe's rAF/timer)`);
    console.log('\nself time (ms a key):');
    for (const [n, t] of s.self) console.log(`${(t / KEYS).toFixed(3).padStart(8)}  ${n}`);
    console.log('\ntotal time (ms a key):');
    for (const [n, t] of s.total) console.log(`${(t / KEYS).toFixed(3).padStart(8)}  ${n}`);

    // 2. Trace: the renderer main thread's top-level events, per key.
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'blink', 'input', 'v8.execute', 'toplevel'] },
      transferMode: 'ReportEvents',
    });
    await typeKeys(page, keys.slice(0, 40));
    await cdp.send('Tracing.end');
    await finished;
    writeFileSync(join(OUT, 'keystrokes.trace.json'), JSON.stringify({ traceEvents: events }));
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    const per = new Map();
    for (const e of onMain) {
      const label = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      per.set(label, (per.get(label) ?? 0) + e.dur / 1000);
    }
    console.log('\ntrace, renderer main thread (ms a key, nested events counted in each):');
    for (const [n, t] of [...per].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(t / 40).toFixed(3).padStart(8)}  ${n}`);
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
