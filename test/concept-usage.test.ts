/** The run-time record of concept use: per rule, through shared memoised analyses too. */
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/core/linter.js';
import { defineRule, type RuleMeta } from '../src/core/rule.js';
import { findHits, hasHit, memo } from '../src/core/query.js';
import { conceptsUsed } from '../src/core/concept-usage.js';
import { buildDocument } from '../src/core/document.js';

const meta = (id: string): RuleMeta => ({
  id,
  phase: 'model',
  description: 'probe',
  severity: 'warn',
  rationale: 'probe',
  passes: 'probe',
  fails: 'probe',
  messages: { fail: 'probe' },
  fixExample: 'probe',
  examples: [],
  concepts: ['loss'],
});

// an analysis two rules share: computed once per document, read by both
const optimizerSentences = memo((doc) => findHits(doc, 'optimizer').length);

describe('concept usage', () => {
  const first = defineRule(meta('usage-probe-first'), ({ doc }) => {
    findHits(doc, 'loss');
    optimizerSentences(doc);
    return { status: 'pass' };
  });
  const second = defineRule(meta('usage-probe-second'), ({ doc }) => {
    for (const s of doc.sentences) hasHit(s, ['regularization', 'loss']);
    optimizerSentences(doc);
    return { status: 'pass' };
  });
  createLinter({ rules: [first, second] }).lint('# X\n\nWe train with cross-entropy loss and Adam.\n');

  it('notes each concept a rule queries, under that rule', () => {
    expect([...conceptsUsed().get('usage-probe-first')!].sort()).toEqual(['loss', 'optimizer']);
  });
  it('a memoised analysis counts for every rule that reads it, not only the first', () => {
    expect([...conceptsUsed().get('usage-probe-second')!].sort()).toEqual(['loss', 'optimizer', 'regularization']);
  });
  it('so a query outside meta.concepts shows (what test/concepts.test.ts checks)', () => {
    const declared = new Set(second.meta.concepts);
    expect([...conceptsUsed().get('usage-probe-second')!].filter((c) => !declared.has(c)).sort()).toEqual(['optimizer', 'regularization']);
  });
  it('nothing is noted outside a rule', () => {
    const before = new Map([...conceptsUsed()].map(([k, v]) => [k, v.size]));
    findHits(buildDocument('# X\n\nAdam.\n'), 'deep-model');
    expect(new Map([...conceptsUsed()].map(([k, v]) => [k, v.size]))).toEqual(before);
  });
});
