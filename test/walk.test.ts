/**
 * Folder walks over a checkout that commits symbolic links (issue 14, F3):
 * links to folders are not followed by default (`docs/root -> /usr` would
 * lint a system folder, `sub/up -> ..` every file again), a link to a file
 * outside the walked folder is skipped with a notice, and each real file is
 * linted once however many paths reach it. `--follow-symlinks` follows
 * links to folders, entering each real folder once, so a loop ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkMarkdown } from '../src/cli/walk.js';
import { resolveTargets } from '../src/cli/targets.js';
import { cli } from './helpers/cli.js';
import type { Report } from '../src/core/report.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
let dir: string;
let outside: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-walk-'));
  outside = mkdtempSync(join(tmpdir(), 'mlsd-lint-walk-outside-'));
  writeFileSync(join(outside, 'secret.md'), '# Secret\n\nthe text of a file outside the checkout\n');
  mkdirSync(join(outside, 'deep'));
  writeFileSync(join(outside, 'deep', 'other.md'), '# Other\n');
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a.md'), good);
  writeFileSync(join(dir, 'docs', 'sub', 'b.md'), good);
  symlinkSync(outside, join(dir, 'docs', 'root')); // ln -s /usr docs/root
  symlinkSync('..', join(dir, 'docs', 'sub', 'up')); // a loop
  symlinkSync('../a.md', join(dir, 'docs', 'sub', 'same.md')); // a second path to a real file inside
  symlinkSync(join(outside, 'secret.md'), join(dir, 'docs', 'leak.md')); // a file outside
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('walkMarkdown', () => {
  it('by default: no link to a folder followed, no file outside, each named in a notice', () => {
    expect(walkMarkdown(join(dir, 'docs'))).toEqual({
      files: ['a.md', 'sub/b.md', 'sub/same.md'],
      notices: [
        'leak.md: a symbolic link to a file outside the folder, not linted',
        'root: a symbolic link to a folder, not followed (--follow-symlinks follows it)',
        'sub/up: a symbolic link to a folder, not followed (--follow-symlinks follows it)',
      ],
    });
  });

  it('--follow-symlinks: each real folder entered once, so the loop ends', () => {
    const walk = walkMarkdown(join(dir, 'docs'), { followSymlinks: true });
    expect(walk.notices).toEqual([]);
    // docs is entered once (sub/up is docs again), the outside folder once
    expect(walk.files).toEqual(['a.md', 'leak.md', 'root/deep/other.md', 'root/secret.md', 'sub/b.md', 'sub/same.md']);
  });
});

describe('the command', () => {
  it('lints each real file once and quotes nothing from outside the tree', async () => {
    const r = await cli(['docs', 'docs/sub', '--format', 'json'], dir);
    const report = JSON.parse(r.out) as Report;
    // docs/sub/same.md and docs/sub/b.md (named twice, through docs and docs/sub) are files already listed
    expect(report.files.map((f) => f.path)).toEqual(['docs/a.md', 'docs/sub/b.md']);
    expect(report.summary.files).toBe(2);
    expect(r.out).not.toContain('outside the checkout');
    expect(r.err).toContain('mlsd-lint: docs/root: a symbolic link to a folder, not followed (--follow-symlinks follows it)\n');
    expect(r.err).toContain('mlsd-lint: docs/leak.md: a symbolic link to a file outside the folder, not linted\n');
    expect(r.code).toBe(0); // notices are not errors
  });

  it('--follow-symlinks reaches through the links, still each real file once', async () => {
    const r = await cli(['docs', '--follow-symlinks', '--format', 'json'], dir);
    const report = JSON.parse(r.out) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['docs/a.md', 'docs/leak.md', 'docs/root/deep/other.md', 'docs/sub/b.md']);
  });

  it('globs do not follow links either', async () => {
    const t = await resolveTargets(['docs/**/*.md'], dir);
    expect(t.paths.map((p) => p.path)).toEqual(['docs/a.md', 'docs/sub/b.md']);
  });
});
