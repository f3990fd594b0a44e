/**
 * The HTML report opened in headless Chromium (Debian's chromium package,
 * driven by playwright-core; no browser is ever downloaded): it renders
 * without console errors, with its SVG charts, and the hostile document's
 * text shows as literal, inert text. Skips with a reason where
 * /usr/bin/chromium is absent (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { run } from '../src/cli/run.js';
import { project, sink } from './helpers/cli.js';
import { HOSTILE_DOC, IMG_PAYLOAD, SCRIPT_PAYLOAD } from './helpers/hostile.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SKIP = hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed; .ci/run installs Debian's chromium)`;
// the default reporter does not name skipped suites: say why here
if (!hasChromium) console.warn(`HTML report browser test${SKIP}`);

declare global {
  interface Window {
    __mlsdPwned?: number;
  }
}

describe.skipIf(!hasChromium)(`HTML report in headless Chromium${SKIP}`, () => {
  let sc: ReturnType<typeof project>;
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    sc = project({
      'hostile.md': HOSTILE_DOC,
      'good.md': readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8'),
    });
    // the CLI writes the report, as a user would: mlsd-lint --format html -o r.html
    const report = join(sc.dir, 'r.html');
    expect(await run(['hostile.md', 'good.md', '--format', 'html', '-o', report], sink(sc.dir))).toBe(1);
    reportUrl = pathToFileURL(report).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    sc?.remove();
  });

  async function open(options: BrowserContextOptions = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(reportUrl, { waitUntil: 'load' });
    return { context, page, errors, requests };
  }

  it('renders with no console error, no request but the file, and the charts', async () => {
    const { context, page, errors, requests } = await open();
    expect(errors).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    // a chart per file and one for the summary, four bars each, drawn with a size
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('svg.chart').first().locator('rect.bar').count()).toBe(4);
    const box = await page.locator('svg.chart').nth(1).boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(50);
    // the good document scores 100 on every phase: its bars are as wide as their tracks
    const good = page.locator('section.file', { hasText: 'good.md' }).locator('svg.chart');
    const widths = await good.evaluate((svg) =>
      [...svg.querySelectorAll('rect.bar')].map((r, i) => [r.getBoundingClientRect().width, svg.querySelectorAll('rect.track')[i]!.getBoundingClientRect().width]),
    );
    for (const [bar, track] of widths) expect(bar).toBeCloseTo(track!, 1);
    await context.close();
  });

  // With the page's Content-Security-Policy bypassed, only escaping stands
  // between the document text and the DOM: the payload must still be text.
  for (const [name, options] of [
    ['as served', {}],
    ['with the CSP bypassed', { bypassCSP: true }],
  ] as const) {
    it(`shows the document's <script> and onerror markup as inert text (${name})`, async () => {
      const { context, page, errors } = await open(options);
      expect(await page.evaluate(() => window.__mlsdPwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      const text = await page.locator('body').innerText();
      expect(text).toContain(SCRIPT_PAYLOAD);
      expect(text).toContain(IMG_PAYLOAD);
      // the quote is linked to its line in the source
      const link = page.locator('q', { hasText: SCRIPT_PAYLOAD }).first().locator('xpath=..').locator('a');
      expect(await link.getAttribute('href')).toBe('./hostile.md#L5');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
