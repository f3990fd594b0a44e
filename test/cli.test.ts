import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, type Io } from '../src/cli/run.js';
import { memoryIo } from './helpers/io.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const weak = '# Feed\n\n- model: a deep neural net\n- must be real-time\n';
let dir: string;

function io(env: Record<string, string | undefined> = {}): Io & { out: string; err: string } {
  return memoryIo(dir, env);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-cli-'));
  writeFileSync(join(dir, 'good.md'), good);
  writeFileSync(join(dir, 'weak.md'), weak);
  mkdirSync(join(dir, 'notes', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'a.markdown'), good);
  writeFileSync(join(dir, 'notes', 'deep', 'b.md'), weak);
  writeFileSync(join(dir, 'notes', 'readme.txt'), 'not markdown');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when no error-severity rule fails', async () => {
    const s = io();
    expect(await run([join(dir, 'good.md')], s)).toBe(0);
    expect(s.out).toContain('no problems');
  });
  it('1 when an error-severity rule fails', async () => {
    expect(await run([join(dir, 'weak.md')], io())).toBe(1);
  });
  it('2 for a missing file, naming it, while the other files are still reported', async () => {
    const s = io();
    const code = await run([join(dir, 'missing.md'), join(dir, 'good.md'), '--format', 'json'], s);
    expect(code).toBe(2);
    expect(s.err).toContain('missing.md: no such file');
    const report = JSON.parse(s.out);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'good.md')]);
    expect(report.summary.unreadable[0].path).toContain('missing.md');
  });
  it('2 for a usage error, without a stack trace', async () => {
    const s = io();
    expect(await run(['--no-such-option'], s)).toBe(2);
    expect(s.err).toMatch(/^mlsd-lint: .*no-such-option/);
    expect(s.err).not.toMatch(/\bat .*\.js:\d+/);
    expect(await run(['--format', 'xml', 'x.md'], io())).toBe(2);
  });
});

describe('inputs', () => {
  it('walks folders for *.md and *.markdown only', async () => {
    const s = io();
    await run([join(dir, 'notes'), '-f', 'json'], s);
    const paths = JSON.parse(s.out).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([join(dir, 'notes', 'a.markdown'), join(dir, 'notes', 'deep', 'b.md')]);
  });
  it('expands globs relative to the working folder', async () => {
    const s = io();
    await run(['notes/**/*.md', '-f', 'json'], s);
    expect(JSON.parse(s.out).files.map((f: { path: string }) => f.path)).toEqual(['notes/deep/b.md']);
  });
  it('says when a glob matches nothing', async () => {
    const s = io();
    expect(await run(['nothing/**/*.md'], s)).toBe(2);
    expect(s.err).toContain('no files match');
  });
});

describe('formats and options', () => {
  it('json lists every rule for every file with a score', async () => {
    const s = io();
    await run([join(dir, 'good.md'), join(dir, 'weak.md'), '-f', 'json'], s);
    const report = JSON.parse(s.out);
    expect(report.files).toHaveLength(2);
    for (const f of report.files) {
      expect(f.results).toHaveLength(31);
      expect(f.score.total).toBeGreaterThanOrEqual(0);
      expect(Object.keys(f.score.phases)).toEqual(['clarify', 'data', 'model', 'production']);
    }
    expect(report.summary.files).toBe(2);
  });
  it('--quiet keeps only errors', async () => {
    const s = io();
    await run([join(dir, 'weak.md'), '--quiet'], s);
    expect(s.out).toContain('error');
    expect(s.out).not.toContain('warn ');
    expect(s.out).not.toContain('✓ ml-task');
  });
  it('--output writes the report to a file', async () => {
    const target = join(dir, 'report.json');
    const s = io();
    await run([join(dir, 'good.md'), '-f', 'json', '-o', target], s);
    expect(s.out).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8')).files).toHaveLength(1);
  });
  it('colours only when asked or on a terminal, and honours NO_COLOR', async () => {
    const plain = io();
    await run([join(dir, 'weak.md')], plain);
    expect(plain.out).not.toContain('\u001b[');
    const forced = io();
    await run([join(dir, 'weak.md'), '--color'], forced);
    expect(forced.out).toContain('\u001b[');
    const tty = { ...io({ NO_COLOR: '1' }), isTTY: true };
    await run([join(dir, 'weak.md')], tty);
  });
  it('--version and --help', async () => {
    const v = io();
    expect(await run(['--version'], v)).toBe(0);
    expect(v.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const h = io();
    expect(await run(['--help'], h)).toBe(0);
    expect(h.out).toContain('Exit codes');
  });
  it('rules lists the catalog and explain prints a rule doc', async () => {
    const r = io();
    await run(['rules'], r);
    expect(r.out.trim().split('\n')).toHaveLength(31);
    const e = io();
    expect(await run(['explain', 'baseline-proposed'], e)).toBe(0);
    expect(e.out).toContain('# baseline-proposed');
    expect(await run(['explain', 'nope'], io())).toBe(2);
  });
});

describe('rubric from configuration', () => {
  it('uses the rubric a configuration names, unless --rubric says otherwise', async () => {
    const sub = join(dir, 'graded');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'design.md'), good);
    writeFileSync(join(sub, '.mlsd-lint.json'), JSON.stringify({ rubric: 'design-review' }));
    const fromConfig = io();
    await run([join(sub, 'design.md'), '-f', 'json'], fromConfig);
    expect(JSON.parse(fromConfig.out).files[0].score.rubric).toBe('design-review');
    const fromFlag = io();
    await run([join(sub, 'design.md'), '-f', 'json', '--rubric', 'interview'], fromFlag);
    expect(JSON.parse(fromFlag.out).files[0].score.rubric).toBe('interview');
    writeFileSync(join(sub, '.mlsd-lint.json'), JSON.stringify({ rubric: 'no-such-rubric' }));
    const bad = io();
    expect(await run([join(sub, 'design.md')], bad)).toBe(2);
    expect(bad.err).toContain('no-such-rubric');
  });
});

describe('the installed command', () => {
  const bin = new URL('../dist/src/cli/main.js', import.meta.url);
  it.skipIf(!existsSync(bin))('reads standard input with "-"', () => {
    const res = spawnSync(process.execPath, [bin.pathname, '-', '--format', 'json'], { input: weak, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(JSON.parse(res.stdout).files[0].path).toBe('<stdin>');
  });
});
