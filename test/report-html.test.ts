/**
 * Issue 15, item 8: the HTML report links lines relative to the report file
 * (-o elsewhere gives no dead links), lists files in ranking order, says why
 * a rule is n/a (its metadata), and shows the document-level results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchProjects } from './helpers/cli.js';
import { lineHref } from '../src/format/html.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const weak = '# Feed\n\nWe frame this as ranking. We rank posts with a logistic regression trained on clicks.\n';
const make = scratchProjects();

/** The file links of a page (not the #file-n anchors), without their #L fragment. */
const fileLinks = (html: string): string[] =>
  [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&#x26;/g, '&').replace(/#L\d+$/, '')));

describe('line links are relative to the report file', () => {
  it('-o into another folder: every link reaches its document', async () => {
    const dir = make({ 'docs/good.md': good, 'docs/sub dir/weak.md': weak, 'out/deep/.keep': '' });
    const r = await cli(['docs', '-f', 'html', '-o', 'out/deep/report.html'], dir, {});
    expect(r.err).toBe('');
    const page = join(dir, 'out/deep/report.html');
    const links = fileLinks(readFileSync(page, 'utf8'));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(existsSync(resolve(dirname(page), href)), href).toBe(true);
    expect(links).toContain('../../docs/good.md');
  });

  it('to standard output: relative to the working folder, as before', async () => {
    const dir = make({ 'docs/good.md': good });
    const { out } = await cli(['docs/good.md', '-f', 'html'], dir);
    for (const href of fileLinks(out)) expect(existsSync(resolve(dir, href))).toBe(true);
  });

  it('never a scheme: a file named like a URL stays a path', () => {
    expect(lineHref('javascript:alert(1).md', 3, { reportDir: '/r', cwd: '/r' })).toBe('./javascript%3Aalert(1).md#L3');
    expect(lineHref('a.md', 3, { reportDir: '/tmp', cwd: '/home/u/p' })).toBe('../home/u/p/a.md#L3');
  });
});

describe('what the page shows', () => {
  it('files in ranking order (best first), as the summary ranks them', async () => {
    const dir = make({ 'a-weak.md': weak, 'b-good.md': good });
    const { out } = await cli(['a-weak.md', 'b-good.md', '-f', 'html'], dir);
    const sections = [...out.matchAll(/<section class="file" id="file-(\d)"><h2><code>([^<]+)<\/code>/g)].map((m) => [m[1], m[2]]);
    expect(sections).toEqual([
      ['1', 'b-good.md'],
      ['2', 'a-weak.md'],
    ]);
    expect(out).toContain('<a href="#file-1">b-good.md</a>');
  });

  it('says why a rule is n/a, from the rule metadata', async () => {
    const dir = make({ 'weak.md': weak });
    const { out } = await cli(['weak.md', '-f', 'html'], dir);
    expect(out).toContain('<code>baseline-before-deep-model</code> n/a: The document proposes no deep model');
    // stylish --verbose says it too
    const stylish = (await cli(['weak.md', '--verbose'], dir)).out;
    expect(stylish).toMatch(/- baseline-before-deep-model +n\/a: The document proposes no deep model/);
  });

  it('shows the document-level results, phases-in-order and phase-balance included', async () => {
    const dir = make({ 'good.md': good });
    const { out } = await cli(['good.md', '-f', 'html'], dir);
    expect(out).toContain('<h3>Document-level checks</h3>');
    const table = out.slice(out.indexOf('<table class="document">'));
    for (const rule of ['phases-covered', 'phases-in-order', 'no-placeholders', 'phase-balance']) expect(table).toContain(`<code>${rule}</code>`);
  });
});
