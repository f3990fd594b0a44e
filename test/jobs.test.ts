/**
 * --jobs N (issue 13): a pool of worker lanes whose report is byte-identical
 * to --jobs 1 (the main thread, no worker) and in input order, with the
 * per-file time limit holding in the pool and in the main thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { inLanes, laneCount } from '../src/cli/lanes.js';
import { cli } from './helpers/cli.js';
import type { Report } from '../src/core/report.js';

const bin = new URL('../dist/src/cli/main.js', import.meta.url).pathname;
const built = existsSync(bin);
const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
/** Each line nests one level deeper: micromark's cost grows with the square of the depth (minutes at 1,000). */
const STAIRCASE = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-jobs-'));
  // the labelled fixtures: varied documents, some failing, some with inline comments
  cpSync(new URL('../fixtures/heldout/', import.meta.url), join(dir, 'heldout'), { recursive: true });
  cpSync(new URL('../fixtures/blind-2/', import.meta.url), join(dir, 'blind-2'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mlsd(args: string[], timeout = 240_000) {
  const res = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: '1' } });
  expect(res.error).toBeUndefined();
  return res;
}

describe('lanes', () => {
  it('never more lanes than documents, at least one', () => {
    expect(laneCount(4, 2)).toBe(2);
    expect(laneCount(2, 100)).toBe(2);
    expect(laneCount(3, 0)).toBe(1);
    expect(laneCount(undefined, 1)).toBe(1);
  });
  it('by default one lane per core, but a handful of documents stays in the main thread', () => {
    expect(laneCount(undefined, 7, 4)).toBe(1);
    expect(laneCount(undefined, 16, 4)).toBe(2);
    expect(laneCount(undefined, 1000, 4)).toBe(4);
    expect(laneCount(undefined, 1000, 1)).toBe(1);
    expect(laneCount(2, 3, 1)).toBe(2); // --jobs is taken as asked
  });
  it('runs every item once, at most `lanes` at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inLanes([...Array(20).keys()], 3, async (item, index, lane) => {
      expect(item).toBe(index);
      expect(lane).toBeLessThan(3);
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, (item * 7) % 5));
      running--;
      done.push(item);
    });
    expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(most).toBe(3);
  });
});

describe('--jobs on the command line', () => {
  it('a bad value is a usage error (exit 2)', async () => {
    for (const bad of ['0', '-1', 'two', '1.5', '']) {
      const r = await cli(['.', '--jobs', bad], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^mlsd-lint: (--jobs takes a whole number of documents linted at once \(1 or more\), not ".*"|Option '--jobs' argument is ambiguous.*)\nRun "mlsd-lint --help" for usage\.\n$/);
    }
  });

  it('--jobs 1 keeps the time limit in the main thread: the runaway is stopped, the next file is linted', async () => {
    writeFileSync(join(dir, 'stair.md'), STAIRCASE);
    writeFileSync(join(dir, 'good.md'), GOOD);
    const r = await cli(['stair.md', 'good.md', '--jobs', '1', '--timeout', '1500ms', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mlsd-lint: stair.md: linting took longer than 1.5 s (--timeout): stopped\n');
    const report = JSON.parse(r.out) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['good.md']);
    expect(report.summary.unreadable).toEqual([{ path: 'stair.md', reason: 'linting took longer than 1.5 s (--timeout): stopped' }]);
  }, 60_000);
});

describe.skipIf(!built)('installed command: --jobs 2 against --jobs 1', () => {
  for (const format of ['json', 'stylish']) {
    it(`-f ${format}: the same bytes, in input order`, () => {
      const one = mlsd(['heldout', 'blind-2', '-f', format, '--jobs', '1']);
      const two = mlsd(['heldout', 'blind-2', '-f', format, '--jobs', '2']);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.status).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
    }, 240_000);
  }

  it('the time limit holds in the pool: the runaway worker is terminated and replaced, every other file is reported', () => {
    writeFileSync(join(dir, 'stair.md'), STAIRCASE);
    writeFileSync(join(dir, 'good.md'), GOOD);
    writeFileSync(join(dir, 'good2.md'), GOOD);
    writeFileSync(join(dir, 'good3.md'), GOOD);
    // 5 s: ample for a good file on a loaded machine, far short of the staircase's minutes
    const res = mlsd(['good.md', 'stair.md', 'good2.md', 'good3.md', '--jobs', '2', '--timeout', '5s', '-f', 'json'], 120_000);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('mlsd-lint: stair.md: linting took longer than 5 s (--timeout): stopped\n');
    const report = JSON.parse(res.stdout) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['good.md', 'good2.md', 'good3.md']);
    expect(new Set(report.files.map((f) => JSON.stringify(f.results))).size).toBe(1);
  }, 130_000);
});
