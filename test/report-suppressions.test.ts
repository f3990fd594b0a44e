/**
 * Issue 15, item 2: grades cannot be raised unseen. A document whose
 * must-haves are disabled inline shows each suppression (rule, the
 * comment's line, its reason) in every format, the summary counts them, a
 * silenced must-have never reads as passed, --no-inline-config and a locked
 * rubric or configuration grade what the document says, and
 * --report-unused-disable-directives reports comments that silence nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { compileRubric, lint } from '../src/shipped.js';
import { cli, scratchProjects } from './helpers/cli.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
// the podcast design without its time split (line 30) and its drift line (38): two must-haves fail, the total is capped at 69
const lines = good.split('\n');
const weakened = lines.filter((_, i) => i !== 29 && i !== 37).join('\n');
const REASON = 'the course lets us skip these';
const COMMENT = `<!-- mlsd-lint disable validation-split-time-based drift-type-named -- ${REASON} -->`;
// the comment stands on line 3, after the title
const silenced = weakened.replace(/^(# .*\n)/, `$1\n${COMMENT}\n`);
const MUST_HAVES = ['validation-split-time-based', 'drift-type-named'];
const make = scratchProjects();

describe('the core records what each comment silenced', () => {
  it('rule, the comment line, the reason, the result before and the must-have cap', () => {
    const plain = lint(weakened);
    expect(plain.score.total).toBe(69);
    const r = lint(silenced);
    expect(r.score.total).toBeGreaterThan(69); // the comment raises the grade ...
    expect(r.suppressions).toEqual(
      MUST_HAVES.map((rule) =>
        expect.objectContaining({ rule, line: 3, column: 1, directive: 'disable', reason: REASON, scope: 'result', status: 'fail', severity: 'error', cap: 69 }),
      ),
    ); // ... and says so
  });

  it('a comment without " -- " has a null reason; a silenced pass is recorded as passing', () => {
    const r = lint(good.replace(/^(# .*\n)/, '$1\n<!-- mlsd-lint disable latency-constraint-stated -->\n'));
    expect(r.suppressions).toEqual([expect.objectContaining({ rule: 'latency-constraint-stated', reason: null, status: 'pass', line: 3 })]);
  });

  it('disable-next-line silences the failing line after it only; disable-file the whole document, wherever it stands', () => {
    const doc = '# Feed\n\nWe rank posts.\n\n<!-- mlsd-lint disable-next-line no-placeholders -- filled in later -->\nTBD: metric.\n\nTODO: latency.\n\n<!-- mlsd-lint disable-file io-defined -->\n';
    const r = lint(doc);
    const placeholders = r.results.find((x) => x.rule === 'no-placeholders')!;
    expect(placeholders.evidence.map((e) => e.line)).toEqual([8]);
    expect(r.results.find((x) => x.rule === 'io-defined')).toBeUndefined();
    expect(r.suppressions).toEqual([
      expect.objectContaining({ rule: 'io-defined', directive: 'disable-file', line: 10, scope: 'result' }),
      expect.objectContaining({ rule: 'no-placeholders', directive: 'disable-next-line', line: 5, scope: 'lines', lines: [6], reason: 'filled in later' }),
    ]);
  });

  it('a rubric with "inlineConfig": false locks grading: comments are not applied', () => {
    const rubric = JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8'));
    const locked = compileRubric({ ...rubric, id: 'locked', inlineConfig: false }, 'locked.json');
    const r = lint(silenced, { rubric: locked });
    expect(r.score.total).toBe(69);
    expect(r.suppressions).toBeUndefined();
  });
});

describe('every format shows the suppression', () => {
  const run = async (args: string[]) => {
    const dir = make({ 'design.md': silenced });
    return cli(['design.md', ...args], dir);
  };

  it('stylish: a "silenced inline" group with line and reason, the escaped cap, the tally counts them; never a pass', async () => {
    for (const extra of [[], ['--verbose'], ['--quiet']]) {
      const { out } = await run(extra);
      expect(out).toContain('silenced inline');
      for (const rule of MUST_HAVES) {
        expect(out).toMatch(new RegExp(`⊘ ${rule} +line 3 +disable: failing error, must-have .*“${REASON}”`));
        expect(out).not.toMatch(new RegExp(`✓ ${rule}`));
      }
      expect(out).toMatch(/must-haves validation-split-time-based \(line 3\), drift-type-named \(line 3\) silenced inline, not passed/);
      expect(out).toMatch(/2 silenced inline/);
    }
  });

  it('json: suppressions per file and summary.suppressed', async () => {
    const report = JSON.parse((await run(['-f', 'json'])).out);
    expect(report.files[0].suppressions.map((s: { rule: string; line: number; reason: string }) => [s.rule, s.line, s.reason])).toEqual(MUST_HAVES.map((r) => [r, 3, REASON]));
    expect(report.summary.suppressed).toBe(2);
  });

  it('sarif: the silenced failures are results with inSource suppressions and the reason as justification', async () => {
    const log = JSON.parse((await run(['-f', 'sarif'])).out) as Log;
    const suppressed = log.runs[0]!.results!.filter((r) => r.suppressions?.length);
    expect(suppressed.map((r) => r.ruleId).sort()).toEqual([...MUST_HAVES].sort());
    for (const r of suppressed) {
      expect(r.suppressions![0]).toMatchObject({ kind: 'inSource', status: 'accepted' });
      expect(r.suppressions![0]!.justification).toContain(REASON);
      expect(r.suppressions![0]!.location!.physicalLocation!.region!.startLine).toBe(3);
      expect(log.runs[0]!.tool.driver.rules!.some((d) => d.id === r.ruleId)).toBe(true);
    }
    // still valid SARIF 2.1.0
    const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('github: a notice at the comment per silenced rule', async () => {
    const { out } = await run(['-f', 'github']);
    for (const rule of MUST_HAVES) expect(out).toMatch(new RegExp(`^::notice file=design.md,line=3,col=1,title=${rule} silenced inline::.*${REASON}`, 'm'));
  });

  it('junit: a skipped test case naming the comment and reason', async () => {
    const { out } = await run(['-f', 'junit']);
    for (const rule of MUST_HAVES) expect(out).toMatch(new RegExp(`name="${rule}">\\n +<skipped message="silenced inline: ${rule}: failing error, must-have[^"]*line 3: “${REASON}”"`));
  });

  it('markdown and html: a table of what was silenced, and the must-have cap it escapes', async () => {
    const md = (await run(['-f', 'markdown'])).out;
    expect(md).toContain('**Silenced by inline comments**');
    for (const rule of MUST_HAVES) expect(md).toMatch(new RegExp(`\\| \`${rule}\` \\| line 3: disable \\| failing error, must-have \\(cap 69\\); left out of the grade \\| ${REASON} \\|`));
    expect(md).toContain('**2 rules silenced by inline comments**');
    const html = (await run(['-f', 'html'])).out;
    expect(html).toContain('<h3>Silenced by inline comments</h3>');
    for (const rule of MUST_HAVES) expect(html).toMatch(new RegExp(`<td><code>${rule}</code></td><td><a href="./design.md#L3">line 3: disable</a></td><td>failing error, must-have \\(cap 69\\)`));
    expect(html).toMatch(/<p class="cap">must-haves validation-split-time-based \(line 3\), drift-type-named \(line 3\) silenced inline, not passed/);
  });

  it('a reason is document text: escaped in every format', async () => {
    const hostile = silenced.replace(REASON, 'x <script>alert(1)</script> \u001b[2J | `y`');
    const dir = make({ 'design.md': hostile });
    expect((await cli(['design.md'], dir)).out).not.toContain('\u001b');
    expect((await cli(['design.md', '-f', 'html'], dir)).out).not.toContain('<script>');
    const github = (await cli(['design.md', '-f', 'github'], dir)).out;
    expect(github.split('\n').filter((l) => l.startsWith('::notice')).every((l) => !l.includes('\u001b'))).toBe(true);
    const md = (await cli(['design.md', '-f', 'markdown'], dir)).out;
    expect(md).not.toMatch(/(?<!\\)<script>/); // the serializer escapes markup: "\<script>" is text
    expect(md).not.toContain('\u001b');
  });
});

describe('grading locked: the grade the document really earns', () => {
  it('--no-inline-config, a config "inlineConfig": false and a rubric "inlineConfig": false all give the capped 69', async () => {
    const rubric = JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8'));
    const dir = make({ 'design.md': silenced, 'locked.json': JSON.stringify({ ...rubric, id: 'locked', inlineConfig: false }) });
    const total = async (args: string[]) => JSON.parse((await cli(['design.md', '-f', 'json', ...args], dir)).out).files[0].score.total;
    expect(await total([])).toBeGreaterThan(69);
    expect(await total(['--no-inline-config'])).toBe(69);
    expect(await total(['--rubric', 'locked.json'])).toBe(69);
    writeFileSync(join(dir, '.mlsd-lint.json'), JSON.stringify({ inlineConfig: false }));
    expect(await total([])).toBe(69);
  });
});

describe('--report-unused-disable-directives', () => {
  it('reports a comment that silences no failure (file:line:column), exit 1; without the flag nothing changes', async () => {
    const doc = good.replace(/^(# .*\n)/, '$1\n<!-- mlsd-lint disable latency-constraint-stated -- not needed -->\n');
    const dir = make({ 'design.md': doc });
    const plain = await cli(['design.md'], dir);
    expect(plain.code).toBe(0);
    expect(plain.err).toBe('');
    const r = await cli(['design.md', '--report-unused-disable-directives'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('mlsd-lint: design.md:3:1: unused mlsd-lint disable comment (no failure from latency-constraint-stated was silenced here)');
    expect(r.out).not.toMatch(/^✓/m); // exit 1: no green tick
    expect(r.out).toContain('✗ line 3 unused mlsd-lint disable comment');
    const github = await cli(['design.md', '--report-unused-disable-directives', '-f', 'github'], dir);
    expect(github.out).toContain('::error file=design.md,line=3,col=1,title=unused-disable-directive::unused mlsd-lint disable comment');
    const json = JSON.parse((await cli(['design.md', '--report-unused-disable-directives', '-f', 'json'], dir)).out);
    expect(json.files[0].unusedDirectives).toEqual([{ line: 3, column: 1, message: expect.stringContaining('latency-constraint-stated') }]);
    expect(JSON.parse((await cli(['design.md', '-f', 'json'], dir)).out).files[0].unusedDirectives).toBeUndefined();
  });

  it('a comment that silences a failure is used', async () => {
    const dir = make({ 'design.md': silenced });
    const r = await cli(['design.md', '--report-unused-disable-directives'], dir);
    expect(r.err).not.toContain('unused');
  });

  it('is in --help', async () => {
    const { out } = await cli(['--help'], process.cwd());
    for (const flag of ['--report-unused-disable-directives', '--verbose', '--max-comment-size', '--no-inline-config']) expect(out).toContain(flag);
  });
});
