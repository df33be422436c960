// End to end, issue 14: the picture "who may do what". `[data-diagram]` holds one
// `<svg role="img">` whose <title> names the bucket, and for a role Braze's account and the
// external ID (issue 14, "Public hooks"); it sits by the auth choice and again beside the trust
// policy (role), follows typing, fits a 360 px screen in every language, and carries no
// inline style (CSP).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/diagram.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openPage, retype, ROOT_SELECTOR, servedSuite } from './browser.mjs';

const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];
const ROLE = { integration: 'currents', auth: 'role-arn', bucket: 'acme-diagram-bucket', account: '123456789012', 'external-id': 'braze-ext-diagram-42' };
const suite = servedSuite();

/** Every diagram of the widget: its svgs, title, description and drawn text. */
function diagrams(page) {
  return page.evaluate((root) => [...document.querySelectorAll(`${root} [data-diagram]`)].map((d) => {
    const svgs = d.querySelectorAll('svg');
    const svg = svgs[0];
    return {
      svgs: svgs.length,
      role: svg?.getAttribute('role'),
      name: svg?.querySelector('title')?.textContent ?? '',
      desc: svg?.querySelector('desc')?.textContent ?? '',
      drawn: [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent).join('\n'),
    };
  }), ROOT_SELECTOR);
}

describe('issue 14: the diagram of who may do what', () => {
  for (const lang of LANGS) {
    test(`${lang}: role method, two diagrams, title names bucket, external ID and account`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ ...ROLE, lang })}`);
      const found = await diagrams(page);
      assert.equal(found.length, 2, 'by the auth choice and beside the trust policy');
      assert.equal(await page.locator(`${ROOT_SELECTOR} [data-step] [data-diagram]`).count(), 1);
      assert.equal(await page.locator(`${ROOT_SELECTOR} [data-step]:has([data-snippet="trust-policy"]) [data-diagram]`).count(), 1,
        'the second one is in the trust policy step');
      for (const d of found) {
        assert.equal(d.svgs, 1);
        assert.equal(d.role, 'img');
        for (const value of [ROLE.bucket, ROLE['external-id'], ROLE.account]) {
          assert.ok(d.name.includes(value), `${lang}: title "${d.name}" names ${value}`);
          assert.ok(d.drawn.includes(value), `${lang}: the picture shows ${value}`);
        }
        // The text alternative says what the picture shows: the role and the actions too.
        for (const value of ['braze-s3-role', 'sts:AssumeRole', 's3:ListBucket', 's3:GetBucketLocation', 's3:PutObject', 's3:GetObject']) {
          assert.ok(d.desc.includes(value), `${lang}: description names ${value}`);
          assert.ok(d.drawn.includes(value), `${lang}: picture shows ${value}`);
        }
      }
      // The svg's accessible name is its title.
      const name = await page.locator(`${ROOT_SELECTOR} [data-diagram] svg[role="img"]`).first().evaluate((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
        return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
      });
      assert.ok(name.includes(ROLE.bucket));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('secret key: one diagram, the IAM user and the bucket; switching to role redraws it', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ integration: 'dashboard-export', auth: 'secret-key', bucket: 'acme-key-bucket', 'user-name': 'braze-exporter', lang: 'en' })}`);
    let found = await diagrams(page);
    assert.equal(found.length, 1, 'no trust policy step for a key');
    assert.ok(found[0].name.includes('acme-key-bucket') && found[0].name.includes('braze-exporter'), found[0].name);
    assert.ok(found[0].drawn.includes('s3:DeleteObject'), 'dashboard export may delete');
    assert.ok(!found[0].drawn.includes('sts:AssumeRole'));
    await page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).check();
    await page.waitForFunction((root) => document.querySelectorAll(`${root} [data-diagram]`).length === 2, ROOT_SELECTOR);
    found = await diagrams(page);
    assert.ok(found[0].drawn.includes('sts:AssumeRole'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('typing a new bucket updates the picture and its title', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ ...ROLE, lang: 'fr' })}`);
    await retype(page, 'bucket', 'acme-typed-bucket');
    await page.waitForFunction((root) => [...document.querySelectorAll(`${root} [data-diagram] title`)]
      .every((t) => t.textContent.includes('acme-typed-bucket')), ROOT_SELECTOR);
    for (const d of await diagrams(page)) {
      assert.ok(!d.name.includes(ROLE.bucket));
      assert.ok(d.drawn.includes('acme-typed-bucket'));
    }
    // An invalid bucket is a placeholder, not the broken value.
    await retype(page, 'bucket', 'Bad_Bucket');
    await page.waitForFunction((root) => !document.querySelector(`${root} [data-diagram] title`).textContent.includes('acme-typed-bucket'), ROOT_SELECTOR);
    for (const d of await diagrams(page)) {
      assert.ok(!d.drawn.includes('Bad_Bucket') && !d.name.includes('Bad_Bucket'));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  // axe cannot judge text inside an <svg> (it takes any svg behind text for an image and says
  // "incomplete"), so the picture's texts are checked here: each one's fill against the
  // widget's background (no shape lies under the texts), WCAG AA, light and dark.
  for (const colorScheme of ['light', 'dark']) {
    test(`${colorScheme}: every text of the picture has a contrast of 4.5:1 or more`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { contextOptions: { colorScheme } });
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ ...ROLE, bucket: '', lang: 'en' })}`);
      const ratios = await page.evaluate((root) => {
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const bg = lum(rgb(getComputedStyle(document.querySelector(root)).backgroundColor));
        return [...document.querySelectorAll(`${root} [data-diagram] text`)].map((t) => {
          const fg = lum(rgb(getComputedStyle(t).fill));
          return { text: t.textContent, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
        });
      }, ROOT_SELECTOR);
      assert.ok(ratios.length > 10, 'the picture has texts');
      assert.deepEqual(ratios.filter((r) => r.ratio < 4.5), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const lang of LANGS) {
    test(`${lang}: 360 px wide, long values, nothing sticks out of the widget; no inline style`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { contextOptions: { viewport: { width: 360, height: 740 } } });
      const long = {
        integration: 'both',
        auth: 'role-arn',
        bucket: `acme-${'long-bucket-name-'.repeat(4)}`.slice(0, 63).replace(/-+$/, ''),
        account: '123456789012',
        'external-id': `ext-${'0123456789abcdef'.repeat(6)}`,
        'policy-name': `policy-${'x'.repeat(100)}`,
        lang,
      };
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams(long)}`);
      const report = await page.evaluate((root) => {
        const widget = document.querySelector(root).getBoundingClientRect();
        const out = [];
        for (const d of document.querySelectorAll(`${root} [data-diagram]`)) {
          const svg = d.querySelector('svg').getBoundingClientRect();
          for (const e of [d, ...d.querySelectorAll('*')]) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.right > widget.right + 0.5 || r.left < widget.left - 0.5) out.push(`${e.tagName} outside the widget: ${r.left}–${r.right}`);
            if (e.tagName.toLowerCase() === 'text' && (r.right > svg.right + 0.5 || r.left < svg.left - 0.5)) out.push(`text "${e.textContent}" outside the picture`);
          }
        }
        return {
          out,
          styled: [...document.querySelectorAll(`${root} [style]`)].map((e) => e.tagName),
          titles: [...document.querySelectorAll(`${root} [data-diagram] title`)].map((t) => t.textContent),
          scroll: document.scrollingElement.scrollWidth - innerWidth,
        };
      }, ROOT_SELECTOR);
      assert.equal(report.titles.length, 2, 'both diagrams of the role case are on screen');
      assert.deepEqual(report.out, []);
      assert.deepEqual(report.styled, [], 'no inline style attribute');
      assert.ok(report.scroll <= 0, `${report.scroll} px of horizontal scroll`);
      // The picture cuts; the title keeps the whole values.
      for (const title of report.titles) {
        assert.ok(title.includes(long.bucket) && title.includes(long['external-id']), title);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
