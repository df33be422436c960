// Trunk post_build hook: puts the languages a reader fetches into dist/locales/<tag>.json.
//
// build.rs parses locales/<tag>/*.ftl with the Fluent project's parser and writes each
// language but English (which is compiled into the wasm) as JSON to <cargo target
// dir>/locales-json/; this copies those files into Trunk's staging directory. It runs after
// the Rust build, so the files are those of this build. Sources without a locales/ folder (the
// benchmark's other builds, which share these hooks) have nothing to copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!staging || !source) throw new Error('TRUNK_STAGING_DIR is not set: run through Trunk');
if (!existsSync(join(source, 'locales'))) process.exit(0);

const target = resolve(source, process.env.CARGO_TARGET_DIR || 'target');
const from = join(target, 'locales-json');
const to = join(staging, 'locales');
mkdirSync(to, { recursive: true });
const tags = readdirSync(join(source, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name);
for (const tag of tags) {
  const file = join(from, `${tag}.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: build.rs writes it (cargo build)`);
  copyFileSync(file, join(to, `${tag}.json`));
}
console.log(`copied ${tags.length} languages to locales/: ${tags.map((t) => `${t}.json`).join(', ')}`);
