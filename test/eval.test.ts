/** npm run eval: agreement, precision and recall of "pass", evidence agreement, not-run rules, sets pooled. */
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFolders } from '../scripts/eval/agreement.js';
import { shippedLinter } from '../src/shipped.js';
import { project } from './helpers/cli.js';

// line 3 names a time-based split; line 5 too
const SPLIT = '# A\n\nWe split by time: train on January to May and validate on June.\n\nLater weeks are the test set.\n';
const NO_SPLIT = '# B\n\nWe train a logistic regression on click logs.\n';
const RULE = 'validation-split-time-based';

describe('eval', () => {
  const one = project({
    'a.md': SPLIT,
    'b.md': NO_SPLIT,
    'labels.json': JSON.stringify({
      documents: {
        'a.md': { status: { [RULE]: 'pass', 'a-rule-not-run': 'pass' }, evidence: { [RULE]: [3] } },
        'b.md': { status: { [RULE]: 'pass' }, evidence: { [RULE]: [3] } },
      },
    }),
  });
  const two = project({
    'a.md': SPLIT,
    'labels.json': JSON.stringify({ documents: { 'a.md': { status: { [RULE]: 'fail' }, evidence: { [RULE]: [5] } } } }),
  });
  const three = project({ 'a.md': SPLIT, 'labels.json': JSON.stringify({ documents: { 'a.md': { status: { [RULE]: 'pass' }, evidence: { [RULE]: [5] } } } }) });
  afterAll(() => [one, two, three].forEach((p) => p.remove()));
  const { sets, pooled } = evaluateFolders([one.dir, two.dir, three.dir], shippedLinter);
  const rule = (s: (typeof sets)[number]) => s.rules.find((r) => r.rule === RULE)!;

  it('measures each set: agreement, precision and recall of pass', () => {
    expect(rule(sets[0]!)).toMatchObject({ documents: 2, agreement: 0.5, precision: 1, recall: 0.5 });
    expect(rule(sets[0]!).disagreements).toEqual([expect.objectContaining({ document: 'b.md', expected: 'pass', actual: 'fail' })]);
    expect(rule(sets[1]!)).toMatchObject({ documents: 1, agreement: 0, precision: 0, recall: null });
  });
  it('evidence agreement: the first evidence line among the label lines, of the passes both agree on', () => {
    expect(rule(sets[0]!)).toMatchObject({ evidenceJudged: 1, evidenceMatched: 1, evidence: 1 });
    // a pass the label does not share is not judged for evidence
    expect(rule(sets[1]!)).toMatchObject({ evidenceJudged: 0, evidence: null });
    expect(rule(sets[2]!)).toMatchObject({ evidenceJudged: 1, evidenceMatched: 0, evidence: 0 });
    expect(rule(sets[2]!).evidenceMisses[0]).toMatchObject({ line: 3, labelLines: [5], labelQuote: 'Later weeks are the test set.' });
  });
  it('a labelled rule the linter does not run is reported and left out of the macro', () => {
    expect(sets[0]!.notRun).toEqual(['a-rule-not-run']);
    expect(sets[0]!.rules.map((r) => r.rule)).not.toContain('a-rule-not-run');
    expect(sets[0]!.macro).toBeCloseTo(sets[0]!.rules.reduce((s, r) => s + r.agreement, 0) / sets[0]!.rules.length);
  });
  it('pools the documents of every set', () => {
    expect(pooled.documents).toBe(4);
    expect(rule(pooled)).toMatchObject({ documents: 4, agreement: 0.5, evidenceJudged: 2, evidenceMatched: 1 });
    expect(pooled.notRun).toEqual(['a-rule-not-run']);
  });
});

describe('eval: labels of our own for documents kept elsewhere', () => {
  // the documents stay where they are (we may not copy them into the repo); labels.json names their folder
  const docs = project({ 'a.md': SPLIT });
  const labels = project({
    'labels.json': JSON.stringify({ root: docs.dir, documents: { 'a.md': { status: { [RULE]: 'pass' }, evidence: { [RULE]: [3] } } } }),
  });
  afterAll(() => [docs, labels].forEach((p) => p.remove()));

  it('reads each document from the labels\' root', () => {
    const { sets } = evaluateFolders([labels.dir], shippedLinter);
    expect(sets[0]!.rules.find((r) => r.rule === RULE)).toMatchObject({ documents: 1, agreement: 1, evidence: 1 });
  });
});
