/**
 * Issue 15, items 3 and 6: a report never lints itself, and the command-line
 * conventions users bring from ESLint and markdownlint-cli2. Each test
 * fails without the option or behaviour it names.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cli, scratchProjects } from './helpers/cli.js';
import { REPORT_MARKER } from '../src/cli/report-marker.js';
import { closest } from '../src/cli/suggest.js';
import { lint } from '../src/index.js';
import type { Report } from '../src/core/report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GOOD = readFileSync(join(ROOT, 'fixtures/podcast-recommendations.md'), 'utf8');
const WEAK = '# Ads\n\nTODO\n';
const scratch = scratchProjects();
const bin = join(ROOT, 'dist/src/cli/main.js');

async function linted(args: string[], cwd: string): Promise<{ code: number; err: string; paths: string[]; report: Report }> {
  const r = await cli([...args, '-f', 'json'], cwd);
  const report = JSON.parse(r.out) as Report;
  return { code: r.code, err: r.err, paths: report.files.map((f) => f.path), report };
}

const result = (report: Report, path: string, rule: string) => report.files.find((f) => f.path === path)!.results.find((r) => r.rule === rule);

describe('a report never lints itself (item 3)', () => {
  it('-f markdown -o report.md . succeeds twice, the same way', async () => {
    const dir = scratch({ 'a.md': GOOD, 'docs/b.md': WEAK });
    const first = await cli(['-f', 'markdown', '-o', 'report.md', '.'], dir);
    expect(first.err).toBe('');
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(text.startsWith(`${REPORT_MARKER}\n# mlsd-lint report`)).toBe(true);
    const second = await cli(['-f', 'markdown', '-o', 'report.md', '.'], dir);
    expect(second.err).toBe('');
    expect(second.code).toBe(first.code);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(text); // still two files: the report is not one of them
  });
  it('leaves a structured report at the --output path out of a folder walk (JSON cannot carry the marker)', async () => {
    const dir = scratch({ 'a.md': GOOD });
    expect((await cli(['-f', 'json', '-o', 'out.md', '.'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'out.md'), 'utf8').startsWith('{')).toBe(true);
    const again = await cli(['-f', 'json', '-o', 'out.md', '.'], dir);
    expect(again.err).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'out.md'), 'utf8')) as Report).files.map((f) => f.path)).toEqual(['a.md']);
  });
  it('skips an earlier report (the marker) found by a walk, and says so when one is named', async () => {
    const dir = scratch({ 'a.md': GOOD, 'old-report.md': `${REPORT_MARKER}\n# mlsd-lint report\n\nTODO\n` });
    const walk = await linted(['.'], dir);
    expect(walk.paths).toEqual(['a.md']);
    expect(walk.err).toBe('');
    const named = await linted(['old-report.md', 'a.md'], dir);
    expect(named.paths).toEqual(['a.md']);
    expect(named.err).toContain('old-report.md: a report written by mlsd-lint, not linted');
  });
  it('leaves out its own report when the shell expanded *.md to it (named, but marked)', async () => {
    const dir = scratch({ 'a.md': GOOD });
    expect((await cli(['-f', 'markdown', '-o', 'report.md', 'a.md'], dir)).code).toBe(0);
    const again = await cli(['-f', 'markdown', '-o', 'report.md', 'a.md', 'report.md'], dir);
    expect(again).toMatchObject({ code: 0, err: '' });
  });
  it('still refuses to write the report over a document, named or found by a walk', async () => {
    const dir = scratch({ 'a.md': GOOD, 'docs/b.md': WEAK });
    for (const [args, target] of [[['a.md'], 'a.md'], [['.'], 'docs/b.md'], [['docs/*.md'], 'docs/b.md']] as const) {
      const r = await cli([...args, '-f', 'json', '-o', target], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`it is the input document ${target}`);
    }
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(GOOD);
    expect(readFileSync(join(dir, 'docs/b.md'), 'utf8')).toBe(WEAK);
  });
  it('marks only Markdown-named files, and never standard output', async () => {
    const dir = scratch({ 'a.md': GOOD });
    await cli(['-f', 'markdown', '-o', 'report.txt', 'a.md'], dir);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8').startsWith('# mlsd-lint report')).toBe(true);
    expect((await cli(['-f', 'markdown', 'a.md'], dir)).out.startsWith('# mlsd-lint report')).toBe(true);
  });
});

describe('several formats in one run, and custom formatter modules', () => {
  it('-f stylish -f sarif:report.sarif -f json:r.json writes each', async () => {
    const dir = scratch({ 'a.md': WEAK });
    const r = await cli(['-f', 'stylish', '-f', 'sarif:report.sarif', '-f', 'json:r.json', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('a.md');
    expect(r.out).not.toContain('"version"');
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report).files[0]!.path).toBe('a.md');
    // a report that cannot be written is exit 2, and the others are still written
    const failing = await cli(['-f', 'json:out/r.json', '-f', 'sarif:again.sarif', 'a.md'], dir);
    expect(failing.code).toBe(2);
    expect(failing.err).toContain('cannot write out/r.json: its folder does not exist');
    expect(existsSync(join(dir, 'again.sarif'))).toBe(true);
    await cli(['-f', 'json:r.json', '-o', 'stylish.txt', '-f', 'stylish', 'a.md'], dir);
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report).files[0]!.path).toBe('a.md');
    expect(readFileSync(join(dir, 'stylish.txt'), 'utf8')).toContain('errors');
  });
  it.each([
    [['-f', 'stylish', '-f', 'json'], 'only one format can go to standard output'],
    [['-f', 'sarif:'], 'no file after ":"'],
    [['-f', ':x.json'], 'no format before ":"'],
    [['-f', 'json:a.out', '-f', 'sarif:a.out'], 'two formats would be written to a.out'],
    [['-f', 'json:a.out', '-o', 'b.out'], 'every --format names its own file'],
    [['-f', 'yaml'], 'unknown format "yaml"'],
  ])('refuses %j with a usage error', async (args, message) => {
    const dir = scratch({ 'a.md': GOOD });
    const r = await cli([...args, 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
  it('runs a formatter module: a default export, module.exports, a named format, async', async () => {
    const dir = scratch({
      'a.md': GOOD,
      'fmt.mjs': 'export default (report, options) => `files ${report.files.length} quiet ${options.quiet}\\n`;',
      'fmt.cjs': 'module.exports = (report) => `cjs ${report.summary.files}\\n`;',
      'named.mjs': 'export async function format(report) { return `named ${report.files[0].path}\\n`; }',
    });
    expect(await cli(['-f', './fmt.mjs', '-q', 'a.md'], dir)).toEqual({ code: 0, out: 'files 1 quiet true\n', err: '' });
    expect((await cli(['-f', './fmt.cjs', 'a.md'], dir)).out).toBe('cjs 1\n');
    expect((await cli(['-f', `${dir}/named.mjs`, 'a.md'], dir)).out).toBe('named a.md\n');
    await cli(['-f', './fmt.mjs:custom.txt', 'a.md'], dir);
    expect(readFileSync(join(dir, 'custom.txt'), 'utf8')).toBe('files 1 quiet false\n');
  });
  it.each([
    ['./missing.js', '', 'cannot load the formatter ./missing.js: no such file'],
    ['./bad.mjs', 'export default ( =>', 'cannot load the formatter ./bad.mjs: '], // SyntaxError: below, outside vitest's module loader
    ['./nofn.mjs', 'export const x = 1;', 'the formatter ./nofn.mjs exports no function'],
    ['./throws.mjs', 'export default () => { throw new Error("boom"); };', 'the formatter ./throws.mjs failed: Error: boom'],
    ['./number.mjs', 'export default () => 42;', 'the formatter ./number.mjs returned number, not the report\'s text'],
  ])('a bad formatter module %s is one line and exit 2, never a stack trace', async (name, code, message) => {
    const dir = scratch({ 'a.md': GOOD, ...(code ? { [name.slice(2)]: code } : {}) });
    const r = await cli(['-f', name, 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });
});

it.skipIf(!existsSync(bin))('a formatter module with a syntax error says SyntaxError (the installed command)', () => {
  const dir = scratch({ 'a.md': GOOD, 'bad.mjs': 'export default ( =>' });
  const r = spawnSync(process.execPath, [bin, '-f', './bad.mjs', 'a.md'], { cwd: dir, encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^mlsd-lint: cannot load the formatter \.\/bad\.mjs: SyntaxError: [^\n]+\n$/);
});

describe('--stdin-filename', () => {
  it.skipIf(!existsSync(bin))('shows standard input as that path, configured and ignored as that file', () => {
    const dir = scratch({ '.mlsd-lint.json': JSON.stringify({ overrides: [{ files: 'notes/**', rules: { 'no-placeholders': 'off' } }] }), '.mlsd-lintignore': 'drafts/\n' });
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, input: WEAK, encoding: 'utf8' });
    const plain = JSON.parse(run(['-f', 'json', '-']).stdout) as Report;
    expect(plain.files[0]!.path).toBe('<stdin>');
    expect(result(plain, '<stdin>', 'no-placeholders')?.status).toBe('fail');
    const named = JSON.parse(run(['-f', 'json', '--stdin-filename', 'notes/a.md', '-']).stdout) as Report;
    expect(named.files[0]!.path).toBe('notes/a.md');
    expect(result(named, 'notes/a.md', 'no-placeholders')).toBeUndefined(); // off by the override for notes/**
    const ignored = run(['--stdin-filename', 'drafts/a.md', '-']);
    expect(ignored.status).toBe(2);
    expect(ignored.stderr).toContain('drafts/a.md: ignored by .mlsd-lintignore, not linted');
  });
  it('needs "-" among the paths', async () => {
    const r = await cli(['--stdin-filename', 'a.md', 'a.md'], scratch({ 'a.md': GOOD }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--stdin-filename names standard input: pass - as a path');
  });
});

describe('--print-config', () => {
  it('prints the configuration files, every rule\'s effective setting and what ignores the file', async () => {
    const dir = scratch({
      '.mlsd-lint.json': JSON.stringify({ rules: { 'io-defined': 'off' }, overrides: [{ files: 'notes/**', rules: { 'no-placeholders': 1 } }], ignores: ['old/**'] }),
    });
    const r = await cli(['--print-config', 'notes/new.md'], dir); // need not exist
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as { configFiles: string[]; rules: Record<string, unknown>; ignoredBy: string | null; rubric: string; inlineConfig: boolean };
    expect(printed.configFiles).toEqual(['.mlsd-lint.json']);
    expect(printed.rules).toMatchObject({ 'io-defined': 'off', 'no-placeholders': 'warn', 'baseline-proposed': 'error' });
    expect(Object.keys(printed.rules).length).toBeGreaterThan(30);
    expect(printed).toMatchObject({ ignoredBy: null, rubric: 'interview', inlineConfig: true });
    expect(JSON.parse((await cli(['--print-config', 'old/x.md', '--no-inline-config'], dir)).out)).toMatchObject({ ignoredBy: '.mlsd-lint.json', inlineConfig: false });
  });
  it('exits 2 with the problem when the configuration is invalid', async () => {
    const dir = scratch({ '.mlsd-lint.json': '{"rules": {"io-defined": "loud"}}' });
    const r = await cli(['--print-config', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.mlsd-lint.json: /rules/io-defined: must be one of');
  });
});

describe('ignoring: .gitignore, --ignore-pattern, --no-ignore, negated paths', () => {
  const files = {
    'a.md': GOOD,
    'build/gen.md': WEAK,
    'drafts/d.md': WEAK,
    'old/o.md': WEAK,
    'notes/n.md': WEAK,
    '.gitignore': 'build/\n',
    '.mlsd-lintignore': 'old/\n',
    '.mlsd-lint.json': JSON.stringify({ ignores: ['notes/**'] }),
  };
  it('honours .gitignore by default, and --no-ignore lints everything', async () => {
    const dir = scratch(files);
    expect((await linted(['.'], dir)).paths).toEqual(['a.md', 'drafts/d.md']);
    expect((await linted(['--no-ignore', '.'], dir)).paths).toEqual(['a.md', 'build/gen.md', 'drafts/d.md', 'notes/n.md', 'old/o.md']);
  });
  it('reads .gitignore files up to the repository root only', async () => {
    const dir = scratch({ '.gitignore': '*.md\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/a.md': GOOD, 'repo/sub/.gitignore': 'skip.md\n', 'repo/sub/skip.md': WEAK, 'repo/sub/keep.md': WEAK });
    expect((await linted(['.'], join(dir, 'repo'))).paths).toEqual(['a.md', 'sub/keep.md']);
  });
  it('lets a deeper ignore file re-include what one above ignored, as git does', async () => {
    const dir = scratch({ '.gitignore': 'notes/**/*.md\n', 'notes/.gitignore': '!keep.md\n', 'notes/keep.md': WEAK, 'notes/other.md': WEAK, 'notes/x/.mlsd-lintignore': '!*.md\n', 'notes/x/y.md': WEAK });
    expect((await linted(['.'], dir)).paths).toEqual(['notes/keep.md', 'notes/x/y.md']);
  });
  it('--ignore-pattern leaves out matching documents (repeatable, relative to the working folder)', async () => {
    const dir = scratch(files);
    expect((await linted(['--ignore-pattern', 'drafts/**', '.'], dir)).paths).toEqual(['a.md']);
    expect((await linted(['--no-ignore', '--ignore-pattern', 'drafts/**', '--ignore-pattern', 'o.md', '.'], dir)).paths).toEqual(['a.md', 'build/gen.md', 'drafts/d.md', 'notes/n.md', 'old/o.md']);
    expect((await linted(['--ignore-pattern', 'd.md', '.'], dir)).paths).toEqual(['a.md']);
  });
  it('leaves out "!" paths, as markdownlint-cli2 does', async () => {
    const dir = scratch(files);
    expect((await linted(['.', '!drafts/**'], dir)).paths).toEqual(['a.md']);
    expect((await linted(['!drafts/**'], dir)).paths).toEqual(['a.md']); // only negations: the working folder, less them
    expect((await linted(['a.md', 'drafts/d.md', '!**/d.md'], dir)).paths).toEqual(['a.md']);
  });
  it('exits 2 when every document found is ignored, naming why', async () => {
    const dir = scratch(files);
    const r = await cli(['build/gen.md', 'old/'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('build/gen.md: ignored by .gitignore, not linted (--no-ignore lints it)');
    expect(r.err).toContain('every document found is ignored');
    expect((await cli(['build/gen.md', 'a.md'], dir)).code).toBe(0);
    // one shard's share may be all ignored while the others lint the rest: not an error there
    expect((await cli(['build/gen.md', '--shard', '1/1'], dir)).code).toBe(0);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('lets a glob or folder that finds nothing pass', async () => {
    const dir = scratch({ 'a.md': GOOD, 'empty/x.txt': '' });
    const strict = await cli(['nope/*.md', 'empty', 'a.md'], dir);
    expect(strict.code).toBe(2);
    expect(strict.err).toContain('no files match this pattern');
    const lenient = await cli(['--no-error-on-unmatched-pattern', 'nope/*.md', 'empty', 'a.md'], dir);
    expect(lenient).toMatchObject({ code: 0, err: '' });
    // a file named outright that is not there is still a typo to report
    expect((await cli(['--no-error-on-unmatched-pattern', 'nope.md'], dir)).code).toBe(2);
  });
});

describe('numeric severities (0/1/2) in configuration files and --rule', () => {
  it('reads 0 as off, 1 as warn, 2 as error, also in [severity, options] and overrides', async () => {
    const dir = scratch({
      'a.md': WEAK,
      '.mlsd-lint.yaml': 'rules:\n  io-defined: 0\n  no-placeholders: 1\n  phase-balance: [2, { min: 0.05 }]\noverrides:\n  - files: a.md\n    rules: { ml-task-framed: 1 }\n',
    });
    const { report, err } = await linted(['a.md'], dir);
    expect(err).toBe('');
    expect(result(report, 'a.md', 'io-defined')).toBeUndefined();
    expect(result(report, 'a.md', 'no-placeholders')?.severity).toBe('warn');
    expect(result(report, 'a.md', 'ml-task-framed')?.severity).toBe('warn');
    expect(result(report, 'a.md', 'phase-balance')?.severity).toBe('error');
    const flags = await linted(['--rule', 'no-placeholders:0', '--rule', 'io-defined:2', 'a.md'], dir);
    expect(result(flags.report, 'a.md', 'no-placeholders')).toBeUndefined();
    expect(result(flags.report, 'a.md', 'io-defined')?.severity).toBe('error');
  });
  it('refuses other numbers, and lint() keeps its string-only contract', async () => {
    const dir = scratch({ 'a.md': WEAK, '.mlsd-lint.json': '{"rules": {"io-defined": 3}}' });
    const r = await cli(['a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('/rules/io-defined: must be one of "off", "warn", "error" (or 0, 1, 2)');
    expect((await cli(['--rule', 'io-defined:3', 'a.md'], scratch({ 'a.md': WEAK }))).err).toContain('with severity off, warn or error (or 0, 1, 2)');
    expect(() => lint(WEAK, { rules: { 'io-defined': 2 as never } })).toThrow('must be one of "off", "warn", "error"');
  });
});

describe('"inlineConfig": false in a configuration file', () => {
  const doc = '# Ads\n\n<!-- mlsd-lint disable no-placeholders -- not yet -->\n\nTODO\n';
  it('ignores inline comments, as noInlineConfig: true and --no-inline-config do', async () => {
    const open = await linted(['a.md'], scratch({ 'a.md': doc }));
    expect(result(open.report, 'a.md', 'no-placeholders')).toBeUndefined();
    const locked = await linted(['a.md'], scratch({ 'a.md': doc, '.mlsd-lint.json': '{"inlineConfig": false}' }));
    expect(result(locked.report, 'a.md', 'no-placeholders')?.status).toBe('fail');
    expect(JSON.parse((await cli(['--print-config', 'a.md'], scratch({ '.mlsd-lint.json': '{"inlineConfig": false}' }))).out).inlineConfig).toBe(false);
  });
  it('refuses a file where it and noInlineConfig disagree', async () => {
    const r = await cli(['a.md'], scratch({ 'a.md': doc, '.mlsd-lint.json': '{"inlineConfig": false, "noInlineConfig": false}' }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('.mlsd-lint.json: /inlineConfig: "inlineConfig" and "noInlineConfig" disagree');
  });
});

describe('explain with a typo', () => {
  it('suggests the closest rule id', async () => {
    const r = await cli(['explain', 'baseline-propsed'], scratch({}));
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown rule "baseline-propsed"; did you mean "baseline-proposed"?');
    expect((await cli(['explain', 'xyzzy'], scratch({}))).err).not.toContain('did you mean');
  });
  it('finds ids by edit distance or by a unique fragment, and nothing for a wild guess', () => {
    const ids = ['io-defined', 'baseline-proposed', 'drift-type-named', 'drift-monitoring'];
    expect(closest('io-defnied', ids)).toBe('io-defined');
    expect(closest('BASELINE-PROPOSED', ids)).toBe('baseline-proposed');
    expect(closest('baseline', ids)).toBe('baseline-proposed');
    expect(closest('drift', ids)).toBeUndefined(); // two ids hold it: no guess
    expect(closest('completely-else', ids)).toBeUndefined();
  });
});

