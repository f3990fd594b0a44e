/**
 * Tests that vanish say so (issue 15, item 9): in a clone without
 * ../shared, every test that needs the shared corpus prints a line naming
 * what it skips and why (vitest's default reporter does not list skipped
 * suites), as the README promises.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'helpers' || e.name === 'fixtures' ? [] : testFiles(join(dir, e.name))) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('tests that need ../shared', () => {
  it('each print a skip line through noteSkip where it is absent', () => {
    const users = testFiles(join(ROOT, 'test')).filter((f) => /from '(?:\.\.?\/)+helpers\/shared\.js'/.test(readFileSync(f, 'utf8')));
    expect(users.length).toBeGreaterThanOrEqual(6);
    const silent = users.filter((f) => !readFileSync(f, 'utf8').includes('noteSkip('));
    expect(silent.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('say what they skip and why when ../shared is not there (MLSD_LINT_SHARED=/nowhere)', () => {
    const files = ['test/rules/catalog-1.4-agreement.test.ts', 'test/preset.test.ts'];
    const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
      cwd: ROOT,
      env: { ...process.env, MLSD_LINT_SHARED: '/nowhere', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = `${res.stdout}${res.stderr}`;
    expect(res.status, out).toBe(0);
    for (const set of ['synthetic', 'real']) expect(out).toContain(`catalog 1.4 floors on the ${set} corpus: skipped: ../shared/corpus is not next to this checkout`);
    expect(out).toContain('preset: six dev-corpus documents through remark as through the engine: skipped: ../shared/corpus is not next to this checkout');
  }, 120_000);
});
