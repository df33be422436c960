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
  const under = (ok) => (ok ? 'under 1.5×' : 'over 1.5×');
  const keyRow = (label, x) => `| ${label} | ${ms(x.median)} ms | ${ms(x.p95)} ms | ${ms(x.max)} ms | ${ms(x.min)} ms |`;
  const locales = Object.entries(w.locales).map(([tag, z]) => `| ${tag} | ${n(z.raw)} | ${n(z.gzip)} | ${n(z.brotli)} |`).join('\n');
  return `# Benchmarks

Figures from one real run of \`scripts/bench.sh\` (it builds the widget, the widget with every
locale embedded, and the baseline, measures them with \`bench/measure.mjs\`, which writes
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
| whole widget ≤ 165,000 B brotli, with the locale it embeds (English): wasm + js + css | ${bytes(w.total.brotli)} | ${verdict(w.total.brotli <= 165000)} |
| for information: the widget plus the heaviest language a reader fetches (${r.readerTotal.tag}) | ${bytes(r.readerTotal.brotli)} (${(r.readerTotal.brotli / 1000).toFixed(1)} kB) | ${r.readerTotal.brotli <= 165000 ? 'under' : 'over'} 165,000 B |
| time to interactive ≤ 1.5× the Yew hello world (warm median), the widget on a page like the hello world's (its element, its stylesheet, its loader; English) | ${ms(t.widgetBare.warm.median)} ms vs ${ms(t.baseline.warm.median)} ms = ${bare.toFixed(2)}× | ${verdict(r.verdicts.loadBare)} |
| for information: the demo page as shipped (a documentation page, two widgets, the French texts preloaded) | ${ms(t.widget.warm.median)} ms = ${fr.toFixed(2)}× | ${under(r.verdicts.load)} |
| for information: the demo page, \`?lang=en\` | ${ms(t.widgetEn.warm.median)} ms = ${en.toFixed(2)}× | ${under(r.verdicts.loadEnglish)} |
| real key press (keydown) → every snippet \`<code>\` showing the bucket updated, p95 ≤ ${budget.keystrokeP95Ms} ms | p95 ${ms(k.shipped.p95)} ms (median ${ms(k.shipped.median)} ms) | ${verdict(r.verdicts.keystroke)} |
| for information: the same with a synthetic \`input\` event (set the value, dispatch) | p95 ${ms(k.synthetic.p95)} ms (median ${ms(k.synthetic.median)} ms) | — |
${k.shipped.parts ? `| for information: the real key press in two parts: the browser's (keydown → \`input\` event: the key's dispatch, the text edit and its layout) and the widget's (\`input\` event → that mutation) | browser p95 ${ms(k.shipped.parts.browser.p95)} ms (median ${ms(k.shipped.parts.browser.median)}), widget p95 ${ms(k.shipped.parts.widget.p95)} ms (median ${ms(k.shipped.parts.widget.median)}) | — |` : ''}
| wasm memory after ${n(m.keystrokes)} key presses ≤ ${pct(1 + budget.memoryGrowth)} of after 10 | ${pct(m.growth)} growth | ${verdict(r.verdicts.memory)} |

## Reading the figures

Derived from the figures below, by this run:

- **Size:** Yew's own floor (the hello world) is ${n(b.total.brotli)} B brotli, ${pct(b.total.brotli / budget.brotliBytes)} of the budget. The
  widget's wasm code section alone compresses to ${n(w.sections.code.brotli)} B, its data section (texts, templates)
  to ${n(w.sections.data.brotli)} B, which holds the built-in English (packed at build time, so no longer findable as \`.ftl\` text in the wasm).
- **Time to interactive:** on a page like the hello world's, the widget is interactive
  ${ms(t.widgetBare.warm.median - t.baseline.warm.median)} ms after the hello world; the demo page adds
  ${ms(t.widgetEn.warm.median - t.widgetBare.warm.median)} ms (\`?lang=en\`) of its own (documentation content, a second widget,
  preloads). In this run the bare page's ${t.widgetBare.warm.samples.length} warm loads spread from ${ms(spread(t.widgetBare.warm.samples).min)} to
  ${ms(spread(t.widgetBare.warm.samples).max)} ms, the hello world's from ${ms(spread(t.baseline.warm.samples).min)} to ${ms(spread(t.baseline.warm.samples).max)} ms.
- **Keystroke:** a real key press takes ${ms(k.shipped.median - k.synthetic.median)} ms more (median) than the synthetic event: the
  browser's input pipeline (keydown, keypress, the text edit, \`beforeinput\`) before the
  widget's handler runs. With \`history.replaceState\` stubbed out the p95 is ${ms(k.noUrl.p95)} ms, with
  \`localStorage.setItem\` stubbed out too ${ms(k.noUrlNoStorage.p95)} ms, against ${ms(k.shipped.p95)} ms as shipped.

## Sizes (bytes)

What ships to every reader: the \`.wasm\`; the JS (wasm-bindgen's module, \`loader.js\`, and
wasm-bindgen's \`snippets/\`); \`widget.css\`. The demo page's \`index.html\` and \`demo-page.css\`
are the host's and not counted. gzip -9 and brotli -q 11 of each file on its own (files are
served one by one), summed.

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

A reader whose language is not English also fetches that language's five \`.ftl\` files from
\`locales/<tag>/\` (English is built in; its folder is there for the \`all-locales\` feature and
tools):

| locale | raw | gzip -9 | brotli -q 11 |
|---|---:|---:|---:|
${locales}

## Localization share of the bundle (issue 3)

- **English, built into the wasm:** the .ftl sources are embedded verbatim (\`include_str!\`);
  ${l.englishFound} of ${l.englishFiles} English files found byte for byte in the .wasm. Cutting them out and compressing
  again, they cost ${bytes(l.englishInWasmBrotli)} brotli, **${pct(l.englishInWasmBrotli / w.total.brotli)}** of the English reader's
  ${n(w.total.brotli)} B.
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

The heaviest case: integration \`both\`, auth \`role-arn\`, every field valid, every
disclosure opened (the CLI script, CloudFormation and Terraform files, the optional names), so
the guide shows every snippet; ${k.shipped.snippets.length} of them show the bucket (${k.shipped.snippets.map((id) => `\`${id}\``).join(', ')}). The caret
at the end of the bucket field; the keys append a-z, 0-9 up to 60 characters, then Backspace
back to 16 (every value a valid bucket). ${set.warmupKeystrokes} warm-up keys, then ${k.shipped.count} measured; between keys the
page gets an animation frame and a task.

**Real key presses** (the verdict): Playwright's \`page.keyboard.press\`, which goes through
Chromium's input pipeline (keydown, keypress, the edit, \`beforeinput\`, \`input\`, keyup), as a
reader's key does. The time runs from the \`keydown\` event's \`timeStamp\` (when the browser
took the key, on the same clock as \`performance.now()\`) to the first DOM mutation after which
the \`<code>\` of each of those snippets shows the new bucket as a whole word: a
MutationObserver on the widget (childList, characterData, attributes), whose callbacks run as
microtasks right after the DOM changes. So the time covers the whole Yew update including its
effects (storage, URL timer), not paint. Measured in the page; the Node round trips are outside it.

**Synthetic events** (how this benchmark measured before, for comparison): from
\`performance.now()\` just before setting the field's value and dispatching an \`input\`
InputEvent, to the same mutation. It leaves out the browser's share of a key press.

The typing page is cross-origin isolated (COOP/COEP headers${k.shipped.crossOriginIsolated ? '' : ', which did not take effect in this run'}), so its clocks read to
${k.shipped.crossOriginIsolated ? '5 µs' : '100 µs'}.

| | median | p95 | max | min |
|---|---:|---:|---:|---:|
${keyRow('real key presses, as shipped', k.shipped)}
${keyRow('synthetic `input` events, as shipped', k.synthetic)}
${keyRow('diagnostic, real keys: `history.replaceState` stubbed out', k.noUrl)}
${keyRow('diagnostic, real keys: replaceState and `localStorage.setItem` stubbed out', k.noUrlNoStorage)}

The diagnostic rows are the same typing with \`History.prototype.replaceState\` (and then
\`Storage.prototype.setItem\`) replaced by no-ops in an init script: they show what the
widget's URL and storage writes add to a keystroke. Chromium's IPC flooding protection is off
for the benchmark (\`--disable-ipc-flooding-protection\`): it would drop replaceState calls past
200 in 10 s, a rate this typing could exceed and a reader does not.

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
