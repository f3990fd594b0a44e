/**
 * The command with a rule that throws: exit 3, the rule and the file named
 * on stderr, every other file and rule still linted and reported. The
 * shipped rule set is replaced for this file only (vi.mock): nothing a
 * document can contain makes a shipped rule throw on purpose.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cli, project } from './helpers/cli.js';
import { validateWith } from '../src/core/schemas.js';
import reportSchema from '../schema/report.schema.json' with { type: 'json' };

vi.mock('../rules/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../rules/index.js')>();
  const { throwingRule } = await import('./helpers/throwing-rule.js');
  const rules = [...actual.rules, throwingRule];
  return { rules, rulesById: new Map(rules.map((r) => [r.meta.id, r])) };
});

const { THROWING_RULE_ID, THROWN_MESSAGE } = await import('./helpers/throwing-rule.js');

describe('a rule that throws, from the command line', () => {
  const p = project({ 'a.md': '# A\n\nWe start with logistic regression.\n', 'b.md': '# B\n\nTODO\n' });
  afterAll(() => p.remove());

  it('exits 3 naming the rule and each file on stderr', async () => {
    const r = await cli(['a.md', 'b.md'], p.dir);
    expect(r.code).toBe(3);
    for (const f of ['a.md', 'b.md']) expect(r.err).toContain(`mlsd-lint: ${f}: rule ${THROWING_RULE_ID} failed: ${THROWN_MESSAGE}\n`);
  });
  it('still reports every file with the other rules\' results', async () => {
    const r = await cli(['a.md', 'b.md', '-f', 'json'], p.dir);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.out);
    expect(validateWith(reportSchema, report)).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.md']);
    for (const f of report.files) {
      expect(f.ruleErrors).toEqual([{ rule: THROWING_RULE_ID, message: THROWN_MESSAGE }]);
      expect(f.results.length).toBeGreaterThan(20);
      expect(f.results.some((x: { rule: string }) => x.rule === THROWING_RULE_ID)).toBe(false);
    }
    expect(report.files[1].results.find((x: { rule: string }) => x.rule === 'no-placeholders').status).toBe('fail');
  });
});
