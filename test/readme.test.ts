/**
 * The README says what the command does (issue 15, item 9): every option
 * of --help is documented, the Usage table lists every format, the package
 * ships its licence, and no action or hook is pinned to a tag that does not
 * exist.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { USAGE, parseCli } from '../src/cli/args.js';
import { formatNames } from '../src/format/load.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; license: string };

describe('README and --help', () => {
  const helpFlags = [...new Set([...USAGE.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]))];
  it('documents every option --help lists', () => {
    expect(helpFlags.length).toBeGreaterThan(25);
    expect(helpFlags.filter((f) => !new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(README))).toEqual([]);
  });
  it('--help lists every option the parser accepts', () => {
    // the option table of parseCli, read from its source: a flag added there and not to USAGE fails here
    const source = readFileSync(join(ROOT, 'src/cli/args.ts'), 'utf8');
    const table = source.slice(source.indexOf('options: {', source.indexOf('parseArgs({')), source.indexOf('});', source.indexOf('parseArgs({')));
    const accepted = [...table.matchAll(/^\s+'?([a-z][a-z-]*)'?: \{ type:/gm)].map((m) => `--${m[1]}`);
    expect(accepted.length).toBeGreaterThanOrEqual(25);
    expect(accepted.filter((flag) => !new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(USAGE))).toEqual([]);
  });
  it('lists only options the command accepts', () => {
    const usageSection = README.slice(README.indexOf('## Usage'), README.indexOf('## Writing a design'));
    const readmeFlags = [...new Set([...usageSection.matchAll(/`(--[a-z][a-z-]+)/g)].map((m) => m[1]!))];
    const needsValue = (flag: string) => new RegExp(`${flag} <`).test(USAGE);
    const unknown = readmeFlags.filter((flag) => {
      try {
        parseCli(needsValue(flag) ? [flag, flag === '--format' ? 'json' : flag === '--stdin-filename' ? 'a.md' : '1', '-'] : [flag]);
        return false;
      } catch (error) {
        return /Unknown option/.test((error as Error).message);
      }
    });
    expect(unknown).toEqual([]);
  });
  it('names every format in the Usage table\'s -f row', () => {
    const row = README.split('\n').find((l) => l.startsWith('| `-f, --format'))!;
    expect(formatNames().filter((name) => !row.includes(`\`${name}\``))).toEqual([]);
  });
});

describe('the package', () => {
  it('ships a LICENSE file matching package.json\'s licence', () => {
    expect(pkg.files).toContain('LICENSE');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
  });
  it.skipIf(!existsSync(join(ROOT, '.git')))('pins the action and the hook to no tag that the repository lacks', () => {
    const tags = spawnSync('git', ['tag', '--list'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const pinned = [...README.matchAll(/(?:mlsd-lint\/mlsd-lint@|rev: )(v\d[\w.-]*)/g)].map((m) => m[1]!);
    expect(pinned.filter((t) => !tags.includes(t))).toEqual([]);
  });
});
