/** Inline control: <!-- mlsd-lint disable|enable|ignore --> comments and what they do to results. */
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/shipped.js';
import type { LintReport } from '../src/core/engine.js';
import { MAX_DIRECTIVES } from '../src/core/control.js';
import { rules } from '../rules/index.js';
import { cli, project } from './helpers/cli.js';

const LATENCY = 'latency-constraint-stated';
const result = (r: LintReport, id: string) => r.results.find((x) => x.rule === id);

/** Messages and results always agree: one message per failing result, at its line. */
function expectConsistent(r: LintReport): void {
  const failing = r.results.filter((x) => x.status === 'fail');
  expect(r.messages.map((m) => [m.rule, m.line, m.column]).sort()).toEqual(failing.map((x) => [x.rule, x.line, x.column]).sort());
}

describe('disable / enable', () => {
  it('a rule disabled for the whole body (comment after the title) is left out and listed', () => {
    const plain = lint('# Feed\n\nWe rank posts.\n');
    expect(result(plain, LATENCY)?.status).toBe('fail');
    const r = lint(`# Feed\n\n<!-- mlsd-lint disable ${LATENCY} -- batch scoring, no serving latency -->\n\nWe rank posts.\n`);
    expect(result(r, LATENCY)).toBeUndefined();
    expect(r.disabledInline).toEqual([LATENCY]);
    expect(r.messages.some((m) => m.rule === LATENCY)).toBe(false);
    expect(r.results).toHaveLength(plain.results.length - 1);
    expectConsistent(r);
  });

  it('the score leaves a disabled rule out, as it does a rule turned off', () => {
    const doc = '# Feed\n\n<!-- mlsd-lint disable latency-constraint-stated -->\n\nWe rank posts.\n';
    expect(lint(doc).score).toEqual(lint(doc, { rules: { [LATENCY]: 'off' } }).score);
  });

  it('takes several ids, separated by spaces or commas', () => {
    const r = lint('# Feed\n<!-- mlsd-lint disable io-defined, latency-constraint-stated scale-quantified -->\nWe rank posts.\n');
    expect(r.disabledInline).toEqual(['io-defined', LATENCY, 'scale-quantified']);
  });

  it('without ids, disables every rule', () => {
    const r = lint('# Feed\n\n<!-- mlsd-lint disable -->\n\nWe rank posts. TODO\n');
    expect(r.results).toEqual([]);
    expect(r.messages).toEqual([]);
    expect(r.disabledInline).toEqual(rules.map((x) => x.meta.id));
  });

  it('also silences passes and n/a for a rule disabled for the whole body', () => {
    const doc = '# Ads\n\n<!-- mlsd-lint disable ml-task-framed phases-in-order -->\n\nWe frame this as binary classification.\n';
    expect(result(lint(doc.replace(/<!--.*-->\n\n/, '')), 'ml-task-framed')?.status).toBe('pass');
    const r = lint(doc);
    expect(result(r, 'ml-task-framed')).toBeUndefined();
    expect(result(r, 'phases-in-order')).toBeUndefined();
  });

  it('a disabled stretch does not excuse something missing from the whole document', () => {
    const r = lint(`# Feed\n\n<!-- mlsd-lint disable ${LATENCY} -->\n\nWe rank posts.\n\n<!-- mlsd-lint enable ${LATENCY} -->\n\n## Data\n\nClick logs.\n`);
    expect(result(r, LATENCY)?.status).toBe('fail');
    expect(r.disabledInline).toBeUndefined();
    expectConsistent(r);
  });

  it('a disable at the very end covers no content and changes nothing', () => {
    const r = lint(`# Feed\n\nWe rank posts.\n\n<!-- mlsd-lint disable ${LATENCY} -->\n`);
    expect(result(r, LATENCY)?.status).toBe('fail');
  });

  it('works after front matter and the title', () => {
    const r = lint(`---\ntitle: x\n---\n\n# Feed\n\n<!-- mlsd-lint disable ${LATENCY} -->\n\nWe rank posts.\n`);
    expect(result(r, LATENCY)).toBeUndefined();
  });
});

describe('failures that point at lines (placeholders)', () => {
  const PLACEHOLDERS = 'no-placeholders';
  it('ignore drops the next block\'s lines; the failure moves to the first line left', () => {
    const doc = '# Feed\n\n<!-- mlsd-lint ignore no-placeholders -->\nTBD: the metric.\n\nWe rank posts. TODO: latency.\n';
    const before = result(lint(doc.replace(/<!--.*-->\n/, '')), PLACEHOLDERS)!;
    expect(before.evidence.map((e) => e.line)).toEqual([3, 5]);
    const r = lint(doc);
    const after = result(r, PLACEHOLDERS)!;
    expect(after.status).toBe('fail');
    expect(after.evidence.map((e) => e.line)).toEqual([6]);
    expect([after.line, after.column]).toEqual([6, after.evidence[0]!.column]);
    expect(r.messages.find((m) => m.rule === PLACEHOLDERS)).toMatchObject({ line: 6 });
    expectConsistent(r);
  });

  it('a failure whose every line is disabled is silenced', () => {
    const r = lint('# Feed\n\nWe rank posts.\n\n<!-- mlsd-lint disable no-placeholders -->\n\n## Appendix\n\nTODO: more.\n\n- TBD\n');
    expect(result(r, PLACEHOLDERS)).toBeUndefined();
    expect(r.disabledInline).toEqual([PLACEHOLDERS]);
    expectConsistent(r);
  });

  it('enable turns the rule back on from the comment', () => {
    const r = lint('# Feed\n\n<!-- mlsd-lint disable no-placeholders -->\n\nTODO one.\n\n<!-- mlsd-lint enable no-placeholders -->\n\nTODO two.\n');
    expect(result(r, PLACEHOLDERS)!.evidence.map((e) => e.line)).toEqual([9]);
  });

  it('ignore without ids covers every rule for the next block only', () => {
    const r = lint('# Feed\n\n<!-- mlsd-lint ignore -->\nTODO one.\n\nTODO two.\n');
    expect(result(r, PLACEHOLDERS)!.evidence.map((e) => e.line)).toEqual([6]);
  });

  it('a comment inside a paragraph (inline HTML) works from where it stands', () => {
    const r = lint('# Feed\n\nTODO one. <!-- mlsd-lint disable no-placeholders --> And\nTODO two.\n\nTODO three.\n');
    expect(result(r, PLACEHOLDERS)!.evidence.map((e) => e.line)).toEqual([3]);
  });
});

describe('what is not a directive, and what is a problem', () => {
  it('comments in code blocks, other HTML comments and other tools\' markers are not read', () => {
    const doc = `# Feed\n\n\`\`\`md\n<!-- mlsd-lint disable ${LATENCY} -->\n\`\`\`\n\n<!-- lint disable ${LATENCY} -->\n<!-- mlsd-linter disable -->\n<!-- a note -->\n\nWe rank posts.\n`;
    const r = lint(doc);
    expect(result(r, LATENCY)?.status).toBe('fail');
    expect(r.inlineProblems).toBeUndefined();
  });

  it.each([
    [`<!-- mlsd-lint disabel ${LATENCY} -->`, 'expected "disable", "enable", "ignore", "disable-next-line" or "disable-file" after "mlsd-lint", not "disabel"'],
    ['<!-- mlsd-lint -->', 'expected "disable", "enable", "ignore", "disable-next-line" or "disable-file" after "mlsd-lint"'],
    ['<!-- mlsd-lint disable latency-constraint -->', 'unknown rule "latency-constraint" in an mlsd-lint comment ("mlsd-lint rules" lists them)'],
    [`<!-- mlsd-lint-disable ${LATENCY} -->`, `"mlsd-lint-disable" is not a directive: write "<!-- mlsd-lint disable rule-id -->"`],
    [`<!-- mlsd-lint disable ${LATENCY} --> and more text`, 'an mlsd-lint comment must stand alone: nothing after "-->" on its line'],
    [`<!-- mlsd-lint disable ${'x'.repeat(3000)} -->`, 'mlsd-lint comment longer than 2000 characters'],
  ])('%s is reported, never applied', (comment, message) => {
    const r = lint(`# Feed\n\n${comment}\n\nWe rank posts.\n`);
    expect(r.inlineProblems).toEqual([{ line: 3, column: 1, message }]);
    expect(result(r, LATENCY)?.status).toBe('fail'); // a bad comment never turns anything off
    expect(r.results).toHaveLength(rules.length);
    expect(r.messages.every((m) => rules.some((x) => x.meta.id === m.rule))).toBe(true);
  });

  // issue 14 (F5): a malformed comment never turns everything off, and none is silently skipped
  it.each([
    ['<!-- mlsd-lint disable ,,, -->', '"mlsd-lint disable" names no rule: give rule ids ("mlsd-lint rules" lists them), or none at all for every rule'],
    ['<!-- mlsd-lint ignore , , -->', '"mlsd-lint ignore" names no rule: give rule ids ("mlsd-lint rules" lists them), or none at all for every rule'],
    [`<!-- mlsd-lint disable ${LATENCY} -- a reason --> with an arrow -->`, '"-->" inside an mlsd-lint comment: the comment ends there; write one comment per line'],
    [`<!-- mlsd-lint disable ${LATENCY} -- a reason --!> with an arrow -->`, '"-->" inside an mlsd-lint comment: the comment ends there; write one comment per line'],
  ])('%s is reported, never applied', (comment, message) => {
    const r = lint(`# Feed\n\n${comment}\n\nWe rank posts. TODO\n`);
    expect(r.inlineProblems).toEqual([{ line: 3, column: 1, message }]);
    expect(result(r, LATENCY)?.status).toBe('fail');
    expect(r.results).toHaveLength(rules.length);
    expect(r.disabledInline).toBeUndefined();
  });

  const NOT_ALONE = 'mlsd-lint comment not applied: it must be an HTML comment of its own, not inside other HTML or beside another comment on its line';
  it('two comments on one line: both reported with their columns, neither applied', () => {
    const r = lint(`# Feed\n\n<!-- mlsd-lint disable ${LATENCY} --> <!-- mlsd-lint disable io-defined -->\n\nWe rank posts.\n`);
    expect(r.inlineProblems).toEqual([
      { line: 3, column: 1, message: NOT_ALONE },
      { line: 3, column: `<!-- mlsd-lint disable ${LATENCY} --> `.length + 1, message: NOT_ALONE },
    ]);
    expect(result(r, LATENCY)?.status).toBe('fail');
  });

  it('a comment inside an HTML block is reported with its own line, not skipped', () => {
    const r = lint(`# Feed\n\n<div>\ntext\n<!-- mlsd-lint disable ${LATENCY} -->\n</div>\n\nWe rank posts.\n`);
    expect(r.inlineProblems).toEqual([{ line: 5, column: 1, message: NOT_ALONE }]);
    expect(result(r, LATENCY)?.status).toBe('fail');
  });

  it.each([
    ['a list item', (c: string) => `- first\n\n  ${c}\n\n  TODO two.\n`],
    ['a block quote', (c: string) => `> ${c}\n>\n> TODO two.\n`],
    ['a table cell', (c: string) => `| a | b |\n|---|---|\n| ${c} | x |\n\nTODO two.\n`],
  ])('a comment inside %s is applied from where it stands', (_where, place) => {
    const doc = `# Feed\n\nTODO one.\n\n${place('<!-- mlsd-lint disable no-placeholders -->')}`;
    const r = lint(doc);
    expect(r.inlineProblems).toBeUndefined();
    expect(result(r, 'no-placeholders')!.evidence.map((e) => e.line)).toEqual([3]);
  });

  it(`applies the first ${MAX_DIRECTIVES} comments and reports the rest`, () => {
    const comments = Array.from({ length: MAX_DIRECTIVES + 5 }, (_, i) => `<!-- mlsd-lint ${i % 2 ? 'enable' : 'disable'} ${LATENCY} -->`).join('\n\n');
    const r = lint(`# Feed\n\n${comments}\n\nWe rank posts.\n`);
    expect(r.inlineProblems).toHaveLength(1);
    expect(r.inlineProblems![0]!.message).toContain(`more than ${MAX_DIRECTIVES} mlsd-lint comments`);
    expect(result(r, LATENCY)?.status).toBe('fail'); // the 200 applied end with "enable"
  });

  it('inlineConfig: false ignores the comments altogether', () => {
    const r = lint(`# Feed\n\n<!-- mlsd-lint disable ${LATENCY} -->\n<!-- mlsd-lint nonsense -->\n\nWe rank posts.\n`, { inlineConfig: false });
    expect(result(r, LATENCY)?.status).toBe('fail');
    expect(r.inlineProblems).toBeUndefined();
    expect(r.disabledInline).toBeUndefined();
  });
});

describe('through the CLI', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('an invalid comment exits 2 with file:line:column, the other documents are still reported', async () => {
    const p = project({ 'a.md': '# Feed\n\n<!-- mlsd-lint disable nope -->\n\nWe rank.\n', 'b.md': '# Ads\n\nWe rank ads.\n' });
    remove = p.remove;
    const r = await cli(['a.md', 'b.md', '-f', 'json'], p.dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mlsd-lint: a.md:3:1: unknown rule "nope" in an mlsd-lint comment');
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.md']);
  });

  it('the JSON report lists the rules a document disabled', async () => {
    const p = project({ 'a.md': `# Feed\n\n<!-- mlsd-lint disable ${LATENCY} -->\n\nWe rank.\n` });
    remove = p.remove;
    const file = JSON.parse((await cli(['a.md', '-f', 'json'], p.dir)).out).files[0];
    expect(file.disabledInline).toEqual([LATENCY]);
    expect(file.results.some((r: { rule: string }) => r.rule === LATENCY)).toBe(false);
  });
});

describe('which comment silenced what (issue 15)', () => {
  it('each silenced line is credited to the comment that covers it, with that comment\'s reason', () => {
    const doc = [
      '# Feed', '', '<!-- mlsd-lint disable no-placeholders -- first draft -->', '', 'TODO one.', '', '<!-- mlsd-lint enable no-placeholders -->', '',
      'We rank posts.', '', '<!-- mlsd-lint ignore no-placeholders -- the reviewer fills this -->', 'TODO two.', '', 'TODO three.', '',
    ].join('\n');
    const r = lint(doc);
    expect(result(r, 'no-placeholders')!.evidence.map((e) => e.line)).toEqual([14]);
    expect(r.suppressions!.map((s) => [s.line, s.reason, s.scope, s.lines])).toEqual([
      [3, 'first draft', 'lines', [5]],
      [11, 'the reviewer fills this', 'lines', [12]],
    ]);
    expect(r.unusedDirectives).toBeUndefined();
    expectConsistent(r);
  });

  it('a comment that silences no failure is unused: a passing rule, a block without the failure; enable never is', () => {
    const doc = '# Feed\n\n<!-- mlsd-lint disable ml-task-framed -->\n\nWe frame this as binary classification.\n\n<!-- mlsd-lint ignore no-placeholders -->\nNo placeholder here.\n\n<!-- mlsd-lint enable ml-task-framed -->\n';
    const r = lint(doc);
    expect(r.unusedDirectives!.map((u) => [u.line, u.message])).toEqual([
      [3, 'unused mlsd-lint disable comment (no failure from ml-task-framed was silenced here)'],
      [7, 'unused mlsd-lint ignore comment (no failure from no-placeholders was silenced here)'],
    ]);
  });

  it('the reason is the text after " -- ", dashes inside it kept', () => {
    const r = lint('# Feed\n\n<!-- mlsd-lint disable latency-constraint-stated -- batch -- nightly, no serving -->\n\nWe rank posts.\n');
    expect(r.suppressions![0]!.reason).toBe('batch -- nightly, no serving');
  });
});
