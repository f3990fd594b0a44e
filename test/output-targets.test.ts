/**
 * --output against what a pull request can commit at the target (issue 14,
 * F1): nothing but a regular file is ever replaced. A character device or a
 * FIFO is written in place, a folder, a socket or a broken link is refused
 * (exit 2) before linting, a symbolic link is followed to the real file,
 * and temporary files never outlive the run (signals) or a killed run (the
 * next run removes them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/run.js';
import { memoryIo } from './helpers/io.js';
import { removeStaleTemporaries, temporaryOwner, temporaryPath } from '../src/cli/output.js';
import type { Report } from '../src/core/report.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const distOutput = new URL('../dist/src/cli/output.js', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
let dir: string;
let doc: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-output-'));
  doc = join(dir, 'design.md');
  writeFileSync(doc, good);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lintTo(target: string): Promise<{ code: number; err: string; out: string }> {
  const s = memoryIo(dir);
  const code = await run([doc, '-f', 'json', '-o', target], s);
  return { code, err: s.err, out: s.out };
}

describe('character devices and FIFOs are written in place', () => {
  it.skipIf(!isRoot)('a device node (as root) stays the device node', async () => {
    const node = join(dir, 'null-device');
    execFileSync('mknod', [node, 'c', '1', '3']);
    const before = statSync(node);
    expect(await lintTo(node)).toMatchObject({ code: 0, err: '' });
    const after = lstatSync(node);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(after.ino).toBe(before.ino);
  });

  it.skipIf(!isRoot)('a full device is a clear write error, exit 2, and stays a device', async () => {
    const node = join(dir, 'full-device');
    execFileSync('mknod', [node, 'c', '1', '7']);
    const r = await lintTo(node);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mlsd-lint: cannot write ${node}: no space left on the device\n`);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it('a FIFO without a reader is an error at once, never a wait, and stays a FIFO', async () => {
    const fifo = join(dir, 'lonely.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await lintTo(fifo);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mlsd-lint: cannot write ${fifo}: a named pipe (FIFO) with no reader\n`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a FIFO with a reader receives the whole report', async () => {
    const fifo = join(dir, 'read.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const done = new Promise((resolve) => reader.on('close', resolve));
    // wait until cat has the FIFO open for reading
    for (let i = 0; i < 200 && !existsSync(`/proc/${reader.pid}/fd/3`); i++) await new Promise((r) => setTimeout(r, 10));
    expect((await lintTo(fifo)).code).toBe(0);
    await done;
    expect((JSON.parse(received) as Report).files).toHaveLength(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o /dev/stdout writes to standard output', async () => {
    const r = await lintTo('/dev/stdout');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Report).files).toHaveLength(1);
  });
});

describe('refused before linting, with exit 2 and nothing written', () => {
  let server: Server;
  const socket = (): string => join(dir, 'report.sock');
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(socket(), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['a socket', () => socket(), 'is a socket, not a file'],
    ['a broken symbolic link', () => {
      const link = join(dir, 'dangling.json');
      symlinkSync(join(dir, 'nowhere', 'x.json'), link);
      return link;
    }, 'is a broken symbolic link (its target does not exist)'],
    ['a folder', () => dir, 'is a folder'],
  ])('%s', async (_name, make, reason) => {
    const target = make();
    const r = await lintTo(target);
    expect(r).toEqual({ code: 2, out: '', err: `mlsd-lint: refusing to write the report to ${target}: ${reason}\n` });
  });

  it('the socket and the link are still what they were', () => {
    expect(lstatSync(socket()).isSocket()).toBe(true);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
  });
});

describe('symbolic links and temporary files', () => {
  it('a link to a regular file: the link stays, the real file gets the report', async () => {
    const folder = mkdtempSync(join(dir, 'link-'));
    const real = join(folder, 'real.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', join(folder, 'report.json'));
    expect((await lintTo(join(folder, 'report.json'))).code).toBe(0);
    expect(readlinkSync(join(folder, 'report.json'))).toBe('real.json');
    expect((JSON.parse(readFileSync(real, 'utf8')) as Report).files).toHaveLength(1);
    expect(readdirSync(folder).sort()).toEqual(['real.json', 'report.json']);
  });

  it('temporary names carry their owner, and a later run removes those of a dead run only', async () => {
    const folder = mkdtempSync(join(dir, 'stale-'));
    const target = join(folder, 'report.json');
    const mine = temporaryPath(target);
    expect(temporaryOwner(mine.slice(folder.length + 1), target)).toBe(process.pid);
    // a pid that does not exist (above the kernel's pid_max) and pid 1, which always does
    const dead = join(folder, '.report.json.mlsd-lint-99999999-abc123.tmp');
    const alive = join(folder, '.report.json.mlsd-lint-1-abc123.tmp');
    const other = join(folder, '.other.json.mlsd-lint-99999999-abc123.tmp');
    for (const f of [dead, alive, other]) writeFileSync(f, 'x'.repeat(1000));
    expect((await lintTo(target)).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['.other.json.mlsd-lint-99999999-abc123.tmp', '.report.json.mlsd-lint-1-abc123.tmp', 'report.json']);
    expect(removeStaleTemporaries(join(folder, 'other.json'))).toEqual(['.other.json.mlsd-lint-99999999-abc123.tmp']);
  });

  it.skipIf(!existsSync(distOutput))('SIGTERM during the write: the report is whole, no temporary file, and the process still dies of the signal', () => {
    const folder = mkdtempSync(join(dir, 'signal-'));
    const target = join(folder, 'report.json');
    writeFileSync(target, 'the previous report');
    // the write itself sends the signal half way through
    const script = `
      import * as fs from 'node:fs';
      import { writeReport } from ${JSON.stringify(distOutput)};
      let sent = false;
      const writeSync = (fd, bytes, offset, length) => {
        if (!sent) { sent = true; process.kill(process.pid, 'SIGTERM'); return fs.writeSync(fd, bytes, offset, 10); }
        return fs.writeSync(fd, bytes, offset, length);
      };
      writeReport(${JSON.stringify(target)}, JSON.stringify({ files: [] }) + ' '.repeat(100000), { ...fs, writeSync });
      setTimeout(() => {}, 2000);
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20000 });
    expect(child.signal).toBe('SIGTERM');
    expect(readdirSync(folder)).toEqual(['report.json']);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual({ files: [] });
  });

  it('a new report in a new path is created, never replacing a file created meanwhile', async () => {
    const folder = mkdtempSync(join(dir, 'new-'));
    mkdirSync(join(folder, 'sub'));
    const target = join(folder, 'sub', 'r.json');
    expect((await lintTo(target)).code).toBe(0);
    expect(readdirSync(join(folder, 'sub'))).toEqual(['r.json']);
  });
});
