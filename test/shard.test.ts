/** --shard i/n (issue 13): a stable split of the documents by path for CI matrices. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inShard, parseShard, shardOf } from '../src/cli/shard.js';
import { cli, jsonReport, project } from './helpers/cli.js';

const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const NAMES = ['a.md', 'b.md', 'c.md', 'docs/d.md', 'docs/e.md', 'docs/deep/f.md', 'g.md'];

describe('parseShard', () => {
  it('reads i/n with 1 <= i <= n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2 / 2 ')).toEqual({ index: 2, count: 2 });
  });
  it('refuses anything else', () => {
    for (const bad of ['0/2', '3/2', '1/0', '0/0', '-1/2', '1', '1/2/3', 'a/b', '1.5/2', '', '/2', '1/']) expect(parseShard(bad)).toBeNull();
  });
});

describe('shardOf / inShard', () => {
  const items = Array.from({ length: 200 }, (_, i) => ({ path: `docs/answer-${i}.md` }));
  it('puts every document in exactly one shard', () => {
    const shards = [1, 2, 3].map((index) => inShard(items, { index, count: 3 }).map((i) => i.path));
    expect(shards.flat().sort()).toEqual(items.map((i) => i.path).sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(30); // roughly even
  });
  it('is stable: adding documents moves no other document', () => {
    const before = new Map(items.map((i) => [i.path, shardOf(i.path, 4)]));
    const more = [...items.slice(0, 50), { path: 'new-1.md' }, ...items.slice(50), { path: 'zzz/new-2.md' }];
    for (const i of more) if (before.has(i.path)) expect(shardOf(i.path, 4)).toBe(before.get(i.path));
  });
  it('keeps input order within a shard and treats \\ like /', () => {
    const s = inShard(items, { index: 2, count: 3 });
    expect(s).toEqual(items.filter((i) => s.includes(i)));
    expect(shardOf('docs\\a.md', 5)).toBe(shardOf('docs/a.md', 5));
  });
});

describe('mlsd-lint --shard', () => {
  let dir = '';
  let remove = () => {};
  beforeAll(() => {
    ({ dir, remove } = project(Object.fromEntries(NAMES.map((n) => [n, GOOD]))));
  });
  afterAll(() => remove());

  it('the shards of a run lint every document once, and each summary covers its own files', async () => {
    const seen: string[] = [];
    for (const index of [1, 2, 3]) {
      const { code, report } = await jsonReport(['.', '--shard', `${index}/3`], dir);
      expect(code).toBe(0);
      const paths = report.files.map((f) => f.path);
      expect(paths).toEqual(NAMES.filter((n) => shardOf(n, 3) === index).sort());
      expect(report.summary.files).toBe(paths.length);
      expect(report.summary.ranking.map((r) => r.path).sort()).toEqual([...paths].sort());
      seen.push(...paths);
    }
    expect(seen.sort()).toEqual([...NAMES].sort());
  });

  it('1/1 is the whole run', async () => {
    const all = await cli(['.', '-f', 'json'], dir);
    expect((await cli(['.', '-f', 'json', '--shard', '1/1'], dir)).out).toBe(all.out);
  });

  it('a path that does not exist is reported by every shard', async () => {
    for (const index of [1, 2]) {
      const r = await cli(['.', 'missing.md', '--shard', `${index}/2`, '-f', 'json'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain('missing.md: no such file or folder');
    }
  });

  it('a bad shard is a usage error (exit 2) that says what is expected', async () => {
    for (const bad of ['0/2', '3/2', '1/0', 'two', '']) {
      const r = await cli(['.', '--shard', bad], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^mlsd-lint: --shard takes i\/n with 1 <= i <= n, such as 1\/4, not ".*"\nRun "mlsd-lint --help" for usage\.\n$/);
    }
  });
});
