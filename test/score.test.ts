/**
 * The rubric scorer's arithmetic on hand-made rule results and small
 * hand-made rubrics; every expected number is worked out in a comment.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreResults } from '../src/core/score.js';
import { RubricError } from '../src/core/rubric.js';
import { compileRubric, getRubric } from '../src/shipped.js';
import { grade } from '../src/index.js';
import { lint } from '../src/shipped.js';
import { rules, rulesById } from '../rules/index.js';
import type { RuleResult, Status } from '../src/core/types.js';

/** Results for the rules named (others did not run, i.e. "off"). */
function results(statuses: Record<string, Status | 'off'>): RuleResult[] {
  return Object.entries(statuses).map(([rule, status]) => {
    const meta = rulesById.get(rule)!.meta;
    return {
      rule,
      phase: meta.phase,
      status: status === 'off' ? 'pass' : status,
      severity: status === 'off' ? 'off' : meta.severity,
      message: status === 'fail' ? `add ${rule}` : null,
      evidence: status === 'pass' ? [{ line: 3, column: 1, text: `evidence of ${rule}` }] : [],
    };
  });
}

const C = 'ml-task-framed'; // clarify
const D = 'data-sources-identified'; // data
const M = 'baseline-proposed'; // model
const P = 'ab-test-rollout'; // production

/** One 1-point criterion per phase, phase weights 1 / 2 / 3 / 4 (sum 10), unless overridden. */
function rubric(over: Record<string, unknown> = {}) {
  return compileRubric(
    {
      id: 'test',
      title: 'Test rubric',
      aggregation: 'weighted-mean',
      phases: { clarify: { weight: 1 }, data: { weight: 2 }, model: { weight: 3 }, production: { weight: 4 } },
      criteria: [
        { id: 'c', rules: [C], points: 1 },
        { id: 'd', rules: [D], points: 1 },
        { id: 'm', rules: [M], points: 1 },
        { id: 'p', rules: [P], points: 1 },
      ],
      bands: [
        { min: 0, label: 'low' },
        { min: 50, label: 'mid' },
        { min: 80, label: 'high' },
      ],
      ...over,
    },
    'test.json',
  );
}

describe('weighted mean of phases', () => {
  it('weights each phase score', () => {
    // clarify 100 x 1 + model 100 x 3 = 400 over weight 10 -> 40
    const s = scoreResults(results({ [C]: 'pass', [D]: 'fail', [M]: 'pass', [P]: 'fail' }), rubric());
    expect(s.phases).toEqual({ clarify: 100, data: 0, model: 100, production: 0 });
    expect(s.total).toBe(40);
    expect(s.band).toBe('low');
    // data 2 + production 4 -> 60
    expect(scoreResults(results({ [C]: 'fail', [D]: 'pass', [M]: 'fail', [P]: 'pass' }), rubric()).total).toBe(60);
  });

  it('scores a phase as the share of its points, and rounds only at the end', () => {
    // model: baseline-proposed 1 point (fail) + optimizer-specified 2 points (pass) -> 2/3 = 66.67 -> 67
    // total: (1 x 100 + 2 x 100 + 3 x 66.67 + 4 x 100) / 10 = 90
    const r = rubric({
      criteria: [
        { rules: [C], points: 1 },
        { rules: [D], points: 1 },
        { rules: [M], points: 1 },
        { rules: ['optimizer-specified'], points: 2 },
        { rules: [P], points: 1 },
      ],
    });
    const s = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'fail', 'optimizer-specified': 'pass', [P]: 'pass' }), r);
    expect(s.phases.model).toBe(67);
    expect(s.total).toBe(90);
    expect(s.band).toBe('high');
  });

  it('puts a total that sits exactly on a band boundary in that band', () => {
    const even = rubric({ phases: { clarify: { weight: 1 }, data: { weight: 1 }, model: { weight: 1 }, production: { weight: 1 } } });
    // two of four equal phases -> 50
    const s = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'fail', [P]: 'fail' }), even);
    expect([s.total, s.band]).toEqual([50, 'mid']);
  });
});

describe('n/a criteria leave the denominator', () => {
  const r = rubric({
    criteria: [
      { rules: [C], points: 1 },
      { rules: [D], points: 1 },
      { rules: [M], points: 1 },
      { rules: ['model-choice-justified'], points: 3 },
      { rules: [P], points: 1 },
    ],
  });

  it('an n/a criterion counts neither for nor against its phase', () => {
    const s = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'pass', 'model-choice-justified': 'n/a', [P]: 'pass' }), r);
    expect(s.phases.model).toBe(100); // 1/1, not 1/4
    const c = s.criteria.find((x) => x.id === 'model-choice-justified')!;
    expect(c).toMatchObject({ status: 'n/a', earned: null, points: 3 });
    // and when it applies: 3/4 = 75
    expect(scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'fail', 'model-choice-justified': 'pass', [P]: 'pass' }), r).phases.model).toBe(75);
  });

  it('a rule that did not run (absent or off) counts as n/a and is left out of the breakdown', () => {
    // model: baseline-proposed fails, model-choice-justified did not run -> 0/1, not 0/4
    const absent = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'fail', [P]: 'pass' }), r);
    expect(absent.phases.model).toBe(0);
    expect(absent.criteria.map((x) => x.id)).toEqual([C, D, M, P]);
    const off = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'pass', 'model-choice-justified': 'off', [P]: 'pass' }), r);
    expect(off.phases.model).toBe(100);
    expect(off.criteria.some((x) => x.rules.some((y) => y.rule === 'model-choice-justified'))).toBe(false);
  });

  it('an all-of criterion with one rule off lists only the rule that ran', () => {
    const both = rubric({ criteria: [{ id: 'metrics', rules: ['offline-metric-named', 'online-metric-named'], points: 2 }] });
    const s = scoreResults(results({ 'offline-metric-named': 'pass', 'online-metric-named': 'off' }), both);
    expect(s.criteria[0]).toMatchObject({ status: 'pass', earned: 2 });
    expect(s.criteria[0]!.rules.map((x) => x.rule)).toEqual(['offline-metric-named']);
  });

  it('a phase with no applicable criterion is null and the weights renormalise', () => {
    // model null; (clarify 100 x 1 + data 0 x 2 + production 100 x 4) / 7 = 71.4 -> 71
    const s = scoreResults(results({ [C]: 'pass', [D]: 'fail', [M]: 'n/a', 'model-choice-justified': 'n/a', [P]: 'pass' }), r);
    expect(s.phases.model).toBeNull();
    expect(s.total).toBe(71);
  });
});

describe('all-of and any-of', () => {
  const r = rubric({
    phases: { clarify: { weight: 1 }, data: { weight: 1 }, model: { weight: 1 }, production: { weight: 1 } },
    criteria: [
      { id: 'metrics', rules: ['offline-metric-named', 'online-metric-named'], mode: 'all-of', points: 4 },
      { id: 'training', rules: ['optimizer-specified', 'regularization-specified'], mode: 'any-of', points: 2 },
    ],
  });
  const crit = (statuses: Record<string, Status | 'off'>, id: string) => scoreResults(results(statuses), r).criteria.find((c) => c.id === id)!;

  it('all-of earns its points only when every applicable rule passes', () => {
    expect(crit({ 'offline-metric-named': 'pass', 'online-metric-named': 'fail' }, 'metrics')).toMatchObject({ status: 'fail', earned: 0 });
    expect(crit({ 'offline-metric-named': 'pass', 'online-metric-named': 'pass' }, 'metrics')).toMatchObject({ status: 'pass', earned: 4 });
    expect(crit({ 'offline-metric-named': 'pass', 'online-metric-named': 'n/a' }, 'metrics')).toMatchObject({ status: 'pass', earned: 4 });
    expect(crit({ 'offline-metric-named': 'n/a', 'online-metric-named': 'off' }, 'metrics')).toMatchObject({ status: 'n/a', earned: null, points: 4 });
  });

  it('any-of earns its points when one applicable rule passes', () => {
    expect(crit({ 'optimizer-specified': 'fail', 'regularization-specified': 'pass' }, 'training')).toMatchObject({ status: 'pass', earned: 2 });
    expect(crit({ 'optimizer-specified': 'fail', 'regularization-specified': 'fail' }, 'training')).toMatchObject({ status: 'fail', earned: 0 });
    expect(crit({ 'optimizer-specified': 'off', 'regularization-specified': 'pass' }, 'training')).toMatchObject({ status: 'pass', earned: 2 });
  });

  it('takes each criterion phase from its rules and reports the rules with their evidence', () => {
    const s = scoreResults(results({ 'offline-metric-named': 'pass', 'online-metric-named': 'pass', 'optimizer-specified': 'fail', 'regularization-specified': 'fail' }), r);
    expect(s.criteria.map((c) => c.phase)).toEqual(['clarify', 'model']);
    expect(s.phases).toEqual({ clarify: 100, data: null, model: 0, production: null });
    // two phases of weight 1 -> 50
    expect(s.total).toBe(50);
    expect(s.criteria[0]!.rules[0]).toEqual({ rule: 'offline-metric-named', status: 'pass', evidence: [{ line: 3, column: 1, text: 'evidence of offline-metric-named' }] });
  });
});

describe('must-haves cap the total', () => {
  const r = rubric({
    mustHaves: [
      { rule: 'latency-constraint-stated', cap: 30 },
      { rule: 'baseline-before-deep-model', cap: 45 },
    ],
  });
  const allPass = { [C]: 'pass', [D]: 'pass', [M]: 'pass', [P]: 'pass' } as const;

  it('a failing must-have caps the total and the band follows the capped total', () => {
    const s = scoreResults(results({ ...allPass, 'latency-constraint-stated': 'fail', 'baseline-before-deep-model': 'pass' }), r);
    expect([s.uncapped, s.total, s.band]).toEqual([100, 30, 'low']);
    expect(s.caps).toEqual([{ rule: 'latency-constraint-stated', cap: 30 }]);
  });

  it('the lowest cap wins when several fail', () => {
    const s = scoreResults(results({ ...allPass, 'latency-constraint-stated': 'fail', 'baseline-before-deep-model': 'fail' }), r);
    expect(s.total).toBe(30);
    expect(s.caps.map((c) => c.rule)).toEqual(['latency-constraint-stated', 'baseline-before-deep-model']);
  });

  it('n/a and off do not cap', () => {
    const s = scoreResults(results({ ...allPass, 'baseline-before-deep-model': 'n/a' }), r);
    expect([s.total, s.caps]).toEqual([100, []]);
  });

  it('a cap above the total changes nothing', () => {
    // clarify 1 + model 3 = 40 < cap 45
    const s = scoreResults(results({ [C]: 'pass', [D]: 'fail', [M]: 'pass', [P]: 'fail', 'baseline-before-deep-model': 'fail' }), r);
    expect([s.uncapped, s.total]).toEqual([40, 40]);
  });
});

describe('weakest phase', () => {
  const r = rubric({
    aggregation: 'weakest-phase',
    criteria: [
      { rules: [C], points: 1 },
      { rules: [D], points: 1 },
      { rules: [M], points: 1 },
      { rules: [P], points: 1 },
      { rules: ['retraining-planned'], points: 1 },
    ],
  });

  it('the total is the lowest phase score, whatever the weights', () => {
    // production: 1 of 2 points -> 50; the others 100
    const s = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'pass', [P]: 'pass', 'retraining-planned': 'fail' }), r);
    expect(s.total).toBe(50);
    expect(s.aggregation).toBe('weakest-phase');
    expect(scoreResults(results({ [C]: 'fail', [D]: 'pass', [M]: 'pass', [P]: 'pass', 'retraining-planned': 'pass' }), r).total).toBe(0);
  });

  it('a phase of weight 0 is left out', () => {
    const zero = rubric({ aggregation: 'weakest-phase', phases: { clarify: { weight: 0 }, data: { weight: 1 }, model: { weight: 1 }, production: { weight: 1 } } });
    const s = scoreResults(results({ [C]: 'fail', [D]: 'pass', [M]: 'pass', [P]: 'pass' }), zero);
    expect(s.phases.clarify).toBe(0);
    expect(s.total).toBe(100);
  });
});

describe('fixes: the changes that raise the total most', () => {
  it('lists up to three, biggest gain first, with the rule and its message', () => {
    // all fail: production +40, then model +30, then data +20 (clarify +10 is the fourth)
    const s = scoreResults(results({ [C]: 'fail', [D]: 'fail', [M]: 'fail', [P]: 'fail' }), rubric());
    expect(s.fixes).toEqual([
      { rules: [{ rule: P, phase: 'production', message: `add ${P}` }], criteria: ['p'], gain: 40, total: 40 },
      { rules: [{ rule: M, phase: 'model', message: `add ${M}` }], criteria: ['m'], gain: 30, total: 70 },
      { rules: [{ rule: D, phase: 'data', message: `add ${D}` }], criteria: ['d'], gain: 20, total: 90 },
    ]);
  });

  it('a failed must-have outside the criteria is a fix of its own', () => {
    const r = rubric({ mustHaves: [{ rule: 'latency-constraint-stated', cap: 30 }] });
    const s = scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'pass', [P]: 'pass', 'latency-constraint-stated': 'fail' }), r);
    expect(s.fixes).toEqual([{ rules: [{ rule: 'latency-constraint-stated', phase: 'clarify', message: 'add latency-constraint-stated' }], criteria: [], gain: 70, total: 100 }]);
  });

  it('merges changes that only raise the total together (two phases tied for weakest)', () => {
    const r = rubric({ aggregation: 'weakest-phase' });
    const s = scoreResults(results({ [C]: 'fail', [D]: 'fail', [M]: 'pass', [P]: 'pass' }), r);
    expect(s.total).toBe(0);
    expect(s.fixes).toHaveLength(1);
    expect(s.fixes[0]).toMatchObject({ criteria: ['c', 'd'], gain: 100, total: 100 });
    expect(s.fixes[0]!.rules.map((x) => x.rule)).toEqual([C, D]);
  });

  it('an any-of fix names its first failing rule; an all-of fix every failing one', () => {
    const r = rubric({
      criteria: [
        { id: 'metrics', rules: ['offline-metric-named', 'online-metric-named'], mode: 'all-of', points: 1 },
        { id: 'training', rules: ['optimizer-specified', 'regularization-specified'], mode: 'any-of', points: 1 },
      ],
    });
    const s = scoreResults(results({ 'offline-metric-named': 'fail', 'online-metric-named': 'fail', 'optimizer-specified': 'fail', 'regularization-specified': 'fail' }), r);
    // model weight 3 beats clarify weight 1
    expect(s.fixes.map((f) => f.rules.map((x) => x.rule))).toEqual([['optimizer-specified'], ['offline-metric-named', 'online-metric-named']]);
  });

  it('none when everything passes', () => {
    expect(scoreResults(results({ [C]: 'pass', [D]: 'pass', [M]: 'pass', [P]: 'pass' }), rubric()).fixes).toEqual([]);
  });
});

describe('the shipped interview rubric', () => {
  const all = Object.fromEntries(rules.map((r) => [r.meta.id, 'pass' as Status]));
  const interview = JSON.parse(readFileSync(new URL('../rubrics/interview.json', import.meta.url), 'utf8'));

  it('is the default, and a document passing every rule gets 100 and the top band', () => {
    const s = grade({ results: results(all) });
    expect([s.rubric, s.total, s.band]).toEqual(['interview', 100, 'Strong hire']);
  });

  for (const flagship of ['baseline-before-deep-model', 'validation-split-time-based', 'drift-type-named', 'latency-constraint-stated']) {
    it(`failing ${flagship} alone keeps the grade below Hire`, () => {
      const s = grade({ results: results({ ...all, [flagship]: 'fail' }) });
      const cap = interview.mustHaves.find((m: { rule: string }) => m.rule === flagship).cap;
      expect(s.uncapped).toBeGreaterThan(cap);
      expect(s.total).toBe(cap);
      expect(['Strong hire', 'Hire']).not.toContain(s.band);
      expect(s.fixes[0]!.rules.map((x) => x.rule)).toEqual([flagship]);
    });
  }
});

describe('lint() grades with the rubric it is given', () => {
  const text = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
  it('interview by default, design-review by name or compiled, and an unknown name is a RubricError', () => {
    expect(lint(text).score.rubric).toBe('interview');
    expect(lint(text, { rubric: 'design-review' }).score).toMatchObject({ rubric: 'design-review', aggregation: 'weakest-phase' });
    expect(lint(text, { rubric: getRubric('design-review') }).score.rubric).toBe('design-review');
    expect(() => lint(text, { rubric: 'nope' })).toThrow(RubricError);
  });
  it('keeps the score plain serialisable data', () => {
    const report = lint('# Feed\n\nWe rank posts with a deep neural network.\n');
    expect(JSON.parse(JSON.stringify(report.score))).toEqual(report.score);
    expect(report.score.fixes.length).toBeGreaterThan(0);
  });
});
