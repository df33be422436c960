// Writes the sources of the extra builds scripts/bench.sh makes next to the widget's, with the
// widget's build settings copied in at bench time, so "built the same way" cannot drift:
//
// bench/out/baseline-src: the Yew hello world of bench/baseline, and bench/out/echo-src: the
//   least Yew app doing the widget's per-key job (bench/echo), each with
//   - [profile.release] of ../Cargo.toml in place of its own;
//   - the wasm-opt / wasm-bindgen attributes of the widget's <link data-trunk rel="rust">
//     (data-bin stays its own; cargo feature attributes are the widget's business);
//   - the widget's Trunk.toml, minus [watch] and [serve], with its own dist (and the widget's
//     hooks, so its JavaScript is minified the same way).
// bench/out/all-locales-src: an index.html that builds the widget's own crate with the cargo
//   feature `all-locales` (every language embedded), same attributes otherwise, for the
//   localization share of the bundle.
//
// Prints what it copied. Touches nothing outside bench/out.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

import { ROOT } from '../tests/e2e/browser.mjs';

const OUT_DIR = resolve(process.argv[2] || join(ROOT, 'bench/out'));
const ALL_OUT = join(OUT_DIR, 'all-locales-src');
const ALL_DIST = join(OUT_DIR, 'all-locales-dist');

/** The text of TOML table `[name]` (header included) up to the next table, or null. */
function tomlTable(text, name) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `[${name}]`);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end])) end += 1;
  return lines.slice(start, end).join('\n').trimEnd();
}

function withoutTables(text, names) {
  let out = text;
  for (const name of names) {
    const table = tomlTable(out, name);
    if (table) out = out.replace(table, '');
  }
  return out.replace(/\n{3,}/g, '\n\n');
}

const RUST_LINK = /<link\b(?=[^>]*\bdata-trunk\b)(?=[^>]*\brel="rust")[^>]*>/;

/** The build attributes of a rust link: everything but data-trunk, rel, data-bin, href, data-cargo-*. */
function buildAttributes(link) {
  return [...link.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)]
    .filter(([, name]) => !['data-trunk', 'rel', 'data-bin', 'href', 'data-target-name'].includes(name) && !name.startsWith('data-cargo-'))
    .map(([all]) => all.trim());
}

const widgetCargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
const profile = tomlTable(widgetCargo, 'profile.release');
if (!profile) throw new Error('no [profile.release] in Cargo.toml');
const widgetLink = readFileSync(join(ROOT, 'index.html'), 'utf8').match(RUST_LINK)?.[0];
if (!widgetLink) throw new Error('no <link data-trunk rel="rust"> in index.html');
const attributes = buildAttributes(widgetLink);
// Trunk.toml: the widget's (its hooks' scripts named from the widget's folder).
const widgetTrunk = withoutTables(readFileSync(join(ROOT, 'Trunk.toml'), 'utf8'), ['watch', 'serve'])
  .replace(/"(scripts\/[^"]+)"/g, (_, path) => JSON.stringify(join(ROOT, path)));
const trunkFor = (dist) => widgetTrunk.replace(/^dist\s*=.*$/m, `dist = ${JSON.stringify(dist)}`);

/** bench/<name> → bench/out/<name>-src, built into bench/out/<name>-dist, bin `bench-<name>`. */
function prepare(name) {
  const template = join(ROOT, 'bench', name);
  const out = join(OUT_DIR, `${name}-src`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of ['src', 'loader.js', 'Cargo.lock']) cpSync(join(template, file), join(out, file), { recursive: true });
  // Cargo.toml: the widget's release profile.
  let cargo = readFileSync(join(template, 'Cargo.toml'), 'utf8');
  const own = tomlTable(cargo, 'profile.release');
  cargo = own ? cargo.replace(own, profile) : `${cargo.trimEnd()}\n\n${profile}\n`;
  writeFileSync(join(out, 'Cargo.toml'), cargo);
  // index.html: the widget's build attributes on its own rust link.
  const html = readFileSync(join(template, 'index.html'), 'utf8').replace(RUST_LINK,
    `<link data-trunk rel="rust" data-bin="bench-${name}" ${attributes.join(' ')} />`);
  writeFileSync(join(out, 'index.html'), html);
  writeFileSync(join(out, 'Trunk.toml'), trunkFor(join(OUT_DIR, `${name}-dist`)));
  console.log(`${name} sources in ${out}`);
}

prepare('baseline');
prepare('echo');
console.log(`  profile: ${profile.split('\n').slice(1).map((l) => l.trim()).filter(Boolean).join(', ')}`);
console.log(`  rust link: ${attributes.join(' ')}`);

// The widget with every locale embedded: its crate, its default features.
rmSync(ALL_OUT, { recursive: true, force: true });
mkdirSync(ALL_OUT, { recursive: true });
const crate = relative(ALL_OUT, join(ROOT, 'Cargo.toml')).split(sep).join('/');
const widgetBin = widgetLink.match(/data-bin="([^"]+)"/)?.[1] ?? 'braze-s3-companion';
writeFileSync(join(ALL_OUT, 'index.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>braze-s3-companion, every locale embedded (benchmark build)</title>
  <link data-trunk rel="rust" href="${crate}" data-bin="${widgetBin}" data-cargo-features="all-locales" ${attributes.join(' ')} />
</head>
<body><div data-braze-s3-companion></div></body>
</html>
`);
writeFileSync(join(ALL_OUT, 'Trunk.toml'), trunkFor(ALL_DIST));
console.log(`all-locales sources in ${ALL_OUT} (cargo feature all-locales of ${crate})`);
