// End to end, issue 21 item 1: the widget's first view, pre-rendered at build time from its
// own components (src/bin/prerender.rs), is what the reader sees before the wasm arrives or
// without JavaScript; the live widget takes over without moving the page and without losing
// what the reader did meanwhile, and marks its element `data-live` (docs/contract.md).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { DIST, distFiles, ftl, openPage, servedSuite } from './browser.mjs';

const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];
const INTEGRATIONS = ['currents', 'dashboard-export', 'both', 'message-archiving'];
const AUTHS = ['secret-key', 'role-arn'];
const PRESETS = INTEGRATIONS.flatMap((integration) => AUTHS.flatMap((auth) =>
  [false, true].map((locked) => ({ integration, auth, locked }))));

/** docs/contract.md: the fragment a docs site includes inside its element. */
const fragmentName = (lang, { integration, auth, locked }) =>
  `prerender/${lang}/${integration}.${auth}${locked ? '.locked' : ''}.html`;

const fragment = (lang, preset) => readFileSync(join(DIST, fragmentName(lang, preset)), 'utf8');

/** A docs page of one language with one element per preset, each holding its fragment. */
function presetsPage(lang) {
  const elements = PRESETS.map((preset, i) => `<h2>${i}</h2>
    <div id="w${i}" data-braze-s3-companion data-lang="${lang}" data-integration="${preset.integration}"
      data-auth="${preset.auth}"${preset.locked ? ' data-lock-integration' : ''}>${fragment(lang, preset)}</div>`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <link rel="stylesheet" href="widget.css"><script type="module" src="loader.js"></script></head>
    <body>${elements.join('\n')}</body></html>`;
}

/**
 * The widget in `host` as lines: each element with its attributes (ids as `bsc#-…`, since an
 * element's position on the page numbers them), the value, checkedness and selectedness of
 * each control as the reader sees them, and the text between elements, spaces collapsed.
 * Boolean attributes count by presence (a parser writes `selected`, the DOM `selected=""`).
 */
function snapshot(host) {
  const BOOLEAN = new Set(['checked', 'selected', 'open', 'novalidate', 'hidden', 'disabled', 'readonly', 'required']);
  const PROPERTIES = new Set(['value', 'checked', 'selected']);
  const ids = (value) => value.replace(/\bbsc\d+-/g, 'bsc#-');
  const lines = [];
  let text = '';
  const flush = (depth) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) lines.push(`${depth} "${t}"`);
    text = '';
  };
  const walk = (node, depth) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    flush(depth);
    const attributes = [...node.attributes]
      .filter((a) => !PROPERTIES.has(a.name) || node.localName === 'option' && a.name === 'value')
      .map((a) => (BOOLEAN.has(a.name) ? a.name : `${a.name}=${JSON.stringify(ids(a.value))}`))
      .sort();
    let line = `${depth} <${node.localName}${attributes.map((a) => ` ${a}`).join('')}>`;
    if (node.matches('input, textarea, select')) line += ` value=${JSON.stringify(node.value)}`;
    if (node.matches('input[type=checkbox], input[type=radio]')) line += ` checked=${node.checked}`;
    if (node.localName === 'option') line += ` selected=${node.selected}`;
    lines.push(line);
    for (const child of node.childNodes) walk(child, depth + 1);
    flush(depth + 1);
  };
  walk(host.querySelector('.bsc'), 0);
  return { lines, text: host.innerText.replace(/\s+/g, ' ').trim(), count: host.querySelectorAll('.bsc').length };
}

const snapshots = (page) => page.evaluate(`[...document.querySelectorAll('[data-braze-s3-companion]')]
  .map(${snapshot.toString()})`);

const allLive = (page, count) => page.waitForFunction(
  (n) => document.querySelectorAll('[data-braze-s3-companion][data-live]').length === n, count, { timeout: 30_000 });

/** Holds the wasm back until `release()`: the page shows its pre-render meanwhile. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/braze-s3-companion_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** Waits until the page has painted what it holds (two animation frames). */
const painted = (page) => page.evaluate(() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Records the page's `layout-shift` entries from its start. */
const RECORD_SHIFTS = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, input: entry.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('issue 21: the pre-rendered first view', () => {
  const pages = Object.fromEntries(LANGS.map((lang) => [`/presets-${lang}.html`, presetsPage(lang)]));
  const suite = servedSuite({ pages });

  test('the build writes a fragment for every language and preset, named as the contract says', () => {
    const written = distFiles().filter((name) => name.startsWith('prerender/')).sort();
    const expected = LANGS.flatMap((lang) => PRESETS.map((preset) => fragmentName(lang, preset))).sort();
    assert.deepEqual(written, expected);
  });

  for (const lang of LANGS) {
    test(`${lang}: each preset's pre-render, JavaScript off, is its live first render, text for text`, async () => {
      const off = await openPage(suite.browser, { contextOptions: { javaScriptEnabled: false } });
      await off.page.goto(`${suite.server.url}/presets-${lang}.html`);
      const before = await snapshots(off.page);
      await off.context.close();

      const on = await openPage(suite.browser);
      await on.page.goto(`${suite.server.url}/presets-${lang}.html`);
      await allLive(on.page, PRESETS.length);
      const after = await snapshots(on.page);
      assert.deepEqual(on.errors, []);
      await on.context.close();

      assert.equal(before.length, PRESETS.length);
      PRESETS.forEach((preset, i) => {
        const name = fragmentName(lang, preset);
        assert.equal(before[i].count, 1, `${name}: one root`);
        assert.equal(before[i].text, after[i].text, `${name}: the text the reader sees`);
        assert.deepEqual(before[i].lines, after[i].lines, `${name}: element for element`);
      });
      // Not a blank or English page that would equal itself: the language's own title.
      assert.match(before[0].text, new RegExp(ftl(lang, 'widget-title').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });
  }

  test('JavaScript off, the demo page shows each widget\'s form and guide, in the page\'s languages', async () => {
    const { context, page } = await openPage(suite.browser, { contextOptions: { javaScriptEnabled: false } });
    await page.goto(`${suite.server.url}/`);
    for (const [id, lang] of [['s3-currents-fr', 'fr'], ['s3-full-en', 'en']]) {
      const root = page.locator(`#${id} > .bsc`);
      assert.equal(await root.getAttribute('lang'), lang);
      assert.equal(await root.locator('.bsc-title').textContent(), ftl(lang, 'widget-title'));
      assert.ok(await root.locator('input[name="bucket"]').isVisible(), `${id}: the bucket field`);
      assert.ok(await root.locator('[data-step="create-bucket"]').isVisible(), `${id}: the guide's steps`);
      assert.ok(await root.locator('[data-checklist]').isVisible(), `${id}: the checklist`);
      assert.equal(await page.locator(`#${id}`).getAttribute('data-live'), null, `${id}: not live`);
    }
    // The Currents page's widget hides the integration choice, as live.
    assert.equal(await page.locator('#s3-currents-fr input[name="integration"]').count(), 0);
    await context.close();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    test(`${viewport.width}px: the live widgets take over without moving the page (layout shift 0)`, async () => {
      const { context, page, errors } = await openPage(suite.browser,
        { contextOptions: { viewport }, initScripts: [RECORD_SHIFTS] });
      const release = await holdWasm(page);
      await page.goto(`${suite.server.url}/`);
      await painted(page);
      const heights = () => page.$$eval('[data-braze-s3-companion]', (hosts) =>
        hosts.map((host) => host.getBoundingClientRect().height));
      const before = await heights();
      assert.equal(await page.locator('[data-live]').count(), 0, 'not live while the wasm is held');
      release();
      await allLive(page, 2);
      await painted(page);
      assert.deepEqual(await heights(), before, 'each widget as tall live as pre-rendered');
      const shifts = await page.evaluate(() => window.__shifts);
      const moved = shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
      assert.ok(moved < 0.001, `layout shift ${moved}: ${JSON.stringify(shifts)}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('what the reader typed, chose, ticked and opened before the wasm arrived is adopted, focus and caret too', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const release = await holdWasm(page);
    await page.goto(`${suite.server.url}/`);
    const fr = page.locator('#s3-currents-fr');
    const en = page.locator('#s3-full-en');
    // The French Currents widget: a method chosen, an item ticked, a section opened.
    await fr.locator('input[name="auth"][value="role-arn"]').check();
    await fr.locator('input[data-item="create-bucket.create"]').check();
    await fr.locator('details.bsc-names > summary').click();
    // The English one: an integration, a bucket being typed, the caret moved back into it.
    await en.locator('input[name="integration"][value="both"]').check();
    await en.locator('input[name="bucket"]').pressSequentially('acme-early');
    await en.locator('input[name="bucket"]').press('ArrowLeft');
    await en.locator('input[name="bucket"]').press('ArrowLeft');
    assert.equal(await page.locator('[data-live]').count(), 0, 'the pre-rendered form is usable before the wasm');

    release();
    await allLive(page, 2);
    // Adopted: each widget's state, so its guide follows (not just the field's text).
    await page.waitForFunction(() => document.querySelector('#s3-full-en [data-snippet="policy-combined"] code')
      ?.textContent.includes('arn:aws:s3:::acme-early'), null, { timeout: 10_000 });
    assert.equal(await en.locator('input[name="bucket"]').inputValue(), 'acme-early');
    assert.equal(await en.locator('input[name="integration"][value="both"]').isChecked(), true);
    assert.equal(await fr.locator('input[name="auth"][value="role-arn"]').isChecked(), true);
    assert.ok(await fr.locator('[data-step="create-role"]').count() > 0, 'the French guide is the role\'s');
    assert.equal(await fr.locator('details.bsc-names').getAttribute('open'), '');
    // Focus and caret where the reader left them: the next key lands there.
    const focus = await page.evaluate(() => ({
      name: document.activeElement?.name,
      live: Boolean(document.activeElement?.closest('[data-live]')),
      caret: document.activeElement?.selectionStart,
    }));
    assert.deepEqual(focus, { name: 'bucket', live: true, caret: 8 });
    await page.keyboard.type('-x');
    assert.equal(await en.locator('input[name="bucket"]').inputValue(), 'acme-ear-xly');
    // The tick belongs to the case the pre-render showed: back on the secret key, it is there.
    await fr.locator('input[name="auth"][value="secret-key"]').check();
    assert.equal(await fr.locator('input[data-item="create-bucket.create"]').isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
