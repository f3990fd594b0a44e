/**
 * Issue 15, where the two halves meet: several formats in one run (-f
 * stylish -f sarif:report.sarif) each get the report options of their own
 * place. HTML links are relative to that output's file, a shortened
 * Markdown comment links the HTML and SARIF files of the same run
 * (relative to the Markdown file), every output knows the exit code before
 * it is written, and a run whose every document is ignored (exit 2) never
 * ends on a green tick.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchProjects } from './helpers/cli.js';
import { REPORT_MARKER } from '../src/cli/report-marker.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const weak = '# Feed\n\nWe frame this as ranking. We rank posts with a logistic regression trained on clicks.\n';
const make = scratchProjects();
const last = (out: string) => out.trimEnd().split('\n').at(-1)!;

/** The file links of an HTML page (not the #file-n anchors), without their #L fragment. */
const fileLinks = (html: string): string[] =>
  [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&#x26;/g, '&').replace(/#L\d+$/, '')));

/** The [label](href) links of a Markdown text. */
const mdLinks = (md: string): Array<{ label: string; href: string }> => [...md.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map((m) => ({ label: m[1]!, href: m[2]! }));

describe('HTML line links: relative to the file of each output', () => {
  it('-f stylish -f html:out/deep/report.html: stylish on standard output, every HTML link reaches its document', async () => {
    const dir = make({ 'docs/good.md': good, 'docs/sub dir/weak.md': weak, 'out/deep/.keep': '' });
    const r = await cli(['docs', '-f', 'stylish', '-f', 'html:out/deep/report.html'], dir);
    expect(r.code).toBe(1);
    expect(last(r.out)).toMatch(/^✗ .*\(exit 1\)$/);
    const page = join(dir, 'out/deep/report.html');
    const links = fileLinks(readFileSync(page, 'utf8'));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(existsSync(resolve(dirname(page), href)), href).toBe(true);
    expect(links).toContain('../../docs/good.md');
    expect(links).toContain('../../docs/sub dir/weak.md');
  });

  it('two HTML outputs in different folders: each links from where it is', async () => {
    const dir = make({ 'docs/good.md': good, 'a/.keep': '', 'b/c/.keep': '' });
    const r = await cli(['docs', '-f', 'html:a/one.html', '-f', 'html:b/c/two.html', '-o', 'x.json', '-f', 'json'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const one = fileLinks(readFileSync(join(dir, 'a/one.html'), 'utf8'));
    const two = fileLinks(readFileSync(join(dir, 'b/c/two.html'), 'utf8'));
    expect(one).toContain('../docs/good.md');
    expect(two).toContain('../../docs/good.md');
    expect(two).not.toContain('../docs/good.md');
  });

  it('-o report.html with an HTML format: -o is that output\'s file', async () => {
    const dir = make({ 'docs/good.md': good, 'out/.keep': '' });
    const r = await cli(['docs/good.md', '-f', 'html', '-o', 'out/report.html'], dir);
    expect(r.code).toBe(0);
    expect(fileLinks(readFileSync(join(dir, 'out/report.html'), 'utf8'))).toContain('../docs/good.md');
  });
});

describe('a shortened Markdown comment links the full reports of the same run', () => {
  const docs = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`docs/d${i}.md`, i % 2 === 0 ? good : weak]));

  it('-f markdown:pr/comment.md -f html:out/report.html -f sarif:r.sarif: links relative to the comment file, within the budget', async () => {
    const dir = make({ ...docs, 'pr/.keep': '', 'out/.keep': '' });
    const r = await cli(['docs', '-f', 'markdown:pr/comment.md', '-f', 'html:out/report.html', '-f', 'sarif:r.sarif', '--max-comment-size', '2500'], dir);
    expect(r.err).not.toMatch(/cannot write/);
    expect(r.code).toBe(1);
    const file = join(dir, 'pr/comment.md');
    const text = readFileSync(file, 'utf8');
    // the file as written, marker line and all, fits the budget; the comment says the budget asked for
    expect(text.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2500);
    expect(text).toContain('Shortened to fit a pull-request comment (2,500 characters)');
    const links = mdLinks(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { label: 'HTML report (report.html)', href: '../out/report.html' },
        { label: 'SARIF report (r.sarif)', href: '../r.sarif' },
      ]),
    );
    for (const l of links.filter((x) => /report/.test(x.label))) expect(existsSync(resolve(dirname(file), l.href)), l.href).toBe(true);
  });

  it('markdown on standard output: the links are relative to the working folder; formats that are no full report are not linked', async () => {
    const dir = make({ ...docs, 'out/.keep': '' });
    const r = await cli(['docs', '-f', 'markdown', '-f', 'html:out/full report.html', '-f', 'json:out/r.json', '--max-comment-size', '2500'], dir);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeLessThanOrEqual(2500);
    expect(r.out).not.toContain(REPORT_MARKER);
    const links = mdLinks(r.out);
    expect(links).toContainEqual({ label: 'HTML report (full report.html)', href: './out/full%20report.html' });
    expect(links.some((l) => l.href.includes('r.json'))).toBe(false);
    expect(existsSync(join(dir, decodeURIComponent('out/full%20report.html')))).toBe(true);
  });

  it('without an HTML or SARIF output the comment says how to get one', async () => {
    const dir = make(docs);
    const r = await cli(['docs', '-f', 'markdown', '--max-comment-size', '2500'], dir);
    expect(r.out).toContain('run with -f html or -f sarif for the full report.');
  });
});

describe('every output knows how the run ends', () => {
  it('every document ignored (exit 2): no green tick, on standard output or in a file', async () => {
    const dir = make({ 'docs/a.md': good, '.mlsd-lintignore': 'docs/\n' });
    const r = await cli(['docs', '-f', 'stylish', '-f', 'stylish:log.txt', '-f', 'json:r.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('every document found is ignored, nothing was linted');
    for (const text of [r.out, readFileSync(join(dir, 'log.txt'), 'utf8')]) {
      expect(text).not.toContain('✓');
      expect(last(text)).toBe('✗ no files linted (exit 2)');
      expect(text).not.toContain('0 files');
    }
  });

  it('a file named outright and ignored by --ignore-pattern: exit 2, a cross', async () => {
    const dir = make({ 'a.md': good });
    const r = await cli(['a.md', '--ignore-pattern', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(last(r.out)).toBe('✗ no files linted (exit 2)');
  });

  it('a report that cannot be written (exit 2): standard output, written after the files, says exit 2', async () => {
    const dir = make({ 'good.md': good });
    const r = await cli(['good.md', '-f', 'stylish', '-f', 'sarif:missing/r.sarif'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write missing\/r\.sarif/);
    expect(last(r.out)).toMatch(/^✗ .*\(exit 2\)$/);
  });

  it('more warnings than --max-warnings: a cross in every stylish output and "1 warning" on stderr', async () => {
    const oneWarning = good.split('\n').filter((_, i) => i !== 34).join('\n');
    const dir = make({ 'one.md': oneWarning });
    const r = await cli(['one.md', '--max-warnings', '0', '-f', 'stylish', '-f', 'stylish:log.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('mlsd-lint: 1 warning, more than --max-warnings 0');
    for (const text of [r.out, readFileSync(join(dir, 'log.txt'), 'utf8')]) expect(last(text)).toMatch(/^✗ 1 warning in 1 file, more than --max-warnings 0/);
  });

  it('the terminal width is standard output\'s: a stylish file gets 120 columns', async () => {
    const dir = make({ 'good.md': good });
    const r = await cli(['good.md', '--verbose', '--no-color', '-f', 'stylish', '-f', 'stylish:log.txt'], dir, { isTTY: true, columns: 80 });
    const passes = (t: string) => t.split('\n').filter((l) => /^ {4}✓ /.test(l));
    for (const l of passes(r.out)) expect(l.length).toBeLessThanOrEqual(80);
    const file = passes(readFileSync(join(dir, 'log.txt'), 'utf8'));
    expect(Math.max(...file.map((l) => l.length))).toBeGreaterThan(80);
    for (const l of file) expect(l.length).toBeLessThanOrEqual(120);
  });
});

describe('locked grading: one "inlineConfig" for configuration files and rubrics', () => {
  const rubric = JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const silenced = good.replace(/^(# .*\n)/, '$1\n<!-- mlsd-lint disable-file drift-type-named -- not this term -->\n');
  const printed = async (args: string[], dir: string) => JSON.parse((await cli(['--print-config', 'design.md', ...args], dir)).out) as { inlineConfig: boolean; rubric: string };

  it('a configuration file whose "inlineConfig" and "noInlineConfig" disagree is refused (exit 2)', async () => {
    const dir = make({ 'design.md': good, '.mlsd-lint.json': JSON.stringify({ inlineConfig: false, noInlineConfig: false }) });
    const r = await cli(['design.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"inlineConfig" and "noInlineConfig" disagree: keep one');
  });

  it('--print-config says inline comments do not apply under a rubric that locks grading (--rubric or the configuration\'s)', async () => {
    const dir = make({ 'design.md': silenced, 'locked.json': JSON.stringify({ ...rubric, id: 'locked', inlineConfig: false }) });
    expect((await printed([], dir)).inlineConfig).toBe(true);
    expect(await printed(['--rubric', 'locked.json'], dir)).toMatchObject({ inlineConfig: false, rubric: 'locked.json' });
    expect(await printed(['--rubric', 'interview'], dir)).toMatchObject({ inlineConfig: true });
    const configured = make({ 'design.md': silenced, 'locked.json': JSON.stringify({ ...rubric, id: 'locked', inlineConfig: false }), '.mlsd-lint.json': JSON.stringify({ rubric: './locked.json' }) });
    expect((await printed([], configured)).inlineConfig).toBe(false);
    // and the lint agrees: the comment silences nothing under the locked rubric
    const suppressions = async (d: string) => (JSON.parse((await cli(['design.md', '-f', 'json'], d)).out) as { files: Array<{ suppressions?: unknown[] }> }).files[0]!.suppressions ?? [];
    expect(await suppressions(dir)).toHaveLength(1);
    expect(await suppressions(configured)).toEqual([]);
  });
});
