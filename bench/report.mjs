// Writes BENCHMARKS.md from bench/out/results.json (bench/measure.mjs), followed by the
// hand-written analysis of bench/ANALYSIS.md. Every figure and every statement about the
// machine comes from the results; nothing here is measured.
//
//   node bench/report.mjs [--results bench/out/results.json] [--markdown BENCHMARKS.md]
//
// A quick run's results are printed, not written to BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RESULTS = resolve(option('results', join(ROOT, 'bench/out/results.json')));
const MARKDOWN = resolve(option('markdown', join(ROOT, 'BENCHMARKS.md')));

const n = (x) => x.toLocaleString('en');
const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => x.toFixed(x < 10 ? 2 : 1);
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ratio = (a, b) => (b ? a / b : NaN);
const factor = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** What the load average says about the run, from the figures alone. */
function machineLoad(r) {
  const cores = r.machine.cores;
  const peak = Math.max(r.loadAverage.before[0], r.loadAverage.after[0]);
  const perCore = peak / cores;
  const avg = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
  const words = perCore >= 0.75 ? 'busy: other work competed for the cores during the run, so timings are noisy'
    : perCore >= 0.25 ? 'partly busy: some other work ran during the run'
      : 'mostly idle';
  return `load average (1, 5, 15 min) ${avg(r.loadAverage.before)} before the run, ${avg(r.loadAverage.after)} after, on ${cores} cores: ${words}. Sizes are exact`;
}

/** The spread of a set of samples, as the report states it. */
function spread(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { min: s[0], max: s.at(-1) };
}

function render(r) {
  const w = r.sizes.widget;
  const b = r.sizes.baseline;
  const l = r.localization;
  const t = r.timeToInteractive;
  const k = r.keystrokes;
  const m = r.memory;
  const verdict = (ok) => (ok ? '**PASS**' : '**MISS**');
  const row = (label, x, y) => `| ${label} | ${n(x.raw)} | ${n(x.gzip)} | ${n(x.brotli)} | ${n(y.raw)} | ${n(y.gzip)} | ${n(y.brotli)} | ${factor(ratio(x.brotli, y.brotli))} |`;
  const files = (sizes) => Object.entries(sizes.files).map(([name, z]) => `\`${name}\` ${n(z.raw)} / ${n(z.gzip)} / ${n(z.brotli)}`).join('; ');
  const set = r.settings;
  const budget = r.budget;
  const bytes = (x) => `${n(x)} B = ${kib(x)} KiB`;
  const fr = ratio(t.widget.warm.median, t.baseline.warm.median);
  const en = ratio(t.widgetEn.warm.median, t.baseline.warm.median);
  const bare = ratio(t.widgetBare.warm.median, t.baseline.warm.median);
  const keyRow = (label, x) => `| ${label} | ${ms(x.median)} ms | ${ms(x.p95)} ms | ${ms(x.max)} ms | ${ms(x.min)} ms | ${x.parts ? `${ms(x.parts.app.median)} ms` : '—'} | ${x.parts ? `${ms(x.parts.app.p95)} ms` : '—'} |`;
  const locales = Object.entries(w.locales).map(([tag, z]) => `| ${tag} | ${n(z.raw)} | ${n(z.gzip)} | ${n(z.brotli)} |`).join('\n');
  return `# Benchmarks

Figures from one real run of \`scripts/bench.sh\` (it builds the widget, the widget with every
locale embedded, the baseline and the echo, measures them with \`bench/measure.mjs\`, which writes
\`bench/out/results.json\` with every sample, then writes this file with \`bench/report.mjs\`).
Re-run it to refresh this file.

- **Date:** ${r.date}
- **Machine:** ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB RAM, ${r.machine.os};
  ${machineLoad(r)}.
- **Tools:** ${r.machine.chromium} headless (playwright-core), Node ${r.machine.node}, ${r.machine.rustc},
  ${r.machine.trunk}, ${r.machine.wasmOpt}.
- **Build:** \`trunk build --release\` for both, same settings (release profile opt-level "z",
  LTO, codegen-units 1, panic abort, strip; wasm-opt -Oz, then \`--flatten --rereloop -Oz -Oz\`,
  with the same feature flags; CSS minified by Trunk, JavaScript by terser (Trunk hook); the
  baseline's copied from the widget's Cargo.toml, Trunk.toml and index.html at bench time).${r.buildNote ? `\n- **Source:** ${r.buildNote}` : ''}${r.quick ? '\n- **Quick run** (fewer samples).' : ''}

## Budgets

| budget | figure | verdict |
|---|---|---|
| weight: what an English reader on a bare page downloads before the widget is live, ≤ ${n(budget.weightBrotli)} B brotli (issue 21; live: ${r.weight.signal}) | ${bytes(r.weight.brotli)}: ${r.weight.files.map((f) => `\`${f.path}\` ${n(f.brotli)}`).join(', ')} | ${verdict(r.verdicts.weight)} |
| for information: the sections' module (checker, preflight, troubleshooting, updating credentials, infrastructure files), fetched after the widget is live | ${bytes(w.sectionsModule.brotli)} (${r.weight.fetchedAfter.filter((p) => p.includes('sections')).length ? 'fetched when the browser was idle after live' : 'not fetched in the weight run'}) | — |
| keystroke: real key presses in \`bucket\` (both, role ARN), p95 ≤ ${budget.keystrokeRatio}× the echo's p95, pooled over ${k.runs.length} run${k.runs.length > 1 ? 's' : ''} | ${ms(k.widget.p95)} ms vs ${ms(k.echo.p95)} ms = ${factor(k.ratio)} (medians ${ms(k.widget.median)} vs ${ms(k.echo.median)} ms = ${factor(k.ratioMedian)}); by run ${k.runs.map((x) => factor(x.ratio)).join(', ')} | ${verdict(r.verdicts.keystroke)} |
| the same with every \`<details>\` of the widget open, p95 ≤ ${budget.keystrokeRatioAllOpen}× the echo's | ${ms(k.widgetOpen.p95)} ms = ${factor(k.ratioOpen)} (median ${ms(k.widgetOpen.median)} ms = ${factor(k.ratioOpenMedian)}); by run ${k.runs.map((x) => factor(x.ratioOpen)).join(', ')} | ${verdict(r.verdicts.keystrokeAllOpen)} |
| for information: the widget's own part of a key press (\`input\` event → every policy quoting the bucket), and the echo's | widget p95 ${ms(k.widget.parts.app.p95)} ms (median ${ms(k.widget.parts.app.median)}), all open p95 ${ms(k.widgetOpen.parts.app.p95)} ms (median ${ms(k.widgetOpen.parts.app.median)}); echo p95 ${ms(k.echo.parts.app.p95)} ms (median ${ms(k.echo.parts.app.median)}) | — |
| time to interactive ≤ 1.4× the Yew hello world (issue 21) (warm median), the widget on a page like the hello world's (its element, its stylesheet, its loader; English) | ${ms(t.widgetBare.warm.median)} ms vs ${ms(t.baseline.warm.median)} ms = ${bare.toFixed(2)}× | ${verdict(r.verdicts.loadBare)} |
| for information: the demo page as shipped (a documentation page, two widgets, the French texts preloaded) | ${ms(t.widget.warm.median)} ms = ${fr.toFixed(2)}× | — |
| for information: the demo page, \`?lang=en\` | ${ms(t.widgetEn.warm.median)} ms = ${en.toFixed(2)}× | — |
| wasm memory after ${n(m.keystrokes)} key presses ≤ ${pct(1 + budget.memoryGrowth)} of after 10 | ${pct(m.growth)} growth | ${verdict(r.verdicts.memory)} |

## Reading the figures

Derived from the figures below, by this run:

- **Weight:** Yew's own floor (the hello world) is ${n(b.total.brotli)} B brotli, ${pct(b.total.brotli / budget.weightBrotli)} of the budget. The
  first module's wasm code section alone compresses to ${n(w.sections.code.brotli)} B, its data section (texts, templates)
  to ${n(w.sections.data.brotli)} B, which holds the English of the first view (packed at build time).
- **Keystroke:** the echo is the least Yew app doing the widget's per-key job (bench/echo: one
  \`input[name=bucket]\`, three policy documents quoting it, a \`use_state\` and one \`html!\`, built
  like the widget). Its time is mostly the browser's (keydown → \`input\`: p95 ${ms(k.echo.parts.browser.p95)} ms, median ${ms(k.echo.parts.browser.median)});
  the widget's browser part reads p95 ${ms(k.widget.parts.browser.p95)} ms (median ${ms(k.widget.parts.browser.median)}). These figures are near the
  timer's resolution and move with the machine's load: the runs spread from ${ms(Math.min(...k.runs.map((x) => x.widget.p95)))} to ${ms(Math.max(...k.runs.map((x) => x.widget.p95)))} ms (widget p95) and
  ${ms(Math.min(...k.runs.map((x) => x.echo.p95)))} to ${ms(Math.max(...k.runs.map((x) => x.echo.p95)))} ms (echo p95). A synthetic \`input\` event (no browser part) takes the
  widget p95 ${ms(k.synthetic.p95)} ms (median ${ms(k.synthetic.median)}).
- **Time to interactive:** on a page like the hello world's, the widget is interactive
  ${ms(t.widgetBare.warm.median - t.baseline.warm.median)} ms after the hello world; the demo page adds
  ${ms(t.widgetEn.warm.median - t.widgetBare.warm.median)} ms (\`?lang=en\`) of its own (documentation content, a second widget,
  preloads). In this run the bare page's ${t.widgetBare.warm.samples.length} warm loads spread from ${ms(spread(t.widgetBare.warm.samples).min)} to
  ${ms(spread(t.widgetBare.warm.samples).max)} ms, the hello world's from ${ms(spread(t.baseline.warm.samples).min)} to ${ms(spread(t.baseline.warm.samples).max)} ms.

## Sizes (bytes)

The first module, which every reader fetches: the \`.wasm\`; the JS (wasm-bindgen's module,
\`loader.js\`, and wasm-bindgen's \`snippets/\`); \`widget.css\`. The sections' module
(\`braze-s3-companion-sections*\`, fetched after the widget is live) is apart:
${n(w.sectionsModule.raw)} B raw, ${n(w.sectionsModule.gzip)} B gzip, ${n(w.sectionsModule.brotli)} B brotli. The demo page's \`index.html\` and
\`demo-page.css\` are the host's and not counted. gzip -9 and brotli -q 11 of each file on its own
(files are served one by one), summed.

| | widget raw | gzip -9 | brotli -q 11 | baseline raw | gzip -9 | brotli -q 11 | brotli ratio |
|---|---:|---:|---:|---:|---:|---:|---:|
${row('wasm', w.wasm, b.wasm)}
${row('js', w.js, b.js)}
${row('css', w.css, b.css)}
${row('**total**', w.total, b.total)}

Per file (raw / gzip / brotli): widget — ${files(w)}; baseline — ${files(b)}.

The widget adds ${n(w.total.brotli - b.total.brotli)} B brotli on top of Yew's own floor. Inside the
widget's wasm, compressed section by section: code ${n(w.sections.code.raw)} B raw → ${n(w.sections.code.brotli)} B brotli,
data (string constants: embedded English texts, templates) ${n(w.sections.data.raw)} B → ${n(w.sections.data.brotli)} B, the rest
(imports, exports, tables) ${n(w.sections.other.raw)} B → ${n(w.sections.other.brotli)} B. The baseline's code: ${n(b.sections.code.raw)} B → ${n(b.sections.code.brotli)} B.

A reader whose language is not English also fetches that language's one file,
\`locales/<tag>.json\` (English is built in):

| locale | raw | gzip -9 | brotli -q 11 |
|---|---:|---:|---:|
${locales}

## Localization share of the bundle (issue 3)

- **English, built into the first module's wasm:** packed at build time (one string holding each
  text piece once), and only the messages its own code asks for; ${l.englishFound} of the ${l.englishPieces} text pieces of
  the ${l.englishFiles} English \`.ftl\` files (12 characters or more) found byte for byte in the .wasm. Cutting
  them out and compressing again, they cost ${bytes(l.englishInWasmBrotli)} brotli, **${pct(l.englishInWasmBrotli / w.total.brotli)}** of the
  first module's ${n(w.total.brotli)} B.
- **A fetched language** (heaviest, ${l.heaviestTag}): ${bytes(l.heaviestFetched.brotli)} brotli on top; text is then
  ${pct((l.englishInWasmBrotli + l.heaviestFetched.brotli) / r.readerTotal.brotli)} of that reader's ${n(r.readerTotal.brotli)} B.
${l.allLocalesWasm ? `- **Cargo feature \`all-locales\`** (every locale embedded, as before lazy loading; built in this
  run with the same settings): wasm ${n(l.allLocalesWasm.raw)} B raw, ${n(l.allLocalesWasm.brotli)} B brotli, i.e.
  ${bytes(l.embeddingOthersBrotli)} more than the shipped wasm: the exact cost of embedding the six other
  languages, which the shipped build saves.` : '- The `all-locales` build was not part of this run.'}
- All ${Object.keys(w.locales).length} languages' .ftl concatenated: ${n(l.allFtlRaw)} B raw, ${n(l.allFtlBrotli)} B brotli (for scale).
- Not counted as localization: the Fluent runtime (\`i18n::fluent\`), which any one language
  needs.

## Time to interactive

**Definition:** from navigation start (performance.now() = 0 in the page) to the first DOM
mutation after which \`[data-url-state] .bsc input[name="bucket"]\` exists (the widget
has rendered its form; Yew attaches its listeners in the same render); for the baseline, to
\`p.hello\` existing. A MutationObserver installed before any page script (Playwright init
script) takes the time; its callback runs as a microtask right after the DOM change, before
paint. The widget's demo page is \`<html lang="fr">\`: the widget measured
is the one marked \`data-url-state\`, in English; the page's other widget is French, and
the page preloads the French texts for it. The bare page holds one widget (English, marked
\`data-url-state\`), \`widget.css\` and \`loader.js\`, nothing else: the shell of the hello
world's page, so that only the two programs differ.

**Warm:** one browser context per page, ${set.warmupLoads} loads to warm it (HTTP cache with
\`Cache-Control: max-age=600\`, V8's compiled-wasm cache), then ${t.widget.warm.samples.length} measured loads, the pages
alternating so they share the machine's load; after each load the page goes to
\`about:blank\`, so no page's leftover work (the demo's second widget, timers) runs during
another's measured load. **Cold:** a new context (empty caches) per load,
${t.widget.cold.samples.length} loads each.

| | warm median | warm p95 | cold median | warm ratio to baseline |
|---|---:|---:|---:|---:|
| widget, demo page (fr) | ${ms(t.widget.warm.median)} ms | ${ms(t.widget.warm.p95)} ms | ${ms(t.widget.cold.median)} ms | ${fr.toFixed(2)}× |
| widget, \`?lang=en\` | ${ms(t.widgetEn.warm.median)} ms | ${ms(t.widgetEn.warm.p95)} ms | ${ms(t.widgetEn.cold.median)} ms | ${en.toFixed(2)}× |
| widget, bare page | ${ms(t.widgetBare.warm.median)} ms | ${ms(t.widgetBare.warm.p95)} ms | ${ms(t.widgetBare.cold.median)} ms | ${bare.toFixed(2)}× |
| Yew hello world | ${ms(t.baseline.warm.median)} ms | ${ms(t.baseline.warm.p95)} ms | ${ms(t.baseline.cold.median)} ms | 1× |

## Keystroke latency

Issue 21's case: integration \`both\`, auth \`role-arn\`, every field valid, as a reader meets
it (the sections folded), then again with every \`<details>\` open (the infrastructure files, the
preflight, the checker, updating credentials, troubleshooting, the optional names), each folded
section built. The keys, in the bucket field with the caret at its end: a letter, then
Backspace, and again (every value a valid bucket); ${set.warmupKeystrokes} warm-up keys, then ${k.widget.count / k.runs.length} measured per page;
between keys the page gets an animation frame and a task. The same keys on the echo
(bench/echo), in each run, on a fresh page; the order of the three pages rotates from run to run.

Each key is a real key press (Playwright's \`page.keyboard.press\`, through Chromium's input
pipeline: keydown, keypress, the edit, \`beforeinput\`, \`input\`, keyup), timed in the page from
the \`keydown\` event's \`timeStamp\` to the first DOM mutation after which every
\`[data-snippet^="policy-"] code\` (${k.widget.policies} in the widget, ${k.echo.policies} in the echo) shows the new bucket as a whole
word: a MutationObserver, whose callbacks run as microtasks right after the DOM changes, so the
time covers the whole Yew update including its effects, not paint. Its two parts: the browser's
(keydown → \`input\` event) and the app's (\`input\` → that mutation). The typing pages are
cross-origin isolated (COOP/COEP headers${k.widget.parts && r.keystrokes.runs[0].widget.crossOriginIsolated ? '' : ', which did not take effect in this run'}), so their clocks read to 5 µs.
Chromium's IPC flooding protection is off for the benchmark (\`--disable-ipc-flooding-protection\`): it would
drop \`history.replaceState\` calls past 200 in 10 s, a rate this typing could exceed and a reader does not.

| | median | p95 | max | min | app part median | app part p95 |
|---|---:|---:|---:|---:|---:|---:|
${keyRow('widget, as a reader meets it (all runs)', k.widget)}
${keyRow('widget, every `<details>` open (all runs)', k.widgetOpen)}
${keyRow('echo (all runs)', k.echo)}
${k.runs.map((x, i) => [keyRow(`run ${i + 1}: widget`, x.widget), keyRow(`run ${i + 1}: widget, all open`, x.widgetOpen), keyRow(`run ${i + 1}: echo`, x.echo)].join('\n')).join('\n')}

A synthetic \`input\` event instead of a key (set the value, dispatch; no browser part): widget
median ${ms(k.synthetic.median)} ms, p95 ${ms(k.synthetic.p95)} ms.

## wasm memory

\`WebAssembly.Memory\` buffer byteLength, read in the page from the wasm-bindgen module's exports:
\`(await (await import('./braze-s3-companion.js')).default()).memory\` (the module map returns the
instance the loader initialised; its init returns the live exports). Same case as above, ${n(m.keystrokes)} real key presses. Linear memory only grows (64 KiB pages) and is never given back: this is the high-water
mark of the Rust heap.

| at load | after 10 keys | after 100 | after ${n(m.keystrokes)} | growth 10 → ${n(m.keystrokes)} |
|---:|---:|---:|---:|---:|
| ${kib(m.atLoad)} KiB | ${kib(m.after10)} KiB | ${kib(m.after100)} KiB | ${kib(m[`after${m.keystrokes}`])} KiB | ${pct(m.growth)} |
`;
}

/** The phone's figures (bench/phone.mjs → bench/out/phone.json), if measured. */
function renderPhone(p) {
  const verdict = (ok) => (ok ? '**PASS**' : '**MISS**');
  const s = p.settings;
  const at = (x) => (x === null ? '—' : `${n(Math.round(x))} ms`);
  const row = (label, t) => `| ${label} | ${at(t.firstText)} | ${at(t.live)} | ${t.live === null ? '—' : t.layoutShift.toFixed(3)} | ${t.runs.map((r) => `${at(r.firstText)} / ${at(r.live)}`).join('; ')} |`;
  const r = p.ratios;
  return `
## Phone (issue 21)

${p.buildNote ? `${p.buildNote} ` : ''}Measured ${p.date} by \`bench/phone.mjs\`, ${p.runs} cold loads per page (a new browser
context each, the pages taking turns), medians: Chromium's emulation of a phone (\`Network.emulateNetworkConditions\`:
${s.network.latency} ms added per round trip, ${n(s.network.downloadThroughput * 8 / 1000)} kbps down, ${n(s.network.uploadThroughput * 8 / 1000)} kbps up;
\`Emulation.setCPUThrottlingRate\` ${s.cpu}×; ${s.viewport.width}×${s.viewport.height}), every file served brotli-compressed (quality 11).
First text: the first frame in which the widget's title (the hello world's text) is laid out; live: when the
page's last widget gets \`data-live\`; layout shift: the page's \`layout-shift\` entries without recent input, to 1.5 s after live.

| page | first text | live | layout shift | runs (first text / live) |
|---|---:|---:|---:|---|
${row('demo page as shipped (two widgets, pre-rendered)', p.phone.demo)}
${row('the widget alone, bare page (no pre-render)', p.phone.bare)}
${row('Yew hello world', p.phone.helloWorld)}

| figure | measured | budget | |
|---|---:|---:|---|
| demo page, widget's first text ÷ hello world's text | ${factor(r.firstText)} | ≤ ${p.budget.firstText}× | ${verdict(r.firstText <= p.budget.firstText)} |
| demo page, \`data-live\` ÷ hello world's text | ${factor(r.live)} | ≤ ${p.budget.live}× | ${verdict(r.live <= p.budget.live)} |
| demo page, cumulative layout shift | ${p.phone.demo.layoutShift.toFixed(3)} | ≤ ${p.budget.layoutShift} | ${verdict(p.phone.demo.layoutShift <= p.budget.layoutShift)} |
| bare page, \`data-live\` ÷ hello world's text (phone) | ${factor(r.bareLive)} | — | |
| bare page, \`data-live\` ÷ hello world's text (no throttling, cold, brotli; ${at(p.desktop.bare.live)} vs ${at(p.desktop.helloWorld.firstText)}) | ${factor(r.desktopBareLive)} | ≤ ${p.budget.bareLive}× | ${verdict(r.desktopBareLive <= p.budget.bareLive)} |
`;
}

const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
let markdown = render(results);
let phone = null;
try {
  phone = JSON.parse(readFileSync(option('phone', join(dirname(RESULTS), 'phone.json')), 'utf8'));
} catch {
  // the phone was not measured
}
if (phone) markdown += renderPhone(phone);
try {
  markdown += `\n${readFileSync(join(ROOT, 'bench', 'ANALYSIS.md'), 'utf8')}`;
} catch {
  // no analysis written yet
}
if (results.quick) {
  console.log(markdown);
  console.log('(quick run: BENCHMARKS.md not written)');
} else {
  writeFileSync(MARKDOWN, markdown);
  console.log(markdown);
  console.log(`written: ${MARKDOWN}`);
}
