// Trunk post_build hook: minifies the JavaScript a reader downloads (wasm-bindgen's module and
// its snippets, loader.js) in release builds. Trunk's own minifier leaves wasm-bindgen's
// output alone; terser takes about a quarter off it once compressed.
//
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR); does nothing for debug builds, so
// `trunk serve` keeps readable sources.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through Trunk');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (name.endsWith('.js')) yield path;
  }
}

for (const path of scripts(staging)) {
  const source = readFileSync(path, 'utf8');
  // Every file is an ES module; export names and the wasm import names (object keys) stay.
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  console.log(`minified ${path.slice(staging.length + 1)}: ${source.length} -> ${code.length} bytes`);
}
