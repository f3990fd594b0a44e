/**
 * Issue 15, item 5: the summary tells the truth. A run that exits 1 or 2
 * never ends on a green tick; "1 warning", "no files linted"; --quiet keeps
 * the score; stylish lists problems first and passes only with --verbose;
 * quoted evidence is cut to the terminal's width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, scratchProjects } from './helpers/cli.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
// without its line 35 the design fails one rule, heuristic-baseline-compared (a warning), and scores 97
const oneWarning = good.split('\n').filter((_, i) => i !== 34).join('\n');
const weak = '# Feed\n\nWe frame this as ranking. We rank posts with a deep neural network trained on clicks.\n';
const make = scratchProjects();
const last = (out: string) => out.trimEnd().split('\n').at(-1)!;

describe('the tally', () => {
  it('exit 0: a green tick', async () => {
    const r = await cli(['good.md'], make({ 'good.md': good }));
    expect(r.code).toBe(0);
    expect(last(r.out)).toBe('✓ no problems in 1 file');
  });

  it('exit 1 from --min-score with no failing error: a cross naming the gate', async () => {
    const r = await cli(['one.md', '--min-score', '99'], make({ 'one.md': oneWarning }));
    expect(r.code).toBe(1);
    expect(last(r.out)).toBe('✗ 1 warning in 1 file, 1 file below --min-score 99 (exit 1)');
  });

  it('exit 1 from --max-warnings: a cross, and "1 warning" on stderr', async () => {
    const r = await cli(['one.md', '--max-warnings', '0'], make({ 'one.md': oneWarning }));
    expect(r.code).toBe(1);
    expect(last(r.out)).toMatch(/^✗ 1 warning in 1 file, more than --max-warnings 0/);
    expect(r.err).toContain('mlsd-lint: 1 warning, more than --max-warnings 0');
  });

  it('exit 2 (an unreadable input, an invalid comment): never a tick', async () => {
    const dir = make({ 'good.md': good, 'bin.md': 'a\u0000b', 'bad.md': `${good}\n<!-- mlsd-lint disabel x -->\n` });
    for (const args of [['good.md', 'bin.md'], ['bad.md']]) {
      const r = await cli(args, dir);
      expect(r.code).toBe(2);
      expect(last(r.out)).toMatch(/^✗ /);
      expect(last(r.out)).toContain('(exit 2)');
    }
  });

  it('no files linted says so (not "0 files")', async () => {
    const dir = make({ 'a.md': good, '.mlsd-lintignore': 'a.md\n' });
    const r = await cli(['.'], dir);
    expect(last(r.out)).toMatch(/no files linted/);
    expect(r.out).not.toContain('0 files');
  });
});

describe('problems first, passes with --verbose', () => {
  it('by default a file shows its failures and a count of the rest, not every pass', async () => {
    const dir = make({ 'weak.md': weak, 'good.md': good });
    const { out } = await cli(['weak.md', 'good.md'], dir);
    expect(out).not.toMatch(/^ {4}✓ /m);
    expect(out).toMatch(/^ {2}✓ 31 passed \(--verbose lists them\)$/m);
    expect(out).toMatch(/^ {4}✗ baseline-proposed /m);
  });

  it('--verbose lists the passes too, after every problem of the file', async () => {
    const { out } = await cli(['weak.md', '--verbose'], make({ 'weak.md': weak }));
    const lines = out.split('\n');
    const firstPass = lines.findIndex((l) => /^ {4}[✓-] /.test(l));
    const lastProblem = lines.findLastIndex((l) => /^ {4}[✗!] /.test(l));
    expect(firstPass).toBeGreaterThan(lastProblem);
    expect(lines.filter((l) => /^ {4}✓ /.test(l)).length).toBeGreaterThan(0);
  });

  it('--quiet keeps the score block and hides warnings', async () => {
    const { out } = await cli(['one.md', '--quiet'], make({ 'one.md': oneWarning }));
    expect(out).toContain('score 97/100');
    expect(out).not.toMatch(/^ {4}! heuristic-baseline-compared/m); // the warning line (the fixes may still name it)
  });
});

describe('evidence cut to the terminal width', () => {
  const passLines = (out: string) => out.split('\n').filter((l) => /^ {4}✓ /.test(l));

  it('on a terminal: no pass line wider than its columns; a wide terminal shows more than 70 characters of a quote', async () => {
    const dir = make({ 'good.md': good });
    const narrow = await cli(['good.md', '--verbose', '--no-color'], dir, { isTTY: true, columns: 80 });
    expect(passLines(narrow.out).length).toBe(31);
    for (const l of passLines(narrow.out)) expect(l.length).toBeLessThanOrEqual(80);
    const wide = await cli(['good.md', '--verbose', '--no-color'], dir, { isTTY: true, columns: 300 });
    const quote = (l: string) => l.replace(/^ {4}✓ \S+ +\d+:\d+ +/, '');
    expect(Math.max(...passLines(wide.out).map((l) => quote(l).length))).toBeGreaterThan(70);
  });

  it('not a terminal: 120 columns', async () => {
    const { out } = await cli(['good.md', '--verbose'], make({ 'good.md': good }), { isTTY: false, columns: 300 });
    for (const l of passLines(out)) expect(l.length).toBeLessThanOrEqual(120);
    expect(Math.max(...passLines(out).map((l) => l.length))).toBeGreaterThan(100);
  });
});
