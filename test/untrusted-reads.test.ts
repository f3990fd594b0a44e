/**
 * Every file the tool reads besides documents is attacker-controlled in CI
 * (issue 14, F2 and "extends"): configurations, `.mlsd-lintignore`,
 * `extends` targets, `--config`, `--rubric`. Each is opened once, checked to
 * be a regular file and read with a byte bound: a device, a FIFO or a huge
 * file is one clear error naming it, exit 2, at once (the bound below is
 * generous: before the fix /dev/zero ran until memory ran out and a FIFO
 * hung forever). `extends` and a configuration's rubric stay inside the
 * project, and no error quotes a foreign file's content.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, jsonReport, scratchProjects } from './helpers/cli.js';
import { readSmallFileSync } from '../src/cli/bounded-read.js';

const WEAK = '# Feed\n\n- model: a deep neural net\n- must be real-time\n';
const LATENCY = 'latency-constraint-stated';
const json = (data: unknown) => JSON.stringify(data);

const tree = scratchProjects();

/** Run and time it; the bound is far above a normal run (well under a second) and far below a hang. */
async function timed(args: string[], cwd: string) {
  const start = performance.now();
  const r = await cli(args, cwd);
  const ms = performance.now() - start;
  expect(ms).toBeLessThan(5000);
  return r;
}

describe('non-regular files where a small file is expected: one clear error, exit 2, at once', () => {
  it('.mlsd-lint.json -> /dev/zero', async () => {
    const dir = tree({ 'doc.md': WEAK });
    symlinkSync('/dev/zero', join(dir, '.mlsd-lint.json'));
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mlsd-lint: .mlsd-lint.json: cannot read: a device, not a file\n');
    expect(r.err).toContain('mlsd-lint: doc.md: not linted: invalid configuration .mlsd-lint.json\n');
  });

  it('.mlsd-lintignore as a FIFO (never waits for a writer)', async () => {
    const dir = tree({ 'doc.md': WEAK });
    execFileSync('mkfifo', [join(dir, '.mlsd-lintignore')]);
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mlsd-lint: .mlsd-lintignore: cannot read: a named pipe (FIFO), not a file\n');
    expect(r.err).toContain('mlsd-lint: doc.md: not linted: invalid configuration .mlsd-lintignore\n');
  });

  it('an extends target that is a FIFO', async () => {
    const dir = tree({ '.mlsd-lint.json': json({ extends: './base.json' }), 'doc.md': WEAK });
    execFileSync('mkfifo', [join(dir, 'base.json')]);
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot extend "./base.json": base.json: cannot read: a named pipe (FIFO), not a file');
  });

  it('--config /dev/zero and --config a FIFO', async () => {
    const dir = tree({ 'doc.md': WEAK });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const zero = await timed(['--config', '/dev/zero', 'doc.md'], dir);
    expect(zero).toEqual({ code: 2, out: '', err: 'mlsd-lint: /dev/zero: cannot read: a device, not a file\n' });
    const fifo = await timed(['--config', 'fifo.json', 'doc.md'], dir);
    expect(fifo).toEqual({ code: 2, out: '', err: 'mlsd-lint: fifo.json: cannot read: a named pipe (FIFO), not a file\n' });
  });

  it('--rubric /dev/zero and --rubric a FIFO', async () => {
    const dir = tree({ 'doc.md': WEAK });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    expect(await timed(['--rubric', '/dev/zero', 'doc.md'], dir)).toEqual({ code: 2, out: '', err: 'mlsd-lint: rubric /dev/zero: a device, not a file\n' });
    expect(await timed(['--rubric', 'fifo.json', 'doc.md'], dir)).toEqual({
      code: 2,
      out: '',
      err: 'mlsd-lint: rubric fifo.json: a named pipe (FIFO), not a file\n',
    });
  });

  it('a configuration over 1 MiB is refused without reading it whole', async () => {
    const dir = tree({ 'doc.md': WEAK, '.mlsd-lint.json': `{"rules": {}}${' '.repeat(2 * 1024 * 1024)}` });
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mlsd-lint: .mlsd-lint.json: cannot read: larger than the 1 MB limit for this file\n');
  });
});

describe('readSmallFileSync', () => {
  it('reads a regular file whole, drops a byte order mark, and stops one byte past the bound', () => {
    const dir = tree({ 'a.txt': '\uFEFFhello', 'big.txt': 'x'.repeat(100) });
    expect(readSmallFileSync(join(dir, 'a.txt'), String)).toEqual({ ok: true, text: 'hello' });
    expect(readSmallFileSync(join(dir, 'big.txt'), String, 100)).toEqual({ ok: true, text: 'x'.repeat(100) });
    expect(readSmallFileSync(join(dir, 'big.txt'), String, 99)).toMatchObject({ ok: false, code: 'ETOOBIG' });
    expect(readSmallFileSync('/dev/zero', String, 99)).toMatchObject({ ok: false, code: 'ENOTREG', reason: 'a device, not a file' });
    expect(readSmallFileSync(join(dir, 'missing'), () => 'gone')).toEqual({ ok: false, code: 'ENOENT', reason: 'gone' });
  });
});

describe('extends and rubrics stay in the project', () => {
  it('extends "../../../../etc/passwd" is refused without reading it, and nothing of it is echoed', async () => {
    const dir = tree({ 'a/b/.mlsd-lint.json': json({ extends: '../../../../../../../../etc/passwd' }), 'a/b/doc.md': WEAK });
    const r = await timed(['a/b/doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a/b/.mlsd-lint.json: /extends: cannot extend "../../../../../../../../etc/passwd": outside the project');
    expect(r.err).not.toMatch(/root:|nologin|\/bin\/(ba)?sh/);
  });

  it('a symbolic link inside the project that points outside it is refused too', async () => {
    const outside = tree({ 'base.json': json({ rules: { [LATENCY]: 'off' } }) });
    const dir = tree({ '.mlsd-lint.json': json({ extends: './base.json' }), 'doc.md': WEAK });
    symlinkSync(join(outside, 'base.json'), join(dir, 'base.json'));
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot extend "./base.json": outside the project');
  });

  it('extends reaches anywhere in the repository (up to the folder holding .git)', async () => {
    const dir = tree({
      'repo/team/base.json': json({ rules: { [LATENCY]: 'off' } }),
      'repo/designs/.mlsd-lint.json': json({ extends: '../team/base.json' }),
      'repo/designs/doc.md': WEAK,
    });
    mkdirSync(join(dir, 'repo', '.git'));
    // run from inside the designs folder: the repository root, not the working folder, bounds extends
    const { code, report, err } = await jsonReport(['doc.md'], join(dir, 'repo', 'designs'));
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(report.files[0]!.results.find((r) => r.rule === LATENCY)).toBeUndefined();
  });

  it('a configuration cannot name a rubric file outside the project; --rubric can', async () => {
    const outside = tree({ 'r.json': '{}' });
    const dir = tree({ '.mlsd-lint.json': json({ rubric: join(outside, 'r.json') }), 'doc.md': WEAK });
    const r = await timed(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('outside the project: a configuration can name a rubric file inside its repository only');
    const explicit = await timed(['--rubric', join(outside, 'r.json'), 'doc.md'], dir);
    expect(explicit.err).not.toContain('outside the project');
  });

  it('a rubric that is not JSON is reported by position, never by its text', async () => {
    const dir = tree({ 'doc.md': WEAK, 'r.json': 'root:x:0:0:root:/root:/bin/bash\n' });
    const r = await timed(['--rubric', 'r.json', 'doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^mlsd-lint: rubric r\.json: not valid JSON( \(at character \d+\))?\n$/);
  });
});

describe('configuration problems are printed terminal-safe', () => {
  it('a rule id with an escape sequence in --config', async () => {
    const dir = tree({ 'doc.md': WEAK, 'c.json': json({ rules: { 'x\u001b[2Jy': 'off' } }) });
    const r = await timed(['--config', 'c.json', 'doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('x\\u{1b}[2Jy');
  });
});
