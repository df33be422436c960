// The README's screenshot of preflight findings: the widget's preflight section after pasting
// a report moto's step wrote (tests/lint/preflight_moto.py) with a failing and a warning check:
// the secret-key case set up wrong, judged for dashboard export (Object Lock: a warning).
//
//   node scripts/preflight-screenshot.mjs [out.png]   (after trunk build --release and the moto step)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { gotoWidget, launch, openPage, ROOT, ROOT_SELECTOR, DIST } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const reports = resolve(process.env.BSC_PREFLIGHT_REPORTS || join(ROOT, 'target', 'preflight-reports'));
const out = resolve(process.argv[2] || join(ROOT, 'docs', 'images', 'preflight-findings.png'));
if (!existsSync(reports)) throw new Error(`no ${reports}: run the moto step (tests/lint/preflight_moto.py) first`);
const name = readdirSync(reports).sort().find((n) => {
  const { statuses } = JSON.parse(readFileSync(join(reports, n, 'expected.json'), 'utf8'));
  return Object.values(statuses).includes('warn') && /user-wrong$/.test(n);
});
if (!name) throw new Error('no user-wrong report expected with a warning');
const report = readFileSync(join(reports, name, 'report.txt'), 'utf8');
const values = JSON.parse(readFileSync(join(reports, name, 'case.json'), 'utf8'));

const server = await serve(DIST);
const browser = await launch();
try {
  const { context, page } = await openPage(browser, { contextOptions: { viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 } });
  const query = new URLSearchParams({ lang: 'en', integration: values.integration, auth: values.auth, bucket: values.bucket, 'user-name': values.user_name });
  await gotoWidget(page, `${server.url}/?${query}`);
  const area = page.locator(`${ROOT_SELECTOR} textarea[name="preflight-report"]`);
  await area.evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, report);
  // Shorter than the whole report, so the picture shows the findings.
  await area.evaluate((el) => { el.style.minHeight = '0'; el.style.height = '4.5rem'; });
  const findings = page.locator(`${ROOT_SELECTOR} .bsc-preflight-findings`);
  await findings.waitFor();
  await findings.screenshot({ path: out });
  console.log(`wrote ${out} from ${name}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
