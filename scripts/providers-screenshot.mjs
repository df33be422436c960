// The README's screenshots of the three providers: the provider choice with the start of each
// provider's guide (Amazon S3, Google Cloud Storage, Azure Blob Storage), in English at a
// desktop width.
//
//   node scripts/providers-screenshot.mjs   (after trunk build --release)
import { join } from 'node:path';

import { launch, openPage, ROOT, ROOT_SELECTOR, DIST } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const SHOTS = [
  {
    out: 'provider-gcs.png',
    query: { provider: 'google-cloud-storage', integration: 'currents', bucket: 'acme-braze-exports', 'project-id': 'acme-analytics' },
    until: '[data-step="gcs-service-account"]',
  },
  {
    out: 'provider-azure.png',
    query: { provider: 'azure-blob-storage', integration: 'currents', auth: 'certificate-service-principal', 'storage-account': 'acmebraze', container: 'braze-data', 'resource-group': 'rg-braze', 'tenant-id': '11111111-2222-3333-4444-555555555555' },
    until: '[data-step="azure-storage-account"]',
  },
];

const server = await serve(DIST);
const browser = await launch();
try {
  for (const { out, query, until } of SHOTS) {
    const { context, page } = await openPage(browser, { contextOptions: { viewport: { width: 760, height: 1200 }, deviceScaleFactor: 1 } });
    await page.goto(`${server.url}/?${new URLSearchParams({ ...query, lang: 'en' })}`);
    await page.waitForSelector(`${ROOT_SELECTOR} ${until}`, { timeout: 20_000 });
    // From the provider choice to the end of the step named.
    const from = await page.locator(`${ROOT_SELECTOR} [data-choice="provider"]`).boundingBox();
    const to = await page.locator(`${ROOT_SELECTOR} ${until} .bsc-step-title`).boundingBox();
    const path = join(ROOT, 'docs', 'images', out);
    await page.screenshot({ path, fullPage: true, clip: { x: from.x - 8, y: from.y - 8, width: from.width + 16, height: to.y + to.height - from.y + 16 } });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
