// End to end, issue 14 "Message archiving": a third purpose next to Currents and dashboard
// export. Braze's current page: "Currents isn't required if you're only setting up message
// archiving"; archiving readers follow the Dashboard Data Export tab and its policy, and create
// their role from Technology Partners > Amazon S3. Public hooks (docs/contract.md): URL
// `integration=message-archiving`, `data-integration="message-archiving"`, the snippet
// `policy-dashboard-export`; no Currents snippet or step.
//
// Expected documents come from docs/facts.md through tests/fixtures/braze-policies.json.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/message-archiving.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { gotoWidget, openPage, ROOT, ROOT_SELECTOR, servedSuite, snippet, snippetCode } from './browser.mjs';

const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];

/**
 * "Message archiving" as each language writes it: Braze's own pages for en ("message
 * archiving"), fr ("l'archivage des messages"), de ("Nachrichtenarchivierung"); ja and ko as
 * Braze's settings menu and its message archiving page write it ("メッセージのアーカイブ",
 * "메시지 보관"; docs/facts.md, the translated labels); for es, pt-BR the usual term.
 */
const TERM = {
  en: 'message archiving',
  fr: 'archivage des messages',
  de: 'nachrichtenarchivierung',
  es: 'archivo de mensajes',
  ja: 'メッセージのアーカイブ',
  ko: '메시지 보관',
  'pt-BR': 'arquivamento de mensagens',
};

/** Braze's published policy `name` of docs/facts.md, with the reader's bucket in it. */
function factsPolicy(name, bucket) {
  const all = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/braze-policies.json'), 'utf8'));
  return JSON.parse(JSON.stringify(all[name]).replaceAll('BUCKET', bucket));
}

const inRoot = (page, selector) => page.locator(`${ROOT_SELECTOR} ${selector}`);
const choice = (page, key) => inRoot(page, `input[type="radio"][name="integration"][value="${key}"]`);
const ARCHIVING_ITEM = '[data-checklist] input[type="checkbox"][data-item="link-dashboard-export.message-archiving"]';

/** What the reader sees of the case: the checks every language shares. */
async function assertArchivingPath(page, { lang, bucket, auth }) {
  await page.locator(`${ROOT_SELECTOR}[lang="${lang}"]`).waitFor();
  assert.equal(await choice(page, 'message-archiving').count(), 1, `${lang}: the choice exists`);
  assert.equal(await choice(page, 'message-archiving').isChecked(), true, `${lang}: the choice is checked`);
  for (const other of ['currents', 'dashboard-export', 'both']) {
    assert.equal(await choice(page, other).isChecked(), false, `${lang}: ${other} is not checked`);
  }
  // The dashboard-export policy, as data, with the bucket in it.
  await snippet(page, 'policy-dashboard-export').locator('code').waitFor();
  const code = JSON.parse(await snippetCode(page, 'policy-dashboard-export'));
  assert.deepEqual(code, factsPolicy(`dashboard-export/${auth}`, bucket), `${lang}: policy`);
  // Nothing of Currents.
  for (const id of ['policy-currents', 'policy-combined', 'bucket-policy-sse']) {
    assert.equal(await snippet(page, id).count(), 0, `${lang}: no ${id}`);
  }
  for (const step of ['link-currents', 'several-connectors', 'enforce-encryption']) {
    assert.equal(await inRoot(page, `[data-step="${step}"]`).count(), 0, `${lang}: no step ${step}`);
  }
  assert.equal(await inRoot(page, 'input[name="folder"]').count(), 0, `${lang}: no folder path field`);
  assert.equal(await inRoot(page, '[data-checklist] [data-item^="link-currents."]').count(), 0);
  // Its own path: the linking step and the checklist item name message archiving.
  const linkTitle = await inRoot(page, '[data-step="link-dashboard-export"] .bsc-step-title').textContent();
  assert.ok(linkTitle.toLowerCase().includes(TERM[lang]), `${lang}: step title "${linkTitle}"`);
  const item = inRoot(page, ARCHIVING_ITEM);
  assert.equal(await item.count(), 1, `${lang}: the checklist has the archiving item`);
  const label = await inRoot(page, `label[for="${await item.getAttribute('id')}"]`).textContent();
  assert.ok(label.toLowerCase().includes(TERM[lang]), `${lang}: item "${label}"`);
  assert.ok(label.includes(bucket), `${lang}: the item names the bucket`);
  // The prerequisites say Currents is not needed, in the reader's language.
  const prereq = await inRoot(page, '[data-step="prerequisites"]').textContent();
  assert.ok(prereq.toLowerCase().includes(TERM[lang]), `${lang}: prerequisites`);
  assert.ok(prereq.includes('Currents'), `${lang}: prerequisites name Currents`);
}

describe('issue 14: message archiving', () => {
  const PRESET_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <link rel="stylesheet" href="widget.css"><script type="module" src="loader.js"></script></head>
    <body><div data-braze-s3-companion data-url-state data-lang="fr" data-integration="message-archiving"
      data-bucket="acme-preset-archive" id="preset"></div></body></html>`;
  const suite = servedSuite({ pages: { '/preset.html': PRESET_PAGE } });

  for (const [i, lang] of LANGS.entries()) {
    test(`${lang}: ?integration=message-archiving shows the archiving path, and a reload keeps it`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      const bucket = `acme-archive-${i}`;
      const auth = i % 2 === 0 ? 'secret-key' : 'role-arn';
      const role = auth === 'role-arn' ? '&account=123456789012&external-id=braze-ext-1' : '';
      await gotoWidget(page,
        `${suite.server.url}/?lang=${lang}&integration=message-archiving&auth=${auth}&bucket=${bucket}${role}`);
      await assertArchivingPath(page, { lang, bucket, auth });
      if (auth === 'role-arn') {
        // The role is created from the export page, not from Currents.
        assert.equal(await inRoot(page, '[data-item="create-role.ids-message-archiving"]').count(), 1);
        assert.equal(await inRoot(page, '[data-item="create-role.ids-currents"]').count(), 0);
      }
      // Tick the archiving item, reload: the case, the snippet and the tick stay.
      await inRoot(page, ARCHIVING_ITEM).check();
      await new Promise((resolve) => setTimeout(resolve, 600)); // the save is debounced
      await page.reload();
      await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
      await assertArchivingPath(page, { lang, bucket, auth });
      assert.equal(await inRoot(page, ARCHIVING_ITEM).isChecked(), true, `${lang}: the tick survives`);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('integration'), 'message-archiving');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('choosing message archiving writes it to the URL and removes the Currents step', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&bucket=acme-switch`);
    assert.equal(await inRoot(page, '[data-step="link-currents"]').count(), 1);
    await choice(page, 'message-archiving').check();
    await inRoot(page, '[data-step="link-currents"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('integration') === 'message-archiving');
    await assertArchivingPath(page, { lang: 'en', bucket: 'acme-switch', auth: 'secret-key' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('data-integration="message-archiving" presets the case', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/preset.html`);
    await assertArchivingPath(page, { lang: 'fr', bucket: 'acme-preset-archive', auth: 'secret-key' });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
