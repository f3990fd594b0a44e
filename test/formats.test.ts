/** CI formats (sarif, github, junit), --max-warnings and the progress line. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import type { FileReport } from '../src/core/types.js';
import { rules, rulesById } from '../rules/index.js';
import { sarif, artifactLocation } from '../src/format/sarif.js';
import { github, escapeData, escapeProperty } from '../src/format/github.js';
import { junit, xmlEscape } from '../src/format/junit.js';
import { cli, project } from './helpers/cli.js';

const WEAK = '# Feed\n\n- model: a deep neural net\n- must be real-time\n';
const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');

function reportOf(docs: Record<string, string>, unreadable: Report['summary']['unreadable'] = []): Report {
  const files: FileReport[] = Object.entries(docs).map(([path, text]) => {
    const r = lint(text, { path });
    return { path: r.path, results: r.results, score: r.score };
  });
  return { files, summary: summarize(files, unreadable) };
}
const failing = (report: Report, quiet = false) =>
  report.files.flatMap((f) => f.results.filter((r) => r.status === 'fail' && (!quiet || r.severity === 'error')).map((r) => ({ f, r })));

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.schema.json', import.meta.url), 'utf8'));
  // unicodeRegExp off: one pattern of the official schema ("language") is not a valid /u regular expression
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const valid = (log: unknown) => (validate(log) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

  const report = reportOf(
    { 'docs/weak.md': WEAK, 'good.md': GOOD, '/abs/path with space/#1 design.md': WEAK, 'C:\\work\\ünï.md': WEAK, '<stdin>': WEAK },
    [{ path: 'broken.md', reason: 'not valid UTF-8 text' }],
  );
  const log = JSON.parse(sarif(report, { color: false, quiet: false, version: '1.2.3' })) as Log;

  it('validates against the SARIF 2.1.0 JSON Schema (uri and date formats checked)', () => {
    expect(valid(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });
  it('the validator would catch a missing required property or a bad level', () => {
    const broken = structuredClone(log);
    delete (broken.runs[0]!.tool.driver as { name?: string }).name;
    expect(valid(broken).join('\n')).toMatch(/name/);
    const badLevel = structuredClone(log);
    (badLevel.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(valid(badLevel)).not.toEqual([]);
    const noVersion = structuredClone(log) as { version?: string };
    delete noVersion.version;
    expect(valid(noVersion)).not.toEqual([]);
  });
  it('tool.driver carries the metadata of every rule that ran, with help URIs', () => {
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'mlsd-lint', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(driver.rules!.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const d of driver.rules!) {
      const meta = rulesById.get(d.id)!.meta;
      expect(d.helpUri).toBe(meta.url);
      expect(d.shortDescription!.text).toBe(meta.description);
      expect(d.defaultConfiguration!.level).toBe(meta.severity === 'error' ? 'error' : 'warning');
    }
  });
  it('has one result per failing rule, with its level, message and location', () => {
    const results = log.runs[0]!.results!;
    const expected = failing(report);
    expect(results).toHaveLength(expected.length);
    results.forEach((res, i) => {
      const { f, r } = expected[i]!;
      expect(log.runs[0]!.tool.driver.rules![res.ruleIndex!]!.id).toBe(res.ruleId);
      expect(res).toMatchObject({ ruleId: r.rule, level: r.severity === 'error' ? 'error' : 'warning', message: { text: r.message } });
      expect(res.locations![0]!.physicalLocation!.region).toEqual({ startLine: r.line, startColumn: r.column });
      expect(res.locations![0]!.physicalLocation!.artifactLocation).toEqual(artifactLocation(f.path));
    });
  });
  it('turns paths into URIs: relative to %SRCROOT%, absolute as file: URIs, encoded', () => {
    expect(artifactLocation('docs/weak.md')).toEqual({ uri: 'docs/weak.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./a b.md')).toEqual({ uri: 'a%20b.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/abs/path with space/#1 design.md')).toEqual({ uri: 'file:///abs/path%20with%20space/%231%20design.md' });
    expect(artifactLocation('C:\\work\\ünï.md')).toEqual({ uri: 'file:///C:/work/%C3%BCn%C3%AF.md' });
  });
  it('reports unreadable inputs as tool notifications', () => {
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'broken.md: not valid UTF-8 text' }, locations: [{ physicalLocation: { artifactLocation: artifactLocation('broken.md') } }] },
    ]);
  });
  it('--quiet keeps error results only; a run with nothing failing is still valid', () => {
    const quiet = JSON.parse(sarif(report, { color: false, quiet: true })) as Log;
    expect(quiet.runs[0]!.results!.every((r) => r.level === 'error')).toBe(true);
    expect(quiet.runs[0]!.results).toHaveLength(failing(report, true).length);
    const clean = JSON.parse(sarif(reportOf({ 'good.md': GOOD }), { color: false, quiet: false }));
    expect(valid(clean)).toEqual([]);
    expect(clean.runs[0].results).toEqual([]);
  });
});

describe('--format github', () => {
  const report = reportOf({ 'docs/weak.md': WEAK, 'good.md': GOOD }, [{ path: 'gone.md', reason: 'no such file or folder' }]);
  const lines = github(report, { color: false, quiet: false }).trimEnd().split('\n');

  it('prints one ::error or ::warning per failing rule, with file, line, column and title', () => {
    const expected = failing(report);
    expect(lines.slice(0, -1)).toEqual(
      expected.map(({ f, r }) => `::${r.severity === 'error' ? 'error' : 'warning'} file=${f.path},line=${r.line},col=${r.column},title=${r.rule}::${escapeData(r.message!)}`),
    );
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(expected.filter((e) => e.r.severity === 'error').length + 1);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(expected.filter((e) => e.r.severity === 'warn').length);
  });
  it('reports unreadable inputs as errors on the file', () => {
    expect(lines.at(-1)).toBe('::error file=gone.md,title=mlsd-lint::cannot lint: no such file or folder');
  });
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const odd = reportOf({ 'odd, name: 50%.md': '# x\n\nTODO\n' });
    const out = github(odd, { color: false, quiet: false });
    expect(out).toContain('::warning file=odd%2C name%3A 50%25.md,line=3,col=1,title=no-placeholders::');
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=[^:,]*,line=\d+,col=\d+,title=[a-z-]+::[^\r\n]*$/);
  });
  it('--quiet keeps errors only; nothing failing prints nothing', () => {
    const quiet = github(reportOf({ 'w.md': WEAK }), { color: false, quiet: true });
    expect(quiet.trimEnd().split('\n').every((l) => l.startsWith('::error '))).toBe(true);
    expect(github(reportOf({ 'good.md': GOOD }), { color: false, quiet: false })).toBe('');
  });
});

/** A small XML well-formedness check: every character is markup, text or an entity, and tags nest. */
function wellFormed(xml: string): boolean {
  const token = /<\?xml[^?]*\?>|<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|[^<&]+|&(?:amp|lt|gt|quot|apos|#\d+);/gy;
  const stack: string[] = [];
  let at = 0;
  for (let m = token.exec(xml); m !== null && m[0] !== ''; m = token.exec(xml)) {
    at = token.lastIndex;
    if (m[2] && m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (m[2] && !m[4]) stack.push(m[2]);
  }
  return at === xml.length && stack.length === 0;
}

describe('--format junit', () => {
  const report = reportOf({ 'a & b.md': WEAK, 'good.md': GOOD }, [{ path: 'x.md', reason: 'is a folder, not a file' }]);
  const xml = junit(report, { color: false, quiet: false });

  it('is well-formed XML with one test case per file and rule', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(wellFormed('<a><b></a></b>')).toBe(false);
    expect(wellFormed('<a>x & y</a>')).toBe(false);
    const cases = report.files.reduce((n, f) => n + f.results.length, 0);
    expect(xml.match(/<testcase /g)).toHaveLength(cases + 1);
    expect(xml).toContain(`<testsuites name="mlsd-lint" tests="${cases + 1}" failures="${failing(report).length}" errors="1"`);
  });
  it('a failing rule is a <failure> with its severity; n/a is skipped', () => {
    const n = failing(report).length;
    expect(xml.match(/<failure type="(error|warn)"/g)).toHaveLength(n);
    const na = report.files.reduce((k, f) => k + f.results.filter((r) => r.status === 'n/a').length, 0);
    expect(xml.match(/<skipped /g) ?? []).toHaveLength(na);
    expect(xml).toContain('<testsuite name="a &amp; b.md"');
  });
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0000\u001b\uFFFE\uD800ok\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok&#10;');
    const nasty = reportOf({ 'n.md': '# x\n\nTODO <script>&\u0007 "q"\n' });
    const out = junit(nasty, { color: false, quiet: false });
    expect(wellFormed(out)).toBe(true);
    expect(out).not.toContain('\u0007');
  });
  it('--quiet keeps failing errors only', () => {
    const quiet = junit(reportOf({ 'w.md': WEAK }), { color: false, quiet: true });
    expect(wellFormed(quiet)).toBe(true);
    expect(quiet).not.toContain('type="warn"');
    expect(quiet.match(/<testcase /g)).toHaveLength(failing(reportOf({ 'w.md': WEAK }), true).length);
  });
});

describe('--max-warnings', () => {
  let dir = '';
  let remove = () => {};
  beforeAll(() => {
    // warnings only: every error-severity rule off
    const off = Object.fromEntries(rules.filter((r) => r.meta.severity === 'error').map((r) => [r.meta.id, 'off']));
    ({ dir, remove } = project({ 'w.md': WEAK, 'g.md': GOOD, '.mlsd-lint.json': JSON.stringify({ rules: off }) }));
  });
  afterAll(() => remove());
  const warningsOf = async () => JSON.parse((await cli(['w.md', '-f', 'json'], dir)).out).summary.warnings as number;

  it('exits 1 above N warnings, 0 at N, like ESLint', async () => {
    const n = await warningsOf();
    expect(n).toBeGreaterThan(0);
    expect((await cli(['w.md'], dir)).code).toBe(0);
    expect((await cli(['w.md', '--max-warnings', String(n)], dir)).code).toBe(0);
    const over = await cli(['w.md', '--max-warnings', String(n - 1)], dir);
    expect(over.code).toBe(1);
    expect(over.err).toContain(`${n} warnings, more than --max-warnings ${n - 1}`);
    expect((await cli(['g.md', '--max-warnings', '0'], dir)).code).toBe(0);
  });
  it.each(['-1', 'ten', '1.5', ''])('refuses %j', async (value) => {
    const r = await cli(['w.md', '--max-warnings', value], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--max-warnings');
  });
});

describe('progress line', () => {
  let dir = '';
  let remove = () => {};
  beforeAll(() => {
    ({ dir, remove } = project({ 'a.md': WEAK, 'b.md': WEAK, 'c.md': GOOD }));
  });
  afterAll(() => remove());

  it('shows files done / total on a terminal stderr, then erases itself', async () => {
    const r = await cli(['.', '-f', 'json'], dir, { stderrIsTTY: true });
    expect(r.err).toContain('mlsd-lint: 0/3 files');
    expect(r.err).toContain('mlsd-lint: 2/3 files');
    expect(r.err.endsWith('\r\u001b[K')).toBe(true);
    expect(r.out).not.toContain('files\r');
  });
  it('never in CI, when stderr is piped, or for one file', async () => {
    expect((await cli(['.'], dir, { stderrIsTTY: true, env: { CI: 'true' } })).err).toBe('');
    expect((await cli(['.'], dir, { stderrIsTTY: false })).err).toBe('');
    expect((await cli(['a.md'], dir, { stderrIsTTY: true })).err).toBe('');
    expect((await cli(['.'], dir, { stderrIsTTY: true, env: { CI: 'false' } })).err).toContain('1/3 files');
  });
});
