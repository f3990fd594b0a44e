/**
 * Files that are not text, limits, and output safety (issue 6). Each bad
 * input is one line on stderr naming the file and the reason, the exit code
 * is 2, and the other files are still linted and reported in full.
 *
 * In process (from the TypeScript sources) files are linted without the
 * worker; the tests marked "installed command" run the built binary, where
 * the time limit is enforced by a worker thread.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, type Io } from '../src/cli/run.js';
import { memoryIo } from './helpers/io.js';
import { readDocument } from '../src/cli/read.js';
import { writeFileAtomic, type WriteFs } from '../src/cli/output.js';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import type { Report } from '../src/core/report.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const bin = new URL('../dist/src/cli/main.js', import.meta.url).pathname;
const built = existsSync(bin);
let dir: string;

function io(): Io & { out: string; err: string } {
  return memoryIo(dir);
}

/** Run in process with JSON output; the report, stderr lines and exit code. */
async function lintFiles(...args: string[]): Promise<{ code: number; report: Report; errors: string[] }> {
  const s = io();
  const code = await run([...args, '-f', 'json'], s);
  return { code, report: JSON.parse(s.out) as Report, errors: s.err.trim().split('\n').filter(Boolean) };
}

/** The good document is reported in full: every rule, same results as a direct lint. */
function expectGoodReported(report: Report, path: string): void {
  const file = report.files.find((f) => f.path === path);
  expect(file, `${path} reported`).toBeDefined();
  expect(file!.results).toHaveLength(rules.length);
  const direct = lint(good, { path });
  expect(file!.results).toEqual(direct.results);
  expect(file!.score).toEqual(direct.score);
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-hostile-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
  write('good.md', good);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bar: a folder with a binary, an invalid-UTF-8 and a 20 MB file beside a design document', () => {
  let folder: string;
  beforeAll(() => {
    folder = join(dir, 'bar');
    mkdirSync(folder);
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 131) % 256; // NUL bytes and everything else
    writeFileSync(join(folder, 'binary.md'), binary);
    writeFileSync(join(folder, 'latin1.md'), Buffer.from('# Caf\xe9 design\n\nWe train a model.\n', 'latin1'));
    writeFileSync(join(folder, 'huge.md'), Buffer.alloc(20 * 1024 * 1024, 'We train a model. '));
    writeFileSync(join(folder, 'design.md'), good);
  });

  const expectBar = (code: number, report: Report, errors: string[], prefix: string): void => {
    expect(code).toBe(2);
    expect(errors).toEqual([
      `mlsd-lint: ${prefix}binary.md: binary file (contains NUL bytes), not Markdown text`,
      `mlsd-lint: ${prefix}huge.md: 20 MB, over the 10 MB size limit (--max-size)`,
      `mlsd-lint: ${prefix}latin1.md: not valid UTF-8 text`,
    ]);
    expect(report.files.map((f) => f.path)).toEqual([`${prefix}design.md`]);
    expectGoodReported(report, `${prefix}design.md`);
    expect(report.summary.unreadable.map((u) => u.path)).toEqual([`${prefix}binary.md`, `${prefix}huge.md`, `${prefix}latin1.md`]);
  };

  it('in process: exit 2, each bad file named on stderr, the design reported in full', async () => {
    const { code, report, errors } = await lintFiles('bar');
    expectBar(code, report, errors, 'bar/');
  });

  it.skipIf(!built)('installed command (worker): the same', () => {
    const res = spawnSync(process.execPath, [bin, 'bar', '-f', 'json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expectBar(res.status!, JSON.parse(res.stdout) as Report, res.stderr.trim().split('\n'), 'bar/');
  });
});

describe('each kind of file that is not text: one line naming it, exit 2, the others reported', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['binary (NUL bytes)', () => write('nul.md', '# Title\n\nabc\u0000def\n'), /nul\.md: binary file \(contains NUL bytes\)/],
    ['invalid UTF-8', () => write('bad-utf8.md', Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a])), /bad-utf8\.md: not valid UTF-8 text$/],
    ['UTF-16', () => write('utf16.md', Buffer.from('\ufeff# Title\n', 'utf16le')), /utf16\.md: UTF-16 text, not UTF-8 \(save it as UTF-8\)$/],
    ['a folder given as a file, with no Markdown in it', () => (mkdirSync(join(dir, 'folder.md'), { recursive: true }), join(dir, 'folder.md')), /folder\.md: no Markdown files/],
    ['a broken symbolic link', () => (symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md')), join(dir, 'broken.md')), /broken\.md: broken symbolic link \(its target does not exist\)$/],
    ['a missing file', () => join(dir, 'missing.md'), /missing\.md: no such file/],
    ['a file under a file', () => join(dir, 'good.md', 'x.md'), /x\.md: no such file/],
  ];
  for (const [name, make, reason] of cases) {
    it(name, async () => {
      const bad = make();
      const { code, report, errors } = await lintFiles(bad, join(dir, 'good.md'));
      expect(code).toBe(2);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^mlsd-lint: .*${reason.source}`));
      expectGoodReported(report, join(dir, 'good.md'));
    });
  }

  it.skipIf(process.platform === 'win32')('a FIFO: refused without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.md');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    const { code, report, errors } = await lintFiles(fifo, join(dir, 'good.md'));
    expect(code).toBe(2);
    expect(errors).toEqual([`mlsd-lint: ${fifo}: a named pipe (FIFO), not a file`]);
    expectGoodReported(report, join(dir, 'good.md'));
  });

  it('a folder read as a document', async () => {
    expect(await readDocument(dir)).toEqual({ ok: false, reason: 'is a folder, not a file' });
  });

  it('file names with control characters are shown escaped on stderr', async () => {
    const evil = write('evil\u001b[2J\nname.md', '\u0000');
    const { errors } = await lintFiles(evil);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('evil\\u{1b}[2J\\u{a}name.md');
  });
});

describe('unreadable permissions', () => {
  const root = process.getuid?.() === 0;
  // root reads any file whatever its mode: run the installed command as "nobody" instead
  const asNobody = root && built && spawnSync(process.execPath, ['-e', ''], { uid: 65534, gid: 65534 }).status === 0;
  const reason = !built ? 'the command is not built' : 'running as root and cannot switch to an unprivileged user';
  it.skipIf(root ? !asNobody : false)(`a file without read permission${root && !asNobody ? ` (skipped: ${reason})` : ''}`, async () => {
    const secret = write('secret.md', good);
    chmodSync(secret, 0o000);
    chmodSync(join(dir, 'good.md'), 0o644);
    let code: number;
    let report: Report;
    let errors: string[];
    if (asNobody) {
      const res = spawnSync(process.execPath, [bin, secret, join(dir, 'good.md'), '-f', 'json'], { uid: 65534, gid: 65534, encoding: 'utf8' });
      [code, report, errors] = [res.status!, JSON.parse(res.stdout) as Report, res.stderr.trim().split('\n')];
    } else {
      ({ code, report, errors } = await lintFiles(secret, join(dir, 'good.md')));
    }
    expect(code).toBe(2);
    expect(errors).toEqual([`mlsd-lint: ${secret}: permission denied`]);
    expectGoodReported(report, join(dir, 'good.md'));
  });
});

describe('--max-size', () => {
  it('refuses a file over the limit and reads one at the limit', async () => {
    const at = write('at-limit.md', `# T\n\n${'x'.repeat(1024 - 5)}`);
    const over = write('over-limit.md', `# T\n\n${'x'.repeat(1024 - 4)}`);
    const { code, report, errors } = await lintFiles(at, over, '--max-size', '1KB');
    expect(code).toBe(2);
    expect(errors).toEqual([`mlsd-lint: ${over}: 1 KB, over the 1 KB size limit (--max-size)`]);
    expect(report.files.map((f) => f.path)).toEqual([at]);
  });
  it.skipIf(!built)('limits standard input too', () => {
    const res = spawnSync(process.execPath, [bin, '-', '--max-size', '100', '-f', 'json'], { input: good, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('mlsd-lint: -: larger than the 100 bytes size limit (--max-size)\n');
  });
  it('bad values are usage errors', async () => {
    for (const args of [['--max-size', 'lots'], ['--max-size', '0'], ['--timeout', 'soon'], ['--timeout=-1']]) {
      const s = io();
      expect(await run([...args, 'good.md'], s)).toBe(2);
      expect(s.err).toMatch(/^mlsd-lint: --(max-size|timeout) takes .*\nRun "mlsd-lint --help" for usage\.\n$/);
    }
    // a value that looks like an option: still one line
    const s = io();
    expect(await run(['--timeout', '-1', 'good.md'], s)).toBe(2);
    expect(s.err).toMatch(/^mlsd-lint: Option '--timeout' argument is ambiguous\.?\nRun "mlsd-lint --help" for usage\.\n$/);
  });
});

describe.skipIf(!built)('installed command: --timeout stops a runaway file, the next file is still linted', () => {
  it('a 1,000-deep list staircase (a minute or more in the Markdown parser) is stopped at the limit', () => {
    // each line nests one level deeper: micromark's cost grows with the square of the depth
    write('stair.md', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'));
    const res = spawnSync(process.execPath, [bin, 'stair.md', 'good.md', '--timeout', '1500ms', '-f', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000, // a hard stop: without the limit this run would not finish in time
    });
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('mlsd-lint: stair.md: linting took longer than 1.5 s (--timeout): stopped\n');
    const report = JSON.parse(res.stdout) as Report;
    expectGoodReported(report, 'good.md');
    expect(report.summary.unreadable).toEqual([{ path: 'stair.md', reason: 'linting took longer than 1.5 s (--timeout): stopped' }]);
  }, 130_000);

  it('reports the same as the in-process lint for ordinary files', async () => {
    const res = spawnSync(process.execPath, [bin, 'good.md', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
    const s = io();
    await run(['good.md', '-f', 'json'], s);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(s.out);
  });
});

describe('--output', () => {
  it('writes the report whole and leaves no temporary file', async () => {
    const out = join(dir, 'out', 'report.json');
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(out, 'an older report');
    expect(await run([join(dir, 'good.md'), '-f', 'json', '-o', out], io())).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).files).toHaveLength(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('refuses to write over an input document, before linting, and leaves it untouched', async () => {
    const input = write('mine.md', good);
    for (const target of [input, 'mine.md']) {
      const s = io();
      expect(await run([input, '-o', target], s)).toBe(2);
      expect(s.err).toBe(`mlsd-lint: refusing to write the report to ${target}: it is the input document ${input}; the report would replace it\n`);
      expect(s.out).toBe('');
      expect(readFileSync(input, 'utf8')).toBe(good);
    }
  });

  it('refuses an input reached through a symbolic link or inside a linted folder', async () => {
    mkdirSync(join(dir, 'docs'), { recursive: true });
    const input = write('docs/a.md', good);
    symlinkSync(input, join(dir, 'link-to-a.md'));
    for (const [args, target] of [[[input], 'link-to-a.md'], [['docs'], 'docs/a.md']] as const) {
      const s = io();
      expect(await run([...args, '-o', target], s)).toBe(2);
      expect(s.err).toMatch(/refusing to write the report to .*: it is the input document/);
      expect(readFileSync(input, 'utf8')).toBe(good);
    }
  });

  describe('an interrupted write leaves the previous report and no temporary file', () => {
    const failure = (code: string): Error => Object.assign(new Error(`simulated ${code}`), { code });
    const failures: Record<string, Partial<WriteFs>> = {
      'the disk fills half way through': {
        writeSync: ((fd: number, bytes: Uint8Array, offset: number) => {
          fs.writeSync(fd, bytes, offset, 10); // part of the report reaches the disk, then the write fails
          throw failure('ENOSPC');
        }) as WriteFs['writeSync'],
      },
      'flushing fails': { fsyncSync: () => { throw failure('EIO'); } },
      'the rename fails': { renameSync: () => { throw failure('EXDEV'); } },
    };
    for (const [name, broken] of Object.entries(failures)) {
      it(name, () => {
        const folder = mkdtempSync(join(dir, 'atomic-'));
        const target = join(folder, 'report.json');
        writeFileSync(target, 'the previous report');
        expect(() => writeFileAtomic(target, '{"files": []}'.repeat(1000), { ...fs, ...broken } as WriteFs)).toThrow(/simulated/);
        expect(readFileSync(target, 'utf8')).toBe('the previous report');
        expect(readdirSync(folder)).toEqual(['report.json']);
      });
    }
  });

  it('says clearly when the target is a folder or its folder is missing', async () => {
    const s = io();
    expect(await run([join(dir, 'good.md'), '-o', dir], s)).toBe(2);
    expect(s.err).toBe(`mlsd-lint: refusing to write the report to ${dir}: is a folder\n`);
    const m = io();
    expect(await run([join(dir, 'good.md'), '-o', join(dir, 'no-such-folder', 'r.json')], m)).toBe(2);
    expect(m.err).toBe(`mlsd-lint: cannot write ${join(dir, 'no-such-folder', 'r.json')}: its folder does not exist\n`);
  });
});
