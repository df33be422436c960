// End to end, issue 5: axe-core over the widget in every integration × auth method, in French
// and English, with every snippet ready, and again with errors showing. axe is injected with
// page.addScriptTag, so these pages are served without the CSP header (the CSP test is in
// security.test.mjs).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { DIST, ROOT, assertReleaseDist, gotoWidget, launch, openNames, openPage, ROOT_SELECTOR } from './browser.mjs';
import { serve } from './server.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

const CASES = [];
for (const integration of ['currents', 'dashboard-export', 'both', 'message-archiving']) {
  for (const auth of ['secret-key', 'role-arn']) CASES.push({ integration, auth });
}

const READY = { bucket: 'acme-braze-a11y', account: '123456789012', 'external-id': 'braze-ext-a11y', 'own-account': '210987654321', 'policy-name': 'braze-a11y' };
const INVALID = { bucket: 'Bad_Bucket..', account: '12ab', 'external-id': '<', folder: '/x//..', 'own-account': '1', 'policy-name': 'a b' };

/** Runs axe on the widget; returns one readable line per violation node. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (root) => {
    // WCAG 2.x A and AA, and axe's best practices.
    const { violations, passes } = await window.axe.run({ include: [root] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return {
      passed: passes.map((p) => p.id),
      lines: violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`)),
    };
  }, ROOT_SELECTOR);
  // axe really looked at the widget: labels and contrast were checked and passed somewhere.
  for (const rule of ['label', 'color-contrast', 'aria-valid-attr-value']) {
    if (!result.passed.includes(rule) && !result.lines.some((l) => l.startsWith(rule))) {
      throw new Error(`axe did not check ${rule}: is the widget rendered?`);
    }
  }
  return result.lines;
}

let server;
let browser;

before(async () => {
  assertReleaseDist();
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('issue 5: axe-core, zero violations', () => {
  for (const lang of ['fr', 'en']) {
    for (const [state, values] of [['ready', READY], ['invalid', INVALID]]) {
      test(`${lang}, every integration × auth method, values ${state}`, async () => {
        const { context, page, errors } = await openPage(browser);
        const found = [];
        for (const { integration, auth } of CASES) {
          await gotoWidget(page, `${server.url}/?${new URLSearchParams({ integration, auth, ...values, lang })}`);
          await openNames(page);
          assert.equal(await page.locator(`${ROOT_SELECTOR}[lang="${lang}"]`).count(), 1);
          const shown = state === 'ready'
            ? await page.locator(`${ROOT_SELECTOR} [data-snippet] code`).count()
            : await page.locator(`${ROOT_SELECTOR} [aria-invalid="true"]`).count();
          assert.ok(shown > 0, `${integration}/${auth}: the ${state} state is on screen`);
          for (const line of await axeViolations(page)) found.push(`${integration}/${auth}: ${line}`);
        }
        assert.deepEqual(found, []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }

  test('fr and en, dark colour scheme, every integration × auth method', async () => {
    const { context, page, errors } = await openPage(browser, { contextOptions: { colorScheme: 'dark' } });
    const found = [];
    for (const lang of ['fr', 'en']) {
      for (const { integration, auth } of CASES) {
        await gotoWidget(page, `${server.url}/?${new URLSearchParams({ integration, auth, ...READY, lang })}`);
        for (const line of await axeViolations(page)) found.push(`${lang} ${integration}/${auth}: ${line}`);
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the whole demo page (host page included), fr', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoWidget(page, `${server.url}/?${new URLSearchParams({ integration: 'both', auth: 'role-arn', ...READY, lang: 'fr' })}`);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })).violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
