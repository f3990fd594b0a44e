/** Configuration on disk through the CLI: discovery, precedence, ignores, bad files. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, jsonReport, scratchProjects } from './helpers/cli.js';
import { formatNames } from '../src/format/index.js';
import type { Report } from '../src/core/report.js';

const WEAK = '# Feed\n\n- model: a deep neural net\n- must be real-time\n';
const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const LATENCY = 'latency-constraint-stated';

const tree = scratchProjects();
const json = (data: unknown) => JSON.stringify(data, null, 2);
const resultOf = (report: Report, path: string, rule: string) => report.files.find((f) => f.path === path)?.results.find((r) => r.rule === rule);

describe('discovery: the nearest configuration wins', () => {
  it('walks up from each document; a nearer file replaces a farther one', async () => {
    const dir = tree({
      '.mlsd-lint.json': json({ rules: { [LATENCY]: 'off' } }),
      'top.md': WEAK,
      'sub/.mlsd-lint.yaml': `rules:\n  ${LATENCY}: warn\n`,
      'sub/deeper/doc.md': WEAK,
    });
    const { report } = await jsonReport(['.'], dir);
    expect(resultOf(report, 'top.md', LATENCY)).toBeUndefined();
    expect(resultOf(report, 'sub/deeper/doc.md', LATENCY)?.severity).toBe('warn');
  });

  it('reads the "mlsd-lint" key of package.json, and walks past a package.json without it', async () => {
    const dir = tree({
      '.mlsd-lint.jsonc': `{\n  // comments and trailing commas are fine in .jsonc\n  "rules": { "${LATENCY}": "warn", },\n}\n`,
      'a/package.json': json({ name: 'a', 'mlsd-lint': { rules: { [LATENCY]: 'off' } } }),
      'a/doc.md': WEAK,
      'b/package.json': json({ name: 'b' }),
      'b/doc.md': WEAK,
    });
    const { report } = await jsonReport(['.'], dir);
    expect(resultOf(report, 'a/doc.md', LATENCY)).toBeUndefined();
    expect(resultOf(report, 'b/doc.md', LATENCY)?.severity).toBe('warn');
  });

  it('takes .mlsd-lint.json before .mlsd-lint.yaml in one folder', async () => {
    const dir = tree({
      '.mlsd-lint.json': json({ rules: { [LATENCY]: 'warn' } }),
      '.mlsd-lint.yaml': `rules:\n  ${LATENCY}: "off"\n`,
      'doc.md': WEAK,
    });
    expect(resultOf((await jsonReport(['doc.md'], dir)).report, 'doc.md', LATENCY)?.severity).toBe('warn');
  });

  it('follows extends through relative files and presets; the extending file wins', async () => {
    const dir = tree({
      'configs/base.yml': `extends: strict\nrules:\n  io-defined: "off"\n  ${LATENCY}: "off"\n`,
      'team/.mlsd-lint.json': json({ extends: '../configs/base.yml', rules: { [LATENCY]: 'warn' } }),
      'team/doc.md': WEAK,
    });
    const { report } = await jsonReport(['team/doc.md'], dir);
    expect(resultOf(report, 'team/doc.md', 'io-defined')).toBeUndefined();
    expect(resultOf(report, 'team/doc.md', LATENCY)?.severity).toBe('warn');
    expect(resultOf(report, 'team/doc.md', 'scale-quantified')?.severity).toBe('error'); // strict
  });

  it('applies overrides by glob, relative to the configuration folder', async () => {
    const dir = tree({
      '.mlsd-lint.yaml': `overrides:\n  - files: "drafts/**"\n    rules:\n      ${LATENCY}: "off"\n  - files: "*.interview.md"\n    rules:\n      ${LATENCY}: warn\n`,
      'drafts/a.md': WEAK,
      'final/b.md': WEAK,
      'final/c.interview.md': WEAK,
    });
    const { report } = await jsonReport(['.'], dir);
    expect(resultOf(report, 'drafts/a.md', LATENCY)).toBeUndefined();
    expect(resultOf(report, 'final/b.md', LATENCY)?.severity).toBe('error');
    expect(resultOf(report, 'final/c.interview.md', LATENCY)?.severity).toBe('warn');
  });

  it('reads the configuration of the working folder for standard input', () => {
    const bin = new URL('../dist/src/cli/main.js', import.meta.url);
    if (!existsSync(bin)) return expect.fail('dist/ is missing: run "npm run build"');
    const dir = tree({ '.mlsd-lint.json': json({ rules: { [LATENCY]: 'off' } }) });
    const res = spawnSync(process.execPath, [bin.pathname, '-', '-f', 'json'], { input: WEAK, encoding: 'utf8', cwd: dir });
    const report = JSON.parse(res.stdout) as Report;
    expect(resultOf(report, '<stdin>', LATENCY)).toBeUndefined();
    expect(resultOf(report, '<stdin>', 'io-defined')).toBeDefined();
  });
});

describe('the command line wins over files', () => {
  it('--config replaces discovery', async () => {
    const dir = tree({
      '.mlsd-lint.json': json({ rules: { [LATENCY]: 'off' } }),
      'ci.yaml': `rules:\n  ${LATENCY}: warn\n`,
      'doc.md': WEAK,
    });
    const { report } = await jsonReport(['doc.md', '--config', 'ci.yaml'], dir);
    expect(resultOf(report, 'doc.md', LATENCY)?.severity).toBe('warn');
  });

  it('--rule wins over the configuration and its overrides, and repeats', async () => {
    const dir = tree({
      '.mlsd-lint.json': json({ rules: { [LATENCY]: 'off' }, overrides: [{ files: '*.md', rules: { 'io-defined': 'off' } }] }),
      'doc.md': WEAK,
    });
    const { report } = await jsonReport(['doc.md', '--rule', `${LATENCY}:warn`, '--rule', 'io-defined:error'], dir);
    expect(resultOf(report, 'doc.md', LATENCY)?.severity).toBe('warn');
    expect(resultOf(report, 'doc.md', 'io-defined')?.severity).toBe('error');
  });

  it('a typo in --rule exits 2 naming the id, before linting anything', async () => {
    const dir = tree({ 'doc.md': WEAK });
    const r = await cli(['doc.md', '--rule', 'latency-constraint:off'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown rule "latency-constraint"');
    expect(r.out).toBe('');
  });

  it('a missing or bad --config exits 2 without linting', async () => {
    const dir = tree({ 'doc.md': WEAK, 'bad.json': json({ rules: { nope: 'off' } }), 'odd.toml': 'x = 1' });
    const missing = await cli(['doc.md', '--config', 'none.json'], dir);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('--config none.json: no such file');
    const bad = await cli(['doc.md', '--config', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.json: /rules/nope: unknown rule "nope"');
    const odd = await cli(['doc.md', '-c', 'odd.toml'], dir);
    expect(odd.code).toBe(2);
    expect(odd.err).toContain('odd.toml: unsupported configuration file type');
  });
});

describe('ignoring documents', () => {
  it('honours "ignores" globs of the configuration', async () => {
    const dir = tree({
      '.mlsd-lint.json': json({ ignores: ['archive/**', '*.draft.md'] }),
      'archive/old.md': WEAK,
      'notes/x.draft.md': WEAK,
      'notes/y.md': WEAK,
    });
    const { report } = await jsonReport(['.'], dir);
    expect(report.files.map((f) => f.path)).toEqual(['notes/y.md']);
  });

  it('honours .mlsd-lintignore files (gitignore syntax) in the folder and above', async () => {
    const dir = tree({
      '.mlsd-lintignore': '# comment\nvendor/\n*.tmp.md\n!keep.tmp.md\n',
      'vendor/a.md': WEAK,
      'docs/b.tmp.md': WEAK,
      'docs/keep.tmp.md': WEAK,
      'docs/.mlsd-lintignore': 'private/\n',
      'docs/private/c.md': WEAK,
      'docs/d.md': WEAK,
    });
    const { report } = await jsonReport(['.'], dir);
    expect(report.files.map((f) => f.path).sort()).toEqual(['docs/d.md', 'docs/keep.tmp.md']);
  });

  it('says so when a document named on the command line is ignored', async () => {
    const dir = tree({ '.mlsd-lintignore': 'skip.md\n', 'skip.md': WEAK, 'doc.md': GOOD });
    const r = await jsonReport(['skip.md', 'doc.md'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('skip.md: ignored by .mlsd-lintignore, not linted');
    expect(r.report.files.map((f) => f.path)).toEqual(['doc.md']);
  });
});

describe('bad configuration files: one line per problem, exit 2, the other documents still linted', () => {
  it('a typo in a rule id exits 2 naming the id', async () => {
    const dir = tree({ '.mlsd-lint.json': json({ rules: { 'latency-constraint-stated2': 'off' } }), 'doc.md': WEAK });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.mlsd-lint.json: /rules/latency-constraint-stated2: unknown rule "latency-constraint-stated2"');
    expect(r.err).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });

  it('lists every problem once, marks the documents under it as not linted, and lints the rest', async () => {
    const dir = tree({
      'bad/.mlsd-lint.yaml': 'rules:\n  io-defined: loud\n  nope: "off"\nignores: drafts\n',
      'bad/a.md': WEAK,
      'bad/b.md': WEAK,
      'ok/c.md': GOOD,
    });
    const r = await jsonReport(['.'], dir);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    const problems = lines.filter((l) => l.includes('/.mlsd-lint.yaml: /'));
    expect(problems.sort()).toEqual([
      'mlsd-lint: bad/.mlsd-lint.yaml: /ignores: must be array',
      'mlsd-lint: bad/.mlsd-lint.yaml: /rules/io-defined: must be one of "off", "warn", "error" (or 0, 1, 2)',
      'mlsd-lint: bad/.mlsd-lint.yaml: /rules/nope: unknown rule "nope" ("mlsd-lint rules" lists them)',
    ]);
    expect(r.report.files.map((f) => f.path)).toEqual(['ok/c.md']);
    expect(r.report.summary.unreadable.map((u) => u.path)).toEqual(['bad/a.md', 'bad/b.md']);
    expect(r.report.summary.unreadable[0]!.reason).toContain('invalid configuration bad/.mlsd-lint.yaml');
  });

  it.each([
    ['.mlsd-lint.json', '{\n  "rules": {\n    "io-defined": "off",\n  }\n}\n', /\.mlsd-lint\.json:4:3: invalid JSON: (PropertyNameExpected|ValueExpected)/],
    ['.mlsd-lint.json', '{ /* no comments in .json */ "rules": {} }', /\.mlsd-lint\.json:1:3: invalid JSON: InvalidCommentToken/],
    ['.mlsd-lint.json', '', /\.mlsd-lint\.json:1:1: invalid JSON: ValueExpected/],
    ['.mlsd-lint.json', '{"rules": {}, "rules": {}}', /\.mlsd-lint\.json:1:15: duplicate key "rules"/],
    ['.mlsd-lint.json', '{"__proto__": {"rules": {}}}', /\.mlsd-lint\.json: \/__proto__: unknown property "__proto__"/],
    ['.mlsd-lint.jsonc', '{ "rules": { "io-defined": "off" ', /\.mlsd-lint\.jsonc:1:\d+: invalid JSONC: CloseBraceExpected/],
    ['.mlsd-lint.yaml', 'rules:\n  io-defined: [warn\n', /\.mlsd-lint\.yaml:3:1: invalid YAML: /],
    ['.mlsd-lint.yaml', 'rules: {}\nrules: {}\n', /\.mlsd-lint\.yaml:2:1: invalid YAML: Map keys must be unique/],
    ['.mlsd-lint.yml', 'rules: !include other.yaml\n', /\.mlsd-lint\.yml:1:8: invalid YAML: Unresolved tag: !include: a configuration is plain data, tags are not allowed/],
    ['.mlsd-lint.yml', 'rubric: !!js/function "return 1"\n', /invalid YAML: Unresolved tag: .*js\/function: a configuration is plain data/],
    ['.mlsd-lint.yml', 'rubric: !!binary aGk=\n', /invalid YAML: Unresolved tag: .*binary: a configuration is plain data/],
    ['.mlsd-lint.yaml', '---\nrules: {}\n---\nrules: {}\n', /invalid YAML: Source contains multiple documents/],
    ['.mlsd-lint.yaml', '', /\.mlsd-lint\.yaml: \/: must be object/],
    ['package.json', '{"name": "x", "mlsd-lint": ["strict"]}', /package\.json: \/mlsd-lint: must be object/],
    ['package.json', '{"name": "x",}', /package\.json:1:14: invalid JSON: (PropertyNameExpected|ValueExpected)/],
  ])('%s %j', async (name, text, expected) => {
    const dir = tree({ [name]: text, 'doc.md': WEAK });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(expected);
    expect(r.err).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (const n of 'bcdefghi') {
      yaml += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = n;
    }
    const dir = tree({ '.mlsd-lint.yaml': yaml, 'doc.md': WEAK });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('invalid YAML: more than 100 alias expansions');
  });

  it('never requires or evaluates what a configuration names', async () => {
    const dir = tree({
      'evil.mjs': "import { writeFileSync } from 'node:fs'; writeFileSync(new URL('./pwned', import.meta.url), 'x');\n",
      '.mlsd-lint.json': json({ extends: './evil.mjs' }),
      'doc.md': WEAK,
    });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot extend "./evil.mjs": evil.mjs: unsupported configuration file type');
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('reports a circular extends between files', async () => {
    const dir = tree({ '.mlsd-lint.json': json({ extends: './b.json' }), 'b.json': json({ extends: './.mlsd-lint.json' }), 'doc.md': WEAK });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('b.json: /extends: circular "extends": .mlsd-lint.json -> b.json -> .mlsd-lint.json');
  });

  it('reports an extends file that does not exist', async () => {
    const dir = tree({ '.mlsd-lint.json': json({ extends: ['strict', './missing.yaml'] }), 'doc.md': WEAK });
    const r = await cli(['doc.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.mlsd-lint.json: /extends/1: cannot extend "./missing.yaml": no such file');
  });
});

describe('a rule turned off by configuration is gone from every format', () => {
  for (const format of formatNames()) {
    it(format, async () => {
      const dir = tree({ 'doc.md': WEAK, 'off.yaml': `rules:\n  ${LATENCY}: "off"\n` });
      const on = await cli(['doc.md', '-f', format], dir);
      expect(on.out).toContain(LATENCY);
      const off = await cli(['doc.md', '-f', format, '-c', 'off.yaml'], dir);
      expect(off.out).not.toContain(LATENCY);
      expect(off.out).toContain('io-defined');
    });
  }
});

describe('noInlineConfig', () => {
  const doc = WEAK.replace('\n\n', `\n\n<!-- mlsd-lint disable ${LATENCY} -->\n\n`);
  it('comments apply by default, not with noInlineConfig or --no-inline-config', async () => {
    const dir = tree({ 'doc.md': doc, 'strict.json': json({ noInlineConfig: true }) });
    expect(resultOf((await jsonReport(['doc.md'], dir)).report, 'doc.md', LATENCY)).toBeUndefined();
    expect(resultOf((await jsonReport(['doc.md', '-c', 'strict.json'], dir)).report, 'doc.md', LATENCY)?.status).toBe('fail');
    expect(resultOf((await jsonReport(['doc.md', '--no-inline-config'], dir)).report, 'doc.md', LATENCY)?.status).toBe('fail');
  });
});
