/** createLinter(): the core runs the rules, lexicons and rubric it is given; a rule that throws is reported, never dropped. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLinter } from '../src/core/linter.js';
import { UnknownRuleError } from '../src/core/engine.js';
import { defineRule } from '../src/core/rule.js';
import * as rulesModule from '../src/core/rule.js';
import { findHits } from '../src/core/query.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { lint } from '../src/shipped.js';
import { rules, rulesById } from '../rules/index.js';
import { THROWING_RULE_ID, THROWN_MESSAGE, throwingRule } from './helpers/throwing-rule.js';

const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');

describe('createLinter runs what it is given', () => {
  const two = createLinter({ rules: [rulesById.get('baseline-proposed')!, rulesById.get('no-placeholders')!] });

  it('reports only its rules, in the order given, each as the shipped linter does', () => {
    const report = two.lint(GOOD, { path: 'p.md' });
    expect(report.results.map((r) => r.rule)).toEqual(['baseline-proposed', 'no-placeholders']);
    const shipped = lint(GOOD, { path: 'p.md' });
    for (const r of report.results) expect(r).toEqual(shipped.results.find((s) => s.rule === r.rule));
  });
  it('a setting or an inline comment naming a rule it does not run is refused', () => {
    expect(() => two.lint(GOOD, { rules: { 'io-defined': 'off' } })).toThrow(UnknownRuleError);
    const report = two.lint('# X\n\n<!-- mlsd-lint disable io-defined -->\n\nTODO\n');
    expect(report.inlineProblems?.[0]?.message).toContain('unknown rule "io-defined"');
  });
  it('rubrics are compiled against its rules: a shipped one keeps the criteria of the rules it runs', () => {
    const interview = two.rubric('interview');
    expect(interview.criteria.flatMap((c) => c.rules)).toEqual(['baseline-proposed']);
    expect(two.lint(GOOD).score.rubric).toBe('interview');
    expect(() => two.compileRubric(JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8')), 'x.json')).toThrow(/unknown rule/);
    const own = two.compileRubric(
      {
        id: 'two',
        title: 'Two rules',
        aggregation: 'weighted-mean',
        phases: { clarify: { weight: 0 }, data: { weight: 0 }, model: { weight: 1 }, production: { weight: 0 } },
        criteria: [{ rules: ['baseline-proposed'], points: 1 }],
        bands: [{ min: 0, label: 'any' }],
      },
      'two.json',
    );
    expect(two.lint(GOOD, { rubric: own }).score).toMatchObject({ rubric: 'two', total: 100 });
  });
  it('takes its own lexicons: the document model reads their concepts', () => {
    const seen: string[] = [];
    const probe = defineRule(
      { ...throwingRule.meta, id: 'probe', severity: 'warn' },
      ({ doc }) => {
        for (const f of findHits(doc, 'baseline-model' as never)) seen.push(f.hit.term);
        return { status: 'pass' };
      },
    );
    const lexicon = { group: 'model', concepts: { 'baseline-model': { terms: ['coin flip'] } } };
    const custom = createLinter({ rules: [probe], lexicons: [{ name: 'mine.json', data: lexicon }] });
    custom.lint('# X\n\nWe start from a coin flip, then logistic regression.\n');
    expect(seen).toEqual(['coin flip']);
  });
});

describe('a rule that throws', () => {
  const linter = createLinter({ rules: [...rules.slice(0, 3), throwingRule, ...rules.slice(3)] });
  const report = linter.lint(GOOD, { path: 'p.md' });

  it('is recorded on the file report with its message', () => {
    expect(report.ruleErrors).toEqual([{ rule: THROWING_RULE_ID, message: THROWN_MESSAGE }]);
  });
  it('leaves every other rule\'s result, and the score, as without it', () => {
    const without = lint(GOOD, { path: 'p.md' });
    expect(report.results).toEqual(without.results);
    expect(report.results.some((r) => r.rule === THROWING_RULE_ID)).toBe(false);
    expect(report.score.total).toBe(without.score.total);
    expect(report.messages).toEqual(without.messages);
  });
  it('a report without a throwing rule has no ruleErrors at all', () => {
    expect('ruleErrors' in lint(GOOD)).toBe(false);
  });

  it('is shown by every format', () => {
    const file = { path: 'p.md', results: report.results, score: report.score, ruleErrors: report.ruleErrors };
    const full: Report = { files: [file], summary: summarize([file]) };
    for (const [name, format] of Object.entries(formatters)) {
      for (const quiet of [false, true]) {
        const out = format(full, { color: false, quiet });
        expect(out, `${name}${quiet ? ' --quiet' : ''}`).toContain(THROWING_RULE_ID);
        expect(out, `${name}${quiet ? ' --quiet' : ''}`).toContain(THROWN_MESSAGE.split(':')[0]);
      }
    }
    expect(formatters.stylish!(full, { color: false, quiet: false })).toMatch(/^✗ .*, 1 rule failed to run\n$/m);
    const sarif = JSON.parse(formatters.sarif!(full, { color: false, quiet: false }));
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', associatedRule: { id: THROWING_RULE_ID } });
    expect(formatters.github!(full, { color: false, quiet: true })).toContain(`::error file=p.md,title=${THROWING_RULE_ID}::rule ${THROWING_RULE_ID} failed`);
    expect(formatters.junit!(full, { color: false, quiet: false })).toMatch(new RegExp(`name="${THROWING_RULE_ID}">\\s*<error message="rule ${THROWING_RULE_ID} failed`));
  });
});

describe('the core takes what it runs', () => {
  it('no module under src/core imports the shipped rule set (rules/)', async () => {
    const { readdirSync } = await import('node:fs');
    const core = new URL('../src/core/', import.meta.url);
    const files = (readdirSync(core, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /from\s+['"](?:\.\.\/)+rules\//.test(readFileSync(new URL(f, core), 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('the public API builds lint, grade and createLinter on the same core', async () => {
    const api = await import('../src/index.js');
    const mine = api.createLinter({ rules: api.rules });
    expect(mine.lint(GOOD, { path: 'p.md' })).toEqual(api.lint(GOOD, { path: 'p.md' }));
    expect(api.grade(api.lint(GOOD))).toEqual(mine.lint(GOOD).score);
  });
});

describe('a document model that cannot be built', () => {
  it('is built once; each rule that asks for it gets the failure (and reports it as its rule error)', () => {
    let builds = 0;
    // a file whose text throws when read: the model fails, not a rule
    const broken = {
      get value(): string {
        builds++;
        throw new Error('boom in the model');
      },
    };
    const tree = { type: 'root', children: [] } as never;
    for (let k = 0; k < 3; k++) expect(() => rulesModule.documentFor(tree, broken as never)).toThrow('the document model failed: boom in the model');
    expect(builds).toBe(1);
  });
});
