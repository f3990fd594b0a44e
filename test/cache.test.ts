/**
 * --cache / --cache-location (issue 13): reports of unchanged documents are
 * reused; a changed document, rule setting, rubric or code fingerprint is
 * linted afresh; a corrupt cache is ignored with a warning.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeFingerprint, LintCache, cacheFile } from '../src/cli/cache.js';
import { cli, project } from './helpers/cli.js';
import type { Report } from '../src/core/report.js';

const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const WEAK = '# Design a feed\n\nWe will build a model.\n';

let dir = '';
let remove = () => {};
beforeEach(() => {
  ({ dir, remove } = project({ 'a.md': GOOD, 'b.md': WEAK }));
});
afterEach(() => remove());

const CACHE = () => join(dir, '.mlsd-lintcache');
type CacheFile = { entries: Record<string, { key: string; report: { score: { total: number } } }> };

/** Mark a's cached report so that a run that reuses it shows it. */
function markCached(file = CACHE()): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
  data.entries[join(dir, 'a.md')]!.report.score.total = 7;
  writeFileSync(file, JSON.stringify(data));
}

async function totals(args: string[]): Promise<{ code: number; err: string; totals: Record<string, number> }> {
  const r = await cli([...args, '-f', 'json'], dir);
  const report = JSON.parse(r.out) as Report;
  return { code: r.code, err: r.err, totals: Object.fromEntries(report.files.map((f) => [f.path, f.score.total])) };
}

describe('--cache', () => {
  it('writes .mlsd-lintcache in the working folder; a re-run gives the same report from it', async () => {
    const first = await cli(['a.md', 'b.md', '--cache', '-f', 'json'], dir);
    expect(existsSync(CACHE())).toBe(true);
    const second = await cli(['a.md', 'b.md', '--cache', '-f', 'json'], dir);
    expect(second).toEqual(first);
    markCached();
    expect((await totals(['a.md', 'b.md', '--cache'])).totals['a.md']).toBe(7); // reused, not re-linted
  });

  it('a new mtime with the same content still hits; changed content misses', async () => {
    await cli(['a.md', '--cache'], dir);
    markCached();
    utimesSync(join(dir, 'a.md'), new Date(), new Date(Date.now() + 60_000));
    expect((await totals(['a.md', '--cache'])).totals['a.md']).toBe(7);
    writeFileSync(join(dir, 'a.md'), `${GOOD}\nOne more line.\n`);
    expect((await totals(['a.md', '--cache'])).totals['a.md']).not.toBe(7);
  });

  it('a changed rule setting or rubric misses', async () => {
    await cli(['a.md', '--cache'], dir);
    markCached();
    expect((await totals(['a.md', '--cache', '--rule', 'io-defined:off'])).totals['a.md']).not.toBe(7);
    markCached();
    expect((await totals(['a.md', '--cache', '--rubric', 'design-review'])).totals['a.md']).not.toBe(7);
  });

  it('without --cache the cache is neither read nor written', async () => {
    await cli(['a.md'], dir);
    expect(existsSync(CACHE())).toBe(false);
    await cli(['a.md', '--cache'], dir);
    markCached();
    expect((await totals(['a.md'])).totals['a.md']).not.toBe(7);
  });

  it('--cache-location names the file, or a folder to hold .mlsd-lintcache', async () => {
    await cli(['a.md', '--cache', '--cache-location', 'my.cache'], dir);
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
    mkdirSync(join(dir, 'tmp'));
    await cli(['a.md', '--cache', '--cache-location', 'tmp'], dir);
    expect(existsSync(join(dir, 'tmp', '.mlsd-lintcache'))).toBe(true);
    expect(cacheFile('later/', dir)).toBe(join(dir, 'later', '.mlsd-lintcache'));
    markCached(join(dir, 'my.cache'));
    expect((await totals(['a.md', '--cache', '--cache-location', 'my.cache'])).totals['a.md']).toBe(7);
  });

  for (const [what, text] of [
    ['not JSON', '{"format": 1, "entr'],
    ['the wrong shape', '[1, 2, 3]'],
  ] as const) {
    it(`a corrupt cache (${what}) is ignored with a warning, the documents are linted, and it is rewritten`, async () => {
      const clean = await cli(['a.md', 'b.md', '-f', 'json'], dir);
      writeFileSync(CACHE(), text);
      const r = await cli(['a.md', 'b.md', '--cache', '-f', 'json'], dir);
      expect(r.err).toMatch(/^mlsd-lint: cache \.mlsd-lintcache is corrupt \(.+\): ignored, every document is linted\n$/);
      expect(r.out).toBe(clean.out);
      expect(r.code).toBe(clean.code);
      expect((await cli(['a.md', 'b.md', '--cache', '-f', 'json'], dir)).err).toBe('');
    });
  }

  it('a location that is a folder holds the file; one that is not a regular file is left alone', async () => {
    const { spawnSync } = await import('node:child_process');
    if (spawnSync('mkfifo', [join(dir, 'pipe')]).status !== 0) return;
    const r = await cli(['a.md', '--cache', '--cache-location', 'pipe', '-f', 'json'], dir);
    expect(r.err).toBe('mlsd-lint: cannot use the cache pipe (a named pipe (FIFO), not a file): ignored, every document is linted\n');
    expect(r.code).toBe(0);
  });

  it('a malformed entry is never trusted', async () => {
    await cli(['a.md', '--cache'], dir);
    const data = JSON.parse(readFileSync(CACHE(), 'utf8')) as { entries: Record<string, { report: unknown }> };
    data.entries[join(dir, 'a.md')]!.report = { path: 'a.md' };
    writeFileSync(CACHE(), JSON.stringify(data));
    const r = await totals(['a.md', '--cache']);
    expect(r.err).toContain('is corrupt (the entry for');
    expect(r.totals['a.md']).toBeGreaterThan(7);
  });
});

describe('the code fingerprint', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mlsd-lint-fp-'));
    for (const d of ['rules', 'src/core', 'lexicons', 'rubrics']) mkdirSync(join(root, d), { recursive: true });
    cpSync(new URL('../lexicons/', import.meta.url), join(root, 'lexicons'), { recursive: true });
    writeFileSync(join(root, 'rules', 'io-defined.js'), 'export default 1;');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes with a lexicon, a rule or the version, and with nothing else', () => {
    const before = codeFingerprint('0.1.0', root);
    expect(codeFingerprint('0.1.0', root)).toBe(before);
    writeFileSync(join(root, 'README.md'), 'not judged');
    expect(codeFingerprint('0.1.0', root)).toBe(before);
    expect(codeFingerprint('0.2.0', root)).not.toBe(before);
    const lexicon = join(root, 'lexicons', 'model.json');
    writeFileSync(lexicon, readFileSync(lexicon, 'utf8').replace('"concepts"', '"concepts" '));
    const afterLexicon = codeFingerprint('0.1.0', root);
    expect(afterLexicon).not.toBe(before);
    writeFileSync(join(root, 'rules', 'io-defined.js'), 'export default 2;');
    expect(codeFingerprint('0.1.0', root)).not.toBe(afterLexicon);
  });

  it('a cache made with another fingerprint is dropped: every document misses', async () => {
    const file = join(root, 'cache');
    const one = new LintCache(file, 'fingerprint-1', 'cache');
    const report = { path: 'a.md', results: [], score: { total: 1 } } as never;
    one.set('/x/a.md', 'k', report);
    one.save();
    expect(new LintCache(file, 'fingerprint-1', 'cache').get('/x/a.md', 'k')).toEqual(report);
    const other = new LintCache(file, 'fingerprint-2', 'cache');
    expect(other.get('/x/a.md', 'k')).toBeUndefined();
    expect(other.warnings).toEqual([]); // stale is not corrupt: silent
  });
});
