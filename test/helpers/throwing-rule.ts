/** A rule that always throws, for the tests that a throwing rule is reported (never shipped). */
import { defineRule } from '../../src/core/rule.js';

export const THROWING_RULE_ID = 'always-throws';
export const THROWN_MESSAGE = 'detector bug: cannot read properties of undefined';

export const throwingRule = defineRule(
  {
    id: THROWING_RULE_ID,
    phase: 'model',
    description: 'A test rule that throws.',
    severity: 'error',
    rationale: 'Tests that a rule which throws is reported, never dropped.',
    passes: 'Never.',
    fails: 'Never: it throws.',
    messages: { fail: 'Never shown.' },
    fixExample: 'None.',
    examples: [],
  },
  () => {
    throw new Error(THROWN_MESSAGE);
  },
);
