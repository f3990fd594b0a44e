import type { Sentence } from '../src/core/document.js';
import { previousInBlock } from '../src/core/analysis/context.js';
import { defineRule, passIfAny } from '../src/core/rule.js';
import { hasHit } from '../src/core/query.js';

/** A shared code path only addresses skew where training and serving are both in view. */
export default defineRule(
  {
    id: 'training-serving-skew-addressed',
    phase: 'data',
    concepts: ['feature-store', 'logged-values', 'serving-feature-log', 'serving-side', 'shared-feature-code', 'skew-word', 'training-side'],
    description: 'Training-serving skew is addressed: a feature store, one shared code path, or features logged at serving time.',
    severity: 'warn',
    rationale:
      'The most common silent failure in production ML is a feature computed one way offline and another way online. Interviewers listen for the mechanism that prevents it.',
    passes: 'A feature store (offline and online store; naming a feature store as part of the design counts), features computed by one shared code path for training and serving, or features logged at serving time and reused for training.',
    fails: 'None of these, or a feature store only asked about.',
    messages: { fail: 'Training-serving skew is not addressed (feature store, one shared code path, or logging served features).' },
    fixExample: 'All features are defined once in the feature store, which serves the same definitions offline for training and online at request time.',
    examples: [
      { title: 'feature store', status: 'pass', markdown: '# Fraud\n\nVelocity features are defined once in the feature store and read online at request time.\n' },
      { title: 'shared code path', status: 'pass', markdown: '# Forecast\n\nThe training run and the nightly inference run call the same feature job, so training and serving share one code path.\n' },
      { title: 'only asked', status: 'fail', markdown: '# Ads\n\n- Would a feature store be worth the effort to keep training and serving in sync?\n' },
      { title: 'not mentioned', status: 'fail', markdown: '# Ads\n\nFeatures are computed in a nightly Spark job.\n' },
    ],
  },
  ({ doc }) => {
    // a shared code path or logged features address skew when the sentence is about both sides
    // (skew named as what is avoided counts: "skew is avoided by ...")
    const bothSidesHere = (s: Sentence): boolean => hasHit(s, 'skew-word', ['asserted', 'negated']) || (hasHit(s, 'serving-side') && hasHit(s, 'training-side')) || s.tokens.some((t) => t.lower === 'both');
    // "Skew: the feature library is compiled into the training pipeline too. One code path.": the sentence before, in the same block, says which sides
    const bothSides = (s: Sentence): boolean => {
      if (bothSidesHere(s)) return true;
      const prev = previousInBlock(doc, s);
      return prev !== undefined && bothSidesHere(prev);
    };
    const found = doc.sentences.filter(
      (s) =>
        s.evidence &&
        (hasHit(s, ['feature-store', 'serving-feature-log']) ||
          (hasHit(s, 'shared-feature-code') && bothSides(s)) ||
          (hasHit(s, 'logged-values') && (hasHit(s, 'serving-side') || hasHit(s, 'training-side')))),
    );
    return passIfAny(found);
  },
);
